import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findQuantities, type Quantity } from '../server/src/engine/model/quantities.js';

function one(text: string): Quantity {
  const found = findQuantities(text);
  assert.equal(found.length, 1, `expected one quantity in ${JSON.stringify(text)}, got ${JSON.stringify(found.map((q) => q.text))}`);
  return found[0]!;
}

describe('findQuantities', () => {
  it('reads latencies with comparators and percentiles', () => {
    assert.deepEqual(pick(one('≤ 80 ms')), { text: '≤ 80 ms', value: 80, unit: 'ms', kind: 'time', ms: 80, comparator: '<=' });
    assert.deepEqual(pick(one('<150ms')), { text: '<150ms', value: 150, unit: 'ms', kind: 'time', ms: 150, comparator: '<' });
    const p99 = one('p99 of 1.2 s');
    assert.equal(p99.ms, 1200);
    assert.equal(p99.percentile, 'p99');
    const under = one('p99 latency must stay under 150 ms');
    assert.equal(under.comparator, '<');
    assert.equal(under.percentile, 'p99');
    assert.equal(one('120 ms (p95)').percentile, 'p95');
    assert.equal(one('the 99th percentile is 300ms').percentile, 'p99');
    assert.equal(one('sub-100ms responses').comparator, '<');
    assert.equal(one('2 hours').ms, 7_200_000);
    assert.equal(one('refreshed every 5m').ms, 300_000);
  });

  it('reads ranges', () => {
    for (const text of ['50–200 ms', '50-200ms', 'between 50 and 200 ms']) {
      const q = one(text);
      assert.deepEqual([q.value, q.max, q.ms, q.msMax], [50, 200, 50, 200], text);
    }
    const seconds = one('1 to 5 s');
    assert.deepEqual([seconds.ms, seconds.msMax], [1000, 5000]);
    const mixed = one('500 ms – 2 s');
    assert.deepEqual([mixed.ms, mixed.msMax], [500, 2000]);
    const share = one('30-60%');
    assert.deepEqual([share.kind, share.value, share.max], ['share', 30, 60]);
  });

  it('reads rates, counts and money with multipliers', () => {
    assert.deepEqual(pick(one('1,300 requests/s')), { text: '1,300 requests/s', value: 1300, unit: 'req/s', kind: 'rate' });
    assert.equal(one('10K req/s').value, 10_000);
    assert.equal(one('100 QPS').unit, 'req/s');
    assert.equal(one('1000 TPS').kind, 'rate');
    assert.deepEqual([one('10M events per day').unit, one('10M events per day').value], ['req/d', 10_000_000]);
    const dau = one('2.1M DAU');
    assert.deepEqual([dau.value, dau.unit, dau.kind, dau.noun], [2_100_000, 'users', 'count', 'dau']);
    assert.equal(one('5m users').value, 5_000_000);
    assert.deepEqual([one('$2,300').value, one('$2,300').kind], [2300, 'money']);
    assert.equal(one('$40M').value, 40_000_000);
    assert.equal(one('$8K/month').per, 'mo');
    assert.equal(one('1.5 billion rows').value, 1.5e9);
  });

  it('reads shares, signs and bare numbers', () => {
    const up = one('+3%');
    assert.deepEqual([up.sign, up.value, up.fraction], ['+', 3, 0.03]);
    assert.equal(one('60%').fraction, 0.6);
    assert.equal(one('99.9%').value, 99.9);
    assert.deepEqual([one('gap ≤ 3 pts').unit, one('gap ≤ 3 pts').comparator], ['pp', '<=']);
    assert.deepEqual(pick(one('0.6')), { text: '0.6', value: 0.6, unit: '', kind: 'number' });
    assert.deepEqual(findQuantities('0.6 * ctr + 0.25 * dwell').map((q) => q.value), [0.6, 0.25]);
    assert.equal(one('3x faster').unit, 'x');
  });

  it('skips numbers inside identifiers, versions, dates and ordinals', () => {
    assert.deepEqual(findQuantities('p99, GPT-4, ResNet50, H100, v1.2.3, 2023-01-15, 10:30, the 3rd phase'), []);
  });

  it('does not read a change as a range, nor heading numbers as counts', () => {
    assert.deepEqual(findQuantities('cut from 3 hours to 30 minutes').map((q) => q.ms), [10_800_000, 1_800_000]);
    assert.deepEqual(findQuantities('6.1 Candidate generation'), []);
  });

  it('gives offsets into the scanned text', () => {
    const text = 'Budget: p99 under 120 ms end to end.';
    const q = one(text);
    assert.equal(text.slice(q.start, q.end), q.text);
    assert.equal(q.text, 'under 120 ms');
  });
});

function pick(q: Quantity): Partial<Quantity> {
  const out: Partial<Quantity> = { text: q.text, value: q.value, unit: q.unit, kind: q.kind };
  if (q.ms !== undefined) out.ms = q.ms;
  if (q.comparator) out.comparator = q.comparator;
  return out;
}
