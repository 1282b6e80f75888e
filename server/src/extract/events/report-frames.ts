// Who reports an event whose clause leaves its actor out, read from the attribution frame around the
// clause rather than a verb of saying before it: a trailing ", X said (on Monday)." or ", said X." after
// the clause (also closed by a time clause: ", X said on Sunday, a day after B expelled …"), a trailing ", according to X." and a leading "According to X, " ("The Chinese ambassador
// was summoned, Japan's foreign ministry said"; "Two diplomats were expelled, according to the Estonian
// foreign ministry"; "According to Kenya's foreign ministry, the Ugandan envoy was summoned"). The
// passive rules (summons, expulsions, sanctions) take the reporter's state as the actor: the state the
// frame names, a body's or a capital's country, a person's nationality; never an outlet ("according to
// Reuters"), never a person of unknown state.
import { isOutlet } from '../clauses/outlets.js';
import { CAPITALS } from '../capitals.js';
import { demonymCountry } from '../lexicon.js';
import type { Ctx } from '../context.js';
import type { Entity } from '../entities/index.js';
import type { Sentence } from '../text.js';
import { ANY, stateOf } from './parties.js';
import { REPORTING_THAT, sayingAlternation } from '../saying-verbs.js';

const SAYS = String.raw`(?:${sayingAlternation(REPORTING_THAT)})`;
/** What may follow the verb of saying up to the sentence's end: a time, "in a statement". */
/** A time clause that may close the frame: ", a day after Prague expelled 18 diplomats", ", hours after …". */
const WHEN_AFTER = String.raw`,\s+(?:(?:a|one|two|three|four|five|\d+|several|just|only|hours|days|weeks)\s+){0,2}(?:hours?|days?|weeks?)?\s*(?:after|before)\s+[^;:"“”]{1,120}?`;
const TAIL = String.raw`(?:\s+(?:on|in|late|early|earlier|this|last)\b[^,;:"“”]{0,40})?(?:${WHEN_AFTER})?\s*[.!]?["”’]?\s*$`;
/** ", <reporter> said (on Monday)." at the sentence's end. */
const SAID_AFTER = new RegExp(String.raw`,\s+([^,;:"“”]{2,90}?)\s+${SAYS}${TAIL}`, 'u');
/** ", said <reporter>." at the sentence's end. */
const SAID_INVERTED = new RegExp(String.raw`,\s+${SAYS}\s+([^,;:"“”]{2,90}?)${TAIL}`, 'u');
/** ", according to <reporter>." at the sentence's end. */
const ACCORDING_AFTER = /,\s+according\s+to\s+([^,;:"“”]{2,90}?)\s*[.!]?["”’]?\s*$/u;
/** "According to <reporter>, " at the sentence's start. */
const ACCORDING_BEFORE = /^\s*According\s+to\s+([^,;:"“”]{2,90}?),\s/u;

/** A demonym before a lower-case body: "the Estonian foreign ministry", "Polish authorities". */
const BODY_OF_DEMONYM =
  /^(?:the\s+)?(\p{Lu}\p{Ll}+)\s+(?:foreign\s+|defen[cs]e\s+|interior\s+)?(?:ministry|government|authorities|foreign\s+office|presidency|embassy)$/u;

/** A state's country name: its own, or the country of its capital. */
const countryName = (e: Entity) => CAPITALS[e.name.toLowerCase()] ?? e.name;

/** The state (else the body) the frame's phrase at [start, end) names first, unless one of `acted`. */
function reporterIn(c: Ctx, start: number, end: number, acted: Entity[]): Entity | undefined {
  const m = c.inRange(start, end, ANY)[0];
  if (m && m.entity.type === 'Organization' && isOutlet(c, m.entity, start, end)) return undefined;
  // "the Estonian foreign ministry", "Polish authorities": a demonym before a lower-case body.
  const dem = m ? undefined : BODY_OF_DEMONYM.exec(c.work.slice(start, end));
  const country = dem ? demonymCountry(dem[1]!) : undefined;
  const e = m?.entity ?? (country ? c.idx.countryEntity(country) : undefined);
  if (!e) return undefined;
  const st = stateOf(c, e);
  if (st.type === 'Person' || acted.some((e) => countryName(e) === countryName(st))) return undefined;
  return st;
}

/**
 * The reporter of the clause that runs from `from` to `to` in `s`, by the frame around it: a trailing
 * frame must start after the clause's end, a leading one must end before the clause's start. Not a state
 * among `acted`, the ones acted on ("Two Russian diplomats were expelled, Moscow said": its complaint).
 */
export function framedReporter(
  c: Ctx,
  s: Sentence,
  from: number,
  to: number,
  acted: Entity[],
): Entity | undefined {
  const text = c.work.slice(s.start, s.end);
  const lead = ACCORDING_BEFORE.exec(text);
  if (lead && s.start + lead[0].length <= from) {
    const at = s.start + lead.index + lead[0].indexOf(lead[1]!);
    return reporterIn(c, at, at + lead[1]!.length, acted);
  }
  for (const re of [SAID_AFTER, SAID_INVERTED, ACCORDING_AFTER]) {
    const m = re.exec(text);
    if (!m || s.start + m.index < to) continue;
    const at = s.start + m.index + m[0].indexOf(m[1]!);
    return reporterIn(c, at, at + m[1]!.length, acted);
  }
  return undefined;
}
