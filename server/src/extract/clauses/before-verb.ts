// What stands before a verb, read leftwards from it (for subject.ts): the auxiliaries, adverbs, dates,
// control verbs, brackets and appositions between a subject and its verb (skipBack), and a head-noun phrase
// ending at a position with its modifiers and owners ("18 Russian diplomats", "Niger's military
// administration": headBefore).
import type { Ctx } from '../context.js';
import { demonymCountry } from '../lexicon.js';
import { BODY_HEAD, ENVOY_HEAD, mentionEndingAt, type NounPhrase, type Owner } from './noun-phrase.js';
import { titleSeriesStart } from './title-series.js';

const AUX =
  /\b(?:has|have|had|was|were|is|are|be|been|being|will|would|shall|should|could|can|may|might|must|also|already|now|then|later|earlier|first|recently|reportedly|officially|formally|publicly|jointly|too|both|each|all|again|further|finally|subsequently|immediately|itself|themselves|so far|thus far|since then|just|still|likewise|similarly|\p{Ll}{3,}ly|['’]s)\s*$/u;
const CONTROL =
  /\b(?:(?:decided|decides|decide|agreed|agrees|moved|moves|voted|votes|sought|seeks|opted|chose|chooses|continued|continues|vowed|vows|pledged|pledges|promised|promises|prepared|prepares|proceeded|proceeds|(?:is|are|was|were)\s+set|(?:is|are|was|were)\s+(?:also\s+)?expected|(?:is|are|was|were)\s+going|plan(?:s|ned)?|(?:is|are|was|were)(?:\s+(?:now|also|soon))?)\s+to|(?:announc(?:ed|es|ing)|confirm(?:ed|s|ing))\s+(?:its|his|her|their|the)\s+decision\s+to|(?:took|taken|take|takes|made|make|makes)\s+(?:a|the)\s+decision\s+to)\s*$/;
/**
 * The group a subject joins by acting: "A, B and C are among the countries that expelled", "Germany became
 * the latest country to impose", "Chile was one of the first states to recall" (the subject acts).
 */
const GROUP_JOINED =
  /\b(?:is|are|was|were|became|become|becomes|has become|have become)\s+(?:also\s+)?(?:among\s+(?:the\s+)?|one\s+of\s+the\s+|the\s+)(?:\p{Ll}+\s+){0,3}(?:countr(?:y|ies)|states?|nations?|governments?|allies|members?|partners?|those)\s+(?:that|which|who|to)\s*$/u;
const TIME_TAIL =
  /\b(?:on|in|at|during|late|early|earlier|last|this)?\s*(?:the\s+)?(?:morning|afternoon|evening|night|day|local time)\s*$/;

/** pos moved left past what may stand between a subject and its verb. */
export function skipBack(c: Ctx, from: number, pos: number): number {
  let dated = false;
  let aside = false;
  for (let guard = 0; guard < 12; guard++) {
    const seg = c.work.slice(from, pos);
    const ws = /\s+$/.exec(seg);
    if (ws) {
      pos -= ws[0].length;
      continue;
    }
    const d = c.dates.find((x) => x.end === pos && x.start >= from);
    if (d) {
      pos = d.start;
      const p = /\b(?:on|in|at|during|last|this|late|early|earlier|since)\s*$/i.exec(c.work.slice(from, pos));
      if (p) pos -= p[0].length;
      dated = /\S\s*,\s*$/.test(c.work.slice(from, pos));
      continue;
    }
    // "X, on Monday received": one comma sets off the date from its subject.
    if (dated && /,$/.test(seg)) {
      pos -= 1;
      dated = false;
      continue;
    }
    dated = false;
    // The point of a generation's mark closing the subject's name: "Ferdinand Marcos Jr. met".
    if (/\b(?:Jr|Sr)\.$/.test(seg)) {
      pos -= 1;
      continue;
    }
    // The mark opening scare quotes around the verb: "Rwanda ‘expelled’ a German ambassador".
    if (/["“‘']$/.test(seg) && c.oneWordQuote(pos)) {
      pos -= 1;
      continue;
    }
    const m =
      AUX.exec(seg) ??
      /,?\s*\b(?:who|which)\s*$/.exec(seg) ??
      /\bamong (?:those|the people|the officials|the diplomats)\s*$/.exec(seg) ??
      GROUP_JOINED.exec(seg) ??
      CONTROL.exec(seg) ??
      TIME_TAIL.exec(seg) ??
      /\([^()]*\)\s*$/.exec(seg);
    if (m && m[0].trim()) {
      pos -= m[0].length;
      continue;
    }
    // An apposition or parenthesis between commas: "X, along with 16 others, presented", "X, who …,".
    const appo = /,\s*([^,;]{1,120}),\s*$/.exec(seg);
    if (appo && (/^(?:who|which)\b/.test(appo[1]!) || !/\b(?:said|says|told)\b/.test(appo[1]!))) {
      pos -= appo[0].length;
      aside = true;
      continue;
    }
    // More titles of the same apposition: "X, Vice President, Prime Minister and Ruler of Dubai," (title-series.ts).
    const titles = aside ? titleSeriesStart(c, from, pos) : undefined;
    if (titles !== undefined) {
      pos = titles;
      continue;
    }
    break;
  }
  return pos;
}

const REPORTING_WORD =
  /^(?:said|says|say|told|tells|announced|added|stated|confirmed|reported|noted|claimed|insisted|warned|explained|revealed|stressed|that)$/;

/** Head-noun phrase ending at pos, read leftwards: "18 Russian diplomats", "Niger's military administration". */
export function headBefore(c: Ctx, from: number, pos: number): NounPhrase | undefined {
  const seg = c.work.slice(from, pos);
  const h = /(\p{L}+(?:\s+\p{L}+)?)$/u.exec(seg);
  if (!h) return undefined;
  const words = h[1]!.split(/\s+/);
  // "the Russian Ambassador": a head may be capitalised as a title.
  const head = [words.join(' '), words[words.length - 1]!].find((w) => {
    const l = w.toLowerCase();
    return ENVOY_HEAD.test(l) || BODY_HEAD.test(l) || /^(?:officials|staff|employees|diplomats)$/.test(l);
  });
  if (!head) return undefined;
  let i = pos - head.length;
  const owners: Owner[] = [];
  // Modifiers to the left: adjectives, demonyms ("Indian and Canadian"), a possessor, a name used as one.
  for (let step = 0; step < 6; step++) {
    const left = c.work.slice(from, i);
    const m = mentionEndingAt(c, from, i);
    const poss = /(['’]s?)\s*$/.exec(left);
    if (poss) {
      const pm = mentionEndingAt(c, from, i - poss[0].length);
      if (!pm) break;
      owners.unshift({ entity: pm.entity, start: pm.start, end: pm.end });
      i = pm.start;
      break;
    }
    if (m && m.entity.type !== 'Person') {
      owners.unshift({ entity: m.entity, start: m.start, end: m.end });
      i = m.start;
      continue;
    }
    const w =
      /((?:North|South)\s+\p{Lu}\p{L}+)(\s*(?:,|and|,\s*and)?\s*)$/u.exec(left) ??
      /([\p{L}][\p{L}'’.-]*)(\s*(?:,|and|,\s*and)?\s*)$/u.exec(left);
    if (!w) break;
    const country = demonymCountry(w[1]!);
    if (country) {
      const start = i - w[0].length;
      owners.unshift({ country, start, end: start + w[1]!.length });
      i = start;
      continue;
    }
    if (w[2]!.trim() || /^(?:the|a|an|its|his|her|their|The|A|An|Its|His|Her|Their)$/.test(w[1]!)) break;
    // "Moscow said two diplomats": a verb of saying ends the phrase; its subject is no owner.
    if (REPORTING_WORD.test(w[1]!)) break;
    if (/^\p{Lu}/u.test(w[1]!) && i - w[0].length === from) break;
    i -= w[0].length;
  }
  // "his government", "its ministry": whose is a pronoun the rules resolve.
  const pro = /\b(his|her|its|their)\s+$/i.exec(c.work.slice(from, i))?.[1]?.toLowerCase();
  return { start: i, end: pos, entities: [], head: head.toLowerCase(), owners, ownerPronoun: pro };
}
