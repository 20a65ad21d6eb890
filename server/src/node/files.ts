// Turns the CLI's path arguments into Markdown files: files as given, folders walked recursively
// (skipping node_modules, .git and .gitignored paths, and reporting symlink loops), and globs.
import fs from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import picomatch from 'picomatch';
import { decodeMarkdown } from './decode.js';

export { decodeMarkdown, UnreadableTextError } from './decode.js';

export interface FoundFile {
  path: string; // absolute
  /** Named on the command line (or matched by a glob there), so always linted. */
  explicit: boolean;
}

export interface FileProblem {
  path: string;
  message: string;
}

const MARKDOWN = /\.(md|markdown)$/i;
const SKIPPED_DIRS = new Set(['node_modules', '.git']);
const GLOB_CHARS = /[*?[\]{}!]/;

interface IgnoreScope {
  dir: string;
  rules: Ignore;
}

function readGitignore(dir: string): IgnoreScope | null {
  const file = path.join(dir, '.gitignore');
  try {
    return { dir, rules: ignore().add(fs.readFileSync(file, 'utf8')) };
  } catch {
    return null;
  }
}

function isIgnored(scopes: IgnoreScope[], absolute: string, isDir: boolean): boolean {
  for (const scope of scopes) {
    const relative = path.relative(scope.dir, absolute).split(path.sep).join('/');
    if (!relative || relative.startsWith('..')) continue;
    if (scope.rules.ignores(isDir ? `${relative}/` : relative)) return true;
  }
  return false;
}

/** The .gitignore files of the folders above `dir`, up to the enclosing git repository's root. */
function ancestorScopes(dir: string): IgnoreScope[] {
  const scopes: IgnoreScope[] = [];
  let current = path.dirname(dir);
  for (;;) {
    const scope = readGitignore(current);
    if (scope) scopes.unshift(scope);
    if (fs.existsSync(path.join(current, '.git'))) break;
    const parent = path.dirname(current);
    if (parent === current) break;
    current = parent;
  }
  return scopes;
}

export class FileCollector {
  readonly files: FoundFile[] = [];
  readonly problems: FileProblem[] = [];
  private readonly seen = new Set<string>();

  add(file: string, explicit: boolean): void {
    const absolute = path.resolve(file);
    if (this.seen.has(absolute)) return;
    this.seen.add(absolute);
    this.files.push({ path: absolute, explicit });
  }

  /** Expands one command-line argument. */
  collect(arg: string, cwd: string = process.cwd()): void {
    const absolute = path.resolve(cwd, arg);
    let stat: fs.Stats | null = null;
    try {
      stat = fs.statSync(absolute);
    } catch (error) {
      if (GLOB_CHARS.test(arg)) {
        this.collectGlob(arg, cwd);
        return;
      }
      const code = (error as NodeJS.ErrnoException).code;
      this.problems.push({ path: absolute, message: code === 'ENOENT' ? 'no such file or directory' : `cannot read: ${code}` });
      return;
    }
    if (stat.isDirectory()) {
      this.walk(absolute, ancestorScopes(absolute), [fs.realpathSync(absolute)], () => true, false);
    } else {
      this.add(absolute, true);
    }
  }

  private collectGlob(pattern: string, cwd: string): void {
    const scan = picomatch.scan(pattern);
    const base = path.resolve(cwd, scan.base || '.');
    const isMatch = picomatch(pattern, { dot: false });
    const before = this.files.length;
    if (fs.existsSync(base)) {
      this.walk(base, ancestorScopes(base), [fs.realpathSync(base)], (file) => {
        const relative = path.isAbsolute(pattern) ? file : path.relative(cwd, file).split(path.sep).join('/');
        return isMatch(relative);
      }, true);
    }
    if (this.files.length === before) this.problems.push({ path: pattern, message: 'no files match this pattern' });
  }

  private walk(dir: string, scopes: IgnoreScope[], realAncestors: string[], accept: (file: string) => boolean, explicit: boolean): void {
    const own = readGitignore(dir);
    const active = own ? [...scopes, own] : scopes;
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      this.problems.push({ path: dir, message: `cannot read folder: ${(error as NodeJS.ErrnoException).code}` });
      return;
    }
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          const target = fs.statSync(full);
          isDir = target.isDirectory();
          isFile = target.isFile();
        } catch {
          continue; // a dangling link is nothing to lint
        }
      }
      if (isDir) {
        if (SKIPPED_DIRS.has(entry.name) || isIgnored(active, full, true)) continue;
        const real = fs.realpathSync(full);
        if (realAncestors.includes(real)) {
          this.problems.push({ path: full, message: `directory loop: links back to ${real}` });
          continue;
        }
        this.walk(full, active, [...realAncestors, real], accept, explicit);
      } else if (isFile && MARKDOWN.test(entry.name) && !isIgnored(active, full, false) && accept(full)) {
        this.add(full, explicit);
      }
    }
  }
}

/**
 * Reads a Markdown file as UTF-8 text, dropping a byte-order mark (editors hide it, so positions
 * would be off by one). UTF-16, binary and invalid UTF-8 files are refused with a message that says so.
 */
export function readMarkdownFile(file: string): string {
  return decodeMarkdown(fs.readFileSync(file));
}
