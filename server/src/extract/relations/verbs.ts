// Relations read from a verb between its subject and its object, as the clause module finds them (not
// the entities nearest the verb): CRITICIZED ("condemned", "branded X a …"), ACCUSED, THANKED, DEFENDED,
// SUPPORTED; "Y was criticised by X" too; a headline's capitalised verb ("Kenya Accuses US"); verbs that
// object only to an act ("rejects the statements of X", "lamented Venezuela's decision", "protested over
// the remarks by X", "condemned her remarks": the person last named); an act's doer inside the object
// ("slammed the sanctions imposed on him by X"); an envoy's role with no name as the object ("accuses US
// ambassador of") the one envoy of that state named; an objection voiced over an act ("lodged a protest
// over X's remarks"); a purpose after a summons ("summoned the envoy to protest the statement of X"); a
// passive whose subject is the act ("The call by X was condemned by Y"); the possessor after title words
// ("protested Senate President X's remarks"); an act labelled with a judging word ("called the remarks
// by X unacceptable", "described X's decision as irresponsible"; "X's visit was condemned by Y"); never
// the victim an object names after its act ("condemned Russian aggression against Ukraine": Russia, not
// Ukraine).
// Evidence is the verbatim sentence.
import { matchesOf } from '../regex-matches.js';
import { isVerb, type Ctx } from '../context.js';
import type { RelOut } from '../events/index.js';
import { agentOf, clauseEnd, isPassive, objectOf } from '../clauses/clause.js';
import { mentionAt, ownerEntity, phraseAt, placeModifier, type NounPhrase } from '../clauses/noun-phrase.js';
import { firstVerb, isParticipleClause, mainSubject, subjectOf } from '../clauses/subject.js';
import { ANY, entitiesOf, stateOf, subjectEntities } from '../events/parties.js';
import { demonymCountry } from '../lexicon.js';
import type { Entity, Mention } from '../entities/index.js';
import { indexAt, type Sentence } from '../text.js';
import { DOER_ACT } from './act-nouns.js';
import { CONDEMN_BASE, CONDEMN_IN_CLAUSE, OBJECTION_BASE, OBJECTION_IN_CLAUSE } from './condemn-verbs.js';
import { LABEL_GERUND, LABEL_OR_JUDGE_FINITE } from './labelling-verbs.js';
import { ACT_TARGET, doerByRole } from './judged-act-doer.js';
import { JUDGING, negatedVerb } from './judging.js';
import { unnamedStanceSubject } from './stance-subjects.js';

const VERBS: [RegExp, string, boolean, string, boolean?][] = [
  // [trigger, relation type, needs a quotation or "a <noun>" after the object, rule name, only an act's
  // doer as the object ("opposed the interference of X", never "opposed X")]
  [
    // ("called in the envoy", "called on X to …", "called for": a summons or a demand, no label.)
    new RegExp(String.raw`\b(?:${LABEL_OR_JUDGE_FINITE}|${LABEL_GERUND})\b`, 'g'),
    'CRITICIZED',
    true,
    'labelled',
  ],
  [new RegExp(CONDEMN_IN_CLAUSE, 'g'), 'CRITICIZED', false, 'criticized'],
  [/\b(?:[Aa]ccused|[Aa]ccuses|accusing)\b/g, 'ACCUSED', false, 'accused'],
  // "blamed X for", "alleged that X had …" (the complement's subject is the one accused).
  [/\b(?:blamed|blames|blaming|alleged that|alleges that|alleging that)\b/g, 'ACCUSED', false, 'blamed'],
  [/\b(?:lashed|lashes|lashing|hit|hits|hitting) (?:out|back) at\b/g, 'CRITICIZED', false, 'hit-out-at'],
  // "has been harshly critical of X", "their criticism of X": the object after the preposition.
  [/\b(?:critical of|criticism of|condemnation of)\b/g, 'CRITICIZED', false, 'critical-of'],
  [new RegExp(OBJECTION_IN_CLAUSE, 'g'), 'CRITICIZED', false, 'opposed-act', true],
  // "lodged a solemn protest over X's remarks", "expressed dissatisfaction with Iran's actions": an
  // objection voiced over an act (its doer is the target, as for the verbs above that take only an act).
  // A noun that is itself a judgement takes "of" too ("expressed its strong condemnation of the statements
  // made by X", "conveyed its rejection of Y's decision"); not "concerns of", "the opposition of X".
  [
    /\b(?:lodged|lodges|lodging|expressed|expresses|expressing|conveyed|conveys|conveying|voiced|voices|voicing|registered|registers)\s+(?:(?:a|an|its|his|her|their|our|the|\p{Lu}\p{L}+['’]s)\s+)?(?:[“"‘]?[\p{Ll}-]+[”"’]?\s+){0,3}?(?:(?:protests?|dissatisfaction|displeasure|indignation|opposition|outrage|condemnation|concerns?|disapproval|rejection|criticism|denunciation)[”"’]?\s+(?:over|about|at|against|with)|(?:condemnation|disapproval|rejection|criticism|denunciation)[”"’]?\s+of)(?=\s)/gu,
    'CRITICIZED',
    false,
    'objected-over',
    true,
  ],
  [/\b(?:thanked|thanks|thanking)\b/g, 'THANKED', false, 'thanked'],
  [/\b(?:defended|defends|defending)\b/g, 'DEFENDED', false, 'defended'],
  [/\b(?:backing|backed|backs|supporting|supported|supports)\b/g, 'SUPPORTED', false, 'supported'],
];

/** An act's doer as reports name him: "remarks attributed to X", "comments credited to X". */
export const ATTRIBUTED_TO = String.raw`(?:attributed|credited|ascribed)\s+to`;
/** Nouns of an act someone did or said, named before its doer: "the remarks by X", "the recent decision of X". */
const ACT_NOUN = String.raw`(?:${DOER_ACT}|attacks?|raids?|provocations?|sanctions|invasion|threats?|reaction|approach|call|visits?|trips?)`;
/**
 * An act, then "of"/"by"/"from" before its doer: "the interventionist approach of", "remarks made by",
 * "statements attributed to" (ATTRIBUTED_TO: the doer as the reports name him).
 */
const ACT_THEN_DOER = String.raw`(?:the\s+)?(?:[\p{Ll}-]+\s+){0,2}?${ACT_NOUN}\s+(?:(?:(?:made|taken|imposed|issued)\s+)?(?:of|by|from)|${ATTRIBUTED_TO})\s+(?:the\s+)?`;
const ACT_OF = new RegExp(String.raw`^\s+${ACT_THEN_DOER}`, 'u');
/** After a possessor: its act ("Venezuela's decision", "Russia's recent actions"). */
const OWNED_ACT = new RegExp(
  String.raw`^['’]s\s+(?:(?:recent|latest|new|last|earlier|\p{Ll}+ly)\s+)?(?:[“"‘]?\p{Ll}[\p{Ll}-]+[”"’]?\s+(?:and\s+[“"‘]?\p{Ll}[\p{Ll}-]+[”"’]?\s+)?)?${ACT_NOUN}\b`,
  'u',
);
/** An act owned by "his" or "her": "condemned her remarks", "protested over his comments". */
const PRONOUN_ACT = new RegExp(
  String.raw`^\s+(?:his|her)\s+(?:(?:recent|latest|new|last|earlier|\p{Ll}+ly)\s+)?${ACT_NOUN}\b`,
  'u',
);
/** An act's doer inside the object: "the sanctions imposed on him by Washington". */
const BY_DOER = /\bby\s+(?:the\s+)?/;
/** A preposition an objection takes before the act ("protested about the statement of X"). */
const OBJECTION_PREP = /^\s+(?:about|over|against|at)(?=\s)/;

/** An object opened by a state's adjective before a common noun: "Russian forces", "the Canadian allegations". */
const DEMONYM_OBJECT =
  /^(\s+(?:the\s+)?(?:(?:recent|latest|new|last|earlier|so-called|\p{Ll}+ly)\s+)?)(\p{Lu}\p{Ll}+)\s+\p{Ll}{3,}/u;

/** A text that does the verb's act for its issuer: "issued a statement (on its website) strongly condemning X". */
const ISSUED_ING =
  /\b(?:statement|note|communiqu[eé]|release|letter|declaration|resolution)s?(?:\s+(?:on|in|at)\s+(?:its|his|her|their|the|an?)\s+(?:\p{Ll}+\s+){0,2}?(?:website|page|account|channel|briefing)|\s+on\s+\p{Lu}\p{Ll}+)?\s+(?:\p{Ll}+ly\s+)?$/u;

/** A verb's bare form, read only as a purpose ("summoned the ambassador to protest …"). */
const BARE = new RegExp(`^(?:${OBJECTION_BASE}|${CONDEMN_BASE})$`);
/** Before a purpose: an act done to object (a summons, a recall, a statement), and no one asked to object. */
const PURPOSE_BEFORE = /\b(?:summon\w*|called in|recall\w*|issued|sent|wrote|lodged|convened)\b[^;]*\bto $/;
const ASKED = /\b(?:urg\w*|ask\w*|call(?:ed|s|ing)? on|press\w*|want\w*|refus\w*|fail\w*|invit\w*)\b/;
const LABEL = String.raw`(?:(?:an?|the)\s+)?(?:\p{Ll}+ly\s+)?['‘"“]?(?:${JUDGING.source})`;
/**
 * A judging word right after the object: "called the remarks by X unacceptable", "described … as a
 * provocation"; or after the act's purpose ("called X's decision to close the border illegal"), then only
 * after "as" or ending the clause (not "described X's decision to stop illegal fishing as a good step").
 */
const JUDGED_LABEL = new RegExp(
  String.raw`^\s+(?:as\s+${LABEL}|${LABEL}|to\s+\p{Ll}+(?:\s+[\p{L}'’-]+){0,6}?\s+(?:as\s+${LABEL}|${LABEL}\w*['’"”]?(?:[.,;]|\s+and\b|$)))`,
  'iu',
);
/** The act after the object that names its doer: "(the latest US) move", "(the Chile government's) decision". */
const STATE_ACT = new RegExp(String.raw`^\s+(?:government['’]s\s+)?${ACT_NOUN}\b`, 'u');
/** An act opening a phrase, before its doer: "The call by X", "the remarks of X". */
const ACT_LEAD = new RegExp(`^${ACT_THEN_DOER}`, 'iu');

/**
 * "protested South Korean National Assembly Speaker Moon Hee-sang’s remarks": the possessor of the act,
 * after capitalised title words and names from `from`.
 */
function ownerAfterTitles(c: Ctx, s: Sentence, from: number) {
  for (const m of c.inRange(from, Math.min(s.end, from + 90), ANY)) {
    // (Capitalised words only between: no lower-case word starts there.)
    const gap = c.work.slice(from, m.start);
    if (!/^[\s\p{L}.'’-]*$/u.test(gap) || /(?:^|\s)\p{Ll}/u.test(gap)) return undefined;
    if (OWNED_ACT.test(c.work.slice(m.end, s.end))) return m;
  }
  return undefined;
}

/**
 * Before the one an act was done to, or the place it was done at, inside the object: "(the) Russian
 * aggression against", "Israel's strikes on", "the attack outside / near / at / targeting".
 */
const VICTIM_BEFORE =
  /^\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){1,4}?(?:against|on|upon|towards?|outside|near|at|targeting|in front of)\s+(?!behalf\b)(?:the\s+)?(?:[\p{Ll}-]+\s+){0,2}$/u;

/**
 * The object's entities less those it names as an act's victim: one named after "against"/"on" following
 * the act's noun ("condemned Russian aggression against Ukraine", "denounced the violence against
 * Palestinians", "backed the sanctions on Iran"); a name right after the verb is never one.
 */
function withoutVictims(c: Ctx, tgts: Entity[], np: NounPhrase, from: number): Entity[] {
  // Where each is named: a mention, or an owner read from a word ("Palestinians").
  const at = [
    ...c.inRange(from, np.end, ANY).map((m) => ({ entity: m.entity, start: m.start })),
    ...np.owners.map((o) => ({ entity: ownerEntity(c, o), start: o.start })),
  ];
  return tgts.filter((e) => {
    const m = at.find((x) => x.entity === e && x.start >= from);
    return !m || !VICTIM_BEFORE.test(c.work.slice(from, m.start));
  });
}

/** Between two coordinated names: ", ", " and ", ", and ", " as well as " (an article may follow). */
const COORDINATION = /^(?:\s*,\s*(?:and\s+)?|\s+(?:and|as\s+well\s+as)\s+)(?:the\s+)?$/;

/** The entity of mention m and those of the names coordinated right after it ("Australia and New Zealand"). */
function coordinatedFrom(c: Ctx, m: Mention, end: number): Entity[] {
  const out = [m.entity];
  for (let cur = m; ;) {
    const next = c.firstAfter(cur.end, Math.min(end, cur.end + 12), ['Person', 'Organization', 'Place']);
    if (!next || !COORDINATION.test(c.work.slice(cur.end, next.start)) || placeModifier(c, next)) break;
    // ("… at Australia and New Zealand's leader said" / "and New Zealand replied": a new clause's subject.)
    const word = /^(['’]s\b|\s+(?:has\s+|have\s+)?(\p{Ll}+))?/u.exec(c.work.slice(next.end, next.end + 30))!;
    if (word[1] === "'s" || word[1] === '’s' || (word[2] && isVerb(word[2]))) break;
    if (!out.includes(next.entity)) out.push(next.entity);
    cur = next;
  }
  return out;
}

/** After a dateline's place: "LIMA: ", "LIMA (Reuters) - ", "Lima, March 3 – ". */
const DATELINE_TAIL = /^\s*(?:,\s*[\p{L}\d .]{1,30}?)?\s*(?:\([^)]{1,30}\))?\s*[:–—-]\s/u;

/** Whether the entity's only mention before the verb is the sentence's dateline ("NEW DELHI: X's comment accusing Y …"). */
function datelineOnly(c: Ctx, s: Sentence, at: number, e: Entity): boolean {
  const ms = c.inRange(s.start, at, ANY).filter((m) => m.entity === e);
  return (
    ms.length === 1 &&
    !c.work.slice(s.start, ms[0]!.start).trim() &&
    DATELINE_TAIL.test(c.text.slice(ms[0]!.end, ms[0]!.end + 40))
  );
}

/** The subject phrase of the sentence's first verb before `at` ("The ministry said …, condemning X"). */
function mainClauseSubject(c: Ctx, s: Sentence, at: number) {
  const v = firstVerb(c, s, at);
  const np = v !== undefined ? subjectOf(c, s, v) : undefined;
  return np && subjectEntities(c, np, ANY, { at: v }).length ? np : undefined;
}

export function verbRelations(c: Ctx): RelOut[] {
  const out: RelOut[] = [];
  if (!c.sents.length) return out;
  // Each verb regex runs once over the body; a match is read within its sentence, its arguments from the
  // clause: subject and object (active), "by" agent and subject (passive), the main clause's subject (a
  // participle: "…, accusing X of"). Coordinated subjects and objects give one relation each.
  const from = c.sents[0]!.start;
  const seg = c.work.slice(from, c.sents[c.sents.length - 1]!.end);
  for (const [re, type, needsQuote, name, actOnly] of VERBS) {
    re.lastIndex = 0;
    for (const mm of matchesOf(re, seg)) {
      const at = from + mm.index;
      const end = at + mm[0].length;
      const s = c.sents[indexAt(c.sents, at)];
      if (!s || end > s.end || c.inQuote(at)) continue;
      // ("the Iran-backed group": a participle inside a compound adjective is no verb.)
      if (/[-‐–]/.test(c.work[at - 1] ?? '')) continue;
      // ("summoned the ambassador to protest the statement of X", never "urged Beijing to condemn X".)
      const before = c.work.slice(s.start, at);
      // "has not criticised X", "never accused X": no act.
      if (negatedVerb(before)) continue;
      const purpose = BARE.test(mm[0]);
      if (purpose && (!PURPOSE_BEFORE.test(before) || ASKED.test(before))) continue;
      const passive = !purpose && isPassive(c, s, at, end);
      const participle =
        !passive && (purpose || isParticipleClause(c, s, at, end) || ISSUED_ING.test(before));
      const srcNp = passive
        ? agentOf(c, s, end)
        : participle
          ? (mainClauseSubject(c, s, at) ?? mainSubject(c, s, at, ANY))
          : subjectOf(c, s, at);
      const tgtNp = passive ? subjectOf(c, s, at) : objectOf(c, s, end);
      let srcs = subjectEntities(c, srcNp, ANY, { at });
      let rule = name;
      // "The spokeswoman criticised X", "They accused X": a role phrase or "they" that names no one.
      if (!srcs.length && !passive && !participle) {
        srcs = unnamedStanceSubject(c, s, at);
        if (srcs.length) rule = `${name}-unnamed-subject`;
      }
      // "accuses US ambassador of …", "condemned Mexico's ambassador": an envoy's role with no name stands
      // for the one envoy of that state the article names ("US Ambassador to Azerbaijan X"), else his state.
      let tgts = actOnly ? [] : entitiesOf(c, tgtNp, ANY, { at, envoys: true });
      let objEnd = tgtNp?.end ?? end;
      // ("condemned Russian aggression against Ukraine": Ukraine suffered the act; its doer is read below.)
      if (!passive && tgts.length) tgts = withoutVictims(c, tgts, tgtNp!, end);
      // "The call by X … was condemned by Y": a passive whose subject is an act names its doer.
      if (!tgts.length && passive && (type === 'CRITICIZED' || type === 'ACCUSED')) {
        const head = /^[^]*?(?=\s+(?:was|were|has|had|have|is|are)\b)/.exec(c.work.slice(s.start, at))?.[0];
        const act = head !== undefined ? ACT_LEAD.exec(head) : null;
        const np = act ? phraseAt(c, s.start + act[0].length, s.start + head!.length, s.end) : undefined;
        tgts = entitiesOf(c, np, ANY, { at });
        // ("X's visit to Y was condemned by Z": the act's possessor opens the subject.)
        const lead = head !== undefined && !tgts.length ? /^(?:the\s+)?/i.exec(head)![0].length : -1;
        const owner = lead >= 0 ? mentionAt(c, s.start + lead, s.start + head!.length) : undefined;
        if (owner?.start === s.start + lead && OWNED_ACT.test(c.work.slice(owner.end, s.end)))
          tgts = [owner.entity];
        if (tgts.length) rule = `${name}-act-of`;
      }
      // "condemned Russia's invasion", "criticised the US decision": the entity that opens the object
      // (for a verb that takes only an act, its possessor: "rejected Venezuela's decision").
      if (!tgts.length && !passive) {
        const lead = /^\s+(?:the\s+)?/.exec(c.work.slice(end, s.end))?.[0].length ?? 0;
        const m = mentionAt(c, end + lead, clauseEnd(c, s, end));
        const owner = actOnly && m?.start === end + lead ? ownerAfterTitles(c, s, end + lead) : undefined;
        if (
          m &&
          m.start === end + lead &&
          !placeModifier(c, m) &&
          (!actOnly || OWNED_ACT.test(c.work.slice(m.end, s.end)))
        ) {
          tgts = [m.entity];
          // ("called X's visit provocative": the label is judged after the act the name owns.)
          objEnd = m.end + (OWNED_ACT.exec(c.work.slice(m.end, s.end))?.[0].length ?? 0);
        } else if (owner) {
          tgts = [owner.entity];
          objEnd = owner.end;
        }
      }
      // "accused Russian forces of", "described the Canadian allegations as": a state by its adjective.
      // (The country is made an entity only when the relation will be made.)
      if (!tgts.length && !passive && srcs.length && !actOnly) {
        const dem = DEMONYM_OBJECT.exec(c.work.slice(end, clauseEnd(c, s, end)));
        const country = dem ? demonymCountry(dem[2]!) : undefined;
        const after = end + (dem?.[0].length ?? 0);
        if (
          dem &&
          country &&
          (!needsQuote || /["“]/.test(c.work.slice(after, Math.min(s.end, after + 25))))
        ) {
          const at2 = end + dem[1]!.length;
          tgts = [c.countryByDemonym(country, at2, at2 + dem[2]!.length)];
          objEnd = end + dem[0].length;
          rule = `${name}-demonym-object`;
        }
      }
      // "condemned the remarks by X", "criticised the decision of the X government": whose act it was.
      if (!tgts.length && !passive) {
        const obj = c.work.slice(end, s.end);
        const act = ACT_OF.exec(actOnly ? obj.replace(OBJECTION_PREP, (p) => ' '.repeat(p.length)) : obj);
        const doerAt = end + (act?.[0].length ?? 0);
        // (The doer's phrase ends before its act's target: "accusation of the British minister against Iran";
        // no name in it: the person titled with its role words, "the statements made by the Lebanese
        // Minister of Information", else a state by its adjective and a role noun, "remarks by U.S. politicians".)
        const target = act ? ACT_TARGET.exec(c.work.slice(doerAt, s.end)) : null;
        const doerEnd = Math.min(clauseEnd(c, s, doerAt), target ? doerAt + target.index : s.end);
        const np = act ? phraseAt(c, doerAt, doerEnd, s.end) : undefined;
        let whose = entitiesOf(c, np, ANY, { at });
        const state = act && !whose.length ? doerByRole(c, doerAt, doerEnd) : undefined;
        if (state) whose = [state];
        if (whose.length) {
          tgts = whose;
          objEnd = np?.end ?? doerEnd;
          rule = `${name}-act-of`;
        }
      }
      // "condemned her remarks", "protested over his comments": the person last named did the act.
      if (!tgts.length && !passive && (type === 'CRITICIZED' || type === 'ACCUSED')) {
        const own = PRONOUN_ACT.exec(
          c.work.slice(end, s.end).replace(OBJECTION_PREP, (p) => ' '.repeat(p.length)),
        );
        const who = own ? c.lastPersonBefore(at) : undefined;
        if (who) {
          tgts = [who];
          objEnd = end + own![0].length;
          rule = `${name}-pronoun-act`;
        }
      }
      // "slammed the sanctions imposed on him by Washington", "condemning the attendance of a rally by
      // X": the doer the object phrase names after "by".
      if (!tgts.length && !passive && (type === 'CRITICIZED' || type === 'ACCUSED')) {
        const lim = Math.min(clauseEnd(c, s, end), end + 100);
        const by = BY_DOER.exec(c.work.slice(end, lim));
        const at2 = by ? end + by.index + by[0].length : -1;
        const np = by ? phraseAt(c, at2, clauseEnd(c, s, at2), s.end) : undefined;
        const whose = entitiesOf(c, np, ANY, { at });
        if (whose.length) {
          tgts = whose;
          objEnd = np!.end;
          rule = `${name}-doer-by`;
        }
      }
      // Nothing from the clause: the nearest subject-like entity before the verb and the first entity after
      // it (the older, weaker reading, with its own rule id).
      if (!srcs.length || !tgts.length) {
        if (actOnly) continue;
        const src = /\bit\s+(?:\S+\s+)?$/.test(c.work.slice(Math.max(s.start, at - 12), at))
          ? c.mentions.filter((m) => m.end <= at && m.entity.type === 'Organization').pop()?.entity
          : c.subjectBefore(s.start, at, ['Person', 'Organization', 'Place']);
        const tgtM = c.firstAfter(end, Math.min(s.end, end + 45), ['Person', 'Organization', 'Place']);
        if (!src || !tgtM || tgtM.entity === src || placeModifier(c, tgtM)) continue;
        if (datelineOnly(c, s, at, src)) continue;
        if (
          !needsQuote &&
          /\b(?:to|of|for|that|with|by|in|on|at|near|outside|targeting|about|over|against|upon|towards?)\b|,/.test(
            c.work.slice(end, tgtM.start),
          )
        )
          continue;
        if (needsQuote && !/["“]/.test(c.work.slice(tgtM.end, Math.min(s.end, tgtM.end + 25)))) continue;
        if (type === 'SUPPORTED' && src.type === 'Person') continue;
        // ("hit out at Australia and New Zealand": each name coordinated with the first is a target too.)
        for (const tgt of coordinatedFrom(c, tgtM, s.end))
          if (tgt !== src)
            out.push({
              source: src,
              type,
              target: tgt,
              date: c.dateNear(s, at)?.value ?? null,
              evidence: [c.evidence(s)],
              rule: `relations/verbs:${name}-near`,
            });
        continue;
      }
      // "called X a "…"", "branded X "…"": a label in quotation marks after the object.
      if (
        needsQuote &&
        !/["“]/.test(c.work.slice(objEnd, Math.min(s.end, objEnd + 25))) &&
        !JUDGED_LABEL.test(c.work.slice(objEnd, s.end).replace(STATE_ACT, ''))
      )
        continue;
      const date = c.dateNear(s, at)?.value ?? null;
      for (const src of srcs) {
        if (type === 'SUPPORTED' && src.type === 'Person') continue;
        // (Never the source's own state: "FO condemns former Canadian minister's remarks about Pakistan".)
        for (const tgt of tgts)
          if (tgt !== src && (type === 'SUPPORTED' || stateOf(c, src) !== tgt || src.type === 'Place'))
            out.push({
              source: src,
              type,
              target: tgt,
              date,
              evidence: [c.evidence(s)],
              rule: `relations/verbs:${rule}`,
            });
      }
    }
  }
  return out;
}
