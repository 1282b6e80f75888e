// Event arguments found outside the clause's first reading (session 16): a person named after a title and
// its place ("US Ambassador to Russia X", "the Foreign Minister of the Netherlands X"); a host's guest after
// the place of the welcome ("received at the Palace the visiting X") and a subject set off from its date by
// a comma ("X, on Monday received"); those present at a meeting just told ("The meeting was attended by A");
// the people of sanctions named after their sentence: one a line after a colon, beside the group the
// sanctions counted ("The officers, A and B, …"), or in a sentence of their own ("Among them are A and B",
// "A was also targeted"); the envoys of a credentials ceremony listed after it ("They are A of X", "The
// ambassadors are:" and one name a line); sanctions lists in other wordings ("Those newly-sanctioned by X
// include", "The ban targets", a verb before coordinated measures). Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { extractChecked, relationsOfType as rels } from '../helpers/extract-text.js';

describe('a person named after a title and its place', () => {
  it('when "summoned US Ambassador to Russia X", then X is summoned, not the United States', () => {
    expect(
      rels(
        'SUMMONED',
        'Envoy summoned',
        'The Russian foreign ministry summoned US Ambassador to Russia John Sullivan on Monday.',
      ),
    ).toEqual(['Russian Foreign Ministry SUMMONED John Sullivan']);
  });

  it('when "met the Foreign Minister of the Netherlands X", then X is met, not the Netherlands', () => {
    expect(
      rels(
        'MET',
        'Talks',
        'Indian External Affairs Minister Subrahmanyam Jaishankar met with the Foreign Minister of the Netherlands Wopke Hoekstra on Wednesday.',
      ),
    ).toEqual(['Subrahmanyam Jaishankar MET Wopke Hoekstra']);
  });
});

describe('a host and the guest', () => {
  it('when "received at the Palace the visiting X", then the host met X', () => {
    expect(
      rels(
        'MET',
        'Visit',
        'President Ahmed Nasser received at the Bayan Palace the visiting Chinese Foreign Minister Wang Yi.',
      ),
    ).toEqual(['Ahmed Nasser MET Wang Yi']);
  });

  it('when "X, on Monday received Y", then X is the host', () => {
    expect(
      rels(
        'MET',
        'Visit',
        'Prime Minister Omar Khaled, on Monday received in Riyadh the visiting Prime Minister of Canada Justin Trudeau.',
      ),
    ).toEqual(['Justin Trudeau MET Omar Khaled']);
  });

  it('when "was received at the airport by Y", then the place is no guest; Y is the host (session 24)', () => {
    const met = rels('MET', 'Visit', 'Ahmed Nasser was received at the airport by Omar Hassan.');
    expect(met.map((r) => r.split(' MET ').sort().join(' MET '))).toEqual(['Ahmed Nasser MET Omar Hassan']);
  });
});

describe('those present at a meeting just told', () => {
  it('when "The meeting was attended by A and B", then they join the meeting and no second one is made', () => {
    const r = extractChecked(
      'Talks',
      'Foreign Minister Ahmed Nasser met William Ruto on Monday. Ruto later flew to Paris. The talks were attended by Omar Hassan and Ali Musa.',
    );
    const meetings = r.events('meeting');
    expect(meetings).toHaveLength(1);
    expect(meetings[0]!.participants.map((p) => r.name(p.entity))).toEqual([
      'Ahmed Nasser',
      'William Ruto',
      'Omar Hassan',
      'Ali Musa',
    ]);
    expect(r.rels.filter((x) => x.includes(' MET '))).toEqual(['Ahmed Nasser MET William Ruto']);
  });
});

const SANCTIONS = 'The United States on Friday imposed sanctions on seven Iranian officials.';
const sanctioned = (body: string) =>
  rels('SANCTIONED', 'US sanctions officials', body).filter((r) => !r.endsWith(' Iran'));

describe('the people of sanctions named after their sentence', () => {
  it('when a colon ends the sanctions and one person a line follows, then each is sanctioned', () => {
    expect(
      sanctioned(
        `${SANCTIONS} The individuals sanctioned are:\n• Ali Rezaei, commander of the police\n• Hassan Karimi, head of the prison\nThe Treasury said more would follow.`,
      ),
    ).toEqual(['United States SANCTIONED Ali Rezaei', 'United States SANCTIONED Hassan Karimi']);
  });

  it('when the lines follow a colon that ends no sentence of the sanctions, then no one is sanctioned', () => {
    expect(sanctioned(`${SANCTIONS} Here is what we know:\nAli Rezaei said it was unfair.`)).toEqual([]);
  });

  it('when "The officers, A and B," follows sanctions that counted two officers, then they are sanctioned', () => {
    expect(
      sanctioned(
        'The United States on Friday imposed sanctions on dozens of people, including two officers. The Treasury Department said the two were listed. The officers, Ali Rezaei and Hassan Karimi, also ran the prisons.',
      ),
    ).toEqual(['United States SANCTIONED Ali Rezaei', 'United States SANCTIONED Hassan Karimi']);
  });

  it.each([
    'Among them are Ali Rezaei and Hassan Karimi.',
    'Those hit include Ali Rezaei and Hassan Karimi.',
    'Ali Rezaei and Hassan Karimi are among those targeted.',
    'Ali Rezaei and Hassan Karimi face asset freezes and travel bans.',
  ])('when "%s" follows the sanctions, then both are sanctioned', (next) => {
    expect(sanctioned(`${SANCTIONS} ${next}`)).toEqual([
      'United States SANCTIONED Ali Rezaei',
      'United States SANCTIONED Hassan Karimi',
    ]);
  });

  it('when "A, the police chief, was also targeted" follows the sanctions, then A is sanctioned', () => {
    expect(sanctioned(`${SANCTIONS} Ali Rezaei, the police chief, was also targeted.`)).toEqual([
      'United States SANCTIONED Ali Rezaei',
    ]);
  });

  it('when a person named after the sanctions only speaks of them, then no one is sanctioned', () => {
    expect(sanctioned(`${SANCTIONS} They are expected to appeal, Ali Rezaei said.`)).toEqual([]);
  });
});

const metHost = (body: string) =>
  rels('MET', 'Credentials', body).filter((r) => r.endsWith(' MET Samia Hassan'));

describe('the envoys of a credentials ceremony named after the sentence that told it', () => {
  const lines =
    '\n1. H.E. Mr. Ali Rezaei, Ambassador of Iran\n2. H.E. Ms. Anne Dubois, Ambassador of France\nThe President wished them success.';

  it('when "They are A of X and B of Y" follows the ceremony, then each envoy met the host', () => {
    expect(
      metHost(
        'President Samia Hassan on Monday received five new ambassadors who presented their letters of credence at State House. They are Ali Rezaei of Iran and Pierre Dubois of France.',
      ),
    ).toEqual(['Ali Rezaei MET Samia Hassan', 'Pierre Dubois MET Samia Hassan']);
  });

  it('when "The ambassadors are:" and one numbered name a line follow, then each envoy met the host', () => {
    expect(
      metHost(
        `President Samia Hassan on Monday received the credentials of new ambassadors. The ambassadors are:${lines}`,
      ),
    ).toEqual(['Ali Rezaei MET Samia Hassan', 'Anne Dubois MET Samia Hassan']);
  });

  it('when "received credentials from the following ambassadors:" and lines follow, then each envoy met the host', () => {
    expect(
      metHost(
        `President Samia Hassan on Monday received credentials from the following ambassadors:${lines}`,
      ),
    ).toEqual(['Ali Rezaei MET Samia Hassan', 'Anne Dubois MET Samia Hassan']);
  });

  it('when the sentence after the ceremony names someone who is no envoy listed, then no one else met the host', () => {
    expect(
      metHost(
        'Four new ambassadors presented their credentials to President Samia Hassan on Monday. They were later briefed by Foreign Minister Omar Musa.',
      ),
    ).toEqual([]);
  });
});

describe('sanctions lists in other wordings', () => {
  it('when "an asset freeze and travel ban on X", then the verb before the first measure gives the sanctioner', () => {
    expect(
      rels(
        'SANCTIONED',
        'Sanctions',
        'Canada has announced a full asset freeze and travel ban on Iranian police chief Ali Rezaei.',
      ),
    ).toEqual(['Canada SANCTIONED Ali Rezaei']);
  });

  it('when "Those newly-sanctioned by X include A" and "Those hit by the sanctions are B", then both are sanctioned', () => {
    expect(
      sanctioned(
        `${SANCTIONS} Those newly-sanctioned by the US include Ali Rezaei, head of the police. Those hit by the new sanctions are Hassan Karimi, head of the prison.`,
      ),
    ).toEqual(['United States SANCTIONED Ali Rezaei', 'United States SANCTIONED Hassan Karimi']);
  });

  it('when "The ban targets … A" and "officials barred from entry include B" follow an entry ban, then the ban\'s state sanctions them, not a state named since', () => {
    expect(
      rels(
        'SANCTIONED',
        'Entry bans',
        'Russia has imposed entry bans on nine officials from New Zealand. Moscow cited sanctions imposed by Wellington against Russian firms. The ban targets nine officials, including Peter Barrington, head of the ministry. Additional officials barred from entry include defence chief Anton Youngman.',
      ).filter((r) => !r.endsWith(' New Zealand') && !r.endsWith(' Russia')),
    ).toEqual(['Russia SANCTIONED Peter Barrington', 'Russia SANCTIONED Anton Youngman']);
  });
});
