// Hosts of a passive verb of hosting told after where and when (session 32): "X was received on arrival at
// the airport by Y", "X was officially received Friday morning by Y", "X was welcomed at the “Name”
// International Airport (near the capital) by Y"; the traveller of "X was received on arrival at P" (the
// passive's subject is the guest), also after a fronted time ("Earlier in the day, X …"). Every sentence
// here is written for the test.
import { describe, expect, it } from 'vitest';
import { metPairs, relationsOfType } from '../helpers/extract-text.js';

const title = 'Visitor arrives';

describe('the agent of a passive verb of hosting after a longer gap', () => {
  it('is read past "on arrival at" a named airport', () => {
    expect(
      metPairs(
        title,
        'Foreign Minister Oskar Valberg was received on arrival at the Narvik International Airport by State Secretary Tamsin Orloff.',
      ),
    ).toEqual(['Oskar Valberg MET Tamsin Orloff']);
  });

  it('is read past a bare day and time', () => {
    expect(
      metPairs(
        title,
        'President Oskar Valberg was officially received Thursday afternoon by his Estonian counterpart Tamsin Orloff at the Kadriorg Palace.',
      ),
    ).toEqual(['Oskar Valberg MET Tamsin Orloff']);
  });

  it('is read past a quoted name and a parenthesis', () => {
    expect(
      metPairs(
        title,
        'President Oskar Valberg was welcomed at the “Juhan Smuul” International Airport (Harju county, near Tallinn) by Vice President Tamsin Orloff.',
      ),
    ).toEqual(['Oskar Valberg MET Tamsin Orloff']);
    expect(
      metPairs(
        title,
        'King Oskar Valberg was welcomed in Tallinn yesterday by Prime Minister Tamsin Orloff.',
      ),
    ).toEqual(['Oskar Valberg MET Tamsin Orloff']);
  });

  it('is no one when a person stands in the gap, or the verb is active', () => {
    expect(
      metPairs(
        title,
        'The letter from Oskar Valberg was received in Tallinn on Monday by the ministry, officials said.',
      ),
    ).toEqual([]);
    expect(
      metPairs(
        title,
        'Oskar Valberg was received at the residence of Radomir Kesk in Tallinn by a crowd of students.',
      ),
    ).toEqual([]);
  });
});

describe('the traveller of a passive verb of hosting on arrival', () => {
  it('is its subject, also after a fronted time', () => {
    expect(
      relationsOfType(
        'ARRIVED_IN',
        title,
        'Earlier in the day, Minister Oskar Valberg was received on arrival at the Narvik International Airport by State Secretary Tamsin Orloff.',
      ),
    ).toEqual(['Oskar Valberg ARRIVED_IN Narvik International Airport']);
    expect(
      relationsOfType(
        'ARRIVED_IN',
        title,
        'Chancellor Oskar Valberg was warmly greeted upon his arrival in Tallinn on Thursday.',
      ),
    ).toEqual(['Oskar Valberg ARRIVED_IN Tallinn']);
  });

  it('is not the host of an active verb of hosting', () => {
    expect(
      relationsOfType(
        'ARRIVED_IN',
        title,
        'On Monday, Prime Minister Tamsin Orloff received the delegation upon its arrival in Tallinn.',
      ),
    ).toEqual([]);
  });
});
