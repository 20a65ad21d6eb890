// What a rule is, and what it is given. Rules report nodes or spans; the engine adds the rule id,
// severity and docs link, applies suppressions and turns offsets into ranges.
import type { Nodes } from 'mdast';
import type { DocumentModel } from '../model/document.js';
import type { Fix, Profile, Range, RelatedLocation, Severity } from '../types.js';

export interface ReportDescriptor {
  message: string;
  /** Where the problem is: a node, document offsets [start, end), or a range. */
  node?: Nodes;
  offsets?: [number, number];
  range?: Range;
  fix?: Fix;
  related?: RelatedLocation[];
}

export interface RuleContext {
  doc: DocumentModel;
  profile: Profile;
  /** The rule's options from config (`[severity, options]`), or {}. */
  options: Record<string, unknown>;
  report(descriptor: ReportDescriptor): void;
}

export type RuleTag = 'structure' | 'numbers-present' | 'numbers-agree' | 'judgement';

export interface RuleDefinition {
  id: string;
  /** One line, shown in docs and `mldoc --help`-style listings. */
  description: string;
  defaultSeverity: Severity;
  tags: RuleTag[];
  /** Whether the rule offers fixes (so editors can offer "fix all"). */
  fixable: boolean;
  check(context: RuleContext): void;
}
