// A list whose items are separated by semicolons ("A, head of X; B, a deputy minister; and C") runs past
// the ";" that ends the verb's clause: every item is the verb's object, in every family that reads an
// object through the noun phrase (sanctions, expulsions). A name after a ";" that opens a new clause
// ("A; B said …", "A, a judge; the ministry said …") is no item. Every sentence here is written for the test.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const rels = (body: string, type: string) =>
  extractChecked('News', body).rels.filter((r) => r.includes(` ${type} `));

describe('a semicolon list after the verb', () => {
  it('when the items carry descriptions, then each one is sanctioned', () => {
    expect(
      rels(
        'The U.S. Treasury Department on Wednesday sanctioned Mario Quintero, head of the army; Lucia Fernandez Soto, a deputy minister; and Pablo Ruiz, governor of Lara state.',
        'SANCTIONED',
      ),
    ).toEqual([
      'Treasury Department SANCTIONED Mario Quintero',
      'Treasury Department SANCTIONED Lucia Fernandez Soto',
      'Treasury Department SANCTIONED Pablo Ruiz',
    ]);
  });

  it('when the items are bare names, then each one is sanctioned', () => {
    expect(
      rels(
        'The U.S. Treasury Department on Thursday sanctioned Hugo Salas; Lina Torres; and Raul Vega.',
        'SANCTIONED',
      ),
    ).toEqual([
      'Treasury Department SANCTIONED Hugo Salas',
      'Treasury Department SANCTIONED Lina Torres',
      'Treasury Department SANCTIONED Raul Vega',
    ]);
  });

  it('when the verb is an expulsion, then each item is expelled', () => {
    expect(
      rels(
        'Moldova on Monday expelled Ivan Petrov, a first secretary; Oleg Sokolov, an attache; and Pavel Orlov, a driver.',
        'EXPELLED',
      ),
    ).toEqual([
      'Moldova EXPELLED Ivan Petrov',
      'Moldova EXPELLED Oleg Sokolov',
      'Moldova EXPELLED Pavel Orlov',
    ]);
  });

  it.each([
    [
      'The United States sanctioned Juan Perez; Ana Gomez said the move was unfair.',
      'United States',
      'Juan Perez',
    ],
    ['Canada sanctioned Luis Vega, a judge; the ministry said more would follow.', 'Canada', 'Luis Vega'],
    ['Canada sanctioned Luis Vega; Marta Ruiz, his lawyer, called it unjust.', 'Canada', 'Luis Vega'],
  ])('when a new clause follows the ";" ("%s"), then only the object is sanctioned', (body, by, who) => {
    expect(rels(body, 'SANCTIONED')).toEqual([`${by} SANCTIONED ${who}`]);
  });
});
