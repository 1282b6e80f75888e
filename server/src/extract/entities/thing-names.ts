// Names shaped like a person's that name a thing: a storm or an operation by its kind word first
// ("Hurricane Helene", "Cyclone Freddy", "Operation Sindoor"), a site or a prize named after someone by its
// kind word last ("Mahatma Gandhi Memorial", "Nelson Mandela Avenue", "Sakharov Prize"), and a country's
// two-word adjective read as a first name and a surname ("Sri Lankan troops").
import { DEMONYMS } from '../demonyms.js';
import type { Builder } from './builder.js';

/** A kind word opening the name of a storm, an operation or an exercise. */
const THING_FIRST = /^(?:Hurricane|Cyclone|Typhoon|Storm|Tropical|Super|Operation|Exercise|Project)$/;
/** Head words of a site or a prize named after someone ("Mahatma Gandhi Memorial", "Sakharov Prize"). */
export const SITE_WORDS =
  'Memorial|Museum|Stadium|Monument|Mausoleum|Cemetery|Airport|Airbase|Airfield|Airstrip|Avenue|Boulevard|Plaza|Square|Prize|Award';
/** A kind word ending the name of a site, a building or a prize named after someone. */
const THING_LAST = new RegExp(
  `^(?:${SITE_WORDS}|Arena|Street|Road|Bridge|Cent(?:er|re)|Medal|Trophy|Lecture|Library|Foundation|University|College|Institute|Hospital)$`,
);

/** Whether name words ("Hurricane", "Helene") name a storm, an operation, a site or a prize. */
export function thingName(words: readonly string[]): boolean {
  return words.length >= 2 && (THING_FIRST.test(words[0]!) || THING_LAST.test(words[words.length - 1]!));
}

/** Drops persons whose every mention is a country's two-word adjective ("Sri Lankan", "Costa Rican"). */
export function dropDemonymPersons(b: Builder): void {
  for (const e of [...b.entities.values()]) {
    if (e.type !== 'Person' || !/\s/.test(e.name)) continue;
    const ms = b.mentions.filter((m) => m.entity === e);
    if (!ms.length || !ms.every((m) => DEMONYMS[b.work.slice(m.start, m.end).toLowerCase()])) continue;
    b.mentions = b.mentions.filter((m) => m.entity !== e);
    b.entities.delete(e.id);
  }
}

/** What follows a body's name, never a person's: ", which", "said its", "raised its". */
const BODY_AFTER =
  /^(?:,[^\S\n]+which\b|[^\S\n]+(?:(?:said|says|has|had|have|will|would|raised|cut|posted|reported)[^\S\n]+)?its\b)/;

/** Whether a name the text repeats is anywhere followed as a body is ("Goldman Sachs said its …"). */
export function referredAsBody(work: string, name: string): boolean {
  for (let at = work.indexOf(name); at >= 0; at = work.indexOf(name, at + name.length))
    if (BODY_AFTER.test(work.slice(at + name.length, at + name.length + 40))) return true;
  return false;
}
