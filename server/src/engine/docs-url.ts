// The one place a rule's documentation address is made from its id.
export const DEFAULT_DOCS_BASE_URL = 'https://github.com/mldoc/mldoc/blob/main/docs/rules/';

export function ruleDocsUrl(ruleId: string, base: string = DEFAULT_DOCS_BASE_URL): string {
  return `${base.endsWith('/') ? base : base + '/'}${ruleId}.md`;
}
