// Envoys named in their appointment (entities/roles.ts, entities/postings.ts), on sentences written for
// the test: the post after the appointee ("X was named ambassador to Japan", "named X its new envoy to
// Spain", "X, a former minister, will be appointed ambassador to Israel", "as the next US ambassador to
// China"), a head of mission's full title and a state's formal name ("Ambassador Extraordinary and
// Plenipotentiary to the Republic of Guinea"), high commissioners, and postings told without the role
// word in a sentence about envoys. Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const envoys = (body: string) =>
  extractChecked('Envoys named', body).rels.filter((x) => / AMBASSADOR_TO /.test(x));

describe('an envoy named in an appointment', () => {
  it('takes the post after the appointee', () => {
    expect(envoys('Rahm Emanuel was named ambassador to Japan.')).toEqual([
      'Rahm Emanuel AMBASSADOR_TO Japan',
    ]);
    expect(envoys('Mexico named Laura Perez its new envoy to Spain.')).toEqual([
      'Laura Perez AMBASSADOR_TO Spain',
    ]);
    expect(envoys('The Senate confirmed Nicholas Burns as the next US ambassador to China.')).toEqual([
      'Nicholas Burns AMBASSADOR_TO China',
    ]);
    expect(
      envoys('Tom Nides, a former deputy secretary of state, will be appointed ambassador to Israel.'),
    ).toEqual(['Tom Nides AMBASSADOR_TO Israel']);
  });

  it('reads a full title and a formal name of the state', () => {
    expect(
      envoys(
        'The nominees are: Julie Chung, for Ambassador Extraordinary and Plenipotentiary to the Democratic Socialist Republic of Sri Lanka; Sharon L. Cromer, for US Ambassador to the Republic of The Gambia.',
      ),
    ).toEqual(['Julie Chung AMBASSADOR_TO Sri Lanka', 'Sharon L. Cromer AMBASSADOR_TO Gambia']);
  });

  it('reads a high commissioner as an envoy', () => {
    expect(
      envoys('Kenya has appointed Jane Doe as its new high commissioner to the United Kingdom.'),
    ).toEqual(['Jane Doe AMBASSADOR_TO United Kingdom']);
  });

  it('gives no post to a name the appointment does not follow', () => {
    expect(envoys('Rahm Emanuel met the ambassador to Japan on Friday.')).toEqual([]);
  });
});

describe('a posting without the role word', () => {
  it('is an envoy’s when the sentence speaks of envoys', () => {
    expect(envoys('Among the non-career ambassadors, Grace Bent was posted to Togo.')).toEqual([
      'Grace Bent AMBASSADOR_TO Togo',
    ]);
  });

  it('is no one’s when the sentence does not', () => {
    expect(
      envoys(
        'The president approved 65 ambassadors. Former Minister of Health Isaac Adewole was posted to Canada.',
      ),
    ).toEqual([]);
  });
});
