// A name in a compound adjective ("the Iran-backed Hezbollah group", "the Russia-backed Wagner Group") backs
// or leads what the phrase names: the phrase's named body is the object of the verb, and the participle
// inside the compound is no verb of its own (no SUPPORTED for the sentence's subject). A verb written on
// its own still reads. Every sentence is invented.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const rels = (body: string) => extractChecked('Regional row', body).rels;

describe('names inside compound adjectives', () => {
  it('takes the body the phrase names as the object, not the name that backs it', () => {
    expect(
      rels('Saudi Arabia accused the Iran-backed Hezbollah group of smuggling weapons, the ministry said.'),
    ).toEqual(['Saudi Arabia ACCUSED Hezbollah']);
    expect(rels('Kenya accused the Russia-backed Wagner Group of looting gold in the region.')).toEqual([
      'Kenya ACCUSED Wagner Group',
    ]);
    expect(rels('Lebanon condemned the US-supported Hezbollah rivals on Tuesday.')).not.toContain(
      'Lebanon SUPPORTED Hezbollah',
    );
  });

  it('reads no support from a participle inside a compound', () => {
    expect(rels('Israel struck the Iran-backed Hezbollah group near the border.')).toEqual([]);
    expect(rels('Kenya criticised the Russia-backed Wagner Group for the raids.')).toEqual([
      'Kenya CRITICIZED Wagner Group',
    ]);
    expect(rels('Jordan welcomed the Egypt-brokered truce with Hamas.')).toEqual([]);
  });

  it('still reads the verb written on its own, and an act the name sponsored', () => {
    expect(rels('Germany backed Ukraine in the dispute, officials said.')).toEqual([
      'Germany SUPPORTED Ukraine',
    ]);
    expect(rels('Poland strongly supports Moldova, its president said.')).toContain(
      'Poland SUPPORTED Moldova',
    );
    expect(rels('India condemned the Pakistan-sponsored attack, the ministry said.')).toEqual([
      'India CRITICIZED Pakistan',
    ]);
  });
});
