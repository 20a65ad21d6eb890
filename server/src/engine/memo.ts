// Facts computed once and reused while a document is edited: strings that keep no more memory than
// their own, and facts of model pieces that last as long as the pieces (every piece of an unchanged
// section is carried over from one model to the next).
import { activeGeneration } from './vocab/overlay.js';

/**
 * A copy of `text` that shares no memory with the string it was cut from. A slice of a long string
 * keeps the whole of it alive, and a kept key or tree must not keep the whole document text of the
 * version it came from.
 */
export function detached(text: string): string {
  // Concatenation makes a new string, flattened into fresh memory on first read; the slice of it
  // shares that memory only (the text's own size), not the original's.
  return text.length < 16 ? text : (' ' + text).slice(1);
}

/** Where a piece keeps its facts: a property no one enumerates (models are compared whole in tests). */
const FACTS = Symbol('mldoc.facts');

/**
 * A piece's facts: one slot per perPiece fact, then the vocabulary generation they were computed with.
 * An array of exactly that length (not one grown slot by slot, which V8 over-allocates): a 100,000-line
 * doc has ~50,000 blocks.
 */
type PieceFacts = unknown[];

/** Slots handed out to perPiece facts, one each. */
let slots = 0;

/**
 * A fact of a model piece (a block, a list item), computed once per piece. With a parse session, the
 * pieces of a section whose text did not change are the same objects from one model to the next, so
 * such a fact is computed once per distinct section text while a document is edited; it lives as long
 * as its piece. The fact must depend on nothing but the piece's text (no positions, no other pieces),
 * and is shared: never mutate it.
 *
 * The facts sit on the piece itself, in a slot per fact: an edit reads some ten facts of each of a
 * document's thousand blocks, and a WeakMap lookup per read cost ~1 ms per keystroke on a 1,500-line doc.
 * They are kept for one vocabulary at a time: reading a piece's fact under another (a document's config
 * `vocabulary` on one side, none on the other) drops all its facts. Read pieces inside the lint's
 * `withVocabulary`, as the rules do, or pay for recomputing them on the next lint.
 */
export function perPiece<K extends object, T>(compute: (piece: K) => T): (piece: K) => T {
  const slot = slots++;
  return (piece) => {
    // Facts may depend on the vocabulary, which a config can change while the pieces stay the same.
    const generation = activeGeneration();
    let facts = (piece as { [FACTS]?: PieceFacts })[FACTS];
    if (facts === undefined || facts[slots] !== generation) {
      // Every perPiece exists once its module has loaded, so `slots` is final by the time a fact is read.
      facts = new Array<unknown>(slots + 1).fill(undefined);
      facts[slots] = generation;
      Object.defineProperty(piece, FACTS, { value: facts, writable: true, enumerable: false, configurable: true });
    }
    let fact = facts[slot] as T | undefined;
    if (fact === undefined) {
      fact = compute(piece);
      facts[slot] = fact;
    }
    return fact;
  };
}
