// Aggregate kinds of the gold events missed altogether (no extracted event of any type on their evidence),
// as counts only (no text, no names), so that the blind split's event misses can be sized by shape: which
// words of a fixed list of event words their evidence holds, how many entities of each type the extractor
// found in it, how many of the gold parties it found at all, whether the evidence is the headline, and
// whether an extracted event of the same type exists elsewhere in the article with a shared party (two
// gold events read as one) or none does (then the learned step may have had its chance). Pure.
import type { AnnotationDocument, Span } from '@dossier/model';
import type { KindCounts } from './pair-kinds.js';

const overlaps = (a: Span[], b: Span[]) =>
  a.some((x) => b.some((y) => Math.min(x.end, y.end) > Math.max(x.start, y.start)));

/** Event words whose presence is counted (each at most once per missed event). */
const WORDS =
  /\b(?:met|meet|meets|meeting|meetings|talks|summit|hosted|hosts|received|receives|welcomed|held|discussed|discussion|discussions|sidelines|bilateral|trilateral|visit|visited|visiting|trip|call|called|phone|spoke|conference|courtesy|exchanged|dialogue|consultations|together|joint|delegation|counterpart|phoned|talked|calls|invade|invaded|invasion|war|offensive|troops|attack|sanction|sanctions|sanctioned|imposes|imposed|slaps|bans|banned|freezes|summon|summoned|summons|summoning|expel|expelled|expels|expelling|persona|leave|out|ousts|kicks|boots|orders|ordered|declares|declared|withdraw|statement|said|says|told|interview|letter|wrote|appointed|named|arrived|arrives|lands|inaugurated|sworn)\b/gi;

/** Adds one document's kinds of events missed altogether to `k`. */
export function addEventMissKinds(
  k: KindCounts,
  text: string,
  extracted: AnnotationDocument,
  gold: AnnotationDocument,
): void {
  const inc = (s: string) => (k[s] = (k[s] ?? 0) + 1);
  const headlineEnd = text.indexOf('\n') < 0 ? text.length : text.indexOf('\n');
  const names = new Map(gold.entities.map((e) => [e.id, [e.name, ...e.aliases].map((x) => x.toLowerCase())]));
  const found = (goldId: string) =>
    extracted.entities.some((e) => names.get(goldId)?.includes(e.name.toLowerCase()));
  for (const g of gold.events) {
    if (extracted.events.some((e) => overlaps(e.evidence, g.evidence))) continue;
    const t = `event-miss ${g.type}`;
    inc(`${t} TOTAL`);
    const words = new Set<string>();
    for (const v of g.evidence)
      for (const m of text.slice(v.start, v.end).matchAll(WORDS)) words.add(m[0].toLowerCase());
    for (const w of words) inc(`${t} word:${w}`);
    if (!words.size) inc(`${t} word:none`);
    for (const type of ['Person', 'Place', 'Organization']) {
      const n = extracted.entities.filter((e) => e.type === type && overlaps(e.mentions, g.evidence)).length;
      inc(`${t} extracted-${type}-in-evidence:${n > 2 ? '3+' : n}`);
    }
    const parties = g.participants.length;
    const had = g.participants.filter((p) => found(p.entity)).length;
    inc(
      `${t} gold-parties-found:${had === parties ? 'all' : had === 0 ? 'none' : 'some'} of ${parties > 2 ? '3+' : parties}`,
    );
    inc(`${t} evidence:${g.evidence.some((v) => v.start < headlineEnd) ? 'headline' : 'body'}`);
    const same = extracted.events.filter((e) => e.type === g.type);
    const shared = same.some((e) =>
      e.participants.some((p) => {
        const name = extracted.entities.find((x) => x.id === p.entity)?.name.toLowerCase();
        return g.participants.some((q) => name && names.get(q.entity)?.includes(name));
      }),
    );
    inc(`${t} same-type-in-article:${!same.length ? 'none' : shared ? 'shared-party' : 'other-parties'}`);
  }
}
