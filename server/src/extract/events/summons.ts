// Summons (SUMMONED): "X summoned the Russian ambassador", "X was summoned to the State Department"
// (passive: the place summoned to summons), "the ministry said it had summoned …" (the organisation last
// named). Not "summoned its envoy" (a recall).
import { demonymCountry } from '../lexicon.js';
import type { EventRule } from './types.js';

export const summons: EventRule = {
  id: 'events/summons:summons',
  type: 'summons',
  re: /\bsummon(?:ed|s|ing)\b(?!\s+(?:its|his|her|their)\s+(?:own\s+)?(?:envoy|ambassador))/g,
  run(h) {
    const { c, s, at, end } = h;
    // "X was summoned to the State Department": X is summoned, the place it was summoned to summons.
    if (/\b(?:was|were|been|being|is|are)\s+(?:\S+\s+)?$/i.test(c.work.slice(s.start, at))) {
      const who = c.subjectBefore(s.start, at, ['Person', 'Organization'], true);
      const to = /^\s+(?:to|by)\s+(?:the\s+)?/.exec(c.work.slice(end, s.end));
      const by = to
        ? c.firstAfter(end, Math.min(s.end, end + to[0].length + 40), ['Organization', 'Place', 'Person'])
        : undefined;
      const byOk = by && /^\s+(?:to|by)\s+(?:the\s+)?(?:\S+\s+)?$/.test(c.work.slice(end, by.start));
      if (!who) return;
      const participants = [{ entity: who, role: 'summoned' }];
      if (byOk) participants.unshift({ entity: by.entity, role: 'summoner' });
      const e = h.event({ participants, main: who });
      if (byOk && by.entity !== who) h.relation(by.entity, 'SUMMONED', who, { event: e });
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
    const participants = [{ entity: by, role: 'summoner' }];
    if (who ?? country) participants.push({ entity: (who ?? country)!, role: 'summoned' });
    const e = h.event({ participants, main });
    if (who && who !== by) h.relation(by, 'SUMMONED', who, { event: e });
  },
};
