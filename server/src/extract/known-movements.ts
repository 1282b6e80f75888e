// Armed and political movements that news names by a bare name with no head word ("Taliban fighters",
// "talks between the United States and Taliban", "al-Shabaab claimed the attack"): organisations whatever
// the context, like Hamas and Hezbollah (lexicon.ts's KNOWN_ORGS spreads this list in).
export const KNOWN_MOVEMENTS = [
  'Taliban',
  'al-Qaeda',
  'al-Qaida',
  'Boko Haram',
  'al-Shabaab',
  'ISIS',
  'ISIL',
  'Basij',
  'Ansarullah',
  'PKK',
  'Muslim Brotherhood',
];
