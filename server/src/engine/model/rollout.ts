// The rollout plan of a document: the sections that plan how the system goes live, and the
// statements written in them. Shared by rollout-phases and rollback-plan.
import { SECTIONS } from '../profiles.js';
import { sectionAndDescendants, type DocumentModel, type SectionNode } from './document.js';
import { findSection } from './sections.js';

/**
 * Sections that plan the rollout (outermost only: a nested match is part of its parent): exactly the
 * sections that satisfy "rollout plan" for required-section, through the active profile, so the rules
 * that check a rollout plan never disagree about which section it is.
 */
export function rolloutSections(doc: DocumentModel): SectionNode[] {
  const matches = findSection(doc, SECTIONS.rolloutPlan).sections;
  // Walk up from each match (linear in matches × depth, not quadratic in matches).
  const matched = new Set(matches);
  return matches.filter((s) => {
    for (let up = s.parent; up; up = up.parent) if (matched.has(up)) return false;
    return true;
  });
}

export function isWithin(section: SectionNode, ancestor: SectionNode): boolean {
  for (let s = section.parent; s; s = s.parent) if (s === ancestor) return true;
  return false;
}

/**
 * Items grouped by the outermost rollout section that holds them (items outside every rollout are
 * left out), in one pass: rules need not scan every statement once per rollout section.
 */
export function groupByRollout<T>(items: readonly T[], sectionOf: (item: T) => SectionNode, rollouts: readonly SectionNode[]): Map<SectionNode, T[]> {
  const groups = new Map<SectionNode, T[]>(rollouts.map((r) => [r, []]));
  for (const item of items) {
    for (let s: SectionNode | null = sectionOf(item); s; s = s.parent) {
      const group = groups.get(s);
      if (group) {
        group.push(item);
        break;
      }
    }
  }
  return groups;
}

/** Whether a block or item belongs to `section` or one of its subsections. */
export function inSectionTree(section: SectionNode, owner: SectionNode): boolean {
  return owner === section || isWithin(owner, section);
}

/** The section and its descendants, plus its siblings and theirs: where a rollback plan may sit. */
export function rolloutNeighbourhood(section: SectionNode): SectionNode[] {
  const siblings = section.parent ? section.parent.children : [section];
  return siblings.flatMap((s) => [...sectionAndDescendants(s)]);
}

/**
 * The neighbourhoods of several sections as one set. Siblings share a neighbourhood, so each parent's
 * is collected once: 10,000 sibling rollout sections cost 10,000 entries, not 10,000².
 */
export function rolloutNeighbourhoods(sections: SectionNode[]): Set<SectionNode> {
  const result = new Set<SectionNode>();
  const parentsDone = new Set<SectionNode>();
  for (const section of sections) {
    if (section.parent) {
      if (parentsDone.has(section.parent)) continue;
      parentsDone.add(section.parent);
    }
    for (const s of rolloutNeighbourhood(section)) result.add(s);
  }
  return result;
}
