// Quantities in prose: "≤ 80 ms", "p99 of 1.2 s", "10K req/s", "2.1M DAU", "+3%", "$40M",
// "50–200 ms". Each number is read with what sits around it (currency, sign, comparator,
// multiplier, unit, range end, percentile) so rules can ask "is this a latency?" and compare values.

import { patternMeanings, patternSource, vocabPattern } from '../vocab/patterns.js';

export type QuantityKind = 'time' | 'rate' | 'share' | 'money' | 'count' | 'size' | 'number';
export type Comparator = '<' | '<=' | '>' | '>=' | '=' | '~';

export interface Quantity {
  text: string; // the matched text, e.g. "≤ 80 ms"
  start: number; // index in the scanned string
  end: number;
  value: number; // as written after K/M/B multipliers: "2.1M DAU" -> 2100000, "60%" -> 60, "1.2 s" -> 1.2
  max?: number; // upper end of a range: "50–200 ms" -> value 50, max 200
  unit: string; // normalised: 'ms','s','min','h','d','%','pp','$','€','£','req/s','users','x','' ...
  kind: QuantityKind;
  ms?: number; // for kind 'time': value in milliseconds
  msMax?: number;
  fraction?: number; // for kind 'share': 60% -> 0.6
  comparator?: Comparator;
  percentile?: string; // 'p99' when the number is tied to p50/p95/p99/p999
  sign?: '+' | '-';
  /** The counted or rated noun as written, lower-cased: "dau", "events", "requests". */
  noun?: string;
  /** For money and rates written per period: "$8K/month" -> 'month'. */
  per?: string;
  /** Where the bare number (without comparator, sign or currency) starts in the scanned string. */
  numberStart: number;
}

// Scientific notation ("1e-3", "2.5E4") is one number, not a 1 followed by "e-3".
const NUMBER = /(?:(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+)(?:[eE][-+]?\d+(?![\w.]))?/g;
const SPACE = '[ \\u00a0\\u2009\\u202f]?';

const MS_PER: Record<string, number> = {
  ns: 1e-6, 'µs': 1e-3, ms: 1, s: 1000, min: 60_000, h: 3_600_000, d: 86_400_000, wk: 604_800_000,
  mo: 2_592_000_000, yr: 31_536_000_000,
};

// Time units: the short forms are case-sensitive ("5 s", not "5 S"), the long forms are not.
const TIME_SHORT = new RegExp(`^${SPACE}(ms|msec|µs|μs|us|ns|secs?|s|mins?|m|hrs?|h|d)(?![\\w/])`);
const TIME_LONG = new RegExp(`^${SPACE}(${patternSource('quantities', 'time-words')})\\b`, 'i');
const TIME_UNIT: Record<string, string> = {
  ms: 'ms', msec: 'ms', 'µs': 'µs', 'μs': 'µs', us: 'µs', ns: 'ns', s: 's', sec: 's', secs: 's',
  m: 'min', min: 'min', mins: 'min', h: 'h', hr: 'h', hrs: 'h', d: 'd',
  ...patternMeanings<string>('quantities', 'time-words'),
};

const PERIOD = `(${patternSource('quantities', 'period')})`;
const PERIOD_UNIT = patternMeanings<string>('quantities', 'period');
const RATE_NOUNS = patternSource('quantities', 'rate-nouns');
const RATE_WITH_NOUN = new RegExp(`^${SPACE}(${RATE_NOUNS})\\s*(?:${patternSource('quantities', 'rate-per')})\\s*${PERIOD}\\b`, 'i');
const RATE_ABBREV = new RegExp(`^${SPACE}(${patternSource('quantities', 'rate-abbreviations')})\\b`, 'i');
const RATE_BARE = new RegExp(`^${SPACE}(?:/\\s*|per\\s+)${PERIOD}\\b`, 'i');
const ABBREV_UNIT = patternMeanings<string>('quantities', 'rate-abbreviations');

const PERCENT = new RegExp(`^${SPACE}(${patternSource('quantities', 'percent-words')})`, 'i');
const SIZE = new RegExp(`^${SPACE}(bytes?|[KMGTP]i?B|[kmgtp]b)(?![\\w/])`);
const TIMES = new RegExp(`^${SPACE}(x|×)(?![\\w])`);
const CURRENCY_SUFFIX = new RegExp(`^${SPACE}(${patternSource('quantities', 'currency-words')})\\b`);
const MONEY_PER = new RegExp(`^\\s*(?:${patternSource('quantities', 'money-per')})${PERIOD}\\b`, 'i');

const COUNT_NOUNS = patternSource('quantities', 'count-nouns');
const COUNT = new RegExp(`^${SPACE}(${COUNT_NOUNS})\\b`, 'i');
const USER_NOUN = vocabPattern('quantities', 'user-nouns');

const MULTIPLIER_ATTACHED = /^(K|k|M|MM|B|bn|mn|T)(?![\w])/;
const MULTIPLIER_WORD = new RegExp(`^${SPACE}(${patternSource('quantities', 'multiplier-words')})\\b`, 'i');
const MULTIPLIER: Record<string, number> = {
  k: 1e3, K: 1e3, M: 1e6, MM: 1e6, m: 1e6, mn: 1e6, B: 1e9, bn: 1e9, T: 1e12,
  ...patternMeanings<number>('quantities', 'multiplier-words'),
};

const COMPARATOR_BEFORE = new RegExp(`(?:(≤|<=|=<|⩽|≦|<|≥|>=|=>|⩾|≧|>|≈|~|∼|=)|\\b(${patternSource('quantities', 'comparator-words')})(?:\\s+of)?\\s*:?)\\s*$`, 'i');
const COMPARATOR_WORD = patternMeanings<Comparator>('quantities', 'comparator-words');
const COMPARATOR_SYMBOL: Record<string, Comparator> = {
  '≤': '<=', '<=': '<=', '=<': '<=', '⩽': '<=', '≦': '<=', '<': '<', '≥': '>=', '>=': '>=', '=>': '>=', '⩾': '>=', '≧': '>=',
  '>': '>', '≈': '~', '~': '~', '∼': '~', '=': '=',
};

// A percentile named before or after a number: group 1 is the number after "p", 2 the ordinal's, 3 "median".
const PERCENTILE = vocabPattern('quantities', 'percentile', 'g');
const PERCENTILE_AFTER = vocabPattern('quantities', 'percentile-after');

const RANGE_SEPARATOR = new RegExp(`^\\s*(–|—|-|to|and)\\s*(?=[$€£]?[.\\d])`);

interface Unit {
  unit: string;
  kind: QuantityKind;
  length: number; // characters consumed after the number (and multiplier)
  noun?: string;
  per?: string;
  multiplierFromUnit?: number;
}

/** The unit right after a number, if any. `after` starts right after the number and its multiplier. */
function readUnit(after: string, hasCurrency: boolean, hasMultiplier: boolean): Unit | null {
  let m: RegExpMatchArray | null;
  if ((m = after.match(PERCENT))) {
    const token = m[1]!.toLowerCase();
    return { unit: token === '%' || token.startsWith('per') ? '%' : 'pp', kind: 'share', length: m[0].length };
  }
  if (hasCurrency) {
    const per = after.match(MONEY_PER);
    return { unit: '', kind: 'money', length: per ? per[0].length : 0, per: per ? PERIOD_UNIT[per[1]!.toLowerCase()] : undefined };
  }
  if ((m = after.match(CURRENCY_SUFFIX))) {
    const word = m[1]!.toLowerCase();
    const unit = word.startsWith('eur') ? '€' : word.startsWith('gbp') || word.startsWith('pound') ? '£' : '$';
    const per = after.slice(m[0].length).match(MONEY_PER);
    return { unit, kind: 'money', length: m[0].length + (per ? per[0].length : 0), per: per ? PERIOD_UNIT[per[1]!.toLowerCase()] : undefined };
  }
  if ((m = after.match(RATE_WITH_NOUN))) {
    const per = PERIOD_UNIT[m[2]!.toLowerCase()]!;
    return { unit: `req/${per}`, kind: 'rate', length: m[0].length, noun: m[1]!.toLowerCase(), per };
  }
  if ((m = after.match(RATE_ABBREV))) {
    const unit = ABBREV_UNIT[m[1]!.toLowerCase()]!;
    return { unit, kind: 'rate', length: m[0].length, noun: m[1]!.toLowerCase(), per: unit.slice(4) };
  }
  if (!hasMultiplier && (m = after.match(TIME_SHORT) ?? after.match(TIME_LONG))) {
    return { unit: TIME_UNIT[m[1]!.toLowerCase()] ?? TIME_UNIT[m[1]!]!, kind: 'time', length: m[0].length };
  }
  if ((m = after.match(RATE_BARE))) {
    const per = PERIOD_UNIT[m[1]!.toLowerCase()]!;
    return { unit: `req/${per}`, kind: 'rate', length: m[0].length, per };
  }
  if (!hasMultiplier && (m = after.match(SIZE))) {
    const unit = m[1]!.startsWith('byte') ? 'B' : m[1]!.toUpperCase().replace('IB', 'iB');
    return { unit, kind: 'size', length: m[0].length };
  }
  if ((m = after.match(COUNT))) {
    const noun = m[1]!.toLowerCase();
    // A rate may still follow the noun: "2M events per day" is read above; "2M users" is a count.
    return { unit: USER_NOUN.test(noun) ? 'users' : noun, kind: 'count', length: m[0].length, noun };
  }
  if ((m = after.match(TIMES))) return { unit: 'x', kind: 'number', length: m[0].length };
  return null;
}

interface Reading {
  value: number;
  multiplier: number;
  unit: Unit | null;
  end: number; // index after the number, multiplier and unit
}

/** Reads the number at `index` (text[index..] starts with digits) with its multiplier and unit. */
function readNumberAt(text: string, index: number, numberText: string, hasCurrency: boolean): Reading {
  let end = index + numberText.length;
  const value = Number(numberText.replace(/,/g, ''));
  let multiplier = 1;
  const rest = text.slice(end, end + 60);
  let m = rest.match(MULTIPLIER_ATTACHED);
  if (m) {
    multiplier = MULTIPLIER[m[1]!]!;
    end += m[0].length;
  } else if ((m = rest.match(/^m(?![\w])/)) && (hasCurrency || COUNT.test(rest.slice(1)) || RATE_WITH_NOUN.test(rest.slice(1)))) {
    multiplier = 1e6; // "5m users", "$5m": million; a bare "5m" is five minutes
    end += 1;
  } else if ((m = rest.match(MULTIPLIER_WORD))) {
    multiplier = MULTIPLIER[m[1]!.toLowerCase()] ?? 1e6;
    end += m[0].length;
  }
  const unit = readUnit(text.slice(end, end + 80), hasCurrency, multiplier !== 1);
  if (unit) end += unit.length;
  return { value: value * multiplier, multiplier, unit, end };
}

function percentileToken(match: RegExpMatchArray): string {
  if (match[3]) return 'p50';
  return `p${match[1] ?? match[2]}`;
}

/** Skips numbers that are parts of identifiers, versions, dates or times of day. */
function isEmbedded(text: string, start: number, numberText: string, afterRangeDash = false): boolean {
  const before = text[start - 1] ?? '';
  const beforeBefore = text[start - 2] ?? '';
  if (/[\p{L}\d_]/u.test(before)) return true; // p99, H100, ResNet50
  if (/[.,:/]/.test(before) && /\d/.test(beforeBefore)) return true; // 1.2.3, 10:30, 1/2
  if (before === '-' && !afterRangeDash && /[\p{L}\d]/u.test(beforeBefore) && !/\bsub-$/i.test(text.slice(Math.max(0, start - 4), start))) return true;
  const after = text.slice(start + numberText.length, start + numberText.length + 8);
  if (/^\.\d/.test(after) || /^[:/]\d/.test(after)) return true; // version or time of day or fraction
  if (/^-\d\d?-\d/.test(after) && /^\d{4}$/.test(numberText)) return true; // ISO date
  if (/^(st|nd|rd|th)\b/i.test(after)) return true; // ordinal
  return false;
}

function toMs(value: number, unit: string): number | undefined {
  const factor = MS_PER[unit];
  return factor === undefined ? undefined : value * factor;
}

/** Every quantity in `text`, in order, not overlapping. */
export function findQuantities(text: string): Quantity[] {
  const found: Quantity[] = [];
  let lastEnd = 0;
  NUMBER.lastIndex = 0;
  for (let match = NUMBER.exec(text); match; match = NUMBER.exec(text)) {
    const numberText = match[0];
    const numberStart = match.index;
    if (numberStart < lastEnd) continue;
    if (isEmbedded(text, numberStart, numberText)) {
      NUMBER.lastIndex = numberStart + numberText.length;
      continue;
    }
    // Section numbering at the start of a heading or item: "6.1 Candidate generation".
    if (/^\s*$/.test(text.slice(0, numberStart)) && /^\d+\.\d+(?:\.\d+)*\.?\s+\p{Lu}/u.test(text.slice(numberStart))) {
      NUMBER.lastIndex = numberStart + numberText.length;
      continue;
    }
    let start = numberStart;
    // Currency and sign right before the number.
    let currency = '';
    const head = text.slice(Math.max(lastEnd, numberStart - 4), numberStart);
    const currencyMatch = head.match(/(US\$|\$|€|£)\s?$/);
    if (currencyMatch) {
      currency = currencyMatch[1] === 'US$' ? '$' : currencyMatch[1]!;
      start -= currencyMatch[0].length;
    }
    let sign: '+' | '-' | undefined;
    const signChar = text[start - 1];
    if ((signChar === '+' || signChar === '-' || signChar === '−') && start - 1 >= lastEnd && !/[\p{L}\d]/u.test(text[start - 2] ?? '')) {
      sign = signChar === '+' ? '+' : '-';
      start -= 1;
    }
    const reading = readNumberAt(text, numberStart, numberText, currency !== '');
    let end = reading.end;
    let unit = reading.unit;
    let value = reading.value;
    let max: number | undefined;

    // A range: "50–200 ms", "1 to 5 s", "$2–3M", "between 50 and 200 ms".
    const rangeMatch = text.slice(end, end + 12).match(RANGE_SEPARATOR);
    if (rangeMatch && (rangeMatch[1] !== 'and' || /\bbetween\s+[$€£]?$/i.test(text.slice(Math.max(0, start - 9), numberStart)))) {
      const secondStart = end + rangeMatch[0].length;
      const secondCurrency = text[secondStart] === '$' || text[secondStart] === '€' || text[secondStart] === '£' ? 1 : 0;
      NUMBER.lastIndex = secondStart + secondCurrency;
      const second = NUMBER.exec(text);
      if (second && second.index === secondStart + secondCurrency && !isEmbedded(text, second.index, second[0], true)) {
        const other = readNumberAt(text, second.index, second[0], currency !== '');
        const compatible = !unit || !other.unit || unit.kind === other.unit.kind;
        const dashOnBareNumbers = rangeMatch[1] === '-' && !unit && !other.unit && reading.multiplier === 1 && other.multiplier === 1;
        if (compatible && !dashOnBareNumbers && (unit || other.unit || rangeMatch[1] !== 'and')) {
          let otherValue = other.value;
          if (!unit && other.unit) {
            unit = other.unit;
            if (reading.multiplier === 1 && other.multiplier !== 1) value *= other.multiplier;
          } else if (unit && other.unit && unit.kind === 'time' && unit.unit !== other.unit.unit) {
            otherValue = (toMs(other.value, other.unit.unit) ?? other.value) / (MS_PER[unit.unit] ?? 1);
          }
          // "from 3 hours to 30 minutes" is a change, not a range: a range never runs downwards.
          if (otherValue >= value) {
            max = otherValue;
            end = other.end;
          } else if (!reading.unit && unit === other.unit) {
            unit = null; // the first number keeps only what was written next to it
            value = reading.value;
          }
        }
      }
      NUMBER.lastIndex = end;
    } else {
      NUMBER.lastIndex = end;
    }

    const quantity: Quantity = {
      text: '', start, end, value, unit: currency || unit?.unit || '', kind: currency ? 'money' : unit?.kind ?? 'number', numberStart,
    };
    if (!currency && !unit && reading.multiplier !== 1) quantity.kind = 'count';
    if (max !== undefined) quantity.max = max;
    if (sign) quantity.sign = sign;
    if (unit?.noun) quantity.noun = unit.noun;
    if (unit?.per) quantity.per = unit.per;
    if (quantity.kind === 'time') {
      quantity.ms = toMs(value, quantity.unit);
      if (max !== undefined) quantity.msMax = toMs(max, quantity.unit);
    }
    if (quantity.kind === 'share') quantity.fraction = value / 100;

    // Comparator words or symbols right before.
    const before = text.slice(Math.max(lastEnd, start - 28), start);
    const comparator = before.match(COMPARATOR_BEFORE);
    if (comparator) {
      quantity.comparator = comparator[1] ? COMPARATOR_SYMBOL[comparator[1]] : COMPARATOR_WORD[comparator[2]!.toLowerCase()];
      quantity.start = start - comparator[0].length;
    }
    if (!quantity.comparator && text[end] === '+' && !/[\d]/.test(text[end + 1] ?? '')) {
      quantity.comparator = '>=';
      end += 1;
      quantity.end = end;
    }

    // Percentile before ("p99 of 1.2 s", "p99 latency under 150 ms") or after ("120 ms p99").
    if (quantity.kind === 'time') {
      const lookback = text.slice(Math.max(lastEnd, start - 50), start);
      const clause = lookback.slice(Math.max(lookback.lastIndexOf(';'), lookback.lastIndexOf('\n'), lookback.search(/\.\s[^.]*$/)) + 1);
      let last: RegExpMatchArray | null = null;
      for (const p of clause.matchAll(PERCENTILE)) last = p;
      if (last) quantity.percentile = percentileToken(last);
      else {
        const afterMatch = text.slice(end, end + 30).match(PERCENTILE_AFTER);
        if (afterMatch) quantity.percentile = `p${afterMatch[1] ?? afterMatch[2]}`;
      }
    }
    quantity.text = text.slice(quantity.start, quantity.end);
    found.push(quantity);
    lastEnd = end;
  }
  return found;
}

/** Quantities of one kind, e.g. every time in a sentence. */
export function quantitiesOfKind(text: string, kind: QuantityKind): Quantity[] {
  return findQuantities(text).filter((q) => q.kind === kind);
}
