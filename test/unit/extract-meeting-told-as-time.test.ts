// A meeting told before, set as a point in time ("After the meeting, A and C travelled to …", "Following the
// talks, A and C toured …"), gives the sentence's persons no meeting (meeting-co-mention.ts): they are not
// its parties. A meeting word with parties of its own ("since the meeting between A and B"), or one no
// sentence before told, is still read. Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const met = (rels: string[]) => rels.filter((x) => / MET /.test(x));

describe('"After the meeting, A and C …" after a meeting told', () => {
  it.each([
    'After the meeting, President Alan Mbeki and his adviser Jane Okafor travelled to Mombasa.',
    'Following the talks, Alan Mbeki and the first lady, Jane Okafor, toured the old town.',
    'Before this meeting, Alan Mbeki and Jane Okafor laid a wreath at the memorial.',
  ])('%s', (second) => {
    const r = extractChecked('Visit', `Alan Mbeki met business leaders in Nairobi on Monday.\n\n${second}`);
    expect(met(r.rels).filter((x) => /Jane Okafor/.test(x))).toEqual([]);
  });

  it('a meeting word with its own parties is read: "since the meeting between A and B"', () => {
    const r = extractChecked(
      'Visit',
      'Alan Mbeki met business leaders in Nairobi on Monday.\n\nTrade has grown since the meeting between Kenyan President William Ruto and Ghanaian President John Mahama in May, Alan Mbeki said.',
    );
    expect(met(r.rels)).toEqual(['John Mahama MET William Ruto']);
  });

  it('the meeting told before takes its own parties again', () => {
    const r = extractChecked(
      'Visit',
      'Alan Mbeki met William Ruto in Nairobi on Monday.\n\nAfter the meeting, Alan Mbeki and William Ruto signed a trade deal.',
    );
    expect(r.events('meeting')).toHaveLength(1);
    expect(met(r.rels)).toHaveLength(1);
  });
});
