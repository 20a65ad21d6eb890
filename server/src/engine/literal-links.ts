// Bare URLs and e-mail addresses in text ("https://example.com", "www.example.com", "a@b.org"): GFM
// makes them links ("autolink literals"). The parser does not look for them: GFM's extension tries an
// address at the start of every word and walks the whole tree again, together about a third of the
// parse, for text only the placeholder rule and heading links read. The model finds them here instead,
// in the text of paragraphs, headings and cells, by the rules the GFM spec gives for them:
//   - a URL starts with "http://", "https://" or "www." after the start of the text, white space or
//     punctuation, and runs to white space or "<"; its domain needs a dot after "www.", and no
//     underscore in its last two labels;
//   - trailing punctuation ends the sentence, not the URL, except a ")" that closes a "(" inside it;
//   - an address is letters, digits and ". _ + -" before "@", a domain with a dot after it that ends
//     in a letter (a "mailto:" or "xmpp:" before it stays text, as GFM's link text is the address).
// test/literal-links.test.ts compares the result with a full GFM parse of the same paragraphs.

/** One link found in a text: [start, end) in the text. */
export type LiteralLink = readonly [number, number];

// Cheap test first: no "://", "www." nor "@" means no link (most text).
const MAYBE_LINK = /:\/\/|www\.|@/i;

const URL_START = /(?:https?:\/\/|www\.)/gi;
const LOCAL_PART = /[A-Za-z0-9._+-]/;
const DOMAIN_CHAR = /[A-Za-z0-9_-]/;
// A URL's domain may be in any script ("https://пример.рф"); an address's is ASCII.
const URL_DOMAIN_CHAR = /[\p{L}\p{N}_-]/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
// Characters that end a sentence after a URL rather than belong to it.
const TRAILING = new Set(['.', ',', ':', ';', '!', '?', '"', "'", '*', '_', '~']);

/** Whether a link may start after this character: the start of the text, white space or punctuation. */
function opensAfter(char: string | undefined): boolean {
  return char === undefined || !/[\p{L}\p{N}]/u.test(char);
}

function countOf(text: string, char: string): number {
  let n = 0;
  for (const c of text) if (c === char) n++;
  return n;
}

/** The length of a URL candidate once what ends the sentence is cut off its end. */
function trimmedLength(url: string): number {
  let end = url.length;
  for (;;) {
    const last = url[end - 1];
    if (last !== undefined && TRAILING.has(last)) end--;
    else if (last === ')' && countOf(url.slice(0, end), ')') > countOf(url.slice(0, end), '(')) end--;
    else if (last === ']') end--;
    else if (last === ';' || (last === '&')) end--;
    else return end;
  }
}

/** The domain of a URL (after its scheme, up to a path, query, fragment or port) is one GFM links. */
function domainOk(domain: string, needsDot: boolean): boolean {
  if (domain === '' || !LETTER_OR_DIGIT.test(domain[0]!)) return false;
  for (const char of domain) if (!URL_DOMAIN_CHAR.test(char) && char !== '.') return false;
  const labels = domain.split('.');
  if (needsDot && labels.length < 2) return false;
  return !labels.slice(-2).some((label) => label.includes('_'));
}

function findUrls(text: string, found: Array<[number, number]>): void {
  for (const start of text.matchAll(URL_START)) {
    const at = start.index;
    if (!opensAfter(text[at - 1])) continue;
    let end = at;
    while (end < text.length && !/[\s<]/.test(text[end]!)) end++;
    const candidate = text.slice(at, end);
    const www = /^www\./i.test(candidate);
    const afterScheme = www ? candidate : candidate.slice(candidate.indexOf('//') + 2);
    const domain = afterScheme.split(/[/?#:]/)[0]!.replace(/[.,;:!?]+$/, '');
    if (!domainOk(domain, www)) continue;
    const length = trimmedLength(candidate);
    if (length > (www ? 4 : candidate.indexOf('//') + 2)) found.push([at, at + length]);
  }
}

function findAddresses(text: string, found: Array<[number, number]>): void {
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && LOCAL_PART.test(text[start - 1]!)) start--;
    let end = at + 1;
    while (end < text.length && (DOMAIN_CHAR.test(text[end]!) || (text[end] === '.' && DOMAIN_CHAR.test(text[end + 1] ?? '')))) end++;
    const domain = text.slice(at + 1, end);
    if (start === at || !domain.includes('.') || !/[A-Za-z]$/.test(domain)) continue;
    if (!opensAfter(text[start - 1]) && !/[/:]/.test(text[start - 1]!)) continue;
    found.push([start, end]);
  }
}

/**
 * The bare URLs and addresses in a text, in order. `before` is the character code just before the text
 * in the document (NaN at its start): a URL glued to a word is not one.
 */
export function literalLinks(text: string, before = Number.NaN): LiteralLink[] {
  if (!MAYBE_LINK.test(text)) return [];
  const prefixed = Number.isNaN(before) ? text : String.fromCharCode(before) + text;
  const shift = prefixed.length - text.length;
  const found: Array<[number, number]> = [];
  findUrls(prefixed, found);
  findAddresses(prefixed, found);
  // An address inside a URL ("https://a.org/u@b.org") belongs to the URL.
  found.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const links: LiteralLink[] = [];
  let reached = 0;
  for (const [start, end] of found) {
    if (start < reached || start < shift) continue;
    links.push([start - shift, end - shift]);
    reached = end;
  }
  return links;
}
