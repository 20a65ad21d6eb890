// HTML lists and tables inside Markdown are read by the document model as list items and tables.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { blockOffsetAt, buildDocumentModel } from '../server/src/engine/model/document.js';
import { lint } from '../server/src/engine/index.js';

describe('document model: HTML lists and tables', () => {
  it('reads <ol>/<ul> items, nested lists and unclosed <li>', () => {
    const doc = buildDocumentModel('# Plan\n\n<ol>\n  <li>Collect the labels.</li>\n  <li>Train:\n    <ul><li>a baseline</li><li>the ranker</li></ul>\n  </li>\n</ol>\n\n<ul>\n<li>First, unclosed\n<li>Second\n</ul>\n');
    assert.deepEqual(doc.listItems.map((item) => [item.range.start.line, item.text.trim()]), [
      [4, 'Collect the labels.'], [5, 'Train:'], [6, 'a baseline'], [6, 'the ranker'], [11, 'First, unclosed'], [12, 'Second'],
    ]);
    const second = doc.listItems[1]!;
    assert.equal(second.section.heading?.text, 'Plan');
  });

  it('reads a <table>: the first row is the header, short rows are padded', () => {
    const doc = buildDocumentModel('# Risks\n\n<table>\n<thead><tr><th>Risk</th><th>Impact</th><th>Mitigation</th></tr></thead>\n<tbody>\n<tr><td>Drift</td><td>High</td></tr>\n</tbody>\n</table>\n');
    assert.equal(doc.tables.length, 1);
    const table = doc.tables[0]!;
    assert.deepEqual(table.header.map((c) => c.text), ['Risk', 'Impact', 'Mitigation']);
    assert.deepEqual(table.rows.map((r) => r.cells.map((c) => c.text)), [['Drift', 'High', '']]);
    assert.equal(table.rows[0]!.range.start.line, 6);
  });

  it('maps text back to the source through entities, and keeps code and links apart', () => {
    const text = '# Doc\n\n<ul><li>Fees &amp; TBD, <code>TBD</code>, <a href="/x">TBD</a></li></ul>\n';
    const doc = buildDocumentModel(text);
    const block = doc.blocks.find((b) => b.listItem)!;
    assert.equal(block.text, 'Fees & TBD, TBD, TBD');
    const at = block.text.indexOf('TBD');
    assert.equal(text.slice(blockOffsetAt(block, at), blockOffsetAt(block, at + 3)), 'TBD');
    assert.deepEqual(block.runs.map((r) => [r.value, r.isCode, r.inLink]), [['Fees & TBD, ', false, false], ['TBD', true, false], [', ', false, false], ['TBD', false, true]]);
  });

  it('adds nothing for HTML without lists or tables', () => {
    const doc = buildDocumentModel('# Doc\n\n<p align="center"><img src="a.png"></p>\n\n<details><summary>More</summary>Hidden TBD</details>\n');
    assert.equal(doc.listItems.length, 0);
    assert.equal(doc.tables.length, 0);
    assert.equal(doc.blocks.filter((b) => b.kind !== 'heading').length, 0);
  });

  it('lets rules see them: a placeholder in an <li>, a risk table in a <table>', () => {
    const text = '# Claims triage\n\n## Rollout plan\n\n<ol><li>Owner: TBD</li></ol>\n\n## Risks\n\n<table><tr><th>Risk</th><th>Mitigation</th></tr><tr><td>Label noise</td><td></td></tr></table>\n';
    const found = lint(text, { force: true }).diagnostics.filter((d) => d.ruleId === 'placeholder-text' || d.ruleId === 'risk-table')
      .map((d) => [d.ruleId, d.range.start.line, d.range.start.column]);
    assert.deepEqual(found, [['placeholder-text', 5, 16], ['risk-table', 9, 1], ['risk-table', 9, 49]]);
  });
});

describe('document model: hostile HTML', () => {
  it('reads lists nested thousands deep without overflowing the stack', () => {
    const text = `# Doc\n\n${'<ul><li>a'.repeat(20_000)}\n`;
    const started = Date.now();
    const doc = buildDocumentModel(text);
    assert.equal(doc.listItems.length, 20_000); // past 32 levels the items are read flat
    assert.ok(Date.now() - started < 5000, `took ${Date.now() - started} ms`);
  });
  it('survives unclosed tags and stray close tags', () => {
    const doc = buildDocumentModel('# Doc\n\n</li></ul><table><tr><td>Risk<td>Impact</tr><tr><td>x\n');
    assert.equal(doc.tables.length, 1);
    assert.deepEqual(doc.tables[0]!.header.map((c) => c.text), ['Risk', 'Impact']);
  });
});
