// Bodies no head word or chunk finds whole (session 28). Long names with a comma or lower-case words,
// matched over the text as one organisation: "the Foreign, Commonwealth and Development Office" (the chunker
// cut it at the comma), "the Council of the EU" / "the Council of the European Union" (the EU's council of
// ministers, which only "European Union" was read of). Outlets whose names open with a place, which the
// chunker cut into a place and a person ("Israel Hayom"). Legislatures named in their own language
// (known-legislatures.ts), passed on to the lexicon with the rest.
import { KNOWN_LEGISLATURES, LEGISLATURE_ALIASES } from './known-legislatures.js';

export { KNOWN_LEGISLATURES };
export const LONG_BODY_NAMES = [
  String.raw`\bForeign,? Commonwealth (?:and|&) Development Office\b`,
  String.raw`\bCouncil of the (?:EU|European Union)\b`,
];

/** Spellings of those bodies, folded to the name the set uses. */
export const BODY_ALIASES: Record<string, string> = {
  'foreign, commonwealth and development office': 'Foreign, Commonwealth and Development Office',
  'foreign commonwealth and development office': 'Foreign, Commonwealth and Development Office',
  'foreign, commonwealth & development office': 'Foreign, Commonwealth and Development Office',
  'council of the eu': 'Council of the European Union',
  'council of the european union': 'Council of the European Union',
  ...LEGISLATURE_ALIASES,
};

/** Outlets named with a place's name and a word no head marks ("Israel Hayom reported"). */
export const PLACE_SHAPED_OUTLETS = ['Israel Hayom', 'Ukrainska Pravda'];
