// A judged act that opens the judged clause names its doer after "of" or "by" for acts of asking and of
// travelling too ("the appeals of the EU leaders … are a clear interference", "the visit by X was a
// provocation", "the trip by X to Israel was a mistake"), in reported speech and in quotations. A judged
// act that was undergone ("calls by X were ignored") or praised names no target. Every sentence is invented.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const criticized = (body: string) =>
  extractChecked('Reactions', body).rels.filter((r) => r.includes(' CRITICIZED '));

describe('acts of asking and travelling as judged subjects', () => {
  it('reads reported speech', () => {
    expect(
      criticized(
        'Russian Foreign Minister Sergei Lavrov spoke about Macedonia. He said that the appeals of the EU leaders to vote in the referendum are a clear interference.',
      ),
    ).toEqual(['Sergei Lavrov CRITICIZED European Union']);
    expect(
      criticized(
        'Chinese foreign ministry spokesman Zhao Lijian said the visit by Nancy Pelosi was a provocation.',
      ),
    ).toEqual(['Zhao Lijian CRITICIZED Nancy Pelosi']);
    expect(
      criticized(
        'Brazilian President Luiz Inacio Lula da Silva said the trip by Argentine President Javier Milei to Israel was a mistake.',
      ),
    ).toEqual(['Luiz Inacio Lula da Silva CRITICIZED Javier Milei']);
  });

  it('reads a quotation', () => {
    expect(
      criticized(
        '"The visit of Prime Minister Narendra Modi was a provocation," Chinese foreign ministry spokesman Zhao Lijian said.',
      ),
    ).toEqual(['Zhao Lijian CRITICIZED Narendra Modi']);
  });

  it('reads no criticism of a praised or ignored act', () => {
    expect(
      criticized(
        '"The visit of Prime Minister Narendra Modi was a success," Chinese foreign ministry spokesman Zhao Lijian said.',
      ),
    ).toEqual([]);
    expect(
      criticized('Repeated calls by Kenya for calm were ignored, UN envoy Huang Xia said on Monday.'),
    ).toEqual([]);
  });
});
