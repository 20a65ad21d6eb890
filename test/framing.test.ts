import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildDocumentModel } from '../server/src/engine/model/document.js';
import { detectFraming, metricFraming } from '../server/src/engine/model/framing.js';

const framingOf = (text: string) => detectFraming(buildDocumentModel(text));

describe('detectFraming', () => {
  it('reads a fraud detector as classification', () => {
    const f = framingOf('# Card fraud scoring\n\n## Problem statement\n\nWe detect fraudulent card transactions and approve or decline each one at checkout.\n');
    assert.equal(f.primary, 'classification');
    assert.ok(f.framings.has('classification'));
    assert.ok(!f.framings.has('ranking'));
  });

  it('reads a home feed recommender as ranking', () => {
    const f = framingOf('# Home feed\n\n## Problem\n\nThe ranking model orders the home feed: rank 500 candidate posts for each visit.\n');
    assert.equal(f.primary, 'ranking');
  });

  it('reads demand forecasting as regression', () => {
    const f = framingOf('# Demand\n\n## Goals\n\nForecast daily demand per store and SKU for the next 14 days.\n');
    assert.equal(f.primary, 'regression');
  });

  it('reads a RAG assistant as generation', () => {
    const f = framingOf('# Support bot\n\n## Overview\n\nA RAG chat assistant that generates answers from the help centre.\n');
    assert.equal(f.primary, 'generation');
  });

  it('gives no framing to an infrastructure RFC', () => {
    const f = framingOf('# Faster checkpoints\n\n## Motivation\n\nCheckpoint writes block the training loop for 40 s.\n');
    assert.equal(f.primary, null);
    assert.equal(f.framings.size, 0);
  });

  it('weighs the problem statement over a passing mention elsewhere', () => {
    const f = framingOf('# Feed\n\n## Problem\n\nRank the items of the news feed.\n\n## Related work\n\nA spam classifier exists upstream.\n');
    assert.equal(f.primary, 'ranking');
    assert.ok(!f.framings.has('classification'));
  });

  it('ignores negated framings and inline code', () => {
    const f = framingOf('# X\n\n## Problem\n\nThis is not a classification problem. The `fraud_detection` table is unrelated.\n');
    assert.ok(!f.framings.has('classification'));
  });

  it('points evidence at the words in the source', () => {
    const text = '# T\n\n## Problem\n\nWe forecast weekly sales.\n';
    const hit = framingOf(text).evidence.find((e) => e.framing === 'regression')!;
    assert.equal(text.slice(...hit.offsets!), 'forecast');
    assert.equal(hit.source, 'task');
  });

  it('memoises per document', () => {
    const doc = buildDocumentModel('# T\n\nForecast sales.\n');
    assert.equal(detectFraming(doc), detectFraming(doc));
  });
});

describe('metricFraming', () => {
  it('tells ranking metrics from classification ones', () => {
    assert.equal(metricFraming('NDCG@10 ≥ 0.4'), 'ranking');
    assert.equal(metricFraming('recall@50'), 'ranking');
    assert.equal(metricFraming('recall on the spam class'), 'classification');
    assert.equal(metricFraming('log loss'), 'classification');
    assert.equal(metricFraming('WAPE under 18%'), 'regression');
    assert.equal(metricFraming('ROUGE-L'), 'generation');
    assert.equal(metricFraming('weekly active users'), null);
  });
});
