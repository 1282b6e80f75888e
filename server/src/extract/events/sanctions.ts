// Sanctions (SANCTIONED): "X imposed sanctions on Y", "sanctioned Y", "in sanctioning Russian officials"
// (the demonym's country), "on the country"; and a named person added to the sanctions just reported
// ("Among those targeted is Judge X").
import type { Ctx } from '../context.js';
import { objectAfter, P } from './arguments.js';
import type { EventRule, EvOut } from './types.js';

/** The last sanctions event of an article, which a later "Among those targeted is X" adds to. */
const lastSanction = new WeakMap<Ctx, EvOut>();

export const sanction: EventRule = {
  id: 'events/sanctions:sanction',
  type: 'sanction',
  re: /\bsanction(?:s|ed|ing)?\b/g,
  run(h) {
    const { c, s, at, end } = h;
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
    const e = h.event({
      participants: [
        { entity: by, role: 'sanctioner' },
        { entity: target, role: 'sanctioned' },
      ],
      main: target,
    });
    lastSanction.set(c, e);
    h.relation(by, 'SANCTIONED', target, { event: e });
  },
};

export const amongThoseTargeted: EventRule = {
  id: 'events/sanctions:among-those-targeted',
  type: 'sanction',
  re: /\b[Aa]mong (?:those|the officials|the people|the individuals) (?:targeted|sanctioned|named|listed|blacklisted)\b/g,
  run(h) {
    const { c, s, end } = h;
    const by = c.memo.get('sanctioner');
    const who = c.firstAfter(end, Math.min(s.end, end + 40), P);
    if (!by || !who || !/^\s+(?:is|are|was|were)\s+(?:\S+\s+){0,2}$/.test(c.work.slice(end, who.start)))
      return;
    // Part of the sanctions just reported: that event gains the person and this sentence.
    const e = lastSanction.get(c);
    if (e) {
      if (!e.participants.some((p) => p.entity === who.entity))
        e.participants.push({ entity: who.entity, role: 'sanctioned' });
      e.evidence.push(...h.evidence());
    }
    h.relation(by, 'SANCTIONED', who.entity, { event: e, date: e?.date ?? h.date });
  },
};
