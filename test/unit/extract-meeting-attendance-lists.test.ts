// A sentence whose subject is a meeting and whose verb a passive of attending or chairing ("The summit was
// attended by A, B and C", "The meeting was chaired by A and B") lists those present: they did not meet
// one another (meeting-co-mention-scope.ts). After a meeting told, they join it (meeting-attendees.ts).
// Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { extractChecked, metPairs } from '../helpers/extract-text.js';

describe('an attendance list makes no meeting among those listed', () => {
  it.each([
    'The two-day summit in Astana was attended by Kazakh President Kassym-Jomart Tokayev, Kyrgyz President Sadyr Japarov and Tajik President Emomali Rahmon.',
    'The summit from Thursday to Friday was attended by Kazakh President Kassym-Jomart Tokayev and Kyrgyz President Sadyr Japarov.',
    'The working dinner was also attended by Foreign Minister Anna Berg and Trade Minister Tomas Lind.',
    'On Monday, the talks were attended by Deputy Minister Anna Berg and Ambassador Tomas Lind.',
    'The meeting was called by the regional bloc, chaired by Dominican Prime Minister Roosevelt Skerrit, and co-chaired by Prime Minister Ralph Gonsalves.',
  ])('%s', (body) => {
    expect(metPairs('Summit', body)).toEqual([]);
  });

  it('after a meeting told, "The breakfast meeting was also attended by A and B": they join it', () => {
    const r = extractChecked(
      'Visit',
      'President Alan Mbeki met Prime Minister Joan Hale in Pretoria on Monday.\n\nThe breakfast meeting was also attended by Foreign Minister Anna Berg and Trade Minister Tomas Lind.',
    );
    expect(r.rels.filter((x) => / MET /.test(x))).toEqual(['Alan Mbeki MET Joan Hale']);
    const meetings = r.events('meeting');
    expect(meetings).toHaveLength(1);
    expect(meetings[0]!.participants.map((p) => r.name(p.entity))).toEqual(
      expect.arrayContaining(['Anna Berg', 'Tomas Lind']),
    );
  });

  it('a meeting its persons hold is still read: "A and B held a meeting that was attended by …"', () => {
    expect(
      metPairs(
        'Talks',
        'Alan Mbeki and Joan Hale held a meeting in Pretoria that was attended by their ministers.',
      ),
    ).toEqual(['Alan Mbeki MET Joan Hale']);
  });

  it('"The meeting of A and B lasted two hours" is no attendance list', () => {
    expect(
      metPairs('Talks', 'The meeting of Alan Mbeki and Joan Hale in Pretoria lasted two hours.'),
    ).toEqual(['Alan Mbeki MET Joan Hale']);
  });
});
