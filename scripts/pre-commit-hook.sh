#!/usr/bin/env bash
# The pre-commit hook (.pre-commit-hooks.yaml): lints the Markdown files pre-commit passes that are
# ML design docs. It runs the project's own mldoc-lint (node_modules/.bin) when there is one, else the
# published release matching this hook's revision through npx. (A "language: node" hook cannot be
# used: pre-commit reads the tarball name from `npm pack` output, which this package's build prints to.)
set -euo pipefail
if [ -x node_modules/.bin/mldoc-lint ]; then
  exec node_modules/.bin/mldoc-lint check --only-design-docs "$@"
fi
hook_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
version="$(node -p 'require(process.argv[1]).version' "$hook_root/package.json")"
exec npx --yes "mldoc-lint@$version" check --only-design-docs "$@"
