// A body named only by generic words, then "of the" and another body, is that body's organ and one name:
// "the Executive Committee of the National Reform Council", "the Permanent Council of the OAS", "the
// Department of the Cooperation Council for the GCC", "the General Secretariat of the Arab League". Alone,
// "Executive Committee" or "Department" names no one body (every body has one), and the body after it is
// what the text names through it, so the chunks' two organisations are one (rule entities/sub-bodies:organ), as org-tails.ts joins "of the" tails. A
// bare "Council of the …" is a body's own name ("the Council of the European Union") and is left alone.
// Not when the first name says what it is ("the European Department of the Ministry …", "the International
// Affairs Committee of the Federation Council": a field or a demonym makes it a body of its own), nor when
// a place follows "of the" (org-tails.ts and builder.ts name a state's bodies by the state).
import type { Builder } from './builder.js';

/** Words that describe an organ of any body: its standing, its rank, its head word. */
const GENERIC_WORDS =
  /^(?:Executive|Standing|Permanent|Central|General|Steering|Advisory|Supervisory|Governing|Joint|Main|Committee|Council|Department|Secretariat|Board|Bureau|Commission|Office|Presidium|Directorate|Division|Unit|Section|Politburo|Plenum)$/;
/** The head words an organ's name ends in. */
const ORGAN_HEAD =
  /(?:Committee|Council|Department|Secretariat|Board|Bureau|Commission|Office|Presidium|Directorate|Division|Unit|Section|Politburo|Plenum)$/;

/** Generic words right before "of the" at the end of the text before a body: the organ's name. */
const ORGAN_BEFORE = new RegExp(
  String.raw`\b((?:${GENERIC_WORDS.source.slice(4, -2)})(?:[^\S\n]+(?:${GENERIC_WORDS.source.slice(4, -2)})){0,3})[^\S\n]+of[^\S\n]+the[^\S\n]+$`,
  'u',
);

/** Joins each generically named organ to the body named after "of the". */
export function subBodies(b: Builder): void {
  if (!/ of the /.test(b.work)) return;
  for (const body of [...b.mentions]) {
    if (body.entity.type !== 'Organization' || body.nominal || !b.mentions.includes(body)) continue;
    const before = b.work.slice(Math.max(0, body.start - 80), body.start);
    const organ = ORGAN_BEFORE.exec(before);
    if (!organ || !ORGAN_HEAD.test(organ[1]!) || organ[1] === 'Council') continue;
    // (A capitalised word before it names the organ: "the European Department of the Ministry".)
    const prev = /(\p{Lu}[\p{L}'’.-]*)[^\S\n]+$/u.exec(before.slice(0, organ.index));
    if (prev && !/^(?:The|A|An|Its|Their|His|Her)$/.test(prev[1]!)) continue;
    const start = body.start - before.length + organ.index;
    // (The organ's words are one mention of their own, or none; a longer name around them is another's.)
    const inside = b.mentions.filter((x) => x.start < body.start && x.end > start);
    if (inside.some((x) => x.start < start || x.entity.type !== 'Organization')) continue;
    const surface = b.text.slice(start, body.end).replace(/\s+/g, ' ');
    const parts = [body.entity, ...inside.map((x) => x.entity)];
    b.mentions = b.mentions.filter((x) => x !== body && !inside.includes(x));
    b.orgMention(start, body.end, surface, 'entities/sub-bodies:organ');
    for (const e of parts) if (!b.mentions.some((x) => x.entity === e)) b.entities.delete(e.id);
  }
}
