// Credentials (session 36): a ceremony told as a head of state welcoming or receiving new envoys, the
// credentials named in the headline or a sentence just after ("X welcomed 11 envoys at State House. The
// seven envoys were A from Chile, …"; "King X received a number of foreign ambassadors at the palace.
// The diplomats were there to present their credentials. … These included A from Peru"). The envoys a later
// list names meet the host. Not when no sentence near it nor the headline names credentials (a briefing
// for ambassadors), nor when the one who welcomes is no person. Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { extractChecked, metPairs } from '../helpers/extract-text.js';

const LIST =
  'The three envoys were Rafael Quispe from Peru, Nuala Byrne from Ireland and Tomas Vidal from Chile.';
const MET = ['Ana Costa MET Nuala Byrne', 'Ana Costa MET Rafael Quispe', 'Ana Costa MET Tomas Vidal'].sort();

describe('a head of state welcoming new envoys at a credentials ceremony', () => {
  it('"welcomed 3 envoys", the credentials named in the headline only', () => {
    const body = `President Ana Costa on Tuesday welcomed 3 envoys at the presidential palace in Maputo. ${LIST}`;
    expect(metPairs('Costa receives credentials of three envoys', body)).toEqual(MET);
  });

  it('"received a number of foreign ambassadors", credentials in the next sentence, the list later', () => {
    const body = `On Monday, President Ana Costa received a number of foreign ambassadors at the palace. The diplomats came to present their letters of credence.\n\nAmong the new ambassadors were diplomats from many regions.\n\nThese included Rafael Quispe from Peru, Nuala Byrne from Ireland and Tomas Vidal from Chile.`;
    expect(metPairs('New envoys at the palace', body)).toEqual(MET);
  });

  it('"welcomes five new high commissioners" in the present, credentials in the same sentence', () => {
    const body = `President Ana Costa welcomes five newly accredited high commissioners who bring their credentials today. ${LIST.replace('three envoys', 'high commissioners')}`;
    expect(metPairs('Ceremony', body)).toEqual(MET);
  });

  it('one ceremony: the host alone when no list follows', () => {
    const { d } = extractChecked(
      'Credentials',
      'President Ana Costa welcomed several new ambassadors at State House on Friday. They presented their credentials.',
    );
    const meetings = d.events.filter((e) => e.type === 'meeting');
    expect(meetings.length).toBe(1);
  });
});

describe('not a credentials ceremony', () => {
  it('no credentials named: a briefing for ambassadors is not this ceremony', () => {
    const body = `Foreign Minister Ana Costa received a group of ambassadors on Tuesday for a briefing on the elections. ${LIST}`;
    const { d } = extractChecked('Briefing for diplomats', body);
    expect(d.events.filter((e) => e.rule === 'events/meetings-calls:credentials-welcomed')).toEqual([]);
  });

  it('credentials named far after the welcome do not make it one', () => {
    const body = `President Ana Costa welcomed several ambassadors to a dinner on Monday. She spoke of trade. She spoke of roads. She spoke of schools.\n\nLast year ambassadors presented credentials in March.`;
    const { d } = extractChecked('Dinner', body);
    expect(d.events.filter((e) => e.rule === 'events/meetings-calls:credentials-welcomed')).toEqual([]);
  });

  it('a state or ministry that welcomes envoys is no host', () => {
    const body = `Mozambique welcomed 11 envoys who presented credentials on Thursday. ${LIST}`;
    const { d } = extractChecked('Envoys', body);
    expect(d.events.filter((e) => e.rule === 'events/meetings-calls:credentials-welcomed')).toEqual([]);
  });
});
