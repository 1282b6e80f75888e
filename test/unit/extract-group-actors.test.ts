// Actors named as a group (events/parties.ts, clauses/before-verb.ts): a list reporting what "they" will
// do ("A and B said they would expel …"), a subject joining a group by acting ("A and B are among the
// countries that expelled …", "A became the latest country to impose …"), a group whose members the
// sentence names after it ("Countries that have expelled … include A, B and C"), intention verbs between a
// subject and its verb ("vowed to", "is expected to"). A lone "they", a group's clause with no list after
// it, and a single subject are read as before. Every sentence here is written for the test.
import { describe, expect, it } from 'vitest';
import { relationsOfType } from '../helpers/extract-text.js';

const title = 'Diplomatic news';
const rel = (type: string, body: string) => relationsOfType(type, title, body).sort();

describe('actors named as a group', () => {
  it('"they" after a list that reports it stands for the list', () => {
    expect(
      rel('EXPELLED', 'Chile and Peru said on Friday they would also expel Bolivian diplomats.'),
    ).toEqual(['Chile EXPELLED Bolivia', 'Peru EXPELLED Bolivia']);
    expect(
      rel('SUMMONED', 'Kenya and Uganda announced that they had summoned the Sudanese ambassadors.'),
    ).toEqual(['Kenya SUMMONED Sudan', 'Uganda SUMMONED Sudan']);
  });

  it('a lone "they", or one no list reports, names no actor', () => {
    expect(rel('EXPELLED', 'They said they would expel Bolivian diplomats.')).toEqual([]);
    expect(rel('EXPELLED', 'Officials in Lima warned that they would expel Bolivian diplomats.')).toEqual([]);
  });

  it('a subject that joins a group by acting is the actor', () => {
    expect(
      rel(
        'EXPELLED',
        'Norway, Iceland and Ireland are among the countries that expelled Belarusian diplomats.',
      ),
    ).toEqual(['Iceland EXPELLED Belarus', 'Ireland EXPELLED Belarus', 'Norway EXPELLED Belarus']);
    expect(rel('SUMMONED', 'Portugal is among the states that have summoned the Iranian envoy.')).toEqual([
      'Portugal SUMMONED Iran',
    ]);
  });

  it('a group whose members the sentence lists after its clause', () => {
    expect(
      rel(
        'EXPELLED',
        'Countries that have expelled Belarusian diplomats include Norway, Iceland and Ireland.',
      ),
    ).toEqual(['Iceland EXPELLED Belarus', 'Ireland EXPELLED Belarus', 'Norway EXPELLED Belarus']);
    expect(rel('SANCTIONED', 'Countries imposing sanctions on Syria include Japan and Canada.')).toEqual([
      'Canada SANCTIONED Syria',
      'Japan SANCTIONED Syria',
    ]);
  });

  it('a group with no list after its clause names no actor', () => {
    expect(rel('EXPELLED', 'Countries that expelled diplomats were angry at Belarus.')).toEqual([]);
  });

  it('an intention verb between the subject and its verb', () => {
    expect(rel('EXPELLED', 'Sweden vowed to expel three Iranian diplomats.')).toEqual([
      'Sweden EXPELLED Iran',
    ]);
    expect(rel('SANCTIONED', 'Canada is expected to impose sanctions on Venezuela.')).toEqual([
      'Canada SANCTIONED Venezuela',
    ]);
  });
});
