// The host of a meeting just told, named in a sentence of its own (session 31): "The meeting was chaired
// by X", "X hosted the talks", "The summit was presided over by X": X joins that meeting as host and met
// each person of it, and those named attending it afterwards met the host too. Prospects ("The next
// meeting will be hosted by X") and two hosts are none. Every sentence here is written for the test.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const run = extractChecked;
const met = (rels: string[], a: string, b: string) =>
  rels.includes(`${a} MET ${b}`) || rels.includes(`${b} MET ${a}`);

describe('a host named apart from the meeting', () => {
  it('when "Sunday\'s talks were chaired by X" follows a meeting of A and B, then X met both', () => {
    const { rels, d, name } = run(
      'Ministers meet in Muscat',
      "Omani Foreign Minister Badr Albusaidi met Iranian Foreign Minister Abbas Araghchi in Muscat on Sunday. Sunday's talks were chaired by Sultan Haitham bin Tariq.",
    );
    expect(met(rels, 'Haitham bin Tariq', 'Badr Albusaidi')).toBe(true);
    expect(met(rels, 'Haitham bin Tariq', 'Abbas Araghchi')).toBe(true);
    const e = d.events.find((x) => x.participants.some((p) => p.role === 'host'));
    expect(e && name(e.participants.find((p) => p.role === 'host')!.entity)).toBe('Haitham bin Tariq');
  });

  it('when "X hosted the talks" follows talks of A and B, then X met both', () => {
    const { rels } = run(
      'Talks in Jeddah',
      'Saudi Crown Prince Mohammed bin Salman held talks with Ukrainian President Volodymyr Zelensky in Jeddah on Monday.\n\nSaudi Foreign Minister Faisal bin Farhan hosted the talks.',
    );
    expect(met(rels, 'Faisal bin Farhan', 'Volodymyr Zelensky')).toBe(true);
    expect(met(rels, 'Faisal bin Farhan', 'Mohammed bin Salman')).toBe(true);
  });

  it('when the summit is attended by A and B after its host is named, then A and B met the host', () => {
    const { rels } = run(
      'Leaders gather in Astana',
      'Kazakh President Kassym-Jomart Tokayev met Kyrgyz President Sadyr Japarov in Astana on Friday. The summit was hosted by Tokayev. The summit was attended by Tajik President Emomali Rahmon and Uzbek President Shavkat Mirziyoyev.',
    );
    expect(met(rels, 'Kassym-Jomart Tokayev', 'Emomali Rahmon')).toBe(true);
    expect(met(rels, 'Kassym-Jomart Tokayev', 'Shavkat Mirziyoyev')).toBe(true);
    expect(met(rels, 'Emomali Rahmon', 'Shavkat Mirziyoyev')).toBe(false);
  });
});

describe('sentences that name no host of the meeting told', () => {
  it('when the next meeting will be hosted by X, then X met no one', () => {
    const { rels } = run(
      'Ministers meet in Cairo',
      'Egyptian Foreign Minister Sameh Shoukry met Jordanian Foreign Minister Ayman Safadi in Cairo on Sunday. The next meeting will be hosted by Qatari Prime Minister Mohammed bin Abdulrahman Al Thani.',
    );
    expect(rels.filter((r) => r.includes('Mohammed bin Abdulrahman Al Thani'))).toEqual([]);
  });

  it('when two persons chaired the meeting, then no one is its host', () => {
    const { d } = run(
      'Ministers meet in Cairo',
      'Egyptian Foreign Minister Sameh Shoukry met Jordanian Foreign Minister Ayman Safadi in Cairo on Sunday. The meeting was co-chaired by Shoukry and Safadi.',
    );
    expect(d.events.some((x) => x.participants.some((p) => p.role === 'host'))).toBe(false);
  });

  it("when the host is named long after the meeting, then it is not that meeting's host", () => {
    const { rels } = run(
      'Ministers meet in Cairo',
      'Egyptian Foreign Minister Sameh Shoukry met Jordanian Foreign Minister Ayman Safadi in Cairo on Sunday. Gaza was high on the agenda. Trade was too. Both sides praised the ties. A joint statement followed.\n\nFormer minister Amr Moussa hosted the conference in 2010.',
    );
    expect(rels.filter((r) => r.includes('Amr Moussa'))).toEqual([]);
  });

  it('when the gathering hosted has a date of its own, then its host met no one of the meeting', () => {
    const { rels } = run(
      'Ministers meet in Cairo',
      'Egyptian Foreign Minister Sameh Shoukry met Jordanian Foreign Minister Ayman Safadi in Cairo on Sunday. Former minister Amr Moussa hosted the conference in 2010.',
    );
    expect(rels.filter((r) => r.includes('Amr Moussa'))).toEqual([]);
  });
});
