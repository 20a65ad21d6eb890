// Bare URLs and e-mail addresses in text ("https://example.com", "www.example.com", "a@b.org"): GFM
// makes them links ("autolink literals"). The parser does not look for them: the micromark extension
// tries an e-mail at the start of every word and its mdast transform walks the whole tree again,
// together about a third of the parse, for text only the placeholder rule and heading links read.
// The model finds them here instead, in the text of paragraphs, headings and cells, with the rules of
// mdast-util-gfm-autolink-literal's transform (the same expressions, tried in the same order).
//
// What differs from a GFM parse: markup inside a bare URL is read as markup (the "_x_" of
// "https://a.org/_x_/" is emphasis, not part of the link), as it is in CommonMark; and the URL rules
// see text with escapes and entities already decoded ("&amp;" is "&"). Over 847 Markdown files
// (55,000 blocks) the text and the links found were the same as with GFM's autolink literals.

/** One link found in a text: [start, end) in the text. */
export type LiteralLink = readonly [number, number];

// Cheap test first: no "://", "www." nor "@" means no link (most text).
const MAYBE_LINK = /:\/\/|www\.|@/i;

const URL = /(?<![\da-z])(https?:\/\/|www(?=\.))([\w-]*\.[\w\-.]*)([^\t\n\r ]*)/gi;
const XMPP = /(?<![\w+\-.@])xmpp:([\w+\-.]+)@([\w-]+(?:\.[\w-]+)+)(\/(?:[\w\-/]|\.(?=[\dA-Za-z]))*)?/g;
const MAILTO = /(?<![\w+\-.@])mailto:([\w+\-.]+)@([\w-]+(?:\.[\w-]+)+)/g;
const EMAIL = /(?<![\w+\-.]|(?:^|[^\d@A-Za-z])(?:mailto|xmpp):)([\w+\-.]+)@([\w-]+(?:\.[\w-]+)+)/g;

const PUNCTUATION = /\p{P}|\p{S}/u;
const WHITESPACE = /\s/;

function isPunctuation(code: number): boolean {
  return !Number.isNaN(code) && PUNCTUATION.test(String.fromCharCode(code));
}

/** The link's length in `input` at `index`, or 0 when the match is not a link after all. */
type Check = (match: RegExpExecArray) => number;

/** The character before a URL: start of text, white space or punctuation. */
function urlMayStartAt(match: RegExpExecArray): boolean {
  const code = match.input.charCodeAt(match.index - 1);
  return match.index === 0 || WHITESPACE.test(String.fromCharCode(code)) || isPunctuation(code);
}

/** The last two labels of a domain have letters or digits and no underscore. */
function isDomain(domain: string): boolean {
  const parts = domain.split('.');
  if (parts.length < 2) return false;
  for (const part of [parts[parts.length - 1], parts[parts.length - 2]]) {
    if (part && (part.includes('_') || !/[\dA-Za-z]/.test(part))) return false;
  }
  return true;
}

// Trailing punctuation that ends a sentence rather than the URL: ! " & ' ) , . : ; < > ? ] }
const TRAILING = new Set([33, 34, 38, 39, 41, 44, 46, 58, 59, 60, 62, 63, 93, 125]);

function count(text: string, char: string): number {
  let n = 0;
  for (let i = text.indexOf(char); i !== -1; i = text.indexOf(char, i + 1)) n++;
  return n;
}

/** The length of `url` once trailing punctuation is cut (closing parentheses that balance one in it stay). */
function urlLength(url: string): number {
  let index = url.length;
  while (index > 0 && TRAILING.has(url.charCodeAt(index - 1))) index--;
  if (index === url.length) return url.length;
  let kept = url.slice(0, index);
  let trail = url.slice(index);
  let closing = trail.indexOf(')');
  const opening = count(kept, '(');
  let closed = count(kept, ')');
  while (closing !== -1 && opening > closed) {
    kept += trail.slice(0, closing + 1);
    trail = trail.slice(closing + 1);
    closing = trail.indexOf(')');
    closed++;
  }
  return kept.length;
}

const checkUrl: Check = (match) => {
  if (!urlMayStartAt(match)) return 0;
  const protocol = match[1]!;
  const www = /^w/i.test(protocol);
  const domain = www ? protocol + match[2]! : match[2]!;
  if (isPunctuation(domain.charCodeAt(0)) || !isDomain(domain)) return 0;
  return (www ? 0 : protocol.length) + urlLength(domain + match[3]!);
};

const checkXmpp: Check = (match) => {
  const resource = match[3];
  if (/[\d\-_]$/.test(match[2]!)) return 0;
  if (resource && (!/[A-Za-z]$/.test(resource) || match.input.charAt(match.index + match[0].length) === '@')) return 0;
  return match[0].length;
};

const checkAddress: Check = (match) => (/[\d\-_]$/.test(match[2]!) ? 0 : match[0].length);

const PASSES: ReadonlyArray<readonly [RegExp, Check]> = [[URL, checkUrl], [XMPP, checkXmpp], [MAILTO, checkAddress], [EMAIL, checkAddress]];

// Before the transform, the micromark extension reads "http://", "https://" and "www." URLs as it
// tokenizes; its rules differ from the transform's at the edges (it takes "http://localhost:8080/x",
// which has no dot; it ends a URL before "*x*" trails and entity references). The functions below
// follow its states character by character.

function isSpace(code: number): boolean {
  return Number.isNaN(code) || WHITESPACE.test(String.fromCharCode(code));
}

function isAsciiAlpha(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

// ! " ' ) * , . : ; ? _ ~
const TRAIL_PUNCTUATION = new Set([33, 34, 39, 41, 42, 44, 46, 58, 59, 63, 95, 126]);

/** Whether what starts at `at` is trailing punctuation that ends a URL (then white space, "<" or the end). */
function endsInTrail(text: string, at: number): boolean {
  let i = at;
  for (;;) {
    const code = text.charCodeAt(i);
    if (TRAIL_PUNCTUATION.has(code)) {
      i++;
    } else if (code === 38) { // "&": a character reference, "&amp;"
      i++;
      if (!isAsciiAlpha(text.charCodeAt(i))) return false;
      while (isAsciiAlpha(text.charCodeAt(i))) i++;
      if (text.charCodeAt(i) !== 59) return false;
      i++;
    } else if (code === 93) { // "]"
      i++;
      const next = text.charCodeAt(i);
      if (Number.isNaN(next) || next === 40 || next === 91 || isSpace(next)) return true;
    } else {
      return code === 60 || isSpace(code);
    }
  }
}

/** The end of a domain starting at `at`, or -1 when it is no domain (an underscore in its last two labels, or empty). */
function domainEnd(text: string, at: number): number {
  let underscoreInLast = false;
  let underscoreInLastButOne = false;
  let seen = false;
  let i = at;
  for (;;) {
    const code = text.charCodeAt(i);
    if (code === 46 || code === 95) {
      if (endsInTrail(text, i)) break;
      if (code === 95) underscoreInLast = true;
      else {
        underscoreInLastButOne = underscoreInLast;
        underscoreInLast = false;
      }
      i++;
    } else if (isSpace(code) || (code !== 45 && isPunctuation(code))) {
      break;
    } else {
      seen = true;
      i++;
    }
  }
  return underscoreInLast || underscoreInLastButOne || !seen ? -1 : i;
}

// ! " & ' ) * , . : ; < ? ] _ ~
const PATH_PUNCTUATION = new Set([33, 34, 38, 39, 41, 42, 44, 46, 58, 59, 60, 63, 93, 95, 126]);

/** The end of a URL's path starting at `at` (possibly empty). */
function pathEnd(text: string, at: number): number {
  let opened = 0;
  let closed = 0;
  let i = at;
  for (;;) {
    const code = text.charCodeAt(i);
    if (code === 40) {
      opened++;
    } else if (code === 41 && closed < opened) {
      closed++;
    } else if (PATH_PUNCTUATION.has(code)) {
      if (endsInTrail(text, i)) return i;
      if (code === 41) closed++;
    } else if (isSpace(code)) {
      return i;
    }
    i++;
  }
}

const PROTOCOL = /https?:\/\//iy;
const WWW = /www\./iy;

/** The end of the URL micromark reads at `at`, or -1. `before`: the character code before it. */
function tokenizedUrlEnd(text: string, at: number, before: number): number {
  PROTOCOL.lastIndex = at;
  if (PROTOCOL.test(text)) {
    if (isAsciiAlpha(before)) return -1;
    const start = PROTOCOL.lastIndex;
    const code = text.charCodeAt(start);
    if (Number.isNaN(code) || code < 32 || code === 127 || isSpace(code) || isPunctuation(code)) return -1;
    const end = domainEnd(text, start);
    return end === -1 ? -1 : pathEnd(text, end);
  }
  WWW.lastIndex = at;
  if (WWW.test(text) && WWW.lastIndex < text.length) {
    // After the start of the text, white space or one of ( * _ [ ] ~ only.
    if (!(Number.isNaN(before) || isSpace(before) || [40, 42, 95, 91, 93, 126].includes(before))) return -1;
    const end = domainEnd(text, at);
    return end === -1 ? -1 : pathEnd(text, end);
  }
  return -1;
}

function isAsciiAlphanumeric(code: number): boolean {
  return isAsciiAlpha(code) || (code >= 48 && code <= 57);
}

/** A character of an address's local part: letters, digits, + - . _ */
function isAtext(code: number): boolean {
  return code === 43 || code === 45 || code === 46 || code === 95 || isAsciiAlphanumeric(code);
}

/** The end of the address micromark reads at `at` (its local part starts there), or -1. */
function tokenizedAddressEnd(text: string, at: number, before: number): number {
  if (before === 47 || isAtext(before)) return -1; // not after "/" nor inside a word
  let i = at;
  while (isAtext(text.charCodeAt(i))) i++;
  if (i === at || text.charCodeAt(i) !== 64) return -1;
  i++;
  let data = false;
  let dot = false;
  for (;;) {
    const code = text.charCodeAt(i);
    if (code === 46 && isAsciiAlphanumeric(text.charCodeAt(i + 1))) {
      dot = true;
      i++;
    } else if (code === 45 || code === 95 || isAsciiAlphanumeric(code)) {
      data = true;
      i++;
    } else {
      break;
    }
  }
  return data && dot && isAsciiAlpha(text.charCodeAt(i - 1)) ? i : -1;
}

// Where micromark tries a link: "http", "www" and the start of an address's local part before "@".
const LINK_START = /https?:\/\/|www\.|[\w+\-.]+@/gi;

/** The links micromark reads in a text, left to right (none after an unclosed "[": it may open a link label). */
function tokenizedLinks(text: string, before: number): LiteralLink[] {
  const links: LiteralLink[] = [];
  LINK_START.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = LINK_START.exec(text))) {
    const at = match.index;
    const previous = at === 0 ? before : text.charCodeAt(at - 1);
    let end = -1;
    if (text.lastIndexOf('[', at) <= text.lastIndexOf(']', at)) {
      // An address is tried first (micromark does so at every letter), then a URL.
      end = tokenizedAddressEnd(text, at, previous);
      if (end === -1 && !match[0].endsWith('@')) end = tokenizedUrlEnd(text, at, previous);
    }
    if (end > at) {
      links.push([at, end]);
      LINK_START.lastIndex = end;
    } else {
      LINK_START.lastIndex = at + 1;
    }
  }
  return links;
}

/**
 * The links in one text, in order: the URLs micromark reads, then the transform's expressions, each
 * over the text the earlier ones left outside links, piece by piece (as the transform runs over text
 * nodes). `before`: the code of the character before the text in the document (NaN at its start).
 */
export function literalLinks(text: string, before = Number.NaN): LiteralLink[] {
  if (!MAYBE_LINK.test(text)) return [];
  let links = tokenizedLinks(text, before);
  for (const [pattern, check] of PASSES) {
    const next: LiteralLink[] = [];
    let from = 0;
    const scan = (to: number) => {
      if (to > from) {
        const piece = text.slice(from, to);
        pattern.lastIndex = 0;
        let match: RegExpExecArray | null;
        while ((match = pattern.exec(piece))) {
          const length = check(match);
          if (length === 0) {
            pattern.lastIndex = match.index + 1;
            continue;
          }
          next.push([from + match.index, from + match.index + length]);
          // The transform goes on after the whole match, even when the link is shorter.
        }
      }
    };
    for (const link of links) {
      scan(link[0]);
      next.push(link);
      from = link[1];
    }
    scan(text.length);
    links = next.sort((a, b) => a[0] - b[0]);
  }
  return links;
}
