// ACCUSED of the object a main clause acts on (relations/accused-objects.ts): a reduced relative
// ("expelled 15 Russian diplomats accused of espionage") and a participle with a pronoun object ("…,
// accusing them of spying"), also with a date closing the object ("… diplomats on May 4, accusing them
// of"). Negatives: the accused as the subject, a main verb that does not act against them, another accuser
// after "by", a name after the date. Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const accused = (body: string) =>
  extractChecked('Diplomats expelled', body).rels.filter((x) => / ACCUSED /.test(x));

describe('an accusation of the object', () => {
  it('reads a reduced relative after a demonym phrase or a name', () => {
    expect(accused('Denmark has expelled 15 Russian diplomats accused of espionage.')).toContain(
      'Denmark ACCUSED Russia',
    );
    expect(
      accused(
        'Norway said it was expelling three Iranian “intelligence officers” accused of spying on its territory.',
      ),
    ).toContain('Norway ACCUSED Iran');
    expect(accused('The US sanctioned Iranian general Ali Reza, accused of plotting attacks.')).toContain(
      'United States ACCUSED Ali Reza',
    );
  });

  it('reads “accusing them of” as the object the main clause names', () => {
    expect(
      accused('The UK expelled 23 Russian diplomats over the incident, accusing them of being spies.'),
    ).toContain('United Kingdom ACCUSED Russia');
  });

  it('reads past a date that closes the object (“… diplomats on May 4, accusing them of …”)', () => {
    expect(
      accused('Latvia expelled three Belarusian diplomats on May 4, accusing them of espionage.'),
    ).toContain('Latvia ACCUSED Belarus');
    expect(
      accused('Finland expelled two Russian embassy staff on Friday, accusing them of spying.'),
    ).toContain('Finland ACCUSED Russia');
    expect(
      accused('Latvia expelled three Belarusian diplomats in March 2021, accusing them of espionage.'),
    ).toContain('Latvia ACCUSED Belarus');
    // A capitalised name after the date is no date: the object then ends in a name, not in a demonym phrase.
    expect(
      accused(
        'Latvia expelled three Belarusian diplomats on May 4 with Aleksandr Volk, accusing them of spying.',
      ),
    ).not.toContain('Latvia ACCUSED Belarus');
  });

  it('takes no subject, no friendly verb and no other accuser', () => {
    expect(accused('Two Russian diplomats accused of spying left Norway on Monday.')).toEqual([]);
    expect(accused('France granted asylum to Russian journalists accused of spying.')).toEqual([]);
    expect(accused('Germany expelled Russian dissidents accused of treason by Moscow.')).toEqual([]);
  });
});
