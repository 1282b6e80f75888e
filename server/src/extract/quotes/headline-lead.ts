// A headline's "<speaker> <circumstance>: “…”" that a bare name before the colon (headline-colon,
// headline-speaker) does not read:
// - a name, then a phrase of circumstance before the colon ("President Boric on first day in Mexico:
//   “…”", "Lavrov after talks with Wang: “…”", "Scholz to Xi: “…”");
// - a role with no name ("US Ambassador: ‘…’", "Interim US Ambassador to Fox: “…”", "Russian Foreign
//   Minister on sanctions: “…”"): the one person the article titles with that role (none when it titles
//   two, or none). A headline names its speaker before the body does, so the whole article is read.
// Read only for a headline's quotation no other rule attributed; never a place.
import type { Entity, Mention } from '../entities/index.js';
import type { Sentence } from '../text.js';
import type { Quote } from './find.js';
import { roleHolders } from './role-coreference.js';
import type { Attribution } from './speakers.js';

/** A phrase of circumstance after the speaker: where, when, to whom, about what. */
const CIRCUMSTANCE = String.raw`(?:on|at|in|to|after|about|over|for|with|before|during|ahead\s+of)\s[^:“”"‘’.!?]{0,60}?`;
/** After a name: only a circumstance, then the colon. */
const NAME_THEN = new RegExp(String.raw`^\s+${CIRCUMSTANCE}\s*:\s*$`, 'u');
/** Capitalised titles before the name ("President", "Chile's President"). */
const TITLES_BEFORE = /^\s*(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}$/u;
/** A role with no name: capitalised modifiers (group 1), a portfolio (2), the role's head (3), a circumstance (4). */
const ROLE_LEAD = new RegExp(
  String.raw`^\s*((?:\p{Lu}[\p{L}.’'-]*\s+){0,3}?)((?:[Ff]oreign|[Dd]efen[cs]e|[Pp]rime|[Ff]inance|[Ii]nterior)\s+)?([Aa]mbassador|[Ee]nvoy|[Mm]inister|[Pp]resident|[Pp]remier|[Cc]hancellor|[Ss]pokes(?:wo)?man|[Ss]pokesperson|[Ss]ecretary|[Cc]ommissioner)(\s+${CIRCUMSTANCE})?\s*:\s*$`,
  'u',
);
/** Modifiers that say nothing of whose role it is ("Interim US Ambassador" is the US ambassador). */
const GENERIC = /\b(?:Interim|Acting|Former|New|Top|Senior|Outgoing|Incoming|Visiting|The)\b/g;

export function headlineLead(
  work: string,
  speakers: readonly Mention[],
  persons: readonly Mention[],
  headline: Sentence,
  q: Quote,
): Attribution | undefined {
  const lead = work.slice(headline.start, q.open);
  if (!/:\s*$/.test(lead) || /[“”"‘’]/.test(lead)) return undefined;
  const named = speakers.find(
    (m) =>
      m.start >= headline.start &&
      m.end <= q.open &&
      TITLES_BEFORE.test(work.slice(headline.start, m.start)) &&
      NAME_THEN.test(work.slice(m.end, q.open)),
  );
  if (named) return named.entity.type === 'Place' ? undefined : by(named.entity);
  const role = ROLE_LEAD.exec(lead);

  if (
    !role ||
    // (A name within the role's words, "Ambassador Tracy to Fox:", is read above or not at all; a name in
    // the circumstance, "German Chancellor to Xi:", is whom the words are for.)
    speakers.some(
      (m) =>
        m.start >= headline.start &&
        m.end <= headline.start + role[0].length - (role[4]?.length ?? 0) &&
        m.entity.type === 'Person',
    )
  )
    return undefined;
  const modifiers = role[1]!.replace(GENERIC, ' ');
  // (Only the body's persons: the headline's own words around a name there are no title of it.)
  const body = persons.filter((m) => m.start >= headline.end);
  const { holders } = roleHolders(work, body, role[3]!, work.length, modifiers, role[2] ?? '');
  return holders.size === 1 ? by([...holders][0]!) : undefined;
}

const by = (speaker: Entity): Attribution => ({ speaker, rule: 'quotes:headline-lead' });
