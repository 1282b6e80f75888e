// Relations read from titles before names: "Kremlin spokesman Dmitry Peskov" (SPOKESPERSON_OF), "White
// House press secretary X", "Deputy Secretary of State Wendy Sherman" (MEMBER_OF), "Secretary of State X"
// at the State Department, and envoy phrases ("Russia's envoy to the United States X": AMBASSADOR_TO).
import type { Ctx } from '../context.js';
import type { RelOut } from '../events/index.js';
import { SPOKES_WORDS } from '../lexicon.js';
import { span } from '../text.js';

export function titleRelations(c: Ctx): RelOut[] {
  const out: RelOut[] = [];
  const text = c.text;
  // "Kremlin spokesman Dmitry Peskov", "White House press secretary X": an organisation, a lower-case title, a name.
  for (const m of c.mentions) {
    if (m.entity.type !== 'Person' || m.nominal) continue;
    const lead = c.work.slice(Math.max(0, m.start - 40), m.start);
    const t =
      /(?:^|\s)(spokes(?:wo)?man|spokesperson|press secretary|secretary[- ]general|chief of staff|minister|secretary|head|chief|director|official|chairman|chairwoman|deputy|adviser|advisor|envoy|commander),?\s+$/i.exec(
        lead,
      );
    if (!t) continue;
    const titleStart = m.start - lead.length + t.index + (t[0].length - t[0].trimStart().length);
    const org = c.inRange(Math.max(0, titleStart - 60), titleStart, ['Organization']).pop();
    if (!org || !/^\s+$/.test(c.work.slice(org.end, titleStart))) continue;
    if (/envoy/i.test(t[1]!)) continue;
    // The head of the body leads it ("U.N. Secretary General X"); anyone else is a member.
    const type = /spokes|press secretary/i.test(t[1]!)
      ? 'SPOKESPERSON_OF'
      : /^(?:secretary[- ]general|chairman|chairwoman|commander)$/i.test(t[1]!) &&
          !/\b(?:deputy|vice|assistant)\s+$/i.test(c.work.slice(Math.max(0, titleStart - 12), titleStart))
        ? 'LEADS'
        : 'MEMBER_OF';
    const s = c.sentenceAt(m.start);
    out.push({
      source: m.entity,
      type,
      target: org.entity,
      evidence: [s ? c.evidence(s) : span(text, org.start, m.end)],
      rule: 'relations/titles:organization-title-name',
    });
  }
  // "Secretary of State X" works at the State Department when the article names it.
  const stateDept = c.idx.entities.find(
    (e) => e.type === 'Organization' && /\bState Department\b/.test(e.name),
  );
  if (stateDept)
    for (const m of c.mentions) {
      if (
        m.entity.type !== 'Person' ||
        !/Secretary of State/i.test(c.work.slice(Math.max(0, m.start - 40), m.start))
      )
        continue;
      const s = c.sentenceAt(m.start);
      out.push({
        source: m.entity,
        type: 'MEMBER_OF',
        target: stateDept,
        evidence: [s ? c.evidence(s) : span(text, m.start, m.end)],
        rule: 'relations/titles:secretary-of-state',
      });
    }
  // Titles before names: "Foreign Ministry Spokeswoman Maria Zakharova", "Deputy Secretary of State Wendy Sherman".
  for (const l of c.idx.roleLinks) {
    const type = l.title.split(' ').some((w) => SPOKES_WORDS.test(w)) ? 'SPOKESPERSON_OF' : 'MEMBER_OF';
    const s = c.sentenceAt(l.evidence.start);
    out.push({
      source: l.person,
      type,
      target: l.org,
      evidence: [s ? c.evidence(s) : l.evidence],
      rule: 'relations/titles:title-before-name',
    });
  }
  for (const l of c.idx.envoyLinks) {
    const s = c.sentenceAt(l.evidence.start);
    out.push({
      source: l.person,
      type: 'AMBASSADOR_TO',
      target: l.target,
      evidence: [s ? c.evidence(s) : l.evidence],
      rule: 'relations/titles:envoy-phrase',
    });
  }
  return out;
}
