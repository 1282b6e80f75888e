// Speakers a phrase names, steps of speakers.ts's whoAt: "members of the council" (the council), "a
// spokeswoman for X" (X, or the one person the text gave that role of X), a name with its titles ("Foreign
// Ministry spokeswoman Maria Zakharova said": of the run, the one a verb follows; "Zelensky's office said":
// the owner; "Ecuador's government said": the country; "the Russian Embassy in Bulgaria": the body, its place
// part of the phrase), a surname in lower case, and a body by its kind ("the ministry": the last one named,
// else one the quotation's own words name).
import type { Mention } from '../entities/index.js';
import { bodyOfPlace } from './body-of-place.js';
import { bodyByOwnHead } from './body-by-head.js';
import { topDiplomat } from './role-coreference.js';
import { holderOfPlaceRole } from './role-of-place.js';
import {
  APPOSITIVE,
  BODY_KIND,
  BODY_NOUN,
  opensClause,
  OWNER_VOICE,
  SPEECH_AFTER,
  UNNAMED_OFFICIAL,
  VOICE_OF,
} from './speaker-phrases.js';
import type { Found, PhraseAt, SpeakerState } from './speaker-references.js';
import { bodyOfKindFamily, lowerCaseSurname, translatedMinistry } from './translated-speakers.js';

/** "Members of the Security Council": the body whose members speak together. */
export function membersOf(sp: SpeakerState, { p, rest, limit }: PhraseAt): Found | undefined {
  const m = /^(?:the\s+)?(?:\d+\s+)?members\s+of\s+/i.exec(rest);
  const members = m && sp.mentionsAt(p + m[0].length, limit)[0];
  if (members?.entity.type === 'Organization')
    return { att: { speaker: members.entity, rule: 'quotes:members-of' }, end: members.end };
  return undefined;
}

/**
 * "a spokeswoman for the Austrian Foreign Ministry", "an official of X", "a statement from X", "a statement
 * issued by X": the body (or the one person the text gave that role of it).
 */
export function voiceOfBody(sp: SpeakerState, { p, rest, limit }: PhraseAt): Found | undefined {
  const m = VOICE_OF.exec(rest);
  const run = m ? sp.mentionsAt(p + m[0].length, limit) : [];
  let who = run[0];
  // ("an official at Peru's Foreign Ministry": the body the possessive owns, when the text names it.)
  for (let i = 1; who && i < run.length; i++) {
    const next = run[i]!;
    if (!/^['’]s\s+$/.test(sp.work.slice(who.end, next.start)) || next.entity.type !== 'Organization') break;
    who = next;
  }
  // (Not a place issuing: "released by the UK Foreign Secretary" is the statement's, read below.)
  if (!m || !who || (who.entity.type === 'Place' && /\sby\s+$/.test(m[0]))) return undefined;
  // "the representative of the Russian foreign ministry": the one person the text gave that role.
  const holder = /^the\s.*(?:spokes|represent)/i.test(m[0]) && sp.roleHolder(who.entity);
  if (holder) return { att: { speaker: holder, rule: 'quotes:role-holder' }, end: who.end };
  return { att: { speaker: who.entity, rule: 'quotes:spokesperson-for' }, end: who.end };
}

/**
 * A name with its titles ("U.S. Secretary of State, Antony Blinken"), perhaps then "statement" or
 * "spokesperson" ("a Nigerien Foreign Ministry statement said"); of a run of names and titles ("Foreign
 * Ministry spokeswoman Maria Zakharova"), the one a verb follows.
 */
export function speakerByName(sp: SpeakerState, { p, rest, limit, anchor }: PhraseAt): Found | undefined {
  const work = sp.work;
  // ("Norway's top diplomat said": the foreign minister, not the country.)
  const top = topDiplomat(work, sp.persons, rest, anchor);
  if (top) return { att: { speaker: top.entity, rule: 'quotes:role-coreference' }, end: p + top.length };
  const names = sp.mentionsAt(p, limit);
  // ("X, spokeswoman for the Russian Foreign Ministry, said": a person's apposition before the verb.)
  const appositive = (n: Mention) => {
    const a = n.entity.type === 'Person' ? APPOSITIVE.exec(work.slice(n.end, n.end + 110)) : null;
    return a && SPEECH_AFTER.test(work.slice(n.end + a[0].length, n.end + a[0].length + 40))
      ? a[0].length
      : 0;
  };
  const withApposition = names.find((n) => appositive(n) > 0);
  // "Zelensky's office said", "the Kremlin's spokesman told": the owner's unnamed voice is the owner's.
  for (const n of names) {
    const v = n.entity.type === 'Place' ? null : OWNER_VOICE.exec(work.slice(n.end, n.end + 60));
    if (v) return { att: { speaker: n.entity, rule: 'quotes:owner-voice' }, end: n.end + v[0].length };
  }
  // "Ecuador's government said": the country speaks.
  const gov = names.find(
    (n) =>
      n.entity.type === 'Place' &&
      /^['’]s\s+(?:\p{Ll}+\s+)?(?:government|authorities|leadership)\s+(?:has\s+|also\s+)*(?:said|says|stated|announced|added|told)\b/u.test(
        work.slice(n.end, n.end + 50),
      ),
  );
  if (gov)
    return {
      att: { speaker: gov.entity, rule: 'quotes:government-of' },
      end: gov.end + /^['’]s\s+(?:\p{Ll}+\s+)?\p{Ll}+/u.exec(work.slice(gov.end))![0].length,
    };
  const named =
    names.find((n) => SPEECH_AFTER.test(work.slice(n.end, n.end + 40).replace(/^[\s,]+/, ''))) ??
    withApposition ??
    // ("Kremlin spokesman Peskov": the person the body's noun introduces, not the body.)
    names.find(
      (n, i) => n.entity.type === 'Person' && i > 0 && BODY_NOUN.test(work.slice(names[i - 1]!.end, n.start)),
    ) ??
    names.find((n) => BODY_NOUN.test(work.slice(n.end, n.end + 20))) ??
    names.filter((n) => n.entity.type !== 'Place').pop() ??
    names[names.length - 1];
  const noun = named && BODY_NOUN.exec(work.slice(named.end, named.end + 20));
  // ("a senior US official said", "a top Philippines official declared": one unnamed official speaks for
  // the country, as its officials do; not "the US official" named before, nor a spokesman or a statement.)
  if (
    named?.entity.type === 'Place' &&
    noun &&
    UNNAMED_OFFICIAL.test(work.slice(p, named.start) + noun[0]) &&
    opensClause(work, p)
  )
    return {
      att: { speaker: named.entity, rule: 'quotes:official-of-country' },
      end: named.end + noun[0].length,
    };
  // ("a US spokesman said": a country speaks for itself, not through a nameless spokesman or source.)
  // ("the president of Serbia said": the person the text titled so, not the country.)
  const holder = named && holderOfPlaceRole(work, sp.persons, work.slice(p, named.start), named);
  if (holder) return { att: { speaker: holder, rule: 'quotes:role-of-place' }, end: named!.end };
  if (named && !(noun && named.entity.type === 'Place')) {
    let end = named.end + (noun?.[0].length ?? 0) + (named === withApposition ? appositive(named) : 0);
    // "the Russian Embassy in Bulgaria said": a body's place is part of its phrase.
    const where = /^\s+(?:in|to|at)\s+(?:the\s+)?/.exec(work.slice(end, end + 12));
    if (named.entity.type === 'Organization' && where) {
      const place = sp.all.find((x) => x.start === end + where[0].length && x.entity.type === 'Place');
      if (place) end = place.end;
    }
    return { att: { speaker: bodyOfPlace(work, names, named).entity, rule: 'quotes:name' }, end };
  }
  // ("…,” said huntsman": a person's surname in lower case, as machine translations write it.)
  const lower = names.length ? undefined : lowerCaseSurname(sp.persons, rest, p, anchor);
  if (lower) return { att: { speaker: lower.entity, rule: 'quotes:lower-case-surname' }, end: lower.end };
  return undefined;
}

/**
 * "the ministry", "the presidency", "a foreign ministry spokesperson": the body of that kind last named;
 * "the cabinet", "the tribunal": the body whose name ends in that head noun.
 */
export function bodyByKind(sp: SpeakerState, { pos, p, rest, anchor }: PhraseAt): Found | undefined {
  const m = BODY_KIND.exec(rest);
  if (!m) {
    // ("the cabinet", "the tribunal": a body named again by its own head noun, body-by-head.ts.)
    const own = bodyByOwnHead(rest, sp.orgs, anchor, (x) => sp.objectOfPrep(x));
    return own && { att: { speaker: own.entity, rule: 'quotes:body-by-kind' }, end: p + own.length };
  }
  const head = m[1]!.toLowerCase();
  const body =
    sp.lastOrgBefore(anchor, head) ??
    translatedMinistry(sp.work, head, anchor, sp) ??
    bodyOfKindFamily(m[0], head, anchor, sp);
  if (body) return { att: { speaker: body, rule: 'quotes:body-by-kind' }, end: p + m[0].length };
  // ("“The Foreign Ministry rejects …,” the ministry said": the body its own words name.)
  const own = sp.idx.mentions.find(
    (x) =>
      x.start >= anchor &&
      x.end <= pos &&
      x.entity.type === 'Organization' &&
      x.entity.name.toLowerCase().includes(head),
  );
  if (own) return { att: { speaker: own.entity, rule: 'quotes:body-in-own-words' }, end: p + m[0].length };
  return undefined;
}
