#!/usr/bin/env node
// The mldoc-lint command. In a checkout, build first (npm run build, which `npm ci` runs through "prepare").
// Whatever goes wrong before the CLI runs is one line on stderr and exit code 2, never code 1 ("errors found").
import { statSync } from 'node:fs';

/**
 * The bundle (out/cli/, made by scripts/build-cli.mjs) starts several times faster than the compiled
 * tree. In a checkout where `tsc -b` ran after the last bundle, the compiled tree is the current code.
 */
function entry() {
  const bundle = new URL('../out/cli/main.js', import.meta.url);
  try {
    const compiledAt = statSync(new URL('../out/tsconfig.tsbuildinfo', import.meta.url)).mtimeMs;
    if (compiledAt > statSync(bundle).mtimeMs) return new URL('../out/server/src/cli/main.js', import.meta.url);
  } catch {
    // an installed package (no build info) or no bundle yet: the import below says what is missing
  }
  return bundle;
}

try {
  const { main } = await import(entry());
  await main();
} catch (error) {
  const reason = String(error?.message ?? error).split('\n')[0];
  process.stderr.write(`mldoc-lint: cannot start: ${reason}\n`);
  process.exitCode = 2;
}
