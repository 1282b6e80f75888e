// Apostrophes written with other marks: the work copy reads them as the typographic apostrophe.
/**
 * The work copy with the marks some pages set for an apostrophe ("Russiaʼs" with the modifier letter
 * apostrophe U+02BC, "Lavrov´s" with an acute accent, "Chinaʹs", a prime) as the typographic apostrophe
 * every rule reads: one character for one, so offsets stay the raw text's.
 */
export function apostrophesAsQuotes(work: string): string {
  return work.replace(/(?<=\p{L})[\u02bc\u00b4\u02b9\u2032](?=\p{L}|\s|$)/gu, '\u2019');
}
