// Bare URLs and e-mail addresses are links (GFM autolink literals), though the parser skips GFM's
// tokenizer for them: the library's tree transform makes the links. Examples written for this test.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildDocumentModel, lint } from '../server/src/engine/index.js';

const placeholders = (text: string) => lint(text, { force: true }).diagnostics.filter((d) => d.ruleId === 'placeholder-text').map((d) => d.message);

describe('bare URLs and addresses', () => {
  it('are link runs of the model, with the prose around them', () => {
    const model = buildDocumentModel('# Notes\n\nThe runbook is at https://wiki.example.com/ml/runbook, and alerts go to ml-oncall@example.com or www.example.org.\n');
    const paragraph = model.blocks.find((b) => b.kind === 'paragraph')!;
    const links = paragraph.runs.filter((r) => r.inLink).map((r) => r.value);
    assert.deepEqual(links, ['https://wiki.example.com/ml/runbook', 'ml-oncall@example.com', 'www.example.org']);
    assert.ok(paragraph.runs.some((r) => !r.inLink && r.value.includes('The runbook is at')));
  });

  it('a bracket inside a bare URL is no template slot; one in the prose beside it is', () => {
    assert.deepEqual(placeholders('# Notes\n\nDesign notes live at https://wiki.example.com/[team]/design.\n'), []);
    assert.equal(placeholders('# Notes\n\nOwner: [Name of the owner], see https://wiki.example.com/team.\n').length, 1);
  });

  it('text that only looks like a URL stays prose', () => {
    const model = buildDocumentModel('# Notes\n\nVersion 1.2.3 reads src/model.py at a 3.5:1 ratio as user@localhost; xhttps://example.org is glued.\n');
    assert.deepEqual(model.blocks.find((b) => b.kind === 'paragraph')!.runs.filter((r) => r.inLink), []);
  });
});
