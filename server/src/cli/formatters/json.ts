// --format json: the contract's array, one element per file looked at.
import type { Formatter } from './types.js';

export const formatJson: Formatter = (reports) =>
  JSON.stringify(reports.map(({ absolutePath: _internal, ...report }) => report), null, 2) + '\n';
