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
  return matches.filter((s) => !matches.some((other) => other !== s && isWithin(s, other)));
}

export function isWithin(section: SectionNode, ancestor: SectionNode): boolean {
  for (let s = section.parent; s; s = s.parent) if (s === ancestor) return true;
  return false;
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
