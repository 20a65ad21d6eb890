// Node/V8 options the language server runs with, passed on its node command line by the VS Code client
// (client/src/extension.ts) and by `npm run bench:lsp`, which measures the server as the client starts it.
//
// None today. With the 93 corpus docs open the server's live heap is ~30 MB, yet its RSS was ~190-215 MiB:
// 44 MiB of node's own code, ~12 MiB of native memory, and a V8 heap of ~130 MB of which 32 MB is the
// young generation and the rest an old generation V8 lets grow to ~4x what survived its last collection.
// The server now gives that heap back once lints stop for 2 s (server/src/lsp/idle-memory.ts: 215 -> 90
// MiB 20 s after opening the corpus), which costs no CPU while typing. Flags that shrink the heap while
// typing cost CPU on every keystroke, because each edit still runs the rules over the whole document and
// so makes garbage in proportion to it. Measured with bench:lsp before the idle release (CPU time per
// edit as a ratio to one markdownlint lint; 2 cores, heavily loaded, 2026-11-29):
//
//   options                                          corpus open   1.5k lines   20k lines
//   (none)                                           186-195 MiB   0.082-0.093x 0.033x
//   --heap-growing-percent=100                       160-171 MiB   0.086-0.093x 0.039-0.041x
//   --max-semi-space-size=4 --heap-growing-percent=30   114 MiB    0.108x       0.051x
//   --max-semi-space-size=1 --heap-growing-percent=10   109 MiB    0.110x       0.055x
//   --optimize-for-size                               98-100 MiB   0.127-0.133x 0.061-0.069x
//
// The on-type aims (p95 <= 0.12x markdownlint at 1.5k lines, <= 0.05x at 20k) are not met even without
// flags on this machine today, so none is adopted: each one only adds to the latency. Once an edit
// recomputes only the sections it touched, its garbage is small and --heap-growing-percent (and a small
// --max-semi-space-size) become cheap: re-measure and add them here.

/** Options for the server's node process (see above for what each would cost). */
export const SERVER_NODE_FLAGS: readonly string[] = [];
