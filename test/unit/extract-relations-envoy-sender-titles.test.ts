// A head of mission's title before the name may name the sending state between role and posting ("the
// ambassador of Indonesia to Ghana, Dr X", "the ambassador of the Russian Federation in Chisinau, X"), and
// an honorific may stand between the comma and the name ("…to Kenya, H.E. X"): the name is AMBASSADOR_TO
// the posting. Not a deputy's, and not the subject of the main clause after a fronted phrase ending in the
// role ("After talks with the ambassador of France in Berlin, Dr X said"). Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { relationsOfType } from '../helpers/extract-text.js';

const envoys = (body: string) => relationsOfType('AMBASSADOR_TO', 'Envoys', body);

describe('envoy titles naming the sending state before the posting', () => {
  it('reads "the ambassador of A to B, Dr X" as X AMBASSADOR_TO B', () => {
    expect(
      envoys(
        'President John Mahama on Tuesday received the credentials of the ambassador of Indonesia to Ghana, Dr Usura Harahap, at the palace.',
      ),
    ).toEqual(['Usura Harahap AMBASSADOR_TO Ghana']);
  });

  it('reads a capital posting as its country, the sender a multi-word state', () => {
    expect(
      envoys(
        'Moldova protested. The minister ordered the summoning of the ambassador of the Russian Federation in Chisinau, Oleg Vasnetsov.',
      ),
    ).toEqual(['Oleg Vasnetsov AMBASSADOR_TO Moldova']);
  });

  it('reads "Ambassador of the Republic of Korea to Kenya, H.E. X" and "envoy of Brazil to Peru Mr. X"', () => {
    expect(
      envoys(
        'The Ambassador of the Republic of Korea to Kenya, H.E. Kim Min-soo, paid a courtesy call on the governor.',
      ),
    ).toEqual(['Kim Min-soo AMBASSADOR_TO Kenya']);
    expect(
      envoys('Speaking in Lima, the envoy of Brazil to Peru Mr. Paulo Ramos praised the accord.'),
    ).toEqual(['Paulo Ramos AMBASSADOR_TO Peru']);
  });

  it('reads an honorific after the comma of a plain posting ("Ambassador to Spain, Dr. X")', () => {
    expect(envoys('The Ambassador to Spain, Dr. Ana Ruiz, spoke to reporters.')).toEqual([
      'Ana Ruiz AMBASSADOR_TO Spain',
    ]);
  });

  it('gives no deputy a mission, and no main-clause subject after a fronted phrase', () => {
    expect(envoys('The deputy ambassador of Chile to Spain, Dr Ana Ruiz, spoke to reporters.')).toEqual([]);
    expect(
      envoys('After talks with the ambassador of France in Berlin, Dr Olaf Scholz said ties were strong.'),
    ).toEqual([]);
    expect(envoys('After talks with the ambassador in Berlin, Olaf Scholz said ties were strong.')).toEqual(
      [],
    );
    expect(envoys('He was an ambassador of long standing in Paris, Jean Dupont recalled.')).toEqual([]);
  });
});
