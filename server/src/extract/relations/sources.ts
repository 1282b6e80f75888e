// Who carried someone's words (QUOTED_BY), read from the reporting clause: "…, said X on Tuesday,
// Reuters reports", "According to an Al Jazeera report, X said …", "X said … . Al Jazeera reports this.",
// "In a press statement reported by Yonhap, the ministry said", "a written statement picked up by ORF",
// "the RIA news agency quoted the foreign ministry as saying", "IRNA reported that the ministry has
// informed … “…”", "RIA reported X as replying", "Anadolu Agency, citing Deputy Prime
// Minister X, said", "X said, as quoted by the Nova broadcaster", "…, reports Dawn news", "RTVE reported,
// citing a statement from X", "…,” CNN said." after "According to the statement". The outlet is whoever
// stands in the reporting position and is an outlet by its shape (clauses/outlets.ts), or any organisation
// but a body that never is one after "picked up by", "reported by" (the position says it); interviews are
// events (events/letters-interviews.ts).
import { matchesOf } from '../regex-matches.js';
import { phraseAt } from '../clauses/noun-phrase.js';
import { isOutlet, NOT_OUTLET, outletAt, reportingOrgAt } from '../clauses/outlets.js';
import { entityAt, speakerIn, speakerOf } from '../clauses/speech.js';
import type { Ctx } from '../context.js';
import type { Entity } from '../entities/index.js';
import type { RelOut } from '../events/index.js';
import type { Sentence } from '../text.js';
import { bodyNamedBefore } from './bodies.js';

export function sourceRelations(c: Ctx): RelOut[] {
  const out: RelOut[] = [];
  const add = (s: Sentence, speaker: Entity | undefined, outlet: Entity | undefined, rule: string) => {
    if (speaker && outlet && speaker !== outlet)
      out.push({
        source: speaker,
        type: 'QUOTED_BY',
        target: outlet,
        evidence: [c.evidence(s)],
        rule: `relations/sources:${rule}`,
      });
  };
  c.sents.forEach((s, i) => {
    const text = c.work.slice(s.start, s.end);
    // "…, Reuters reports." at the end of the sentence.
    const tail =
      /,[”"]?\s+((?:the\s+)?[\p{Lu}][^,;]{1,60}?)\s+(?:reports|reported|said|says|wrote)\s*\.?$/u.exec(text);
    if (tail) {
      const at = s.start + tail.index + tail[0].indexOf(tail[1]!);
      const speaker =
        accordingTo(c, s, s.start + tail.index) ?? speakerIn(c, s, s.start, s.start + tail.index);
      const outlet = outletAt(c, at, s.end);
      add(s, speaker, outlet, 'outlet-reports');
      // "…, ONA reports.": an organisation no name shape calls an outlet, by its position alone.
      if (!outlet) add(s, speaker, reportingOrgAt(c, at, s.end), 'reporting-position');
    }
    // "…, reports Dawn news.": the outlet after the verb.
    const inverted = /,\s+(?:reports|reported)\s+(?:the\s+)?(?=\p{Lu})[^,;]{1,50}?\s*\.?$/u.exec(text);
    if (inverted) {
      const at = s.start + inverted.index + /^,\s+\S+\s+(?:the\s+)?/.exec(inverted[0])![0].length;
      const speaker = speakerIn(c, s, s.start, s.start + inverted.index);
      add(s, speaker, outletAt(c, at, s.end) ?? orgRightAt(c, at, s.end), 'reports-outlet');
    }
    // "According to an Al Jazeera report, X said …", "According to Reuters, X said …" (an outlet by shape).
    const acc = /^(?:\S+\s+){0,3}?[Aa]ccording\s+to\s+(?:an?\s+|the\s+)?/.exec(text);
    const accReport = acc && /^[^,]{1,60}?\breports?\b\s*,/.test(text.slice(acc[0].length));
    if (acc && (accReport || /^[^,]{1,40},/.test(text.slice(acc[0].length))))
      add(
        s,
        speakerIn(c, s, s.start + text.indexOf(',', acc[0].length)),
        outletAt(c, s.start + acc[0].length, s.start + text.indexOf(',', acc[0].length)),
        accReport ? 'according-to-report' : 'according-to-outlet-first',
      );
    // "Al Jazeera reports this." after what someone said.
    const alone = /^([\p{Lu}][^,;]{1,40}?)\s+(?:reports|reported)\s+(?:this|that|so)\s*\.?$/u.exec(text);
    const prev = c.sents[i - 1];
    if (alone && prev) add(s, speakerIn(c, prev), outletAt(c, s.start, s.end), 'outlet-reports-this');
    // "reported by X", "picked up by X", "carried by X", "as quoted by X".
    // ("picked up by ORF": the position calls an organisation an outlet whatever its name's shape.)
    for (const m of matchesOf(
      /\b(?:reported|picked up|carried|quoted|cited|relayed)(?:\s+as\s+saying)?\s+by\s+(?:the\s+)?/g,
      text,
    )) {
      const at = s.start + m.index + m[0].length;
      const speaker =
        speakerIn(c, s) ?? (/^quoted/.test(m[0]) ? subjectBefore(c, s, s.start + m.index) : undefined);
      const outlet = outletAt(c, at, s.end);
      add(s, speaker, outlet ?? orgRightAt(c, at, s.end), outlet ? 'reported-by' : 'reported-by-position');
    }
    // "the RIA news agency quoted the foreign ministry as saying", "IRNA reported that the ministry has
    // informed … “…”", "ISNA quotes him as saying", "X reported
    // him as replying".
    const quoted =
      /\b(?:quoted|quotes|quoting|cited|cites|citing|reported|reports)\s+(.{1,80}?)\s+as\s+(?:say(?:ing)?|telling|stating|writing|replying|adding|answering)\b/.exec(
        text,
      );
    if (quoted) {
      const at = s.start + quoted.index;
      const subject = speakerOf(c, s, at);
      // ("Iran's ISNA news agency quotes him": the outlet the subject phrase names, not its possessor.)
      const outlet =
        subject && isOutlet(c, subject, s.start, at)
          ? subject
          : c
              .inRange(Math.max(s.start, at - 60), at, ['Organization'])
              .filter((m) => isOutlet(c, m.entity, m.start, m.end))
              .pop()?.entity;
      const whoAt = at + quoted[0].indexOf(quoted[1]!);
      const who = /^(?:him|her)$/.test(quoted[1]!)
        ? c.lastPersonBefore(whoAt)
        : (entityAt(c, whoAt, s.end) ?? bodyAt(c, whoAt, quoted[1]!) ?? titledAt(c, whoAt, quoted[1]!));
      add(s, who, outlet, 'quoted-as-saying');
    }
    // "…, the statement said, according to Reuters.": the sentence's speaker, carried by the outlet.
    for (const m of matchesOf(/,\s+according\s+to\s+(?:the\s+)?(?=\p{Lu})/gu, text)) {
      const at = s.start + m.index + m[0].length;
      const outlet = outletAt(c, at, s.end);
      if (!outlet || !/^[^,;]{0,60}?\s*[.;]?\s*$/.test(c.work.slice(at, s.end))) continue;
      add(
        s,
        speakerIn(c, s, s.start, s.start + m.index) ?? lastSpeakerBefore(c, s),
        outlet,
        'according-to-outlet',
      );
    }
    // "The State Department … in a statement to The Hill, but it defended …": the sentence's subject, whose
    // words the outlet it gave them to carried. (Interviews, "told X", are events.)
    for (const m of matchesOf(
      /\bin\s+(?:a|an|its|his|her|their)\s+(?:[\p{Ll}-]+\s+)?(?:statement|comments?|e-?mail(?:ed)?(?:\s+statement)?|response|reply)\s+to\s+(?:the\s+)?(?=\p{Lu})/gu,
      text,
    )) {
      const at = s.start + m.index + m[0].length;
      const outlet = outletAt(c, at, s.end) ?? orgRightAt(c, at, s.end);
      add(s, subjectBefore(c, s, s.start + m.index), outlet, 'statement-to-outlet');
    }
    // "IRNA reported that the Iranian Foreign Ministry has informed … “…”": the one the clause after
    // "that" names, when the sentence gives it a quotation, carried by the outlet that reported it.
    for (const m of matchesOf(
      /\s+(?:reported|reports|said|says|wrote|writes)(?:\s+on\s+\p{Lu}\p{Ll}+)?,?\s+that\s+/gu,
      text,
    )) {
      const verb = s.start + m.index;
      const org = c.inRange(s.start, verb, ['Organization']).pop();
      if (
        !org ||
        !/^(?:\s+(?:state|state-run|official|news|agency|broadcaster|newspaper|daily|television|TV))*$/.test(
          c.work.slice(org.end, verb),
        )
      )
        continue;
      // (An outlet by its shape at any of its mentions, or by "reported" and no body that never is one.)
      const outlet =
        c.mentions.some((x) => x.entity === org.entity && isOutlet(c, x.entity, x.start, x.end)) ||
        (/^\s+report/.test(m[0]) && !NOT_OUTLET.test(org.entity.name));
      if (!outlet) continue;
      const after = verb + m[0].length;
      const who = phraseAt(c, after, s.end)?.entities[0];
      if (c.quotes.some((q) => q.speaker === who && q.start > after && q.end <= s.end))
        add(s, who, org.entity, 'reported-that');
    }
    // "Anadolu Agency, citing Deputy Prime Minister X, said".
    // ("RTVE reported, citing a statement from the Algerian Foreign Ministry": the statement's issuer.)
    for (const m of matchesOf(
      /(\s+(?:reported|reports|said|says|wrote))?,\s+(?:citing|quoting)\s+(?:(?:an?|the|its)\s+(?:\p{Ll}+\s+)?(?:statement|release|communiqu[eé]|note)\s+(?:from|by|of|issued by)\s+)?/gu,
      text,
    )) {
      const outlet = c.inRange(s.start, s.start + m.index, ['Organization']).pop();
      const who = phraseAt(c, s.start + m.index + m[0].length, s.end)?.entities[0];
      if (
        outlet &&
        outlet.end >= s.start + m.index - 1 &&
        isOutlet(c, outlet.entity, outlet.start, outlet.end)
      )
        add(s, who, outlet.entity, 'citing');
    }
  });
  return out;
}

/** The organisation named right at pos (after a determiner and a few modifiers), unless a body that never is an outlet. */
function orgRightAt(c: Ctx, pos: number, limit: number): Entity | undefined {
  const m = c.inRange(pos, Math.min(limit, pos + 60), ['Organization'], true)[0];
  return m &&
    /^(?:[\p{L}'’.-]+\s+){0,2}$/u.test(c.work.slice(pos, m.start)) &&
    !NOT_OUTLET.test(m.entity.name)
    ? m.entity
    : undefined;
}

/** "according to President X, Al Jazeera said": the one the sentence's words are according to. */
function accordingTo(c: Ctx, s: Sentence, to: number): Entity | undefined {
  const m = /\baccording\s+to\s+(?:the\s+)?/i.exec(c.work.slice(s.start, to));
  if (!m) return undefined;
  const at = s.start + m.index + m[0].length;
  // ("According to the statement, …": the issuer of the statement last quoted.)
  if (/^(?:statement|release|communiqu[eé])\b/.test(c.work.slice(at, to))) return lastSpeakerBefore(c, s);
  // ("according to President X, …": a person after title words.)
  return entityAt(c, at, to) ?? titledAt(c, at, c.work.slice(at, to));
}

/**
 * "quoted the foreign ministry as saying": the body the article named before with those head words, else
 * the one body of the article whose name ends with them.
 */
function bodyAt(c: Ctx, pos: number, phrase: string): Entity | undefined {
  const words = /^(?:the|its|his|her)\s+(.+)$/i.exec(phrase.trim())?.[1];
  if (!words) return undefined;
  const before = bodyNamedBefore(c, words, pos);
  if (before) return before;
  const w = ` ${words.toLowerCase()}`;
  const bodies = c.idx.entities.filter((e) => e.type === 'Organization' && e.name.toLowerCase().endsWith(w));
  return bodies.length === 1 && bodyNamedBefore(c, words, Infinity) === bodies[0] ? bodies[0] : undefined;
}

/** The nearest subject-like entity before pos in s ("Antonov was quoted as saying by …"). */
function subjectBefore(c: Ctx, s: Sentence, pos: number): Entity | undefined {
  return c.subjectBefore(s.start, pos, ['Person', 'Organization', 'Place']);
}

/** "the statement said": the speaker of the quotation closing right before s, or of the last one before. */
function lastSpeakerBefore(c: Ctx, s: Sentence): Entity | undefined {
  return c.quotes.filter((q) => q.speaker && q.close <= s.end && q.close >= s.start - 400).pop()?.speaker;
}

/** The person a title opens a phrase with: "Foreign Minister Ivan Petrov" (a few title words, no comma). */
function titledAt(c: Ctx, at: number, phrase: string): Entity | undefined {
  const m = c.inRange(at, at + phrase.length, ['Person'])[0];
  if (!m || !/^(?:the\s+)?(?:[\p{L}.'’-]+\s+){1,4}$/u.test(c.work.slice(at, m.start))) return undefined;
  return m.entity;
}
