// "Select profile" writes one front-matter key as a minimal edit.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { setFrontMatterKey, type LineEdit } from '../server/src/shared/front-matter.js';

function apply(text: string, edit: LineEdit): string {
  const lines = text.split('\n');
  const before = lines.slice(0, edit.startLine).join('\n');
  const after = lines.slice(edit.endLine).join('\n');
  return (edit.startLine > 0 ? before + '\n' : '') + edit.text + after;
}

describe('setFrontMatterKey', () => {
  it('replaces an existing key and keeps the rest', () => {
    const text = '---\ntitle: X\nprofile: full\nstatus: draft\n---\n# X\n';
    assert.equal(apply(text, setFrontMatterKey(text, 'profile', 'interview')), '---\ntitle: X\nprofile: interview\nstatus: draft\n---\n# X\n');
  });
  it('adds the key before the closing fence', () => {
    const text = '---\ntitle: X\n---\n# X\n';
    assert.equal(apply(text, setFrontMatterKey(text, 'profile', 'requirements')), '---\ntitle: X\nprofile: requirements\n---\n# X\n');
  });
  it('adds front matter to a doc without any', () => {
    assert.equal(apply('# X\n', setFrontMatterKey('# X\n', 'profile', 'full')), '---\nprofile: full\n---\n\n# X\n');
  });
});
