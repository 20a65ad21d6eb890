// The editor's report says which rules did not judge the document and why (never a silent skip).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lintModel } from '../server/src/engine/lint.js';
import { buildDocumentModel } from '../server/src/engine/model/document.js';
import { BUILT_IN_PROFILES } from '../server/src/engine/profiles.js';
import { buildReport, buildReportData } from '../server/src/lsp/report.js';
import { readFixture } from './helpers.js';

describe('report: what was not judged', () => {
  it('lists the rules that declined a Russian doc, with the reason, and finds sections as the rules do', () => {
    const model = buildDocumentModel(readFixture('language', 'itmo-ru.md'));
    const result = lintModel(model, { force: true });
    const data = buildReportData('file:///doc.md', model, result, BUILT_IN_PROFILES.full!);
    assert.equal(data.language, 'ru');
    assert.ok(data.skipped.some((s) => s.ruleId === 'rollback-plan' && /Russian/.test(s.reason)));
    const markdown = buildReport('file:///doc.md', model, result, BUILT_IN_PROFILES.full!);
    assert.match(markdown, /## Not judged[\s\S]*`rollback-plan`: the document reads as Russian/);
    // "3. Подготовка пилота" is the rollout plan for required-section, and so for the report.
    assert.ok(data.sections.find((s) => s.title === 'rollout plan')?.at, JSON.stringify(data.sections.map((s) => [s.title, s.at])));
  });

  it('has no such part when every rule judged the doc', () => {
    const model = buildDocumentModel(readFixture('language', 'itmo-en.md'));
    const result = lintModel(model, { force: true });
    const skippedByLanguage = result.skipped.filter((s) => /reads as Russian/.test(s.reason));
    assert.deepEqual(skippedByLanguage, []);
  });
});
