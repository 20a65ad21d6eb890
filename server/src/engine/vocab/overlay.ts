// A team's own words, from config `vocabulary`: entries added to or removed from the built-in vocabulary
// for one lint. A lint runs synchronously, so the engine makes the config's overlay the active one for the
// length of a lint (`withVocabulary`) and the vocabulary readers (cues, metric names, placeholder words,
// section words) compile what they need once per distinct overlay.

/** Words to add to and remove from one vocabulary entry. */
export interface WordChanges {
  add?: string[];
  remove?: string[];
}

/** The `vocabulary` key of a config file. */
export interface VocabularyOverlay {
  /** Heading phrases (and labels) of a built-in section, by section id ("rollout-plan"). */
  sections?: Record<string, WordChanges>;
  /** Phrases of a named cue ("vague-speed"), in the cue notation of vocab/<language>/cues.yaml. */
  cues?: Record<string, WordChanges>;
  /** Metric names, offline (computed from labels) and online (business, measured in production). */
  metrics?: { offline?: WordChanges; online?: WordChanges };
  /** Template leftovers: markers ("TBD") and phrases ("to be determined"). */
  placeholders?: { markers?: WordChanges; phrases?: WordChanges };
}

interface Active {
  overlay: VocabularyOverlay | null;
  /** The same number for overlays with the same content; 0 for the built-in vocabulary alone. */
  generation: number;
}

const KEPT_GENERATIONS = 8;
const BUILT_IN: Active = { overlay: null, generation: 0 };
let active: Active = BUILT_IN;
const generationsByContent = new Map<string, number>();
const generationsByObject = new WeakMap<VocabularyOverlay, number>();

/** The overlay's generation, read once per overlay object; an empty `vocabulary: {}` is the built-in one (0). */
function generationOf(overlay: VocabularyOverlay): number {
  let generation = generationsByObject.get(overlay);
  if (generation === undefined) {
    const content = JSON.stringify(overlay);
    generation = content === '{}' ? 0 : generationsByContent.get(content);
    if (generation === undefined) {
      generation = generationsByContent.size + 1;
      generationsByContent.set(content, generation);
    }
    generationsByObject.set(overlay, generation);
  }
  return generation;
}

/** Runs `run` with the overlay as the active vocabulary, then restores the one before (calls nest). */
export function withVocabulary<T>(overlay: VocabularyOverlay | undefined, run: () => T): T {
  const before = active;
  const generation = overlay ? generationOf(overlay) : 0;
  active = generation === 0 ? BUILT_IN : { overlay: overlay!, generation };
  try {
    return run();
  } finally {
    active = before;
  }
}

/** The active overlay, or null when the built-in vocabulary is used as it is. */
export function activeOverlay(): VocabularyOverlay | null {
  return active.overlay;
}

/** The built-in words with an entry's changes applied: removed words go (compared by `key`), added ones come last. */
export function applyChanges(words: readonly string[], changes: WordChanges | undefined, key: (word: string) => string = (w) => w.toLowerCase()): string[] {
  if (!changes) return [...words];
  const removed = new Set((changes.remove ?? []).map(key));
  const kept = words.filter((word) => !removed.has(key(word)));
  const seen = new Set(kept.map(key));
  for (const word of changes.add ?? []) {
    if (!seen.has(key(word))) {
      seen.add(key(word));
      kept.push(word);
    }
  }
  return kept;
}

/** The active vocabulary's generation: the same number for overlays with the same content, 0 for the built-in one. */
export function activeGeneration(): number {
  return active.generation;
}

/**
 * A value built from the vocabulary, built once per distinct active vocabulary (the built-in one is
 * built at most once, as a module-level constant would be).
 */
export function perVocabulary<T>(build: (overlay: VocabularyOverlay | null) => T): () => T {
  const built = new Map<number, T>();
  return () => {
    const generation = active.generation;
    let value = built.get(generation);
    if (value === undefined) {
      value = build(active.overlay);
      // Each config edit in an editor may make a new overlay: keep the few latest and the built-in one.
      if (built.size >= KEPT_GENERATIONS) built.delete([...built.keys()].find((g) => g !== 0)!);
      built.set(generation, value);
    }
    return value;
  };
}
