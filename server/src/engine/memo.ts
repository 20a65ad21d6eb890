// Facts that depend only on a piece of text (a paragraph's words, a block's placeholders) computed once
// per distinct text and reused: while a document is edited, every paragraph but the one typed in has a
// text seen at the previous keystroke. Bounded by the characters of the texts kept, least recently used
// first out, and shared by every document.

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
 * A memo of a pure function of a string. The values are shared between callers and documents: never
 * mutate one. `budget` counts the characters of the texts kept (values are assumed about as large).
 */
export class TextMemo<T> {
  private readonly entries = new Map<string, T>();
  private chars = 0;

  constructor(private readonly compute: (text: string) => T, private readonly budget = 1_500_000) {}

  get(text: string): T {
    const hit = this.entries.get(text);
    if (hit !== undefined) {
      this.entries.delete(text); // most recently used last
      this.entries.set(text, hit);
      return hit;
    }
    const value = this.compute(text);
    if (text.length > this.budget) return value;
    this.entries.set(detached(text), value);
    this.chars += text.length;
    if (this.chars > this.budget) {
      // Down to 90% at once, so that a full memo does not evict on every miss.
      for (const key of this.entries.keys()) {
        if (this.chars <= this.budget * 0.9) break;
        this.entries.delete(key);
        this.chars -= key.length;
      }
    }
    return value;
  }

  /** Characters of the texts kept. */
  get size(): number {
    return this.chars;
  }

  clear(): void {
    this.entries.clear();
    this.chars = 0;
  }
}
