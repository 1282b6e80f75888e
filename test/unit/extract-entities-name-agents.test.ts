// Unknown names read as the doer of a clause (entities/name-agents.ts): the subject of a finite verb at a
// sentence's or a joined clause's start, the agent after a passive "by" or "a delegation led by". And what
// stays no person there: bodies, places, operations, storms, legislatures, movements named in Arabic or Urdu,
// a plural noun read as a verb, a body's "its". Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const persons = (body: string) =>
  extractChecked('Leaders gather', body)
    .d.entities.filter((e) => e.type === 'Person')
    .map((e) => e.name)
    .sort();

describe('an unknown name as the doer of a clause', () => {
  it.each([
    'Yahya Sinwar rejected the plan on Monday, officials in Doha said.',
    'Yahya Sinwar condemns the vote as a fraud, his office said.',
    'During the meeting, Yahya Sinwar conveyed to the envoy the concerns of his movement.',
    'While Yahya Sinwar rejected the plan, others in the movement backed it.',
    'Yahya Sinwar was appointed envoy to Qatar on Monday, the ministry said.',
    'The plan was rejected by Yahya Sinwar on Monday, officials in Doha said.',
    'A delegation led by Yahya Sinwar arrived in Cairo on Monday for talks.',
  ])('is a person: %s', (body) => {
    expect(persons(body)).toEqual(['Yahya Sinwar']);
  });

  it('is a person in a clause joined by "while"', () => {
    expect(persons('Grace Bent was posted to Togo, while Kwabena Otieno will serve in Ghana.')).toContain(
      'Kwabena Otieno',
    );
  });
});

describe('what stays no person in those positions', () => {
  it.each([
    'Goldman Sachs raised its forecast on Monday, analysts said.',
    'Goldman Sachs shares fell sharply on Monday in New York.',
    'Western Sahara remained disputed on Monday, officials said.',
    'Nagorno Karabakh remained tense on Monday, officials said.',
    'Operation Sindoor ended on Monday, officials said.',
    'Belt Road expanded quickly across Asia, officials said.',
    'Prime Minister rejected the plan on Monday, officials said.',
    'Boko Haram killed twenty villagers in Borno on Monday.',
    'The village was attacked by Boko Haram fighters on Monday.',
    'A consortium led by Goldman Sachs bought the port on Monday.',
    'Lok Sabha passed the bill on Monday after a long debate.',
    'Deir Ezzor witnessed clashes on Monday, residents said.',
    'Ansar Allah rejected the plan on Monday, officials said.',
    'Tehreek Insaf rejected the plan on Monday, officials said.',
    'The region was hit by Storm Babet on Monday, forecasters said.',
    'Twenty-two-year-old Kwabena Otieno was arrested in Accra on Monday.',
  ])('no new person: %s', (body) => {
    expect(persons(body)).not.toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /Sachs|Sahara|Karabakh|Sindoor|Belt|Minister|Haram|Sabha|Ezzor|Allah|Insaf|Babet|Twenty/,
        ),
      ]),
    );
  });

  it('takes no Title Case headline line as a clause', () => {
    expect(persons('Yahya Sinwar Rejects The Plan\nOfficials in Doha said the talks would go on.')).toEqual(
      [],
    );
  });
});
