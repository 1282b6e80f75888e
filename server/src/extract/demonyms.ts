// The adjectives of the world's countries: "Algerian" → Algeria, and back (the first adjective of a
// country names its bodies: "Algeria's foreign ministry" is the Algerian Foreign Ministry). World
// knowledge, not a list of outlets or articles.
const TABLE = `
Afghanistan:Afghan|Albania:Albanian|Algeria:Algerian|Andorra:Andorran|Angola:Angolan
Argentina:Argentine,Argentinian|Armenia:Armenian|Australia:Australian|Austria:Austrian
Azerbaijan:Azerbaijani|Bahamas:Bahamian|Bahrain:Bahraini|Bangladesh:Bangladeshi|Barbados:Barbadian
Belarus:Belarusian|Belgium:Belgian|Belize:Belizean|Benin:Beninese|Bhutan:Bhutanese|Bolivia:Bolivian
Bosnia and Herzegovina:Bosnian|Botswana:Botswanan|Brazil:Brazilian|Brunei:Bruneian|Bulgaria:Bulgarian
Burkina Faso:Burkinabe|Burundi:Burundian|Cambodia:Cambodian|Cameroon:Cameroonian|Canada:Canadian
Cape Verde:Cape Verdean|Chad:Chadian|Chile:Chilean|China:Chinese|Colombia:Colombian|Comoros:Comoran
Congo:Congolese|Costa Rica:Costa Rican|Croatia:Croatian|Cuba:Cuban|Cyprus:Cypriot|Czech Republic:Czech
Denmark:Danish|Djibouti:Djiboutian|Dominican Republic:Dominican|Ecuador:Ecuadorian|Egypt:Egyptian
El Salvador:Salvadoran|Eritrea:Eritrean|Estonia:Estonian|Ethiopia:Ethiopian|Fiji:Fijian|Finland:Finnish
France:French|Gabon:Gabonese|Gambia:Gambian|Georgia:Georgian|Germany:German|Ghana:Ghanaian|Greece:Greek
Guatemala:Guatemalan|Guinea:Guinean|Guyana:Guyanese|Haiti:Haitian|Honduras:Honduran|Hungary:Hungarian
Iceland:Icelandic|India:Indian|Indonesia:Indonesian|Iran:Iranian|Iraq:Iraqi|Ireland:Irish|Israel:Israeli
Italy:Italian|Ivory Coast:Ivorian|Jamaica:Jamaican|Japan:Japanese|Jordan:Jordanian|Kazakhstan:Kazakh
Kenya:Kenyan|Kosovo:Kosovar|Kuwait:Kuwaiti|Kyrgyzstan:Kyrgyz|Laos:Laotian,Lao|Latvia:Latvian
Lebanon:Lebanese|Liberia:Liberian|Libya:Libyan|Lithuania:Lithuanian|Luxembourg:Luxembourgish
Madagascar:Malagasy|Malawi:Malawian|Malaysia:Malaysian|Maldives:Maldivian|Mali:Malian|Malta:Maltese
Mauritania:Mauritanian|Mauritius:Mauritian|Mexico:Mexican|Moldova:Moldovan|Monaco:Monegasque
Mongolia:Mongolian|Montenegro:Montenegrin|Morocco:Moroccan|Mozambique:Mozambican|Myanmar:Burmese
Namibia:Namibian|Nepal:Nepalese,Nepali|Netherlands:Dutch|Nicaragua:Nicaraguan|Niger:Nigerien
Nigeria:Nigerian|North Korea:North Korean|North Macedonia:North Macedonian,Macedonian|Norway:Norwegian|Oman:Omani
Pakistan:Pakistani|Palestine:Palestinian|Panama:Panamanian|Paraguay:Paraguayan|Peru:Peruvian
Philippines:Philippine,Filipino|Poland:Polish|Portugal:Portuguese|Qatar:Qatari|Romania:Romanian
Russia:Russian|Rwanda:Rwandan|Saudi Arabia:Saudi,Saudi Arabian|Senegal:Senegalese|Serbia:Serbian
Sierra Leone:Sierra Leonean|Singapore:Singaporean|Slovakia:Slovak|Slovenia:Slovenian,Slovene
Somalia:Somali|South Africa:South African|South Korea:South Korean,Korean|South Sudan:South Sudanese
Spain:Spanish|Sri Lanka:Sri Lankan|Sudan:Sudanese|Suriname:Surinamese|Sweden:Swedish|Switzerland:Swiss
Syria:Syrian|Taiwan:Taiwanese|Tajikistan:Tajik|Tanzania:Tanzanian|Thailand:Thai|Togo:Togolese
Tunisia:Tunisian|Turkey:Turkish|Turkmenistan:Turkmen|Uganda:Ugandan|Ukraine:Ukrainian
United Arab Emirates:Emirati,UAE|United Kingdom:British,UK,U.K.|United States:US,U.S.,American
Uruguay:Uruguayan|Uzbekistan:Uzbek|Venezuela:Venezuelan|Vietnam:Vietnamese|Yemen:Yemeni|Zambia:Zambian
Zimbabwe:Zimbabwean`;

/** Demonyms and adjectives of countries, lower-case, to the country's canonical name. */
export const DEMONYMS: Record<string, string> = {};
/** A country's adjective for the names of its bodies: Russia → Russian, United States → US. */
export const COUNTRY_DEMONYM = new Map<string, string>();

for (const entry of TABLE.trim().split(/[|\n]/)) {
  const [country, adjectives] = entry.split(':') as [string, string];
  const list = adjectives.split(',');
  COUNTRY_DEMONYM.set(country, list[0]!);
  for (const a of list) DEMONYMS[a.toLowerCase()] = country;
}
