// Lints the 50 real documents in ../shared/corpus (read at test time, never copied here) and
// compares, per document, detection and the number of findings of each rule with a checked-in
// snapshot, so any change in behaviour shows up in review. Update with `npm run snapshot`.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { lint } from '../server/src/engine/index.js';
import { CORPUS, ROOT } from './helpers.js';

const SNAPSHOT = path.join(ROOT, 'test', 'corpus-snapshot.json');
const DOCS = path.join(CORPUS, 'docs');

interface Entry {
  isDesignDoc: boolean;
  findings: Record<string, number>;
}

function lintCorpus(): Record<string, Entry> {
  const entries: Record<string, Entry> = {};
  for (const file of fs.readdirSync(DOCS).filter((f) => f.endsWith('.md')).sort()) {
    const text = fs.readFileSync(path.join(DOCS, file), 'utf8');
    // force: every rule runs on every doc, so the snapshot also shows what detection would hide.
    const result = lint(text, { force: true });
    const findings: Record<string, number> = {};
    for (const d of result.diagnostics) findings[d.ruleId] = (findings[d.ruleId] ?? 0) + 1;
    const internal = result.diagnostics.filter((d) => d.message.startsWith('Internal error'));
    assert.deepEqual(internal.map((d) => d.message), [], `${file}: a rule crashed`);
    entries[file] = { isDesignDoc: lint(text).isDesignDoc, findings: Object.fromEntries(Object.entries(findings).sort()) };
  }
  return entries;
}

describe('real corpus', () => {
  const available = fs.existsSync(DOCS);
  it('lints every corpus document without a crash and matches the snapshot', { skip: available ? false : `no corpus at ${DOCS} (it lives in ../shared beside the repo)` }, () => {
    const actual = lintCorpus();
    const listed = fs.readFileSync(path.join(CORPUS, 'SOURCES.tsv'), 'utf8').trim().split('\n').slice(1).map((row) => row.split('\t')[0]);
    assert.deepEqual(Object.keys(actual), [...listed].sort(), 'every document SOURCES.tsv lists was linted');
    if (process.env.UPDATE_SNAPSHOT) {
      fs.writeFileSync(SNAPSHOT, JSON.stringify(actual, null, 1) + '\n');
      return;
    }
    const expected = JSON.parse(fs.readFileSync(SNAPSHOT, 'utf8')) as Record<string, Entry>;
    for (const file of Object.keys({ ...expected, ...actual })) {
      assert.deepEqual(actual[file], expected[file], `${file} changed; if intended, run npm run snapshot and review the diff`);
    }
  });
});
