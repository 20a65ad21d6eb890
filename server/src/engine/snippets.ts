// The editor snippets, generated from the template source so they cannot drift from the fixes.
// Grouped by kind in name and prefix: "mldoc section: …" (mldoc-section-…), "mldoc block: …"
// (mldoc-block-…), "mldoc doc: …" (mldoc-doc-…).
import { TEMPLATES } from './templates.js';

export function buildSnippets(): Record<string, { scope: string; prefix: string; description: string; body: string[] }> {
  return Object.fromEntries(TEMPLATES.map((t) => [
    `mldoc ${t.kind === 'document' ? 'doc' : t.kind}: ${t.name}`,
    { scope: 'markdown', prefix: t.prefix, description: t.description, body: t.body },
  ]));
}
