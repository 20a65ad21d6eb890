#!/usr/bin/env node
// The mldoc-lint command. In a checkout, build first (npm run build, which `npm ci` runs through "prepare").
import { main } from '../out/server/src/cli/main.js';

main();
