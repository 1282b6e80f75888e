// Legislatures that news names by their own language's name, with no head word ("Parliament", "Assembly")
// to tell they are bodies: "the Verkhovna Rada voted", "members of the Lok Sabha", "the Saeima approved".
// Organisations whatever the context (lexicon.ts's KNOWN_ORGS spreads this list in). Only names no person or
// place bears: "Cortes" alone is a surname, so Spain's is "Cortes Generales".
export const KNOWN_LEGISLATURES = [
  // Eastern Europe and the Baltics.
  'Verkhovna Rada',
  'Rada',
  'Sejm',
  'Saeima',
  'Seimas',
  'Riigikogu',
  'Országgyűlés',
  'Narodno Sabranie',
  'Sobranie',
  'Skupština',
  'Skupstina',
  'Sabor',
  'Državni zbor',
  // Northern and Western Europe.
  'Storting',
  'Stortinget',
  'Folketing',
  'Folketinget',
  'Riksdag',
  'Eduskunta',
  'Althing',
  'Alþingi',
  'Oireachtas',
  'Dáil',
  'Dáil Éireann',
  'Seanad',
  'Bundesrat',
  'Nationalrat',
  'Tweede Kamer',
  'Cortes Generales',
  // Central and South Asia, the Caucasus, Mongolia.
  'Mazhilis',
  'Majilis',
  'Oliy Majlis',
  'Milli Majlis',
  'Majlisi Oli',
  'Jogorku Kenesh',
  'Mejlis',
  'State Great Khural',
  'Khural',
  'Wolesi Jirga',
  'Meshrano Jirga',
  'Loya Jirga',
  'Lok Sabha',
  'Rajya Sabha',
  'Jatiya Sangsad',
  'Majlis-e-Shoora',
  // South-East Asia.
  'Dewan Rakyat',
  'Dewan Negara',
  'Pyidaungsu Hluttaw',
  'Pyithu Hluttaw',
  'Amyotha Hluttaw',
  'Hluttaw',
];

/** Short names folded to the full one: Ukraine's parliament, "the Rada voted". */
export const LEGISLATURE_ALIASES: Record<string, string> = { rada: 'Verkhovna Rada' };
