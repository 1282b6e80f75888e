// Expulsions (EXPELLED): "expelled X", "declared X persona non grata", "ordered N Estonian diplomats to
// leave", passives, one expulsion per coordinated expelling state, the expeller and the expelled
// country carried over within an article; and requests to leave (ASKED_TO_LEAVE).
import type { Ctx } from '../context.js';
import type { Entity } from '../entities/index.js';
import { CAPITALS, demonymCountry } from '../lexicon.js';
import { coordinated, P, PL, PO } from './arguments.js';
import type { EventRule, EvOut } from './types.js';

/** The country of a capital ("Moscow" → Russia) when the article names it, else the place itself. */
function countryOf(c: Ctx, e: Entity | undefined): Entity | undefined {
  if (!e) return undefined;
  const country = CAPITALS[e.name.toLowerCase()];
  return country ? (c.idx.countryEntity(country) ?? e) : e;
}

export const expulsion: EventRule = {
  id: 'events/expulsions:expulsion',
  type: 'expulsion',
  re: /\b(?:expel(?:led|s|ling)?|expulsions?|declared\s+(?:\S+\s+){0,6}?persona non grata|order(?:ed|s|ing)\s+(?:out|to leave|(?!(?:him|her|them|us|me|you|it)\b)(?:[\p{L}\d'’-]+\s+){1,6}?(?:to leave|out of)\b))/gu,
  run(h) {
    const { c, s, at } = h;
    let end = h.end;
    // "declared a Russian diplomat persona non grata", "ordered two Estonian diplomats to leave the
    // country": the object lies inside the match.
    const png =
      /^declared\s+(.+?)\s+persona non grata$/s.exec(c.work.slice(at, end)) ??
      /^order(?:ed|s|ing)\s+(.+?)\s+(?:to leave|out of)$/s.exec(c.work.slice(at, end));
    if (png && png[1] !== undefined) end = at + c.work.slice(at, end).indexOf(png[1]);
    const passive = /\b(?:was|were|been|being|be|is|are)\s+(?:\S+\s+)?$/i.test(c.work.slice(s.start, at));
    const clause = /[,;]|\b(?:and|but|after|before|while|over|amid|because)\b/.exec(c.work.slice(end, s.end));
    const clauseEnd = clause ? end + clause.index : s.end;
    let expelled: Entity | undefined;
    if (passive) {
      // The passive subject is in the same clause: not across "announced that", "said", a relative clause.
      const m = c.inRange(s.start, at, PO).pop();
      if (m && !/\b(?:that|said|says|announced|told|after|when)\b/.test(c.work.slice(m.end, at)))
        expelled = m.entity;
    } else {
      expelled = c.firstAfter(end, png ? at + png[0].length : clauseEnd, PO)?.entity;
      // "expelled Russia's ambassador, Alexei Isakov,": the envoy named in the apposition.
      const poss = c.firstAfter(end, Math.min(s.end, end + 20), ['Place']);
      if (
        !expelled &&
        poss &&
        /^\s*(?:the\s+)?$/.test(c.work.slice(end, poss.start)) &&
        /^['’]s\s+(?:\p{Ll}+\s+)?(?:ambassador|envoy|charg[ée] d['’]affaires|consul|diplomat|attach[ée])\s*,\s*$/u.test(
          c.work.slice(
            poss.end,
            c.firstAfter(poss.end, Math.min(s.end, poss.end + 60), P)?.start ?? poss.end,
          ),
        )
      )
        expelled = c.firstAfter(poss.end, Math.min(s.end, poss.end + 60), P)?.entity;
    }
    // "expelled four Russian diplomats": the diplomats' country takes part.
    let expelledCountry: Entity | undefined;
    if (!expelled) {
      const npStart = passive ? s.start : end;
      const np = passive
        ? c.work.slice(s.start, at)
        : c.work.slice(end, png ? at + png[0].length : clauseEnd);
      const dem =
        /\b(\p{Lu}[\p{L}.]*)\s+(?:diplomats?|envoys?|ambassadors?|officials|staff|nationals|spies|embassy staff|intelligence officers)\b/u.exec(
          np,
        );
      const country = dem ? demonymCountry(dem[1]!) : undefined;
      expelledCountry = country
        ? c.countryByDemonym(country, npStart + dem!.index, npStart + dem!.index + dem![1]!.length)
        : undefined;
      // "and Ukraine ordered 13 to leave": the diplomats of the expulsion just reported.
      if (!expelledCountry && /^\s*(?:\d+|\p{Ll}+)\s*$/u.test(png?.[1] ?? 'x'))
        expelledCountry = c.memo.get('expelledCountry');
    }
    if (expelledCountry) c.memo.set('expelledCountry', expelledCountry);
    let expeller = passive ? undefined : c.subjectBefore(s.start, at, ['Place', 'Organization']);
    if (!expeller && passive) {
      const places = c.inRange(s.start, s.end, PL).map((m) => countryOf(c, m.entity)!);
      expeller = places.find((p) => p !== undefined && p !== expelledCountry);
    }
    // "European Union countries announced expulsions": the members act, not the union (unnamed here).
    const byM = expeller
      ? c
          .inRange(s.start, at)
          .filter((m) => m.entity === expeller)
          .pop()
      : undefined;
    if (
      byM &&
      /^\s+(?:member\s+)?(?:countries|states|nations|members|allies|governments)\b/.test(
        c.work.slice(byM.end, byM.end + 25),
      )
    )
      return;
    if (!expeller && c.memo.has('expeller')) expeller = c.memo.get('expeller');
    if (expeller) c.memo.set('expeller', expeller);
    // "Germany, France and Poland each expelled …": one expulsion per coordinated subject.
    const expellers = expeller && !passive ? coordinated(c, s, at, expeller) : [expeller];
    for (const by of expellers) {
      // A state expelling another's diplomats: the expulsion is the expeller's (one per expelling state).
      const main = expelled ?? (by && expelledCountry ? by : (expelledCountry ?? by));
      if (!main) return;
      const participants: EvOut['participants'] = [];
      if (by) participants.push({ entity: by, role: 'expeller' });
      if (expelled && expelled !== by) participants.push({ entity: expelled, role: 'expelled' });
      if (expelledCountry && expelledCountry !== by)
        participants.push({ entity: expelledCountry, role: 'expelled' });
      const e = h.event({ place: by?.type === 'Place' ? by : undefined, participants, main });
      const target = expelled ?? expelledCountry;
      if (by && target && by !== target) h.relation(by, 'EXPELLED', target, { event: e });
    }
  },
};

/** "Russia should return …", "X said Y asked him to leave": a request to leave the country. */
export const askedToLeave: EventRule = {
  id: 'events/expulsions:asked-to-leave',
  type: 'request',
  re: /\bshould (?:return|leave|go back)\b|\b(?:asked|told|ordered) (?:him|her|them) to leave\b/g,
  run(h) {
    const { c, s, at } = h;
    const subj = c.subjectBefore(s.start, at, P, true);
    const subjAt = subj ? (c.inRange(s.start, at, P).find((m) => m.entity === subj)?.start ?? at) : at;
    const askerM = c.inRange(s.start, subjAt, ['Place', 'Organization'])[0];
    if (!subj || !askerM) return;
    if (!/\b(?:said|says|asked|told|demanded|insisted|urged|wants)\b/.test(c.work.slice(askerM.end, subjAt)))
      return;
    const asker = askerM.entity;
    const e = h.event({
      participants: [
        { entity: asker, role: 'requester' },
        { entity: subj, role: 'subject' },
      ],
      main: subj,
    });
    h.relation(asker, 'ASKED_TO_LEAVE', subj, { event: e });
  },
};
