// People sanctioned listed after a lead of their own, with lower-case titles before later items or a
// relative clause closing an item (session 32): "The individuals include Deputy Prime Minister A and
// lawmaker B", "The officials include X leader A and police chief B", "The six include A, whose forces
// shelled Homs, and air force chief B". Every sentence here is written for the test.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const run = extractChecked;
const sanctionedBy = (rels: string[], by: string) =>
  rels.filter((r) => r.startsWith(`${by} SANCTIONED `)).map((r) => r.slice(`${by} SANCTIONED `.length));

describe('a lead then titled items', () => {
  it('when "The individuals include Deputy Prime Minister A and lawmaker B", then A and B are sanctioned', () => {
    const { rels } = run(
      'Britain widens sanctions',
      'Britain on Tuesday imposed sanctions on 14 Russian officials and businessmen.\n\nThe individuals include Deputy Prime Minister Yuri Borisov and lawmaker Andrei Turchak.',
    );
    expect(sanctionedBy(rels, 'United Kingdom')).toEqual(
      expect.arrayContaining(['Yuri Borisov', 'Andrei Turchak']),
    );
  });

  it('when "The officials include X leader A and police chief B" in the same paragraph, then A and B are sanctioned', () => {
    const { rels } = run(
      'Washington acts',
      'The U.S. on Friday sanctioned 11 Chinese and Hong Kong officials. The officials include Hong Kong leader Carrie Lam and police chief Chris Tang.',
    );
    expect(sanctionedBy(rels, 'United States')).toEqual(expect.arrayContaining(['Carrie Lam', 'Chris Tang']));
  });

  it('when "The six include A, whose forces shelled X, and air force chief B", then A and B are sanctioned', () => {
    const { rels } = run(
      'EU acts on Syria',
      'The EU announced sanctions against six Syrian officials.\n\nThe six include Defence Minister Ali Ayoub, whose forces shelled the city of Homs, and air force chief Ahmed Balloul.',
    );
    expect(sanctionedBy(rels, 'European Union')).toEqual(
      expect.arrayContaining(['Ali Ayoub', 'Ahmed Balloul']),
    );
  });

  it('when "Among them is A, who was freed in a swap, and financier B", then A and B are sanctioned', () => {
    const { rels } = run(
      'Washington acts',
      'The United States has sanctioned four Hamas officials.\n\nAmong them is senior official Musa Dudin, who was freed in a 2011 prisoner swap, and Hamas financier Abdelbasit Hamza.',
    );
    expect(sanctionedBy(rels, 'United States')).toEqual(
      expect.arrayContaining(['Musa Dudin', 'Abdelbasit Hamza']),
    );
  });
});
