// "Enterprise" heads a state company's name as "Company" does (lexicon.ts ORG_HEADS): "the Kestrel Oil and Gas
// Enterprise", "the Ruritania Pearl Enterprise"; a lower-case enterprise, or the word inside a phrase of no
// body, names none. Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const orgs = (body: string) =>
  extractChecked('Statement issued', body)
    .names.filter((n) => n.startsWith('Organization '))
    .map((n) => n.slice(13));

describe('a state company named by "Enterprise"', () => {
  it.each([
    [
      'Washington barred dealings with the Kestrel Oil and Gas Enterprise (KOGE) on Tuesday.',
      'Kestrel Oil and Gas Enterprise',
    ],
    ['The Ruritania Pearl Enterprise was added to the list as well.', 'Ruritania Pearl Enterprise'],
  ])('is an organisation: %s', (body, name) => {
    expect(orgs(body)).toContain(name);
  });

  it('a lower-case enterprise, or the word in a day\u2019s name, is none', () => {
    expect(
      orgs('The mill is a private enterprise run by a family. Free Enterprise Day fell on Monday.'),
    ).toEqual([]);
  });
});
