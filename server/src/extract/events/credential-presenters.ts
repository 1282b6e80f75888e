// Presenters of credentials told as a group ("The envoys took turns to present their letters of credence to
// President X") after a sentence that named them each with a posting ("They are the ambassador of Finland
// to Ghana, A, the ambassador of Suriname to Ghana, B …"): the persons the sentences just before call an
// envoy of a state, set off after the posting.
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
