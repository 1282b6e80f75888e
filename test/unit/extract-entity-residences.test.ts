// Seats, residences and halls named by a building word are places (server/src/extract/entities/residences.ts):
// a South Asian residence word ("Bhavan", "Niwas"), a Romance building word first ("Casa", "Palacio",
// "Palais"), an English "House"/"Villa"/"Lodge" or a Romance room ("Salón") where the sentence puts it as a
// location; a chamber ("House of Commons", "Lower House"), a known body ("White House") and a house word
// in no place position stay what they were.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const places = (title: string, body: string) =>
  extractChecked(title, body)
    .names.filter((n) => n.startsWith('Place '))
    .map((n) => n.slice(6));
const persons = (title: string, body: string) =>
  extractChecked(title, body)
    .names.filter((n) => n.startsWith('Person '))
    .map((n) => n.slice(7));

describe('residences and seats named by a building word', () => {
  it('when a leader receives someone at an English "House" or "Villa", then it is a place', () => {
    const p = places(
      'Envoys present credentials',
      'President Nana Addo received the new envoys at the Jubilee House on Tuesday.\n\n' +
        'Later, President Samia Hassan hosted a dinner at State House. The delegation was then flown to the Presidential Villa in Abuja, and on Friday to Government House in Suva.',
    );
    expect(p).toEqual(
      expect.arrayContaining(['Jubilee House', 'State House', 'Presidential Villa', 'Government House']),
    );
  });

  it('when a place possessive stands before the house ("at Kenya\'s State House"), then the house alone is the place', () => {
    const p = places(
      'Talks held',
      'The two presidents held talks at Kenya’s State House in Nairobi on Wednesday.',
    );
    expect(p).toContain('State House');
    expect(p).toContain('Kenya');
    expect(p).not.toContain('Kenya’s State House');
  });

  it('when a residence word of South Asia ends a name, then it is a place wherever it stands', () => {
    const p = places(
      'Leaders meet',
      'The two prime ministers met at Rashtrapati Bhavan on Monday.\n\nSheetal Niwas, the official residence, hosted a banquet in the evening.',
    );
    expect(p).toEqual(expect.arrayContaining(['Rashtrapati Bhavan', 'Sheetal Niwas']));
    expect(persons('Leaders meet', 'Sheetal Niwas, the official residence, hosted a banquet.')).not.toContain(
      'Sheetal Niwas',
    );
  });

  it('when a Romance building word opens a name, then it is a place, with its particles; a room after its possessive too', () => {
    const t = 'Credentials presented';
    const b =
      'Six ambassadors presented their credentials to President Alberto Fernandez at the Casa Rosada’s Salón Blanco.\n\n' +
      'Later they visited the Palacio Nacional de la Cultura and the Casa do Brasil.';
    const p = places(t, b);
    expect(p).toEqual(
      expect.arrayContaining([
        'Casa Rosada',
        'Salón Blanco',
        'Palacio Nacional de la Cultura',
        'Casa do Brasil',
      ]),
    );
    expect(persons(t, b)).not.toContain('Salón Blanco');
  });

  it('when the text names "PM House" and "Prime Minister House", then they are one place', () => {
    const p = places(
      'Visit',
      'President Ali Karimov arrived at Prime Minister House, where he was received. He later planted a tree at PM House.',
    );
    expect(p).toContain('Prime Minister House');
    expect(p).not.toContain('PM House');
  });

  it('when "House" names a chamber or a known body, or stands in no place position, then no building place is made', () => {
    const t = 'Lawmakers object';
    const b =
      'Members of the House of Commons and the Lower House objected on Monday. The White House said it was studying the bill.\n\n' +
      'Opera House Partners, a consultancy, said the vote was close.';
    const p = places(t, b);
    expect(p).not.toContain('House of Commons');
    expect(p).not.toContain('Lower House');
    expect(p).not.toContain('White House');
    expect(p).not.toContain('Opera House');
    expect(p).not.toContain('Opera House Partners');
  });

  it('when a "Villa" or "Salón" stands in no place position, then no building place is made', () => {
    const p = places(
      'Football and music',
      'Aston Villa won on Saturday, and Sala Regia, a band from Rome, said they would tour.',
    );
    expect(p).not.toContain('Aston Villa');
    expect(p).not.toContain('Sala Regia');
  });
  it('when a town follows the seat ("at State House Kavuma", "at State House Dar es Salaam"), then the seat with its town is one place and no person is made of its words (session 40)', () => {
    const body =
      'President Tovar Kembali received the envoys at State House Kavuma on Thursday.\n\n' +
      'A week later he hosted a dinner at State House Dar es Salaam, where guests arrived by car.';
    expect(places('Envoys received', body)).toEqual(
      expect.arrayContaining(['State House Kavuma', 'State House Dar es Salaam']),
    );
    expect(persons('Envoys received', body)).not.toContain('House Kavuma');
    expect(persons('Envoys received', body)).not.toContain('House Dar');
  });

  it('when a weekday, a title, a first name or a comma follows the seat, then the seat stays alone (session 40)', () => {
    const p = places(
      'Envoys received',
      'The envoys were received at State House Monday and left. He met them at State House President Kembali said. ' +
        'The talks at State House, Nairobi, went well. She waited at State House John said.',
    );
    expect(p).toContain('State House');
    expect(p.filter((x) => x.startsWith('State House '))).toEqual([]);
  });
});
