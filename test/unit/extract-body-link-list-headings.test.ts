// A link list's heading after the last paragraph ("Latest posts", "Trending now", "Recent stories", "You
// might also like", "Editor's picks", server/src/extract/body.ts STOP) ends the body: the related stories'
// headlines and their bylines under it are no pull-quote and credit, and their names no entities; nor is a cookie notice however long it runs. A heading
// that pages also set above the story ("Must Read") does not end it. Every line here is written for the test.
import { describe, expect, it } from 'vitest';
import { findBody } from '../../server/src/extract/body.js';
import { extractChecked } from '../helpers/extract-text.js';

const TITLE = 'Freedonia president received in Ruritania';
const PARA =
  'President Marta Vilk, who is on a two-day state visit to Ruritania, was received on Friday by her counterpart Jonas Berg at the presidential palace.\n\nOn Thursday, President Vilk was among several visiting heads of state at a colourful celebration of the 60th anniversary of independence in the gardens of';
const LINKS = `Farmers protest fuel prices in the capital\n\nAnna Kask\n\nPolice officers charged with abuse of office\n\nPeter Tamm\n\nThis website uses cookies to improve your experience. We'll assume you're ok with this, but you can opt-out if you wish. Accept Read More`;

describe('a link list heading after the article', () => {
  it.each([
    'Latest posts',
    'Latest News',
    'Trending now',
    'Recent stories',
    'You might also like',
    "Editor's picks",
  ])('when "%s" heads related headlines with bylines, then the body ends before it', (heading) => {
    const raw = `${TITLE}\n\n${PARA}\n\n${heading}\n\n${LINKS}\n`;
    const { body } = findBody(raw, TITLE);
    expect(raw.slice(body.start, body.end)).not.toContain('Anna Kask');
    const x = extractChecked(TITLE, `${PARA}\n\n${heading}\n\n${LINKS}\n`);
    expect(x.d.statements).toEqual([]);
    expect(x.d.entities.map((e) => e.name)).not.toContain('Anna Kask');
  });

  it('when "Must Read" stands between a teaser and the story, then the story stays in the body', () => {
    const raw = `${TITLE}\n\nThe president was received on Friday.\n\nMust Read\n\n${PARA}\n\nLatest News\n\n${LINKS}\n`;
    const { work } = findBody(raw, TITLE);
    expect(work).toContain('Jonas Berg');
  });

  it('when a long cookie notice follows the last paragraph, then it is no part of the body', () => {
    const raw = `${TITLE}\n\n${PARA}\n\nThis website uses cookies to improve your experience. We'll assume you're ok with this, but you can opt-out if you wish. Accept Read More\n`;
    const { body } = findBody(raw, TITLE);
    expect(raw.slice(body.start, body.end)).not.toContain('cookies');
  });
});
