// A minister's field before the holder's name is no person (entities/name-shapes.ts ORG_DOMAIN_WORD):
// "Minister of Environmental Protection and Natural Resources X", "Minister of Administrative Reform X": the
// holder is the person, the field's words are not. Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const persons = (body: string) =>
  extractChecked('Cabinet changes', body)
    .d.entities.filter((e) => e.type === 'Person')
    .map((e) => e.name)
    .sort();

describe("a title's field before the holder", () => {
  it.each([
    [
      'Deputies backed the resignation of Minister of Environmental Protection and Natural Resources Taras Hnatiuk.',
      'Taras Hnatiuk',
    ],
    ['Minister of Administrative Reform Rini Wulandari said the plan would go ahead.', 'Rini Wulandari'],
    ['He met Minister of Consumer Protection Aigerim Bekova on Monday.', 'Aigerim Bekova'],
  ])('"%s" names only %s', (text, name) => {
    expect(persons(text)).toEqual([name]);
  });
});
