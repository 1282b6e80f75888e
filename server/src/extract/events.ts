// Events from trigger words in each sentence (outside quotations): recall, return, departure, arrival,
// meeting, expulsion, appointment, sanction, letter, interview, invasion, annexation, jailing, aid,
// request, inauguration, speech. Participants and their roles come from the entities around the trigger
// (the subject before it, the object after it, places after "from", "for", "to", "in", "at"); the date
// is the date expression nearest the trigger. Each event carries the typed relations it implies
// (RECALLED, RETURNED_TO, DEPARTED_FROM, ARRIVED_IN, MET, EXPELLED, ...). Events of the same type with
// the same main participant and compatible dates are merged later (index.ts).
import type { Span } from '../ingest/annotation-schema.js';
import type { Ctx } from './context.js';
import type { Entity } from './entities.js';
import { CAPITALS, demonymCountry } from './lexicon.js';
import { indexAt, type Sentence } from './text.js';

export interface RelOut {
  source: Entity;
  type: string;
  target: Entity;
  date?: string | null;
  place?: Entity;
  evidence: Span[];
  event?: EvOut;
}
export interface EvOut {
  type: string;
  date: string | null;
  place?: Entity;
  participants: { entity: Entity; role: string }[];
  evidence: Span[];
  relations: RelOut[];
  /** The participant the event is about (for merging and the id). */
  main: Entity;
}

const NEG =
  /\b(?:not|never|didn['’]t|did not|held back on|refused to|declined to|without|no plans to|ruled out)\s+(?:\S+\s+){0,2}$/i;

interface Rule {
  type: string;
  re: RegExp;
  run(
    c: Ctx,
    s: Sentence,
    at: number,
    end: number,
    ev: (e: Omit<EvOut, 'relations'>) => EvOut,
    rel: (r: RelOut) => void,
  ): void;
}

/** The last sanctions event of an article, which a later "Among those targeted is X" adds to. */
const lastSanction = new WeakMap<Ctx, EvOut>();

const P: ['Person'] = ['Person'];
const PO: ('Person' | 'Organization')[] = ['Person', 'Organization'];
const PL: ['Place'] = ['Place'];

/** Places after a preposition in [pos, limit): "from Moscow's Sheremetyevo airport" → the last of the run. */
function placeAfter(c: Ctx, pos: number, limit: number, prep: RegExp): Entity | undefined {
  const seg = c.work.slice(pos, limit);
  const m = prep.exec(seg);
  if (!m) return undefined;
  const from = pos + m.index + m[0].length;
  const stop = /\b(?:for|to|from|where|after|before|on|amid|and|but|while|over)\b|;|\.\s/.exec(
    c.work.slice(from + 1, limit),
  );
  const to = stop ? from + 1 + stop.index : limit;
  const ps = c.inRange(from, to, PL, true);
  if (!ps.length || !/^\s*(?:the\s+)?$/.test(c.work.slice(from, ps[0]!.start))) return undefined;
  // A run of places ("Moscow's Sheremetyevo airport", "Washington, US"): the most specific, the last.
  let last = ps[0]!;
  for (const p of ps.slice(1)) {
    if (!/^(?:['’]s)?\s*,?\s*$/.test(c.work.slice(last.end, p.start))) break;
    last = p;
  }
  return last.entity;
}

/**
 * The subject and the entities coordinated with it right before a verb: "Germany, France and Poland each
 * expelled" → [Germany, France, Poland] (same type; "also", "each", "both", "have", "on Monday" may follow).
 */
function coordinated(c: Ctx, s: Sentence, at: number, subject: Entity): Entity[] {
  const ms = c.inRange(s.start, at, [subject.type]);
  let j = ms.length - 1;
  while (j >= 0 && ms[j]!.entity !== subject) j--;
  if (j < 0) return [subject];
  const out = [subject];
  for (let k = j - 1; k >= 0; k--) {
    const gap = c.work.slice(ms[k]!.end, ms[k + 1]!.start);
    // Titles may stand before the next name ("Macron and Indian Prime Minister Narendra Modi").
    if (!/^\s*(?:,|,?\s+and|,?\s+as well as|&)\s*(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}$/u.test(gap)) break;
    if (!out.includes(ms[k]!.entity)) out.unshift(ms[k]!.entity);
  }
  return out;
}

function countryOf(c: Ctx, e: Entity | undefined): Entity | undefined {
  if (!e) return undefined;
  const country = CAPITALS[e.name.toLowerCase()];
  return country ? (c.idx.countryEntity(country) ?? e) : e;
}

function traveller(c: Ctx, s: Sentence, at: number): Entity | undefined {
  // "to succeed Hiroshi Takano, who returned to Tokyo": the person the relative clause is about.
  const rel = /,\s*who\s+(?:had\s+|has\s+|have\s+)?$/.exec(c.work.slice(s.start, at));
  if (rel) {
    const m = c.inRange(s.start, s.start + rel.index, P).pop();
    if (m && /^\s*$/.test(c.work.slice(m.end, s.start + rel.index))) return m.entity;
  }
  const poss = /(\S+)['’]s\s+$/.exec(c.work.slice(s.start, at));
  if (poss) {
    const m = c.inRange(s.start + poss.index, at, P)[0];
    if (m) return m.entity;
  }
  const subj = c.subjectBefore(s.start, at, P, true);
  if (subj) return subj;
  // "Before takeoff in New York he told agencies ...": a pronoun after the trigger.
  if (/^[^,.;]{0,40}?\b(?:he|she)\b/i.test(c.work.slice(at, s.end))) return c.lastPersonBefore(at);
  return c.inRange(s.start, s.end, P)[0]?.entity;
}

const RULES: Rule[] = [
  {
    type: 'recall',
    re: /\b(?:recall(?:ed|ing|s)?|withdr(?:ew|awn|aws|awing) (?:its|his|her|their) (?:own )?(?:envoy|ambassador|diplomats|diplomatic staff)|summon(?:ed|s|ing)? (?:its|his|her|their) (?:envoy|ambassador)|invited to \p{Lu}\p{L}+ for consultations)\b/gu,
    run(c, s, at, end, ev, rel) {
      const after = c.firstAfter(end, s.end, P);
      const passive = /\b(?:was|were|been|being|is|be|had been|has been)\s+(?:\S+\s+)?$/i.test(
        c.work.slice(s.start, at),
      );
      let person = passive
        ? (c.subjectBefore(s.start, at, P, true) ?? after?.entity)
        : after && after.start - end < 25
          ? after.entity
          : undefined;
      if (!person && passive) person = c.lastPersonBefore(s.start);
      let recaller = passive ? undefined : c.subjectBefore(s.start, at, ['Place', 'Organization']);
      if (!recaller) {
        const org = c
          .inRange(s.start, s.end, ['Organization'])
          .find((m) => /ministry|government|kremlin/i.test(m.entity.name));
        recaller = org?.entity;
      }
      if (!recaller && person?.envoy?.origin) recaller = c.idx.countryEntity(person.envoy.origin);
      const main = person ?? recaller;
      if (!main) return;
      const date = c.dateNear(s, at)?.value ?? null;
      const place = person?.envoy?.origin ? c.idx.countryEntity(person.envoy.origin) : undefined;
      const participants = [];
      if (recaller) participants.push({ entity: recaller, role: 'recaller' });
      if (person) participants.push({ entity: person, role: 'recalled' });
      const e = ev({
        type: 'recall',
        date,
        place,
        participants,
        evidence: [c.evidence(s)],
        main,
      });
      if (recaller && person)
        rel({
          source: recaller,
          type: 'RECALLED',
          target: person,
          date,
          evidence: [c.evidence(s)],
          event: e,
        });
    },
  },
  {
    type: 'return',
    re: /\b(?:returned|returns|returning|return|arrived back|arrives back|heading back|heads back|headed back|flew back|came back|back to (?:his|her) post)\b/g,
    run(c, s, at, end, ev, rel) {
      if (
        /\b(?:should|would|will|to|could|may|might)\s+$/i.test(c.work.slice(Math.max(s.start, at - 10), at))
      )
        return;
      if (/^\s+(?:ambassadors|envoys|diplomats)\b/.test(c.work.slice(end, end + 14))) return;
      const who = traveller(c, s, at);
      if (!who) return;
      const dest =
        placeAfter(c, end, s.end, /^\s*(?:back\s+)?(?:to|in|into|home to)\b/) ??
        placeAfter(c, end, s.end, /^\s+to (?:his|her) post in\b/);
      const date = c.dateNear(s, at)?.value ?? null;
      const e = ev({
        type: 'return',
        date,
        place: dest,
        participants: [{ entity: who, role: 'traveller' }],
        evidence: [c.evidence(s)],
        main: who,
      });
      const target = dest
        ? dest
        : c.theCountry(s, []) && /\bto the country\b/.test(c.work.slice(end, end + 20))
          ? c.theCountry(s, [])
          : undefined;
      if (target)
        rel({ source: who, type: 'RETURNED_TO', target, date, evidence: [c.evidence(s)], event: e });
    },
  },
  {
    type: 'departure',
    re: /\b(?:left|leaving|leaves|departed|departing|departs|took off|takeoff|take-off|flew out|set off)\b/g,
    run(c, s, at, end, ev, rel) {
      const who = traveller(c, s, at);
      if (!who) return;
      const date = c.dateNear(s, at)?.value ?? null;
      const from = placeAfter(c, end, s.end, /^[^;]{0,80}?\bfrom\b/) ?? placeAfter(c, end, s.end, /^\s*in\b/);
      const forP = placeAfter(c, end, s.end, /^\s*(?:for|to)\b/);
      const direct = /^(?:left|leaving|leaves)$/.test(c.work.slice(at, end))
        ? c.firstAfter(end, Math.min(s.end, end + 30), PL)
        : undefined;
      const directOk =
        direct && /^\s*(?:the\s+)?$/.test(c.work.slice(end, direct.start)) ? direct.entity : undefined;
      if (!from && !forP && !directOk && !/took off|takeoff|departed/.test(c.work.slice(at, end))) return;
      const e = ev({
        type: 'departure',
        date,
        place: from ?? directOk,
        participants: [{ entity: who, role: 'traveller' }],
        evidence: [c.evidence(s)],
        main: who,
      });
      if (from)
        rel({ source: who, type: 'DEPARTED_FROM', target: from, date, evidence: [c.evidence(s)], event: e });
      if (forP)
        rel({ source: who, type: 'DEPARTED_FOR', target: forP, date, evidence: [c.evidence(s)], event: e });
      if (directOk)
        rel({ source: who, type: 'LEFT', target: directOk, date, evidence: [c.evidence(s)], event: e });
    },
  },
  {
    type: 'arrival',
    re: /\b(?:arrived|arrives|arriving|landed|lands|landing)\b(?!\s+back)/g,
    run(c, s, at, end, ev, rel) {
      const who = traveller(c, s, at);
      if (!who) return;
      const date = c.dateNear(s, at)?.value ?? null;
      const stop = /[,;]|\b(?:after|before|where|when|but)\b/.exec(c.work.slice(end, s.end));
      const places = c.inRange(end, stop ? end + stop.index : s.end, PL).map((m) => m.entity);
      const e = ev({
        type: 'arrival',
        date,
        place: places[places.length - 1],
        participants: [{ entity: who, role: 'traveller' }],
        evidence: [c.evidence(s)],
        main: who,
      });
      for (const p of new Set(places))
        rel({ source: who, type: 'ARRIVED_IN', target: p, date, evidence: [c.evidence(s)], event: e });
    },
  },
  {
    type: 'meeting',
    re: /\b(?:met|meets|meeting|summit|held talks|hold talks|talks)\b/g,
    run(c, s, at, _end, ev, rel) {
      // Not the possessor of a noun ("Navalny's widow") nor a person inside an apposition.
      const ms = c
        .inRange(s.start, s.end, P)
        .filter((m) => !/^['’]s\s+\p{Ll}/u.test(c.work.slice(m.end, m.end + 4)) && !c.inAside(m.start));
      const persons = [...new Set(ms.map((m) => m.entity))];
      if (persons.length < 2) return;
      const [a, b] = persons as [Entity, Entity];
      const main = [...persons].sort((x, y) => (x.id < y.id ? -1 : 1))[0]!;
      const date = c.dateNear(s, at)?.value ?? null;
      const place = placeAfter(c, at, s.end, /^[^;]{0,60}?\b(?:in|at)\b/);
      const e = ev({
        type: 'meeting',
        date,
        place,
        participants: persons.map((p) => ({ entity: p, role: 'participant' })),
        evidence: [c.evidence(s)],
        main,
      });
      rel({ source: a, type: 'MET', target: b, date, place, evidence: [c.evidence(s)], event: e });
    },
  },
  {
    type: 'expulsion',
    re: /\b(?:expel(?:led|s|ling)?|expulsions?|declared\s+(?:\S+\s+){0,6}?persona non grata|order(?:ed|s|ing)\s+(?:out|to leave|(?!(?:him|her|them|us|me|you|it)\b)(?:[\p{L}\d'’-]+\s+){1,6}?(?:to leave|out of)\b))/gu,
    run(c, s, at, end, ev, rel) {
      // "declared a Russian diplomat persona non grata", "ordered two Estonian diplomats to leave the
      // country": the object lies inside the match.
      const png =
        /^declared\s+(.+?)\s+persona non grata$/s.exec(c.work.slice(at, end)) ??
        /^order(?:ed|s|ing)\s+(.+?)\s+(?:to leave|out of)$/s.exec(c.work.slice(at, end));
      if (png && png[1] !== undefined) end = at + c.work.slice(at, end).indexOf(png[1]);
      const passive = /\b(?:was|were|been|being|be|is|are)\s+(?:\S+\s+)?$/i.test(c.work.slice(s.start, at));
      const clause = /[,;]|\b(?:and|but|after|before|while|over|amid|because)\b/.exec(
        c.work.slice(end, s.end),
      );
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
      const date = c.dateNear(s, at)?.value ?? null;
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
        const e = ev({
          type: 'expulsion',
          date,
          place: by?.type === 'Place' ? by : undefined,
          participants,
          evidence: [c.evidence(s)],
          main,
        });
        const target = expelled ?? expelledCountry;
        if (by && target && by !== target)
          rel({ source: by, type: 'EXPELLED', target, date, evidence: [c.evidence(s)], event: e });
      }
    },
  },
  {
    type: 'appointment',
    re: /\b(?:appointed|appoints|appointment|appointee|named as|sworn in as|took up (?:his|her) post)\b/g,
    run(c, s, at, end, ev, rel) {
      const word = c.work.slice(at, end);
      let appointer: Entity | undefined;
      let appointee: Entity | undefined;
      if (word === 'appointee') {
        const before = c.inRange(s.start, at, P);
        appointer = before[before.length - 1]?.entity;
        appointee = before.find((m) => m.entity !== appointer)?.entity;
      } else {
        appointer = c.subjectBefore(s.start, at, ['Person', 'Organization']);
        appointee = c.firstAfter(end, s.end, P)?.entity;
        if (/\b(?:was|been|is)\s+$/.test(c.work.slice(Math.max(s.start, at - 8), at))) {
          appointee = c.subjectBefore(s.start, at, P, true) ?? appointer;
          // "was appointed by the Cabinet": the agent.
          const by = /^\s+by\s+(?:the\s+)?/.exec(c.work.slice(end, s.end));
          const agent = by
            ? c.firstAfter(end, end + by[0].length + 2, ['Person', 'Organization'])
            : undefined;
          appointer = agent && agent.start <= end + by![0].length ? agent.entity : undefined;
        }
      }
      if (!appointee) return;
      const date = c.dateNear(s, at)?.value ?? null;
      const participants = [{ entity: appointee, role: 'appointee' }];
      if (appointer) participants.push({ entity: appointer, role: 'appointer' });
      const e = ev({ type: 'appointment', date, participants, evidence: [c.evidence(s)], main: appointee });
      if (appointer && appointer !== appointee)
        rel({
          source: appointer,
          type: 'APPOINTED',
          target: appointee,
          date,
          evidence: [c.evidence(s)],
          event: e,
        });
    },
  },
  {
    // "Anatoly Antonov, Russia's top diplomat in the U.S. since August 2017": in post since a date.
    type: 'appointment',
    re: /\b(?:top diplomat|ambassador|envoy|minister|president|secretary|spokes(?:wo)?man|spokesperson|chief|head|director)\b[^,;]{0,40}?\bsince\s+(?=(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?\d{4}\b)/gi,
    run(c, s, at, end, ev) {
      const who = c.inRange(s.start, at, P).pop()?.entity;
      const d = c.dates.find((x) => x.start === end || x.start === end + 1);
      if (!who || !d) return;
      ev({
        type: 'appointment',
        date: d.value,
        participants: [{ entity: who, role: 'appointee' }],
        evidence: [c.evidence(s)],
        main: who,
      });
    },
  },
  {
    type: 'sanction',
    re: /\bsanction(?:s|ed|ing)?\b/g,
    run(c, s, at, end, ev, rel) {
      const by = c.subjectBefore(s.start, at, ['Place', 'Organization'], true);
      if (!by) return;
      let target = objectAfter(c, end, s.end, /^\s*(?:on|against)\s+/);
      // "sanctioned X", "in sanctioning Russian officials": a transitive verb takes its object directly.
      if (
        !target &&
        /^sanction(?:ed|ing)$/.test(c.work.slice(at, end)) &&
        !/\b(?:was|were|been|being|is|are|be)\s+$/.test(c.work.slice(Math.max(s.start, at - 8), at))
      )
        target = objectAfter(c, end, s.end, /^\s+/);
      if (!target && /^\s*(?:on|against) the country\b/.test(c.work.slice(end, end + 30)))
        target = c.theCountry(s, [by]);
      if (!target || target === by) return;
      c.memo.set('sanctioner', by);
      const date = c.dateNear(s, at)?.value ?? null;
      const e = ev({
        type: 'sanction',
        date,
        participants: [
          { entity: by, role: 'sanctioner' },
          { entity: target, role: 'sanctioned' },
        ],
        evidence: [c.evidence(s)],
        main: target,
      });
      lastSanction.set(c, e);
      rel({ source: by, type: 'SANCTIONED', target, date, evidence: [c.evidence(s)], event: e });
    },
  },
  {
    // "Among those targeted is Judge X": a named person on the sanctions list just reported.
    type: 'sanction',
    re: /\b[Aa]mong (?:those|the officials|the people|the individuals) (?:targeted|sanctioned|named|listed|blacklisted)\b/g,
    run(c, s, at, end, _ev, rel) {
      const by = c.memo.get('sanctioner');
      const who = c.firstAfter(end, Math.min(s.end, end + 40), P);
      if (!by || !who || !/^\s+(?:is|are|was|were)\s+(?:\S+\s+){0,2}$/.test(c.work.slice(end, who.start)))
        return;
      // Part of the sanctions just reported: that event gains the person and this sentence.
      const e = lastSanction.get(c);
      const date = e?.date ?? c.dateNear(s, at)?.value ?? null;
      if (e) {
        if (!e.participants.some((p) => p.entity === who.entity))
          e.participants.push({ entity: who.entity, role: 'sanctioned' });
        e.evidence.push(c.evidence(s));
      }
      rel({ source: by, type: 'SANCTIONED', target: who.entity, date, evidence: [c.evidence(s)], event: e });
    },
  },
  {
    type: 'letter',
    re: /\b(?:letters?|wr(?:ote|itten) to|writes to|sent a (?:letter|note|message) to)\b/g,
    run(c, s, at, end, ev, rel) {
      const word = c.work.slice(at, end);
      const date = c.dateNear(s, at)?.value ?? null;
      const pre = c.work.slice(s.start, at);
      const participants: EvOut['participants'] = [];
      let sender: Entity | undefined;
      let recipient: Entity | undefined;
      const letterTo = /^\s+to\s+(?:the\s+)?/.exec(c.work.slice(end, s.end));
      if (/\bto$/.test(word)) {
        sender = c.subjectBefore(s.start, at, ['Person', 'Organization', 'Place']);
        recipient = c.firstAfter(end, s.end, ['Person', 'Organization', 'Place'])?.entity;
        // "has written to the chairman of the OSCE": the organisation the addressee chairs.
        const chair =
          /^\s+(?:the\s+)?(?:chairman|chairwoman|chair|head|secretary[- ]general|president)\s+of\s+(?:the\s+)?$/i;
        const org = c.firstAfter(end, s.end, ['Organization']);
        if (org && chair.test(c.work.slice(end, org.start))) recipient = org.entity;
      } else if (letterTo && /^letter$/.test(word)) {
        // "In the letter to X, (apposition,) Y said …": the recipient right after, the writer the subject.
        const r = c.firstAfter(end, end + letterTo[0].length + 2, ['Person', 'Organization', 'Place']);
        if (r && r.start <= end + letterTo[0].length) {
          recipient = r.entity;
          sender = c
            .inRange(r.end, s.end, ['Person', 'Organization'])
            .find(
              (m) =>
                m.entity !== r.entity &&
                !c.inAside(m.start) &&
                /^\s*,?\s*(?:said|says|wrote|writes|urged|asked|warned|called)\b/.test(
                  c.work.slice(m.end, m.end + 12),
                ),
            )?.entity;
        }
      } else if (/\breceived\s+(?:a|an|the|several|many)?\s*(?:\S+\s+)?$/.test(pre)) {
        recipient = c.subjectBefore(s.start, at, ['Person', 'Organization']);
      } else {
        const sentTo = /\bsent to\s+(?:the\s+)?$/.exec(pre.slice(0, pre.length)) ?? /\bsent to\b/.exec(pre);
        if (sentTo) recipient = c.firstAfter(s.start + sentTo.index, at, ['Organization', 'Person'])?.entity;
      }
      if (sender) participants.push({ entity: sender, role: 'sender' });
      if (recipient) participants.push({ entity: recipient, role: 'recipient' });
      // One letter per writer (a letter named twice, "has written to X" then "in the letter to Y").
      const main = sender ?? recipient;
      if (!main) return;
      const e = ev({ type: 'letter', date, participants, evidence: [c.evidence(s)], main });
      if (sender && recipient)
        rel({
          source: sender,
          type: 'WROTE_TO',
          target: recipient,
          date,
          evidence: [c.evidence(s)],
          event: e,
        });
    },
  },
  {
    type: 'interview',
    re: /\b(?:told|tells|[Ii]nterviewed|interview|quoted as saying by)\b/g,
    run(c, s, at, end, ev, rel) {
      const word = c.work.slice(at, end);
      const date = c.dateNear(s, at)?.value ?? null;
      let who: Entity | undefined;
      let outlet: Entity | undefined;
      if (word === 'told' || word === 'tells' || word === 'quoted as saying by') {
        const m = c.firstAfter(end, Math.min(s.end, end + 30), ['Organization']);
        if (!m || !/^\s*(?:the\s+|\S+['’]s\s+)?$/.test(c.work.slice(end, m.start))) return;
        // "told Parliament", "told the Senate committee": an assembly is an audience, not an interviewer.
        if (
          /\b(?:parliament|senate|congress|assembly|council|committee|duma|court|ministry|cabinet)\b/i.test(
            m.entity.name,
          )
        )
          return;
        outlet = m.entity;
        who = c.subjectBefore(s.start, at, P, true);
        if (!who && /^\s*,?\s*$/.test(c.work.slice(s.start, at).replace(/[“"][^”"]*[”"]/g, '')))
          who = c.lastPersonBefore(at);
        if (!who) who = c.lastPersonBefore(at);
        if (word === 'quoted as saying by') {
          if (who) rel({ source: who, type: 'QUOTED_BY', target: outlet, date, evidence: [c.evidence(s)] });
          return;
        }
      } else {
        const on = placeAfterOrg(c, end, s.end);
        outlet = on;
        who = c.firstAfter(end, s.end, P)?.entity ?? c.subjectBefore(s.start, at, P, true);
        if (
          word === 'interview' &&
          !/\b(?:during|in|gave|an?)\s+(?:an?\s+)?(?:\S+\s+)?$/.test(
            c.work.slice(Math.max(s.start, at - 25), at),
          )
        )
          return;
        if (word === 'interview') who = c.subjectBefore(s.start, at, P, true);
      }
      if (!who) return;
      const participants: EvOut['participants'] = [{ entity: who, role: 'interviewee' }];
      if (outlet) participants.push({ entity: outlet, role: 'interviewer' });
      const e = ev({ type: 'interview', date, participants, evidence: [c.evidence(s)], main: who });
      if (outlet)
        rel({
          source: who,
          type: 'INTERVIEWED_BY',
          target: outlet,
          date,
          evidence: [c.evidence(s)],
          event: e,
        });
    },
  },
  {
    type: 'invasion',
    re: /\b(?:invaded|invades|invading|invasion of|military offensive|offensive in|war (?:in|on|against))\b/g,
    run(c, s, at, end, ev, rel) {
      const pre = c.work.slice(Math.max(s.start, at - 40), at);
      const possM = /(\S+)['’]s\s+(?:\S+\s+)?$/.exec(pre);
      let invader: Entity | undefined;
      if (possM) invader = c.inRange(at - pre.length + possM.index, at, PL)[0]?.entity;
      if (!invader && /^war\b/.test(c.work.slice(at, end))) return;
      invader = invader ?? c.subjectBefore(s.start, at, PL);
      const invaded = c.firstAfter(end, Math.min(s.end, end + 30), PL)?.entity;
      if (!invader || !invaded || invader === invaded) return;
      const date = c.dateNear(s, at)?.value ?? null;
      const e = ev({
        type: 'invasion',
        date,
        place: invaded,
        participants: [
          { entity: invader, role: 'invader' },
          { entity: invaded, role: 'invaded' },
        ],
        evidence: [c.evidence(s)],
        main: invaded,
      });
      rel({ source: invader, type: 'INVADED', target: invaded, date, evidence: [c.evidence(s)], event: e });
    },
  },
  {
    type: 'annexation',
    re: /\b(?:annexed|annexes|annexation of|annexing)\b/g,
    run(c, s, at, end, ev, rel) {
      const by = c.subjectBefore(s.start, at, PL, true);
      const what = objectAfter(c, end, s.end, /^\s*/);
      if (!by || !what || by === what) return;
      const from = placeAfter(c, end, s.end, /^[^;]{0,60}?\bfrom\b/);
      const date = c.dateNear(s, at, 200, true)?.value ?? null;
      const participants = [{ entity: by, role: 'annexer' }];
      if (from) participants.push({ entity: from, role: 'annexed-from' });
      const e = ev({
        type: 'annexation',
        date,
        place: what,
        participants,
        evidence: [c.evidence(s)],
        main: what,
      });
      rel({ source: by, type: 'ANNEXED', target: what, date, evidence: [c.evidence(s)], event: e });
    },
  },
  {
    type: 'jailing',
    re: /\b(?:jail(?:ed|ing|s)?|imprison(?:ed|ing|s)?|sentenced|arrested|detained)\b/g,
    run(c, s, at, end, ev, rel) {
      const jailed =
        c.firstAfter(end, Math.min(s.end, end + 60), P)?.entity ??
        (/\b(?:was|been|were)\s+$/.test(c.work.slice(Math.max(s.start, at - 8), at))
          ? c.subjectBefore(s.start, at, P, true)
          : undefined);
      if (!jailed) return;
      let by = c.subjectBefore(s.start, at, ['Organization', 'Place'], true);
      // "Judge X, who last year sentenced Y": a person who sentences is the judge.
      if (!by && /^sentenced$/.test(c.work.slice(at, end))) {
        const judge = c.subjectBefore(s.start, at, P, true);
        if (judge && judge !== jailed) by = judge;
      }
      const date = c.dateNear(s, at)?.value ?? null;
      const participants = [{ entity: jailed, role: 'jailed' }];
      if (by) participants.unshift({ entity: by, role: 'decider' });
      const e = ev({ type: 'jailing', date, participants, evidence: [c.evidence(s)], main: jailed });
      if (by) rel({ source: by, type: 'JAILED', target: jailed, date, evidence: [c.evidence(s)], event: e });
    },
  },
  {
    type: 'aid',
    re: /\b(?:aid package|military aid|military assistance|aid to|assistance to|weapons to|arms to)\b/g,
    run(c, s, at, end, ev, rel) {
      const date = c.dateNear(s, at)?.value ?? null;
      const recipient = placeAfter(c, at, s.end, /^[^;]{0,60}?\b(?:for|to)\b/);
      if (!recipient) return;
      const approver = /\bapprov(?:ed|es|ing)\b/.test(c.work.slice(s.start, at))
        ? c.subjectBefore(s.start, at, ['Person', 'Place', 'Organization'], true)
        : undefined;
      // The donor: who approved it, "from X", or the subject of a giving verb ("X sent aid to Y").
      const gives =
        /\b(?:provid|sen[dt]|giv|gave|pledg|deliver|announc|offer|suppl|promis|allocat)\w*\b/.test(
          c.work.slice(s.start, at),
        );
      const donor =
        approver ??
        placeAfter(c, end, s.end, /^[^;]{0,60}?\bfrom\b/) ??
        (gives ? c.subjectBefore(s.start, at, ['Place', 'Organization', 'Person']) : undefined);
      if (!donor || donor === recipient) return;
      const e = ev({
        type: 'aid',
        date,
        participants: [
          { entity: donor, role: approver ? 'approver' : 'donor' },
          { entity: recipient, role: 'recipient' },
        ],
        evidence: [c.evidence(s)],
        main: recipient,
      });
      rel({
        source: donor,
        type: approver ? 'APPROVED_AID_FOR' : 'SUPPORTED',
        target: recipient,
        date,
        evidence: [c.evidence(s)],
        event: e,
      });
    },
  },
  {
    type: 'request',
    re: /\bshould (?:return|leave|go back)\b|\b(?:asked|told|ordered) (?:him|her|them) to leave\b/g,
    run(c, s, at, _end, ev, rel) {
      const subj = c.subjectBefore(s.start, at, P, true);
      const subjAt = subj ? (c.inRange(s.start, at, P).find((m) => m.entity === subj)?.start ?? at) : at;
      const askerM = c.inRange(s.start, subjAt, ['Place', 'Organization'])[0];
      if (!subj || !askerM) return;
      if (
        !/\b(?:said|says|asked|told|demanded|insisted|urged|wants)\b/.test(c.work.slice(askerM.end, subjAt))
      )
        return;
      const asker = askerM.entity;
      const date = c.dateNear(s, at)?.value ?? null;
      const e = ev({
        type: 'request',
        date,
        participants: [
          { entity: asker, role: 'requester' },
          { entity: subj, role: 'subject' },
        ],
        evidence: [c.evidence(s)],
        main: subj,
      });
      rel({ source: asker, type: 'ASKED_TO_LEAVE', target: subj, date, evidence: [c.evidence(s)], event: e });
    },
  },
  {
    type: 'statement',
    re: /\b(?:said|says|announced) in a (?:written )?statement\b|\bissued a statement\b/g,
    run(c, s, at, _end, ev) {
      let who = c.subjectBefore(s.start, at, ['Person', 'Organization']);
      // "a foreign ministry spokesperson said in a statement": the organisation of that kind last named.
      const unnamed =
        /\b(?:a|an|the)\s+(?:\p{L}+\s+){0,2}?(ministry|embassy|office|department|government)\s+(?:(?:spokes(?:wo)?man|spokesperson|official)\s+)?$/iu.exec(
          c.work.slice(Math.max(s.start, at - 60), at),
        );
      if (!who && unnamed)
        who = c.mentions
          .filter(
            (m) =>
              m.end <= at &&
              m.entity.type === 'Organization' &&
              m.entity.name.toLowerCase().includes(unnamed[1]!.toLowerCase()),
          )
          .pop()?.entity;
      if (!who) return;
      const date = c.dateNear(s, at)?.value ?? null;
      const participants = [{ entity: who, role: 'speaker' }];
      const about = c.firstAfter(at, s.end, ['Person']);
      if (about && about.entity !== who) participants.push({ entity: about.entity, role: 'subject' });
      ev({ type: 'statement', date, participants, evidence: [c.evidence(s)], main: who });
    },
  },
  {
    type: 'summons',
    re: /\bsummon(?:ed|s|ing)\b(?!\s+(?:its|his|her|their)\s+(?:own\s+)?(?:envoy|ambassador))/g,
    run(c, s, at, end, ev, rel) {
      // "X was summoned to the State Department": X is summoned, the place it was summoned to summons.
      if (/\b(?:was|were|been|being|is|are)\s+(?:\S+\s+)?$/i.test(c.work.slice(s.start, at))) {
        const who = c.subjectBefore(s.start, at, ['Person', 'Organization'], true);
        const to = /^\s+(?:to|by)\s+(?:the\s+)?/.exec(c.work.slice(end, s.end));
        const by = to
          ? c.firstAfter(end, Math.min(s.end, end + to[0].length + 40), ['Organization', 'Place', 'Person'])
          : undefined;
        const byOk = by && /^\s+(?:to|by)\s+(?:the\s+)?(?:\S+\s+)?$/.test(c.work.slice(end, by.start));
        if (!who) return;
        const date = c.dateNear(s, at)?.value ?? null;
        const participants = [{ entity: who, role: 'summoned' }];
        if (byOk) participants.unshift({ entity: by.entity, role: 'summoner' });
        const e = ev({ type: 'summons', date, participants, evidence: [c.evidence(s)], main: who });
        if (byOk && by.entity !== who)
          rel({
            source: by.entity,
            type: 'SUMMONED',
            target: who,
            date,
            evidence: [c.evidence(s)],
            event: e,
          });
        return;
      }
      // "The ministry said it had summoned …": "it" is the organisation last named.
      const itBy = /\bit\s+(?:had\s+|has\s+|have\s+)?$/.test(c.work.slice(Math.max(s.start, at - 12), at))
        ? c.mentions.filter((m) => m.end <= at && m.entity.type === 'Organization').pop()?.entity
        : undefined;
      const by = itBy ?? c.subjectBefore(s.start, at, ['Organization', 'Place', 'Person']);
      const obj = c.firstAfter(end, Math.min(s.end, end + 50), ['Person', 'Organization']);
      const who =
        obj &&
        /^\s*(?:the\s+)?(?:\p{Lu}[\p{L}.’'-]*\s+){0,2}(?:ambassador|envoy|charg[ée] d['’]affaires|diplomat)?,?\s*$/iu.test(
          c.work.slice(end, obj.start),
        )
          ? obj.entity
          : undefined;
      const np = c.work.slice(end, Math.min(s.end, end + 40));
      const dem = /^\s*(?:the\s+)?(\p{Lu}[\p{L}.]*)\s+(?:ambassador|envoy|charg|diplomat)/u.exec(np);
      const country =
        !who && dem && demonymCountry(dem[1]!) ? c.idx.countryEntity(demonymCountry(dem[1]!)!) : undefined;
      const main = who ?? country ?? by;
      if (!main || !by) return;
      const date = c.dateNear(s, at)?.value ?? null;
      const participants = [{ entity: by, role: 'summoner' }];
      if (who ?? country) participants.push({ entity: (who ?? country)!, role: 'summoned' });
      const e = ev({ type: 'summons', date, participants, evidence: [c.evidence(s)], main });
      if (who && who !== by)
        rel({ source: by, type: 'SUMMONED', target: who, date, evidence: [c.evidence(s)], event: e });
    },
  },
  {
    type: 'visit',
    re: /\b(?:visited|visits|visiting|paid a visit to|on a visit to|(?:state|official) visit to)\b/g,
    run(c, s, at, end, ev, rel) {
      const who = traveller(c, s, at);
      const where = c.firstAfter(end, Math.min(s.end, end + 25), ['Place']);
      if (!who || !where || !/^\s*(?:the\s+)?$/.test(c.work.slice(end, where.start))) return;
      const date = c.dateNear(s, at)?.value ?? null;
      const e = ev({
        type: 'visit',
        date,
        place: where.entity,
        participants: [{ entity: who, role: 'visitor' }],
        evidence: [c.evidence(s)],
        main: who,
      });
      rel({ source: who, type: 'VISITED', target: where.entity, date, evidence: [c.evidence(s)], event: e });
    },
  },
  {
    type: 'phone-call',
    re: /\b(?:spoke|speaks|talked|talks) (?:to|with) (?:\S+ ){1,7}?(?:by (?:tele)?phone|on the (?:tele)?phone|over the (?:tele)?phone)|\b(?:phone|telephone|video) (?:call|conversation|talks) with\b|\b(?:spoke|speak|speaks|talked|talk|talks) (?:by|over the|on the) (?:tele)?phone\b|\b(?:hold|holds|held|had|have|has) (?:a |an |their |the )?(?:\p{Ll}+ )?(?:phone |telephone |video )?call\b/gu,
    run(c, s, at, end, ev, rel) {
      let a = c.subjectBefore(s.start, at, ['Person']);
      let b = c.firstAfter(at, s.end, ['Person'])?.entity;
      // "X and Y spoke by phone", "X and Y hold first call": the pair before the verb.
      if (!/\bwith\b/.test(c.work.slice(at, end)) && a) {
        const pair = coordinated(c, s, at, a);
        if (pair.length >= 2) [a, b] = [pair[0], pair[1]];
        else if (!/\b(?:to|with)\b/.test(c.work.slice(at, end))) b = undefined;
      }
      if (!a || !b || a === b) return;
      const date = c.dateNear(s, at)?.value ?? null;
      const e = ev({
        type: 'phone-call',
        date,
        participants: [
          { entity: a, role: 'participant' },
          { entity: b, role: 'participant' },
        ],
        evidence: [c.evidence(s)],
        main: [a, b].sort((x, y) => (x.id < y.id ? -1 : 1))[0]!,
      });
      rel({ source: a, type: 'SPOKE_WITH', target: b, date, evidence: [c.evidence(s)], event: e });
    },
  },
  {
    // "presented his credentials to President X": an envoy received by the head of state.
    type: 'meeting',
    re: /\bpresent(?:ed|s|ing)? (?:his|her|their|the) (?:letters of )?credentials(?: \p{Ll}+){0,2} to\b/gu,
    run(c, s, at, end, ev, rel) {
      const who = c.subjectBefore(s.start, at, P, true);
      const host = c.firstAfter(end, Math.min(s.end, end + 40), P)?.entity;
      if (!who || !host || who === host) return;
      const date = c.dateNear(s, at)?.value ?? null;
      const place = placeAfter(c, end, s.end, /^[^;]{0,60}?\b(?:in|at)\b/);
      const e = ev({
        type: 'meeting',
        date,
        place,
        participants: [
          { entity: who, role: 'participant' },
          { entity: host, role: 'participant' },
        ],
        evidence: [c.evidence(s)],
        main: [who, host].sort((x, y) => (x.id < y.id ? -1 : 1))[0]!,
      });
      rel({ source: who, type: 'MET', target: host, date, place, evidence: [c.evidence(s)], event: e });
    },
  },
  {
    type: 'inauguration',
    re: /\b(?:took office|takes office|sworn in|inaugurated)\b/g,
    run(c, s, at, _end, ev) {
      const who = c.subjectBefore(s.start, at, P, true);
      if (!who) return;
      const date = c.dateNear(s, at)?.value ?? null;
      ev({
        type: 'inauguration',
        date,
        participants: [{ entity: who, role: 'office-holder' }],
        evidence: [c.evidence(s)],
        main: who,
      });
    },
  },
  {
    type: 'speech',
    re: /\b(?:speaks|spoke|speaking|addressed|addresses|addressing) (?:at|to)\b/g,
    run(c, s, at, end, ev, rel) {
      const who = c.subjectBefore(s.start, at, P, true);
      const host = c.firstAfter(end, Math.min(s.end, end + 30), ['Organization'])?.entity;
      if (!who || !host) return;
      const date = c.dateNear(s, at, 120)?.value ?? null;
      const place = placeAfter(c, end, s.end, /^[^;]{0,60}?\bin\b/);
      const e = ev({
        type: 'speech',
        date,
        place,
        participants: [
          { entity: who, role: 'speaker' },
          { entity: host, role: 'host' },
        ],
        evidence: [c.evidence(s)],
        main: who,
      });
      rel({ source: who, type: 'SPOKE_AT', target: host, date, evidence: [c.evidence(s)], event: e });
    },
  },
];

/**
 * The object after a preposition: the entity that starts the noun phrase ("on Russia", "against the
 * Kremlin"), or the country of a demonym ("on Russian officials" → Russia), or nothing.
 */
function objectAfter(c: Ctx, pos: number, limit: number, prep: RegExp): Entity | undefined {
  const m = prep.exec(c.work.slice(pos, limit));
  if (!m) return undefined;
  const from = pos + m.index + m[0].length;
  const np =
    /^(?:the\s+|a\s+|an\s+|\d[\d,.]*\s+|several\s+|four|three|two|five|more\s+)*(?:[\p{L}.’'-]+\s*){1,4}?(?=[,;.]|\s+(?:in|over|for|from|on|after|who|which|and|including|amid|while)\b|$)/u.exec(
      c.work.slice(from, limit),
    );
  const npEnd = from + (np ? np[0].length : 30);
  const ent = c.firstAfter(from, npEnd, ['Place', 'Organization', 'Person']);
  if (ent) return ent.entity;
  for (const w of c.work.slice(from, npEnd).matchAll(/\S+/g)) {
    const country = demonymCountry(w[0]);
    if (country) return c.countryByDemonym(country, from + w.index, from + w.index + w[0].length);
  }
  return undefined;
}

function placeAfterOrg(c: Ctx, pos: number, limit: number): Entity | undefined {
  const m = /^\s*(?:on|by|with|to)\s+(?:the\s+)?/.exec(c.work.slice(pos, limit));
  if (!m) return undefined;
  const o = c.firstAfter(pos, Math.min(limit, pos + m[0].length + 25), ['Organization']);
  return o?.entity;
}

export function findEvents(c: Ctx): EvOut[] {
  const out: EvOut[] = [];
  if (!c.sents.length) return out;
  // Each rule's regex runs once over the body; matches are visited sentence by sentence, rule by rule.
  const from = c.sents[0]!.start;
  const to = c.sents[c.sents.length - 1]!.end;
  const seg = c.work.slice(from, to);
  const hits: { si: number; ri: number; at: number; end: number }[] = [];
  RULES.forEach((rule, ri) => {
    rule.re.lastIndex = 0;
    for (const m of seg.matchAll(rule.re)) {
      const at = from + m.index;
      const end = at + m[0].length;
      const si = indexAt(c.sents, at);
      if (si < 0 || end > c.sents[si]!.end) continue;
      hits.push({ si, ri, at, end });
    }
  });
  hits.sort((x, y) => x.si - y.si || x.ri - y.ri || x.at - y.at);
  for (const { si, ri, at, end } of hits) {
    const s = c.sents[si]!;
    // Inside a quotation only reported third-person facts count ("on March 20, the ambassador is leaving").
    const q = c.quoteAt(at);
    if (q && /\b(?:I|we|We|my|My|our|Our|me|us)\b/.test(c.work.slice(q.start, q.end))) continue;
    if (NEG.test(c.work.slice(Math.max(s.start, at - 30), at))) continue;
    // A rule may make several events (one per coordinated subject: "Germany, France and Poland expelled").
    const made: EvOut[] = [];
    const loose: RelOut[] = [];
    c.scope = q;
    RULES[ri]!.run(
      c,
      s,
      at,
      end,
      (e) => {
        const x: EvOut = { ...e, relations: [] };
        made.push(x);
        return x;
      },
      (r) => (r.event ? r.event.relations.push(r) : loose.push(r)),
    );
    c.scope = undefined;
    const notYet = /\b(?:not yet|has not been|have not been|yet to)\b/.test(c.work.slice(s.start, s.end));
    for (const e of made) {
      // Not (yet) happened: the event stays, its travel relations do not.
      if (notYet)
        e.relations = e.relations.filter(
          (r) => !/^(?:RETURNED_TO|DEPARTED_FROM|DEPARTED_FOR|ARRIVED_IN|LEFT)$/.test(r.type),
        );
      // An event read inside a quotation needs a participant named inside it.
      if (
        q &&
        !e.participants.some((p) =>
          c.idx.mentions.some((m) => m.start >= q.start && m.end <= q.end && m.entity === p.entity),
        )
      )
        continue;
      out.push(e);
    }
    if (made.length) made[0]!.relations.push(...loose);
    else
      for (const r of loose)
        out.push({ type: '', date: null, participants: [], evidence: [], relations: [r], main: r.source });
  }
  return out;
}
