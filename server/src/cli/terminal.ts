// Control characters (ANSI escapes, carriage returns, bidi overrides) from a document or a file name
// must not reach the terminal: shown as visible escapes instead, whatever --color says.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const LINE_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const escapeChar = (char: string) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** One field of output (a message, a path): every control character escaped, line breaks too. */
export function terminalSafe(text: string): string {
  return text.replace(CONTROL, escapeChar);
}

/** Lines of output: control characters escaped, line breaks and tabs kept. */
export function terminalSafeLines(text: string): string {
  return text.replace(LINE_CONTROL, escapeChar);
}
