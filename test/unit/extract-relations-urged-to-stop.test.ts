// A demand that a party stop or undo its own act makes the one asking its critic (relations/urged-to-stop.ts):
// "urged X to stop", "called on X to respect", "demands X apologize", in a quotation its speaker; never a
// call to several parties alike, a passive, a negated verb, a request to act, another's act after "stop",
// or a demand the speaker reports from someone else. Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const critics = (title: string, body: string) =>
  extractChecked(title, body).rels.filter((x) => / CRITICIZED /.test(x));

describe('a demand to stop or undo an act', () => {
  it('reads the verb’s subject as the critic of the one asked', () => {
    expect(
      critics('Drills', 'Germany on Monday pressed Vietnam to immediately cease its military drills.'),
    ).toContain('Germany CRITICIZED Vietnam');
    expect(
      critics(
        'Strikes',
        'In a statement, the Iraqi Foreign Ministry called on Iran to respect Iraq’s sovereignty.',
      ),
    ).toContain('Iraqi Foreign Ministry CRITICIZED Iran');
    expect(critics('Row', 'Chile demanded that Peru withdraw the remarks.')).toContain(
      'Chile CRITICIZED Peru',
    );
  });

  it('reads a headline’s bare verb and a participle clause', () => {
    expect(critics('Poland demands Israel apologize for remarks', 'Talks were held in Warsaw.')).toContain(
      'Poland CRITICIZED Israel',
    );
    expect(
      critics(
        'Row',
        'Norway’s foreign minister Eva Lund spoke on Tuesday, urging Belarus to stop the flow of migrants.',
      ),
    ).toContain('Eva Lund CRITICIZED Belarus');
  });

  it('gives a quotation’s demand to its speaker', () => {
    const r = critics(
      'Envoy summoned',
      '“Our diplomacy supports Ukraine and urges Russia to stop its aggression against our neighbours,” Foreign Minister Ana Ruiz said.',
    );
    expect(r).toContain('Ana Ruiz CRITICIZED Russia');
  });

  it('takes a state’s adjective before "government"', () => {
    expect(
      critics('Bill', 'Beijing urged the Canadian government to stop meddling in its affairs.'),
    ).toContain('Beijing CRITICIZED Canada');
  });
});

describe('no demand to stop', () => {
  it('reads nothing from a call to several parties, a request to act, a passive or a negation', () => {
    const body = [
      'The United Nations urged Armenia and Azerbaijan to refrain from escalation.',
      'France urged Germany to join the coalition.',
      'Japan was urged by China to stop the release of water.',
      'India did not urge Russia to stop the war.',
      'China urged Washington not to interfere.',
      'Iran demanded that Sweden withdraw its own ambassador from Tehran.',
    ].join('\n\n');
    expect(critics('Talks', body)).toEqual([]);
  });

  it('never makes the one asked to stop another’s act its doer, nor a reported demand the speaker’s', () => {
    expect(critics('Strikes', 'Turkey urged the United Nations to stop Israel’s strikes on Gaza.')).toEqual(
      [],
    );
    expect(critics('Strikes', 'Brazil urged Argentina to stop the attacks by Chilean forces.')).toEqual([]);
    const r = critics(
      'Shelling',
      '“The European Union urged Russia to stop the shelling,” Ukrainian Foreign Minister Ana Ruiz said.',
    );
    expect(r).not.toContain('Ana Ruiz CRITICIZED Russia');
    const both = critics(
      'Shelling',
      '“The EU and Japan have once again urged Russia to stop the shelling,” Foreign Minister Ana Ruiz said.',
    );
    expect(both).not.toContain('Ana Ruiz CRITICIZED Russia');
  });
});
