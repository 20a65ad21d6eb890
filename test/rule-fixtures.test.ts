// Every rule has fixtures in test/fixtures/rules/<rule-id>/:
//   bad.md + bad.json   the findings of that rule, as [[line, "message fragment"?], ...]
//   good.md             close calls that must produce no finding of that rule
// Documents are linted with force: true so the detection step does not hide findings.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { lint, RULES } from '../server/src/engine/index.js';
import { FIXTURES } from './helpers.js';

const RULE_FIXTURES = path.join(FIXTURES, 'rules');

type Expectation = [number, string?];

function findingsOf(ruleId: string, text: string) {
  return lint(text, { force: true }).diagnostics.filter((d) => d.ruleId === ruleId);
}

describe('rule fixtures', () => {
  for (const rule of RULES) {
    const dir = path.join(RULE_FIXTURES, rule.id);
    describe(rule.id, () => {
      it('has bad.md, bad.json and good.md fixtures', () => {
        for (const name of ['bad.md', 'bad.json', 'good.md']) {
          assert.ok(fs.existsSync(path.join(dir, name)), `missing ${path.relative(FIXTURES, path.join(dir, name))}`);
        }
      });
      if (!fs.existsSync(path.join(dir, 'bad.md'))) return;

      it('reports exactly the expected lines in bad.md', () => {
        const text = fs.readFileSync(path.join(dir, 'bad.md'), 'utf8');
        const expected = JSON.parse(fs.readFileSync(path.join(dir, 'bad.json'), 'utf8')) as Expectation[];
        const actual = findingsOf(rule.id, text);
        assert.ok(expected.length > 0, 'bad.json must expect at least one finding');
        assert.deepEqual(actual.map((d) => d.range.start.line), expected.map(([line]) => line),
          `findings: ${JSON.stringify(actual.map((d) => [d.range.start.line, d.message]), null, 1)}`);
        expected.forEach(([, fragment], index) => {
          if (fragment) assert.match(actual[index]!.message, new RegExp(fragment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i'));
        });
      });

      it('reports nothing in good.md', () => {
        const text = fs.readFileSync(path.join(dir, 'good.md'), 'utf8');
        const actual = findingsOf(rule.id, text);
        assert.deepEqual(actual.map((d) => [d.range.start.line, d.message]), []);
      });
    });
  }

  it('has no fixture folder for a rule that does not exist', () => {
    const ids = new Set(RULES.map((r) => r.id));
    for (const name of fs.readdirSync(RULE_FIXTURES)) assert.ok(ids.has(name), `fixtures for unknown rule ${name}`);
  });
});
