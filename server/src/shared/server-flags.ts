// Node/V8 options the language server runs with, passed on its node command line by the VS Code client
// (client/src/extension.ts) and by `npm run bench:lsp`, which measures the server as the client starts it.
//
// The server's live data with the 93 corpus docs open is ~35 MB; left to its defaults V8 lets the heap
// grow to several times that before it collects (a 32 MB young generation, an old generation grown up to
// 4x what survived the last full collection), which is how the process reached ~190 MB.

/** Options for the server's node process (see scripts/bench-lsp.mjs for what each costs). */
export const SERVER_NODE_FLAGS: readonly string[] = [];
