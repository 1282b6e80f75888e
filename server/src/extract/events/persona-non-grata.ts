// How an article spells the status of an expelled diplomat, shared by the expulsion rules (expulsions.ts)
// and the group leads (group-leads.ts): "persona non grata", "personae non gratae", "persona non-grata",
// "Persona Non Grata", in quotes or not, after "declared (as)", "designated", "recognised as", "cited as".

/** The status itself, an opening quote perhaps before it. */
export const PERSONA_NON_GRATA = String.raw`["“‘']?[Pp]ersonae?\s+[Nn]on[- ][Gg]ratae?`;

/** A verb that gives the status ("declared", "designates", "recognised (as)", "citing (them as)"). */
export const GIVING_STATUS = String.raw`(?:declar|designat|recogni[sz]|cit)\w*`;

/** "as" between the one declared and the status, or right before it: "declared X as persona non grata". */
export const AS_STATUS = String.raw`(?:,?\s+as)?`;
