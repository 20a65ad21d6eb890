// Writes the files generated from the engine's metadata; CI fails when they differ from what is
// committed (test/meta.test.ts, test/templates.test.ts):
//   schemas/mldoc.schema.json      the config file's JSON Schema, from the rule registry
//   snippets/mldoc.code-snippets   the editor snippets, from the template source (templates.ts)
import fs from 'node:fs';
import { buildConfigSchema } from '../out/server/src/engine/schema.js';
import { buildSnippets } from '../out/server/src/engine/snippets.js';
import { RULES } from '../out/server/src/engine/index.js';
import { withScopeSection } from '../out/server/src/engine/rule-docs.js';

const write = (relative, value) => {
  fs.writeFileSync(new URL(`../${relative}`, import.meta.url), JSON.stringify(value, null, 2) + '\n');
  console.log(`wrote ${relative}`);
};
write('schemas/mldoc.schema.json', buildConfigSchema());
write('snippets/mldoc.code-snippets', buildSnippets());
for (const rule of RULES) {
  const file = new URL(`../docs/rules/${rule.id}.md`, import.meta.url);
  const page = fs.readFileSync(file, 'utf8');
  const updated = withScopeSection(page, rule);
  if (updated !== page) {
    fs.writeFileSync(file, updated);
    console.log(`wrote docs/rules/${rule.id}.md (scope)`);
  }
}
