// Bundles the mldoc-lint command into out/cli/ (ES modules, split into chunks): Node then reads a few
// files instead of resolving some 300 modules, which was most of the CLI's start-up time. Each
// command and formatter stays behind a dynamic import, so `--version` loads one small file and
// `check` never loads --fix, --baseline, init or the formatters it does not use. The lint worker
// (lint-worker.js) shares the engine chunk. No language-server or editor code is reachable from here.
import { build } from 'esbuild';
import fs from 'node:fs';

const outdir = 'out/cli';
fs.rmSync(outdir, { recursive: true, force: true });
const result = await build({
  entryPoints: { main: 'server/src/cli/main.ts', 'lint-worker': 'server/src/node/lint-worker.ts' },
  outdir,
  // Chunks sit beside the entries: lint-pool finds the worker as ./lint-worker.js from its own chunk.
  chunkNames: '[name]-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Prefer ES module builds: jsonc-parser's UMD build cannot be bundled.
  mainFields: ['module', 'main'],
  // CommonJS dependencies (picomatch, ignore) call require() for Node built-ins.
  banner: { js: "import { createRequire as __mldocCreateRequire } from 'node:module'; const require = __mldocCreateRequire(import.meta.url);" },
  // Smaller to parse, yet names are kept so that MLDOC_LINT_DEBUG=1 stacks stay readable.
  minifyWhitespace: true,
  minifySyntax: true,
  sourcemap: 'linked',
  metafile: true,
  logLevel: 'warning',
  logOverride: { 'import-is-undefined': 'silent' }, // config.ts takes jsonc-parser's named or default export, whichever exists
});

// Guard the split between the CLI and the editor: no LSP or vscode module may be reachable.
const forbidden = Object.keys(result.metafile.inputs).filter((file) => /(^|\/)(vscode-languageserver|vscode-jsonrpc|server\/src\/lsp\/|client\/)/.test(file));
if (forbidden.length) throw new Error(`the CLI bundle must not contain editor code: ${forbidden.join(', ')}`);
