// The envoys of a credentials ceremony named in the sentences that go on telling it, each by a roster's
// words rather than a list lead: "The emissaries included the Polish Ambassador A", "The list also included
// …, namely B and C", "The first to present was the ambassador of X, D. She was followed by E (Y), F (Z)",
// "The ceremony will open with the Ambassador of X, G, followed by …". Reads the ceremony the credentials
// rules found (meetings-calls.ts, credential-welcomes.ts) and joins each envoy to it, MET its host.
import type { Ctx } from '../context.js';
import type { Mention } from '../entities/index.js';
import { HEAD_OF_MISSION } from '../role-nouns.js';
import type { EventRule } from './hit.js';
import { calledEnvoy, ceremony, credentials, lastCeremony } from './meetings-calls.js';
import { welcomedEnvoys } from './credential-welcomes.js';

/** How many sentences after the ceremony (or the roster sentence before) a roster may go on. */
const REACH = 2;

/** A roster's words: who was among the presenters, and in what order they came. */
const ROSTER =
  /\b(?:includ(?:ed|es|e|ing)|followed\s+by|(?:was|were|been)\s+followed|(?:first|next|last)\s+to|open(?:s|ed)?\s+with|namely|(?:among|of)\s+them)\b/gi;

/** A head-of-mission title (or an apostolic nuncio's) standing between the roster's words and a name. */
const TITLED = new RegExp(String.raw`\b(?:${HEAD_OF_MISSION}s?|nuncios?|emissar(?:y|ies))\b`, 'i');

/** The sentences already read as a roster (a sentence with two roster words is read once). */
const done = new WeakMap<Ctx, Set<number>>();

/** A name told with the state it stands for right after it: "A (Nepal)". */
function stateInBrackets(c: Ctx, m: Mention): boolean {
  const open = /^\s*\(/.exec(c.work.slice(m.end, m.end + 4));
  if (!open) return false;
  const place = c.inRange(m.end, m.end + 50, ['Place'])[0];
  return !!place && place.start === m.end + open[0].length && /^\s*\)/.test(c.work.slice(place.end));
}

export const credentialRoster: EventRule = {
  id: 'events/credential-rosters:roster',
  type: 'meeting',
  re: ROSTER,
  guard: { words: ['includ', 'follow', 'first', 'next', 'last', 'open', 'namely', 'them'], lower: true },
  // (Only a ceremony a credentials rule found has envoys to go on with.)
  after: [credentials.id, welcomedEnvoys.id],
  run(h) {
    const { c, s, at } = h;
    const last = lastCeremony.get(c);
    const si = c.sents.indexOf(s);
    if (!last || si <= last.sentence || si - last.sentence > REACH) return;
    const seen = done.get(c) ?? new Set<number>();
    done.set(c, seen);
    if (seen.has(si)) return;
    seen.add(si);
    // The persons the roster names after its words, each told as an envoy: by a title between the words
    // and the name, by the text elsewhere, or by a state in brackets.
    const envoys = c
      .inRange(at, s.end, ['Person'])
      .filter(
        (m) =>
          m.entity !== last.host &&
          (TITLED.test(c.work.slice(at, m.start)) || calledEnvoy(c, m.entity) || stateInBrackets(c, m)),
      )
      .map((m) => m.entity);
    const named = [...new Set(envoys)];
    if (!named.length) return;
    const host = last.host;
    ceremony(h, host, named);
    // A roster may go on in the next sentences ("She was followed by …").
    lastCeremony.set(c, { host, sentence: si });
  },
};
