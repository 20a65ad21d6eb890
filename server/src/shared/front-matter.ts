// Setting one key of a document's YAML front matter as a minimal edit (used by "Select profile").
// Pure: returns the edit; editors apply it. Lines are 0-based here, as in LSP and VS Code.

export interface LineEdit {
  startLine: number;
  endLine: number; // exclusive; equal to startLine for an insertion
  text: string;
}

export function setFrontMatterKey(text: string, key: string, value: string): LineEdit {
  const lines = text.split('\n');
  const entry = `${key}: ${value}`;
  if (lines[0]?.trim() === '---') {
    const close = lines.findIndex((line, i) => i > 0 && (line.trim() === '---' || line.trim() === '...'));
    if (close > 0) {
      const existing = lines.slice(1, close).findIndex((line) => new RegExp(`^${key}\\s*:`).test(line));
      if (existing >= 0) return { startLine: existing + 1, endLine: existing + 2, text: `${entry}\n` };
      return { startLine: close, endLine: close, text: `${entry}\n` };
    }
  }
  return { startLine: 0, endLine: 0, text: `---\n${entry}\n---\n\n` };
}
