// Meetings in more invented newswire shapes (session 25): a passive reception with an adverb before the
// participle ("was later received by X"), a second "He met B" after "He met A" (the visitor meets B), and a
// headline's counterpart named with other title words in the body. Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const run = extractChecked;

describe('meeting shapes (session 25)', () => {
  it('"was later received by X": the host meets the guest', () => {
    const r = run(
      'Minister in Delhi',
      'Russian Foreign Minister Pavel Orlov held talks with Indian External Affairs Minister Arjun Mehta on Thursday. Orlov was later received by Indian Prime Minister Vikram Rao.',
    );
    expect(r.events('meeting')).toHaveLength(2);
    expect(r.rels).toContain('Pavel Orlov MET Vikram Rao');
  });

  it('"He met A. He also met B": both sentences\' "he" is the visitor, not A', () => {
    const r = run(
      'President in Doha',
      'Iranian President Reza Karimi arrived in Doha on Tuesday. He held talks with Emir Sheikh Hamad bin Khalid Al Thani on Wednesday. He also met Prime Minister Sheikh Faisal bin Nasser Al Thani.',
    );
    expect(r.rels).toEqual(
      expect.arrayContaining([
        'Hamad bin Khalid Al Thani MET Reza Karimi',
        'Faisal bin Nasser Al Thani MET Reza Karimi',
      ]),
    );
    expect(r.rels).not.toContain('Faisal bin Nasser Al Thani MET Hamad bin Khalid Al Thani');
  });

  it('a headline counterpart is the one person of that state the body names, whatever the title wording', () => {
    const r = run(
      'Mehta meets Saudi counterpart on G20 sidelines',
      'External Affairs Minister Arjun Mehta met Saudi Foreign Minister Prince Khalid bin Saud on Tuesday.',
    );
    expect(r.events('meeting')).toHaveLength(1);
    expect(r.rels).toContain('Arjun Mehta MET Khalid bin Saud');
  });
});
