// Venues are places (test/fixtures/real/README.md: hotels, palaces and resorts are places), also when their
// name ends in a word that heads organisations elsewhere: a convention, congress, exhibition or trade
// centre ("Kenyatta International Convention Centre", "Jinan Expo Center"), and a few named rooms and
// buildings the lexicon files under organisation heads ("Oval Office"). A research centre or a press
// centre stays an organisation ("Carter Center" names a body, not a hall).

/** A name ending in a venue's head: a hall for meetings, fairs and shows. */
const VENUE =
  /\b(?:Convention|Congress|Conference|Exhibition|Expo|Exposition|Fair|Trade)\s+(?:Cent(?:re|er)|Hall)$/u;
/** Rooms and buildings named like bodies. */
const NAMED_ROOMS = /^(?:the\s+)?Oval\s+Office$/u;

/** Whether a phrase read as an organisation by its head word names a venue, a place. */
export function isVenue(surface: string): boolean {
  return VENUE.test(surface) || NAMED_ROOMS.test(surface);
}
