#!/usr/bin/env node
// The mldoc-lint language server for any LSP editor: mldoc-lint-server --stdio
import '../out/server/src/lsp/main.js';
