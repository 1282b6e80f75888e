// A body reports a person's act and a judging participle follows ("A Foreign Ministry statement said
// Ambassador X had shown …, describing … as “…”"): the person judges, not the body; not when the person
// is acted on, the participle's object is a person, the participle goes on with the report ("adding")
// or a person reports.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const LEAD =
  'LIMA — Peru summoned the Chilean ambassador on Tuesday over remarks about the fishing dispute near Tacna.\n\n';

function speakers(sentence: string): string[] {
  const { d, name } = extractChecked('Peru summons Chilean envoy', `${LEAD}${sentence}`);
  return d.statements.map((s) => (s.speaker ? name(s.speaker) : '-'));
}

describe('a judging participle after a reported clause whose subject is a person acting', () => {
  it.each([
    'A Foreign Ministry statement said Ambassador Carla Munoz had shown understanding for the Peruvian position, describing the talks as “frank and useful”.',
    'The Peruvian Foreign Ministry said in a statement that Carla Munoz had rejected the accusations, calling them “a misunderstanding”.',
    'A Foreign Ministry statement said on Tuesday Carla Munoz expressed regret over the incident, describing it as “deeply unfortunate”.',
  ])('when "%s", then the person speaks', (sentence) => {
    expect(speakers(sentence)).toEqual(['Carla Munoz']);
  });

  it.each([
    [
      'the person is acted on',
      'A Foreign Ministry statement said Carla Munoz had been summoned, describing her remarks as “unacceptable”.',
    ],
    [
      'the participle goes on with the report',
      'A Foreign Ministry statement said Carla Munoz had arrived in Lima, adding that Peru “will not be intimidated”.',
    ],
    [
      'a person reports',
      'Foreign Minister Javier Gonzalez said Carla Munoz had met him on Monday, describing the meeting as “frank”.',
    ],
  ])('when %s, then the person in the clause does not speak', (_why, sentence) => {
    expect(speakers(sentence)).not.toContain('Carla Munoz');
  });
});
