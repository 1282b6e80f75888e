// Meetings of an envoy presenting credentials to a head of state (MET; other meetings: meetings.ts; phone
// calls: phone-calls.ts).
import { referents } from '../clauses/clause.js';
import { subjectOf } from '../clauses/subject.js';
import type { Ctx } from '../context.js';
import type { Sentence } from '../text.js';
import type { Entity } from '../entities/index.js';
import { P, placeAfter } from './arguments.js';
import { countryOf, datelineState } from './dateline-place.js';
import { persons } from './meeting-parties.js';
import { envoysNamedBefore, rosterPresenters } from './credential-presenters.js';
import { roleHolders } from './role-holders.js';
import { credentialStates } from './meeting-envoy-states.js';
import type { EventRule, RuleHit } from './hit.js';
import type { EvOut } from './types.js';
import { HONORIFIC_ONE } from '../honorifics.js';
import { HEAD_OF_MISSION_CASED } from '../role-nouns.js';

/** A fronted adverbial before a clause's subject: "On Monday, ", "Earlier in the day, ". */
const FRONTED = /^(?:[^,;]{0,40},\s*)?/;

/** Whether a person other than `host` is named in s or the two sentences after it. */
function namedAfter(c: Ctx, s: Sentence, host: Entity): boolean {
  const last = c.sents[Math.min(c.sents.length - 1, c.sents.indexOf(s) + 2)]!;
  return c.inRange(s.start, last.end, P).some((m) => m.entity !== host);
}

/** A title's tail, never a name: "High Commissioners Designate", "Ambassador-Elect". */
const TITLE_TAIL = /^(?:Designate|Designated|Elect)$/;

/** The head of state who last received credentials in an article (a later "Also presenting were: …"). */
export const lastHost = new WeakMap<Ctx, Entity>();
/** The sentence (index) of an article's last credentials ceremony and its host (credential-lists.ts). */
export const lastCeremony = new WeakMap<
  Ctx,
  { host: Entity; sentence: number; place?: Entity; called?: boolean }
>();

/**
 * One credentials ceremony, as every credentials rule makes it: a meeting keyed by its host (so that the
 * rules' readings of one ceremony merge), the envoys its participants, and MET from each envoy to the host.
 */
export function ceremony(h: RuleHit, host: Entity, envoys: readonly Entity[], place?: Entity): EvOut {
  const e = h.event({
    place,
    participants: [host, ...envoys].map((p) => ({ entity: p, role: 'participant' })),
    main: host,
    key: `credentials:${host.id}`,
  });
  for (const v of envoys) h.relation(v, 'MET', host, { event: e, place });
  return e;
}

/**
 * Envoys presenting credentials to a head of state: one ceremony (a meeting keyed by the host) with MET
 * between the host and each envoy named. Presenters are the clause's subject ("X, along with 16 other
 * envoys, presented diplomatic credentials to President Y"), an inverted list ("Also presenting
 * credentials were: A of X, B of Y") or the persons the host "received the credentials of"; the host
 * the person after "to"/"before", the subject of "received", or the host last named. A headline's
 * unnamed "Ambassadors present letters of credence to President Y" is the ceremony too.
 */
export const credentials: EventRule = {
  id: 'events/meetings-calls:credentials',
  type: 'meeting',
  re: /\b(?:present(?:ed|s|ing)?|handed(?:\s+over)?|submitted)\s+(?:(?:his|her|their|its|the|diplomatic|official|copies\s+of)\s+){0,2}(?:[Ll]etters?\s+of\s+[Cc]redence|[Cc]redentials|[Cc]redential\s+[Ll]etters?)\b|\b(?:receive|received|receives|accepted|accepts)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?(?:[Ll]etters?\s+of\s+[Cc]redence|[Cc]redentials|presentation)\b/gu,
  run(h) {
    const { c, s, at, end } = h;
    // A ceremony to come is no meeting held ("will present their Letters of Credence on Monday").
    if (CEREMONY_AHEAD.test(c.work.slice(Math.max(s.start, at - 40), at))) return;
    const receiving = /^(?:receive|received|receives|accepted|accepts)/.test(c.work.slice(at, end));
    let host: Entity | undefined;
    let envoys: Entity[] = [];
    if (receiving) {
      // "X has presided over a ceremony to receive letters of credence": the person the clause opens with.
      host = referents(c, subjectOf(c, s, at), P, { at })[0] ?? c.subjectBefore(s.start, at, P);
      const of = /^[^.;]{0,40}?\b(?:of|from)\s+/.exec(c.work.slice(end, s.end));
      // (Not a title's tail read as a name: "from Ambassadors and High Commissioners Designate".)
      if (of)
        envoys = c
          .inRange(end + of[0].length, s.end, P)
          .filter((m) => !TITLE_TAIL.test(c.work.slice(m.start, m.end)))
          .map((m) => m.entity);
      // "received the credentials of the ambassadors of A, B and C": the states (meeting-envoy-states.ts).
      if (of && !envoys.length) envoys = credentialStates(c, end + of[0].length, s.end);
    } else {
      // (Not an envoy's posting: "… include the Peruvian Ambassador to Zambia, A".)
      const to =
        /^[^.;]{0,40}?(?<!\b(?:[Aa]mbassadors?|[Ee]nvoys?|[Cc]ommissioners?)\s)\b(?:to|before)\s+/.exec(
          c.work.slice(end, s.end),
        );
      // "to the president": a head of state's role without a name is the host already named.
      const role = to && HOST_ROLE.test(c.work.slice(end + to[0].length, s.end));
      host = to && !(role && lastHost.get(c)) ? persons(h, end + to[0].length, s.end)[0] : lastHost.get(c);
      // "X received five new ambassadors who presented their credentials": the one who receives them.
      const rel = to && host ? null : RECEIVED_WHO.exec(c.work.slice(s.start, at));
      if (rel) host = c.subjectBefore(s.start, s.start + rel.index, P) ?? host;
      // "… who presented credentials to the president are: A of X, B of Y".
      // (Or "… to the president are A of X, B of Y": a name right after "are".)
      const were =
        /^[^.;:]{0,40}?\b(?:were\s*:?|are\s*:)\s*/.exec(c.work.slice(end, s.end)) ??
        areThenName(c, end, s.end);
      // "The Ambassador of A to B, X and the C Ambassador to B, Y presented": each role's holder.
      const held = were ? [] : roleHolders(c, s.start, at, true);
      envoys = were
        ? c.inRange(end + were[0].length, s.end, P).map((m) => m.entity)
        : held.length > 1
          ? held
          : referents(c, subjectOf(c, s, at), P, { at });
    }
    if (!host) return;
    lastHost.set(c, host);
    // "The ambassadors who presented their credentials are:", "received credentials from the following
    // ambassadors:" and a list of names, one per line.
    if (
      !envoys.length &&
      (/^\s*(?:are|were|include[sd]?)\s*:/.test(c.work.slice(end, end + 20)) ||
        /:\s*$/.test(c.work.slice(end, s.end)))
    )
      envoys = c.inRange(end, listEnd(c, end), P).map((m) => m.entity);
    // Unnamed presenters ("incoming diplomats", "new ambassadors"): the new envoys the article names.
    if (!envoys.length && UNNAMED_PRESENTERS.test(c.work.slice(s.start, s.end))) envoys = newEnvoys(c, host);
    // (Or the envoys the sentences just before named with their postings: "They are the ambassador of A to B, X, …".)
    if (!envoys.length && UNNAMED_PRESENTERS.test(c.work.slice(s.start, s.end)))
      envoys = envoysNamedBefore(c, s, host);
    // "Including A, a total of 20 envoys, including B, presented …": the envoys the group's subject names.
    if (!envoys.length && !receiving && UNNAMED_PRESENTERS.test(c.work.slice(s.start, at)))
      envoys = c
        .inRange(s.start, at, ['Person'])
        .map((m) => m.entity)
        .filter((e) => e !== host && calledEnvoy(c, e));
    // "A, ambassador of X; B, Y; and C, Z presented their credentials to P": the roster before the trigger.
    if (!envoys.length && !receiving) envoys = rosterPresenters(c, s, at, host);
    // "(On Monday,) The ambassadors of A, B and C presented their credentials to P": the states of the
    // unnamed envoys (meeting-envoy-states.ts), met by the host; no posting is given to a state. Not when
    // the envoys are named in the sentences that follow ("First to present was X, followed by Y (B)"):
    // a roster (credential-rosters.ts) meets them by name.
    const fronted = s.start + FRONTED.exec(c.work.slice(s.start, at))![0].length;
    const states =
      envoys.length || receiving || namedAfter(c, s, host)
        ? []
        : ([s.start, fronted].map((from) => credentialStates(c, from, at)).find((x) => x.length) ?? []);
    envoys = [...new Set(envoys)].filter((e) => e !== host);
    const place = placeAfter(c, end, s.end, /^[^;]{0,60}?\b(?:in|at)\b/);
    lastCeremony.set(c, { host, sentence: c.sents.indexOf(s), place });
    ceremony(h, host, [...envoys, ...states.filter((x) => x !== host)], place);
    postEnvoys(h, host, envoys, place);
  },
};

/**
 * An envoy presenting credentials is posted where the ceremony is: AMBASSADOR_TO the host's state (hostState),
 * when the text calls them an ambassador or envoy (or `called`: the list's own lead does, "The new envoys are").
 */
export function postEnvoys(h: RuleHit, host: Entity, envoys: Entity[], place?: Entity, called = false): void {
  const { c, s, at } = h;
  const posting = hostState(c, host, place);
  if (!posting) return;
  for (const v of envoys)
    if ((called || calledEnvoy(c, v)) && !v.envoy?.target && v.nationality !== posting.name)
      h.loose.push({
        source: v,
        type: 'AMBASSADOR_TO',
        target: posting,
        date: null,
        evidence: [
          c.evidence(c.sentenceAt(c.mentions.find((m) => m.entity === v && m.start >= at)?.start ?? at) ?? s),
        ],
        rule: 'events/meetings-calls:credentials-envoy',
      });
}

/** Right before the trigger, a ceremony told as to come: "will present", "are scheduled to present". */
const CEREMONY_AHEAD =
  /\b(?:will|shall|(?:is|are)\s+(?:expected|scheduled|set|due)\s+to)\s+(?:\p{Ll}+\s+)?$/u;

/** "… are A of X, B of Y": "are" and a person's name right after it (titles allowed). */
function areThenName(c: Ctx, from: number, to: number): RegExpExecArray | null {
  const are = /^[^.;:]{0,40}?\bare\s+/.exec(c.work.slice(from, to));
  const first = are ? c.inRange(from + are[0].length, to, P, true)[0] : undefined;
  const gap = first ? c.work.slice(from + are![0].length, first.start) : '';
  return first && /^(?:(?:Ambassadors?|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|H\.\s?E\.)\s+)*$/.test(gap) ? are : null;
}

/** A host's verb and the envoys it takes, a relative clause of presenting after them. */
const RECEIVED_WHO =
  /\b(?:received|receives|welcomed|welcomes|hosted|hosts)\s+[^.;]{0,80}?\b(?:who|that)\s+(?:\p{Ll}+\s+){0,3}$/u;

/** A head of state named by the role alone ("the president", "the King"), no name after it. */
const HOST_ROLE =
  /^(?:the\s+)?(?:\p{Lu}\p{Ll}+\s+)?(?:president|king|queen|emir|sultan|governor[- ]general|head of state)\b(?!\s+(?:of\s+)?\p{Lu})/iu;

const UNNAMED_PRESENTERS = /\b(?:diplomats|ambassadors|envoys|high commissioners|heads of mission)\b/i;

/** What may stand before a listed name on its line: honorifics ("H.E.", "Mr.", "Dr."). */
const HONORIFICS = new RegExp(String.raw`^(?:(?:${HONORIFIC_ONE}|Amb\.?)\s+)*$`);
/** Honorifics and then one rank, a title no honorific list holds: "His Excellency Archbishop ". */
const HONORIFICS_RANK = new RegExp(String.raw`^(?:(?:${HONORIFIC_ONE}|Amb\.?)\s+)+\p{Lu}\p{Ll}+\s+$`, 'u');

/** A line that is a listed envoy's posting, under the line of the envoy's name: "Ambassador of the Republic of Chile". */
const POSTING_LINE = new RegExp(
  String.raw`^\s*(?:(?:Apostolic\s+)?Nuncio|${HEAD_OF_MISSION_CASED})s?\s+(?:of|to|for)\s+[^\n]{1,80}$`,
  'u',
);

/**
 * Where a list of names, one per line, ends: the last line after pos that opens with a bullet, or
 * with a person's name (lines with no bullet: "Ana Ruiz, Ambassador of Chile").
 */
export function listEnd(c: Ctx, pos: number): number {
  let end = pos;
  const re = /(\n(?:[ \t]*\n)*)([ \t]*(?:(?:[•·▪*-]|\d{1,2}[.)])[ \t]*)?)[^\n]*/gy;
  re.lastIndex = c.work.indexOf('\n', pos);
  if (re.lastIndex < 0) return pos;
  for (let m = re.exec(c.work); m; m = re.exec(c.work)) {
    const lead = m.index + m[1]!.length + m[2]!.length;
    const bullet = /[•·▪*-]|\d/.test(m[2]!);
    const first = c.inRange(lead, m.index + m[0].length, P, true)[0];
    // A name may follow honorifics: "H.E. Mr. Ana Ruiz".
    const gap = first ? c.work.slice(lead, first.start) : '';
    const named = first && (HONORIFICS.test(gap) || HONORIFICS_RANK.test(gap));
    // (A name's line may be followed by its posting's: "High Commissioner of Malaysia".)
    if (!bullet && !named && !(end > pos && POSTING_LINE.test(m[0]))) break;
    end = m.index + m[0].length;
    re.lastIndex = end;
  }
  return end;
}

/**
 * A list of envoys by the states they represent, up to a name: "the Ambassadors of the Order of Malta,
 * A; Egypt, B; and Kenya, " (names and states, commas, semicolons and "and" only; no designates).
 */
const ENVOYS_LIST = new RegExp(
  String.raw`\b${HEAD_OF_MISSION_CASED}s\s+(?:of|from)\s+(?:(?:the|and|of|\p{Lu}[\p{L}.'’-]*)[\s,;]+)*$`,
  'u',
);
/** A head-of-mission title right before a name ("Ambassador X", "the high commissioner, X"). */
const TITLE_BEFORE = new RegExp(String.raw`${HEAD_OF_MISSION_CASED}\s*,?\s*$`);
/** A head-of-mission title in an apposition after a name (", the new Ambassador of …"). */
const TITLE_AFTER = new RegExp(
  String.raw`^\s*,\s*(?:the\s+)?(?:new\s+)?(?:[\p{L}.]+\s+){0,2}${HEAD_OF_MISSION_CASED}\b`,
  'u',
);

/** Whether the text calls a person an ambassador, high commissioner or envoy (a title, apposition or list). */
export function calledEnvoy(c: Ctx, p: Entity): boolean {
  if (p.envoy) return true;
  return c.mentions.some(
    (m) =>
      m.entity === p &&
      (TITLE_BEFORE.test(c.work.slice(Math.max(0, m.start - 30), m.start)) ||
        ENVOYS_LIST.test(c.work.slice(Math.max(c.sentenceAt(m.start)?.start ?? 0, m.start - 300), m.start)) ||
        TITLE_AFTER.test(c.work.slice(m.end, m.end + 50))),
  );
}

/** A new head of mission's title right before a name: "New Ghanaian High Commissioner, X", "the new Envoy X". */
const NEW_TITLE_BEFORE = new RegExp(
  String.raw`\b(?:[Nn]ew|[Ii]ncoming)\s+(?:\p{Lu}[\p{L}]+\s+)?${HEAD_OF_MISSION_CASED}\s*,?\s*$`,
  'u',
);

/** The new envoys an article names ("New Ghanaian High Commissioner, X", "the new German Ambassador X"). */
function newEnvoys(c: Ctx, host: Entity): Entity[] {
  return [
    ...new Set(
      c.mentions
        .filter(
          (m) =>
            m.entity.type === 'Person' &&
            m.entity !== host &&
            NEW_TITLE_BEFORE.test(c.work.slice(Math.max(0, m.start - 60), m.start)),
        )
        .map((m) => m.entity),
    ),
  ];
}

/**
 * The state a head of state receives envoys for: theirs (or the one after the name, "King X of Morocco"),
 * else the country the article accredits envoys to, else the country of the place the ceremony's sentence
 * names ("… their missions in Tanzania"), else the one the article is dated from.
 */
function hostState(c: Ctx, host: Entity, place?: Entity): Entity | undefined {
  const own = host.nationality ? c.idx.countryEntity(host.nationality) : undefined;
  if (own) return own;
  // "King X of Morocco", "President X of Kenya": the state named right after the host's name.
  for (const m of c.mentions) {
    if (m.entity !== host) continue;
    const of = /^\s+of\s+(?:the\s+)?/.exec(c.work.slice(m.end, m.end + 12));
    const state = of && c.inRange(m.end + of[0].length, m.end + of[0].length + 40, ['Place'])[0];
    const country = state && state.start === m.end + of[0].length ? countryOf(c, state.entity) : undefined;
    if (country) return country;
  }
  const re =
    /\b(?:accredited|appointed|posted)\s+to\s+(?:the\s+)?|\b(?:[Aa]mbassadors?|[Hh]igh [Cc]ommissioners?|[Ee]nvoys?)\s+to\s+(?:the\s+)?/g;
  for (let m = re.exec(c.work); m; m = re.exec(c.work)) {
    const at = m.index + m[0].length;
    const place = c.inRange(at, at + 40, ['Place'])[0];
    // (A country, not the palace the envoys came to: "welcomed foreign ambassadors to the Royal Palace".)
    const state = place && place.start === at ? countryOf(c, place.entity) : undefined;
    if (state) return state;
  }
  const held = place && countryOf(c, place);
  if (held) return held;
  // Else where the article is written from, by its dateline.
  return datelineState(c);
}
