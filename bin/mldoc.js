#!/usr/bin/env node
// The mldoc command. Build first (npm run build, which `npm ci` runs through "prepare").
import { main } from '../out/server/src/cli/main.js';

main();
