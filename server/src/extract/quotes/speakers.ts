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
import { genderOf, pronounAntecedent } from '../context.js';
import type { Entity, EntityIndex, Mention } from '../entities/index.js';
import { demonymCountry } from '../lexicon.js';
import { indexAt, type Sentence } from '../text.js';
import { isOfKind } from './body-kind.js';
import { accordingToPronoun } from './according-pronoun.js';
import { bodyOfKindFamily, lowerCaseSurname, translatedMinistry } from './translated-speakers.js';
import { personAsked, PRONOUN_REPLIED } from './reply-speaker.js';
import { COLLECTIVE, collectiveBody } from './collective-body.js';
import { DEMONYM_SPOKESPERSON, demonymBody, lastPairBefore } from './demonym-voice.js';
import { GOVERNING, governedCountry } from './governing-body.js';
import { insideQuotes, type Quote } from './find.js';
import { pronounSearchFrom } from './opening-phrase.js';
import { inCaptionLine } from './caption-lines.js';
import { personAfterBody } from './named-after-body.js';
import { titledBefore } from './role-titles.js';
import { personByRole, THE_ROLE, topDiplomat } from './role-coreference.js';
import { sourceIsStatement, statementIssuer } from './statement-issuer.js';
import { describedSpeaker } from './name-descriptor.js';
import { bodyOfPlace } from './body-of-place.js';
import { statementVehicle } from './statement-vehicle.js';

/** A speaker and the rule that found them; `deferred`: a role whose name comes later. */
export interface Attribution {
  speaker?: Entity;
  rule: string;
  deferred?: boolean;
}
import {
  ADVERBS_ONLY,
  APPOSITIVE,
  BODY_KIND,
  BODY_NOUN,
  ISSUED_BY,
  NAME_LEAD,
  NOMINAL_RULES,
  OWNER_VOICE,
  SPEECH_AFTER,
  SPEECH_INVERTED,
  statementNounAt,
  UNNAMED_SOURCES,
  VOICE_OF,
} from './speaker-phrases.js';

export { SPEECH_AFTER } from './speaker-phrases.js';

/** Speaker mentions (persons, organisations and places outside quotations) and phrase readers over them. */
export class SpeakerIndex {
  readonly all: Mention[];
  readonly persons: Mention[];
  private readonly orgs: Mention[];
  private readonly places: Mention[];
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
    private readonly work: string,
    private readonly sents: Sentence[],
    private readonly idx: EntityIndex,
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
    const i = indexAt(this.all, Math.min(limit, pos + 70));
    const out: Mention[] = [];
    for (let j = i; j >= 0 && j >= i - 5; j--) {
      const m = this.all[j]!;
      if (m.start < pos || m.start >= limit) continue;
      const lead = this.work.slice(pos, m.start);
      if (NAME_LEAD.test(lead) && !/\n/.test(lead)) out.unshift(m);
    }
    return out;
  }

  /** "it said": the previous speaker when it is not a person, else the organisation last named. */
  it(anchor: number): Entity | undefined {
    if (this.previous && this.previous.type !== 'Person') return this.previous;
    return this.lastOrgBefore(anchor);
  }

  /**
   * The speaker a phrase at pos names, and where the phrase ends. `anchor` is the quotation's opening (for
   * pronouns and "the ministry": what was named before it).
   */
  whoAt(pos: number, limit: number, anchor: number): { att: Attribution; end: number } | undefined {
    const p = pos + /^[\s,]*/.exec(this.work.slice(pos, limit))![0].length;
    const rest = this.work.slice(p, Math.min(limit, p + 140));
    const pron = /^(?:he|she)\b/i.exec(rest)?.[0] ?? accordingToPronoun(this.work, p, rest);
    // ("X asked the ambassador …" then "“…,” he replied": the one asked.)
    const asked =
      pron && PRONOUN_REPLIED.test(rest)
        ? personAsked(this.work, this.persons, anchor, this.inQuote)
        : undefined;
    if (asked) return { att: { speaker: asked, rule: 'quotes:the-one-asked' }, end: p + 3 };
    if (pron) {
      // ("“…,” X said. “…,” he said": the one who spoke last, when no other person was named since.)
      const prev = this.previous;
      if (
        prev?.type === 'Person' &&
        this.previousEnd >= 0 &&
        anchor - this.previousEnd < 600 &&
        this.persons.every((x) => x.end <= this.previousEnd || x.start >= anchor || x.entity === prev) &&
        (!genderOf(prev) || genderOf(prev) === (/^she/i.test(pron) ? 'f' : 'm'))
      )
        return { att: { speaker: prev, rule: 'quotes:pronoun-previous-speaker' }, end: p + 3 };
      return { att: { speaker: this.lastPersonBefore(anchor, pron), rule: 'quotes:pronoun' }, end: p + 3 };
    }
    let m = /^(?:it|they)\b/i.exec(rest);
    // "…, they noted" after "said sources": the unnamed sources speak, whom no entity stands for.
    if (m && /^they/i.test(m[0]) && UNNAMED_SOURCES.test(this.work.slice(Math.max(0, anchor - 400), anchor)))
      return { att: { rule: 'quotes:unnamed-sources' }, end: p + m[0].length };
    if (m) return { att: { speaker: this.it(anchor), rule: 'quotes:it-said' }, end: p + m[0].length };
    // "Members of the Security Council": the body whose members speak together.
    m = /^(?:the\s+)?(?:\d+\s+)?members\s+of\s+/i.exec(rest);
    const members = m && this.mentionsAt(p + m[0].length, limit)[0];
    if (members?.entity.type === 'Organization')
      return { att: { speaker: members.entity, rule: 'quotes:members-of' }, end: members.end };
    const afterBody = personAfterBody(rest, p, this.persons, (x) => this.mentionsAt(x, limit)[0]);
    if (afterBody) return afterBody;
    // "a spokeswoman for the Austrian Foreign Ministry", "an official of X", "a statement from X", "a
    // statement issued by X".
    m = VOICE_OF.exec(rest);
    const who = m && this.mentionsAt(p + m[0].length, limit)[0];
    // (Not a place issuing: "released by the UK Foreign Secretary" is the statement's, read below.)
    if (m && who && !(who.entity.type === 'Place' && /\sby\s+$/.test(m[0]))) {
      // "the representative of the Russian foreign ministry": the one person the text gave that role.
      const holder = /^the\s.*(?:spokes|represent)/i.test(m[0]) && this.roleHolder(who.entity);
      if (holder) return { att: { speaker: holder, rule: 'quotes:role-holder' }, end: who.end };
      return { att: { speaker: who.entity, rule: 'quotes:spokesperson-for' }, end: who.end };
    }
    // "the spokeswoman added": the unnamed spokesperson last quoted speaks for the same body again.
    // "a spokesperson stated" with no body named: the one body the text gives spokespeople
    // ("State Department spokesperson X" elsewhere in the article).
    m =
      /^(?:the|a|an)\s+spokes(?:wo)?man\b(?!\s+(?:for|of)\b)|^(?:the|a|an)\s+spokesperson\b(?!\s+(?:for|of)\b)/i.exec(
        rest,
      );
    const spokesOrgs = new Set(this.idx.roleLinks.filter((l) => /spokes/i.test(l.title)).map((l) => l.org));
    const body = this.spokesBody ?? (spokesOrgs.size === 1 ? [...spokesOrgs][0] : undefined);
    // ("Foreign Ministry spokeswoman Mao Ning said …; the spokeswoman said": the one the text named so.)
    // (Named before it, and "the" one: "a spokesperson stated" is someone not named.)
    const holder = m && body && /^the\s/i.test(m[0]) ? this.roleHolder(body, /spokes/i) : undefined;
    const namedBefore = holder && this.persons.some((x) => x.entity === holder && x.end <= anchor);
    if (m && holder && namedBefore)
      return { att: { speaker: holder, rule: 'quotes:the-named-spokesperson' }, end: p + m[0].length };
    if (m && body) return { att: { speaker: body, rule: 'quotes:the-spokesperson' }, end: p + m[0].length };
    // A name with its titles ("U.S. Secretary of State, Antony Blinken"), perhaps then "statement" or
    // "spokesperson" ("a Nigerien Foreign Ministry statement said").
    // Of a run of names and titles ("Foreign Ministry spokeswoman Maria Zakharova"), the one a verb follows.
    // ("Norway's top diplomat said": the foreign minister, not the country.)
    const top = topDiplomat(this.work, this.persons, rest, anchor);
    if (top) return { att: { speaker: top.entity, rule: 'quotes:role-coreference' }, end: p + top.length };
    const names = this.mentionsAt(p, limit);
    // ("X, spokeswoman for the Russian Foreign Ministry, said": a person's apposition before the verb.)
    const appositive = (n: Mention) => {
      const a = n.entity.type === 'Person' ? APPOSITIVE.exec(this.work.slice(n.end, n.end + 110)) : null;
      return a && SPEECH_AFTER.test(this.work.slice(n.end + a[0].length, n.end + a[0].length + 40))
        ? a[0].length
        : 0;
    };
    const withApposition = names.find((n) => appositive(n) > 0);
    // "Zelensky's office said", "the Kremlin's spokesman told": the owner's unnamed voice is the owner's.
    for (const n of names) {
      const v = n.entity.type === 'Place' ? null : OWNER_VOICE.exec(this.work.slice(n.end, n.end + 60));
      if (v) return { att: { speaker: n.entity, rule: 'quotes:owner-voice' }, end: n.end + v[0].length };
    }
    // "Ecuador's government said": the country speaks.
    const gov = names.find(
      (n) =>
        n.entity.type === 'Place' &&
        /^['’]s\s+(?:\p{Ll}+\s+)?(?:government|authorities|leadership)\s+(?:has\s+|also\s+)*(?:said|says|stated|announced|added|told)\b/u.test(
          this.work.slice(n.end, n.end + 50),
        ),
    );
    if (gov)
      return {
        att: { speaker: gov.entity, rule: 'quotes:government-of' },
        end: gov.end + /^['’]s\s+(?:\p{Ll}+\s+)?\p{Ll}+/u.exec(this.work.slice(gov.end))![0].length,
      };
    const named =
      names.find((n) => SPEECH_AFTER.test(this.work.slice(n.end, n.end + 40).replace(/^[\s,]+/, ''))) ??
      withApposition ??
      // ("Kremlin spokesman Peskov": the person the body's noun introduces, not the body.)
      names.find(
        (n, i) =>
          n.entity.type === 'Person' && i > 0 && BODY_NOUN.test(this.work.slice(names[i - 1]!.end, n.start)),
      ) ??
      names.find((n) => BODY_NOUN.test(this.work.slice(n.end, n.end + 20))) ??
      names.filter((n) => n.entity.type !== 'Place').pop() ??
      names[names.length - 1];
    const noun = named && BODY_NOUN.exec(this.work.slice(named.end, named.end + 20));
    // "a senior US official said": a country speaks only for itself, not through an unnamed official.
    if (named && !(noun && named.entity.type === 'Place')) {
      let end = named.end + (noun?.[0].length ?? 0) + (named === withApposition ? appositive(named) : 0);
      // "the Russian Embassy in Bulgaria said": a body's place is part of its phrase.
      const where = /^\s+(?:in|to|at)\s+(?:the\s+)?/.exec(this.work.slice(end, end + 12));
      if (named.entity.type === 'Organization' && where) {
        const place = this.all.find((x) => x.start === end + where[0].length && x.entity.type === 'Place');
        if (place) end = place.end;
      }
      return { att: { speaker: bodyOfPlace(this.work, names, named).entity, rule: 'quotes:name' }, end };
    }
    // ("…,” said huntsman": a person's surname in lower case, as machine translations write it.)
    const lower = names.length ? undefined : lowerCaseSurname(this.persons, rest, p, anchor);
    if (lower) return { att: { speaker: lower.entity, rule: 'quotes:lower-case-surname' }, end: lower.end };
    // "the ministry", "the presidency", "a foreign ministry spokesperson": the body of that kind last named.
    m = BODY_KIND.exec(rest);
    if (m) {
      const head = m[1]!.toLowerCase();
      const body =
        this.lastOrgBefore(anchor, head) ??
        translatedMinistry(this.work, head, anchor, this) ??
        bodyOfKindFamily(m[0], head, anchor, this);
      if (body) return { att: { speaker: body, rule: 'quotes:body-by-kind' }, end: p + m[0].length };
      // ("“The Foreign Ministry rejects …,” the ministry said": the body its own words name.)
      const own = this.idx.mentions.find(
        (x) =>
          x.start >= anchor &&
          x.end <= pos &&
          x.entity.type === 'Organization' &&
          x.entity.name.toLowerCase().includes(head),
      );
      if (own)
        return { att: { speaker: own.entity, rule: 'quotes:body-in-own-words' }, end: p + m[0].length };
    }
    // ("a statement issued by the ministry", "a post on X's channel": statement-vehicle.ts.)
    const vehicle = statementVehicle(this.work, this, rest, p, limit, anchor);
    if (vehicle) return vehicle;
    // "the alliance", "the group": the organisation of no other kind last named.
    m = COLLECTIVE.exec(rest);
    const collective = m && collectiveBody(this.orgs, anchor, (x) => this.objectOfPrep(x));
    if (m && collective)
      return { att: { speaker: collective, rule: 'quotes:collective-body' }, end: p + m[0].length };
    // "the statement reads", "the note indicates", "according to an official statement.": whoever issued
    // the statement last reported ("according to a statement" names no issuer when its clause ends there).
    m = statementNounAt(rest, this.work.slice(Math.max(0, p - 14), p));
    if (m)
      return {
        att: { speaker: statementIssuer(this.work, this, anchor), rule: 'quotes:the-statement' },
        end: p + m[0].length,
      };
    // ("the source added" after "a statement from the ministry": the statement's issuer.)
    m = /^the\s+source\b/i.exec(rest);
    const source = m && sourceIsStatement(this.work, this, anchor);
    if (source) return { att: { speaker: source, rule: 'quotes:the-statement' }, end: p + m![0].length };
    // "the junta", "the government": the country the text tied that body to.
    m = GOVERNING.exec(rest);
    const governed = m && governedCountry(this.work, this.idx, this.places, m[1]!, anchor, this.sents);
    if (m && governed)
      return { att: { speaker: governed, rule: 'quotes:governing-body' }, end: p + m[0].length };
    // "Canadian diplomats calling on …": the country speaks.
    m =
      /^(?:the\s+)?(\p{Lu}[\p{L}]+)\s+(?:diplomats|officials|authorities|side|leadership|government)\b/u.exec(
        rest,
      );
    const country = m ? demonymCountry(m[1]!) : undefined;
    if (m && country) {
      const place = this.idx.countryEntity(country);
      if (place) return { att: { speaker: place, rule: 'quotes:demonym-officials' }, end: p + m[0].length };
    }
    // "The Chinese spokesperson said": the one body of that country named before.
    m = DEMONYM_SPOKESPERSON.exec(rest);
    const voice = m && demonymCountry(m[1]!) ? demonymBody(this.orgs, m[1]!, anchor) : undefined;
    if (voice) return { att: { speaker: voice, rule: 'quotes:demonym-spokesperson' }, end: p + m![0].length };
    // "the Deputy Foreign Minister was quoted as saying" after "Vice Foreign Minister X": the one person
    // the text titled so before (deputy and vice alike).
    m =
      /^the\s+((?:(?:deputy|vice|foreign|defen[cs]e|prime|senior|top)\s+)+(?:minister|ambassador|envoy|secretary))\b/i.exec(
        rest,
      );
    const titled = m ? titledBefore(this.work, this.persons, m[1]!, anchor) : undefined;
    if (m && titled)
      return { att: { speaker: titled, rule: 'quotes:role-titled-before' }, end: p + m[0].length };
    // "the spokesman", "the Chinese ambassador": the person last introduced with that role.
    m = THE_ROLE.exec(rest);
    const byRole = m && personByRole(this.work, this.persons, m[3]!, anchor, m[1], m[2]);
    if (byRole) return { att: { speaker: byRole, rule: 'quotes:role-coreference' }, end: p + m![0].length };
    // "the country's foreign minister": a role whose name the text gives later.
    m =
      /^(?:the\s+(?:country|nation|government)['’]s\s+)?(?:(?:top|senior|deputy|foreign|defen[cs]e|prime|vice)\s+)*(?:minister|president|spokes(?:wo)?man|spokesperson|ambassador|envoy|secretary|chancellor|premier)\b/u.exec(
        rest,
      );
    if (m) return { att: { rule: 'quotes:role-named-later', deferred: true }, end: p + m[0].length };
    return undefined;
  }

  /**
   * The speaker a phrase ending right before a verb at verbPos names without a name ("The statement
   * also", "Canadian diplomats", "the ministry", "the spokeswoman"), or undefined.
   */
  subjectPhraseBefore(sentStart: number, verbPos: number, anchor: number): Attribution | undefined {
    const head = this.work.slice(sentStart, verbPos);
    const starts = [...head.matchAll(/(?:^|[\s(])(?=\S)/g)].map((m) => sentStart + m.index + m[0].length);
    for (const at of starts.slice(-14)) {
      const who = this.whoAt(at, verbPos, anchor);
      if (!who?.att.speaker || !NOMINAL_RULES.has(who.att.rule)) continue;
      // ("X, a spokeswoman for Y, said": an apposition closed by its comma; "About X, the spokesman said".)
      const comma = /,\s*$/.exec(this.work.slice(sentStart, at));
      const closed = comma && /,/.test(this.work.slice(who.end, verbPos));
      if (closed && this.all.some((x) => x.end === sentStart + comma.index)) continue;
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
