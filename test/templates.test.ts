// The template source feeds snippets, quick fixes, the scaffold and placeholder-text: check that
// each template is well formed, that expanded with its defaults it provides its section without a
// structural finding, and that the generated snippets file is current.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { BUILT_IN_PROFILES, lint } from '../server/src/engine/index.js';
import { buildSnippets } from '../server/src/engine/snippets.js';
import { expandDefaults, TEMPLATES, templateById } from '../server/src/engine/templates.js';
import { ROOT } from './helpers.js';

const STRUCTURAL = new Set(['required-section', 'empty-section']);

describe('templates', () => {
  it('have unique "mldoc-" prefixes', () => {
    const prefixes = TEMPLATES.map((t) => t.prefix);
    assert.equal(new Set(prefixes).size, prefixes.length);
    for (const prefix of prefixes) assert.match(prefix, /^mldoc-[a-z-]+$/);
  });

  for (const template of TEMPLATES) {
    it(`${template.prefix}: tab stops are unique and in reading order, with no example numbers`, () => {
      const stops = template.body.flatMap((line) => [...line.matchAll(/\$\{(\d+)[:|]/g)].map((m) => Number(m[1])));
      assert.deepEqual(stops, [...stops].sort((a, b) => a - b), 'reading order');
      assert.equal(new Set(stops).size, stops.length, 'each tab stop once');
      for (const m of template.body.join('\n').matchAll(/\$\{\d+:([^}]*)\}/g)) {
        assert.match(m[1]!, /^\[[^\]]+\]$/, `default "${m[1]}" is a bracketed prompt, not a value`);
      }
    });
  }

  for (const template of TEMPLATES.filter((t) => t.kind === 'section')) {
    it(`section ${template.id}, expanded, provides its section with no structural finding and is flagged as unfilled`, () => {
      const profile = Object.values(BUILT_IN_PROFILES).find((p) => p.sections.some((s) => s.id === template.id))!;
      const text = `---\nprofile: ${profile.name}\n---\n# T\n\n${expandDefaults(template.body)}\n`;
      const findings = lint(text).diagnostics;
      const spec = profile.sections.find((s) => s.id === template.id)!;
      assert.ok(!findings.some((d) => d.ruleId === 'required-section' && d.message.startsWith(`Missing required section: ${spec.title}.`)), 'section provided');
      assert.deepEqual(findings.filter((d) => d.ruleId === 'empty-section').map((d) => d.message), []);
      assert.ok(findings.some((d) => d.ruleId === 'placeholder-text'), 'the prompt is flagged until filled in');
    });
  }

  for (const template of TEMPLATES.filter((t) => t.kind === 'block')) {
    it(`block ${template.id}, expanded, lints without a crash and flags its prompts`, () => {
      const findings = lint(`---\nmldoc: true\n---\n# T\n\n## Notes\n\n${expandDefaults(template.body)}\n`).diagnostics;
      assert.ok(!findings.some((d) => d.message.startsWith('Internal error')));
      assert.ok(findings.some((d) => d.ruleId === 'placeholder-text'));
    });
  }

  for (const profile of Object.keys(BUILT_IN_PROFILES)) {
    it(`the ${profile} scaffold has only the findings of an unfilled draft`, () => {
      const findings = lint(expandDefaults(templateById(`doc-${profile}`).body)).diagnostics;
      const structural = findings.filter((d) => STRUCTURAL.has(d.ruleId));
      assert.deepEqual(structural.map((d) => d.message), []);
      const others = findings.filter((d) => d.ruleId !== 'placeholder-text' && !/placeholder/.test(d.message));
      assert.deepEqual(others.map((d) => `${d.ruleId}: ${d.message}`), []);
      assert.ok(findings.filter((d) => d.ruleId === 'placeholder-text').length >= 5);
    });
  }

  it('placeholder-text recognises a template prompt with or without its brackets', () => {
    const prompt = templateById('problem-statement').body[2]!.replace(/^\$\{1:\[|\]\}$/g, '');
    for (const written of [`[${prompt}]`, prompt]) {
      const findings = lint(`---\nmldoc: true\n---\n# T\n\n## Problem statement\n\n${written}\n`).diagnostics;
      assert.ok(findings.some((d) => d.ruleId === 'placeholder-text' && d.range.start.line === 8), written);
    }
  });

  it('ships the snippets generated from the templates (run `npm run gen` after changing them)', () => {
    const committed = JSON.parse(fs.readFileSync(path.join(ROOT, 'snippets', 'mldoc.code-snippets'), 'utf8'));
    assert.deepEqual(committed, buildSnippets());
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    assert.deepEqual(pkg.contributes.snippets, [{ language: 'markdown', path: './snippets/mldoc.code-snippets' }]);
  });
});
