// Writes the files generated from rule metadata: the config JSON Schema.
// CI fails when they differ from what is committed (test/meta.test.ts).
import fs from 'node:fs';
import { buildConfigSchema } from '../out/server/src/engine/schema.js';

fs.writeFileSync(new URL('../schemas/mldoc.schema.json', import.meta.url), JSON.stringify(buildConfigSchema(), null, 2) + '\n');
console.log('wrote schemas/mldoc.schema.json');
