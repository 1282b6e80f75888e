// Kinds of the attribution failures whose gold speaker is an organisation or a place, as counts only (no
// text): which body word (ministry, embassy …) stands in the sentence's subject phrase before a verb of
// saying, whether the extractor found the gold speaker and what kind of body its name says it is, how many
// extracted bodies of the phrase's kind the article names before and after the quotation, and whether the
// phrase names a country. Pure; printed with `npm run eval -- --kinds` beside quote-kinds.ts's counts.
import type { AnnotationDocument } from '@dossier/model';
import type { FoundQuotation } from '../types.js';
import { demonymCountry } from '../lexicon.js';
import { mapEntities } from './score.js';
import { spansMatch } from './spans.js';

const BODY_WORDS = [
  'ministry',
  'embassy',
  'office',
  'department',
  'government',
  'agency',
  'mission',
  'council',
  'presidency',
  'kremlin',
  'party',
  'commission',
  'committee',
  'court',
  'spokes',
  'statement',
] as const;
const SAYING =
  /\b(?:said|says|told|added|stated|noted|wrote|announced|stressed|insisted|warned|declared|urged|called|described|according to|saying|adding)\b/gi;

type Counts = Record<string, number>;

const bodyWord = (s: string) => BODY_WORDS.find((w) => s.toLowerCase().includes(w)) ?? 'none';

export function bodySpeakerKinds(
  text: string,
  extracted: AnnotationDocument,
  found: FoundQuotation[],
  gold: AnnotationDocument,
): Counts {
  const k: Counts = {};
  const inc = (key: string) => (k[key] = (k[key] ?? 0) + 1);
  const toGold = mapEntities(extracted, gold);
  const goldType = new Map(gold.entities.map((e) => [e.id, e.type]));
  for (const g of gold.statements) {
    const type = goldType.get(g.speaker);
    if (type !== 'Organization' && type !== 'Place') continue;
    const st = extracted.statements.filter((s) => spansMatch(s, g));
    if (st.some((s) => toGold.get(s.speaker) === g.speaker)) continue;
    const q = found.find((x) => spansMatch(x, g));
    if (!q) continue;
    const pre = `body ${type} ${st.length ? 'wrong' : 'unattributed'}:`;
    // The subject phrase of the nearest verb of saying: after the quotation first, else before it.
    const after = [...text.slice(q.close + 1, Math.max(q.close + 1, q.sentence.end)).matchAll(SAYING)][0];
    const before = [...text.slice(q.sentence.start, q.open).matchAll(SAYING)].pop();
    const phrase = after
      ? text.slice(q.close + 1, q.close + 1 + after.index)
      : before
        ? (text
            .slice(q.sentence.start, q.sentence.start + before.index)
            .split(/[,;:]/)
            .pop() ?? '')
        : '';
    const kind = bodyWord(phrase);
    inc(`${pre} phrase-body ${kind} ${after ? 'after' : before ? 'before' : 'no-verb'}`);
    // With no body word: what the subject phrase holds (a pronoun, an extracted entity, capitalised words).
    if (kind === 'none' && (after || before)) {
      const from = after ? q.close + 1 : q.sentence.start + (before!.index - phrase.length);
      const to = from + phrase.length;
      const inPhrase = extracted.entities.filter((e) =>
        e.mentions.some((m) => m.start >= from && m.end <= to),
      );
      const words = phrase.trim().split(/\s+/).filter(Boolean).length;
      inc(
        `${pre} phrase-holds ${
          /\b(?:it|they|he|she)\s+(?:\S+\s+)?$/i.test(phrase)
            ? 'pronoun'
            : inPhrase.length
              ? `entity:${inPhrase[inPhrase.length - 1]!.type}${inPhrase.some((e) => toGold.get(e.id) === g.speaker) ? ':gold' : ''}`
              : /\p{Lu}/u.test(phrase)
                ? 'capitalised'
                : 'lowercase'
        } words:${words <= 2 ? '0-2' : words <= 6 ? '3-6' : '7+'}`,
      );
      const last = /(\p{L}+)\W*$/u.exec(phrase)?.[1]?.toLowerCase() ?? '';
      inc(
        `${pre} phrase-head ${
          /^(?:officials?|diplomats?|sources?|authorities|representatives?|spokesm[ae]n)$/.test(last)
            ? 'officials'
            : /^(?:country|nation|state|kingdom|republic|side|capital)$/.test(last)
              ? 'country-noun'
              : /^(?:alliance|bloc|group|grouping|organi[sz]ation|association|federation|league|movement|coalition|union|body|militia|outfit)$/.test(
                    last,
                  )
                ? 'collective'
                : /^(?:junta|regime|administration|leadership|cabinet|presidency|parliament|assembly|senate|house)$/.test(
                      last,
                    )
                  ? 'governing'
                  : /^(?:it|they|he|she|we)$/.test(last)
                    ? 'pronoun'
                    : /^(?:the|a|an|also|then|later|further|has|have|had)$/.test(last)
                      ? 'function-word'
                      : last === ''
                        ? 'empty'
                        : 'other'
        }`,
      );
      // An empty phrase: the verb comes first ("“…,” said the X", "according to X"); what follows it.
      if (last === '') {
        const v = after ?? before!;
        const vAt = (after ? q.close + 1 : q.sentence.start) + v.index;
        const vEnd = vAt + v[0].length;
        const rest = text.slice(vEnd, Math.min(vEnd + 80, after ? q.sentence.end : q.open));
        const ents = extracted.entities.filter((e) =>
          e.mentions.some((m) => m.start >= vEnd && m.end <= vEnd + rest.length),
        );
        inc(
          `${pre} verb-first ${v[0].toLowerCase()} then ${bodyWord(rest)} ${
            ents.length
              ? `entity:${ents[0]!.type}${ents.some((e) => toGold.get(e.id) === g.speaker) ? ':gold' : ''}`
              : 'no-entity'
          }`,
        );
      }
    }
    const countryWord = (phrase.match(/\p{Lu}[\p{L}]+/gu) ?? []).some((w) => demonymCountry(w));
    const placeInPhrase = extracted.entities.some(
      (e) =>
        e.type === 'Place' &&
        e.mentions.some(
          (m) =>
            m.start >= (after ? q.close : q.sentence.start) &&
            text.slice(m.start, m.end).length > 0 &&
            phrase.includes(text.slice(m.start, m.end)),
        ),
    );
    inc(`${pre} phrase-country demonym:${countryWord} place:${placeInPhrase}`);
    const mine = extracted.entities.filter((e) => toGold.get(e.id) === g.speaker);
    inc(
      `${pre} gold-extracted ${mine.length ? `head:${bodyWord(mine[0]!.name)}` : 'no'}${
        mine.length && kind !== 'none' ? ` same-kind-as-phrase:${bodyWord(mine[0]!.name) === kind}` : ''
      }`,
    );
    if (mine.length && kind !== 'none')
      inc(
        `${pre} gold-aliases-have-phrase-kind ${mine.some((e) => [e.name, ...(e.aliases ?? [])].some((a) => a.toLowerCase().includes(kind)))}`,
      );
    if (mine.length) {
      const ms = mine.flatMap((e) => e.mentions);
      const bef = ms.filter((m) => m.end <= q.open).length;
      const aft = ms.filter((m) => m.start >= q.close).length;
      inc(`${pre} gold-mentions before:${Math.min(bef, 2)} after:${Math.min(aft, 2)}`);
      // The nearest organisation named before the quotation: the gold speaker or another.
      const orgsBefore = extracted.entities
        .filter((e) => e.type === 'Organization')
        .flatMap((e) => e.mentions.filter((m) => m.end <= q.open).map((m) => ({ e, end: m.end })))
        .sort((a, b) => a.end - b.end);
      const last = orgsBefore[orgsBefore.length - 1];
      inc(
        `${pre} last-org-before ${!last ? 'none' : toGold.get(last.e.id) === g.speaker ? 'gold' : 'other'}`,
      );
    }
    if (kind !== 'none') {
      const ofKind = extracted.entities.filter(
        (e) => e.type === 'Organization' && e.name.toLowerCase().includes(kind),
      );
      const bef = new Set(ofKind.filter((e) => e.mentions.some((m) => m.end <= q.open))).size;
      const aft = new Set(ofKind.filter((e) => e.mentions.some((m) => m.start >= q.close))).size;
      inc(`${pre} orgs-of-phrase-kind before:${Math.min(bef, 2)} after:${Math.min(aft, 2)}`);
    }
    if (st.length) {
      const chosen = extracted.entities.find((e) => e.id === st[0]!.speaker);
      inc(`${pre} chosen ${chosen?.type ?? 'none'} head:${bodyWord(chosen?.name ?? '')}`);
    }
  }
  return k;
}
