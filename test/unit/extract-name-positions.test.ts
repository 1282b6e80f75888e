// Unknown names taken from their position (server/src/extract/entities/name-positions.ts), on invented
// text with invented names no lexicon holds: after an honorific or a bracketed title, listed with a known
// person, the subject of a reported clause, a short word the lexicon knows only as an abbreviation, a full
// name repeated where nothing around it says "person", and a sentence under a line that is no credit.
import { describe, expect, it } from 'vitest';
import { extract, speakerOf } from '../helpers/extract-text.js';

const persons = (d: ReturnType<typeof extract>) =>
  d.entities.filter((e) => e.type === 'Person').map((e) => e.name);
const ruleOf = (d: ReturnType<typeof extract>, name: string) =>
  (d.entities.find((e) => e.name === name) as { rule?: string } | undefined)?.rule;

describe('unknown names by position', () => {
  it('when an unknown name follows "Mr." or a bracketed title, then it is a person', () => {
    const d = extract(
      [
        'Envoy told to leave',
        'The ministry gave 48 hours to Mr. Tovaldo Kremmick to leave the country.',
        '“We thank [Ghanaian President] Oduro Mensoh-Tadde for his support,” the envoy said.',
      ].join('\n'),
    );
    expect(persons(d)).toEqual(expect.arrayContaining(['Tovaldo Kremmick', 'Oduro Mensoh-Tadde']));
    expect(ruleOf(d, 'Tovaldo Kremmick')).toBe('entities/name-positions:after-honorific');
  });

  it('when unknown names are listed with a known person, then every item of the list is a person', () => {
    const d = extract(
      [
        'Officials expelled',
        'Joe Biden, Zandor Quellip and Mirabo Tessafu met on Monday, along with Ruvek Ostrani, in the capital.',
      ].join('\n'),
    );
    expect(persons(d)).toEqual(
      expect.arrayContaining(['Joe Biden', 'Zandor Quellip', 'Mirabo Tessafu', 'Ruvek Ostrani']),
    );
    expect(ruleOf(d, 'Mirabo Tessafu')).toBe('entities/name-positions:listed-with-person');
  });

  it('when an unknown name opens a clause a speech verb reports, then it is a person, diacritics and all', () => {
    const d = extract(
      [
        'Envoy recalled',
        'The foreign ministry said Şekvan Örüzdal Pinnarak was being recalled for consultations.',
      ].join('\n'),
    );
    expect(persons(d)).toContain('Şekvan Örüzdal Pinnarak');
  });

  it('when a name begins with a short word the lexicon knows only as an abbreviation, then it is still a name', () => {
    const d = extract(
      [
        'Ministry summons diplomat',
        'The Foreign Ministry summoned a diplomat on Wednesday.',
        'Ma Quenzhu, the vice foreign minister, said the bill was unacceptable.',
      ].join('\n'),
    );
    expect(persons(d)).toContain('Ma Quenzhu');
    // (A sentence about a name under a line is no pull-quote credit: the line above is not his words.)
    expect(speakerOf(d, 'The Foreign Ministry summoned')).toBeUndefined();
  });

  it('when a name ends in a month abbreviation written without its point ("Jun"), then it is still a name', () => {
    const d = extract(
      [
        'Envoy meets delegation',
        'Deputy Representative of Ostland Qiao Jun received the delegation on Monday.',
        '“We want calm,” Qiao Jun said, adding that talks would go on.',
        'The next round was set for Jun 14 in the capital.',
      ].join('\n'),
    );
    expect(persons(d)).toContain('Qiao Jun');
    expect(speakerOf(d, 'We want calm')).toBe('Qiao Jun');
    // (A month abbreviation before a day stays a date's word: no person "Jun".)
    expect(persons(d).some((n) => /^Jun\b/.test(n))).toBe(false);
  });

  it('when a known full name recurs where nothing marks it, then that occurrence is a mention too', () => {
    const d = extract(
      [
        'Vice minister summons envoy',
        'Vice Foreign Minister Zhao Quenlei summoned the envoy on Monday.',
        'On Tuesday the ministry Zhao Quenlei leads issued a note.',
      ].join('\n'),
    );
    const p = d.entities.find((e) => e.name === 'Zhao Quenlei')!;
    expect(p.mentions).toHaveLength(2);
  });
});

describe('long names and names that are places', () => {
  it('when a name has particles or a middle initial, then the whole name is the person', () => {
    const d = extract(
      [
        'Leaders meet',
        'President Erdogan met with Sheikh Hamdan bin Rashid Al Qasimi, and with Joao Carlos Pereira da Costa of Brazil.',
        "The US charge d'affaires Robert W. Fennick was summoned.",
      ].join('\n'),
    );
    expect(persons(d)).toEqual(
      expect.arrayContaining([
        'Hamdan bin Rashid Al Qasimi',
        'Joao Carlos Pereira da Costa',
        'Robert W. Fennick',
      ]),
    );
  });

  it('when an unknown name is the subject of a verb of travel or meeting, then it is a person', () => {
    const d = extract(
      [
        'Leaders meet',
        'Varundra Mokhi visited Tokyo on Monday.',
        'On Tuesday, Oskel Dramun travelled to Moscow.',
      ].join('\n'),
    );
    expect(persons(d)).toEqual(expect.arrayContaining(['Varundra Mokhi', 'Oskel Dramun']));
    expect(ruleOf(d, 'Varundra Mokhi')).toBe('entities/name-positions:subject-of-person-verb');
  });

  it('when an unknown name is met, hosted or received, then it is a person', () => {
    const d = extract(
      [
        'Talks held',
        'The minister met with Kolvar Ennish and was later hosted by Tarsu Belmontay in the capital.',
      ].join('\n'),
    );
    expect(persons(d)).toEqual(expect.arrayContaining(['Kolvar Ennish', 'Tarsu Belmontay']));
    expect(ruleOf(d, 'Tarsu Belmontay')).toBe('entities/name-positions:object-of-meeting');
  });

  it("when an unknown name follows a title's field or has a role in apposition, then it is a person", () => {
    const d = extract(
      [
        'Envoy summoned',
        'Deputy Minister for Political Affairs Chorn Byung-wel summoned the envoy.',
        'Zhorg Zelquan, Chinese vice foreign minister, spoke to reporters.',
      ].join('\n'),
    );
    expect(persons(d)).toEqual(expect.arrayContaining(['Chorn Byung-wel', 'Zhorg Zelquan']));
    expect(ruleOf(d, 'Chorn Byung-wel')).toBe('entities/name-positions:after-title-field');
    expect(ruleOf(d, 'Zhorg Zelquan')).toBe('entities/name-positions:role-in-apposition');
  });

  it('when a name no lexicon knows follows "the", then it is no person', () => {
    const d = extract(
      [
        'Credentials presented',
        'The envoys presented their credentials at the Rashnavi Bhoran on Thursday.',
      ].join('\n'),
    );
    expect(persons(d)).not.toContain('Rashnavi Bhoran');
  });
});

describe('organs of known bodies', () => {
  it('when a known body is followed by a name ending in a head word, then the whole is one organisation', () => {
    const d = extract(
      ['Minister at the UN', 'The minister spoke at the United Nations General Assembly in New York.'].join(
        '\n',
      ),
    );
    const orgs = d.entities.filter((e) => e.type === 'Organization').map((e) => e.name);
    expect(orgs).toContain('United Nations General Assembly');
    expect(orgs).not.toContain('General Assembly');
  });
});

describe('acronyms that are furniture', () => {
  it("when an acronym is only a dateline's agency credit, a photo credit or a hashtag, then it is no organisation", () => {
    const d = extract(
      [
        'Ministers meet',
        'Skopje, 27 September 2024 (QZMA) – The minister met his counterpart in Skopje.',
        'The two discussed trade at the #G20QFM meeting. (Photo: XRNI | Twitter)',
        'The talks were held with the help of the QRTA, the regional trade body.',
      ].join('\n'),
    );
    const orgs = d.entities.filter((e) => e.type === 'Organization').map((e) => e.name);
    expect(orgs).not.toEqual(expect.arrayContaining(['QZMA']));
    expect(orgs).not.toContain('G20QFM');
    expect(orgs).not.toContain('XRNI');
    expect(orgs).toContain('QRTA');
  });
});

describe('acronyms inside a longer run and after a place', () => {
  it('when an acronym stands only inside a capitalised run and is no title, then it is no organisation', () => {
    const d = extract(
      [
        'Envoy visits',
        'The envoy saw the demining work done by The QALO Trust in the province.',
        'FM Varek Dolmin said the visit went well. FM Dolmin thanked his hosts.',
      ].join('\n'),
    );
    const orgs = d.entities.filter((e) => e.type === 'Organization').map((e) => e.name);
    expect(orgs).not.toContain('QALO');
    expect(orgs).not.toContain('FM');
  });

  it('when an acronym in parentheses follows a place it is the initials of, then it names that place', () => {
    const d = extract(
      [
        'Envoy visits',
        'The envoy backed peace in the Democratic Republic of the Congo (DRC). The DRC welcomed the visit.',
      ].join('\n'),
    );
    expect(d.entities.filter((e) => e.type === 'Organization').map((e) => e.name)).not.toContain('DRC');
    const congo = d.entities.find((e) => e.type === 'Place' && /Congo/.test(e.name));
    expect(congo?.mentions.length).toBeGreaterThanOrEqual(3);
  });

  it('when an adverb stands between a sentence-opening name and its verb, then the name is still a person (session 24)', () => {
    const d = extract(['Visit', 'Najib Razak earlier welcomed the guests at the airport.'].join('\n'));
    expect(d.entities.filter((e) => e.type === 'Person').map((e) => e.name)).toContain('Najib Razak');
  });

  it('when an unknown name stands in apposition to "the Speaker", "the director" or "the head", then it is a person (session 24)', () => {
    const d = extract(
      [
        'Visit',
        'The delegation visited Mahinda Rajapaksa, the Speaker, and later Ruwan Dissanay, the director of the port.',
      ].join('\n'),
    );
    const persons = d.entities.filter((e) => e.type === 'Person').map((e) => e.name);
    expect(persons).toEqual(expect.arrayContaining(['Mahinda Rajapaksa', 'Ruwan Dissanay']));
  });
});
