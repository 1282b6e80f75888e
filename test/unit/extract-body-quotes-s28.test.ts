// Quotations spoken by bodies (session 28): ministries, embassies, missions and their unnamed
// spokespeople. Every sentence here is written for the test.
import { describe, expect, it } from 'vitest';
import { extract, namesOf, speakerOf } from '../helpers/extract-text.js';

const said = (body: string, start: string) => speakerOf(extract(`Diplomatic row\n\n${body}`), start);

describe('a place that names where a body sits is part of its name, not the speaker', () => {
  it.each([
    [
      'A spokesman for the Chinese Embassy in Washington told reporters on Monday: "China firmly opposes any official contact between the United States and Taiwan."',
      'China firmly',
      'Chinese Embassy in Washington',
    ],
    [
      'Spokesperson for the Russian Embassy in Ankara told the agency: "We consider this decision hostile and it will not remain without a response."',
      'We consider',
      'Russian Embassy in Ankara',
    ],
    [
      'A spokesperson for the Indian High Commission in London said: "We have taken up the matter with the British authorities at the highest level."',
      'We have taken',
      'Indian High Commission in London',
    ],
  ])('"%s"', (body, start, speaker) => {
    expect(said(body, start)).toBe(speaker);
  });

  it('a place that opens the clause still speaks ("Washington told reporters")', () => {
    expect(
      said(
        'The Chinese Embassy issued a note. Washington told reporters on Monday: "We will not change our policy on the island in any way."',
        'We will not',
      ),
    ).toBe('Washington');
  });
});

describe("a body's unnamed spokesperson speaking again", () => {
  it('"he said" after "A State Department spokesman said: …" is the body, and again after it', () => {
    const d = extract(
      'Diplomatic row\n\nA State Department spokesman said: "We can confirm that the embassy received the list on Tuesday."\n\n"This is a regrettable step that will harm the relations between our two countries," he said. "We will respond in due course," he added.',
    );
    expect(speakerOf(d, 'This is a regrettable')).toBe('State Department');
    expect(speakerOf(d, 'We will respond')).toBe('State Department');
  });

  it('"he said" after a person named since is that person', () => {
    expect(
      said(
        'A State Department spokesman said: "The talks were frank and covered the whole range of issues."\n\nLater, Secretary of State Antony Blinken spoke to the press. "Both sides agreed to keep the channels of communication open," he said.',
        'Both sides',
      ),
    ).toBe('Antony Blinken');
  });

  it('"the spokesperson said" after "a spokesperson for X said …" with no quotation is X', () => {
    expect(
      said(
        'A spokesperson for the German Foreign Office said the ambassador had been summoned.\n\n"We have made clear that such actions are unacceptable and will have consequences," the spokesperson said.',
        'We have made clear',
      ),
    ).toBe('German Foreign Office');
  });

  it('not when a person is named between', () => {
    expect(
      said(
        'A spokesperson for the German Foreign Office said the ambassador had been summoned. Chancellor Olaf Scholz later spoke to reporters in Berlin.\n\n"We have made clear that such actions are unacceptable," the spokesperson said.',
        'We have made clear',
      ),
    ).toBeUndefined();
  });

  it('a named spokeswoman stays the speaker ("Foreign Ministry spokeswoman Mao Ning")', () => {
    expect(
      said(
        'Foreign Ministry spokeswoman Mao Ning said China opposed the move.\n\n"We urge the US side to stop this dangerous path at once," the spokeswoman said.',
        'We urge',
      ),
    ).toBe('Mao Ning');
  });
});

describe("a head of state's office with a capital P is a body that speaks", () => {
  it('"the Algerian Presidency" is the Algerian Presidency, and "the presidency said" is it', () => {
    const d = extract(
      'Diplomatic row\n\nThe Algerian Presidency announced the recall of the ambassador on Saturday.\n\n"This decision was taken in response to the irresponsible remarks," the presidency said.',
    );
    expect(namesOf(d, 'Organization')).toEqual(['Algerian Presidency']);
    expect(speakerOf(d, 'This decision')).toBe('Algerian Presidency');
  });

  it('"the Presidency of Nigeria" is the Nigerian Presidency', () => {
    expect(
      said(
        'The Presidency of Nigeria said in a statement: "The government will not be intimidated by anyone."',
        'The government will not',
      ),
    ).toBe('Nigerian Presidency');
  });

  it('a rotating chair is none ("the Polish Presidency of the EU Council", "the G20 Presidency")', () => {
    const d = extract(
      'Diplomatic row\n\nThe Polish Presidency of the EU Council ended in June. The G20 Presidency passed to Brazil.',
    );
    expect(namesOf(d, 'Organization').filter((n) => /Presidency/.test(n))).toEqual([]);
  });
});

describe('a ministry named by its capital ("the Foreign Ministry in Athens") is that country\'s', () => {
  it('"The Foreign Ministry in Athens said" after the Turkish Foreign Ministry is the Greek one', () => {
    expect(
      said(
        'The Turkish Foreign Ministry rejected the criticism on Monday.\n\nThe Foreign Ministry in Athens said that "Greece will not accept threats from anyone in the region."',
        'Greece will not',
      ),
    ).toBe('Greek Foreign Ministry');
  });

  it('"a statement from the Foreign Ministry in Athens, which said": the ministry, not Athens', () => {
    expect(
      said(
        'The Turkish Foreign Ministry issued a statement on Monday.\n\nIt was answering an earlier statement from the Foreign Ministry in Athens, which said that "Greece will not accept threats from anyone in the region."',
        'Greece will not',
      ),
    ).toBe('Greek Foreign Ministry');
  });

  it("an embassy in a capital is no body of that capital's country", () => {
    const d = extract(
      'Diplomatic row\n\nThe Embassy in Moscow said that "all staff are safe and accounted for after the blast."',
    );
    expect(namesOf(d, 'Organization')).not.toContain('Russian Embassy');
  });
});

describe('"In a statement, X …" introduces X as the issuer of "the statement"', () => {
  it.each([
    'In a statement, the Ministry of Foreign Affairs of Kenya condemned the killing of its citizen.',
    'In a statement on Monday, the Kenyan Foreign Ministry condemned the killing of its citizen.',
  ])('"%s" then another body acting, then "the statement added"', (lead) => {
    expect(
      said(
        `${lead} The African Union later called for calm.\n\n"The perpetrators must be brought to justice without delay," the statement added.`,
        'The perpetrators',
      ),
    ).toBe('Kenyan Foreign Ministry');
  });

  it('a body that issued its own statement since is the issuer', () => {
    expect(
      said(
        'In a statement, the Kenyan Foreign Ministry condemned the killing of its citizen. The African Union issued a statement later in the day.\n\n"All sides must exercise restraint," the statement said.',
        'All sides',
      ),
    ).toBe('African Union');
  });
});

describe('a country opening its clause past ", meanwhile," speaks', () => {
  it('"Russia, meanwhile, has denied … in a statement stating “…”" is Russia', () => {
    expect(
      said(
        'Russia, meanwhile, has denied the allegations in a statement issued Friday stating "similar baseless claims about our intelligence services have been made before."',
        'similar baseless',
      ),
    ).toBe('Russia');
  });

  it('not past a relative clause ("Russia, which the report named, has denied …")', () => {
    expect(
      said(
        'Russia, which the report named, has denied the allegations in a statement issued Friday stating "similar claims have been made before."',
        'similar claims',
      ),
    ).toBeUndefined();
  });
});
