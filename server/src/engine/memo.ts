// Facts computed once and reused while a document is edited: strings that keep no more memory than
// their own, and facts of model pieces that last as long as the pieces (every piece of an unchanged
// section is carried over from one model to the next).
import { perVocabulary } from './vocab/overlay.js';

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

/**
 * A fact of a model piece (a block, a list item), computed once per piece. With a parse session, the
 * pieces of a section whose text did not change are the same objects from one model to the next, so
 * such a fact is computed once per distinct section text while a document is edited; it lives as long
 * as its piece. The fact must depend on nothing but the piece's text (no positions, no other pieces),
 * and is shared: never mutate it.
 */
export function perPiece<K extends object, T>(compute: (piece: K) => T): (piece: K) => T {
  // Facts may depend on the vocabulary, which a config can change while the pieces stay the same.
  const factsOf = perVocabulary(() => new WeakMap<K, T>());
  return (piece) => {
    const facts = factsOf();
    let fact = facts.get(piece);
    if (fact === undefined) {
      fact = compute(piece);
      facts.set(piece, fact);
    }
    return fact;
  };
}
