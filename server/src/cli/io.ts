// What the CLI reads and writes through (real stdio in a process, captured text in tests), and the
// error for a mistake in how it was called (exit code 2 with a usage hint).

export class UsageError extends Error {}

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readStdin: () => string;
  cwd: string;
  isTty: boolean;
  env: NodeJS.ProcessEnv;
}
