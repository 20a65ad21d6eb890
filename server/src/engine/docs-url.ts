// The one place a rule's documentation address is made from its id. The rule pages ship in the
// package (docs/rules/<id>.md); without a configured base URL a finding points at the bundled page.

// The engine is type-checked without Node's types; import.meta.url is standard in ES modules.
declare global {
  interface ImportMeta { url: string }
}

/**
 * The file: URL of the bundled docs/rules/ folder, found from where this module runs: the compiled
 * engine (out/server/src/engine/), the CLI bundle (out/cli/), the server bundle (out/lsp/) or a bundle in dist/. Undefined when the engine was bundled
 * elsewhere by a third party and the package layout is unknown.
 */
function findBundledDocsBase(): string | undefined {
  const match = /^(file:\/\/.*\/)(?:out\/server\/src\/engine\/[^/]+|out\/cli\/[^/]+|out\/lsp\/[^/]+|dist\/[^/]+)$/.exec(import.meta.url);
  return match ? `${match[1]}docs/rules/` : undefined;
}

/** Where the rule pages are when no docs base URL is configured: the copy inside the package. */
export const BUNDLED_DOCS_BASE_URL: string | undefined = findBundledDocsBase();

/**
 * The default base: the bundled pages (a file: URL), or the package-relative folder `docs/rules/`
 * when the package layout is unknown. Never a site the project does not own.
 */
export const DEFAULT_DOCS_BASE_URL: string = BUNDLED_DOCS_BASE_URL ?? 'docs/rules/';

export function ruleDocsUrl(ruleId: string, base: string = DEFAULT_DOCS_BASE_URL): string {
  return `${base.endsWith('/') ? base : base + '/'}${ruleId}.md`;
}
