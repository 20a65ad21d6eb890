// The engine's pipeline pieces: parsing in chunks, heading matching, suppressions, detection,
// profile choice, and isolation of a rule that throws.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import { buildDocumentModel, ConfigError, lint, lintModel, parseConfigText, RULES, type RuleDefinition } from '../server/src/engine/index.js';
import { normaliseHeading } from '../server/src/engine/model/headings.js';
import { parseMarkdown, splitIntoChunks } from '../server/src/engine/parse.js';
import { minimalFullDoc } from './helpers.js';

const FULL_DOC = minimalFullDoc('Title', 'AUC 0.9.');

function stripPositions(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(stripPositions);
  if (node && typeof node === 'object') {
    return Object.fromEntries(Object.entries(node).filter(([k]) => k !== 'position').map(([k, v]) => [k, stripPositions(v)]));
  }
  return node;
}

describe('parsing in chunks', () => {
  const tricky = [
    '---', 'title: x', '# not a heading: a YAML comment', '---', '', '# Title', '', 'Intro.', '',
    '```', '# inside a fence', '```', '', '<!--', '# inside a comment', '-->', '', '## Data', '', '- item',
    '  # heading inside the item', '', '> quote', '# after quote', '', '| a | b |', '|---|---|', '| 1 | 2 |', '',
    '<pre>', '# in pre', '</pre>', '', 'Setext', '======', '', '~~~~', '# tilde fence', '~~~~', '# last',
  ].join('\n');

  it('splits only at top-level headings outside fences, comments, raw HTML and front matter', () => {
    const starts = splitIntoChunks(tricky).map((c) => c.text.split('\n')[0]);
    assert.deepEqual(starts, ['---', '# Title', '## Data', '# after quote', '# last']);
  });

  it('gives the same tree and the same positions as parsing the whole text at once', () => {
    const whole = fromMarkdown(tricky, {
      extensions: [gfm(), frontmatter(['yaml', 'toml'])],
      mdastExtensions: [gfmFromMarkdown(), frontmatterFromMarkdown(['yaml', 'toml'])],
    });
    const chunked = parseMarkdown(tricky);
    assert.deepEqual(stripPositions(chunked.children), stripPositions(whole.children));
    assert.deepEqual(chunked.children.map((n) => n.position), whole.children.map((n) => n.position));
  });

  it('handles empty text and text without a trailing newline', () => {
    assert.deepEqual(parseMarkdown('').children, []);
    assert.equal(parseMarkdown('# a\ntext').children.length, 2);
  });
});

describe('heading normalisation', () => {
  const cases: Array<[string, string]> = [
    ['1. Problem Statement', 'problem statement'],
    ['4.5 Model', 'model'],
    ['§ 3 Data', 'data'],
    ['IV. Rollout plan', 'rollout plan'],
    ['🚀 Rollout', 'rollout'],
    ['Risks <a name="r"></a>', 'risks'],
    ['Trade-offs {#tradeoffs}', 'tradeoffs'],
    ['Success Metrics (ML + Business KPIs)', 'success metrics'],
    ['Risks & Mitigations:', 'risks and mitigations'],
    ['Non-Goals', 'nongoals'],
    ['Privacy/Ethics', 'privacy and ethics'],
  ];
  for (const [raw, expected] of cases) {
    it(`"${raw}" -> "${expected}"`, () => assert.equal(normaliseHeading(raw), expected));
  }
});

describe('document model', () => {
  it('builds the section tree and marks the lone first H1 as the title', () => {
    const doc = buildDocumentModel('# T\n\n## A\n\ntext\n\n### A1\n\n## B\n');
    assert.equal(doc.headings[0]!.isTitle, true);
    assert.deepEqual(doc.sectionRoot.children.map((s) => s.heading!.text), ['T']);
    assert.deepEqual(doc.sectionRoot.children[0]!.children.map((s) => s.heading!.text), ['A', 'B']);
    assert.deepEqual(doc.sectionRoot.children[0]!.children[0]!.children.map((s) => s.heading!.text), ['A1']);
  });

  it('maps table cells and list items with their positions', () => {
    const doc = buildDocumentModel('| Risk | Impact |\n|---|---|\n| Drift | High |\n\n- one\n- two **bold**\n');
    assert.deepEqual(doc.tables[0]!.header.map((c) => c.text), ['Risk', 'Impact']);
    assert.deepEqual(doc.tables[0]!.rows[0]!.cells.map((c) => [c.text, c.range.start.line]), [['Drift', 3], ['High', 3]]);
    assert.deepEqual(doc.listItems.map((i) => [i.text, i.range.start.line]), [['one', 5], ['two bold', 6]]);
  });

  it('reads front matter and reports broken YAML instead of throwing', () => {
    assert.deepEqual(buildDocumentModel('---\nprofile: interview\n---\n# x\n').frontMatter?.data, { profile: 'interview' });
    const broken = buildDocumentModel('---\nprofile: [unclosed\n---\n# x\n').frontMatter;
    assert.equal(broken?.data, null);
    assert.ok(broken?.error);
  });
});

describe('suppression comments', () => {
  const doc = (body: string) => `---\nmldoc: true\n---\n${body}`;
  const placeholders = (text: string) => lint(text).diagnostics.filter((d) => d.ruleId === 'placeholder-text').map((d) => d.range.start.line);

  it('disable-next-line silences that line only', () => {
    assert.deepEqual(placeholders(doc('<!-- mldoc-disable-next-line placeholder-text -->\nTBD\n\nTBD\n')), [7]);
  });
  it('a directive may give a reason after " -- "; the reason names no rule', async () => {
    assert.deepEqual(placeholders(doc('<!-- mldoc-disable-next-line placeholder-text -- kept on purpose -->\nTBD\n\nTBD\n')), [7]);
    const { parseDirectives } = await import('../server/src/engine/suppressions.js');
    const at = { start: { line: 1, column: 1 }, end: { line: 1, column: 60 } };
    const parsed = (value: string) => parseDirectives([{ value, range: at }] as never)
      .map(({ kind, rules, line, reason }) => ({ kind, rules, line, reason }));
    assert.deepEqual(parsed('<!-- mldoc-disable-next-line placeholder-text -- kept -- on purpose -->'),
      [{ kind: 'disable-next-line', rules: ['placeholder-text'], line: 1, reason: 'kept -- on purpose' }]);
    assert.deepEqual(parsed('<!-- mldoc-disable -- whole appendix is quoted -->'),
      [{ kind: 'disable', rules: ['*'], line: 1, reason: 'whole appendix is quoted' }]);
  });
  it('disable and enable bracket a region; other rules keep reporting', () => {
    const text = doc('TBD\n\n<!-- mldoc-disable placeholder-text -->\nTBD\n<!-- mldoc-enable placeholder-text -->\n\nTBD\n');
    assert.deepEqual(placeholders(text), [4, 10]);
  });
  it('disable-file with no ids silences every rule', () => {
    assert.deepEqual(lint(doc('<!-- mldoc-disable-file -->\n\nTBD\n')).diagnostics, []);
  });
  it('names several rules at once', () => {
    const text = doc('<!-- mldoc-disable-file placeholder-text, required-section -->\n\nTBD\n');
    assert.deepEqual(lint(text).diagnostics.map((d) => d.ruleId).filter((id) => id === 'placeholder-text' || id === 'required-section'), []);
  });
});

describe('design-doc detection and profiles', () => {
  it('detects a doc whose headings match the full profile', () => {
    const result = lint(FULL_DOC);
    assert.equal(result.isDesignDoc, true);
    assert.deepEqual(result.diagnostics.filter((d) => d.ruleId === 'required-section'), []);
  });
  it('leaves out a library README', () => {
    const readme = '# lib\n\n## Overview\nx\n\n## Installation\nx\n\n## Usage\nx\n\n## Model\nx\n\n## Data\nx\n\n## Metrics\nx\n';
    const result = lint(readme);
    assert.equal(result.isDesignDoc, false);
    assert.match(result.detectionReason, /README/);
    assert.deepEqual(result.diagnostics, []);
  });
  it('front matter opts in and picks the profile', () => {
    const result = lint('---\nprofile: requirements\n---\n# T\n\n## Problem statement\nx\n');
    assert.equal(result.isDesignDoc, true);
    assert.equal(result.profile, 'requirements');
    assert.deepEqual(result.diagnostics.filter((d) => d.ruleId === 'required-section').map((d) => d.message.split('.')[0]), [
      'Missing required section: success metrics',
      'Missing required section: constraints',
      'Missing required section: out of scope',
      'Missing required section: risks and alternatives',
    ]);
  });
  it('a "Non-goals:" paragraph counts as the out-of-scope section', () => {
    const result = lint('---\nprofile: requirements\n---\n# T\n\n## Problem\nx\n\nNon-goals: real-time scoring.\n');
    assert.ok(!result.diagnostics.some((d) => d.message.includes('out of scope')));
  });
  it('reports an unknown front-matter profile and falls back to full', () => {
    const result = lint('---\nprofile: nope\n---\n# T\n');
    assert.equal(result.profile, 'full');
    assert.ok(result.diagnostics.some((d) => d.message.startsWith('Unknown profile "nope"') && d.range.start.line === 1));
  });
  it('front matter wins over the caller\'s profile, which wins over config', () => {
    assert.equal(lint('---\nprofile: interview\n---\n', { profileOverride: 'requirements' }).profile, 'interview');
    assert.equal(lint('# x', { force: true, profileOverride: 'requirements', config: { profile: 'interview' } }).profile, 'requirements');
    assert.equal(lint('# x', { force: true, config: { profile: 'interview' } }).profile, 'interview');
  });
  it('config severities change or turn off rules', () => {
    const text = '---\nmldoc: true\n---\n# T\n\nTBD\n';
    const warn = lint(text, { config: { rules: { 'required-section': 'off', 'placeholder-text': 'error' } } });
    assert.deepEqual(warn.diagnostics.map((d) => [d.ruleId, d.severity]), [['placeholder-text', 'error']]);
  });
});

describe('robustness', () => {
  const inputs = ['', '\n\n', '# Only\n## Headings\n### Here\n', '| a |\n|---|\n', '---\n---\n', '```\nunclosed fence', '<!--', '\u0000\u0001', '# '.repeat(500)];
  for (const input of inputs) {
    it(`every rule survives ${JSON.stringify(input.slice(0, 20))}`, () => {
      const result = lint(input, { force: true });
      assert.ok(!result.diagnostics.some((d) => d.message.startsWith('Internal error')), JSON.stringify(result.diagnostics));
    });
  }

  it('a rule that throws becomes one diagnostic and the others still run', () => {
    const broken: RuleDefinition = {
      id: 'broken-rule', description: 'throws', defaultSeverity: 'warning', tags: [], fixable: false,
      check() { throw new Error('boom'); },
    };
    const doc = buildDocumentModel('# T\n\nTBD\n');
    const result = lintModel(doc, { force: true }, [broken, ...RULES]);
    const internal = result.diagnostics.filter((d) => d.ruleId === 'broken-rule');
    assert.equal(internal.length, 1);
    assert.match(internal[0]!.message, /Internal error in rule "broken-rule".*boom/);
    assert.ok(result.diagnostics.some((d) => d.ruleId === 'placeholder-text'));
  });
});

describe('source map of prose', () => {
  it('maps text after escapes, entities, code spans and list continuation lines back to the source', async () => {
    const { blockOffsetAt } = await import('../server/src/engine/model/document.js');
    const text = '- a \\_b\\_ &amp; `code` TBD\n  next line TBD\n';
    const doc = buildDocumentModel(text);
    const block = doc.blocks[0]!;
    for (const needle of ['TBD', 'next', 'code', 'b']) {
      let from = 0;
      for (;;) {
        const index = block.text.indexOf(needle, from);
        if (index < 0) break;
        const offset = blockOffsetAt(block, index);
        assert.equal(text.slice(offset, offset + needle.length), needle, `"${needle}" at ${index}`);
        from = index + 1;
      }
    }
  });
});

describe('section matching', () => {
  it('matches a heading that speaks of success anywhere as the success metrics', () => {
    const doc = '---\nmldoc: true\n---\n# T\n\n## What we consider a successful pilot\n\nx\n';
    assert.ok(!lint(doc).diagnostics.some((d) => d.message.startsWith('Missing required section: success metrics')));
  });
});

describe('structural fixes', () => {
  it('empty-section inserts the section prompt under the heading, and only that finding goes', async () => {
    const { applyFix } = await import('./helpers.js');
    for (const text of ['---\nmldoc: true\n---\n# T\n\n## Data requirements\n\n## Model\nTrees.\n', '---\nmldoc: true\n---\n# T\n\n## Model\nTrees.\n\n## Data requirements', '---\nmldoc: true\n---\n# T\n\n## Model\nTrees.\n\n## Data requirements\n']) {
      const before = lint(text).diagnostics;
      const finding = before.find((d) => d.ruleId === 'empty-section');
      assert.ok(finding?.fix, JSON.stringify(before));
      const fixed = applyFix(text, finding.fix);
      assert.match(fixed, /## Data requirements\n\n\[Data sources/);
      const after = lint(fixed).diagnostics;
      assert.ok(!after.some((d) => d.ruleId === 'empty-section'), fixed);
      const others = (ds: typeof before) => ds.filter((d) => d.ruleId !== 'empty-section' && d.ruleId !== 'placeholder-text').map((d) => d.message);
      assert.deepEqual(others(after), others(before));
    }
  });
});

describe('severity by document status', () => {
  const doc = (status: string) => `---\nmldoc: true\nstatus: ${status}\n---\n# T\n\n## Problem statement\nx\n\n## Data\n`;
  const severities = (text: string, config = {}) => [...new Set(lint(text, { config }).diagnostics
    .filter((d) => d.ruleId === 'required-section' || d.ruleId === 'empty-section').map((d) => `${d.ruleId}:${d.severity}`))].sort();

  it('a draft shows missing and empty sections as information, a doc in review as errors', () => {
    assert.deepEqual(severities(doc('draft')), ['empty-section:info', 'required-section:info']);
    assert.deepEqual(severities(doc('Review')), ['empty-section:error', 'required-section:error']);
    assert.deepEqual(severities(doc('approved')), ['empty-section:warning', 'required-section:error']);
  });

  it('config replaces a status entry, and a rule turned off stays off', () => {
    assert.deepEqual(severities(doc('draft'), { status: { draft: { 'required-section': 'warning' } } }), ['empty-section:warning', 'required-section:warning']);
    assert.deepEqual(severities(doc('review'), { rules: { 'empty-section': 'off' } }), ['required-section:error']);
  });

  it('the config file validates status entries with their line', () => {
    assert.throws(() => parseConfigText('{\n  "status": {\n    "draft": { "nope": "info" }\n  }\n}', 'x.json', 'json'),
      (e: unknown) => e instanceof ConfigError && e.line === 3 && e.key === 'status.draft.nope');
  });
});
