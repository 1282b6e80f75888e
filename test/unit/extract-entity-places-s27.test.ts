// Places met in session 27, on invented text: unknown names listed after a preposition of place
// ("from Tigray and Amhara", entities/coordinated-places.ts).
import { describe, expect, it } from 'vitest';
import { extract, namesOf } from '../helpers/extract-text.js';

const places = (d: ReturnType<typeof extract>) => namesOf(d, 'Place');

describe('places listed after a preposition', () => {
  it('when two unknown names are joined by "and" after "from", then each is a place', () => {
    const d = extract(
      ['Talks held', 'Elders from Tigray and Amhara attended the talks on Monday.'].join('\n'),
    );
    expect(places(d)).toEqual(expect.arrayContaining(['Tigray', 'Amhara']));
  });

  it('when a list of unknown names after "near" ends the sentence, then each is a place', () => {
    const d = extract(['Shelling reported', 'Shelling went on near Kupiansk and Vuhledar.'].join('\n'));
    expect(places(d)).toEqual(expect.arrayContaining(['Kupiansk', 'Vuhledar']));
  });

  it('when the list runs on into a company name, then it names no place', () => {
    const d = extract(['Career', 'He worked in Hollis and Drexmoor Holdings for a decade.'].join('\n'));
    expect(places(d)).not.toContain('Hollis');
    expect(places(d)).not.toContain('Drexmoor');
  });

  it('when a known first name is in the list, then the list names no place', () => {
    const d = extract(['Visit', 'Letters came from Maria and Tomasz on Friday.'].join('\n'));
    expect(places(d)).not.toContain('Tomasz');
  });
});
