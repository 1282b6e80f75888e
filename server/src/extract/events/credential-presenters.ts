// Presenters of credentials told as a group ("The envoys took turns to present their letters of credence to
// President X") after a sentence that named them each with a posting ("They are the ambassador of Finland
// to Ghana, A, the ambassador of Suriname to Ghana, B …"): the persons the sentences just before call an
// envoy of a state, set off after the posting. Or the presenters are the clause's subject written as a roster,
// one envoy and state a semicolon apart ("A, ambassador of X; B, Y; and C, Z presented their credentials to
// President P"): every person of the roster (rosterPresenters).
import type { Ctx } from '../context.js';
import type { Entity } from '../entities/index.js';
import type { Sentence } from '../text.js';
import { HONORIFIC_ONE } from '../honorifics.js';

/** How many sentences before the ceremony the envoys may be named. */
const REACH = 2;

/** A posting right before a name set off by a comma: "the ambassador of Finland to Ghana, ", "High Commissioner, Dr ". */
const POSTING_BEFORE = new RegExp(
  String.raw`\b(?:[Aa]mbassador|[Hh]igh [Cc]ommissioner|[Ee]nvoy|[Cc]harg[eé] d['’]affaires)\b[^,.;:\n]{0,60},\s*(?:${HONORIFIC_ONE}\s+)?$`,
  'u',
);

/** The persons named with an envoy's posting in the REACH sentences before s (none the host). */
export function envoysNamedBefore(c: Ctx, s: Sentence, host: Entity): Entity[] {
  const si = c.sents.indexOf(s);
  const from = c.sents[Math.max(0, si - REACH)]!.start;
  const found = c.mentions.filter(
    (m) =>
      m.entity.type === 'Person' &&
      m.entity !== host &&
      m.start >= from &&
      m.end <= s.start &&
      POSTING_BEFORE.test(c.work.slice(Math.max(from, m.start - 90), m.start)),
  );
  return [...new Set(found.map((m) => m.entity))];
}

/** A roster's items a semicolon apart, its last after "; and": "A, X; B, Y; and C, Z". */
const ROSTER = /;[^;]+;\s+and\s+\p{Lu}[^;]*$/u;

/** The persons of a semicolon roster that is the subject right before the trigger at `at` (none the host). */
export function rosterPresenters(c: Ctx, s: Sentence, at: number, host: Entity): Entity[] {
  if (!ROSTER.test(c.work.slice(s.start, at))) return [];
  return c
    .inRange(s.start, at, ['Person'])
    .map((m) => m.entity)
    .filter((e) => e !== host);
}
