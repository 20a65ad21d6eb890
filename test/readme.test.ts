// Every code block of the README that is a command or a config is run (or, for what only CI itself can
// run, checked against what CI runs): commands in a scratch project with the examples, configs through
// --print-config and the JSON schema, the API example with the package linked, CI examples against
// action.yml and .pre-commit-hooks.yaml. A README example that fails as written fails here.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';
import { parse as parseYaml } from 'yaml';
import { lint } from '../server/src/engine/index.js';
import { ROOT, runMldocLint, tempWorkspace } from './helpers.js';

interface Block { lang: string; text: string; line: number }

function readmeBlocks(): Block[] {
  const lines = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8').split('\n');
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)```(\w*)\s*$/.exec(lines[i]!);
    if (!open) continue;
    const indent = open[1]!.length;
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length && !/^\s*```\s*$/.test(lines[j]!); j++) body.push(lines[j]!.slice(indent));
    blocks.push({ lang: open[2]!, text: body.join('\n'), line: i + 1 });
    i = j;
  }
  return blocks;
}

const BLOCKS = readmeBlocks();
const PACKAGE = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

/** A scratch project like a user's: the examples, a docs/design folder, mldoc-lint "installed". */
function project(): string {
  const files: Record<string, string> = {};
  for (const name of fs.readdirSync(path.join(ROOT, 'examples'))) {
    const text = fs.readFileSync(path.join(ROOT, 'examples', name), 'utf8');
    files[`examples/${name}`] = text;
    files[`docs/design/${name}`] = text;
  }
  const dir = tempWorkspace({ ...files, 'package.json': '{ "type": "module", "private": true }' }, 'mldoc-lint-readme-');
  fs.mkdirSync(path.join(dir, 'node_modules'));
  fs.symlinkSync(ROOT, path.join(dir, 'node_modules', 'mldoc-lint'));
  fs.symlinkSync(path.join(ROOT, 'node_modules', 'remark'), path.join(dir, 'node_modules', 'remark'));
  return dir;
}

const isRemarkrc = (block: Block) => block.lang === 'json' && /"plugins"/.test(block.text);

/** Runs one README command line that invokes mldoc-lint (npx, a pinned version, or the bare bin). */
function runReadmeCommand(command: string, cwd: string) {
  const args = command.replace(/^npx\s+(--yes\s+)?/, '').replace(/^mldoc-lint(@[\w.-]+)?\s*/, '').trim();
  return runMldocLint(args ? args.split(/\s+/) : [], { cwd });
}

/** The commands of a shell block: comments dropped, `a && b` split. */
function commandsOf(block: Block): string[] {
  return block.text.split('\n').map((l) => l.replace(/\s+#.*$/, '').trim()).filter((l) => l && !l.startsWith('#'))
    .flatMap((l) => l.split(/\s+&&\s+/));
}

describe('README code blocks', () => {
  it('has the blocks this test knows how to run, and no other kind', () => {
    const langs = new Set(BLOCKS.map((b) => b.lang));
    for (const lang of langs) assert.ok(['sh', '', 'json', 'yaml', 'js', 'lua', 'markdown'].includes(lang), `a README block in "${lang}" is not covered`);
    assert.ok(BLOCKS.length >= 12);
  });

  it('runs every shell command (npm scripts are checked against package.json and .ci/run, which CI runs)', () => {
    const dir = project();
    const ci = fs.readFileSync(path.join(ROOT, '.ci', 'run'), 'utf8');
    for (const block of BLOCKS.filter((b) => b.lang === 'sh')) {
      for (const command of commandsOf(block)) {
        const where = `README line ${block.line}: ${command}`;
        if (/^npm (ci|test)$/.test(command)) {
          assert.ok(ci.includes(command), `${where}: .ci/run runs it`);
        } else if (command.startsWith('npm run ')) {
          assert.ok(PACKAGE.scripts[command.split(' ')[2]!], `${where}: no such npm script`);
        } else if (command === 'npm install --save-dev mldoc-lint') {
          // The package is installed from its packed tarball, the same way, by test/npm-package.test.ts.
          assert.match(fs.readFileSync(path.join(ROOT, 'test', 'npm-package.test.ts'), 'utf8'), /\['install', [^\]]*tarball\]/, where);
        } else if (/^npx mldoc-lint /.test(command)) {
          const result = runReadmeCommand(command, dir);
          assert.notEqual(result.code, 2, `${where}\n${result.stderr}`);
          assert.equal(result.stderr.includes('Usage') || result.stderr.includes('internal error'), false, `${where}\n${result.stderr}`);
          if (command.includes('--update-baseline')) assert.equal(result.code, 0, where);
          if (command.includes('--baseline') && !command.includes('--update-baseline')) assert.equal(result.code, 0, `${where}: the baseline just recorded passes`);
        } else {
          assert.fail(`${where}: a command this test does not know how to run`);
        }
      }
    }
  });

  it('runs the CLI synopsis lines that are commands (init, rules, --print-config, --help, --version)', () => {
    const dir = project();
    const synopsis = BLOCKS.find((b) => b.lang === '' && b.text.includes('mldoc-lint check'))!;
    let ran = 0;
    for (const command of commandsOf(synopsis)) {
      if (command.includes('PATH...') || command.includes('[')) continue;
      for (const variant of command.split(/\s+\|\s+/)) {
        const line = variant.startsWith('mldoc-lint') ? variant : `mldoc-lint ${variant}`;
        const result = runReadmeCommand(line.replace('FILE', 'docs/design/fraud-scoring.md'), dir);
        assert.equal(result.code, 0, `${line}\n${result.stderr}`);
        ran++;
      }
    }
    assert.equal(ran, 5);
    assert.ok(fs.existsSync(path.join(dir, '.mldoc.yaml')) && fs.existsSync(path.join(dir, 'docs', 'design', 'first-design-doc.md')), 'init wrote its files');
  });

  it('accepts every config block as written: --print-config and the JSON schema', () => {
    const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'schemas', 'mldoc.schema.json'), 'utf8'));
    const validate = new Ajv2020.default({ strict: false }).compile(schema);
    const configs = BLOCKS.filter((b) => b.lang === 'json' && !b.text.trimStart().startsWith('[') && !isRemarkrc(b));
    assert.ok(configs.length >= 2);
    for (const block of configs) {
      const config = JSON.parse(block.text);
      assert.ok(validate(config), `README line ${block.line}: ${JSON.stringify(validate.errors)}`);
      const dir = project();
      fs.writeFileSync(path.join(dir, '.mldoc.json'), block.text);
      const printed = runMldocLint(['--print-config', 'docs/design/fraud-scoring.md'], { cwd: dir });
      assert.equal(printed.code, 0, `README line ${block.line}: ${printed.stderr}`);
      assert.equal(JSON.parse(printed.stdout).file, path.join(dir, '.mldoc.json'));
      const checked = runMldocLint(['check', 'docs/design/'], { cwd: dir });
      assert.notEqual(checked.code, 2, `README line ${block.line}: ${checked.stderr}`);
    }
  });

  it('shows JSON output with the keys the CLI really prints', () => {
    const example = JSON.parse(BLOCKS.find((b) => b.lang === 'json' && b.text.trimStart().startsWith('['))!.text);
    const [real] = JSON.parse(runMldocLint(['check', '--format', 'json', 'examples/feed-ranking-draft.md']).stdout);
    for (const key of Object.keys(example[0])) assert.ok(key in real, `output has "${key}"`);
    const realMessage = real.messages.find((m: { fix?: unknown }) => m.fix);
    for (const key of Object.keys(example[0].messages[0])) assert.ok(key in realMessage, `message has "${key}"`);
  });

  it('runs the JavaScript examples (API, remark) with the package installed', () => {
    const dir = project();
    const blocks = BLOCKS.filter((b) => b.lang === 'js');
    assert.equal(blocks.length, 2);
    for (const block of blocks) {
      fs.writeFileSync(path.join(dir, 'example.mjs'), block.text);
      const result = spawnSync(process.execPath, ['example.mjs'], { cwd: dir, encoding: 'utf8' });
      assert.equal(result.status, 0, `README line ${block.line}: ${result.stderr}`);
      assert.match(result.stdout, /placeholder-text warning/, `README line ${block.line}`);
    }
  });

  it('runs remark-cli with the .remarkrc example', () => {
    const dir = project();
    const block = BLOCKS.find(isRemarkrc)!;
    fs.writeFileSync(path.join(dir, '.remarkrc.json'), block.text);
    const cli = path.join(ROOT, 'node_modules', 'remark-cli', 'cli.js');
    const result = spawnSync(process.execPath, [cli, 'docs/design/', '--quiet', '--no-stdout', '--no-color'], { cwd: dir, encoding: 'utf8' });
    assert.equal(result.status, 1, result.stderr);
    assert.match(result.stderr, /feed-ranking-draft\.md\n[\s\S]*objective-weights\s+mldoc-lint/);
  });

  it('uses only inputs action.yml has, hooks .pre-commit-hooks.yaml has, and CI commands that run', () => {
    const action = parseYaml(fs.readFileSync(path.join(ROOT, 'action.yml'), 'utf8'));
    const hooks = parseYaml(fs.readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')).map((h: { id: string }) => h.id);
    const dir = project();
    let actionUses = 0;
    let hookUses = 0;
    for (const block of BLOCKS.filter((b) => b.lang === 'yaml')) {
      const doc = parseYaml(block.text);
      const steps: Array<Record<string, any>> = Array.isArray(doc) ? doc : Object.values(doc.jobs ?? {}).flatMap((job: any) => job.steps);
      for (const step of steps ?? []) {
        if (typeof step?.uses === 'string' && /\/mldoc-lint@/.test(step.uses)) {
          actionUses++;
          for (const input of Object.keys(step.with ?? {})) assert.ok(input in action.inputs, `README line ${block.line}: action has no input "${input}"`);
          const result = runMldocLint(['check', '--format', 'github', ...String(step.with.args ?? '').split(/\s+/).filter(Boolean), step.with.paths], { cwd: dir });
          assert.notEqual(result.code, 2, result.stderr);
        }
        if (typeof step?.run === 'string' && step.run.includes('mldoc-lint')) {
          const result = runReadmeCommand(step.run, dir);
          assert.notEqual(result.code, 2, `README line ${block.line}: ${result.stderr}`);
          assert.match(result.stdout, /^::(error|warning|notice) file=docs\/design\//m);
        }
      }
      for (const repo of doc.repos ?? []) {
        for (const hook of repo.hooks) {
          hookUses++;
          assert.ok(hooks.includes(hook.id), `README line ${block.line}: no hook "${hook.id}"`);
        }
      }
    }
    assert.equal(actionUses, 1);
    assert.equal(hookUses, 1);
  });

  it('shows suppression comments the engine reads: known rules, real dates', () => {
    const block = BLOCKS.find((b) => b.lang === 'markdown' && b.text.includes('mldoc-disable'))!;
    const result = lint(`---\nmldoc: true\n---\n# T\n\n${block.text}\n`, { force: true, today: '2027-01-01' });
    const problems = result.diagnostics.filter((d) => d.ruleId === 'suppression-directive' && !d.message.startsWith('Unused'));
    assert.deepEqual(problems.map((d) => d.message), []);
  });

  it('starts the language server the way the Neovim example does (the Neovim test runs it for real)', () => {
    const block = BLOCKS.find((b) => b.lang === 'lua')!;
    const [, bin, flag] = /cmd = \{ 'npx', '([\w-]+)', '(--\w+)' \}/.exec(block.text) ?? [];
    assert.ok(bin && PACKAGE.bin[bin], `"${bin}" is a bin of the package`);
    assert.equal(flag, '--stdio');
  });
});
