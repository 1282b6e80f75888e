// Who a phrase names as a speaker, read at a position of the text: a name (titles and role words before it
// allowed: "Foreign Ministry spokeswoman Maria Zakharova"; "the foreign ministry of X" is the body,
// body-of-place.ts), a pronoun, an unnamed spokesperson or statement of a named body, a body by its kind
// ("the ministry": the last one named, else one the quotation's own words name), a collective noun ("the
// group": collective-body.ts), a governing body ("the junta": the country tied to it, governing-body.ts),
// "the statement" (its issuer), "<Demonym> diplomats" (their country), or a role the text names only later
// ("the country's foreign minister": deferred to the next named speaker). A body by its kind may be one
// named by an acronym after its long name (body-kind.ts); "members of the council" are the council; "he
// replied" after "X asked the ambassador …" is the one asked (reply-speaker.ts). A body only a caption line
// names is no "last body named" (caption-lines.ts); "After meeting X, he said" is not X (opening-phrase.ts).
// whoAt reads these in order, as steps: named-speakers.ts (names, "a spokeswoman for X", "the ministry")
// and speaker-references.ts (pronouns, "the spokeswoman", "the group", demonyms, roles).
import { pronounAntecedent } from '../context.js';
import type { Entity, EntityIndex, Mention } from '../entities/index.js';
import { indexAt, type Sentence } from '../text.js';
import { isOfKind } from './body-kind.js';
import { lastPairBefore } from './demonym-voice.js';
import { insideQuotes, type Quote } from './find.js';
import { pronounSearchFrom } from './opening-phrase.js';
import { inCaptionLine } from './caption-lines.js';
import { personAfterBody } from './named-after-body.js';
import { describedSpeaker } from './name-descriptor.js';
import { statementVehicle } from './statement-vehicle.js';
import { bodyByKind, membersOf, speakerByName, voiceOfBody } from './named-speakers.js';
import {
  bodyByCommonNoun,
  demonymVoice,
  pronounSpeaker,
  namedModifierRole,
  roleSpeaker,
  theSpokesperson,
  type PhraseAt,
} from './speaker-references.js';
import {
  ADVERBS_ONLY,
  insideCircumstanceAside,
  ISSUED_BY,
  NAME_LEAD,
  NOMINAL_RULES,
  SPEECH_INVERTED,
} from './speaker-phrases.js';
import { matchesOf } from '../regex-matches.js';

/** A speaker and the rule that found them; `deferred`: a role whose name comes later. */
export interface Attribution {
  speaker?: Entity;
  rule: string;
  deferred?: boolean;
}

export { SPEECH_AFTER } from './speaker-phrases.js';

/** Speaker mentions (persons, organisations and places outside quotations) and phrase readers over them. */
export class SpeakerIndex {
  readonly all: Mention[];
  readonly persons: Mention[];
  readonly orgs: Mention[];
  readonly places: Mention[];
  /** The issuer of the last formal statement ("X said in a statement"), for "the statement said". */
  issuer: Entity | undefined;
  issuerAt = -1;
  /** The speaker of the last attributed quotation, for "it said" and "he said", and where it closed. */
  previous: Entity | undefined;
  previousEnd = -1;
  /** The body an unnamed spokesperson last spoke for, for "the spokeswoman added". */
  spokesBody: Entity | undefined;
  readonly inQuote: (pos: number) => boolean;

  constructor(
    readonly work: string,
    readonly sents: Sentence[],
    readonly idx: EntityIndex,
    quotes: Quote[],
  ) {
    this.inQuote = insideQuotes(quotes);
    this.all = idx.mentions.filter((m) => !this.inQuote(m.start));
    this.persons = this.all.filter((m) => m.entity.type === 'Person');
    // (Not a body only a caption names, "Embassy of X. /FILE"; nor an outlet only credited with a report.)
    const reporting = (m: Mention) => m.entity.rule.startsWith('entities/reporting-outlets');
    this.orgs = this.all.filter(
      (m) => m.entity.type === 'Organization' && !inCaptionLine(work, m) && !reporting(m),
    );
    this.places = this.all.filter((m) => m.entity.type === 'Place');
  }

  /** The person "he"/"she" (`pronoun`, when given: the gender must not disagree) at pos stands for. */
  lastPersonBefore(at: number, pronoun?: string): Entity | undefined {
    // ("After meeting X, he said": not X, whom the opening phrase names as its object.)
    const pos = pronoun ? pronounSearchFrom(this.work, this.sents, this.all, at) : at;
    const a = pronounAntecedent(this.work, this.sents, this.persons, pos, pronoun);
    if (a) return a;
    for (let j = indexAt(this.persons, pos - 1); j >= 0; j--)
      if (this.persons[j]!.end <= pos) return this.persons[j]!.entity;
    return undefined;
  }

  /**
   * The organisation last named before pos (whose name has `head` in it, when given). "The ministry" is
   * preferably one named as an actor, not the object of a preposition ("an employee of the Ministry of
   * Europe" after "the Foreign Ministry said").
   */
  lastOrgBefore(pos: number, head?: string): Entity | undefined {
    const kind = (m: Mention) => m.end <= pos && (!head || isOfKind(this.work, this.orgs, m.entity, head));
    const before = this.orgs.slice(0, indexAt(this.orgs, pos - 1) + 1).filter(kind);
    // ("it": an actor too, not a name in parentheses, "led by Secretary (CS) X".)
    const actor = (m: Mention) =>
      !this.objectOfPrep(m) && (head || !/\(\s*$/.test(this.work.slice(0, m.start)));
    return (before.filter(actor).pop() ?? before[before.length - 1])?.entity;
  }

  /** A mention right after a preposition ("an employee of the Ministry"): no actor. */
  objectOfPrep(m: Mention): boolean {
    return /\b(?:of|to|from|with|at|in|by|for|into|on)\s+(?:the\s+)?$/.test(
      this.work.slice(Math.max(0, m.start - 12), m.start),
    );
  }

  /** The one person the text titles with a role of an organisation ("X spokeswoman Y"), of a kind. */
  roleHolder(org: Entity, kind = /spokes|representative/i): Entity | undefined {
    const holders = new Set(
      this.idx.roleLinks.filter((l) => l.org === org && kind.test(l.title)).map((l) => l.person),
    );
    return holders.size === 1 ? [...holders][0] : undefined;
  }

  /** The last two persons named together ("X and Y") before pos, within a few mentions. */
  lastPair(pos: number): [Entity, Entity] | undefined {
    return lastPairBefore(this.work, this.persons, pos);
  }

  /** Speaker mentions starting at pos after titles and role words only, nearest first. */
  mentionsAt(pos: number, limit: number): Mention[] {
    const i = indexAt(this.all, Math.min(limit, pos + 120));
    const out: Mention[] = [];
    for (let j = i; j >= 0 && j >= i - 5; j--) {
      const m = this.all[j]!;
      if (m.start < pos || m.start >= limit) continue;
      const lead = this.work.slice(pos, m.start);
      if (NAME_LEAD.test(lead) && !/\n/.test(lead)) out.unshift(m);
    }
    return out;
  }

  /**
   * The issuer of the statement the last attributed quotation was credited to, when it closed shortly
   * before anchor: "it" is that statement ("A statement on X's website said: “…” It added: “…”").
   */
  statementLast(anchor: number): Entity | undefined {
    const recent = this.issuerAt === this.previousEnd && anchor - this.issuerAt < 400;
    // (Not past a body or place named since: "The ministry summoned X. It said …" is the ministry.)
    const between = (m: Mention) => m.start > this.issuerAt && m.end <= anchor && m.entity.type !== 'Person';
    return recent && !this.all.some(between) ? this.issuer : undefined;
  }

  /**
   * "it said": the issuer of a statement just quoted, the previous speaker when it is not a person, else
   * the organisation last named.
   */
  it(anchor: number): Entity | undefined {
    const statement = this.statementLast(anchor);
    if (statement) return statement;
    if (this.previous && this.previous.type !== 'Person') return this.previous;
    return this.lastOrgBefore(anchor);
  }

  /**
   * The speaker a phrase at pos names, and where the phrase ends. `anchor` is the quotation's opening (for
   * pronouns and "the ministry": what was named before it).
   */
  whoAt(pos: number, limit: number, anchor: number): { att: Attribution; end: number } | undefined {
    const p = pos + /^[\s,]*/.exec(this.work.slice(pos, limit))![0].length;
    const at: PhraseAt = { pos, p, rest: this.work.slice(p, Math.min(limit, p + 140)), limit, anchor };
    return (
      pronounSpeaker(this, at) ??
      membersOf(this, at) ??
      personAfterBody(at.rest, p, this.persons, (x) => this.mentionsAt(x, limit)[0]) ??
      voiceOfBody(this, at) ??
      theSpokesperson(this, at) ??
      // ("the Congress leader", "the White House spokesman": a name modifying a role is the holder's.)
      namedModifierRole(this, at) ??
      speakerByName(this, at) ??
      bodyByKind(this, at) ??
      // ("a statement issued by the ministry", "a post on X's channel": statement-vehicle.ts.)
      statementVehicle(this.work, this, at.rest, p, limit, anchor) ??
      bodyByCommonNoun(this, at) ??
      demonymVoice(this, at) ??
      roleSpeaker(this, at)
    );
  }

  /**
   * The speaker a phrase ending right before a verb at verbPos names without a name ("The statement
   * also", "Canadian diplomats", "the ministry", "the spokeswoman"), or undefined.
   */
  subjectPhraseBefore(sentStart: number, verbPos: number, anchor: number): Attribution | undefined {
    const head = this.work.slice(sentStart, verbPos);
    const starts = matchesOf(/(?:^|[\s(])(?=\S)/g, head).map((m) => sentStart + m.index + m[0].length);
    for (const at of starts.slice(-14)) {
      const who = this.whoAt(at, verbPos, anchor);
      if (!who?.att.speaker || !NOMINAL_RULES.has(who.att.rule)) continue;
      // ("X, a spokeswoman for Y, said": an apposition closed by its comma; "About X, the spokesman said".)
      const comma = /,\s*$/.exec(this.work.slice(sentStart, at));
      const closed = comma && /,/.test(this.work.slice(who.end, verbPos));
      if (closed && this.all.some((x) => x.end === sentStart + comma.index)) continue;
      // ("X, commenting on the statement of Y, said": a phrase inside an aside of what X was doing.)
      if (insideCircumstanceAside(head.slice(0, at - sentStart), this.work.slice(at, verbPos))) continue;
      if (ADVERBS_ONLY.test(this.work.slice(who.end, verbPos))) return who.att;
      // ("The statement released by the Foreign Secretary further said": the statement's issuer.)
      if (who.att.rule === 'quotes:the-statement' && ISSUED_BY.test(this.work.slice(who.end, verbPos)))
        return who.att;
    }
    return undefined;
  }

  /**
   * An attribution at pos, in either order: WHO VERB ("the ministry said") or VERB WHO ("said Foreign
   * Secretary X", "according to X").
   */
  attributionAt(pos: number, limit: number, anchor: number): Attribution | undefined {
    // WHO VERB, also past a body's descriptor or with a long name's acronym (name-descriptor.ts).
    const said = describedSpeaker(this.work, this.all, this.whoAt(pos, limit, anchor), pos, limit);
    if (said) return said;
    const inv = SPEECH_INVERTED.exec(this.work.slice(pos, limit));
    if (inv) {
      const w = this.whoAt(pos + inv[0].length, limit, anchor);
      if (w && (w.att.speaker || w.att.deferred)) return w.att;
    }
    return undefined;
  }
}
