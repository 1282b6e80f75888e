// ACCUSED from a noun of accusing that names both parties (relations/accusation-nouns.ts): the owner
// ("X's allegation that Y …", "X's baseless accusations against Y") or the agent ("allegations levelled by
// X against Y", "allegations by X's President Z that Y …") accuses the party after "against" or the
// subject of the "that" clause. Negatives: no named accuser, a pronoun or a nominal after "that", a "that"
// clause with no finite verb, both parties of one side, the noun inside a quotation. Every sentence is invented.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const accused = (body: string) =>
  extractChecked('Envoy summoned', body).rels.filter((x) => / ACCUSED /.test(x));

describe('a noun of accusing with its owner or agent', () => {
  it('reads the owner and the subject of the “that” clause', () => {
    expect(
      accused('Ties worsened after Gustavo Petro’s allegation that the United States backed a coup plot.'),
    ).toContain('Gustavo Petro ACCUSED United States');
  });

  it('reads the owner and the party after “against”', () => {
    expect(
      accused('Talks stalled over Hungary’s repeated accusations against Ukraine on minority rights.'),
    ).toContain('Hungary ACCUSED Ukraine');
  });

  it('reads the agent after “by” or “levelled by”, a title before the name allowed', () => {
    expect(
      accused('Peru summoned the envoy over the accusations levelled by Bolivia against Peru on Monday.'),
    ).toContain('Bolivia ACCUSED Peru');
    expect(
      accused(
        'Tanzania rejected the allegations by Malawi’s President Peter Banda that Tanzania was training rebels.',
      ),
    ).toContain('Peter Banda ACCUSED Tanzania');
  });

  it('reads nothing without a named accuser or a named accused', () => {
    expect(accused('Officials rejected the allegations against Ukraine as baseless.')).toEqual([]);
    expect(accused('Hungary’s allegations that it had ignored the treaty were dismissed.')).toEqual([]);
    expect(accused('Hungary’s allegations that the government ignored the treaty were dismissed.')).toEqual(
      [],
    );
  });

  it('reads no “that” clause whose named subject has no finite verb after it', () => {
    expect(
      accused('Hungary’s allegations that Ukraine’s new law on languages harms minorities grew.'),
    ).toEqual([]);
  });

  it('reads no pair of one side and no noun inside a quotation', () => {
    expect(accused('Lavrov’s allegations against Moscow’s critics were repeated by Russia.')).toEqual([]);
    expect(
      accused('“We reject Hungary’s accusations against Ukraine,” the ministry said in a statement.'),
    ).toEqual([]);
  });
});
