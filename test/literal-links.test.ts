// Bare URLs and e-mail addresses: the parser no longer runs GFM's autolink literals, the model finds
// them (literal-links.ts). Checked against a full GFM parse of the same paragraphs: the link
// text GFM makes is the text the model marks as a link.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { buildDocumentModel, lint } from '../server/src/engine/index.js';
import { literalLinks } from '../server/src/engine/literal-links.js';
import { minimalFullDoc } from './helpers.js';

/** The text of each link a full GFM parse makes in a paragraph (literal links only: no [..](..) here). */
function gfmLinkTexts(markdown: string): string[] {
  const texts: string[] = [];
  const walk = (node: Nodes) => {
    if (node.type === 'link') {
      texts.push(node.children.map((child) => (child.type === 'text' ? child.value : '')).join(''));
      return;
    }
    if ('children' in node) for (const child of node.children) walk(child as Nodes);
  };
  walk(fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] }));
  return texts;
}

/** The text of each run the model marks as a link. */
function modelLinkTexts(markdown: string): string[] {
  return buildDocumentModel(markdown).blocks.flatMap((block) => block.runs.filter((run) => run.inLink).map((run) => run.value));
}

const PARAGRAPHS = [
  'Docs at https://example.org/guide and nothing else.',
  'See https://example.org/guide.',
  'See (https://example.org/a_(b)) for details, then www.example.com/x?y=1!',
  'Ask ml-team@example.co.uk or write to mailto:oncall@example.com; xmpp:bot@chat.example.org/home is idle.',
  'Serve at http://localhost:8080/predict, or http://model-server:9000/v1/score for batch.',
  'A version 1.2.3 of sklearn, a ratio 3.5:1 and a path src/model.py are not links.',
  'Ahttps://example.org is glued to a word; a@b is no address; me@host.c0 ends in a digit.',
  'In brackets [https://example.org/paper] the transform still finds it.',
  '**Bold https://example.org/x** and *www.example.com* and `https://in.code/x`.',
  'Trailing marks: https://example.org/a), https://example.org/b]. https://example.org/c; done.',
  'Not an address: www.example.org@host.org, path/me@example.org, me@example.org_',
  'A domain with_underscore.example_x.com and https://bad_.example_.com/x.',
  'Upper case HTTPS://EXAMPLE.ORG/X and WWW.EXAMPLE.ORG.',
  'Две ссылки: https://пример.рф/путь и www.example.ru/страница.',
];

describe('literal links (bare URLs and addresses)', () => {
  for (const paragraph of PARAGRAPHS) {
    it(`marks what GFM links: ${paragraph.slice(0, 48)}`, () => {
      assert.deepEqual(modelLinkTexts(paragraph), gfmLinkTexts(paragraph));
    });
  }

  it('finds nothing in text without "://", "www." or "@"', () => {
    assert.deepEqual(literalLinks('Latency p99 under 120 ms at 3.5k requests/s.'), []);
  });

  it('gives each link its place in the text', () => {
    const text = 'Ask ops@example.com or see https://example.org/runbook.';
    assert.deepEqual(literalLinks(text).map(([start, end]) => text.slice(start, end)), ['ops@example.com', 'https://example.org/runbook']);
  });

  it('a URL glued to a word is not one', () => {
    assert.deepEqual(literalLinks('xhttps://example.org and xwww.example.org'), []);
  });

  it('maps link runs to their place in the source, after escapes and entities before them', () => {
    const markdown = 'Escaped \\* and &amp; then https://example.org/x here.';
    const block = buildDocumentModel(markdown).blocks[0]!;
    const link = block.runs.find((run) => run.inLink)!;
    assert.equal(markdown.slice(link.start, link.end), 'https://example.org/x');
    assert.equal(block.text, 'Escaped * and & then https://example.org/x here.');
  });

  it('a URL in a list or table written in HTML is text (HTML has no autolinks)', () => {
    const markdown = '<table>\n<tr><td>https://example.org/x</td></tr>\n</table>\n';
    assert.deepEqual(modelLinkTexts(markdown), []);
  });

  it('a heading that holds a bare www. address has a link', () => {
    assert.equal(buildDocumentModel('## Rollout www.example.org\n').headings[0]!.hasLink, true);
    assert.equal(buildDocumentModel('## Rollout plan\n').headings[0]!.hasLink, false);
  });

  it('a fill-in inside a bare URL is part of the link, not a placeholder', () => {
    const doc = minimalFullDoc('Title', 'AUC 0.9.').replace('AUC 0.9.', 'AUC 0.9. Dashboard: https://grafana.example.org/d/TBD/latency');
    const outside = minimalFullDoc('Title', 'AUC 0.9.').replace('AUC 0.9.', 'AUC 0.9. Dashboard: TBD');
    const placeholders = (text: string) => lint(text, { force: true }).diagnostics.filter((d) => d.ruleId === 'placeholder-text');
    assert.equal(placeholders(doc).length, 0);
    assert.equal(placeholders(outside).length, 1);
  });
});
