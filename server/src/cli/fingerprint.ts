// Fingerprints of findings that survive lines moving: the rule, what the finding is about (its
// message, with line numbers taken out) and the text of the line it points at, plus an ordinal
// among identical ones. Used by the baseline and by SARIF partialFingerprints.
import { createHash } from 'node:crypto';
import type { Diagnostic } from '../engine/index.js';

function normalise(text: string): string {
  return text.replace(/\b(lines?|rows?) \d+(?:\s*(?:-|–|and|to)\s*\d+)?/gi, '$1 #').replace(/\s+/g, ' ').trim();
}

/** One fingerprint per diagnostic, in the same order. `text` is the document the findings are about. */
export function fingerprints(text: string, diagnostics: readonly Pick<Diagnostic, 'ruleId' | 'message' | 'range'>[]): string[] {
  const lines = text.split(/\r?\n/);
  const seen = new Map<string, number>();
  return diagnostics.map((d) => {
    const about = `${d.ruleId}\u0000${normalise(d.message)}\u0000${normalise(lines[d.range.start.line - 1] ?? '')}`;
    const hash = createHash('sha256').update(about).digest('hex').slice(0, 16);
    const ordinal = seen.get(hash) ?? 0;
    seen.set(hash, ordinal + 1);
    return `${hash}:${ordinal}`;
  });
}
