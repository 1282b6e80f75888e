// A state's mission to the United Nations, however the page words it ("Ostland's permanent mission to the
// UN", "the Ostlandic permanent mission to the United Nations", "Ostland's mission to the UN in New
// York"): one organisation, named "<Demonym> Permanent Mission to the UN"; the UN inside it is no mention
// of its own (the longer mention wins in merging.ts's finish).
import { canonicalPlace, demonymCountry, demonymOf, isKnownPlace } from '../lexicon.js';
import type { Builder } from './builder.js';

const OWNER = String.raw`(\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*)?)`;
const MISSION = new RegExp(
  String.raw`\b${OWNER}(['’]s)?\s+(?:[Pp]ermanent\s+)?[Mm]ission\s+to\s+the\s+(?:UN|U\.N\.|United\s+Nations)\b`,
  'gu',
);

export function permanentMissions(b: Builder, work: string): void {
  if (!work.includes('ission')) return; // (the pattern's [Mm]ission: a cheap test first)
  for (const m of work.matchAll(MISSION)) {
    const owner = m[1]!;
    // The longest tail of the owner's words that names a country ("the Ostlandic", "South Ostland's").
    const words = owner.split(/\s+/);
    let dem: string | undefined;
    let at = 0;
    for (let i = 0; i < words.length && !dem; i++) {
      const w = words.slice(i).join(' ');
      dem = m[2]
        ? isKnownPlace(w)
          ? demonymOf(canonicalPlace(w))
          : undefined
        : demonymCountry(w)
          ? demonymOf(demonymCountry(w)!)
          : undefined;
      at = i;
    }
    if (!dem) continue;
    const start = m.index + owner.indexOf(words[at]!);
    const end = m.index + m[0].length;
    b.mention(
      b.get('Organization', `${dem} Permanent Mission to the UN`, 'entities/permanent-missions:un'),
      start,
      end,
    );
  }
}

/** "the Permanent Mission of Ostland to the United Nations": the owner after "of". */
const MISSION_OF = new RegExp(
  String.raw`\b(?:[Pp]ermanent\s+)?[Mm]ission\s+of\s+(?:the\s+)?${OWNER}\s+to\s+the\s+(?:UN|U\.N\.|United\s+Nations)\b`,
  'gu',
);

/** The same mission named with its owner after "of" ("the Permanent Mission of Ostland to the UN"). */
export function permanentMissionsOf(b: Builder, work: string): void {
  if (!work.includes('ission')) return; // (the pattern's [Mm]ission: a cheap test first)
  for (const m of work.matchAll(MISSION_OF)) {
    const owner = m[1]!;
    if (!isKnownPlace(owner)) continue;
    const dem = demonymOf(canonicalPlace(owner));
    if (!dem) continue;
    const end = m.index + m[0].length;
    b.mention(
      b.get('Organization', `${dem} Permanent Mission to the UN`, 'entities/permanent-missions:un'),
      m.index,
      end,
    );
  }
}
