// Parliament's speakers and legislators in apposition (relations/appositions.ts), on sentences written for
// the test: "speaker of <body>" leads it ("deputy speaker" is a member), "the <body> speaker" is a member
// at least, a senator or congressman "for|of <body>" is a member; one who speaks at a body's event ("a
// guest speaker at Harvard University") is neither.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const roles = (body: string) =>
  extractChecked('News', body).rels.filter((r) => / (?:LEADS|MEMBER_OF) /.test(r));

describe('speakers and legislators in apposition', () => {
  it('the speaker of a parliament leads it, a deputy speaker is a member', () => {
    expect(
      roles('Nancy Pelosi, speaker of the House of Representatives, arrived in Taipei on Tuesday.'),
    ).toEqual(['Nancy Pelosi LEADS House of Representatives']);
    expect(roles('The speaker of the Knesset, Amir Ohana, flew to Rome.')).toEqual([
      'Amir Ohana LEADS Knesset',
    ]);
    expect(roles('Pyotr Tolstoy, deputy speaker of the State Duma, said the move was hostile.')).toEqual([
      'Pyotr Tolstoy MEMBER_OF State Duma',
    ]);
    expect(roles('Amir Ohana, the Knesset speaker, flew to Rome.')).toEqual(['Amir Ohana MEMBER_OF Knesset']);
  });

  it('a senator of a party or a chamber is a member', () => {
    expect(roles('Marco Rubio, a senator for the Republican Party, criticised the move.')).toEqual([
      'Marco Rubio MEMBER_OF Republican Party',
    ]);
  });

  it('not one who speaks at a body or its event', () => {
    expect(roles('John Smith, a speaker at the United Nations, criticised the move.')).toEqual([]);
    expect(roles('John Smith, a guest speaker at Harvard University, criticised the move.')).toEqual([]);
    expect(roles('John Smith, the main speaker at the NATO summit, criticised the move.')).toEqual([]);
    expect(roles('Amir Ohana, a Knesset speaker, flew to Rome.')).toEqual([]);
  });
});
