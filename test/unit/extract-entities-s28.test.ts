// Session 28: names shaped like a person's that are not persons (storms, operations, sites named after
// someone, a country's two-word adjective), with negatives that stay persons. Every sentence here is written
// for the test.
import { describe, expect, it } from 'vitest';
import { extract, namesOf } from '../helpers/extract-text.js';

const doc = (body: string) => extract(`Leaders gather\n\n${body}`);
const persons = (body: string) => namesOf(doc(body), 'Person');
const places = (body: string) => namesOf(doc(body), 'Place');

describe('things named like persons', () => {
  it('reads no person in a storm or an operation', () => {
    expect(persons('Hurricane Helene struck the coast of Florida on Thursday.')).toEqual([]);
    expect(persons('Cyclone Freddy killed hundreds of people in Malawi.')).toEqual([]);
    expect(persons('Operation Sindoor ended on Saturday, officials said.')).toEqual([]);
  });

  it('reads a site named after someone as a place', () => {
    expect(persons('Mahatma Gandhi Memorial hosted the ceremony on Monday.')).toEqual([]);
    expect(places('Leaders laid wreaths at the Mahatma Gandhi Memorial on Sunday.')).toContain(
      'Mahatma Gandhi Memorial',
    );
    expect(places('Protesters marched down Nelson Mandela Avenue.')).toEqual(['Nelson Mandela Avenue']);
    expect(places('The rally was held at Moshood Abiola Stadium in Abuja.')).toContain(
      'Moshood Abiola Stadium',
    );
  });

  it('reads no person in a two-word demonym', () => {
    expect(persons('Sri Lankan officials said on Tuesday the talks had failed.')).toEqual([]);
  });

  it('keeps the persons of the same shapes', () => {
    expect(persons('Sri Lankan President Ranil Wickremesinghe met the delegation.')).toEqual([
      'Ranil Wickremesinghe',
    ]);
    expect(persons('Kwame Otieno rejected the plan on Monday.')).toEqual(['Kwame Otieno']);
    expect(persons('The statue honours Nelson Mandela, who died in 2013.')).toEqual(['Nelson Mandela']);
  });
});

describe('firms named like persons', () => {
  const orgs = (body: string) => namesOf(doc(body), 'Organization');
  it('reads a known person-shaped firm as an organisation', () => {
    expect(
      persons('Goldman Sachs rejected the offer on Monday, people familiar with the matter said.'),
    ).toEqual([]);
    expect(orgs('Goldman Sachs rejected the offer on Monday.')).toEqual(['Goldman Sachs']);
    expect(orgs('Lockheed Martin signed the contract on Friday.')).toEqual(['Lockheed Martin']);
  });

  it('reads no person in a name the text follows with "its" or ", which"', () => {
    expect(
      persons('Kestrel Hale rejected the offer on Monday. Kestrel Hale said its board would meet again.'),
    ).toEqual([]);
    expect(
      persons(
        'Brannock Vale signed the deal on Friday. Brannock Vale, which employs 4,000 people, declined to comment.',
      ),
    ).toEqual([]);
  });

  it('keeps a person the text follows with "his"', () => {
    expect(
      persons('Kwame Otieno rejected the offer on Monday. Kwame Otieno said his party would meet.'),
    ).toEqual(['Kwame Otieno']);
  });
});

describe('a country inside a pro- or anti- compound', () => {
  it('is a place mention', () => {
    expect(places('Police broke up anti-China protests in Manila on Sunday.')).toEqual(['Manila', 'China']);
    expect(places('The pro-Russia party won the vote in the north.')).toEqual(['Russia']);
  });

  it('is no place when the compound holds an adjective or no country', () => {
    expect(places('The pro-Western government fell on Monday.')).toEqual([]);
    expect(places('Pro-Kremlin bloggers cheered the verdict.')).toEqual([]);
  });
});

describe('an unknown speaker named after the verb of saying', () => {
  it('is a person after a quotation or a clause', () => {
    expect(persons('"We will not accept this," said Mwangi Kiunjuri.')).toEqual(['Mwangi Kiunjuri']);
    expect(persons('"It is over," added Sione Tupou, adding that talks had failed.')).toEqual([
      'Sione Tupou',
    ]);
    expect(persons('The talks have failed, said Ebo Quansah, who leads the team.')).toEqual(['Ebo Quansah']);
  });

  it('is no person when a body speaks', () => {
    expect(persons('"We will respond," said Human Rights Watch.')).toEqual([]);
    expect(persons('"We will respond," said Goldman Sachs.')).toEqual([]);
  });
});

describe('an unknown name with initials', () => {
  it('is a person where a name without them would be', () => {
    expect(persons('J. K. Ndlovu said the report was false.')).toEqual(['J. K. Ndlovu']);
    expect(persons('Kwame J. Ndlovu said the report was false.')).toEqual(['Kwame J. Ndlovu']);
    expect(persons('The spokesman, J. K. Ndlovu, said the report was false.')).toEqual(['J. K. Ndlovu']);
  });

  it('reads no person in a country’s or a body’s abbreviation', () => {
    expect(persons('U.S. Navy ships arrived in the port on Monday.')).toEqual([]);
    expect(persons('The U.N. Habitat office said it would close.')).toEqual([]);
  });
});

describe('a name followed by "and its"', () => {
  it('is still a person when "its" belongs to the subject ("Lagos recalled its envoy X and its envoy to Togo Y")', () => {
    expect(
      persons(
        'Lagos recalled its High Commissioner to Ghana Obiora Nwachukwu and its envoy to Togo Adaeze Okonkwo.',
      ),
    ).toContain('Obiora Nwachukwu');
  });
});
