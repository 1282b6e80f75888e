// A guest met but not named where the meeting is told: "X received the visiting foreign minister", "X held
// talks with his guest", "X hosted the visiting minister at the palace". The guest is a person the article
// named before the sentence (not one named in the sentence before the phrase, the host): for a role, the
// last one whose title has that role ("the visiting foreign minister" → "Foreign Minister Y"); for
// "guest" or "visitor", the last one named in a sentence that tells of a journey ("Y arrived in …").
import type { Entity } from '../entities/index.js';
import { P } from './arguments.js';
import type { RuleHit } from './hit.js';

/** Role words a visiting official may be called by, capitalised or not ("Foreign Minister"). */
const ROLE = [
  'foreign minister',
  'foreign secretary',
  'prime minister',
  'defence minister',
  'defense minister',
  'vice president',
  'secretary of state',
  'minister',
  'president',
  'chancellor',
  'premier',
  'secretary',
  'king',
  'emir',
  'leader',
  'envoy',
  'ambassador',
]
  .map((r) => r.replace(/\b(\p{Ll})/gu, (l) => `[${l.toUpperCase()}${l}]`).replace(/ /g, '\\s+'))
  .join('|');

/** "the visiting (Kenyan) foreign minister", "his guest", "the visitor": no name right after. */
export const UNNAMED_GUEST = new RegExp(
  String.raw`^\s*(?:the\s+visiting\s+(?:\p{Lu}\p{Ll}+\s+)?(${ROLE})|(?:his|her|their|the)\s+(?:guest|visitor))\b(?!\s*,?\s*\p{Lu})`,
  'u',
);

/** Words of a journey in a sentence: the person it names may be the guest met later. */
const JOURNEY = /\b(?:arriv\w*|visit\w*|trip|tour\w*|travel\w*|landed|flew)\b/i;

/** The person the unnamed guest phrase at pos stands for (see the header), or none. */
export function guestOf(h: RuleHit, pos: number, role: string | undefined): Entity[] {
  const { c, s } = h;
  const here = new Set(c.inRange(s.start, pos, P).map((m) => m.entity));
  const want = role?.toLowerCase().replace(/\s+/g, ' ');
  const fits = c
    .inRange(0, s.start, P)
    .filter((m) => !here.has(m.entity))
    .filter((m) => {
      if (want) return (m.entity.title ?? '').toLowerCase().includes(want);
      // "his guest": one whose journey a sentence before told.
      const sent = c.sents.find((x) => x.start <= m.start && m.end <= x.end);
      return !!sent && JOURNEY.test(c.work.slice(sent.start, sent.end));
    });
  const last = fits[fits.length - 1]?.entity;
  return last ? [last] : [];
}
