// What stands between a hostile or unlucky document and the engine: size and nesting limits
// checked before the parser runs, and a document that still makes the parser or the model throw
// (stack depth, a bug) becomes one finding for that file instead of taking the run down.
import { ruleDocsUrl } from './docs-url.js';
import { countLines, lineBreakEnds } from './text.js';
import { buildDocumentModel, type DocumentModel } from './model/document.js';
import type { ParseSession } from './parse.js';
import type { Diagnostic, DocumentLimits, LintOptions } from './types.js';
import { withVocabulary } from './vocab/overlay.js';

/** Findings the engine itself reports (not rules): each has a docs page like a rule. */
export const ENGINE_FINDINGS = {
  'internal-error': 'The document could not be checked because mldoc failed on it.',
  'document-limit': 'The document is larger, longer or more deeply nested than mldoc checks.',
  'front-matter': 'The front matter is not valid YAML, so its settings (profile, status) are ignored.',
} as const;
export type EngineFindingId = keyof typeof ENGINE_FINDINGS;

export const DEFAULT_LIMITS: DocumentLimits = { maxChars: 5_000_000, maxLines: 100_000, maxDepth: 100, maxEmphasisMarkers: 5_000 };

const WHOLE_FIRST_LINE = { start: { line: 1, column: 1 }, end: { line: 1, column: 2 } };

export function engineFinding(id: EngineFindingId, message: string, options: LintOptions,
  range = WHOLE_FIRST_LINE): Diagnostic {
  return { ruleId: id, severity: 'error', message, range, docsUrl: ruleDocsUrl(id, options.docsBaseUrl) };
}


/**
 * An upper estimate of how deeply containers nest, from line prefixes alone: each `>` and each list
 * marker opens a level, and a nested list needs at least two more columns of indent per level.
 * Cheap (one pass, no parse), so it can run before a parser that slows down with depth.
 */
export function estimateNestingDepth(text: string): number {
  let deepest = 0;
  const nextLine = lineBreakEnds(text);
  let i = 0;
  while (i < text.length) {
    let depth = 0;
    let columns = 0;
    for (;;) {
      const char = text[i];
      if (char === ' ') columns++;
      else if (char === '\t') columns += 4 - (columns % 4);
      else if (char === '>' || ((char === '-' || char === '*' || char === '+') && (text[i + 1] === ' ' || text[i + 1] === '\t'))) {
        depth++;
        if (text[i + 1] === ' ') i++; // the space after a marker belongs to the marker
      } else break;
      i++;
    }
    depth += Math.floor(columns / 2);
    if (depth > deepest) deepest = depth;
    // Next line: after the next \n, \r\n or lone \r at or after i.
    let start = nextLine();
    while (start !== -1 && start <= i) start = nextLine();
    if (start === -1) break;
    i = start;
  }
  return deepest;
}

/**
 * The most `*` and `_` characters in one paragraph (text between blank lines): the parser pairs
 * emphasis markers in time that grows with the square of their number in a paragraph.
 */
export function maxEmphasisMarkers(text: string): number {
  let most = 0;
  let count = 0;
  let lineHasText = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || code === 13) {
      if (!lineHasText) count = 0; // a blank line ends the paragraph
      lineHasText = false;
      continue;
    }
    if (code !== 32 && code !== 9) lineHasText = true;
    if (code === 42 || code === 95) {
      count++;
      if (count > most) most = count;
    }
  }
  return most;
}

/** How many `*` and `_` the text has, counting no further than one past `atMost`. */
function markerCount(text: string, atMost: number): number {
  let count = 0;
  for (const marker of ['*', '_']) {
    for (let i = text.indexOf(marker); i !== -1 && count <= atMost; i = text.indexOf(marker, i + 1)) count++;
  }
  return count;
}

/** Why a document is beyond the limits, or null. */
export function limitProblem(text: string, limits: Partial<DocumentLimits> | undefined): string | null {
  const { maxChars, maxLines, maxDepth, maxEmphasisMarkers: maxMarkers } = { ...DEFAULT_LIMITS, ...limits };
  const raise = 'Raise `limits` in the mldoc config to check it anyway.';
  if (text.length > maxChars) {
    return `Document not checked: it has ${text.length.toLocaleString('en-US')} characters, more than the limit of ${maxChars.toLocaleString('en-US')}. ${raise}`;
  }
  // A text has at most one line more than it has characters: count only when that could be too many.
  const lines = text.length + 1 > maxLines ? countLines(text) : 0;
  if (lines > maxLines) {
    return `Document not checked: it has ${lines.toLocaleString('en-US')} lines, more than the limit of ${maxLines.toLocaleString('en-US')}. ${raise}`;
  }
  const depth = estimateNestingDepth(text);
  if (depth > maxDepth) {
    return `Document not checked: lists or quotes nest about ${depth} levels deep, more than the limit of ${maxDepth}. ${raise}`;
  }
  // No paragraph has more markers than the whole text: look per paragraph only when that could be too many.
  const markers = markerCount(text, maxMarkers) > maxMarkers ? maxEmphasisMarkers(text) : 0;
  if (markers > maxMarkers) {
    return `Document not checked: one paragraph has ${markers.toLocaleString('en-US')} emphasis markers (* or _), more than the limit of ${maxMarkers.toLocaleString('en-US')}. ${raise}`;
  }
  return null;
}

export interface PreparedDocument {
  text: string;
  model: DocumentModel;
  /** Set when the document could not be modelled; `model` is then an empty document. */
  failure: Diagnostic | null;
}

/**
 * Builds the document model, or the one finding that says why it could not be built. With a session
 * (one per open document), sections whose text did not change since its last parse are not re-parsed.
 */
export function prepareDocument(text: string, options: LintOptions = {}, session?: ParseSession): PreparedDocument {
  const problem = limitProblem(text, options.config?.limits);
  if (problem) return { text, model: buildDocumentModel(''), failure: engineFinding('document-limit', problem, options) };
  try {
    return { text, model: withVocabulary(options.config?.vocabulary, () => buildDocumentModel(text, session)), failure: null };
  } catch (error) {
    const message = error instanceof RangeError
      ? 'Document not checked: it is too deeply nested for the Markdown parser (it ran out of stack). Flatten the deepest lists or quotes.'
      : `Document not checked: mldoc failed on it (${error instanceof Error ? error.message : String(error)}). Please report this with the document.`;
    return { text, model: buildDocumentModel(''), failure: engineFinding('internal-error', message, options) };
  }
}
