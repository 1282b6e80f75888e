// A jailing verb used as a participle before a name ("of jailed opposition leader X", "access to detained
// reporter X") says the person is held, not who holds him: the event keeps the jailed person and names no
// jailer from the clause's subject. The verb of a clause ("Russia jailed X", "Belarus has detained X")
// keeps its jailer. Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const jailed = (body: string) =>
  extractChecked('Detentions', body).rels.filter((r) => r.includes(' JAILED '));

describe('a jailing participle before a name', () => {
  it('names no jailer after a preposition or article', () => {
    expect(
      jailed('Washington imposed sanctions over the poisoning of jailed opposition leader Alexei Navalny.'),
    ).toEqual([]);
    expect(
      jailed('Moscow has denied a request for consular access to detained reporter Evan Gershkovich.'),
    ).toEqual([]);
    expect(jailed('Canada raised the case of the detained businessman Michael Spavor with China.')).toEqual(
      [],
    );
  });

  it('keeps the jailer of a jailing verb', () => {
    expect(jailed('Russia jailed US reporter Evan Gershkovich for 16 years.')).toEqual([
      'Russia JAILED Evan Gershkovich',
    ]);
    expect(jailed('Belarus has detained opposition activist Roman Protasevich.')).toEqual([
      'Belarus JAILED Roman Protasevich',
    ]);
    expect(
      jailed("The sanctions followed the Kremlin's decision to jail opposition figure Alexei Navalny."),
    ).toEqual(['Kremlin JAILED Alexei Navalny']);
    expect(jailed('Iran has arrested French tourist Benjamin Briere, the ministry said.')).toEqual([
      'Iran JAILED Benjamin Briere',
    ]);
  });
});
