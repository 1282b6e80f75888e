// A body, the words of a post, a title and a name (relations/titles.ts): "EU foreign policy chief X",
// "Google's chief executive X"; the owner's post in apposition (relations/appositions.ts): "X, Acme's chief
// executive,"; and the near reading of a verb of criticism (relations/verbs.ts) stopping at a comma.
// Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

describe('the words of a post between a body and a title', () => {
  it('makes the named holder a member of the body', () => {
    const r = extractChecked(
      'Bloc weighs response',
      'EU foreign policy chief Carla Brenner said the bloc would answer. The Nordic Council’s trade chief, Lars Ekdahl, agreed.',
    );
    expect(r.rels).toContain('Carla Brenner MEMBER_OF European Union');
    expect(r.rels).toContain('Lars Ekdahl MEMBER_OF Nordic Council');
  });

  it('makes a chief executive the head of the company', () => {
    const r = extractChecked(
      'Firm responds',
      'Veltrix Corporation’s chief executive Ana Soler said sales grew.',
    );
    expect(r.rels).toContain('Ana Soler LEADS Veltrix Corporation');
  });

  it('stops at a function word or another title: the spokesperson spoke about the president', () => {
    const r = extractChecked(
      'Seoul protests',
      'Seoul protested the remarks by the Russian Foreign Ministry spokesperson about President Park Min-jun.',
    );
    expect(r.rels.filter((x) => x.startsWith('Park Min-jun '))).toEqual([]);
  });
});

describe('an executive of a body in apposition', () => {
  it('makes "X, Acme’s chief executive," a member of the company', () => {
    const r = extractChecked(
      'Firm responds',
      'Ana Soler, Veltrix Corporation’s chief executive, said sales grew.',
    );
    expect(r.rels).toContain('Ana Soler MEMBER_OF Veltrix Corporation');
  });
});

describe('the near reading of a verb of criticism', () => {
  it('does not take the speaker after the object’s comma as the one criticised', () => {
    const r = extractChecked(
      'Moscow condemns sanctions',
      'The Russian Foreign Ministry condemned the sanctions, Deputy Foreign Minister Pavel Orlov said on Monday.',
    );
    expect(r.rels).not.toContain('Russian Foreign Ministry CRITICIZED Pavel Orlov');
  });
});
