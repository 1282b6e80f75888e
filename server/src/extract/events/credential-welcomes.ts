// A credentials ceremony told as a head of state welcoming or receiving new envoys, the credentials named
// in another sentence or the headline: "On Monday, President X welcomed 11 envoys and high commissioners
// at State House" (headline "X welcomes credentials from 11 envoys"), "King X received a number of foreign
// ambassadors at the palace. The diplomats were there to present their credentials". The ceremony is a
// meeting keyed by its host like the credentials rule's (meetings-calls.ts), so the envoys a later sentence
// lists ("The seven envoys were A from X, B from Y", "These included A from X": credential-lists.ts) join it.
import { referents } from '../clauses/clause.js';
import { subjectOf } from '../clauses/subject.js';
import { P, placeAfter } from './arguments.js';
import type { EventRule } from './hit.js';
import { ceremony, lastCeremony, lastHost } from './meetings-calls.js';
import { cardinals, tens } from '../count-words.js';

/** Credentials named: the ceremony's own words. */
const CREDENTIALS = /\b(?:credentials|letters?\s+of\s+credence|credence\s+letters?|credential\s+letters?)\b/i;

/** How many sentences after the welcome may name the credentials. */
const REACH = 2;

export const welcomedEnvoys: EventRule = {
  id: 'events/meetings-calls:credentials-welcomed',
  type: 'meeting',
  re: new RegExp(
    String.raw`\b(?:welcomed|welcomes|received|receives)\s+(?:(?:a\s+(?:number|group)\s+of|several|some|the|\d+|${cardinals(2, 12)}|[a-z]+teen|${tens(20)})\s+)?(?:(?:new(?:ly[- ](?:appointed|accredited))?|foreign|incoming|non-resident)\s+)*(?:ambassadors|envoys|high\s+commissioners|heads\s+of\s+missions?)\b`,
    'gu',
  ),
  guard: { words: ['welcome', 'receive'] },
  run(h) {
    const { c, s, at } = h;
    // The credentials named in the headline, this sentence or one of the next two.
    const si = c.sents.indexOf(s);
    // A ceremony this sentence already told names its own host ("A received new envoys who then presented
    // their credentials to President B": B).
    if (lastCeremony.get(c)?.sentence === si) return;
    const near = c.sents.slice(si, si + REACH + 1);
    if (!CREDENTIALS.test(c.work.slice(c.sents[0]!.start, c.sents[0]!.end)))
      if (!near.some((x) => CREDENTIALS.test(c.work.slice(x.start, x.end)))) return;
    // The one who welcomes: the clause's subject, a person.
    const host = referents(c, subjectOf(c, s, at), P, { at })[0] ?? c.subjectBefore(s.start, at, P);
    if (host?.type !== 'Person') return;
    lastHost.set(c, host);
    lastCeremony.set(c, { host, sentence: si });
    const place = placeAfter(c, at, s.end, /^[^;]{0,60}?\b(?:in|at|to)\b/);
    ceremony(h, host, [], place);
  },
};
