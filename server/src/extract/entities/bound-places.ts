// Place names that the words around them bind into something else's name, so that they name no place
// of their own: an instrument named after a place, "the Vienna Convention", "the Minsk Agreement" (rule
// instrument-name). A place is dropped only when every one of its mentions is bound so; named elsewhere
// it stays a place. The spans are kept in Builder.unnamed so that the learned step does not name them
// again. The head may be in lower case ("the Vienna convention", "the Minsk agreements"). A time zone's
// name, "Asia/Tehran" (an area of the zone database, a slash, a city), names no place either (rule
// time-zone). (A mission's city, "the Mexican embassy in Lima", was tried: the dev gold keeps the city a place
// as often as it folds it into the mission's name, 5 pages each. Tried again in session 39 on 363 dev pages:
// folded 16, kept 7, entities F1 0.934 → 0.935, but a seed article loses its only "embassy in Moscow" and with
// it an ambassador's posting, AMBASSADOR_TO Russia: the city is read downstream, so it stays.) Only where the
// head is capitalised, a proper name's ("the Russian Embassy in Oslo"), is the city part of the name (rule
// mission-city): on 459 dev pages the gold folds 18 such cities, keeps 2. Not after "Ministry": "the Foreign
// Ministry in Vilnius" is read as that capital's state's ministry downstream.
import type { Builder } from './builder.js';
import type { Mention } from './types.js';

/** A capitalised head of an instrument's name right after the place ("Vienna Convention"). */
const INSTRUMENT_AFTER =
  /^[^\S\n]+(?:Conventions?|Treaty|Accords?|Agreements?|Protocol|Declaration|Charter|Format|Process|Doctrine|conventions?|treaty|accords?|agreements?|protocol)\b/;
/** An area of the time-zone database, a slash and a city: "Asia/Tehran", "Europe/Moscow". */
const TIME_ZONE =
  /^(?:Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific)\/\p{Lu}[\p{L}_-]+$/u;

/** A capitalised mission's head, "in" and "the" right before the place: "Embassy in ". */
const MISSION_BEFORE =
  /(?:Embassy|High[^\S\n]+Commission|Consulate(?:[^\S\n]+General)?|Mission)[^\S\n]+in[^\S\n]+(?:the[^\S\n]+)?$/;

/** Why the place mention is bound into another name (a rule id), or undefined when it is free. */
function bound(b: Builder, m: Mention): string | undefined {
  if (INSTRUMENT_AFTER.test(b.work.slice(m.end, m.end + 16))) return 'instrument-name';
  if (MISSION_BEFORE.test(b.work.slice(Math.max(0, m.start - 40), m.start))) return 'mission-city';
  const word = /\S*$/.exec(b.work.slice(Math.max(0, m.start - 12), m.start))![0];
  const rest = /^\S*/.exec(b.work.slice(m.end, m.end + 24))![0];
  if (TIME_ZONE.test(`${word}${b.work.slice(m.start, m.end)}${rest}`.replace(/[^\p{L}]+$/u, '')))
    return 'time-zone';
  return undefined;
}

/** Drops the places whose every mention an instrument's name binds. */
export function dropBoundPlaces(b: Builder): void {
  for (const e of [...b.entities.values()]) {
    if (e.type !== 'Place') continue;
    const ms = b.mentions.filter((m) => m.entity === e && !m.nominal);
    if (!ms.length || !ms.every((m) => bound(b, m) !== undefined)) continue;
    b.unnamed.push(...ms.map(({ start, end }) => ({ start, end })));
    b.mentions = b.mentions.filter((m) => m.entity !== e);
    b.entities.delete(e.id);
  }
}
