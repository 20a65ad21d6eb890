// Bundles the VS Code extension and its language server into dist/ as CommonJS, the format
// every VS Code extension host loads. The CLI has its own ES module bundle (scripts/build-cli.mjs).
import { build } from 'esbuild';
import fs from 'node:fs';

const entries = [
  { in: 'client/src/extension.ts', out: 'dist/extension.cjs' },
  { in: 'server/src/lsp/main.ts', out: 'dist/server.cjs' },
  // The same server for the npm package's mldoc-lint-server bin (stdio; dist/ is not in the package): a
  // bundle holds ~19 MB less resident than the ~300 compiled modules it replaces.
  { in: 'server/src/lsp/main.ts', out: 'out/lsp/server.cjs' },
  // The real-editor test suite, loaded by the extension host (kept out of the .vsix).
  { in: 'test/editor/suite/index.ts', out: 'dist/test/editor-suite.cjs' },
].filter((entry) => fs.existsSync(entry.in));

for (const entry of entries) {
  await build({
    entryPoints: [entry.in],
    outfile: entry.out,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node18',
    external: ['vscode'],
    // Prefer ES module builds: jsonc-parser's UMD build cannot be bundled.
    mainFields: ['module', 'main'],
    sourcemap: true,
    minify: true,
    logLevel: 'warning',
    // The ESM sources read import.meta.url; in the CommonJS bundle it comes from __filename.
    define: { 'import.meta.url': 'importMetaUrl' },
    banner: { js: "const importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  });
}

// The web build (vscode.dev, github.dev): the extension for the web extension host (CommonJS, .cjs: this
// package is "type": "module", and the web extension host refuses ESM), and the server as a web worker with the pure engine. No Node built-ins may be reached: esbuild fails the build if one is.
const web = [
  { in: 'client/src/browser.ts', out: 'dist/web/extension.cjs', format: 'cjs', external: ['vscode'], conditions: [] },
  // "worker": packages with a DOM build for browsers (decode-named-character-reference) have one without.
  { in: 'server/src/lsp/web-main.ts', out: 'dist/web/server.js', format: 'iife', external: [], conditions: ['worker'] },
];
for (const entry of web) {
  await build({
    entryPoints: [entry.in],
    outfile: entry.out,
    bundle: true,
    platform: 'browser',
    format: entry.format,
    target: 'es2022',
    external: entry.external,
    conditions: entry.conditions,
    mainFields: ['browser', 'module', 'main'],
    sourcemap: true,
    minify: true,
    logLevel: 'warning',
    // The engine finds its bundled rule pages from import.meta.url on Node; on the web the client passes
    // the extension's docs/rules/ address instead.
    define: { 'import.meta.url': '""', 'process.env.NODE_ENV': '"production"' },
  });
}
