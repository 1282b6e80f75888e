// The states of a plural body that expels as the subject (session 25): "The foreign ministries of A, B and
// C announced the expulsion", "Authorities in A and B expelled": each state is an expeller, not only the
// last nor none. One state named ("Officials in Moscow said Russia expelled") changes nothing. Every
// sentence here is written for the test.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const expelled = (body: string) =>
  extractChecked('Diplomatic row', body)
    .rels.filter((r) => r.includes(' EXPELLED '))
    .sort();

describe('each state of a plural body expels', () => {
  it.each([
    [
      'The foreign ministries of Latvia, Lithuania and Estonia announced the expulsion of Russian diplomats.',
      ['Estonia EXPELLED Russia', 'Latvia EXPELLED Russia', 'Lithuania EXPELLED Russia'],
    ],
    [
      'Authorities in Sweden and Norway expelled Russian diplomats.',
      ['Norway EXPELLED Russia', 'Sweden EXPELLED Russia'],
    ],
    [
      'The governments of Poland and Slovakia on Monday expelled Belarusian diplomats.',
      ['Poland EXPELLED Belarus', 'Slovakia EXPELLED Belarus'],
    ],
    ['Officials in Moscow said Russia expelled two Estonian diplomats.', ['Russia EXPELLED Estonia']],
    [
      'The ministers of Italy and Spain met as France expelled two Russian diplomats.',
      ['France EXPELLED Russia'],
    ],
  ])('when "%s", then %j', (text, rels) => {
    expect(expelled(text)).toEqual(rels);
  });
});
