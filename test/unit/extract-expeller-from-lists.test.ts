// A passive expulsion that lists the states its diplomats were expelled from (session 44,
// events/expeller-from-lists.ts): "X diplomats have been expelled from A, B and C", "… from countries such
// as A and B", "… from several states, including A and B", "… from A, B as well as C": every listed state
// expels X. Not the places diplomats were posted in, not "from the country", not a state that opens the
// next clause. Every sentence here is written for the test.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const expelled = (body: string) =>
  extractChecked('Diplomatic row', body)
    .rels.filter((r) => r.includes(' EXPELLED '))
    .sort();

describe('a passive expulsion listing the states the diplomats were expelled from', () => {
  it.each([
    [
      'Russian diplomats have been expelled from Norway, Estonia, Croatia and Sweden.',
      [
        'Croatia EXPELLED Russia',
        'Estonia EXPELLED Russia',
        'Norway EXPELLED Russia',
        'Sweden EXPELLED Russia',
      ],
    ],
    [
      'Iranian envoys were expelled from countries such as Belgium, Latvia and Denmark.',
      ['Belgium EXPELLED Iran', 'Denmark EXPELLED Iran', 'Latvia EXPELLED Iran'],
    ],
    [
      'Dozens of Belarusian diplomats were expelled from several states, including Poland, Lithuania and Ireland, in May.',
      ['Ireland EXPELLED Belarus', 'Lithuania EXPELLED Belarus', 'Poland EXPELLED Belarus'],
    ],
    [
      'Chinese diplomats have been expelled from Canada, Australia as well as Japan.',
      ['Australia EXPELLED China', 'Canada EXPELLED China', 'Japan EXPELLED China'],
    ],
    [
      'Syrian diplomats were expelled from EU states, among them Austria and Portugal.',
      ['Austria EXPELLED Syria', 'Portugal EXPELLED Syria'],
    ],
  ])('when "%s", then %j', (text, rels) => {
    expect(expelled(text)).toEqual(rels);
  });

  it.each([
    // One state, then a clause of its own.
    [
      'Russian diplomats were expelled from Norway, and Finland said it would follow.',
      ['Norway EXPELLED Russia'],
    ],
    // The expeller named with "by": the places listed are no expellers.
    ['Russian diplomats were expelled from Oslo, Bergen and Tromso by Norway.', ['Norway EXPELLED Russia']],
  ])('when "%s", then only %j', (text, rels) => {
    expect(expelled(text)).toEqual(rels);
  });

  it.each([
    'Russian diplomats previously posted in France, Germany and Italy were honoured at a ceremony.',
    'The Russian diplomat was expelled from the country last week.',
    'Russian diplomats from Norway, Estonia and Sweden met in Oslo.',
    // Active: the states listed send no one out; Russia does.
    'Russia expelled diplomats from countries such as Poland, Latvia and Estonia.',
  ])('when "%s", then no listed state expels', (text) => {
    expect(expelled(text).filter((r) => / EXPELLED Russia$/.test(r))).toEqual([]);
  });
});
