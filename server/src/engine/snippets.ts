// The editor snippets, generated from the template source so they cannot drift from the fixes.
import { TEMPLATES } from './templates.js';

export function buildSnippets(): Record<string, { scope: string; prefix: string; description: string; body: string[] }> {
  return Object.fromEntries(TEMPLATES.map((t) => [
    `mldoc: ${t.name}${t.kind === 'block' ? ' (block)' : ''}`,
    { scope: 'markdown', prefix: t.prefix, description: t.description, body: t.body },
  ]));
}
