// Firms whose names are shaped like a person's (a first name and a surname, or two surnames), which no head
// word marks as bodies: "Goldman Sachs rejected the offer" is a bank, "Lockheed Martin signed" a contractor.
// (Names with "&" are split by the chunker and need other work.) Only names a careful reader never takes for a person; one-word firms ("Boeing") need no entry here.
export const PERSON_SHAPED_COMPANIES = [
  'Goldman Sachs',
  'Morgan Stanley',
  'Merrill Lynch',
  'Lehman Brothers',
  'Wells Fargo',
  'Charles Schwab',
  'Credit Suisse',
  'Lockheed Martin',
  'Northrop Grumman',
  'Rolls-Royce',
  'Mercedes-Benz',
  'Louis Vuitton',
  'Christian Dior',
  'Hugo Boss',
  'Ralph Lauren',
  'Estée Lauder',
  'Philip Morris',
  'Baker Hughes',
  'Walt Disney',
  'Kaspersky Lab',
  'Dow Jones',
  'Bain Capital',
  'Elbit Systems',
  'Tata Sons',
];

/**
 * A firm's sector as the last word of its name ("Norilsk Nickel", "Tata Steel", "Korvel Metals"): read as an
 * organisation's head word (lexicon ORG_HEADS), as "Airlines" or "Petroleum" are. Only sector nouns no one
 * bears as a given name; a first name before one still makes a person ("Mark Nickel", classification.ts).
 */
export const COMPANY_SECTOR_HEADS = [
  'nickel',
  'steel',
  'metals',
  'mining',
  'motors',
  'chemicals',
  'petrochemicals',
  'pharmaceuticals',
  'aluminium',
  'aluminum',
  'shipbuilding',
];
