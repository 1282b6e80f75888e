// Typed relations that need no event: verbs between a subject and an object in one sentence (CRITICIZED,
// ACCUSED, THANKED, DEFENDED, SUPPORTED, RESPONDED_TO, KEPT_IN_POST, CRITICIZED by a threat such as "would
// pay a price"), titles before names (SPOKESPERSON_OF, MEMBER_OF), appositions (DEPUTY_OF, MEMBER_OF a
// party) and envoy roles (AMBASSADOR_TO). Evidence is the verbatim sentence (or the role phrase).
import type { Ctx } from './context.js';
import type { Entity } from './entities/index.js';
import type { RelOut } from './events/index.js';
import { CAPITALS, demonymCountry, SPOKES_WORDS } from './lexicon.js';
import { indexAt, span } from './text.js';

const VERBS: [RegExp, string, boolean, string][] = [
  // [trigger, relation type, needs a quotation or "a <noun>" after the object, rule name]
  [
    /\b(?:branded|brands|branding|called|calls|labelled|labeled|dubbed|regarded|regards|considered|considers)\b/g,
    'CRITICIZED',
    true,
    'labelled',
  ],
  [
    /\b(?:criticized|criticised|criticizes|criticises|condemned|condemns|denounced|denounces|slammed|slams|blasted|lambasted|rebuked|attacked verbally)\b/g,
    'CRITICIZED',
    false,
    'criticized',
  ],
  [/\b(?:accused|accuses|accusing)\b/g, 'ACCUSED', false, 'accused'],
  [/\b(?:thanked|thanks|thanking)\b/g, 'THANKED', false, 'thanked'],
  [/\b(?:defended|defends|defending)\b/g, 'DEFENDED', false, 'defended'],
  [/\b(?:backing|backed|backs|supporting|supported|supports)\b/g, 'SUPPORTED', false, 'supported'],
];

export function findRelations(c: Ctx): RelOut[] {
  const out: RelOut[] = [];
  const text = c.text;
  // Verb relations: each verb regex runs once over the body; a match is read within its sentence.
  if (c.sents.length) {
    const from = c.sents[0]!.start;
    const seg = c.work.slice(from, c.sents[c.sents.length - 1]!.end);
    for (const [re, type, needsQuote, name] of VERBS) {
      re.lastIndex = 0;
      for (const mm of seg.matchAll(re)) {
        const at = from + mm.index;
        const end = at + mm[0].length;
        const s = c.sents[indexAt(c.sents, at)];
        if (!s || end > s.end || c.inQuote(at)) continue;
        // "over what it called …": "it" is the organisation last named.
        const src = /\bit\s+(?:\S+\s+)?$/.test(c.work.slice(Math.max(s.start, at - 12), at))
          ? c.mentions.filter((m) => m.end <= at && m.entity.type === 'Organization').pop()?.entity
          : c.subjectBefore(s.start, at, ['Person', 'Organization', 'Place']);
        const tgtM = c.firstAfter(end, Math.min(s.end, end + 45), ['Person', 'Organization', 'Place']);
        if (!src || !tgtM || tgtM.entity === src) continue;
        // The object itself, not an entity inside a longer phrase ("defended the decision to let Taiwan …").
        if (
          !needsQuote &&
          /\b(?:to|of|for|that|with|by|in|on|about|over)\b/.test(c.work.slice(end, tgtM.start))
        )
          continue;
        if (needsQuote && !/["“]/.test(c.work.slice(tgtM.end, Math.min(s.end, tgtM.end + 25)))) continue;
        if (type === 'SUPPORTED' && src.type === 'Person') continue;
        const date = c.dateNear(s, at)?.value ?? null;
        out.push({
          source: src,
          type,
          target: tgtM.entity,
          date,
          evidence: [c.evidence(s)],
          rule: `relations/verbs:${name}`,
        });
      }
    }
  }
  for (const s of c.sents) {
    const sentText = c.work.slice(s.start, s.end);
    // A threat: "X said (that) Russia would (have to) pay a price / face consequences".
    for (const m of sentText.matchAll(
      /\b(said|warned|says|threatened)\s+(?:that\s+)?((?:the\s+)?(\p{Lu}[\p{L}.]*)(?:\s+\p{Ll}+)?)\s+would\s+(?:have to\s+)?(?:“|")?(?:pay a (?:heavy |high |steep )?price|face (?:severe |serious )?(?:consequences|repercussions|reprecussions))/gu,
    )) {
      const at = s.start + m.index;
      const src = c.subjectBefore(s.start, at, ['Person', 'Organization', 'Place']);
      const word = m[3]!;
      let tgt: Entity | undefined = c.inRange(at, at + m[0].length, ['Place', 'Organization', 'Person'])[0]
        ?.entity;
      if (!tgt && demonymCountry(word)) tgt = c.idx.countryEntity(demonymCountry(word)!);
      if (src && tgt && src !== tgt)
        out.push({
          source: src,
          type: 'CRITICIZED',
          target: tgt,
          date: c.dateNear(s, at)?.value ?? null,
          evidence: [c.evidence(s)],
          rule: 'relations/sentences:threat',
        });
    }
    // "X who responded" → X responded to the first other person of the sentence.
    for (const m of sentText.matchAll(/\bwho responded\b|\bresponded to\b/g)) {
      const at = s.start + m.index;
      const who = c.subjectBefore(s.start, at, ['Person'], true);
      const other = c.inRange(s.start, s.end, ['Person']).find((x) => x.entity !== who)?.entity;
      if (who && other)
        out.push({
          source: who,
          type: 'RESPONDED_TO',
          target: other,
          date: c.dateNear(s, at)?.value ?? null,
          evidence: [c.evidence(s)],
          rule: 'relations/sentences:responded',
        });
    }
    // "whom X has kept in the post" / "X kept Y in post".
    for (const m of sentText.matchAll(
      /\b(?:kept|keeps|retained)\s+(?:\S+\s+)?in (?:the|his|her) (?:post|job|position)\b/g,
    )) {
      const at = s.start + m.index;
      const who = c.inRange(s.start, at, ['Person']).pop()?.entity;
      const persons = c.inRange(s.start, s.end, ['Person']).map((x) => x.entity);
      const whom = /\bwhom\b/.test(sentText.slice(0, m.index))
        ? persons.find((p) => p !== who)
        : c.firstAfter(at, s.end, ['Person'])?.entity;
      if (who && whom && who !== whom)
        out.push({
          source: who,
          type: 'KEPT_IN_POST',
          target: whom,
          evidence: [c.evidence(s)],
          rule: 'relations/sentences:kept-in-post',
        });
    }
    // An envoy "heading back to his post in Washington, US" is the ambassador to that country.
    for (const m of sentText.matchAll(/\bto (?:his|her) post in\s+/g)) {
      const at = s.start + m.index;
      const who = c.subjectBefore(s.start, at, ['Person'], true);
      if (!who?.envoy) continue;
      const places = c.inRange(at + m[0].length, s.end, ['Place'], true);
      let last = places[0];
      if (!last || last.start !== at + m[0].length) continue;
      for (const p of places.slice(1)) {
        if (!/^\s*,?\s*$/.test(c.work.slice(last.end, p.start))) break;
        last = p;
      }
      const country = CAPITALS[last.entity.name.toLowerCase()];
      const target = (country && c.idx.countryEntity(country)) || last.entity;
      out.push({
        source: who,
        type: 'AMBASSADOR_TO',
        target,
        evidence: [c.evidence(s)],
        rule: 'relations/sentences:post-in',
      });
    }
    // "X's deputy, Y" → Y DEPUTY_OF X.
    for (const m of sentText.matchAll(/['’]s\s+deputy,?\s+/g)) {
      const at = s.start + m.index;
      const boss = c.inRange(s.start, at, ['Person']).pop()?.entity;
      const dep = c.firstAfter(at + m[0].length, Math.min(s.end, at + m[0].length + 3), ['Person'])?.entity;
      if (boss && dep && boss !== dep)
        out.push({
          source: dep,
          type: 'DEPUTY_OF',
          target: boss,
          evidence: [c.evidence(s)],
          rule: 'relations/sentences:deputy',
        });
    }
    // "X, a Republican ..." → MEMBER_OF the party.
    for (const m of sentText.matchAll(
      /,\s+(?:an?|the)\s+(?:former\s+)?(Republican|Democrat|Democratic|Labour|Conservative|Tory)\b/g,
    )) {
      const at = s.start + m.index;
      const who = c.inRange(s.start, at, ['Person']).pop();
      const party = c.inRange(at, at + m[0].length, ['Organization'])[0]?.entity;
      if (who && party && who.end >= at - 1)
        out.push({
          source: who.entity,
          type: 'MEMBER_OF',
          target: party,
          evidence: [span(text, who.start, at + m[0].length)],
          rule: 'relations/sentences:party-member',
        });
    }
    // "Y, a spokesman for X"
    for (const m of sentText.matchAll(
      /,\s+(?:a|the)\s+spokes(?:wo)?(?:man|person) (?:for|of) (?:the\s+)?/g,
    )) {
      const at = s.start + m.index;
      const who = c.inRange(s.start, at, ['Person']).pop();
      const org = c.firstAfter(at + m[0].length, Math.min(s.end, at + m[0].length + 3), [
        'Organization',
        'Place',
      ])?.entity;
      if (who && org)
        out.push({
          source: who.entity,
          type: 'SPOKESPERSON_OF',
          target: org,
          evidence: [c.evidence(s)],
          rule: 'relations/sentences:spokesperson-for',
        });
    }
  }
  // "Kremlin spokesman Dmitry Peskov", "White House press secretary X": an organisation, a lower-case title, a name.
  for (const m of c.mentions) {
    if (m.entity.type !== 'Person' || m.nominal) continue;
    const lead = c.work.slice(Math.max(0, m.start - 40), m.start);
    const t =
      /(?:^|\s)(spokes(?:wo)?man|spokesperson|press secretary|minister|secretary|head|chief|director|official|chairman|chairwoman|deputy|adviser|advisor|envoy),?\s+$/i.exec(
        lead,
      );
    if (!t) continue;
    const titleStart = m.start - lead.length + t.index + (t[0].length - t[0].trimStart().length);
    const org = c.inRange(Math.max(0, titleStart - 60), titleStart, ['Organization']).pop();
    if (!org || !/^\s+$/.test(c.work.slice(org.end, titleStart))) continue;
    if (/envoy/i.test(t[1]!)) continue;
    const type = /spokes|press secretary/i.test(t[1]!) ? 'SPOKESPERSON_OF' : 'MEMBER_OF';
    const s = c.sentenceAt(m.start);
    out.push({
      source: m.entity,
      type,
      target: org.entity,
      evidence: [s ? c.evidence(s) : span(text, org.start, m.end)],
      rule: 'relations/titles:organization-title-name',
    });
  }
  // "Secretary of State X" works at the State Department when the article names it.
  const stateDept = c.idx.entities.find(
    (e) => e.type === 'Organization' && /\bState Department\b/.test(e.name),
  );
  if (stateDept)
    for (const m of c.mentions) {
      if (
        m.entity.type !== 'Person' ||
        !/Secretary of State/i.test(c.work.slice(Math.max(0, m.start - 40), m.start))
      )
        continue;
      const s = c.sentenceAt(m.start);
      out.push({
        source: m.entity,
        type: 'MEMBER_OF',
        target: stateDept,
        evidence: [s ? c.evidence(s) : span(text, m.start, m.end)],
        rule: 'relations/titles:secretary-of-state',
      });
    }
  // Titles before names: "Foreign Ministry Spokeswoman Maria Zakharova", "Deputy Secretary of State Wendy Sherman".
  for (const l of c.idx.roleLinks) {
    const type = l.title.split(' ').some((w) => SPOKES_WORDS.test(w)) ? 'SPOKESPERSON_OF' : 'MEMBER_OF';
    const s = c.sentenceAt(l.evidence.start);
    out.push({
      source: l.person,
      type,
      target: l.org,
      evidence: [s ? c.evidence(s) : l.evidence],
      rule: 'relations/titles:title-before-name',
    });
  }
  for (const l of c.idx.envoyLinks) {
    const s = c.sentenceAt(l.evidence.start);
    out.push({
      source: l.person,
      type: 'AMBASSADOR_TO',
      target: l.target,
      evidence: [s ? c.evidence(s) : l.evidence],
      rule: 'relations/titles:envoy-phrase',
    });
  }
  return out;
}
