// The mldoc.ignore setting: globs, relative to the document's workspace folder, of Markdown files that
// are never linted. Pure (no Node APIs), so the web worker's server uses it too.
import picomatch from 'picomatch';

const matchers = new Map<string, (path: string) => boolean>();

/** The path of a URI relative to the workspace folder containing it (or its whole path when none does). */
export function relativeToFolder(uri: string, folderUris: readonly string[]): string {
  const folder = folderUris.map((f) => f.replace(/\/$/, '')).filter((f) => uri.startsWith(`${f}/`)).sort((a, b) => b.length - a.length)[0];
  const rest = folder ? uri.slice(folder.length + 1) : uri.replace(/^[a-z][\w+.-]*:\/*/i, '');
  try {
    return decodeURIComponent(rest.replace(/[?#].*$/, ''));
  } catch {
    return rest;
  }
}

export function isIgnored(uri: string, folderUris: readonly string[], globs: readonly string[]): boolean {
  if (globs.length === 0) return false;
  const key = JSON.stringify(globs);
  let matcher = matchers.get(key);
  if (!matcher) matchers.set(key, (matcher = picomatch([...globs], { dot: true })));
  return matcher(relativeToFolder(uri, folderUris));
}
