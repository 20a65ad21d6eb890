// The folder that SARIF URIs and GitHub annotation paths are relative to: --root, else the GitHub
// workspace in Actions, else the enclosing git repository's root, else the current folder.
import fs from 'node:fs';
import path from 'node:path';

export function findRepositoryRoot(cwd: string, env: NodeJS.ProcessEnv): string {
  if (env.GITHUB_WORKSPACE) return path.resolve(env.GITHUB_WORKSPACE);
  let current = path.resolve(cwd);
  for (;;) {
    if (fs.existsSync(path.join(current, '.git'))) return current; // a folder, or a file in a worktree
    const parent = path.dirname(current);
    if (parent === current) return path.resolve(cwd);
    current = parent;
  }
}

/** A path relative to the root with forward slashes, or null when the file is outside the root. */
export function relativeToRoot(root: string, file: string): string | null {
  const relative = path.relative(root, file);
  if (relative.startsWith('..') || path.isAbsolute(relative)) return null;
  return relative.split(path.sep).join('/');
}
