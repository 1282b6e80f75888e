// An envoy posted to a body of states ("Ambassador to the UN", "Permanent Representative at NATO", "envoy to
// the OSCE") is AMBASSADOR_TO that body, read as the role-of-name rule reads a posting to a country: a title
// before the name, an apposition after it, or "named X as …". Offices of one state after "at" (an embassy, a
// ministry) are no posting, nor a body after "in". Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { relationsOfType } from '../helpers/extract-text.js';

const envoys = (body: string) => relationsOfType('AMBASSADOR_TO', 'Diplomats gather', body);

describe('envoys posted to a body of states', () => {
  it('reads a title before the name', () => {
    expect(envoys('Canadian Ambassador to the United Nations Marie Tremblay spoke first on Monday.')).toEqual(
      ['Marie Tremblay AMBASSADOR_TO United Nations'],
    );
    expect(envoys("Norway's ambassador to NATO, Erik Lund, said the alliance was united.")).toEqual([
      'Erik Lund AMBASSADOR_TO NATO',
    ]);
  });

  it('reads "Permanent Representative" as an envoy role, with "at" and the sender between', () => {
    expect(
      envoys('The permanent representative of Chile at the UN, Carla Vidal, rejected the draft.'),
    ).toEqual(['Carla Vidal AMBASSADOR_TO United Nations']);
    expect(
      envoys('The talks were attended by Omar Haddad, Jordan Permanent Representative to the UN.'),
    ).toEqual(['Omar Haddad AMBASSADOR_TO United Nations']);
  });

  it('reads "named X as … Representative to …"', () => {
    expect(
      envoys(
        'The president on Monday named Amina Yusuf as Ghana’s Permanent Representative to the United Nations.',
      ),
    ).toEqual(['Amina Yusuf AMBASSADOR_TO United Nations']);
  });

  it('still reads a posting to a country after a body in the role', () => {
    expect(envoys('The EU ambassador to Bolivia, Luisa Conti, was told to leave.')).toEqual([
      'Luisa Conti AMBASSADOR_TO Bolivia',
    ]);
  });

  it('gives no posting for an office of one state, a body after "in", or a deputy', () => {
    expect(envoys('Ana Ruiz, the ambassador at the Peruvian Embassy, said the talks went well.')).toEqual([]);
    expect(envoys("Chile's ambassador in the European Union, Ana Ruiz, spoke on Friday.")).toEqual([]);
    expect(envoys('Deputy Permanent Representative to the UN Karl Berg said the vote was close.')).toEqual(
      [],
    );
  });
});
