#!/usr/bin/env node
// The mldoc language server for any LSP editor: mldoc-language-server --stdio
import '../out/server/src/lsp/main.js';
