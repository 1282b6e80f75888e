// A platform used as the medium of someone's words is never their speaker, on invented text: "Her message
// on her Instagram account said", "In a post on his X account, …", "On Telegram, her message said"; the
// platform still speaks as a company in its own name ("Instagram said").
import { describe, expect, it } from 'vitest';
import { extractChecked, speakerOf } from '../helpers/extract-text.js';

const lead = 'Irish President Catherine Connolly met the Palestinian ambassador in Dublin on Friday.';
const speaker = (credit: string) =>
  speakerOf(
    extractChecked('Envoy', `${lead}\n\n${credit} “We stand with the people of Gaza.”`).d,
    'We stand',
  );

describe('a platform named as where the words were posted', () => {
  it.each([
    'Her message on her Instagram account said:',
    'Her post on her Telegram channel read:',
    'Her statement on her Facebook page said:',
  ])('%s “…”: the owner speaks', (credit) => {
    expect(speaker(credit)).toBe('Catherine Connolly');
  });

  it.each(['On Instagram, her message said:', 'Via Telegram, a message said:'])(
    '%s “…”: never the platform',
    (credit) => {
      expect(speaker(credit)).not.toBe('Instagram');
      expect(speaker(credit)).not.toBe('Telegram');
    },
  );
});

describe('negatives', () => {
  it('a platform as the subject in its own name still speaks', () => {
    expect(speaker('Instagram said in a statement:')).toBe('Instagram');
  });
});
