// Envoys listed with their postings (session 28): a title with its posting run into a name ("Ambassador
// to Austria B") is that name's, in a list too, never the name's before it (relations/envoys.ts,
// role-of-name). Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { relationsOfType } from '../helpers/extract-text.js';

const envoys = (body: string) => relationsOfType('AMBASSADOR_TO', 'Envoys gather', body);

describe('a list of titles each run into its name', () => {
  it.each([
    'The minister held talks with Ambassador to Chile Pedro Alves, Ambassador to Peru Marta Sousa, Ambassador to Ghana Rui Costa and Ambassador to Kenya Ana Lima.',
    'The minister held talks with the Ambassador to Chile Pedro Alves, the Ambassador to Peru Marta Sousa, the Ambassador to Ghana Rui Costa and the Ambassador to Kenya Ana Lima.',
    'The minister received Portuguese Ambassador to Chile Pedro Alves, Ambassador to Peru Marta Sousa, Ambassador to Ghana Rui Costa and Ambassador to Kenya Ana Lima on Tuesday.',
  ])('"%s": each name its own posting', (body) => {
    const r = envoys(body);
    expect(r).toEqual(
      expect.arrayContaining([
        'Pedro Alves AMBASSADOR_TO Chile',
        'Marta Sousa AMBASSADOR_TO Peru',
        'Rui Costa AMBASSADOR_TO Ghana',
        'Ana Lima AMBASSADOR_TO Kenya',
      ]),
    );
    for (const wrong of [
      'Pedro Alves AMBASSADOR_TO Peru',
      'Marta Sousa AMBASSADOR_TO Ghana',
      'Rui Costa AMBASSADOR_TO Kenya',
    ])
      expect(r).not.toContain(wrong);
  });

  it('keeps the apposition after a name in a list of name-and-role pairs', () => {
    const r = envoys(
      'The minister received Pedro Alves, ambassador to Chile, Marta Sousa, ambassador to Peru, and Rui Costa.',
    );
    expect(r).toEqual(
      expect.arrayContaining(['Pedro Alves AMBASSADOR_TO Chile', 'Marta Sousa AMBASSADOR_TO Peru']),
    );
    expect(r).not.toContain('Rui Costa AMBASSADOR_TO Peru');
  });

  it('gives a lone apposition to its name when no name follows the posting', () => {
    expect(envoys('Pedro Alves, ambassador to Chile, said the talks went well.')).toContain(
      'Pedro Alves AMBASSADOR_TO Chile',
    );
  });

  it('gives no posting to a deputy in the list', () => {
    const r = envoys(
      'The minister met Ambassador to Chile Pedro Alves and Deputy Ambassador to Peru Marta Sousa.',
    );
    expect(r).toContain('Pedro Alves AMBASSADOR_TO Chile');
    expect(r).not.toContain('Marta Sousa AMBASSADOR_TO Peru');
    expect(r).not.toContain('Pedro Alves AMBASSADOR_TO Peru');
  });
});
