/**
 * Places that Safe Harbor allows: countries, US states, provinces and large regions. A town or
 * street tied to a patient is an identifier; "she emigrated from Peru" or "lives in Texas" is not.
 */
const COUNTRIES_RAW = `
afghanistan albania algeria angola argentina armenia australia austria azerbaijan bahamas bahrain
bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia botswana brazil brunei
bulgaria burkina burundi cambodia cameroon canada chad chile china colombia congo croatia cuba
cyprus czechia czech denmark djibouti dominica ecuador egypt eritrea estonia eswatini ethiopia fiji
finland france gabon gambia georgia germany ghana greece grenada guatemala guinea guyana haiti
honduras hungary iceland india indonesia iran iraq ireland israel italy jamaica japan jordan
kazakhstan kenya korea kosovo kuwait kyrgyzstan laos latvia lebanon lesotho liberia libya
lithuania luxembourg madagascar malawi malaysia maldives mali malta mauritania mauritius mexico
moldova monaco mongolia montenegro morocco mozambique myanmar namibia nepal netherlands holland
nicaragua niger nigeria norway oman pakistan palestine panama paraguay peru philippines poland
portugal qatar romania russia rwanda samoa senegal serbia singapore slovakia slovenia somalia
spain sudan suriname sweden switzerland syria taiwan tajikistan tanzania thailand togo tonga
trinidad tunisia turkey turkmenistan uganda ukraine uruguay uzbekistan venezuela vietnam yemen
zambia zimbabwe england scotland wales britain uk usa us america canada australia zealand
africa asia europe antarctica oceania caribbean scandinavia siberia
`;

const STATES_RAW = `
alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii
idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan
minnesota mississippi missouri montana nebraska nevada hampshire jersey mexico york carolina dakota
ohio oklahoma oregon pennsylvania rhode tennessee texas utah vermont virginia washington wisconsin
wyoming ontario quebec alberta manitoba saskatchewan nova brunswick columbia newfoundland
bavaria bavarian punjab kerala bengal
`;

/** Upper-case two-letter USPS state codes, for "Tempe AZ 85281". */
export const US_STATE_CODES: ReadonlySet<string> = new Set(
  `AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY
  NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR GU VI`.split(/\s+/),
);

/** Countries, US states, provinces and regions: lower-case single words. */
export const BROAD_PLACES: ReadonlySet<string> = new Set(
  `${COUNTRIES_RAW} ${STATES_RAW} north south east west northern southern eastern western central
  midwest rural urban upstate downstate new united states kingdom republic city county the a`
    .split(/\s+/)
    .filter((w) => w.length > 0),
);

/**
 * First-level divisions outside the US (states, provinces, territories, Länder, regions), and
 * the nations of the UK: places Safe Harbor allows, as folded phrases. Kept apart from
 * BROAD_PLACES because several are also given names ("Victoria", "Georgia") that the name
 * detector must still read as names.
 */
const REGIONS_RAW = `
new york|new jersey|new hampshire|new mexico|north carolina|south carolina|north dakota|
south dakota|west virginia|rhode island|district of columbia|new york state|washington state|
united states|united kingdom|great britain|south africa|new zealand|north korea|south korea|
saudi arabia|sri lanka|el salvador|costa rica|puerto rico|ivory coast|hong kong|
new south wales|victoria|queensland|south australia|western australia|tasmania|northern territory|
australian capital territory|ontario|quebec|british columbia|alberta|manitoba|saskatchewan|
nova scotia|new brunswick|newfoundland|labrador|prince edward island|yukon|nunavut|
northwest territories|england|scotland|wales|northern ireland|leinster|munster|connacht|ulster|
bavaria|bayern|baden-wurttemberg|berlin state|brandenburg|hesse|hessen|saxony|sachsen|thuringia|
lower saxony|niedersachsen|north rhine-westphalia|nordrhein-westfalen|rhineland-palatinate|
saarland|schleswig-holstein|mecklenburg-vorpommern|saxony-anhalt|andalusia|andalucia|catalonia|
cataluna|catalunya|galicia|basque country|castile|aragon|navarre|valencian community|
lombardy|lombardia|tuscany|toscana|sicily|sicilia|sardinia|piedmont|veneto|lazio|campania|
apulia|puglia|calabria|emilia-romagna|liguria|umbria|abruzzo|normandy|normandie|brittany|
bretagne|occitanie|provence|ile-de-france|auvergne|burgundy|alsace|lorraine|aquitaine|corsica|
flanders|wallonia|uttar pradesh|maharashtra|bihar|west bengal|madhya pradesh|tamil nadu|
rajasthan|karnataka|gujarat|andhra pradesh|odisha|orissa|telangana|kerala|jharkhand|assam|
punjab|chhattisgarh|haryana|uttarakhand|himachal pradesh|goa|kashmir|sindh|khyber pakhtunkhwa|
balochistan|lagos state|kano state|rivers state|oyo state|kaduna state|gauteng|western cape|
eastern cape|kwazulu-natal|free state|limpopo|mpumalanga|north west|northern cape|sao paulo state|
minas gerais|rio grande do sul|bahia|pernambuco|ceara|santa catarina|goias|amazonas|
jalisco|nuevo leon|chiapas|yucatan|sonora|guangdong|sichuan|yunnan|hubei|
hunan|zhejiang|jiangsu|shandong|henan|hebei|fujian|xinjiang|tibet|guangxi|hokkaido|okinawa|
kyushu|honshu|shikoku|ontario province|siberia|anatolia|patagonia|punjab province|kurdistan|
southeast asia|south east asia|south asia|east asia|central asia|middle east|near east|far east|
west africa|east africa|southern africa|north africa|sub-saharan africa|central america|
south america|latin america|north america|eastern europe|western europe|the balkans|balkans|
deutschland|osterreich|schweiz|frankreich|italien|spanien|syrien|turkei|russland|polen|rumanien|
irak|griechenland|allemagne|angleterre|espagne|italie|maroc|algerie|tunisie|cameroun|belgique|
suisse|syrie|turquie|senegal|cote d'ivoire|cote divoire|espana|alemania|francia|inglaterra|
marruecos|peru|mexico|brasil|estados unidos|reino unido|alemanha|franca|espanha|italia|
mocambique|estados unidos da america|suica|japao|china continental|nigerie|ghana|chine|japon`;

/** The regions above, folded. */
export const REGIONS: ReadonlySet<string> = new Set(
  REGIONS_RAW.split(/\s*\|\s*/).map((r) => r.trim()).filter((r) => r.length > 0),
);

/** Latin letters that Unicode does not decompose into a base letter and a mark. */
const UNDECOMPOSED: Readonly<Record<string, string>> = {
  ı: "i", ł: "l", đ: "d", ð: "d", ø: "o", æ: "ae", œ: "oe", ß: "ss", þ: "th", ħ: "h",
};

/**
 * The form place names are compared in: lower case, diacritics and apostrophes removed, single
 * spaces ("São  Paulo" -> "sao paulo", "Łódź" -> "lodz", "Xi’an" -> "xian"). The city list is
 * stored this way.
 */
export function foldPlaceName(name: string): string {
  // ASCII needs no decomposition: the common case stays cheap.
  if (/^[\x20-\x7e\t]*$/.test(name)) return name.toLowerCase().replace(/['`]/g, "").replace(/\s+/g, " ").trim();
  return name
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[ıłđðøæœßþħ]/g, (c) => UNDECOMPOSED[c] ?? c)
    .replace(/['’‘`ʼ]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** True when the phrase names a country, a US state or another first-level region. */
export function isRegionName(phrase: string): boolean {
  const folded = foldPlaceName(phrase);
  if (REGIONS.has(folded) || BROAD_PLACES.has(folded)) return true;
  // "Northern Nigeria", "rural Texas", "West Africa": a direction or kind of area before a
  // country, state or region. "North York" is not one: "york" is a state only after "new".
  const words = folded.split(" ");
  const head = words.slice(0, -1);
  const last = words[words.length - 1] ?? "";
  return head.length > 0 && head.every((w) => AREA_ADJECTIVES.has(w)) && (COUNTRIES.has(last) || REGIONS.has(last) || STATE_WORDS.has(last));
}

const AREA_ADJECTIVES: ReadonlySet<string> = new Set(
  "north south east west northern southern eastern western central northeast northwest southeast southwest northeastern northwestern southeastern southwestern upstate downstate rural urban inner outer greater mainland coastal".split(" "),
);
const COUNTRIES: ReadonlySet<string> = new Set(COUNTRIES_RAW.split(/\s+/).filter((w) => w.length > 0));
/** US states and provinces that are one word on their own ("texas", not "york" or "carolina"). */
const STATE_WORDS: ReadonlySet<string> = new Set(
  STATES_RAW.split(/\s+/).filter((w) => w.length > 0 && !["hampshire", "jersey", "mexico", "york", "carolina", "dakota", "rhode", "nova", "brunswick", "columbia"].includes(w)),
);
