// Envoys presenting credentials named as the clause's subject in a roster, one envoy and state a semicolon
// apart ("A, ambassador of X; B, Y; and C, Z presented their credentials to President P"): each MET the
// host. A sentence whose semicolon only ends an earlier clause keeps its own subject. Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { metPairs } from '../helpers/extract-text.js';

describe('a semicolon roster of envoys presenting credentials', () => {
  it('joins every envoy of the roster to the ceremony', () => {
    expect(
      metPairs(
        'Credentials',
        'Jan Novak, ambassador-designate of the Republic of Austria; Karl Huber, Republic of Finland; and Petra Lind, Kingdom of Sweden presented their credentials to President Ana Ruiz on Tuesday.',
      ),
    ).toEqual(['Ana Ruiz MET Jan Novak', 'Ana Ruiz MET Karl Huber', 'Ana Ruiz MET Petra Lind']);
  });

  it('keeps the subject when a semicolon ends an earlier clause', () => {
    expect(
      metPairs(
        'Credentials',
        'Jan Novak flew home on Monday; Karl Huber, the new envoy of Finland, presented his credentials to President Ana Ruiz on Tuesday.',
      ),
    ).toEqual(['Ana Ruiz MET Karl Huber']);
  });
});
