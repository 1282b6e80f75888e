// Role coreference: envoy phrases ("Russia's envoy to the United States", "ambassador to Washington X")
// as mentions of the envoy, titles given in appositions ("Russia's foreign minister, Sergei Lavrov,"),
// and nominal references ("the ambassador", "the Russian president", "the Kremlin chief") resolved to
// the one person they can be.
import { canonicalPlace, CAPITALS, demonymCountry, isKnownPlace } from '../lexicon.js';
import { INDEFINITE_BEFORE, span } from '../text.js';
import { FULL_TITLE_TAIL, HEAD_OF_MISSION_CASED } from '../role-nouns.js';
import type { Builder } from './builder.js';
import type { Entity, EntityIndex } from './types.js';
import { matchesOf } from '../regex-matches.js';

/** Seats of power that stand for a country's leadership in "the Kremlin chief", "the White House leader". */
export const SEATS_OF_POWER: Record<string, string> = {
  kremlin: 'Russia',
  'white house': 'United States',
  elysee: 'France',
  élysée: 'France',
  'downing street': 'United Kingdom',
};

export const ROLE = String.raw`(?:top diplomat|${HEAD_OF_MISSION_CASED}|[Cc]harg[ée] d['’]affaires)`;
export const PLACE_WORDS = String.raw`(?:the\s+)?(?:(?:\p{Lu}\p{L}+\s+){0,3}Republic\s+of\s+(?:[Tt]he\s+)?)?((?:\p{Lu}[\p{L}.]*)(?:\s+\p{Lu}[\p{L}.]*)?)`;

/**
 * Between a name and the envoy phrase after it that is its post: a comma (", for US Ambassador to …"),
 * "as (the next)", "its new" ("named X its new envoy to Spain"), or a passive appointment, maybe after an
 * apposition ("X, a former minister, will be appointed ambassador to Israel", "X was named envoy to …").
 */
const NAME_THEN_POST = new RegExp(
  String.raw`^(?:,\s{1,2}(?:for\s+)?|\s+as\s+(?:(?:the|its|his|her|their)\s+)?(?:(?:new|next|first|incoming)\s+)?|\s+(?:its|his|her|their)\s+(?:new|next)\s+|(?:,[^,;.()“”"]{2,140},)?\s+(?:was|were|is|has\s+been|have\s+been|will\s+be|is\s+to\s+be)\s+(?:appointed|named|nominated|confirmed|designated|tapped|chosen|posted)\s+(?:as\s+)?(?:(?:the|its|his|her|their)\s+)?(?:(?:new|next|first)\s+)?)$`,
  'u',
);

/** Between a listed name and its role: a comma, a determiner, a word of time ("A, the new ambassador"). */
const LIST_GAP = /^\s*,\s+(?:the\s+)?(?:(?:new|former|current|outgoing|incoming)\s+)?$/;

/** After a role set off by commas: the next name and its own role ("…, B, ambassador to Peru"). */
const LISTED_ROLE = new RegExp(
  String.raw`^,\s+[^,;.()]{2,60}?,\s+(?:the\s+)?(?:(?:new|former|current|outgoing|incoming|\p{Lu}[\p{L}.]*)\s+)?${ROLE}`,
  'u',
);

/** Envoy role phrases as aliases, nominal references ("the ambassador", "the Russian president"). */
// The envoy and apposition patterns, built once (matchAll copies the global ones; the others keep no state).
/** "Russia's ambassador to Japan", "the Chinese envoy in Kabul", a bare "ambassador". */
const ENVOY_PHRASE = new RegExp(
  String.raw`\b(?:(\p{Lu}[\p{L}.]*)['’]s\s+(?:(?:new|next|former|current|incoming|outgoing|top|deputy)\s+)?|(\p{Lu}[\p{L}.]*)\s+)?${ROLE}${FULL_TITLE_TAIL}(?:\s+(?:to|in)\s+${PLACE_WORDS}|\s+(?:to|in)\s+the\s+country(?=\s*,))?`,
  'gu',
);
const AMBASSADOR_OF_TO = new RegExp(
  String.raw`\b[Aa]mbassador of\s+${PLACE_WORDS}\s+to\s+${PLACE_WORDS}`,
  'gu',
);
const AMBASSADOR_OF = new RegExp(String.raw`\b[Aa]mbassador of\s+${PLACE_WORDS}(?=\s*,)`, 'gu');
const APPO_ROLE = String.raw`(president|prime minister|foreign minister|defen[cs]e minister|minister|chancellor|leader|secretary of state|ambassador|envoy)`;
const APPO_BEFORE = new RegExp(
  String.raw`\b(?:(\p{Lu}[\p{L}.]*)['’]s|[Tt]he\s+(\p{Lu}[\p{L}.]*))\s+(?:new\s+|top\s+)?${APPO_ROLE},\s+$`,
  'u',
);
const APPO_AFTER = new RegExp(
  String.raw`^,\s+(?:(\p{Lu}[\p{L}.]*)['’]s|the\s+(\p{Lu}[\p{L}.]*))\s+(?:new\s+|top\s+)?${APPO_ROLE}\b`,
  'u',
);

export function resolveRoles(b: Builder, text: string, work: string, idx: EntityIndex): void {
  const persons = () => idx.mentions.filter((m) => m.entity.type === 'Person' && !m.nominal);
  const personAt = (pos: number, dir: 1 | -1): Entity | undefined => {
    // A person mention starting right after pos (", " allowed) or ending right before it (the nearest
    // whose post the phrase is: NAME_THEN_POST).
    let before: Entity | undefined;
    for (const m of persons()) {
      if (dir === 1 && m.start >= pos && m.start - pos <= 3 && /^[\s,]{0,3}$/.test(work.slice(pos, m.start)))
        return m.entity;
      if (dir === -1 && m.end <= pos && m.end >= pos - 200 && NAME_THEN_POST.test(work.slice(m.end, pos)))
        before = m.entity;
    }
    return before;
  };
  const countryOf = (w: string | undefined): string | undefined => {
    if (!w) return undefined;
    const dem = demonymCountry(w);
    if (dem) return dem;
    if (isKnownPlace(w)) {
      const c = canonicalPlace(w);
      return CAPITALS[c.toLowerCase()] ?? c;
    }
    return undefined;
  };
  const envoyPhrases: {
    start: number;
    end: number;
    origin?: string;
    target?: string;
    person?: Entity;
    withTarget: boolean;
    bare?: boolean;
  }[] = [];
  // ("the Russian ambassador to the country, X": an envoy of known origin posted where the article is about.)
  for (const m of matchesOf(ENVOY_PHRASE, work)) {
    const originWord = m[1] ?? m[2];
    const origin = countryOf(originWord);
    if (originWord && !origin) continue;
    let target = countryOf(m[3]);
    let end = m.index + m[0].length;
    // ("ambassador to Japan.": the sentence's full stop is no part of the name.)
    if (m[3] && !target && m[3].endsWith('.') && (target = countryOf(m[3].slice(0, -1)))) end -= 1;
    if (m[3] && !target && /\s/.test(m[3])) {
      // "to Washington Anatoly Antonov": the place is the first word only.
      const first = m[3].split(/\s+/)[0]!;
      target = countryOf(first);
      if (target) end = m.index + m[0].lastIndexOf(m[3]) + first.length;
    }
    if (m[3] && !target) end = m.index + m[0].search(/\s+(?:to|in)\s/);
    if (!origin && !target) {
      // A bare "ambassador Anatoly Antonov": the person is an envoy, origin and post unknown.
      envoyPhrases.push({ start: m.index, end: m.index + m[0].length, withTarget: false, bare: true });
      continue;
    }
    envoyPhrases.push({ start: m.index, end, origin, target, withTarget: !!target });
  }
  for (const m of matchesOf(AMBASSADOR_OF_TO, work)) {
    const origin = countryOf(m[1]);
    const target = countryOf(m[2]);
    if (origin && target)
      envoyPhrases.push({ start: m.index, end: m.index + m[0].length, origin, target, withTarget: true });
  }
  // "The ambassador of Ghana, Kwame Mensah,": an envoy whose post the text does not name.
  for (const m of matchesOf(AMBASSADOR_OF, work)) {
    const origin = countryOf(m[1]) ?? countryOf(m[1]!.split(/\s+/)[0]);
    if (origin) envoyPhrases.push({ start: m.index, end: m.index + m[0].length, origin, withTarget: false });
  }
  for (const ph of envoyPhrases) {
    const after = personAt(ph.end, 1);
    const before = ph.bare ? undefined : personAt(ph.start, -1);
    // ("A, ambassador to Chile, B, ambassador to Peru, and C, …": in a list of names each set off with its
    // role, the role is the name's before it, not the next one's.)
    const prev = ph.bare
      ? undefined
      : persons().find((x) => x.end <= ph.start && LIST_GAP.test(work.slice(x.end, ph.start)))?.entity;
    const listed = prev && after && LISTED_ROLE.test(work.slice(ph.end, ph.end + 90));
    const p = listed ? prev : (after ?? before);
    if (!p) continue;
    ph.person = p;
    p.envoy = { origin: ph.origin ?? p.envoy?.origin, target: ph.target ?? p.envoy?.target };
    if (ph.withTarget) {
      b.mention(p, ph.start, ph.end);
      const targetPlace = ph.target
        ? (idx.countryEntity(ph.target) ?? idx.placeByName(ph.target))
        : undefined;
      if (targetPlace)
        b.envoyLinks.push({
          person: p,
          target: targetPlace,
          evidence: span(text, ph.start, Math.max(ph.end, p.mentions[0] ? ph.end : ph.end)),
        });
    }
  }
  const envoys = [...b.entities.values()].filter((e) => e.type === 'Person' && e.envoy);
  for (const ph of envoyPhrases) {
    if (ph.person || !ph.withTarget) continue;
    if (INDEFINITE_BEFORE.test(work.slice(Math.max(0, ph.start - 10), ph.start))) continue;
    const cands = envoys.filter(
      (e) =>
        (!ph.origin || e.envoy!.origin === ph.origin) &&
        (!ph.target || !e.envoy!.target || e.envoy!.target === ph.target),
    );
    if (cands.length === 1) b.mention(cands[0]!, ph.start, ph.end);
  }
  // Titles given in an apposition: "Russia's foreign minister, Sergei Lavrov,", "Sergei Lavrov, Russia's
  // foreign minister", "the Chinese president, Xi Jinping": the person gets the title and the country.
  // ("Dmitry Peskov, the press secretary of the President, …": a role with no country is still a title.)
  const appoRole =
    /^,\s+(?:the|a|an)\s+(?:[\p{Ll}-]+\s+){0,2}?(press secretary|spokes(?:wo)?man|spokesperson|ambassador|envoy|high commissioner|foreign minister|minister)\b/u;
  for (const m of persons()) {
    const a =
      APPO_BEFORE.exec(work.slice(Math.max(0, m.start - 60), m.start)) ??
      APPO_AFTER.exec(work.slice(m.end, m.end + 60));
    const r = a ? undefined : appoRole.exec(work.slice(m.end, m.end + 60));
    if (r) m.entity.title ??= r[1]!.replace(/^\p{Ll}/u, (x) => x.toUpperCase());
    if (!a) continue;
    const country = countryOf(a[1] ?? a[2]);
    if (!country) continue;
    m.entity.title = m.entity.title ?? a[3]!.replace(/^\p{Ll}/u, (x) => x.toUpperCase());
    m.entity.nationality = m.entity.nationality ?? country;
  }
  // "the ambassador", "The Russian ambassador", "the diplomat", "the envoy", "the Kremlin chief"; an
  // address ("said Mr Ambassador") and a headline's role before its colon ("Ambassador: “…”").
  for (const m of matchesOf(
    /\b(?:[Tt]he\s+(?:(?:new|former|veteran|top|senior|outgoing|incoming|current|then|\d+-year[- ]old)\s+)?(?:(\p{Lu}[\p{L}.]*(?:\s+House|\s+Street)?)\s+)?|(?!The\b)(\p{Lu}[\p{L}.]*)\s+(?=(?:ambassador|envoy)\b)|(?:Mr|Mrs|Ms|Madam)\.?\s+(?=(?:Ambassador|Minister|President|Envoy)\b)|^(?=(?:Ambassador|Minister|President|Envoy|Spokes(?:wo)?man|Spokesperson)\s*:)|(?<state>(?:(?!The\b)\p{Lu}[\p{L}]*[ ]){0,2}(?!The\b)\p{Lu}[\p{L}]*)['’]s[ ]+(?:(?:new|interim|acting|current|incoming)\s+)?(?=(?:[Pp]resident|[Pp]rime [Mm]inister|[Cc]hancellor|[Ff]oreign [Mm]inister|[Pp]remier|leader)\b))(?<role>(?:[Aa]mbassador|[Ee]nvoy|diplomat|[Pp]resident|leader|chief|[Pp]rime [Mm]inister|(?:deputy )?[Ff]oreign (?:[Aa]ffairs )?[Mm]inister|[Cc]hancellor|[Mm]inister|[Ss]pokes(?:wo)?man|[Ss]pokesperson|press secretary|[Ss]ecretary[- ][Gg]eneral|secretary|[Pp]remier|senator|governor|mayor))\b(?!['’]s\s+(?:office|residence))/gmu,
    work,
  )) {
    // (A capitalised role after "the" is the role of a body or country named next, "the President of …",
    // else the role itself as some pages capitalise it: "the Ambassador said".)
    if (
      /^[Tt]he\s/.test(m[0]) &&
      /^\p{Lu}/u.test(m.groups!.role!) &&
      /^\s+(?:of|to|in|for|at)\s/.test(work.slice(m.index + m[0].length, m.index + m[0].length + 6))
    )
      continue;
    // "a German ambassador", "another US envoy": someone new, not the envoy named before.
    if (INDEFINITE_BEFORE.test(work.slice(Math.max(0, m.index - 10), m.index))) continue;
    // (Capitalised "Prime Minister", "Chancellor" only after a state's possessive, the case before.)
    const state = m.groups!.state;
    if (!state && /^(?:Prime|Foreign|Chancellor|Premier)/.test(m.groups!.role!)) continue;
    // ("India's new prime minister", "Fiji's interim president": the one person of that state and title,
    // unless a name follows as the phrase's own: "South Africa's President Cyril Ramaphosa".)
    // (Nor an apposition to the name before it: "a letter to A, Norway's prime minister,".)
    const appositive = () =>
      idx.mentions.some((x) => x.entity.type === 'Person' && /^,\s{1,2}$/.test(work.slice(x.end, m.index)));
    if (state && (followedByName(work, idx, m.index + m[0].length) || appositive())) continue;
    const originWord = state ?? m[1] ?? m[2];
    const seat = originWord ? SEATS_OF_POWER[originWord.toLowerCase()] : undefined;
    const origin = state
      ? stateOf(state, countryOf)
      : originWord
        ? (demonymCountry(originWord) ?? seat)
        : undefined;
    if (originWord && !origin) continue;
    // (After a state's possessive, only a person named before it: "Samoa's Prime Minister" is no later-named
    // Fijian.)
    const namedBefore = (e: Entity) => !state || b.mentions.some((x) => x.entity === e && x.end <= m.index);
    // "the chief" alone is anyone's; "the Kremlin chief" is the head of state.
    if (m.groups!.role === 'chief' && !seat) continue;
    // ("the foreign affairs minister" is the foreign minister by either title.)
    const role =
      m.groups!.role === 'chief'
        ? 'leader'
        : m
            .groups!.role!.toLowerCase()
            .replace('press secretary', 'spokesman')
            // ("the Secretary General", "the secretary-general": the title either way it is written.)
            .replace(/^secretary[- ]general$/, 'secretary[- ]general')
            .replace('foreign affairs', 'foreign');
    if (
      /\s+(?:to|of|in)\s+\p{Lu}/u.test(work.slice(m.index + m[0].length, m.index + m[0].length + 6)) &&
      role !== 'president'
    )
      continue;
    let cands: Entity[];
    if (role === 'ambassador' || role === 'envoy' || role === 'diplomat')
      cands = envoys.filter((e) => !origin || !e.envoy!.origin || e.envoy!.origin === origin);
    else cands = [];
    // "the Hungarian diplomat" with no envoy named: the country's foreign minister, its top diplomat.
    if (role === 'diplomat' && !cands.length)
      cands = [...b.entities.values()].filter(
        (e) =>
          e.type === 'Person' &&
          /foreign minister|secretary of state|foreign secretary/i.test(e.title ?? '') &&
          (!origin || e.nationality === origin),
      );
    else if (!cands.length) {
      const want =
        role === 'leader'
          ? /president|prime minister|chancellor|leader/i
          : /^spokes/.test(role)
            ? /spokes|press secretary/i
            : role === 'foreign minister'
              ? /^(?!.*\b(?:deputy|vice|state)\b).*(?:foreign (?:affairs )?minister|minister (?:of|for) foreign affairs)/i
              : new RegExp(role, 'i');
      const titled = [...b.entities.values()].filter(
        (e) => e.type === 'Person' && e.title && want.test(e.title),
      );
      cands = titled.filter((e) => (!origin || e.nationality === origin) && namedBefore(e));
      // ("the Kremlin spokesman" when the one spokesman's country was never said; "South Africa's president"
      // after presidents A and Zambian B: the one whose country was never said, when only one is.)
      const unknown = titled.filter((e) => !e.nationality && namedBefore(e));
      if (!cands.length && (titled.length === 1 || state) && unknown.length === 1) cands = unknown;
    }
    if (cands.length > 1) {
      // Several envoys or presidents: the one last named as a sentence's subject before this phrase ("Biden
      // dismissed … calling Xi a dictator. … The president said" is Biden), else the one named last, else
      // the one named most.
      let best: Entity | undefined;
      let bestAt = -1;
      let subject: Entity | undefined;
      let subjectAt = -1;
      const counts = new Map<Entity, number>();
      for (const x of b.mentions) {
        if (!cands.includes(x.entity)) continue;
        counts.set(x.entity, (counts.get(x.entity) ?? 0) + 1);
        if (x.end <= m.index && x.end > bestAt) [best, bestAt] = [x.entity, x.end];
        if (x.end <= m.index && x.end > subjectAt && opensSentence(work, x.start))
          [subject, subjectAt] = [x.entity, x.end];
      }
      if (subject && m.index - subjectAt < 1500) best = subject;
      if (!best) {
        const ranked = [...counts.entries()].sort((p, q) => q[1] - p[1]);
        if (ranked.length && (ranked.length === 1 || ranked[0]![1] > ranked[1]![1])) best = ranked[0]![0];
      }
      cands = best ? [best] : [];
    }
    if (cands.length === 1) b.mention(cands[0]!, m.index, m.index + m[0].length, true);
  }
}

/** The state of a possessive's words, dropping words before it ("Later South Africa" is South Africa). */
function stateOf(words: string, countryOf: (w: string) => string | undefined): string | undefined {
  const ws = words.split(/\s+/);
  for (let i = 0; i < ws.length; i++) {
    const c = countryOf(ws.slice(i).join(' '));
    if (c) return c;
  }
  return undefined;
}

/** Whether a person's name (or a comma and one) starts right at pos. */
function followedByName(work: string, idx: EntityIndex, pos: number): boolean {
  const gap = /^,?\s{1,2}/.exec(work.slice(pos, pos + 3))?.[0].length ?? 0;
  return (
    idx.mentions.some((x) => x.entity.type === 'Person' && x.start === pos + gap) ||
    /^\s+\p{Lu}/u.test(work.slice(pos, pos + 2))
  );
}

/** Whether only titles and capitalised words stand between the sentence's start and pos (a subject). */
function opensSentence(work: string, pos: number): boolean {
  const before = work.slice(Math.max(0, pos - 80), pos);
  return /(?:^|[.!?]["”’]?\s+|\n\s*)(?:(?:The|the|[\p{Lu}][\p{L}.’'-]*)\s+)*$/u.test(before);
}
