// Unknown names as a clause's subject (entities/name-agents.ts, session 29): a verb whose object is a
// capitalised name ("praised Nigeria's army", "recalled Ghana's envoy") keeps its subject a person, as a
// lower-case object does; bodies, places and groups in that position stay no person. Every sentence here
// is invented.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const persons = (body: string) =>
  extractChecked('Leaders gather', body)
    .d.entities.filter((e) => e.type === 'Person')
    .map((e) => e.name)
    .sort();

describe('an unknown subject whose verb has a capitalised object', () => {
  it.each([
    ['On Monday in Abuja, Bola Tinubu praised Nigeria’s army for its work.', 'Bola Tinubu'],
    ['Bola Tinubu recalled Nigeria’s ambassador last week.', 'Bola Tinubu'],
    ['Emeka Okafor condemns Ghana’s decision to close the border.', 'Emeka Okafor'],
    ["Last week, Tendai Moyo criticised Zimbabwe's central bank over the currency.", 'Tendai Moyo'],
    ['Tendai Moyo has appointed Harare’s former mayor as his adviser.', 'Tendai Moyo'],
    ['But Kwabena Otieno rejected Kenya’s offer, his aides said.', 'Kwabena Otieno'],
  ])('is a person: %s', (body, name) => {
    expect(persons(body)).toEqual([name]);
  });
});

describe('what stays no person before a verb and a capitalised object', () => {
  it.each([
    'Boko Haram attacked Maiduguri on Monday, residents said.',
    'Goldman Sachs acquired Nigeria’s largest bank last year.',
    'Nagorno Karabakh borders Armenia and Azerbaijan.',
    'Rio Tinto supplies China with iron ore.',
    'Operation Sindoor targeted Pakistan’s air bases, officials said.',
    'Lok Sabha passed India’s budget on Monday.',
  ])('no person: %s', (body) => {
    expect(persons(body)).toEqual([]);
  });
});

describe('an unknown name opening a sentence, then where it is', () => {
  it.each([
    ['Narendra Modi is on a two-day visit to Japan.', 'Narendra Modi'],
    ['Narendra Modi is in Tokyo for a two-day visit.', 'Narendra Modi'],
    ['On Friday, Kwame Otieno will be in Accra for talks with the president.', 'Kwame Otieno'],
    ['Kwame Otieno was on an official visit to Berlin when the news broke.', 'Kwame Otieno'],
    ['Tendai Moyo remains in Geneva, his office said.', 'Tendai Moyo'],
  ])('is a person: %s', (body, name) => {
    expect(persons(body)).toEqual([name]);
  });

  it.each([
    'Goldman Sachs is in talks with Nigeria over a loan.',
    'Goldman Sachs is on track to beat forecasts.',
    'Boko Haram is in Nigeria’s north-east, officials said.',
    'Tata Steel is in India and Britain.',
  ])('no person: %s', (body) => {
    expect(persons(body)).toEqual([]);
  });
});
