// A role, a comma and a name opened by an honorific ("The Governor-General, Dame X, welcomed Y", "The mayor,
// Mr X, hosted Y", "received the mayor, Sir X,"): the named person is the subject or the one met
// (clauses/honorific-names.ts), as a name with no honorific was already. Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { extractChecked, metPairs } from '../helpers/extract-text.js';

describe('an honorific opening a name set beside the subject role', () => {
  it.each([
    ['The Governor-General, Dame Cindy Kiro, welcomed King Charles at Government House.', 'Cindy Kiro'],
    ['The Governor-General, Dame Patsy Reddy, formally welcomed King Charles on Tuesday.', 'Patsy Reddy'],
    ['The mayor, Mr Sadiq Khan, hosted French President Emmanuel Macron at City Hall.', 'Sadiq Khan'],
    [
      'The Kenyan foreign minister, Dr. Alfred Mutua, received President Joko Widodo in Nairobi.',
      'Alfred Mutua',
    ],
    [
      'The emir, Sheikh Tamim bin Hamad, received Turkish President Recep Tayyip Erdogan in Doha.',
      'Tamim bin Hamad',
    ],
  ])('%s', (text, host) => {
    const pairs = metPairs('Talks', text);
    expect(pairs).toHaveLength(1);
    expect(pairs[0]).toContain(host);
  });

  it('the honorific name after the verb is the one met, not the subject', () => {
    const pairs = metPairs('Talks', 'King Charles received the mayor, Sir Sadiq Khan, at Windsor.');
    expect(pairs).toEqual(['King Charles MET Sadiq Khan']);
  });

  it('an honorific aside with no verb of meeting makes no meeting', () => {
    const { d } = extractChecked(
      'Remarks',
      'The Governor-General, Dame Cindy Kiro, said the visit was important.',
    );
    expect(d.events.filter((e) => e.type === 'meeting')).toEqual([]);
  });

  it('the expelled envoy set beside his role with "Sir" is the one expelled', () => {
    const { d } = extractChecked(
      'Expulsion',
      "Britain's ambassador, Sir Nigel Casey, was expelled by Russia on Monday.",
    );
    const names = d.events
      .filter((e) => e.type === 'expulsion')
      .flatMap((e) => e.participants.map((p) => d.entities.find((x) => x.id === p.entity)?.name));
    expect(names).toContain('Nigel Casey');
  });
});
