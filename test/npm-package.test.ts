// The npm package as a user gets it: `npm pack` (which builds through "prepack"), the tarball
// installed into an empty folder outside the repository, then the CLI, the language server and the
// typed API run from there. Needs the npm registry (or npm's cache) for the dependencies.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ROOT } from './helpers.js';
import { LspClient } from './lsp-client.js';

const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const DRAFT = '---\nmldoc: true\n---\n# Fraud scoring\n\n## Problem statement\nBlock fraud in real time.\n\n## Success metrics\nTBD\n';

function run(command: string, args: string[], cwd: string, input?: string) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', input, env: { ...process.env, NO_COLOR: '1' }, timeout: 240_000 });
  return { code: result.status, stdout: result.stdout ?? '', stderr: result.stderr ?? '' };
}

describe('npm package, installed from its tarball', { timeout: 600_000 }, () => {
  let scratch = '';
  let project = '';
  let installed = '';
  let packed: string[] = [];

  before(() => {
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'mldoc-lint-pack-'));
    assert.ok(!path.relative(ROOT, scratch).match(/^[^.]/), 'the scratch folder is outside the repository');
    const pack = run(NPM, ['pack', '--json', '--pack-destination', scratch], ROOT);
    assert.equal(pack.code, 0, pack.stderr);
    const info = JSON.parse(pack.stdout.slice(pack.stdout.indexOf('['))) as Array<{ filename: string; files: Array<{ path: string }> }>;
    packed = info[0]!.files.map((f) => f.path);
    const tarball = path.join(scratch, info[0]!.filename);
    project = path.join(scratch, 'project');
    fs.mkdirSync(project);
    fs.writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'user-project', private: true, type: 'module' }));
    const install = run(NPM, ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball], project);
    assert.equal(install.code, 0, install.stderr);
    installed = path.join(project, 'node_modules', 'mldoc-lint');
    fs.mkdirSync(path.join(project, 'docs'));
    fs.writeFileSync(path.join(project, 'docs', 'fraud.md'), DRAFT);
  });

  after(() => fs.rmSync(scratch, { recursive: true, force: true }));

  it('ships compiled code, types and rule docs, not tests or sources', () => {
    for (const needed of ['bin/mldoc-lint.js', 'bin/mldoc-lint-server.js', 'out/lsp/server.cjs', 'out/cli/main.js', 'out/cli/lint-worker.js', 'out/server/src/cli/main.js', 'out/server/src/api/index.js',
      'out/server/src/api/index.d.ts', 'out/server/src/remark/index.js', 'out/server/src/remark/index.d.ts', 'docs/rules/required-section.md', 'schemas/mldoc.schema.json', 'package.json', 'README.md', 'CHANGELOG.md', 'LICENSE']) {
      assert.ok(packed.includes(needed), `${needed} is in the tarball`);
    }
    // No link to a site the project does not own (the name "mldoc" and its repository belong to another project).
    for (const file of packed) {
      assert.doesNotMatch(fs.readFileSync(path.join(installed, file), 'utf8'), /github\.com\/mldoc\b|npmjs\.com\/package\/mldoc\b/, file);
    }
    for (const file of packed) {
      assert.doesNotMatch(file, /^(test|client|scripts|examples|dist|server|out\/test)\/|(?<!\.d)\.ts$|\.map$/, `${file} must not be in the tarball`);
    }
  });

  it('runs the CLI with npx: findings, exit 1', () => {
    const result = run(NPM, ['exec', '--', 'mldoc-lint', 'check', '--format', 'json', 'docs/'], project);
    assert.equal(result.code, 1, result.stderr);
    const [report] = JSON.parse(result.stdout);
    assert.equal(report.filePath, path.join(project, 'docs', 'fraud.md'));
    const placeholder = report.messages.find((m: { ruleId: string }) => m.ruleId === 'placeholder-text');
    assert.ok(placeholder, 'TBD is reported');
    // The docs link is the page installed with the package.
    assert.ok(placeholder.docsUrl.startsWith('file://'), placeholder.docsUrl);
    assert.equal(fileURLToPath(placeholder.docsUrl), path.join(fs.realpathSync(installed), 'docs', 'rules', 'placeholder-text.md'));
    assert.equal(run(NPM, ['exec', '--', 'mldoc-lint', '--version'], project).stdout.trim(),
      JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version);
  });

  it('lints on worker threads and reuses a --cache from the installed bundle', () => {
    const many = path.join(project, 'many');
    fs.mkdirSync(many);
    // Past the 4 files and 256 KB at which workers start: the same draft, long, four times.
    const long = Array.from({ length: 600 }, (_, i) => `## Step ${i}\nScore each payment in under 50 ms at p99.\n`).join('\n');
    for (let i = 0; i < 4; i++) fs.writeFileSync(path.join(many, `doc-${i}.md`), DRAFT + long.repeat(3));
    const env = { ...process.env, NO_COLOR: '1', MLDOC_LINT_DEBUG: '1' };
    const bin = path.join(installed, 'bin', 'mldoc-lint.js');
    const check = (...args: string[]) => spawnSync(process.execPath, [bin, 'check', '--format', 'json', ...args, 'many'], { cwd: project, encoding: 'utf8', env, maxBuffer: 64 * 1024 * 1024 });
    const parallel = check('--concurrency', '2', '--cache');
    assert.equal(parallel.status, 1, parallel.stderr);
    assert.match(parallel.stderr, /4 file\(s\) linted on 2 threads/);
    const cached = check('--cache');
    assert.match(cached.stderr, /4 result\(s\) from the cache/);
    assert.deepEqual(JSON.parse(cached.stdout), JSON.parse(check('--concurrency', '1').stdout));
  });

  it('reports a crash in one line with exit code 2, not 1', () => {
    // Standard input that is a folder makes reading it fail inside the CLI.
    const stdinFd = fs.openSync(project, 'r');
    const result = spawnSync(process.execPath, [path.join(installed, 'bin', 'mldoc-lint.js'), 'check', '-'], { cwd: project, stdio: [stdinFd, 'pipe', 'pipe'], encoding: 'utf8' });
    fs.closeSync(stdinFd);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /^mldoc-lint: internal error: .*EISDIR.*\n$/);
    // A broken installation (compiled code missing) says so in one line, exit 2.
    const broken = path.join(scratch, 'broken');
    fs.mkdirSync(path.join(broken, 'bin'), { recursive: true });
    fs.copyFileSync(path.join(installed, 'bin', 'mldoc-lint.js'), path.join(broken, 'bin', 'mldoc-lint.js'));
    fs.writeFileSync(path.join(broken, 'package.json'), '{"type":"module"}');
    const missing = spawnSync(process.execPath, [path.join(broken, 'bin', 'mldoc-lint.js'), '--version'], { encoding: 'utf8' });
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /^mldoc-lint: cannot start: .*\n$/);
  });

  it('starts the language server bin and answers initialize over stdio', async () => {
    const client = new LspClient(path.join(project, 'node_modules', '.bin', 'mldoc-lint-server'));
    const init = await client.initialize({});
    assert.equal(init.result.serverInfo.name, 'mldoc-lint-server');
    assert.ok(init.result.capabilities.codeActionProvider);
    assert.equal(await client.close(), 0);
  });

  it('imports the typed API without vscode: lint, lintFiles, loadConfig, rules', () => {
    fs.writeFileSync(path.join(project, '.mldoc.json'), JSON.stringify({ rules: { 'placeholder-text': 'error' } }));
    const script = `
      import { lint, lintFiles, loadConfig, rules } from 'mldoc-lint';
      import remarkMldocLint from 'mldoc-lint/remark';
      const config = loadConfig('docs/fraud.md');
      const one = lint(${JSON.stringify(DRAFT)}, { config: config.config });
      const many = await lintFiles(['docs/']);
      console.log(JSON.stringify({
        configFile: config.file, rules: rules.length, fixable: rules.filter((r) => r.fixable).length,
        placeholder: one.diagnostics.find((d) => d.ruleId === 'placeholder-text')?.severity,
        files: many.results.map((r) => r.filePath), problems: many.problems,
        remarkMessages: (() => { const messages = []; remarkMldocLint({ force: true })(null, { value: '# T\\n\\nTBD\\n', message: (reason, place, origin) => { const m = { origin }; messages.push(m); return m; } }); return messages.filter((m) => m.origin === 'mldoc-lint:placeholder-text').length; })(),
      }));`;
    fs.writeFileSync(path.join(project, 'api.mjs'), script);
    // The API must not need the language server's libraries (nor vscode): hide them while it runs.
    const modules = path.join(project, 'node_modules');
    const lspLibs = fs.readdirSync(modules).filter((name) => name.startsWith('vscode-'));
    assert.ok(lspLibs.length > 0);
    for (const name of lspLibs) fs.renameSync(path.join(modules, name), path.join(scratch, name));
    let result;
    try {
      result = run(process.execPath, ['api.mjs'], project);
    } finally {
      for (const name of lspLibs) fs.renameSync(path.join(scratch, name), path.join(modules, name));
    }
    assert.equal(result.code, 0, result.stderr);
    const out = JSON.parse(result.stdout);
    assert.equal(out.configFile, path.join(project, '.mldoc.json'));
    assert.ok(out.rules >= 20 && out.fixable > 0);
    assert.equal(out.placeholder, 'error');
    assert.deepEqual(out.files, [path.join(project, 'docs', 'fraud.md')]);
    assert.deepEqual(out.problems, []);
    assert.equal(out.remarkMessages, 1, 'mldoc-lint/remark is exported and reports');
  });

  it('has types a TypeScript user can compile against', () => {
    fs.writeFileSync(path.join(project, 'typed.ts'), [
      "import { lint, lintFiles, loadConfig, rules, type Diagnostic, type LintResult } from 'mldoc-lint';",
      "const result: LintResult = lint('# T\\n', { profile: 'requirements' });",
      'const first: Diagnostic | undefined = result.diagnostics[0];',
      "const ids: string[] = rules.map((r) => r.id);",
      "void lintFiles(['docs/']).then((r) => r.results.length); void loadConfig().file; void first; void ids;",
      '// @ts-expect-error: lint takes text, not a number',
      'lint(42);',
    ].join('\n'));
    const tsc = path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
    const result = run(process.execPath, [tsc, '--noEmit', '--strict', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--types', 'node',
      '--typeRoots', path.join(ROOT, 'node_modules', '@types'), 'typed.ts'], project);
    assert.equal(result.code, 0, result.stdout + result.stderr);
  });
});
