// Sanctions (SANCTIONED) read from the clause: "X sanctioned Y", a headline's "X sanctions 12 Belarusian
// judges" (the verb before a count), "X agreed to freeze the assets of Y", "X is sanctioning four
// Iranians: A, …; B, …", "X (has further) designated A and B" (in an article about sanctions), "X imposed
// sanctions on Y", "X announced an asset freeze and travel ban on Y", "X hit Y with sanctions", "Y has
// been hit with sanctions", "X's sanctions target Y", "the sanctions imposed by X", "X added Y to its
// sanctions list" (or placed Y on its stop list), "X banned entry to Y", "X placed Y under sanctions",
// "sanctions were imposed on Y by X", "the sanctions, announced by X, target Y", "the sanctions against Y
// were announced by X", a headline's "X Sanctions Y", "in sanctioning Russian officials" (the demonym's
// country); "A, B and C partnered with X on these sanctions" joins the sanctions just reported (lists of
// the people targeted: sanction-lists.ts).
import { agentOf, objectOf } from '../clauses/clause.js';
import { mentionEndingAt, phraseAt, type NounPhrase } from '../clauses/noun-phrase.js';
import { subjectOf } from '../clauses/subject.js';
import type { Ctx } from '../context.js';
import type { Entity } from '../entities/index.js';
import { P } from './arguments.js';
import type { EventRule, RuleHit } from './hit.js';
import { officialState } from './official-states.js';
import { aimedAtBefore, ownerOf } from './sanction-owners.js';
import { causeOnly, inCause, nominalOwner } from './sanction-causes.js';
import { officersForBodies } from './sanction-holders.js';
import { framedReporter } from './report-frames.js';
import { TIME_ADVERBIAL, WEEKDAY } from './time-adverbials.js';
import { actorsOf, ANY, clauseOf, entitiesOf, STATE, stateOf } from './parties.js';
import type { EvOut } from './types.js';
import { cardinals, tens } from '../count-words.js';

/** The last sanctions event of an article, which later clauses add to. */
export const lastSanction = new WeakMap<Ctx, EvOut>();
/** The last sanctions event of an article told as a ban (an entry, travel or visa ban), for "The ban targets …". */
export const lastBan = new WeakMap<Ctx, EvOut>();
/** A passive of imposing or sanctioning: "were imposed on", "has been sanctioned" (a report frame's clause). */
const PASSIVE_IMPOSED =
  /\b(?:was|were|been|be)\s+(?:also\s+|\p{Ll}+ly\s+)?(?:imposed|placed|levied|slapped|applied|sanctioned|designated|blacklisted)\b/u;

/** The sanctioners the last sanctions clause named, even one whose targets were unnamed. */
export const lastSanctioners = new WeakMap<Ctx, Entity[]>();

/** Before the body is read: the sanctions its Title Case headline told, for a list in the body to join. */
export function seedSanction(c: Ctx, e: EvOut | undefined): void {
  if (!e) return;
  lastSanction.set(c, e);
  const by = e.participants.filter((p) => p.role === 'sanctioner').map((p) => p.entity);
  if (by.length) lastSanctioners.set(c, by);
}

/** A verb of imposing and up to three words before the measure, a time perhaps first ("announced on Monday, July 13, retaliatory"). */
const IMPOSE = new RegExp(
  String.raw`\b(?:impos|announc|slapp|levi|unveil|introduc|adopt|approv|extend|expand|widen|issu|place|put|agree|tighten|join)\w*\s+(?:${TIME_ADVERBIAL})?(?:\S+\s+){0,3}$`,
);

/** The states (by id) an article's sanctions events have as sanctioners so far. */
const sanctioned = new WeakMap<Ctx, Set<string>>();
/** "on X" after the measure, a day perhaps before it ("sanctions Tuesday on X", "sanctions on Friday against X"). */
const SANCTIONS_ON = new RegExp(String.raw`^\s+(?:(?:on\s+)?${WEEKDAY}\s+)?(?:on|against)\s+`);
/** A capitalised word right after the noun that is no day: the verb's object ("Iran sanctions Canada"). */
const NAME_AFTER = new RegExp(String.raw`^\s+(?:the\s+)?(?!${WEEKDAY}\b)\p{Lu}`, 'u');
/** A verb of imposing right before the measure: "imposed (measures in the form of) asset freezes". */
const IMPOSE_NEAR =
  /\b(?:imposed|imposes|slapped|levied|announced|introduced|adopted)\s+(?:(?:new|further|additional|fresh|targeted|restrictive|financial|economic|personal|individual|measures|in|the|form|of|a|package)\s+){0,6}$/;
/** A passive verb of announcing and its "by": "were announced by", "have been imposed by". */
const PASSIVE_BY =
  /^\s+(?:were|was|have been|has been|had been|are|is|will be)\s+(?:\p{Ll}+ly\s+)?(?:imposed|announced|introduced|levied|adopted|approved|unveiled)\s+by\s+/u;

/** A counted group of people or bodies: "14 individuals", "seven senior officials", "dozens of people". */
const COUNTED_GROUP = new RegExp(
  String.raw`\b(?:\d+|${cardinals(2, 12)}|several|dozens\s+of|scores\s+of)\s+(?:[\p{L}-]+\s+){0,3}?(?:individuals|people|persons|officials|entities|companies|officers|figures|oligarchs|businessmen|judges|lawmakers|generals|commanders)\b`,
  'u',
);

/** Nouns of a sanctions measure that read like "sanctions" ("imposed visa bans on X", "countermeasures against X"). */
const MEASURE_NOUN =
  /^(?:(?:visa|travel|entry)\s+(?:bans?|restrictions)|asset\s+freezes?|countermeasures|restrictive\s+measures)$/i;

/** A measure coordinated before the one matched: "asset freeze and " in "an asset freeze and travel ban". */
const COORDINATED_MEASURE =
  /\s+(?:(?:visa|travel|entry)\s+(?:bans?|restrictions)|asset\s+freezes?|sanctions)\s*,?\s+and\s+$/i;

/** A prefix of the measure: "counter-" in "counter-sanctions". */
const COUNTER = /(?<=\s)counter-$/i;

/** A count right after "sanctions": "Iran sanctions 8 Canadian individuals", "UK sanctions two banks". */
const COUNT_AFTER = new RegExp(
  String.raw`^\s+(?:\d[\d,]*|${cardinals(1, 12)}|\p{Ll}+teen|${tens(50)}|several|dozens|hundreds)\s`,
  'iu',
);

/** A verb that lifts the sanctions or speaks against them, right before the noun. */
const UNDONE =
  /\b(?:lift(?:s|ed|ing)?|eas(?:e|es|ed|ing)|remov(?:e|es|ed|ing)|scrap(?:s|ped|ping)?|criticis\w+|criticiz\w+|condemn(?:s|ed|ing)?|denounc\w+|decr(?:y|ied|ies)|call(?:s|ed)?)\s+(?:(?:the|all|some|its|their|these|those|his|her|new|recent|latest|Western|U\.S\.|EU)\s+){0,3}$/;

/** "named A and B in its latest" before "sanctions package": the one named is sanctioned. */
const NAMED_IN =
  /\b(nam(?:ed|es|ing)|list(?:ed|s|ing)|includ(?:ed|es|ing))\s+(\p{Lu}[^.;]{0,150}?)\s+in\s+(?:its|the|their|a|an)\s+(?:\p{Ll}+\s+){0,2}$/u;
const PACKAGE = /^\s+(?:package|list|round|tranche|designations)\b/;
/** ", which X announced": the sanctions' relative clause of imposing. */
const WHICH_IMPOSED =
  /^,\s+which\s+(?=[^,.;]{1,60}?\s(?:imposed|announced|introduced|adopted|approved|unveiled|agreed)\b)/;

/** A passive before the noun whose subject is sanctioned: "were (among 12 people) hit by new British", "is among 25 Russians subject to UK". */
const STRUCK =
  /\b(?:were|was|are|is|(?:have|has|had)\s+been)\s+(?:also\s+|now\s+)?(?:among\s+(?:the\s+)?(?:[\p{L}\d,-]+\s+){0,3}?(?:those|people|individuals|persons|officials|entities|companies|figures|\p{Lu}\p{Ll}+(?:ans|ese|is))\s+)?(?:(?:hit|targeted|struck)\s+(?:by|with)|subject\s+to)\s+(?:\S+\s+){0,3}$/u;

/** A comparison before the measures: another's sanctions the new ones match ("in line with those of X"). */
const COMPARED =
  /\b(?:in\s+line\s+with|mirror(?:s|ed|ing)?|match(?:es|ed|ing)?|similar\s+to|align(?:s|ed|ing)?\s+with|in\s+step\s+with|in\s+concert\s+with)\s+(?:\S+\s+){0,4}$/;

/** A regime's noun after "sanctions": "the Russia sanctions regime", "the Iran sanctions programme". */
const REGIME = /^\s+(?:regimes?|programmes?|programs?|laws?|legislation|framework|authorit(?:y|ies))\b/;

/** Who sanctions and who is sanctioned, for the verb or noun the hit matched. */
function readSanction(h: RuleHit): {
  actor?: NounPhrase;
  patient?: NounPhrase;
  joins?: boolean;
  named?: boolean;
} {
  const { c, s, at, end } = h;
  const word = c.work.slice(at, end);
  // "imposed an asset freeze and travel ban on X": the verb reaches past a measure coordinated before.
  // ("imposed counter-sanctions on X": the prefix is no word between the verb and the measure.)
  const before = c.work.slice(s.start, at).replace(COUNTER, ' ').replace(COORDINATED_MEASURE, ' ');
  const after = c.work.slice(end, s.end);
  // "Iran sanctions 8 Canadian individuals": the verb, after a state or body and before a count.
  const before1 = mentionEndingAt(c, s.start, at);
  const counted = COUNT_AFTER.test(after) && before1 !== undefined && before1.entity.type !== 'Person';
  const noun =
    // (A day after the noun is no object: "imposed sanctions Tuesday on X".)
    (/^sanctions$/i.test(word) && !NAME_AFTER.test(after) && !counted) || MEASURE_NOUN.test(word);
  // "froze the assets of X", "blacklisted X": a verb whose object is the one sanctioned.
  const froze = /^(?:freeze|froze|freezes|freezing|frozen)\s+(?:the\s+)?(?:\p{Ll}+\s+)?assets\s+of$/u.test(
    word,
  );
  if (froze) {
    const cl = clauseOf(h, STATE, end);
    return { actor: cl.actor, patient: phraseAt(c, end, s.end) };
  }
  // "placed X under sanctions": the one placed is sanctioned.
  const placed =
    /^(plac(?:ed|es|ing)|put(?:s|ting)?|list(?:ed|s|ing))\s+([\s\S]+?)\s+under\s+(?:\S+\s+){0,4}?sanctions$/u.exec(
      word,
    );
  if (placed) {
    const from = at + placed[1]!.length + word.slice(placed[1]!.length).indexOf(placed[2]!);
    const cl = clauseOf(h, STATE, from, from + placed[2]!.length);
    return { actor: cl.actor, patient: cl.patient };
  }
  // "added X to its sanctions list": the one added is sanctioned.
  const added =
    /^(add(?:ed|s|ing)?|plac(?:ed|es|ing)|put(?:s|ting)?)\s+([\s\S]+?)\s+(?:to|on)\s+\S+\s+(?:[\p{L}-]+\s+){0,2}?(?:sanctions?\s+list|blacklist|stop\s+list|black\s+list)$/u.exec(
      word,
    );
  if (added) {
    const from = at + added[1]!.length + word.slice(added[1]!.length).indexOf(added[2]!);
    const cl = clauseOf(h, STATE, from, from + added[2]!.length);
    return { actor: cl.actor, patient: cl.patient };
  }
  // An entry ban: "barred X from entering Y" (the one barred), "restricted U.S. entry for X" (the one after).
  const barred = /^((?:bann|barr)(?:ed|ing))\s+([\s\S]+?)\s+from\s+entering$/u.exec(word);
  if (barred) {
    const from = at + barred[1]!.length + word.slice(barred[1]!.length).indexOf(barred[2]!);
    const cl = clauseOf(h, STATE, from, from + barred[2]!.length);
    return { actor: cl.actor, patient: cl.patient };
  }
  // "banned entry to A, B and C": the ones after it.
  if (/^restrict(?!ive)|^(?:bann|barr)\w+\s+(?:the\s+)?entry/.test(word))
    return { actor: clauseOf(h, STATE).actor, patient: phraseAt(c, end, s.end) };
  if (noun || /^Sanctions$/.test(word) === false ? noun : false) {
    // "A and B were among 12 people hit by new British sanctions", "were hit with sanctions by X": the
    // subject is sanctioned, by the agent after the noun or the state the noun's adjective names.
    const struck = STRUCK.exec(before);
    if (struck) {
      const agent = agentOf(c, s, end, /^\s+(?:(?:imposed|announced)\s+)?by\s+/);
      return { patient: subjectOf(c, s, s.start + struck.index), actor: agent ?? ownerOf(c, s, at, before) };
    }
    // "hit Moscow with major new sanctions", "has been hit with sanctions".
    // ("targeted A, B and C with asset freezes", "named A and B in its latest sanctions package".)
    const hit =
      /\b(hit(?:s|ting)?|target(?:s|ed|ing)?)\s+(?:(\p{Lu}[^.;]{0,150}?)\s+)?with\s+(?:\S+\s+){0,3}$/u.exec(
        before,
      ) ?? (PACKAGE.test(after) ? NAMED_IN.exec(before) : null);
    if (hit) {
      const verbAt = s.start + hit.index;
      if (!hit[2]) return { patient: subjectOf(c, s, verbAt) };
      return { actor: subjectOf(c, s, verbAt), patient: phraseAt(c, verbAt + hit[0].indexOf(hit[2]), s.end) };
    }
    // "sanctions were also imposed on X (by Y)", "will also be applied to X": the passive's object and agent.
    const laid =
      /^\s+(?:were|was|(?:have|has|had)(?:\s+also)?\s+been|are|is|will(?:\s+also)?\s+be)\s+(?:also\s+|\p{Ll}+ly\s+)?(?:imposed|placed|levied|slapped|applied)(?:\s+also)?(?=\s+(?:on|against|to)\s)/u.exec(
        after,
      );
    // "applied to X" as well as "imposed on X".
    const on = (laid && /applied/.test(laid[0]) ? /^\s+(?:on|against|to)\s+/ : SANCTIONS_ON).exec(
      after.slice(laid ? laid[0].length : 0),
    );
    if (laid && on) {
      const patient = objectOf(c, s, end + laid[0].length + on[0].length);
      return { patient, actor: agentOf(c, s, patient?.end ?? end, /^\s+by\s+/) };
    }
    // "partnered with the U.K. on these new sanctions": they join the sanctions just told (not "added to
    // the sanctions list", where the one added is sanctioned).
    if (
      !/\bin\s+the\s+form\s+of\s+$/.test(before) &&
      !/^\s+list\b/.test(after) &&
      /\b(?:these|those|the)\s+(?:\S+\s+){0,2}$/.test(before) &&
      /\b(?:on|in|with|to)\s+(?:these|those|the)\s+(?:\S+\s+){0,2}$/.test(before)
    )
      return {
        actor: subjectOf(
          c,
          s,
          s.start +
            before.search(/\b\p{Ll}+\s+(?:with|on|in|to)\b(?![\s\S]*\b\p{Ll}+\s+(?:with|on|in|to)\b)/u),
        ),
        joins: true,
      };
    const imposed = IMPOSE.exec(before) ?? IMPOSE_NEAR.exec(before);
    // "the sanctions imposed by Australia": the agent of the participle after the noun.
    const by =
      /^,?\s+(?:(?:\S+\s+){0,3}?(?:imposed|announced|introduced|levied|adopted|approved|unveiled)\s+)by\s+/.exec(
        after,
      );
    // "Australia's sanctions target X", "sanctions targeting X": the object of the verb of aim.
    // ("The EU's new sanctions, agreed on Monday, include A and B.")
    const aim =
      /^,?\s+(?:[^.;]{0,80}?[\s,]+)?(?:target(?:s|ed|ing)?|hit(?:s|ting)?|include[sd]?|cover(?:s|ed)?|appl(?:y|ies|ied)\s+to)\s+/.exec(
        after,
      );
    // "The sanctions, which Britain announced on Monday, target A": the subject of the relative clause.
    const which = WHICH_IMPOSED.exec(after);
    // "U.S. Burma sanctions", "new Russia sanctions": whose they are is named before the country they aim
    // at (with no target after: "Japan sanctions on Russia" are Japan's).
    const aimedAt = on || aim ? undefined : aimedAtBefore(c, s, at);
    const owner =
      aimedAt === undefined
        ? ownerOf(c, s, at, before)
        : ownerOf(c, s, aimedAt, c.work.slice(s.start, aimedAt));
    const patient = on
      ? objectOf(c, s, end + on[0].length)
      : aim
        ? objectOf(c, s, end + aim[0].length)
        : undefined;
    // "the sanctions against X were announced by Y": the agent of the passive after the target.
    const passiveAgent =
      patient && !by && !imposed && !owner ? agentOf(c, s, patient.end, PASSIVE_BY) : undefined;
    return {
      // ("Today's sanctions include more Russian oligarchs": only a person or body named is included.)
      named: !on && !!aim && /include|cover/.test(aim[0]),
      actor: by
        ? phraseAt(c, end + by[0].length, s.end)
        : which
          ? phraseAt(c, end + which[0].length, s.end)
          : imposed
            ? subjectOf(c, s, s.start + imposed.index)
            : (owner ?? passiveAgent),
      patient,
    };
  }
  return clauseOf(h, STATE);
}

export const sanction: EventRule = {
  id: 'events/sanctions:sanction',
  type: 'sanction',
  re: /\b(?:sanction(?:s|ed|ing)?|Sanctions|designat(?:ed|es|ing)|blacklist(?:ed|s|ing)?|(?:visa|travel|entry)\s+(?:bans?|restrictions)|asset\s+freezes?|countermeasures|(?:freeze|froze|freezes|freezing|frozen)\s+(?:the\s+)?(?:\p{Ll}+\s+)?assets\s+of|(?:add(?:ed|s|ing)?|plac(?:ed|es|ing)|put(?:s|ting)?)\s+[^.;]{1,120}?\s+(?:to|on)\s+(?:its|the|their|a)\s+(?:[\p{L}-]+\s+){0,2}?(?:sanctions?\s+list|blacklist|stop\s+list|black\s+list)|(?:bann|barr)(?:ed|ing)\s+(?:the\s+)?entry\s+(?:to|into|for|of)(?=\s+(?:the\s+)?\p{Lu})|(?:plac(?:ed|es|ing)|put(?:s|ting)?|list(?:ed|s|ing))\s+[^.;]{1,120}?\s+under\s+(?:\S+\s+){0,4}?sanctions|restrictive\s+measures|(?:bann|barr)(?:ed|ing)\s+[^.;]{1,80}?\s+from\s+entering|restrict(?:ed|s|ing)\s+(?:\S+\s+)?entry\s+(?:for|of|to))\b/gu,
  run(h) {
    const { c, s, at, end } = h;
    const word = c.work.slice(at, end);
    // "designated" sanctions only in an article about sanctions, and only people or bodies.
    if (
      /^designat/.test(word) &&
      !/\bsanction/i.test(c.work.slice(c.sents[0]!.start, c.sents[c.sents.length - 1]!.end))
    )
      return;
    // "The EU lifted sanctions on X", "Y criticised the sanctions on X": no sanctions imposed here.
    if (UNDONE.test(c.work.slice(Math.max(s.start, at - 40), at))) return;
    const { actor, patient, joins, named } = readSanction(h);
    const imposes =
      /^(?:sanctions|(?:visa|travel|entry)\s+(?:bans?|restrictions)|asset\s+freezes?|restrictive\s+measures)$/i.test(
        word,
      ) && IMPOSE_NEAR.test(c.work.slice(Math.max(s.start, at - 60), at).replace(COUNTER, ' '));
    const last = lastSanction.get(c);
    // ("in response to Washington's imposition of sanctions on X": Washington's, whoever the clause's subject.)
    let by = actorsOf(c, nominalOwner(c, s, at) ?? actor, ['Place', 'Organization'], { at });
    if (!by.length && actor)
      by = actorsOf(c, actor, P, { at })
        .map((p) => stateOf(c, p))
        .filter((e) => e.type !== 'Person');
    // "Britain's foreign secretary announced sanctions": the state whose official imposes them.
    if (!by.length) {
      const verb = /^sanction(?:s|ed|ing)?$/i.test(word) ? IMPOSE.exec(c.work.slice(s.start, at)) : null;
      const official = officialState(c, s, verb ? s.start + verb.index : at);
      if (official) by = [official];
    }
    if (joins) {
      // "The U.S., Canada and Australia partnered with the U.K. on these new sanctions".
      if (!last || !by.length) return;
      const targets = last.participants.filter((p) => p.role === 'sanctioned').map((p) => p.entity);
      for (const b of by) {
        if (!last.participants.some((p) => p.entity === b))
          last.participants.push({ entity: b, role: 'sanctioner' });
        for (const t of targets.filter((t) => t.type === 'Place'))
          h.relation(b, 'SANCTIONED', t, { event: last });
      }
      last.evidence.push(...h.evidence());
      return;
    }
    let targets = entitiesOf(c, patient, named || /^designat/.test(word) ? ['Person', 'Organization'] : ANY, {
      at,
    });
    // "sanctioned by X", "designated by X for sanctions": the agent of a passive.
    if (!by.length && /^(?:sanctioned|designated|blacklisted)$/.test(word))
      by = actorsOf(c, agentOf(c, s, end), STATE, { at });
    if (!targets.length && /^\s*(?:on|against) the country\b/.test(c.work.slice(end, end + 30))) {
      const country = c.theCountry(s, by);
      if (country) targets = [country];
    }
    // "Sanctions were imposed on X, the Treasury said": the state whose report frames the clause.
    if (!by.length && !actor && PASSIVE_IMPOSED.test(c.work.slice(s.start, s.end))) {
      const framed = framedReporter(c, s, at, end, targets);
      if (framed) by = [framed];
    }
    // Not the one who tells of them ("sanctions on X, Deputy Minister Y told a briefing").
    const speaking = (t: Entity) =>
      c
        .inRange(end, s.end, P)
        .some(
          (m) =>
            m.entity === t &&
            /^\s*,?\s+(?:told|said|says|added|stated)\b/.test(c.work.slice(m.end, m.end + 12)),
        );
    // "three Republican lawmakers": members of the party an adjective names, not the party.
    const partyWord = (t: Entity) =>
      t.type === 'Organization' &&
      !!patient?.owners.some((o) => o.entity === t && t.name === `${c.work.slice(o.start, o.end)} Party`);
    targets = targets.filter(
      (t) => !by.includes(t) && !speaking(t) && !partyWord(t) && !causeOnly(c, s, end, t),
    );
    // ("sanctions on ICC Prosecutor X": the prosecutor, not the court.)
    targets = officersForBodies(c, s, patient, targets);
    // "imposed sanctions on 28 individuals": no target named, but a list told later joins these sanctioners.
    // (Not those a comparison names, "in line with measures already announced by the EU", nor, once a
    // sanctioner was named, a demonym right before sanctions with no target, or a name before a sanctions
    // regime, as often the country they aim at as their owner: "the Russia sanctions regime", "370 Russian
    // sanctions".)
    const attributive =
      !!actor &&
      !targets.length &&
      /^\s*$/.test(c.work.slice(actor.end, at)) &&
      (actor.start === actor.end || REGIME.test(c.work.slice(end, end + 20)));
    const compared = COMPARED.test(c.work.slice(Math.max(s.start, at - 60), at));
    // Sanctions told as the cause of others ("… in response to X's sanctions on Y") take no sanctioner
    // from the article's sanctions, nor become the ones later lists join.
    const cause = inCause(c, s, at);
    if (by.length && !compared && !cause && !(attributive && lastSanctioners.get(c)?.length))
      lastSanctioners.set(c, by);
    if (!targets.length) {
      // "The EU also imposed asset freezes and travel bans against seven of the officials": a package of
      // a sanctioner no sanctions event of the article has yet, its targets unnamed.
      // So too a counted group sanctioned ("designated 14 individuals", "added seven officials to its list").
      const group = imposes || COUNTED_GROUP.test(c.work.slice(at, s.end));
      if (group && by.length && !sanctioned.get(c)?.has(stateOf(c, by[0]!).id)) {
        const state = stateOf(c, by[0]!);
        const e = h.event({
          participants: by.map((b) => ({ entity: b, role: 'sanctioner' })),
          main: by[0]!,
          key: `sanction:${state.id}>*`,
        });
        sanctioned.set(c, (sanctioned.get(c) ?? new Set()).add(state.id));
        lastSanction.set(c, e);
      }
      return;
    }
    // A clause that leaves the sanctioner out continues the sanctions just reported.
    // (Sanctions told with their targets only counted continue no further than their sanctioner's people.)
    const told = last?.participants.some((p) => p.role === 'sanctioned') ? last : undefined;
    if (!by.length && told && !cause)
      by = told.participants
        .filter((p) => p.role === 'sanctioner')
        .map((p) => p.entity)
        .slice(0, 1);
    // No sanctions event yet, but a clause named who sanctions ("The UK is sanctioning 370 more people"):
    // they sanction the people and bodies named next (a state named alone is as often where the people
    // sanctioned come from: "sanctioned individuals from X").
    else if (!by.length && !cause && targets.every((t) => t.type !== 'Place'))
      by = (lastSanctioners.get(c) ?? []).slice(0, 1);
    const participants: EvOut['participants'] = [
      ...by.map((e) => ({ entity: e, role: 'sanctioner' })),
      ...targets.map((e) => ({ entity: e, role: 'sanctioned' })),
    ];
    // One package per sanctioning state; an office of no named state ("OFAC") acts in the one just told.
    const state = by[0] ? stateOf(c, by[0]) : undefined;
    const key = state?.type === 'Organization' && last?.key ? last.key : `sanction:${state?.id ?? '?'}>*`;
    const e = h.event({ participants, main: targets[0]!, key });
    if (!cause || !last) lastSanction.set(c, e);
    if (/\bban|barr/i.test(word) && (!cause || !last)) lastBan.set(c, e);
    if (state) sanctioned.set(c, (sanctioned.get(c) ?? new Set()).add(state.id));
    for (const b of by) for (const t of targets) h.relation(b, 'SANCTIONED', t, { event: e });
  },
};
