// The extractor's last step: every span must be the text at its offsets, inside the body and outside
// excluded furniture; what is not is dropped, and so is whatever is left without spans or references.
import type { AnnotationDocument, Span } from '@dossier/model';
import { isExcluded, type Range } from './body.js';

/**
 * Every span must be the text at its offsets, inside the body and outside excluded furniture. Spans that
 * are not are dropped (with a warning); items left without spans are dropped, and so are references to
 * entities or events that no longer exist.
 */
export function selfCheck(
  text: string,
  doc: AnnotationDocument,
  excluded: Range[],
  warnings: string[],
): void {
  const { body } = doc;
  let dropped = 0;
  const ok = (s: Span) => {
    const good =
      s.end > s.start &&
      s.start >= body.start &&
      s.end <= body.end &&
      text.slice(s.start, s.end) === s.text &&
      !isExcluded(excluded, s.start, s.end);
    if (!good) dropped++;
    return good;
  };
  // Evidence sentences may contain excluded furniture (a credit inside a caption line); only require text equality there.
  const okEvidence = (s: Span) => {
    const good =
      s.end > s.start && s.start >= body.start && s.end <= body.end && text.slice(s.start, s.end) === s.text;
    if (!good) dropped++;
    return good;
  };
  doc.entities = doc.entities.filter((e) => (e.mentions = e.mentions.filter(ok)).length > 0);
  const ids = new Set(doc.entities.map((e) => e.id));
  const places = new Set(doc.entities.filter((e) => e.type === 'Place').map((e) => e.id));
  doc.statements = doc.statements.filter((s) => {
    const good = ok({ start: s.start, end: s.end, text: s.quote }) && ids.has(s.speaker);
    s.about = s.about.filter((a) => ids.has(a));
    return good;
  });
  doc.events = doc.events.filter((e) => {
    e.evidence = e.evidence.filter(okEvidence);
    e.participants = e.participants.filter((p) => ids.has(p.entity));
    if (e.place && !places.has(e.place)) e.place = null;
    return e.evidence.length > 0 && e.participants.length > 0;
  });
  const eventIds = new Set(doc.events.map((e) => e.id));
  doc.relations = doc.relations.filter((r) => {
    r.evidence = r.evidence.filter(okEvidence);
    if (r.event && !eventIds.has(r.event)) delete r.event;
    if (r.place && !places.has(r.place)) delete r.place;
    return r.evidence.length > 0 && ids.has(r.source) && ids.has(r.target);
  });
  if (dropped)
    warnings.push(
      `self-check: dropped ${dropped} span(s) that did not match the text or lay outside the body`,
    );
}
