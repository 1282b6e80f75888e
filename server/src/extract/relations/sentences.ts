// Relations read from fixed phrasings within a sentence: a threat ("X said Russia would pay a price":
// CRITICIZED), "who responded" (RESPONDED_TO), "kept in post" (KEPT_IN_POST), an envoy "heading back to
// his post in Washington" (AMBASSADOR_TO), "X's deputy, Y" (DEPUTY_OF), "X, a Republican" (MEMBER_OF a
// party), "Y, a spokesman for X" (SPOKESPERSON_OF), "France's support for Niger's ousted president, X"
// (SUPPORTED).
import type { Ctx } from '../context.js';
import type { Entity } from '../entities/index.js';
import type { RelOut } from '../events/index.js';
import { clauseEnd } from '../clauses/clause.js';
import { phraseAt } from '../clauses/noun-phrase.js';
import { ANY, entitiesOf } from '../events/parties.js';
import { CAPITALS, demonymCountry } from '../lexicon.js';
import { matchesOf } from '../regex-matches.js';
import { negatedVerb } from './judging.js';
import { span } from '../text.js';

export function sentenceRelations(c: Ctx): RelOut[] {
  const out: RelOut[] = [];
  const text = c.text;
  for (const s of c.sents) {
    const sentText = c.work.slice(s.start, s.end);
    // A threat: "X said (that) Russia would (have to) pay a price / face consequences".
    for (const m of matchesOf(
      /\b(said|warned|says|threatened)\s+(?:that\s+)?((?:the\s+)?(\p{Lu}[\p{L}.]*)(?:\s+\p{Ll}+)?)\s+would\s+(?:have to\s+)?(?:“|")?(?:pay a (?:heavy |high |steep )?price|face (?:severe |serious )?(?:consequences|repercussions|reprecussions))/gu,
      sentText,
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
    for (const m of matchesOf(/\bwho responded\b|\bresponded to\b/g, sentText)) {
      const at = s.start + m.index;
      // ("had not responded to his requests": no response.)
      if (negatedVerb(c.work.slice(s.start, at))) continue;
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
    for (const m of matchesOf(
      /\b(?:kept|keeps|retained)\s+(?:\S+\s+)?in (?:the|his|her) (?:post|job|position)\b/g,
      sentText,
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
    for (const m of matchesOf(/\bto (?:his|her) post in\s+/g, sentText)) {
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
    // "X's deputy, Y" → Y DEPUTY_OF X; "his deputy Y": X is the one "his" stands for, the clause's
    // subject, else the person last named before ("With the high commissioner X travelling, his deputy Y").
    for (const m of matchesOf(/(['’]s|\b(?:his|her))\s+deputy,?\s+/g, sentText)) {
      const at = s.start + m.index;
      const boss = /^['’]/.test(m[1]!)
        ? c.inRange(s.start, at, ['Person']).pop()?.entity
        : (c.subjectBefore(s.start, at, ['Person']) ?? c.subjectBefore(s.start, at, ['Person'], true));
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
    for (const m of matchesOf(
      /,\s+(?:an?|the)\s+(?:former\s+)?(Republican|Democrat|Democratic|Labour|Conservative|Tory)\b/g,
      sentText,
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
    // "France's support for Niger's ousted president, Mohamed Bazoum", "the UK's support for Ukraine".
    for (const m of matchesOf(
      /['’]s\s+(?:(?:continued|strong|unwavering|steadfast|full)\s+)?support\s+(?:for|to)\s+/g,
      sentText,
    )) {
      const at = s.start + m.index;
      const who = c.inRange(s.start, at, ['Place', 'Organization', 'Person']).pop();
      if (!who || who.end !== at) continue;
      const from = at + m[0].length;
      const limit = clauseEnd(c, s, from);
      // (A role and its name, "Niger's ousted president, Mohamed Bazoum": the person.)
      const person = c.inRange(from, Math.min(limit, from + 60), ['Person'], true)[0];
      const targets =
        person && /^(?:[\p{L}’'-]+,?\s+){1,4}$/u.test(c.work.slice(from, person.start))
          ? [person.entity]
          : entitiesOf(c, phraseAt(c, from, limit, s.end), ANY, { at: from });
      for (const target of targets)
        if (target !== who.entity)
          out.push({
            source: who.entity,
            type: 'SUPPORTED',
            target,
            evidence: [c.evidence(s)],
            rule: 'relations/sentences:support-for',
          });
    }
    // "Y, a spokesman for X"
    for (const m of matchesOf(
      /,\s+(?:a|the)\s+spokes(?:wo)?(?:man|person) (?:for|of) (?:the\s+)?/g,
      sentText,
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
  return out;
}
