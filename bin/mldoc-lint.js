#!/usr/bin/env node
// The mldoc-lint command. In a checkout, build first (npm run build, which `npm ci` runs through "prepare").
// Whatever goes wrong before the CLI runs is one line on stderr and exit code 2, never code 1 ("errors found").
try {
  const { main } = await import('../out/server/src/cli/main.js');
  main();
} catch (error) {
  const reason = String(error?.message ?? error).split('\n')[0];
  process.stderr.write(`mldoc-lint: cannot start: ${reason}\n`);
  process.exitCode = 2;
}
