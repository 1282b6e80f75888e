// A state's mission to the United Nations, however the page words it ("Ostland's permanent mission to the
// UN", "the Ostlandic permanent mission to the United Nations", "Ostland's mission to the UN in New
// York"): one organisation, named "<Demonym> Permanent Mission to the UN"; the UN inside it is no mention
// of its own (the longer mention wins in merging.ts's finish). A mission to another body keeps the body's
// name as written ("Serbian Permanent Mission to the Council of Europe").
import { canonicalPlace, demonymCountry, demonymOf, isKnownPlace } from '../lexicon.js';
import type { Builder } from './builder.js';
import { matchesOf } from '../regex-matches.js';

const OWNER = String.raw`(\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*)?)`;
const MISSION = new RegExp(
  String.raw`\b${OWNER}(['’]s)?\s+(?:[Pp]ermanent\s+)?[Mm]ission\s+to\s+the\s+(?:UN|U\.N\.|United\s+Nations)\b`,
  'gu',
);

/**
 * A state's permanent mission to another international body, named as written with the state's
 * adjective: "the Serbian Permanent Mission to the Council of Europe" ("Permanent" required).
 */
const MISSION_TO_BODY = new RegExp(
  String.raw`\b${OWNER}\s+Permanent\s+Mission\s+to\s+the\s+(Council\s+of\s+Europe|EU|European\s+Union|OSCE|NATO|African\s+Union|WTO|OAS|Organization\s+of\s+American\s+States|UNESCO)\b`,
  'gu',
);

export function permanentMissions(b: Builder, work: string): void {
  if (!work.includes('ission')) return; // (the pattern's [Mm]ission: a cheap test first)
  for (const m of matchesOf(MISSION_TO_BODY, work)) {
    const words = m[1]!.split(/\s+/);
    const dem = words[words.length - 1]!;
    if (!demonymCountry(dem)) continue;
    const start = m.index + m[0].lastIndexOf(dem, m[0].indexOf(' Permanent'));
    const name = `${demonymOf(demonymCountry(dem)!)} Permanent Mission to the ${m[2]!.replace(/\s+/g, ' ')}`;
    b.mention(b.get('Organization', name, 'entities/permanent-missions:body'), start, m.index + m[0].length);
  }
  for (const m of matchesOf(MISSION, work)) {
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
  for (const m of matchesOf(MISSION_OF, work)) {
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
