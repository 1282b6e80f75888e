// What the event and relation rules share: the sentences, entity mentions (outside quotations), dates
// and small look-ups around a position: the nearest subject before a verb, the first entity after it,
// the last person named before a pronoun, the date closest to a trigger.
import { matchesOf, patternOf } from './regex-matches.js';
import type { DateMention } from './dates.js';
import type { Entity, EntityIndex, EntityType, Mention } from './entities/index.js';
import type { Quote } from './quotes/find.js';
import { lexTags } from './lexicon.js';
import { SAYING_RIGHT_AFTER } from './saying-verbs.js';
import { subjectMention } from './clause-subject.js';
import { indexAt, slugify, span, type Sentence } from './text.js';
import type { Span } from '@dossier/model';
import { HEAD_OF_MISSION } from './role-nouns.js';

const PREP =
  /\b(?:to|from|with|by|of|on|at|in|for|about|against|than|into|over|toward|towards|during|amid|between|among|including)\s+(?:the\s+)?(?:(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)\p{Lu}[\p{L}.’'-]*\s+){0,3}$/u;

/** An aside between commas (the closing comma is left for the next one): ", a Republican appointee whom …,". */
const ASIDE = /,\s+(?:who|whom|which|(an?|the))\s[^,"“]*(?=,)/g;
/**
 * A sentence's opening adverbial up to its first comma ("Earlier", "On Monday", "In a statement on its
 * website", "However", "Separately"): the phrase after that comma opens the main clause.
 */
const FRONTED_OPENER =
  /^\W*(?:(?:In|On|At|After|Before|During|Following|Since|Until|Amid|Last|This|Earlier|Later|Meanwhile|However|Separately|Yesterday|Today|Also|Moreover|Furthermore|Additionally|Instead|Subsequently|Previously|Recently|Then|Now|Still|Speaking|Addressing|Responding)\b[^,]{0,60}|\p{Lu}\p{Ll}+ly)$/u;

/**
 * The antecedent of "he"/"she" at pos: the subject-like person (the first one not after a preposition)
 * of the nearest earlier sentence that names a person; within pos's own sentence, the persons before it.
 * `persons` are person mentions outside quotations, sorted by start.
 */
export function pronounAntecedent(
  work: string,
  sents: Sentence[],
  persons: Mention[],
  pos: number,
  pronoun?: string,
): Entity | undefined {
  // ("Putin met Merkel. … she said": a person whose name or title says otherwise is not "she".)
  const want = pronoun ? (/^she$/i.test(pronoun) ? 'f' : /^he$/i.test(pronoun) ? 'm' : undefined) : undefined;
  const agrees = (m: Mention) => {
    if (!want) return true;
    const g = genderOf(m.entity);
    return !g || g === want;
  };
  let si = indexAt(sents, pos);
  let end = pos;
  let objectOnly: Entity | undefined;
  for (let hops = 0; si >= 0 && hops < 4; si--, hops++) {
    const s = sents[si]!;
    const ms: Mention[] = [];
    for (let i = Math.max(0, indexAt(persons, s.start)); i < persons.length; i++) {
      const m = persons[i]!;
      if (m.start >= end) break;
      if (m.start >= s.start && agrees(m)) ms.push(m);
    }
    // ("“…,” X said. He accused Y of lying. “…,” he said": a sentence the same pronoun opens names only
    // its objects; the pronoun goes on standing for whom it stood for before. Only for a given pronoun.)
    const opener = pronoun ? patternOf(String.raw`^\s*${pronoun}\b`, 'i') : undefined;
    // (Also the pronoun's own sentence: "He hailed X's visit, where he said …" is not X.)
    if (ms.length && opener?.test(work.slice(s.start, s.end))) {
      end = s.start;
      continue;
    }
    if (ms.length) {
      // The one the sentence has speak ("On claims about X's role, Y said …. He added"): the subject of a
      // verb of saying right after the name, then the first person not after a preposition.
      const speaker = ms.find((m) => SAYING_RIGHT_AFTER.test(work.slice(m.end, Math.min(s.end, m.end + 20))));
      if (speaker) return speaker.entity;
      // (Not a possessor nor a person in the opening phrase: clause-subject.ts.)
      const afterPrep = (m: Mention) => PREP.test(work.slice(Math.max(s.start, m.start - 50), m.start));
      const subj = subjectMention(work, s, ms, afterPrep) ?? ms.find((m) => !afterPrep(m));
      // (Every person an earlier sentence names is an object, "The president, who was severe with X, said
      // …": its subject is no name; a sentence before it has one, else the last object stands. In the
      // pronoun's own sentence the object stands: "angry at X after he said …".)
      if (subj || pos <= s.end) return (subj ?? ms[ms.length - 1]!).entity;
      objectOnly ??= ms[ms.length - 1]!.entity;
    }
    end = s.start;
  }
  return objectOnly;
}
/** A person's gender when a first name, honorific or gendered title says it ("Angela", "Mrs", "spokeswoman"). */
export function genderOf(e: Entity): 'm' | 'f' | undefined {
  const words = [e.name, ...e.aliases, e.title ?? ''].join(' ');
  if (
    /\b(?:Mrs|Ms|Madam|Madame|Mme|Queen|Princess|Lady|Dame|[Ss]pokeswoman|[Cc]hairwoman|[Bb]usinesswoman)\b/.test(
      words,
    )
  )
    return 'f';
  if (/\b(?:Mr|King|Prince|Sheikh|Lord|Sir)\b/.test(words)) return 'm';
  const first = e.name.split(' ')[0]!;
  const tags = lexTags(first);
  const male = tags.includes('MaleName');
  const female = tags.includes('FemaleName');
  return male && !female ? 'm' : female && !male ? 'f' : undefined;
}
const COUNTRYISH = (e: Entity) => e.type === 'Place';

const VERB_TAGS = new Set(['PastTense', 'PresentTense', 'Infinitive', 'Gerund', 'PhrasalVerb', 'Participle']);
/** A verb (not "is", "said" and their like): compromise's lexicon and regular past tenses. */
export function isVerb(w: string): boolean {
  if (/^(?:is|was|were|are|be|been|has|have|had|said|says|told)$/.test(w)) return false;
  // A regular past tense the lexicon lacks ("joined", "urged"): "Japan has joined the G7 in …".
  if (/^\p{Ll}{3,}(?:ed)$/u.test(w) && !/^(?:called|named|based|so-called|united|armed|related)$/.test(w))
    return true;
  return (
    lexTags(w).some((t) => VERB_TAGS.has(t)) ||
    /^(?:met|meets|visited|thanked|called|urged|hosted|expelled|recalled|sanctioned|accused|appointed|criticised|criticized|branded|invited|summoned)$/.test(
      w,
    )
  );
}

/** The word before an object and its title words ("met Ukrainian President "): a verb says it is no subject. */
const VERB_BEFORE_OBJECT = new RegExp(
  String.raw`(\p{Ll}+)[\s,]+(?:(?:the|his|her|its|their|counterpart|president|prime minister|minister|leader|${HEAD_OF_MISSION}|spokes(?:wo)?man|\p{Lu}[\p{L}.’'-]*)[\s,]+)*$`,
  'u',
);

export class Ctx {
  readonly mentions: Mention[];
  /** Carry-over between rules within one article (e.g. the last expelling state). */
  readonly memo = new Map<string, Entity>();
  private personsCache: Mention[] | undefined;
  /** Appositions and relative clauses (", a Republican appointee whom X kept in post,"): not subjects. */
  private readonly asides: { start: number; end: number }[] = [];
  constructor(
    readonly text: string,
    readonly work: string,
    readonly sents: Sentence[],
    readonly idx: EntityIndex,
    readonly quotes: Quote[],
    readonly dates: DateMention[],
  ) {
    this.mentions = idx.mentions.filter((m) => !this.inQuote(m.start));
    for (const s of sents) {
      const seg = work.slice(s.start, s.end);
      let closed = 0;
      for (const m of matchesOf(ASIDE, seg)) {
        // (An aside's closing comma opens no other; "Earlier, the ministry issued a statement …, including
        // …": after a fronted opener a phrase opened by "the" or "a" is the main clause, not an aside,
        // while one opened by "who" or "which" stays an aside.)
        if (m.index < closed || (m[1] !== undefined && FRONTED_OPENER.test(seg.slice(0, m.index)))) continue;
        closed = m.index + m[0].length + 1;
        this.asides.push({ start: s.start + m.index, end: s.start + closed });
      }
    }
  }
  inAside(pos: number): boolean {
    const i = indexAt(this.asides, pos);
    return i >= 0 && pos > this.asides[i]!.start && pos < this.asides[i]!.end;
  }
  quoteAt(pos: number): Quote | undefined {
    const i = indexAt(this.quotes, pos);
    for (let j = i; j >= 0 && j >= i - 1; j--)
      if (pos >= this.quotes[j]!.start && pos < this.quotes[j]!.end) return this.quotes[j];
    return undefined;
  }
  /** The one-word quotation ending at or starting at pos, scare quotes around a verb ("Rwanda ‘expelled’ …"). */
  oneWordQuote(pos: number): Quote | undefined {
    const q = this.quoteAt(pos) ?? this.quoteAt(pos - 1);
    return q && (q.start === pos || q.end === pos) && /^[\p{L}-]+$/u.test(this.work.slice(q.start, q.end))
      ? q
      : undefined;
  }
  inQuote(pos: number): boolean {
    const i = indexAt(this.quotes, pos);
    for (let j = i; j >= 0 && j >= i - 1; j--)
      if (pos >= this.quotes[j]!.start && pos < this.quotes[j]!.end) return true;
    return false;
  }
  sentenceAt(pos: number): Sentence | undefined {
    return this.sents[indexAt(this.sents, pos)];
  }
  evidence(s: Sentence): Span {
    return span(this.text, s.start, s.end);
  }
  /** A quotation whose mentions count too (while a rule reads a reported fact inside it). */
  scope: Quote | undefined;
  /** Mentions that start in [start, end) (and, unless loose, also end by end). */
  inRange(start: number, end: number, types?: EntityType[], loose = false, sameStart = false): Mention[] {
    const out: Mention[] = [];
    const q = this.scope;
    const list = q
      ? this.idx.mentions.filter((m) => !this.inQuote(m.start) || (m.start >= q.start && m.end <= q.end))
      : this.mentions;
    // (With sameStart, from the first mention at start: indexAt gives the last, and a longer one, a role
    // phrase "Fiji's prime minister", may share its start.)
    let from = Math.max(0, indexAt(list, start));
    while (sameStart && from > 0 && list[from - 1]!.start === start) from--;
    for (let i = from; i < list.length; i++) {
      const m = list[i]!;
      if (m.start >= end) break;
      if (m.start >= start && (loose || m.end <= end) && (!types || types.includes(m.entity.type)))
        out.push(m);
    }
    return out;
  }
  /** The nearest entity before pos in [from, pos) that is not the object of a preposition; "he"/"she" resolve. */
  subjectBefore(from: number, pos: number, types: EntityType[], allowPrep = false): Entity | undefined {
    // A place inside a role phrase ("the US leader") is not the subject: the phrase's person is.
    const all = this.inRange(from, pos, undefined, true, true);
    const ms = this.inRange(from, pos, types, false, true).filter(
      (m) =>
        !this.inAside(m.start) &&
        !all.some(
          (o) => o !== m && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start,
        ),
    );
    const seg = this.work.slice(from, pos);
    // "I had a meeting with X" inside a quotation whose speaker is known: the speaker.
    const me = this.quoteAt(pos - 1)?.speaker;
    const first = me?.type === 'Person' ? /(?:^|[^\p{L}])I\s+(?:\p{Ll}+\s+){0,3}$/u.exec(seg) : null;
    if (first && types.includes('Person') && !ms.some((m) => m.start > from + first.index)) return me;
    const pro = /\b(?:he|she|He|She)\b(?!.*\b(?:he|she|He|She)\b)/s.exec(seg);
    for (let j = ms.length - 1; j >= 0; j--) {
      const m = ms[j]!;
      if (pro && from + pro.index > m.end && types.includes('Person'))
        return this.lastPersonBefore(from + pro.index);
      const lead = this.work.slice(Math.max(from, m.start - 50), m.start);
      if (!allowPrep && PREP.test(lead) && !/^\s*,?\s*who\b/.test(this.work.slice(m.end, m.end + 8)))
        continue;
      // The object of a verb ("met Ukrainian President Volodymyr Zelensky") is not the subject.
      const prev = VERB_BEFORE_OBJECT.exec(this.work.slice(Math.max(from, m.start - 60), m.start));
      if (prev && j > 0 && isVerb(prev[1]!)) continue;
      return m.entity;
    }
    if (pro && types.includes('Person')) return this.lastPersonBefore(from + pro.index);
    return undefined;
  }
  firstAfter(pos: number, to: number, types: EntityType[]): Mention | undefined {
    return this.inRange(pos, to, types, true)[0];
  }
  /** The person a "he"/"she" at pos stands for (with `pronoun`, a sentence it opens names only objects). */
  lastPersonBefore(pos: number, pronoun?: string): Entity | undefined {
    this.personsCache ??= this.mentions.filter((m) => m.entity.type === 'Person' && !this.inAside(m.start));
    const persons = this.personsCache;
    const a = pronounAntecedent(this.work, this.sents, persons, pos, pronoun);
    if (a) return a;
    const i = indexAt(this.mentions, pos - 1);
    for (let j = i; j >= 0; j--) {
      const m = this.mentions[j]!;
      if (m.entity.type === 'Person' && m.end <= pos && !this.inAside(m.start)) return m.entity;
    }
    return undefined;
  }
  /**
   * The date mention in the sentence closest to pos (within maxDist characters), not across a clause
   * boundary ("landed on Sunday after being recalled": Sunday is not the recall's date) and not a
   * "since" date (the start of a state, not an event).
   */
  dateNear(s: Sentence, pos: number, maxDist = 80, crossClauses = false): DateMention | undefined {
    let best: DateMention | undefined;
    let bestD = Infinity;
    for (const d of this.dates) {
      if (d.start < s.start || d.end > s.end) continue;
      // (The tests below only reject; a date no nearer than the best so far is passed over first.)
      const dist = d.start >= pos ? d.start - pos : pos - d.end;
      if (dist > maxDist || dist >= bestD || this.inQuote(d.start)) continue;
      if (/\bsince\s+$/i.test(this.work.slice(Math.max(0, d.start - 6), d.start))) continue;
      if (/^since\b/i.test(this.work.slice(d.start, d.end))) continue;
      // A date inside an apposition or relative clause (", who took office on Wednesday,") is its own.
      if (this.inAside(d.start) !== this.inAside(pos)) continue;
      const between = d.start >= pos ? this.work.slice(pos, d.start) : this.work.slice(d.end, pos);
      if (
        !crossClauses &&
        /\b(?:after|before|when|while|but|amid|although|because|until)\b|[;:]/.test(between)
      )
        continue;
      // After the trigger, a comma ends the clause unless what lies between is only a noun phrase
      // ("summoned the Russian ambassador, Alexander Yakovenko, on Monday").
      if (
        !crossClauses &&
        d.start >= pos &&
        /,/.test(between) &&
        /\b(?:has|have|had|was|were|is|are|will|would|\p{Ll}+ed)\b/u.test(between.replace(/^\S+/, ''))
      )
        continue;
      best = d;
      bestD = dist;
    }
    return best;
  }
  /**
   * The place of a country known here only by its adjective ("expelled four Iranian diplomats"): the
   * article's entity for it, else a new place whose one mention is the adjective (start, end).
   */
  countryByDemonym(country: string, start: number, end: number): Entity {
    const have =
      this.idx.countryEntity(country) ??
      this.idx.entities.find((e) => e.type === 'Place' && e.name === country);
    if (have) return have;
    const e: Entity = {
      id: `place:${slugify(country)}`,
      type: 'Place',
      name: country,
      aliases: new Set(),
      mentions: [span(this.text, start, end)],
      description: 'Country',
      rule: 'entities/demonym:country-of-adjective',
    };
    this.idx.entities.push(e);
    return e;
  }
  /** "the country": the place named most often in the sentence, other than those excluded. */
  theCountry(s: Sentence, exclude: Entity[]): Entity | undefined {
    const counts = new Map<Entity, number>();
    for (const m of this.inRange(s.start, s.end, ['Place'])) {
      if (exclude.includes(m.entity) || !COUNTRYISH(m.entity)) continue;
      counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
    }
    let best: Entity | undefined;
    let n = 0;
    for (const [e, c] of counts) if (c > n) [best, n] = [e, c];
    return best;
  }
}
