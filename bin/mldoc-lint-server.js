#!/usr/bin/env node
// The mldoc-lint language server for any LSP editor: mldoc-lint-server --stdio
try {
  await import('../out/server/src/lsp/main.js');
} catch (error) {
  const reason = String(error?.message ?? error).split('\n')[0];
  process.stderr.write(`mldoc-lint-server: cannot start: ${reason}\n`);
  process.exitCode = 2;
}
