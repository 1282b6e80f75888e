// Bodies named after a lower-case noun of their kind, on invented text (described-bodies.ts): "diamond
// miner X", "the militant group X", "Arms exporter X" make X an organisation, and its later uses alone too;
// a person after a noun that may be a person's ("arms trader", "bomb maker"), a date, a title and a place
// are no such body.
import { describe, expect, it } from 'vitest';
import { extract, namesOf } from '../helpers/extract-text.js';

describe('a body named after a noun of its kind', () => {
  it('when a firm of unknown name follows "miner", "manufacturer" or "firm", then it is an organisation', () => {
    const d = extract(
      [
        'New sanctions',
        'The measures target gold miner Vostrazoloto, engine manufacturer Tarkelmash and logistics firm Brenvik.',
        'Tarkelmash said it would challenge the decision in court.',
      ].join('\n'),
    );
    expect(namesOf(d, 'Organization')).toEqual(
      expect.arrayContaining(['Vostrazoloto', 'Tarkelmash', 'Brenvik']),
    );
    expect(d.entities.find((e) => e.name === 'Tarkelmash')?.mentions.length).toBe(2);
  });

  it('when a group follows "the militant group" or a sentence opens with its kind, then it is an organisation', () => {
    const d = extract(
      [
        'Attack claimed',
        'The militant group Harkat Qalandar claimed the attack on Sunday.',
        'Arms exporter Zelvatech was also named in the order.',
      ].join('\n'),
    );
    expect(namesOf(d, 'Organization')).toEqual(expect.arrayContaining(['Harkat Qalandar', 'Zelvatech']));
  });

  it('when a person follows a noun that may be a person’s, or a date follows the noun, then there is no body', () => {
    const d = extract(
      [
        'Plot uncovered',
        'Police said an arms trader Dmitar Velkov and a bomb maker Ahmed Rahimi were arrested.',
        'A rebel group Monday said it had no part in the plot.',
      ].join('\n'),
    );
    expect(namesOf(d, 'Organization')).toEqual([]);
    expect(namesOf(d, 'Person')).toEqual(expect.arrayContaining(['Dmitar Velkov', 'Ahmed Rahimi']));
  });
});
