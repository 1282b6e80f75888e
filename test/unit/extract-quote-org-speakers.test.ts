// Quotations whose speaker is a body (a ministry, an office, an embassy), on invented text: a statement
// credited after the quotation by its issuer ("…," read a statement issued by the Foreign Office); a
// statement whose issuer the narration names ("In a statement issued by X, it was announced that “…”",
// or in the sentence before: "as indicated in a statement from the ministry. This summons “…”"); "It"
// after a sentence whose one body acts past a long opening phrase.
import { describe, expect, it } from 'vitest';
import { extract, speakerOf } from '../helpers/extract-text.js';

describe('a statement credited by its issuer', () => {
  it('when the words are followed by "read a statement issued by" a body, then the body speaks', () => {
    const d = extract(
      [
        'Norway protests remarks by minister',
        'OSLO - Norway protested on Monday against remarks by a Swedish minister during a rally in Malmo.',
        '"The remarks show a troubling disregard for the good relations between our two nations," read a statement issued by the Norwegian Foreign Ministry on Monday.',
      ].join('\n'),
    );
    expect(speakerOf(d, 'The remarks show')).toBe('Norwegian Foreign Ministry');
  });

  it('when the words are followed by an unnamed official who read a statement by a body, then the body is not the speaker', () => {
    const d = extract(
      [
        'Norway protests remarks by minister',
        'OSLO - Norway protested on Monday against remarks by a Swedish minister during a rally in Malmo.',
        '"The remarks show a troubling disregard for the good relations between our two nations," an official said after reading a statement issued by the Norwegian Foreign Ministry.',
      ].join('\n'),
    );
    expect(speakerOf(d, 'The remarks show')).not.toBe('Norwegian Foreign Ministry');
  });
});

describe('a statement whose issuer the narration names', () => {
  const lead =
    'Norway summons Swedish envoy\nOSLO - Norway summoned the Swedish ambassador on Monday over remarks by a Swedish minister.';

  it('when the sentence opens "In a statement issued by" a body and "it was announced that", then the body speaks', () => {
    const d = extract(
      `${lead}\nIn a statement issued by the Norwegian Foreign Ministry, it was announced that the envoy had been told the remarks were “deeply damaging to the trust between our nations.”`,
    );
    expect(speakerOf(d, 'deeply damaging')).toBe('Norwegian Foreign Ministry');
  });

  it('when a body issued a statement "which said" the words, then the body speaks', () => {
    const d = extract(
      `${lead}\nLater on Monday, the Norwegian Foreign Ministry issued a statement, which said that the meeting had been cancelled, as “no date could be found that suited both delegations”.`,
    );
    expect(speakerOf(d, 'no date could be found')).toBe('Norwegian Foreign Ministry');
  });

  it('when the statement is only what the words are about, with no verb of saying, then no one speaks', () => {
    const d = extract(
      `${lead}\nA statement issued by the Norwegian Foreign Ministry on the “special relationship” between the two states drew criticism in Stockholm.`,
    );
    expect(speakerOf(d, 'special relationship')).toBeUndefined();
  });

  it('when the sentence before cites "a statement from the ministry", then a quotation with no speaker of its own is the ministry’s', () => {
    const d = extract(
      `${lead}\nThe ambassador was received at the Norwegian Foreign Ministry by its director of protocol, as indicated in a statement from the ministry. This summons “follows the repeated remarks of the minister about our police and courts.”`,
    );
    expect(speakerOf(d, 'follows the repeated')).toBe('Norwegian Foreign Ministry');
  });

  it('when the sentence before cites no statement, then that quotation stays unattributed', () => {
    const d = extract(
      `${lead}\nThe ambassador was received at the Norwegian Foreign Ministry by its director of protocol, as indicated by his staff. This summons “follows the repeated remarks of the minister about our police and courts.”`,
    );
    expect(speakerOf(d, 'follows the repeated')).toBeUndefined();
  });
});

describe('"It" after a sentence whose body acts past a long opening phrase', () => {
  const head =
    'Kenya rebukes Western envoys\nNAIROBI - Kenya answered a joint statement by Western envoys on Tuesday.';

  it('when the sentence before names one body as its actor, then "It … warning against “…”" is that body’s', () => {
    const d = extract(
      `${head}\nIn a note sent to the embassies of Denmark, Norway and Sweden on Tuesday, the Kenyan Foreign Ministry, led by Cabinet Secretary Musa Wanjala, defended the police.\nIt reaffirmed the country’s commitment to the constitution while warning foreign missions against “overly hasty” statements.`,
    );
    expect(speakerOf(d, 'overly hasty')).toBe('Kenyan Foreign Ministry');
  });

  it('when the sentence before names two bodies as actors, then "It" stays unresolved', () => {
    const d = extract(
      `${head}\nIn a note sent to the embassies of Denmark, Norway and Sweden on Tuesday, the Kenyan Foreign Ministry and the Kenyan Interior Ministry defended the police.\nIt reaffirmed the country’s commitment to the constitution while warning foreign missions against “overly hasty” statements.`,
    );
    expect(speakerOf(d, 'overly hasty')).toBeUndefined();
  });
});
