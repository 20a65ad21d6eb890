// The rule pages shipped in the package (docs/rules/<id>.md), read for SARIF help texts.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { BUNDLED_DOCS_BASE_URL } from '../engine/index.js';

export interface RuleDoc {
  /** The whole page, Markdown. */
  markdown: string;
  /** The page as plain text: the same words without Markdown markup. */
  text: string;
  /** The first paragraph after the title: what the rule wants. */
  summary: string;
}

const cache = new Map<string, RuleDoc | null>();

function plain(markdown: string): string {
  return markdown
    .replace(/^```\w*\n/gm, '').replace(/^```$/gm, '')
    .replace(/^#+\s*/gm, '')
    .replace(/\*\*([^*]+)\*\*/g, '$1').replace(/`([^`]+)`/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]+\)/g, '$1');
}

/** The page of a rule, or null when the package's docs folder cannot be found. */
export function readRuleDoc(ruleId: string): RuleDoc | null {
  if (cache.has(ruleId)) return cache.get(ruleId)!;
  let doc: RuleDoc | null = null;
  if (BUNDLED_DOCS_BASE_URL) {
    try {
      const markdown = fs.readFileSync(fileURLToPath(new URL(`${ruleId}.md`, BUNDLED_DOCS_BASE_URL)), 'utf8');
      const paragraphs = markdown.split(/\n\s*\n/).map((p) => p.trim()).filter((p) => p && !p.startsWith('#'));
      doc = { markdown, text: plain(markdown), summary: plain(paragraphs[0] ?? '').replace(/\s+/g, ' ').trim() };
    } catch {
      doc = null;
    }
  }
  cache.set(ruleId, doc);
  return doc;
}
