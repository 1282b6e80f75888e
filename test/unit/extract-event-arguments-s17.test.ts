// Event arguments found outside the clause's first reading (session 17): the states an expulsion's patient
// refers back to ("their diplomats", "diplomats of these countries" after a list of states), a list of the
// expelled after a colon or in an aside ("– three from A and B –") in the expulsion's own sentence, the
// foreign state an expulsion's sentence names as the cause or the diplomats' allegiance ("in response to
// X's invasion", "accusing X of spying"), the people of sanctions listed one a line after a heading line
// without a colon ("The sanctioned officials are", "Who was sanctioned?"), and the leader a delegation
// stands for in a meeting ("received a delegation led by X", "the delegation was received by Y" after "X is
// leading a delegation"), counterparts known by their states ("held 9 bilateral meetings with his
// counterparts that included A, B and C": one meeting each). Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { extractChecked, relationsOfType as rels } from '../helpers/extract-text.js';

describe('the states an expulsion refers back to', () => {
  it('when "declared diplomats of these countries persona non grata" follows a list, then each listed state is expelled', () => {
    expect(
      rels(
        'EXPELLED',
        'Retaliation',
        'The envoys of Norway, Finland and Iceland were summoned to the ministry on Monday. Hungary then declared diplomats of these countries persona non grata.',
      ),
    ).toEqual(['Hungary EXPELLED Norway', 'Hungary EXPELLED Finland', 'Hungary EXPELLED Iceland']);
  });

  it('when "said it would expel diplomats from those countries" follows a list, then the listed states are expelled', () => {
    expect(
      rels(
        'EXPELLED',
        'Retaliation',
        'Serbia summoned the ambassadors of Chile and Peru on Friday. It said it would expel diplomats from those countries in response.',
      ),
    ).toEqual(['Serbia EXPELLED Chile', 'Serbia EXPELLED Peru']);
  });

  it('when the states that expelled are listed before, then the expeller expels them, not itself', () => {
    expect(
      rels(
        'EXPELLED',
        'Retaliation',
        'Chile, Peru and Ecuador expelled Bolivian diplomats last week. On Friday Bolivia expelled diplomats of these countries.',
      ),
    ).toEqual([
      'Chile EXPELLED Bolivia',
      'Peru EXPELLED Bolivia',
      'Ecuador EXPELLED Bolivia',
      'Bolivia EXPELLED Chile',
      'Bolivia EXPELLED Peru',
      'Bolivia EXPELLED Ecuador',
    ]);
  });

  it('when no list of states comes before "these countries", then no state is guessed', () => {
    expect(
      rels('EXPELLED', 'Retaliation', 'On Friday Bolivia expelled diplomats of these countries.'),
    ).toEqual([]);
  });
});

describe('the expelled listed after a colon in the same sentence', () => {
  it('when "expelled 12 diplomats from four countries: A, B, C and D", then each is expelled', () => {
    expect(
      rels(
        'EXPELLED',
        'Expulsions',
        'Hungary expelled 12 diplomats from four countries on Monday: Norway, Finland, Iceland and Estonia.',
      ),
    ).toEqual([
      'Hungary EXPELLED Norway',
      'Hungary EXPELLED Finland',
      'Hungary EXPELLED Iceland',
      'Hungary EXPELLED Estonia',
    ]);
  });

  it('when an aside after "diplomats of the X states" lists the states, then each is expelled', () => {
    expect(
      rels(
        'EXPELLED',
        'Expulsions',
        'Hungary has decided to expel eight diplomats of the Nordic states (three each from Norway and Finland and two from Iceland) in response.',
      ),
    ).toEqual(['Hungary EXPELLED Norway', 'Hungary EXPELLED Finland', 'Hungary EXPELLED Iceland']);
  });

  it('when the colon leads into a clause, not a list of states, then nothing joins', () => {
    expect(
      rels(
        'EXPELLED',
        'Expulsions',
        'Hungary expelled 12 diplomats from four countries on Monday: the ministry said Norway would be told first.',
      ),
    ).toEqual([]);
  });
});

describe('the foreign state an expulsion sentence names', () => {
  it('when "expelled 30 diplomats in response to X\'s invasion of Y", then X is expelled', () => {
    expect(
      rels(
        'EXPELLED',
        'Expulsions',
        "Portugal expelled 30 diplomats in response to Turkey's invasion of Cyprus.",
      ),
    ).toEqual(['Portugal EXPELLED Turkey']);
  });

  it('when "expelled 4 diplomats, accusing X of spying", then X is expelled', () => {
    expect(
      rels('EXPELLED', 'Expulsions', 'Portugal expelled four diplomats, accusing Venezuela of spying.'),
    ).toEqual(['Portugal EXPELLED Venezuela']);
  });

  it('when "expelling 3 diplomats working at the embassy of X", then X is expelled', () => {
    expect(
      rels(
        'EXPELLED',
        'Expulsions',
        'Portugal said on Tuesday it was expelling three diplomats working at the embassy of Venezuela.',
      ),
    ).toEqual(['Portugal EXPELLED Venezuela']);
  });

  it('when another state is named only beside the expulsion, then it is not the expelled', () => {
    expect(
      rels(
        'EXPELLED',
        'Expulsions',
        'Latvia expelled 13 diplomats on Friday, as Estonia prepared a similar step.',
      ),
    ).toEqual([]);
  });
});

describe('the people of sanctions listed after a heading line', () => {
  it('when "The sanctioned officials are" heads one name a line, then each is sanctioned', () => {
    expect(
      rels(
        'SANCTIONED',
        'Sanctions',
        'Canada on Tuesday imposed sanctions on ten officials over the crackdown on protesters, the ministry said.\nThe sanctioned officials are\nColonel Marek Dolny, the commander of the riot police, who led the raids.\nTomas Hrubec, the head of the militia, who was in charge of the prisons.',
      ),
    ).toEqual(['Canada SANCTIONED Marek Dolny', 'Canada SANCTIONED Tomas Hrubec']);
  });

  it('when "Who was sanctioned?" heads the lines, then a line that goes on with its own verb is no item', () => {
    expect(
      rels(
        'SANCTIONED',
        'Sanctions',
        'Canada on Tuesday imposed sanctions on ten officials over the crackdown on protesters, the ministry said.\nWho was sanctioned?\nColonel Marek Dolny, the commander of the riot police, who led the raids.\nTomas Hrubec said the sanctions were unfair.',
      ),
    ).toEqual(['Canada SANCTIONED Marek Dolny']);
  });
});

describe('the leader a delegation stands for in a meeting', () => {
  it('when "received a delegation led by X", then the host met X', () => {
    expect(
      rels(
        'MET',
        'Visit',
        'President Maria Lindqvist received a delegation led by Senator Paul Okafor on Monday.',
      ),
    ).toEqual(['Maria Lindqvist MET Paul Okafor']);
  });

  it('when a long role stands between "led by" and the name, then the named leader is met', () => {
    expect(
      rels(
        'MET',
        'Visit',
        "President Maria Lindqvist has today received a delegation led by the new chair of the parliament's foreign affairs committee, Paul Okafor.",
      ),
    ).toEqual(['Maria Lindqvist MET Paul Okafor']);
  });

  it('when "the delegation was received by Y" after "X is leading a delegation", then X met Y', () => {
    expect(
      rels(
        'MET',
        'Visit',
        'Foreign Minister Paul Okafor is leading a delegation to Sweden this week. On Monday the delegation was received by President Maria Lindqvist.',
      ),
    ).toEqual(['Maria Lindqvist MET Paul Okafor']);
  });

  it('when "The delegation also met Y" after "a delegation led by X", then X met Y', () => {
    expect(
      rels(
        'MET',
        'Visit',
        'A delegation led by Foreign Minister Paul Okafor arrived in Stockholm on Sunday. The delegation also met Prime Minister Maria Lindqvist.',
      ),
    ).toEqual(['Maria Lindqvist MET Paul Okafor']);
  });

  it('when no one was said to lead a delegation, then "the delegation" meets no one', () => {
    expect(
      rels(
        'MET',
        'Visit',
        'Paul Okafor gave a speech on Sunday. The delegation also met Prime Minister Maria Lindqvist.',
      ),
    ).toEqual([]);
  });
});

describe('counterparts known by their states', () => {
  it('when "held 9 bilateral meetings with his counterparts that included A, B and C", then one meeting with each', () => {
    const r = extractChecked(
      'Talks',
      'Foreign Minister Paul Okafor held 9 bilateral meetings with his counterparts that included Norway, Chile and Peru, the ministry said.',
    );
    expect(r.rels.filter((x) => x.includes(' MET '))).toEqual([
      'Paul Okafor MET Norway',
      'Paul Okafor MET Chile',
      'Paul Okafor MET Peru',
    ]);
    expect(r.events('meeting')).toHaveLength(3);
  });

  it('when "met his counterparts, including A and B", then one meeting with both', () => {
    const r = extractChecked(
      'Talks',
      'Foreign Minister Paul Okafor met his counterparts, including Norway and Chile.',
    );
    expect(r.rels.filter((x) => x.includes(' MET '))).toEqual([
      'Paul Okafor MET Norway',
      'Paul Okafor MET Chile',
    ]);
    expect(r.events('meeting')).toHaveLength(1);
  });
});
