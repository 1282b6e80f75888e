// An act named before its doer may name him after "attributed to", "credited to" or "ascribed to" as
// well as after "by" or "of" ("condemned the statements attributed to President X", "rejected remarks
// credited to the foreign minister X", "the comments ascribed to X were condemned by Y"): he is the
// target. An attributed act that is praised, thanked for or only doubted names no target. Every sentence
// is invented.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const criticized = (body: string) =>
  extractChecked('Diplomatic row', body).rels.filter((r) => r.includes(' CRITICIZED '));

describe('acts attributed to their doer', () => {
  it('reads the doer after attributed, credited or ascribed to', () => {
    expect(
      criticized(
        'Algeria on Saturday condemned the irresponsible statements attributed to French President Emmanuel Macron.',
      ),
    ).toEqual(['Algeria CRITICIZED Emmanuel Macron']);
    expect(
      criticized('Mali rejected the hostile remarks credited to French Foreign Minister Jean-Yves Le Drian.'),
    ).toEqual(['Mali CRITICIZED Jean-Yves Le Drian']);
    expect(
      criticized('Kenya has denounced the comments ascribed to US Ambassador Meg Whitman on Tuesday.'),
    ).toEqual(['Kenya CRITICIZED Meg Whitman']);
    expect(
      criticized(
        'Zambia criticised allegations attributed to Zimbabwean Justice Minister Patrick Chinamasa.',
      ),
    ).toEqual(['Zambia CRITICIZED Patrick Chinamasa']);
  });

  it('reads an objection and a passive', () => {
    expect(
      criticized(
        'Peru lodged a formal protest over the comments attributed to Colombian President Gustavo Petro.',
      ),
    ).toEqual(['Peru CRITICIZED Gustavo Petro']);
    expect(
      criticized(
        'The remarks attributed to Turkish President Recep Tayyip Erdogan were condemned by Greece.',
      ),
    ).toEqual(['Greece CRITICIZED Recep Tayyip Erdogan']);
  });

  it('reads no criticism of a praised or doubted attributed act', () => {
    expect(criticized('Kenya welcomed the remarks attributed to US Ambassador Meg Whitman.')).toEqual([]);
    expect(criticized('Peru thanked Colombia for the statements attributed to Gustavo Petro.')).toEqual([]);
    expect(criticized('The quotation attributed to Gustavo Petro was fake, Peru said on Monday.')).toEqual(
      [],
    );
  });
});
