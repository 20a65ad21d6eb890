// Bytes to Markdown text: UTF-8 only, with a clear refusal for anything else (kept apart from the
// file walker so that reading standard input loads nothing more).
/** A file that is not UTF-8 Markdown text: one clear message instead of linting garbage. */
export class UnreadableTextError extends Error {}

/** Decodes a file's bytes as UTF-8 without its byte-order mark; UTF-16, binary and invalid UTF-8 are refused. */
export function decodeMarkdown(bytes: Uint8Array): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new UnreadableTextError('UTF-16 encoded; mldoc reads UTF-8, so save the file as UTF-8');
  }
  if (bytes.subarray(0, 8192).includes(0)) throw new UnreadableTextError('binary file (it holds NUL bytes), not Markdown text');
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new UnreadableTextError('not valid UTF-8 text; save the file as UTF-8');
  }
}
