// Who carried someone's words (QUOTED_BY), read from the reporting clause: "…, said X on Tuesday,
// Reuters reports", "According to an Al Jazeera report, X said …", "X said … . Al Jazeera reports this.",
// "In a press statement reported by Yonhap, the ministry said", "a written statement picked up by ORF",
// "the RIA news agency quoted the foreign ministry as saying", "Anadolu Agency, citing Deputy Prime
// Minister X, said", "X said, as quoted by the Nova broadcaster". The outlet is whoever stands in the
// reporting position and is an outlet by its shape (clauses/outlets.ts); interviews are events
// (events/letters-interviews.ts).
import { phraseAt } from '../clauses/noun-phrase.js';
import { isOutlet, outletAt, reportingOrgAt } from '../clauses/outlets.js';
import { entityAt, speakerIn, speakerOf } from '../clauses/speech.js';
import type { Ctx } from '../context.js';
import type { Entity } from '../entities/index.js';
import type { RelOut } from '../events/index.js';
import type { Sentence } from '../text.js';

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
    const tail = /,\s+((?:the\s+)?[\p{Lu}][^,;]{1,60}?)\s+(?:reports|reported|said|says|wrote)\s*\.?$/u.exec(
      text,
    );
    if (tail) {
      const at = s.start + tail.index + tail[0].indexOf(tail[1]!);
      const speaker = speakerIn(c, s, s.start, s.start + tail.index);
      const outlet = outletAt(c, at, s.end);
      add(s, speaker, outlet, 'outlet-reports');
      // "…, ONA reports.": an organisation no name shape calls an outlet, by its position alone.
      if (!outlet) add(s, speaker, reportingOrgAt(c, at, s.end), 'reporting-position');
    }
    // "According to an Al Jazeera report, X said …".
    const acc = /^(?:\S+\s+){0,3}?[Aa]ccording\s+to\s+(?:an?\s+|the\s+)?/.exec(text);
    if (acc && /^[^,]{1,60}?\breports?\b\s*,/.test(text.slice(acc[0].length)))
      add(
        s,
        speakerIn(c, s, s.start + text.indexOf(',', acc[0].length)),
        outletAt(c, s.start + acc[0].length, s.end),
        'according-to-report',
      );
    // "Al Jazeera reports this." after what someone said.
    const alone = /^([\p{Lu}][^,;]{1,40}?)\s+(?:reports|reported)\s+(?:this|that|so)\s*\.?$/u.exec(text);
    const prev = c.sents[i - 1];
    if (alone && prev) add(s, speakerIn(c, prev), outletAt(c, s.start, s.end), 'outlet-reports-this');
    // "reported by X", "picked up by X", "carried by X", "as quoted by X".
    for (const m of text.matchAll(
      /\b(?:reported|picked up|carried|quoted|cited|relayed)\s+by\s+(?:the\s+)?/g,
    )) {
      add(s, speakerIn(c, s), outletAt(c, s.start + m.index + m[0].length, s.end), 'reported-by');
    }
    // "the RIA news agency quoted the foreign ministry as saying", "ISNA quotes him as saying".
    const quoted = /\b(?:quoted|quotes|quoting)\s+(.{1,80}?)\s+as\s+say(?:ing)?\b/.exec(text);
    if (quoted) {
      const at = s.start + quoted.index;
      const outlet = speakerOf(c, s, at);
      const whoAt = at + quoted[0].indexOf(quoted[1]!);
      const who = /^(?:him|her)$/.test(quoted[1]!) ? c.lastPersonBefore(whoAt) : entityAt(c, whoAt, s.end);
      add(s, who, outlet && isOutlet(c, outlet, s.start, at) ? outlet : undefined, 'quoted-as-saying');
    }
    // "…, the statement said, according to Reuters.": the sentence's speaker, carried by the outlet.
    for (const m of text.matchAll(/,\s+according\s+to\s+(?:the\s+)?(?=\p{Lu})/gu)) {
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
    // "Anadolu Agency, citing Deputy Prime Minister X, said".
    for (const m of text.matchAll(/,\s+citing\s+/g)) {
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

/** "the statement said": the speaker of the quotation closing right before s, or of the last one before. */
function lastSpeakerBefore(c: Ctx, s: Sentence): Entity | undefined {
  return c.quotes.filter((q) => q.speaker && q.close <= s.end && q.close >= s.start - 400).pop()?.speaker;
}
