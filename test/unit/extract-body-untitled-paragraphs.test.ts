// An article given without a title (extract/body.ts guesses its headline): wire copy of one-sentence
// paragraphs is read from its first paragraph, not from the one long enough to look like prose; a menu of
// short lines before it stays out. Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../server/src/extract/index.js';

const untitled = (raw: string) =>
  extractArticle({ raw, format: 'text', learned: false, meta: { published: '2025-03-12' } }).document;

describe('an article of one-sentence paragraphs given without a title', () => {
  it('when every paragraph is one short sentence, then the body starts at the first of them', () => {
    const d = untitled(
      [
        'Envoys expelled',
        '',
        'Poland expelled two Belarusian diplomats.',
        '',
        'Belarus summoned the Polish envoy.',
        '',
        'Both capitals said talks would go on, and the foreign ministry in Warsaw said the envoys had been warned twice before they were told to leave.',
      ].join('\n'),
    );
    expect(d.events.filter((e) => e.type === 'expulsion')).toHaveLength(1);
    expect(d.events.filter((e) => e.type === 'summons')).toHaveLength(1);
  });

  it('when short menu lines stand before the text, then they are not its start', () => {
    const d = untitled(
      [
        'Home',
        'World',
        'Politics',
        'Envoys expelled',
        'Freedonia expelled two Ostland diplomats on Monday, the foreign ministry said in a statement issued in the capital.',
      ].join('\n'),
    );
    expect(d.body.start).toBeGreaterThan('Home\nWorld\nPolitics\n'.length - 1);
  });
});
