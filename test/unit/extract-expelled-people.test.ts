// The people of an expulsion named after its clause (expelled-people.ts): behind a lead in a sentence soon
// after it ("Among them are …", "They include …", "The diplomats are …"), or added after the verb ("…
// were also ordered to leave, along with C"); never a person a verb or a preposition sets apart from the
// lead, nor one listed too late or behind a noun the expulsion never spoke of. Every sentence here is
// written for the test.
import { describe, expect, it } from 'vitest';
import { relationsOfType } from '../helpers/extract-text.js';

const title = 'Diplomats told to leave';
const expelled = (body: string) => relationsOfType('EXPELLED', title, body).sort();

describe('people listed after an expulsion', () => {
  it('join it behind a lead of their own', () => {
    expect(
      expelled(
        'Moldova expelled five Russian diplomats on Monday. Among them are the military attaché Ivan Petrov and his assistant Sergei Ivanov.',
      ),
    ).toEqual(['Moldova EXPELLED Ivan Petrov', 'Moldova EXPELLED Russia', 'Moldova EXPELLED Sergei Ivanov']);
    expect(
      expelled(
        'Estonia has declared three Belarusian diplomats persona non grata.\n\nThey include consul Pavel Markov and first secretary Anna Orlova.',
      ),
    ).toEqual(['Estonia EXPELLED Anna Orlova', 'Estonia EXPELLED Belarus', 'Estonia EXPELLED Pavel Markov']);
    expect(
      expelled('Latvia expelled two Russian diplomats. The diplomats are Oleg Smirnov and Ivan Petrov.'),
    ).toEqual(['Latvia EXPELLED Ivan Petrov', 'Latvia EXPELLED Oleg Smirnov', 'Latvia EXPELLED Russia']);
  });

  it('join it when added after the verb', () => {
    expect(
      expelled(
        'Kenya ordered six UN officials to leave. Mary Wanjiru and Peter Otieno were also ordered to leave, along with Samuel Kariuki, of the UN refugee agency.',
      ),
    ).toContain('Kenya EXPELLED Samuel Kariuki');
  });

  it('never join past a verb or a preposition, too late, or behind a noun not spoken of', () => {
    const no = (body: string, name: string) =>
      expect(expelled(body).some((r) => r.endsWith(`EXPELLED ${name}`))).toBe(false);
    no('Poland expelled two Russian diplomats. They were accused by John Smith of spying.', 'John Smith');
    no(
      'Poland expelled two Russian diplomats. They are close to Ivan Petrov, a Kremlin aide.',
      'Ivan Petrov',
    );
    no('Poland expelled two Russian diplomats. The ministers are John Smith and Ivan Petrov.', 'Ivan Petrov');
    no(
      'Poland expelled two Russian diplomats. Officials said the move was justified. Analysts warned of a reply. Among them are John Smith and Ivan Petrov.',
      'Ivan Petrov',
    );
    no(
      'Poland expelled two Russian diplomats on Friday. Among those who condemned it were John Smith and Ivan Petrov.',
      'Ivan Petrov',
    );
  });
});
