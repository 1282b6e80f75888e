// Honorifics that stand right before a person's name and are no part of it: the courtesy ones ("Mr", "Dr"),
// the academic and professional ones ("Prof", "Professor", "Engr", "Barr", "Barrister") and the West
// African ones ("Alhaji", "Hajiya", "Mallam", "Asiwaju", "Otunba", "Owelle"). Rules that read a role right
// before a name let one of them stand between the two ("High Commissioner to X Professor Y").
/** One honorific word (a regex source, no flags needed; an abbreviation's full stop is the caller's). */
export const NAME_HONORIFIC = String.raw`(?:Mr|Mrs|Ms|Dr|Prof|Professor|Engr|Barr|Barrister|Alh|Alhaji|Alhaja|Hajiya|Hajia|Mallam|Malam|Owelle|Asiwaju|Otunba)`;
