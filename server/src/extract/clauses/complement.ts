// What follows a noun phrase's head: whose it is ("of Norway", "from A, B and C", "of the Russian
// diplomatic staff", "working at the Russian embassy"), where an envoy is posted ("to Seoul"), a name in
// apposition ("the ambassador, X,"), named members ("including X", "including the party chief, X"), a
// list after a dash or a colon, after a comma the people or bodies a counted group names ("two banks, A
// and B"), and more demonyms counted by ellipsis ("45 Polish diplomats, 40 German and 35 French ones").
import type { Ctx } from '../context.js';
import type { Mention } from '../entities/index.js';
import { COORDINATED_HEAD, DET, ENVOY_HEAD, NUM, PEOPLE_OR_ENVOY } from './head-words.js';
import { demonymsAt, listAfter, mentionAt, roleListAfter, type NounPhrase } from './mention-lists.js';

/** "including those of", "among them the envoys from": members of a group named by their countries. */
const INCLUDING_THOSE =
  /^\s*,?\s*(?:including|among them|such as|notably|namely)\s+(?:those|the\s+(?:ones|envoys|ambassadors|diplomats|representatives|heads of mission))\s+(?:of|from)\s+(?:the\s+)?/;
/** "23 countries: A, B", "10 countries, including A", "23 countries: one from A, two from B". */
const INCLUDED_STATES = new RegExp(
  `^(?:\\d+|\\p{Ll}+)\\s+(?:\\p{L}+\\s+)?(?:countries|states|nations)\\s*(?:[:—–]|,?\\s*(?:including|among them|such as|namely|notably))\\s*(?:(?:${NUM})\\s+(?:\\p{Ll}+\\s+)?(?:from|of)\\s+)?(?:the\\s+)?`,
  'u',
);
/**
 * Title words before a member's name, capitalised or not: "Minister", "intelligence minister", the last
 * word before a comma ("the party chief in Xinjiang, A").
 */
const ROLE_BEFORE =
  /^(?:(?!(?:who|which|that|and|or|was|were|is|are|has|have|had|said|says)\b)[\p{L}.'’-]+\s+){0,4}(?:(?!(?:who|which|that|and|or)\b)[\p{L}.'’-]+,\s+)?$/u;
/** What may close a list set off by a comma after a group: the clause's end or its next part, no speaker. */
const LIST_CLOSE =
  /^\s*(?:$|[.;:)—–]|,\s+(?!(?:\S+\s+){0,2}?(?:said|says|told|added|reported|stated|announced|according)\b)|\s+(?:which|who|that|for|over|in|on|as|after|with)\b)/;
/**
 * A short qualifier of a group of people, up to the colon that opens their list: " of the port city of X",
 * " in the city police" (a preposition, then no verb, mark or clause word before the colon).
 */
const QUALIFIED_GROUP =
  /^\s+(?:of|in|at|from|within|across)\s+(?:(?!(?:who|which|that|was|were|is|are|has|have|had|said|says|and|or)\b)[^\s,;:.()"“”—–]+\s+){0,6}?[^\s,;:.()"“”—–]+(?=\s*:\s+\p{Lu})/u;
/** Another count and its country after a group's owners: ", four from Poland", "and three of Lithuania". */
const BY_COUNT = new RegExp(
  `^\\s*(?:,\\s*(?:and\\s+)?|\\s+and\\s+)(?:${NUM})\\s+(?:more\\s+)?(?:from|of)\\s+(?:the\\s+)?`,
);

/**
 * Owners a group adds count by count: "13 diplomats from Ukraine, four from Poland and three from
 * Lithuania", "60 US diplomats, 13 from Ukraine": each country after its own count.
 */
function moreByCount(c: Ctx, np: NounPhrase, limit: number): void {
  for (;;) {
    const more = BY_COUNT.exec(c.work.slice(np.end, limit));
    const m = more ? mentionAt(c, np.end + more[0].length, limit) : undefined;
    if (!m || m.entity.type !== 'Place' || m.start !== np.end + more![0].length) return;
    np.owners.push({ entity: m.entity, start: m.start, end: m.end });
    np.end = m.end;
  }
}

/** A count and a demonym coordinated after a group: "and one Estonian", ", 40 German and 35 French ones". */
const BY_DEMONYM = new RegExp(
  `^\\s*(?:,\\s*(?:and\\s+)?|\\s+and\\s+|,?\\s+as\\s+well\\s+as\\s+)(?:${NUM})\\s+(?=\\p{Lu})`,
  'u',
);

/**
 * Owners a group of a demonym's people adds by ellipsis: "two Latvian diplomats and one Estonian", "45
 * Polish diplomats, 40 German and 35 French ones": each demonym after its own count, closing on "ones",
 * the head again, or the clause's next part.
 */
function moreByDemonym(c: Ctx, np: NounPhrase, limit: number): void {
  if (!np.owners.some((o) => o.country)) return;
  const head = np.head!.replace(/[^\p{L} ]/gu, '').replace(/s$/, '');
  const close = new RegExp(
    String.raw`^(?:\s+(?:ones|${head}s?)\b|(?=\s*(?:$|[.;,)—–]|\s+(?:and|on|in|over|for|after|from|to|as|who|which)\b)))`,
    'u',
  );
  for (;;) {
    const more = BY_DEMONYM.exec(c.work.slice(np.end, limit));
    const dem = more ? demonymsAt(c, np.end + more[0].length, limit) : undefined;
    const end = dem ? close.exec(c.work.slice(dem.end, limit)) : null;
    if (!dem || !end) return;
    np.owners.push(...dem.owners);
    np.end = dem.end + end[0].length;
  }
}

/** What follows a head: "of Norway", "from A, B and C", "to Seoul, Koichi Ibushi,", "— A, B —", ": A; B". */
export function complement(c: Ctx, np: NounPhrase, limit: number, listLimit: number): void {
  const rest = () => c.work.slice(np.end, limit);
  // "of Norway", "each from …", ", from the US, …", "with diplomatic status from …", "from the embassies
  // of …", "working at the Russian embassy" (a body's staff only).
  const of =
    /^(?:\s+each|\s*,)?\s+(?:with\s+(?:\p{Ll}+\s+){1,2}(?=of\b|from\b))?(?:of|from|(working|based|stationed|accredited|posted|serving|employed)\s+(?:at|in|with|for))\s+(?:the\s+)?(?:(?:[Ee]mbass(?:y|ies)|(?:[Dd]iplomatic\s+)?[Mm]issions?|[Cc]onsulates?)\s+of\s+(?:the\s+)?)?/u.exec(
      rest(),
    );
  if (of && !np.owners.length && !(ENVOY_HEAD.test(np.head!) && /^\s+from/.test(of[0]) && np.possessed)) {
    // "the ambassadors of 10 countries, including the US, Germany and France", "from the following
    // countries: A, B, C", "of 23 countries — A, B …": the countries listed.
    const incl = INCLUDED_STATES.exec(c.work.slice(np.end + of[0].length, listLimit));
    const lim = incl ? listLimit : limit;
    const m = mentionAt(c, np.end + of[0].length + (incl?.[0].length ?? 0), lim);
    const body = (x: Mention) =>
      x.entity.type === 'Organization' ||
      /^['’]s\s+(?:embassy|mission|consulate)/.test(c.work.slice(x.end, limit));
    if (m && m.entity.type !== 'Person' && (!of[1] || body(m))) {
      const items = listAfter(c, m, lim);
      np.owners = items.map((x) => ({ entity: x.entity, start: x.start, end: x.end }));
      np.end = items[items.length - 1]!.end;
    }
    // "members of the Russian diplomatic staff": a demonym that modifies the complement's noun.
    const dem = m ? undefined : demonymsAt(c, np.end + of[0].length, limit);
    if (dem && /^\s+\p{Ll}/u.test(c.work.slice(dem.end, limit))) [np.owners, np.end] = [dem.owners, dem.end];
  }
  if (np.owners.length && PEOPLE_OR_ENVOY.test(np.head!)) moreByCount(c, np, limit);
  if (np.owners.length && PEOPLE_OR_ENVOY.test(np.head!)) moreByDemonym(c, np, limit);
  // The posting: "to Seoul", "in Paris" (kept in the phrase, not an owner).
  const post = /^\s+(?:to|in|from)\s+(?:the\s+)?/.exec(rest());
  if (post && ENVOY_HEAD.test(np.head!)) {
    const m = mentionAt(c, np.end + post[0].length, limit);
    if (m && m.entity.type === 'Place') {
      const items = listAfter(c, m, limit);
      np.postings = items.map((x) => x.entity);
      np.end = items[items.length - 1]!.end;
    }
  }
  // A name in apposition, in brackets or right after the role.
  const appo = /^(?:\s*,\s*|\s*\(\s*|\s+)/.exec(rest());
  if (appo) {
    const m = mentionAt(c, np.end + appo[0].length, limit);
    if (m && m.entity.type === 'Person' && ENVOY_HEAD.test(np.head!)) {
      const items = listAfter(c, m, limit);
      np.entities = items.map((x) => x.entity);
      np.end = items[items.length - 1]!.end;
      return;
    }
  }
  // Named members of an unnamed group: "six Indian diplomats, including the High Commissioner X",
  // "five officials, among them A and B".
  const incl = /^\s*,?\s*(?:including|among them|such as|notably|namely)\s+(?:the\s+)?/.exec(rest());
  if (incl && PEOPLE_OR_ENVOY.test(np.head!)) {
    const m = c
      .inRange(np.end + incl[0].length, Math.min(listLimit, np.end + incl[0].length + 60), ['Person'], true)
      .find(
        (x) =>
          ROLE_BEFORE.test(c.work.slice(np.end + incl[0].length, x.start)) &&
          !/^\s*,?\s+(?:said|says|told|added|stated|reported|announced)\b/.test(
            c.work.slice(x.end, x.end + 12),
          ),
      );
    if (m) np.including = roleListAfter(c, m, listLimit).map((x) => x.entity);
  }
  // Members named by whose they are: "ten ambassadors, including those of Germany and France".
  const whose = INCLUDING_THOSE.exec(rest());
  if (whose && !np.owners.length && !np.including && PEOPLE_OR_ENVOY.test(np.head!)) {
    const m = mentionAt(c, np.end + whose[0].length, listLimit);
    if (m && m.entity.type === 'Place' && m.start === np.end + whose[0].length) {
      const items = listAfter(c, m, listLimit);
      np.owners = items.map((x) => ({ entity: x.entity, start: x.start, end: x.end }));
      np.end = items[items.length - 1]!.end;
    }
  }
  // Named entities coordinated with an unnamed group: "14 EU countries, as well as Canada".
  const and = /^\s*,?\s*(?:and|as well as|along with)\s+(?:the\s+)?/.exec(rest());
  if (and && /^(?:countries|states|nations|allies)$/.test(np.head!)) {
    const m = mentionAt(c, np.end + and[0].length, limit);
    if (m) {
      const items = listAfter(c, m, limit);
      np.entities = items.map((x) => x.entity);
      np.end = items[items.length - 1]!.end;
      return;
    }
  }
  // A list set off by a dash or a colon, also after a second group coordinated with the head ("28
  // organizations and two banks — A and B —"); after a comma, the people or bodies a group of them names
  // when the list closes the clause ("two Russian banks, A and B, which …").
  const people = PEOPLE_OR_ENVOY.test(np.head!) && !ENVOY_HEAD.test(np.head!);
  const more = people ? /^\s*,?\s+and\s+/.exec(rest()) : null;
  const second = more ? c.work.slice(np.end + more[0].length, limit) : '';
  const det = more ? DET.exec(second)![0] : '';
  const coordinated = more ? COORDINATED_HEAD.exec(second.slice(det.length))?.[0] : undefined;
  const skip = coordinated ? more![0].length + det.length + coordinated.length : 0;
  const opener = people ? /^\s*[—–:,]\s*/ : /^\s*[—–:]\s*/;
  // ("key officials of the port city of X: A, …", "two officers in the city police: A and B": a group of
  // people, a short qualifier, then the colon that opens their list.)
  const qualified = people && !np.owners.length ? QUALIFIED_GROUP.exec(c.work.slice(np.end, limit)) : null;
  const listAt =
    skip && opener.test(c.work.slice(np.end + skip, limit))
      ? np.end + skip
      : qualified
        ? np.end + qualified[0].length
        : np.end;
  const list = opener.exec(c.work.slice(listAt, limit));
  if (list) {
    const from = listAt + list[0].length;
    const m = c
      .inRange(from, Math.min(listLimit, from + 60), undefined, true)
      .find((x) => /^(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}$/u.test(c.work.slice(from, x.start)));
    const items = m ? listAfter(c, m, listLimit) : [];
    const end = items[items.length - 1]?.end ?? from;
    const named = items.every(
      (x) => x.entity.type !== 'Place' && !/^['’]s\b/.test(c.work.slice(x.end, x.end + 2)),
    );
    if (
      items.length &&
      (!list[0].includes(',') || (named && LIST_CLOSE.test(c.work.slice(end, listLimit))))
    ) {
      np.entities = items.map((x) => x.entity);
      np.end = end;
    }
  }
}
