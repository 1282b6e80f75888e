// Time adverbials that news English sets between a verb and its object ("announced on Monday, July 13,
// retaliatory sanctions", "imposed late on Friday sweeping sanctions", "announced earlier this week new
// sanctions"): regular-expression sources for rules that read past them. Pure.

/** A day of the week. */
export const WEEKDAY = String.raw`(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)`;

const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)`;
/** A date: "July 13", "13 July", "July 13, 2020". */
const DATE = String.raw`(?:${MONTH}\s+\d{1,2}(?:,\s+\d{4})?|\d{1,2}\s+${MONTH}(?:\s+\d{4})?)`;

/**
 * One time adverbial and the space after it (its commas too): "on Monday, July 13, ", "late on Friday ",
 * "Tuesday ", "on 5 April ", "earlier this week ", "last month ", "this week ".
 */
export const TIME_ADVERBIAL = String.raw`,?\s*(?:(?:(?:late|early)\s+)?(?:on\s+)?(?:${WEEKDAY}(?:,?\s+${DATE})?|${DATE})|(?:earlier|later)\s+(?:this|last|that)\s+(?:week|month|year)|(?:last|this|earlier\s+this)\s+(?:week|month|year)|(?:earlier\s+)?today|yesterday),?\s+`;
