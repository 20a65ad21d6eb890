#!/usr/bin/env node
// The mldoc-lint language server for any LSP editor: mldoc-lint-server --stdio
// It runs the bundled server (out/lsp/server.cjs, built by scripts/build-client.mjs): one file instead of
// some 300 modules, ~19 MB less resident. Node options that keep its heap small (SERVER_NODE_FLAGS in
// server/src/shared/server-flags.ts) can only be given on the node command line, as VS Code's client does.
import { createRequire } from 'node:module';

try {
  createRequire(import.meta.url)('../out/lsp/server.cjs');
} catch (error) {
  const reason = String(error?.message ?? error).split('\n')[0];
  process.stderr.write(`mldoc-lint-server: cannot start: ${reason}\n`);
  process.exitCode = 2;
}
