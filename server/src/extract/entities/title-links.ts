// Titles tied to what they are of, for the classification of person names (classification.ts): the country a
// possessive names before a title ("Iran's acting foreign minister"), and the organisation named right before a
// person's titles ("Russian Foreign Ministry spokeswoman Maria Zakharova": a role link from the person to the
// ministry, with the evidence from the organisation to the name).
import { canonicalPlace, demonymCountry, isKnownPlace } from '../lexicon.js';
import { span } from '../text.js';
import type { Builder } from './builder.js';
import type { Entity } from './types.js';

/** The country a possessive names right before a title ("Iran’s", "Afghanistan’s acting"), if any. */
export function ownerCountry(before: string): string | undefined {
  const m = /(\p{Lu}[\p{L}.]*)['’]s\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}$/u.exec(before);
  if (!m) return undefined;
  return demonymCountry(m[1]!) ?? (isKnownPlace(m[1]!) ? canonicalPlace(m[1]!) : undefined);
}

/** "Russian Foreign Ministry spokeswoman Maria Zakharova": the organisation just before a lower-case title. */
export function linkLowerTitle(b: Builder, person: Entity, at: number, end: number): string | undefined {
  const title = /([\p{Ll}-]+)\s+$/u.exec(b.work.slice(Math.max(0, at - 30), at));
  if (title) linkTitleToOrg(b, person, at - title[0].length, title[1]!, end);
  return title?.[1];
}

/** The organisation named right before a person's titles (at titleStart) is the one the title is of. */
export function linkTitleToOrg(
  b: Builder,
  person: Entity,
  titleStart: number,
  title: string,
  end: number,
): void {
  const org = b.mentions.find(
    (m) =>
      m.entity.type === 'Organization' && m.end < titleStart && /^\s+$/.test(b.work.slice(m.end, titleStart)),
  );
  if (org) b.roleLinks.push({ person, org: org.entity, title, evidence: span(b.text, org.start, end) });
}
