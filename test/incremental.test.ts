// Incremental linting (an open document's parse session) gives exactly what a cold lint of the same
// text gives, edit after edit; it re-parses only the sections an edit touched, whatever the number of
// sections; and the shared cache of one-off lints stays within its byte budget.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { clearParseCache, lint, lintPrepared, ParseSession, prepareDocument, type LintOptions } from '../server/src/engine/index.js';
import { DEFAULT_PARSE_CACHE_BYTES, parseCacheBytes, parseMarkdown, setParseCacheBudget, suspendParseCache } from '../server/src/engine/parse.js';
import { DocumentLinter } from '../server/src/lsp/document-linter.js';
import { DEFAULT_SETTINGS } from '../server/src/shared/settings.js';
import { CORPUS, minimalFullDoc, ROOT } from './helpers.js';

type Edit = (text: string) => string;

/** Inserts `typed` at a fraction of the text (snapped to a line start or end when asked). */
function insertAt(fraction: number, typed: string, snap: 'line-start' | 'line-end' | 'none' = 'none'): Edit {
  return (text) => {
    let at = Math.floor(text.length * fraction);
    if (snap === 'line-start') at = text.lastIndexOf('\n', at - 1) + 1;
    if (snap === 'line-end') at = text.indexOf('\n', at) === -1 ? text.length : text.indexOf('\n', at);
    return text.slice(0, at) + typed + text.slice(at);
  };
}

function deleteAt(fraction: number, length: number): Edit {
  return (text) => {
    const at = Math.floor(text.length * fraction);
    return text.slice(0, at) + text.slice(at + length);
  };
}

/** Edits of every kind that matters to the sections: typing, new lines, new and broken headings, fences. */
const EDITS: Edit[] = [
  insertAt(0.5, 'x'),
  insertAt(0.5, 'y'),
  insertAt(0.2, '\n\nA new paragraph with TBD in it.\n', 'line-end'),
  insertAt(0.7, '\n## Brand new section\n\nSome text.\n', 'line-end'),
  insertAt(0.3, '\n'),
  deleteAt(0.4, 30),
  insertAt(0.6, '```\n', 'line-start'), // an unclosed fence swallows the rest
  insertAt(0.6, '```\n', 'line-start'), // and closes again
  insertAt(0, 'Preamble.\n\n'),
  insertAt(1, '\n## Tail\n\nLatency is fast.\n'),
  insertAt(0.45, '# ', 'line-start'), // a line turns into a heading
  deleteAt(0, 12),
  (text) => text.replace('\n', '\r\n'), // one CRLF line ending
  (text) => text + text.slice(0, 200), // duplicated sections
];

const OPTIONS: LintOptions = { force: true, today: '2026-01-01' };

/**
 * Lints the text after each edit with one session, and compares with a lint without it. `cold`: the
 * comparison lint parses from scratch (else it may take trees from the shared cache), and the trees
 * themselves, positions included, are compared too.
 */
function checkSequence(name: string, start: string, edits: readonly Edit[], cold = true): void {
  const session = new ParseSession();
  let text = start;
  for (let step = 0; step <= edits.length; step++) {
    if (step > 0) text = edits[step - 1]!(text);
    const prepared = prepareDocument(text, OPTIONS, session);
    const incremental = lintPrepared(prepared, OPTIONS);
    if (cold) clearParseCache();
    const freshPrepared = prepareDocument(text, OPTIONS);
    const fresh = lintPrepared(freshPrepared, OPTIONS);
    assert.deepEqual(incremental, fresh, `${name}, after edit ${step}: the incremental lint differs from a fresh one`);
    if (!cold) continue;
    // The whole model, every piece and position in it, is the cold model.
    assert.deepEqual(prepared.model, freshPrepared.model, `${name}, after edit ${step}: the incremental model differs from a cold one`);
    const sessionTree = parseMarkdown(text, session);
    clearParseCache();
    assert.deepEqual(sessionTree, parseMarkdown(text), `${name}, after edit ${step}: the session's tree differs from a cold parse`);
  }
}

const examples = fs.readdirSync(path.join(ROOT, 'examples')).filter((f) => f.endsWith('.md')).sort();

describe('incremental lint', () => {
  it('equals a cold lint after every edit, on the examples', () => {
    for (const file of examples) checkSequence(file, fs.readFileSync(path.join(ROOT, 'examples', file), 'utf8'), EDITS);
  });

  it('equals a cold lint with front matter, a byte-order mark and CRLF line endings', () => {
    const doc = `\uFEFF---\nstatus: draft\n---\n${minimalFullDoc('Title', 'AUC 0.9.')}`.replace(/\n/g, '\r\n');
    checkSequence('BOM + CRLF doc', doc, EDITS);
  });

  it('equals a cold lint on the real corpus', (t) => {
    const docs = path.join(CORPUS, 'docs');
    if (!fs.existsSync(docs)) {
      t.skip(`no corpus at ${docs}`);
      return;
    }
    const edits = [EDITS[3]!]; // a new section mid-doc: every later section moves
    for (const file of fs.readdirSync(docs).filter((f) => f.endsWith('.md')).sort()) {
      checkSequence(file, fs.readFileSync(path.join(docs, file), 'utf8'), edits, false);
    }
  });

  it('equals a cold lint when a renamed heading changes what the unchanged sections under it mean', () => {
    // Facts kept per block (statements, framing cues, language counts, scale figures) must not keep what
    // depends on where the block stands: under "References" every statement is a citation, under
    // "Problem statement" a task cue weighs three times. The blocks under the renamed heading are carried
    // over unchanged (each heading starts a chunk of its own). "Latency is fast" is a finding as a claim
    // (latency-unquantified) and none as a citation: keeping a block's statements from its old place fails.
    const doc = [
      '# Ranking service', '', '## Notes', '', '### Details', '',
      'We rank the top 10 products for each user. The service serves requests online in real time.',
      'It is a learning to rank problem, measured by NDCG@10 and MRR. Latency is fast.', '',
      '- Latency should be low.', '',
      '## Scale', '', 'We expect 2 million daily active users and 3,000 requests per second at peak.', '',
      '## Metrics', '', '- Offline: NDCG@10 >= 0.42', '- Online: CTR up 2%', '',
    ].join('\n');
    const rename = (from: string, to: string): Edit => (text) => text.replace(from, to);
    checkSequence('renamed headings', doc, [
      rename('## Notes', '## References'),
      rename('## References', '## Problem statement'),
      rename('## Scale', '## Further reading'),
      rename('## Further reading', '## Scale'),
      rename('## Problem statement', '## Notes'),
    ]);
  });

  it('re-parses only the section an edit is in', () => {
    const sections = Array.from({ length: 50 }, (_, i) => `## Section ${i}\n\nText of section ${i}.\n`).join('\n');
    const session = new ParseSession();
    session.parse(sections);
    assert.equal(session.parsedChunks, 50);
    session.parse(sections.replace('Text of section 20.', 'Text of section 20, edited.'));
    assert.equal(session.parsedChunks, 1);
    session.parse(sections.replace('Text of section 20.', 'Text of section 20, edited.'));
    assert.equal(session.parsedChunks, 0);
  });

  it('has no cliff: a doc of 7,000 distinct sections re-parses none of them when unchanged', () => {
    const text = Array.from({ length: 7000 }, (_, i) => `## S${i}\n\nLine ${i}.\n`).join('\n');
    const session = new ParseSession();
    session.parse(text);
    assert.equal(session.parsedChunks, 7000);
    session.parse(`Intro.\n\n${text}`); // everything moves down two lines
    assert.equal(session.parsedChunks, 1);
  });

  it('forgets its trees when disposed, and parses afresh after that', () => {
    const session = new ParseSession();
    session.parse('# A\n\ntext\n');
    assert.ok(session.size > 0);
    session.dispose();
    assert.equal(session.size, 0);
    session.parse('# A\n\ntext\n');
    assert.equal(session.parsedChunks, 1);
  });
});

describe('shared parse cache', () => {
  /** Runs `run` with the shared cache emptied and given `budget`, then puts the default budget back. */
  const withCacheBudget = (budget: number, run: () => void) => {
    setParseCacheBudget(budget);
    try {
      clearParseCache();
      run();
    } finally {
      setParseCacheBudget(DEFAULT_PARSE_CACHE_BYTES);
    }
  };
  const section = (i: number) => `## Section ${i}\n\n${'Some words about the system. '.repeat(10)}${i}\n`;

  it('keeps nothing while suspended, and gets its budget back when the last of overlapping runs ends', () => {
    withCacheBudget(DEFAULT_PARSE_CACHE_BYTES, () => {
      parseMarkdown(section(1));
      assert.ok(parseCacheBytes() > 0);
      const first = suspendParseCache();
      assert.equal(parseCacheBytes(), 0, 'suspending drops what was kept');
      const second = suspendParseCache();
      first();
      first(); // a second release of the same run counts once
      parseMarkdown(section(2));
      assert.equal(parseCacheBytes(), 0, 'still suspended: the other run has not ended');
      second();
      parseMarkdown(section(3));
      assert.ok(parseCacheBytes() > 0, 'the budget is back');
      assert.equal(setParseCacheBudget(DEFAULT_PARSE_CACHE_BYTES), DEFAULT_PARSE_CACHE_BYTES);
    });
  });

  it('stays within its byte budget however many distinct sections it has seen', () => {
    const budget = 1024 * 1024;
    withCacheBudget(budget, () => {
      let seen = 0;
      for (let doc = 0; doc < 20; doc++) {
        const text = Array.from({ length: 20 }, (_, i) => section(doc * 100 + i)).join('\n');
        seen += text.length;
        lint(text, OPTIONS);
      }
      assert.ok(seen * 14 > 1.5 * budget, 'the test feeds more than the budget');
      assert.ok(parseCacheBytes() <= budget, `${parseCacheBytes()} bytes held`);
      assert.ok(parseCacheBytes() > budget / 2, 'the cache is used up to its budget');
    });
  });

  it('does not let a document bigger than the whole cache flush it, and still serves it what it holds', () => {
    const budget = 64 * 1024;
    withCacheBudget(budget, () => {
      const small = Array.from({ length: 3 }, (_, i) => section(i)).join('\n');
      lint(small, OPTIONS);
      const held = parseCacheBytes();
      assert.ok(held > 0, 'a small doc is kept');
      // Its trees would need several times the budget: in-order re-lints of it could never hit.
      const big = Array.from({ length: 200 }, (_, i) => section(1000 + i)).join('\n') + '\n' + small;
      assert.ok(big.length * 14 > 2 * budget);
      const first = lint(big, OPTIONS);
      assert.equal(parseCacheBytes(), held, 'the big doc added nothing and evicted nothing');
      assert.deepEqual(lint(big, OPTIONS), first, 'and it lints the same each time');
      clearParseCache();
      assert.deepEqual(lint(big, OPTIONS), first, 'as with an empty cache');
    });
  });
});

describe('open documents in the language server', () => {
  it('keep parse sessions and models within a shared budget, the last linted always kept, and rebuild a released model as it was', () => {
    const linter = new DocumentLinter();
    const settings = { ...DEFAULT_SETTINGS, designDocs: 'all' as const };
    const docs = ['a', 'b', 'c'].map((name) => [`untitled:${name}.md`, minimalFullDoc(name.toUpperCase(), 'AUC 0.9.') + 'x'.repeat(300)] as const);
    linter.budgetChars = 2 * docs[0]![1].length + 10; // two of the three docs
    const lints = docs.map(([uri, text]) => linter.lint(uri, text, settings, true));
    assert.deepEqual(linter.heldUris, [docs[1]![0], docs[2]![0]], 'the least recently linted lets go first');
    // Released: rebuilt from its text and options, the same model as a cold build.
    assert.deepEqual(lints[0]!.model, prepareDocument(docs[0]![1], { config: { rules: settings.rules }, force: true }).model);
    // A document bigger than the whole budget keeps its session while it is the one being linted.
    const big = minimalFullDoc('Big', 'AUC 0.9.') + 'y'.repeat(linter.budgetChars);
    linter.lint('untitled:big.md', big, settings, true);
    assert.deepEqual(linter.heldUris, ['untitled:big.md']);
    linter.close('untitled:big.md');
    assert.deepEqual(linter.heldUris, []);
  });
});
