// Session 14's entity mechanisms, each checked on short text written here (names and places other than
// the real pages'): where the body ends (an agency's sign-off, a copy cut after a few words), a dateline
// alone on its line in capitals, a headline sharing the copy's date marker.
import { describe, expect, it } from 'vitest';
import { findBody } from '../../server/src/extract/body.js';
import { creditSpans } from '../../server/src/extract/furniture.js';
import { extractArticle } from '../../server/src/extract/index.js';

/** The names of the entities of one type the extractor finds in a page whose first line is its headline. */
function namesOf(type: 'Person' | 'Organization' | 'Place', raw: string) {
  const title = raw.split('\n')[0]!;
  const d = extractArticle({ raw, meta: { title, outlet: 'Test', published: '2024-03-05' } }).document;
  return d.entities.filter((e) => e.type === type).map((e) => e.name);
}
const persons = (raw: string) => namesOf('Person', raw);
/** Organisations and places of one paragraph under the headline "Envoy news". */
const orgs = (text: string) => namesOf('Organization', `Envoy news\n${text}`);
const places = (text: string) => namesOf('Place', `Envoy news\n${text}`);

const PARA =
  'The ministry said on Monday that the envoy had been summoned over the remarks made at a rally in the capital.';

describe('where the body ends', () => {
  it("when the last paragraph ends with an agency's sign-off, then the paragraph is body and the sign-off a credit", () => {
    const raw = `Ministry summons the envoy\n\n${PARA}\n\nThe row centres on two officials of ousted leader Marta Vilk who fled. — XYZ-AGENCIES\n\n\nadmin\n\nRelated Articles\n`;
    const { work } = findBody(raw, 'Ministry summons the envoy');
    expect(work).toContain('Marta Vilk who fled.');
    expect(work).not.toContain('XYZ-AGENCIES');
    expect(creditSpans('They fled. — XYZ-AGENCIES')).toEqual([[10, 25]]);
  });

  it('when the copy is cut a few words into a sentence after the last paragraph, then those words are body', () => {
    const raw = `Ministry summons the envoy\n\n${PARA}\n\n${PARA}\n\nShe does not recognise Tomas K`;
    expect(findBody(raw, 'Ministry summons the envoy').work).toContain('She does not recognise Tomas K');
  });

  it('when the last line is a row of link words after the last paragraph, then it stays outside', () => {
    const raw = `Ministry summons the envoy\n\n${PARA}\n\n${PARA}\n\nShare On Facebook Twitter`;
    expect(findBody(raw, 'Ministry summons the envoy').work).not.toContain('Share On');
  });
});

describe('the header block', () => {
  it('when a known place in capitals stands alone between headline and text, then it is a dateline, not a byline', () => {
    const raw = `Norway recalls its envoy to Peru\n\nOSLO\n\n${PARA}\n\nJane Roe\n`;
    const { work } = findBody(raw, 'Norway recalls its envoy to Peru');
    expect(work).toContain('OSLO');
  });

  it("when the headline shares the line of the copy's date marker, then the body starts at that line", () => {
    const raw = ` date 2024-02 Norway recalls its envoy to Peru\n\nOSLO\n\n${PARA}\n`;
    const { work } = findBody(raw, 'Norway recalls its envoy to Peru');
    expect(work).toContain('Norway recalls its envoy to Peru');
    expect(work).toContain('OSLO');
  });
});

describe('person names with initials and portfolios', () => {
  it('when a first name and initials come before a word the lexicon knows as a place or a common word, then that word is the surname', () => {
    const raw =
      'Oslo sanctions former officials\nThe list includes adviser Daniel T. Paris; envoy Laura M. K. Bridge; and others, the ministry said.';
    expect(persons(raw)).toEqual(expect.arrayContaining(['Daniel T. Paris', 'Laura M. K. Bridge']));
  });

  it("when a portfolio word ends a title before a name, then it is no part of the person's name", () => {
    const raw =
      'Oslo sanctions former officials\nThe list includes Under Secretary for Agriculture and the Environment Peter Vold, the ministry said.';
    expect(persons(raw)).toContain('Peter Vold');
    expect(persons(raw).join(' ')).not.toMatch(/Environment/);
  });
});

describe('names inside longer names', () => {
  it('when a surname is named only inside a government named after its leader, then it is no person of its own', () => {
    const raw =
      'Envoy resigns\nShe served as an adviser during the Reagan administration and later joined the foreign ministry, officials said on Monday.';
    const title = raw.split('\n')[0]!;
    const d = extractArticle({ raw, meta: { title, outlet: 'Test', published: '2024-03-05' } }).document;
    expect(d.entities.map((e) => `${e.type}:${e.name}`)).toContain('Organization:Reagan administration');
    expect(d.entities.some((e) => e.type === 'Person')).toBe(false);
  });
});

describe('single words that are no surname', () => {
  it.each([
    [
      "a first name closing an editor's bracket",
      "Critics assail (Polish President Ana) Lind's veto on Monday, the ministry said.",
    ],
    [
      "a plural of a body's head word after a title word",
      'The Treasury and State Departments imposed sanctions on Monday.',
    ],
    [
      'a quoted term after a title word',
      'Oslo Expels Envoy Over ‘Foreign Meddling’\nOslo will expel an envoy, the ministry said on Monday.',
    ],
    [
      'a sentence adverb before a role',
      'He spoke at the forum. Accordingly, the Norwegian foreign minister said the talks would go on.',
    ],
  ])('when it is %s, then no person is made of it', (_why, text) => {
    expect(persons(`Envoy news\n${text}`)).toEqual([]);
  });
});

describe('titles of diplomatic rank and pull-quote speakers', () => {
  it('when an envoy is "Ambassador Extraordinary and Plenipotentiary" or "H.E." or an attaché, then those words are a title, not a name', () => {
    expect(
      persons(
        'Envoy news\nAmbassador Extraordinary and Plenipotentiary Tolkyn Serikova presented her credentials. The king received H.E. Bekzat Omarov on Monday. Attaché Dana Serik was expelled.',
      ).sort(),
    ).toEqual(['Bekzat Omarov', 'Dana Serik', 'Tolkyn Serikova']);
  });

  it('when a quotation ends with a dash and a name in title case, then the name is its speaker, not a credit', () => {
    expect(creditSpans('“We want peace.” – Bekzat Omarov')).toEqual([]);
    expect(creditSpans('“We want peace.” — Reuters')).toHaveLength(1);
    expect(creditSpans('They left. — XYZ NEWS')).toHaveLength(1);
  });
});

describe('relations from appositions', () => {
  it('when a bare role follows a name with no body after it, then extraction does not fail', () => {
    const raw =
      'Envoy news\n“We want peace,” – Bekzat Omarov, Kazakh envoy\nThe ministry said more on Monday.';
    expect(persons(raw)).toContain('Bekzat Omarov');
  });
});

describe("a country's ministry and mission named with 'of'", () => {
  it('when "of <country>" follows a ministry named by its field, then it is that country\'s ministry', () => {
    expect(
      orgs('The envoy was summoned to the Ministry of Foreign Affairs of Kazakhstan on Monday.'),
    ).toEqual(['Kazakh Foreign Ministry']);
    expect(orgs("The envoy was summoned by Kazakhstan's Ministry of Foreign Affairs on Monday.")).toEqual([
      'Kazakh Foreign Ministry',
    ]);
  });
  it('when an embassy is named "Embassy of <country>", then it is named by the demonym', () => {
    expect(orgs('The statement came from the Embassy of Kazakhstan on Monday.')).toEqual(['Kazakh Embassy']);
  });
});

describe('places named by their shape', () => {
  it.each([
    ['Tankers crossed the Strait of Tavra on Monday.', ['Strait of Tavra']],
    ['Ships sailed into the Gulf of Aden on Monday.', ['Gulf of Aden']],
    ['The envoy travelled to Lake Ozerny on Monday.', ['Lake Ozerny']],
    ['The envoy of Bosnia and Herzegovina arrived on Monday.', ['Bosnia and Herzegovina']],
    ['The envoy travelled to the city of Taraz on Monday.', ['Taraz']],
    ['The envoy travelled to Taraz on Monday.', ['Taraz']],
    ['Taraz, 4 March 2024 – The envoy arrived on Monday.', ['Taraz']],
    ['The envoy visited the Kyrgyz Republic on Monday.', ['Kyrgyzstan']],
  ])('%s', (text, want) => {
    expect(places(text)).toEqual(want);
  });
});

describe('names right after "the"', () => {
  it('when a two-word name follows "the", then it is no person (a body or a place), unless it is a modifier', () => {
    expect(persons('Envoy news\nThe Muslim Brotherhood said the envoy left on Monday.')).toEqual([]);
    expect(persons('Envoy news\nOfficials of the Nur Otan party said the envoy left on Monday.')).toEqual([]);
    expect(persons('Envoy news\nThe Daniel Rooke-led country recalled its envoy on Monday.')).toContain(
      'Daniel Rooke',
    );
  });
});

describe("bodies' names with 'for', 'on', 'and' and plural possessives", () => {
  it.each([
    [
      'The Kazakh Ministry of Trade and Integration said the envoy left.',
      'Kazakh Ministry of Trade and Integration',
    ],
    [
      'The Spanish Agency for International Development Cooperation said the envoy left.',
      'Spanish Agency for International Development Cooperation',
    ],
    [
      'The Nigerian Senate Committee on Foreign Affairs said the envoy left.',
      'Nigerian Senate Committee on Foreign Affairs',
    ],
    ["The Iranian Students' News Agency said the envoy left.", "Iranian Students' News Agency"],
  ])('%s', (text, want) => {
    expect(orgs(text)).toEqual([want]);
  });
  it('when the words after "for" or "on" end in no field, then they are no part of the name', () => {
    expect(
      orgs('Oslo Sanctions Police for Human Rights Abuses\nThe envoy left on Monday.').join(' '),
    ).not.toMatch(/Abuses/);
  });
});
