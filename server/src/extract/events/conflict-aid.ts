// Force and support between states: invasions (INVADED; also "a full-scale attack on", "the invasion of X
// by Y"), annexations (ANNEXED), jailings (JAILED: "a court
// jailed X", "Judge X, who sentenced Y"), military aid (APPROVED_AID_FOR, SUPPORTED).
import type { Entity } from '../entities/index.js';
import { demonymCountry } from '../lexicon.js';
import { objectAfter, P, PL, placeAfter } from './arguments.js';
import type { EventRule } from './hit.js';

/** A verb of launching or waging right before a noun of invasion ("has launched a full-scale"). */
const LAUNCHED =
  /\b(?:launch(?:ed|es|ing)?|beg[au]n|begins|start(?:ed|s)?|wag(?:ed|es|ing)|carr(?:ied|ies|y) out|mount(?:ed|s)?|unleash(?:ed|es)?|continu(?:ed|es)|order(?:ed|s)?|conduct(?:ed|s)?|escalat(?:ed|es))\s+(?:(?:a|an|its|the|their|this|another)\s+)?(?:[\p{L}-]+\s+){0,3}$/u;

export const invasion: EventRule = {
  id: 'events/conflict-aid:invasion',
  type: 'invasion',
  re: /\b(?:invaded|invades|invading|invasion of|military offensive|offensive in|war (?:in|on|against)|(?:full-scale|all-out|large-scale)\s+(?:military\s+)?(?:attack|assault|aggression|war)\s+(?:on|against)|military\s+(?:attack|assault|aggression)\s+(?:on|against)|aggression against)\b/g,
  guard: { words: ['inva', 'offensive', 'war', 'attack', 'assault', 'aggression'] },
  run(h) {
    const { c, s, at, end } = h;
    const pre = c.work.slice(Math.max(s.start, at - 40), at);
    const possM = /(\S+)['’]s\s+(?:\S+\s+)?$/.exec(pre);
    let invader: Entity | undefined;
    if (possM) invader = c.inRange(at - pre.length + possM.index, at, PL)[0]?.entity;
    if (!invader && /^war\b/.test(c.work.slice(at, end))) return;
    // "the Russian invasion of", "Russian troops invaded": the state of the demonym right before.
    const dem =
      /\b(\p{Lu}\p{Ll}+)\s+(?:(?:troops|forces|army|military|soldiers|full-scale|all-out|military['’]s)\s+)?$/u.exec(
        pre,
      );
    const country = !invader && !possM && dem ? demonymCountry(dem[1]!) : undefined;
    if (country) {
      const from = at - pre.length + dem!.index;
      invader = c.countryByDemonym(country, from, from + dem![1]!.length);
    }
    const invadedAt = c.firstAfter(end, Math.min(s.end, end + 30), PL);
    const invaded = invadedAt?.entity;
    // "the invasion of X by Y": the agent after the invaded.
    const by = invadedAt && !invader ? /^\s+by\s+(?:the\s+)?/.exec(c.work.slice(invadedAt.end, s.end)) : null;
    if (by)
      invader = c.firstAfter(invadedAt!.end + by[0].length, invadedAt!.end + by[0].length + 2, PL)?.entity;
    // A verb ("invaded") has its subject as invader; a noun ("the invasion of") only after a verb of
    // launching or waging ("launched a full-scale invasion of"), not as the adjunct of another clause
    // ("expelled diplomats following the invasion of X", "condemned the invasion of X").
    const verbal = /^invad/.test(c.work.slice(at, end));
    if (!invader && (verbal || LAUNCHED.test(pre))) invader = c.subjectBefore(s.start, at, PL);
    if (!invaded || invader === invaded) return;
    // An invasion whose invader this sentence does not give is still the event, with no relation.
    if (!invader && !verbal) {
      h.event({ place: invaded, participants: [{ entity: invaded, role: 'invaded' }], main: invaded });
      return;
    }
    if (!invader) return;
    const e = h.event({
      place: invaded,
      participants: [
        { entity: invader, role: 'invader' },
        { entity: invaded, role: 'invaded' },
      ],
      main: invaded,
    });
    h.relation(invader, 'INVADED', invaded, { event: e });
  },
};

export const annexation: EventRule = {
  id: 'events/conflict-aid:annexation',
  type: 'annexation',
  re: /\b(?:annexed|annexes|annexation of|annexing)\b/g,
  run(h) {
    const { c, s, at, end } = h;
    const by = c.subjectBefore(s.start, at, PL, true);
    const what = objectAfter(c, end, s.end, /^\s*/);
    if (!by || !what || by === what) return;
    const from = placeAfter(c, end, s.end, /^[^;]{0,60}?\bfrom\b/);
    const participants = [{ entity: by, role: 'annexer' }];
    if (from) participants.push({ entity: from, role: 'annexed-from' });
    // An annexation's date is often the year stated elsewhere in the sentence ("annexed … in 2014").
    const e = h.event({
      date: c.dateNear(s, at, 200, true)?.value ?? null,
      place: what,
      participants,
      main: what,
    });
    h.relation(by, 'ANNEXED', what, { event: e });
  },
};

/** A preposition or article right before a participle: it modifies the name after it ("of jailed X"). */
const ATTRIBUTIVE_BEFORE = /\b(?:of|to|for|with|about|on|the|a|an)\s+$/;

export const jailing: EventRule = {
  id: 'events/conflict-aid:jailing',
  type: 'jailing',
  re: /\b(?:jail(?:ed|ing|s)?|imprison(?:ed|ing|s)?|sentenced|arrested|detained)\b/g,
  guard: { words: ['jail', 'imprison', 'sentenced', 'arrested', 'detained'] },
  run(h) {
    const { c, s, at, end } = h;
    const jailed =
      c.firstAfter(end, Math.min(s.end, end + 60), P)?.entity ??
      (/\b(?:was|been|were)\s+$/.test(c.work.slice(Math.max(s.start, at - 8), at))
        ? c.subjectBefore(s.start, at, P, true)
        : undefined);
    if (!jailed) return;
    // ("over the poisoning of jailed vlogger X", "access to detained reporter X": a participle before a
    // name says X is held, not who holds him; the clause's subject is no jailer. "decision to jail X" is
    // a verb.)
    const attributive =
      /ed$/.test(c.work.slice(at, end)) &&
      ATTRIBUTIVE_BEFORE.test(c.work.slice(Math.max(s.start, at - 6), at));
    let by = attributive ? undefined : c.subjectBefore(s.start, at, ['Organization', 'Place'], true);
    // "Judge X, who last year sentenced Y": a person who sentences is the judge.
    if (!by && /^sentenced$/.test(c.work.slice(at, end))) {
      const judge = c.subjectBefore(s.start, at, P, true);
      if (judge && judge !== jailed) by = judge;
    }
    const participants = [{ entity: jailed, role: 'jailed' }];
    if (by) participants.unshift({ entity: by, role: 'decider' });
    const e = h.event({ participants, main: jailed });
    if (by) h.relation(by, 'JAILED', jailed, { event: e });
  },
};

export const aid: EventRule = {
  id: 'events/conflict-aid:aid',
  type: 'aid',
  re: /\b(?:aid package|military aid|military assistance|aid to|assistance to|weapons to|arms to)\b/g,
  guard: {
    words: [
      'aid package',
      'military aid',
      'military assistance',
      'aid to',
      'assistance to',
      'weapons to',
      'arms to',
    ],
  },
  run(h) {
    const { c, s, at, end } = h;
    const recipient = placeAfter(c, at, s.end, /^[^;]{0,60}?\b(?:for|to)\b/);
    if (!recipient) return;
    const approver = /\bapprov(?:ed|es|ing)\b/.test(c.work.slice(s.start, at))
      ? c.subjectBefore(s.start, at, ['Person', 'Place', 'Organization'], true)
      : undefined;
    // The donor: who approved it, "from X", or the subject of a giving verb ("X sent aid to Y").
    const gives = /\b(?:provid|sen[dt]|giv|gave|pledg|deliver|announc|offer|suppl|promis|allocat)\w*\b/.test(
      c.work.slice(s.start, at),
    );
    const donor =
      approver ??
      placeAfter(c, end, s.end, /^[^;]{0,60}?\bfrom\b/) ??
      (gives ? c.subjectBefore(s.start, at, ['Place', 'Organization', 'Person']) : undefined);
    if (!donor || donor === recipient) return;
    const e = h.event({
      participants: [
        { entity: donor, role: approver ? 'approver' : 'donor' },
        { entity: recipient, role: 'recipient' },
      ],
      main: recipient,
    });
    h.relation(donor, approver ? 'APPROVED_AID_FOR' : 'SUPPORTED', recipient, { event: e });
  },
};
