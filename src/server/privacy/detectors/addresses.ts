/**
 * Geographic identifiers smaller than a state, anywhere in the world: street addresses, postcodes,
 * towns, suburbs, counties, rural routes and mail boxes tied to the patient or a relative. Safe
 * Harbor allows countries, states, provinces and broad regions: "she emigrated from Peru", "lives
 * in Queensland" and "in TX" are not identifiers.
 *
 * Rules (all block unless noted):
 * - A house number and a street in any country's order ("1427 Maple Ave", "14 Rue de la Paix",
 *   "Hauptstraße 5", "Calle Mayor 12", "#45, 2nd Main Road"), extended by a unit, a town, a state
 *   and a postcode when they follow: one span, as the labelling convention asks.
 * - A postcode by its country's shape beside its town ("Parramatta NSW 2150", "Leeds LS6 2QT",
 *   "69003 Lyon", "Bengaluru 560034", "K1A 0B1"), after a keyword ("ZIP", "PLZ", "CEP", "PIN"), or
 *   a US ZIP tied to a person ("in the 63112 area"). Codes that are years or quantities are not.
 * - A town after a residence cue in English or the languages physicians post in ("lives in Wagga
 *   Wagga", "moved from Maracaibo", "vive en", "mora em", "wohnt in", "stammt aus", "mayor of",
 *   "lives out past", "40 km west of"), after a kind of home ("a cabin near", "Pflegeheim in",
 *   "ferme près de") or a place-type word ("municipio de", "lieu-dit", "Landkreis", "townland
 *   of"), after a relative in any of those languages ("her son in Leicester", "su hija en"), after
 *   a person and "from"/"near" ("a farmer from Palmerston", "from out Mt Druitt way"), after an
 *   incident to someone ("rolled his ute in"), or with a kind of home after it ("in Mile End
 *   student housing").
 * - An unlisted town that is plainly a town blocks as a listed city does: after an area adjective
 *   ("from rural Gundagai"), before its state ("Tumut, NSW", "Cuautla, Mor.") or "area".
 * - A place in apposition to a patient that ends the clause ("Re: Gráinne Gallagher, Kilbrittain,
 *   Co. Cork"), a named farm or station someone runs, and a place given with a population under
 *   20,000 ("Aysgarth, population about 500").
 * - A listed city (lexicon/city-lookup.ts) after a weak cue ("in", "from", "near") blocks in a
 *   sentence about a person, warns otherwise; a city where care, training, travel or an event
 *   happened, or the physician's own ("I work in Birmingham"), only warns. A city alone, or one
 *   followed by a score, a disease or an institution ("Ottawa ankle rules", "Lyme disease"), is
 *   not reported.
 * - A county ("Harris County", "County Cork"), a rural route ("RR 3 Box 94") and a mail box ("PO
 *   Box 4412", "BP 1234", "Postfach 12 34 56") block; a county without a person only warns.
 * - A labelled value ("Address:", "Domicilio:", "Woonplaats:", "Delegación:", "Landmark:",
 *   "Addr.") blocks unless it names a kind of home ("Residence: SNF") or opens in lower case.
 * - An address after an institution ("the reference lab at Colindale (NW9 5EQ)") only warns:
 *   hospitals' and labs' addresses are not identifiers.
 */
import { isBroadPlace, isCommonWord, isNeverAName } from "../clinical-allowlist";
import { US_STATE_CODES } from "../lexicon/places";
import { LETTER, LOWER, UPPER, textBefore } from "../context";
import type { Detector, RawFinding, ScanContext } from "../types";
import { WORD, cueRegexes, detectAppositions, detectLocalUnits, detectRareKeywords, detectTowns, spacedCues } from "./address-places";
import { detectInternationalPostcodes, detectPostalCodes } from "./address-postcodes";

const SUFFIXES =
  "Street|St|Avenue|Ave|Av|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln|Court|Ct|Way|Place|Pl|Terrace|Ter|Terr|Circle|Cir|Parkway|Pkwy|Highway|Hwy|Trail|Trl|Square|Sq|Loop|Crescent|Cres|Pike|Ridge|Heights|Hts|Grove|Gardens|Gdns|Alley|Plaza|Bend|Crossing|Commons|Mews|Wharf|Quay|Expressway|Expy|Freeway|Fwy|Turnpike|Tpke|Route|Rte|Cove|Hollow|Park|Hill|Close|Row|Rise|Wynd|Brae|Chase|Esplanade|Promenade|Parade|Pde|Circuit|Cct|Grange|Croft|Meadows|Vale";
// "Dr" and "St" are also Doctor and Saint: as a suffix they may not be followed by a capitalised word.
const SUFFIX = `(?:(?:Dr|St)\\.?(?![A-Za-z])(?!\\.?[ \\t]+[A-Z][a-z])|(?:${SUFFIXES})\\.?(?![A-Za-z]))`;
const DIRECTION = "(?:[NSEW]|NE|NW|SE|SW|North|South|East|West)\\.?";
/** Street-type-first and German compound forms: "14 Rue de la Paix", "Calle Mayor 12", "Hauptstraße 5". */
const LOWER_PARTICLE = "(?:de|del|de la|des|du|di|da|do|dos|das|la|le|les|el|los|las|von|van)(?![a-z])";
const STREET_FIRST =
  "Rue|rue|Calle|calle|C\\/|Carrer|Avenida|avenida|Avda\\.|Av\\.|Avenue|avenue|Via|Viale|viale|Corso|corso|Rua|rua|Travessa|Largo|Carrera|Chemin|chemin|Boulevard|boulevard|Bd\\.?|bd|All[ée]e|all[ée]e|Impasse|impasse|Quai|quai|Place|Piazza|piazza|Plaza|Pra[çc]a|Paseo|Passeig|Camino|Ronda|Traves[íi]a|ul\\.|al\\.|Jalan|Jl\\.|Strada|strada|Odos|Sokak|Caddesi|Ulica|Pasaje|Pje\\.|Jir[oó]n|Jr\\.|Callej[oó]n|Diagonal|Transversal|Cra\\.|Alameda|Travessa|ulica|aleja|os\\.|Gg\\.|Gang|Jln\\.|Lorong|Lrg\\.|Sok\\.|Sk\\.|Cad\\.|Cd\\.|Mah\\.|Rehov|Rechov|Derech|Sderot|Purok|Brgy\\.|Barangay|Soi|Thanon";
/** A counted unit after a number is a measure, not a street: "6 Minute Walk Test", "12 Lead", "3 Point Rise". */
const COUNTED_UNIT = "(?:Seconds?|Minutes?|Hours?|Days?|Weeks?|Months?|Years?|Leads?|Points?|Steps?|Items?|Stages?|Levels?|Units?|Grades?|Times?|Doses?|Cycles?)(?![A-Za-z])";
/**
 * Every house-number-first address in one pass: "1427 Maple Ave", "5/12 Smith St", "14 Rue de la
 * Paix", "3, place Bellecour", "12 Via Roma", and Japanese block numbers ("5-19-1 Nishi-Shinjuku").
 */
const STREET = new RegExp(
  `(?<![\\w.,/-])(?:(?:\\d{1,4}[A-Za-z]?\\/)?\\d{1,6}(?:-\\d{1,4})?[A-Za-z]?[ \\t]{1,3}(?:${DIRECTION}[ \\t]{1,3})?(?!${COUNTED_UNIT})(?:${WORD}|\\d{1,3}(?:st|nd|rd|th))(?:[ \\t]{1,3}${WORD}){0,3}[ \\t]{1,3}${SUFFIX}|\\d{1,5}(?:bis|ter)?,?[ \\t]{1,3}(?:${STREET_FIRST})(?:[ \\t]{1,3}(?:${LOWER_PARTICLE}|[${UPPER}][${LOWER}'’]{1,20})){1,5}|\\d{1,2}-\\d{1,2}-\\d{1,3}[ \\t]+[${UPPER}][${LOWER}]{2,20}(?:-[${UPPER}][${LOWER}]{2,20})?)`,
  "g",
);
/**
 * A capitalised word, then a house number ("Hauptstraße 5", "Calle Mayor 12", "Rua Augusta, 123",
 * "ul. Marszałkowska 12"): found cheaply, then kept when the word ends in a street suffix or a
 * street-type word opens the name within four words before it.
 */
const [WORD_THEN_NUMBER, WORD_THEN_NUMBER_AT_START] = cueRegexes(
  `[${UPPER}][${LOWER}'’]{1,30},?[ \\t]{1,3}(?:n[ºo°]\\.?[ \\t]?|No\\.?[ \\t]?)?\\d{1,4}[a-zA-Z]?(?:\\/\\d{1,4}[a-zA-Z]?)?(?![\\w/.-]|[ \\t]?(?:%|mg|ml|mL|kg|cm|mm|years?|yrs?|y\\b|days?|weeks?|months?))`,
  "",
);
const STREET_SUFFIX_WORD =
  /^(?:[^ \t,]{2,}(?:straße|strasse|gasse|platz|allee|damm|weg|ring|ufer|straat|laan|gracht|plein|kade|dijk|singel|gatan|gata|vägen|väg|vej|veien|gade|gränd|torget|katu)|[^ \t,]{5,}tie)[ \t,]/;
const STREET_FIRST_BEFORE = new RegExp(
  `(?<![${LETTER}])(?:${STREET_FIRST})(?:[ \\t]{1,3}(?:${LOWER_PARTICLE}|[${UPPER}][${LOWER}'’]{1,20}|\\d{1,2}(?:st|nd|rd|th|º|ª)?)){0,3}[ \\t]{1,3}$`,
);

/** "Carrera 10", "Calle 45": a street-type word numbered on its own. */
const STREET_FIRST_WORD = new RegExp(`^(?:${STREET_FIRST}),?[ \\t]`);
/** A cheap test that a street-type word may be near: most capitalised words and numbers are not streets. */
const STREET_FIRST_HINT = /[CRVAPLTSJOUcrvapltsjou][a-zçíé]{0,8}[./]?[ \t]/;

/** Streets whose name is a word and a house number, in the forms above. */
function wordAndNumberStreets(text: string): Array<{ index: number; 0: string }> {
  const found: Array<{ index: number; 0: string }> = [];
  for (const m of spacedCues(text, WORD_THEN_NUMBER, WORD_THEN_NUMBER_AT_START)) {
    if (STREET_SUFFIX_WORD.test(m[0]) || STREET_FIRST_WORD.test(m[0])) {
      found.push(m);
      continue;
    }
    const leadText = text.slice(Math.max(0, m.index - 60), m.index);
    if (!STREET_FIRST_HINT.test(leadText)) continue;
    const lead = STREET_FIRST_BEFORE.exec(leadText);
    // "Reignier J, et al. Lancet 2018;391": the "al." of a citation, not a Polish aleja.
    if (lead && /^al\./.test(lead[0]) && /\bet[ \t]$/.test(leadText.slice(0, leadText.length - lead[0].length))) continue;
    if (lead) found.push({ index: m.index - lead[0].length, 0: lead[0] + m[0] });
  }
  return found;
}
/** "No. 12, 3rd Cross, 5th Main", "#45, 2nd Main Road": Indian and similar house-first addresses. */
const NUMBERED_HOUSE = new RegExp(
  `(?<![\\w])(?:No\\.?|#|H\\.? ?No\\.?|Flat(?: No\\.?)?|Door(?: No\\.?)?|Plot(?: No\\.?)?)[ \\t]?\\d{1,5}[A-Z]?(?:[/-]\\d{1,4}){0,2},[ \\t]{0,2}(?:(?:\\d{1,3}(?:st|nd|rd|th)|[${UPPER}][${LOWER}]{1,20})[ \\t]){0,3}(?:Cross|Main|Road|Rd|Street|St|Nagar|Layout|Colony|Sector|Block|Phase|Lane|Marg|Galli|Gali|Apartments|Residency|Enclave|Society|Estate)\\b\\.?(?:,[ \\t]{0,2}(?:\\d{1,3}(?:st|nd|rd|th)[ \\t])?[${UPPER}][${LOWER}]{2,20}(?:[ \\t][${UPPER}][${LOWER}]{2,20})?){0,3}`,
  "g",
);
const UNIT = /,?[ \t]+(?:[Aa]pt|[Aa]partment|[Uu]nit|[Ss]uite|[Ss]te|[Ff]lat|[Ff]loor|[Rr]m|[Rr]oom|[Bb]ldg|[Ll]ot|[Tt]railer|#)\.?[ \t]*#?[ \t]*[A-Za-z0-9-]{1,6}(?![A-Za-z0-9])/y;
/** The town after a street, in any Latin script: ", Springfield", ", Whangārei", ", Évora". */
const CITY = new RegExp(`,[ \\t]*([${UPPER}][${LOWER}'’]+(?:[ \\t][${UPPER}][${LOWER}'’]+){0,2})(?![${LETTER}])`, "y");
const STATE = /,?[ \t]+([A-Z]{2})(?![A-Za-z])|,?[ \t]+([A-Z][a-z]+(?: [A-Z][a-z]+)?)(?=,?[ \t]+\d{5})/y;
const ZIP = /,?[ \t]+\d{5}(?:-\d{4})?(?![\d-])/y;
/** A European postcode before the city: ", 10115 Berlin", ", 75002 Paris", ", 90-006 Łódź". */
const POSTCODE_CITY = /,[ \t]{1,3}(?:\d{4,5}|\d{2}-\d{3})[ \t]\p{Lu}\p{Ll}{2,20}(?![\p{L}])/uy;

function sticky(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

/**
 * A Turkish address: neighbourhood ("Bahçelievler Mah."), street by name or number ("1245. Sok.",
 * "Atatürk Cad.") and door and flat numbers ("No:7 D:3"); the district follows as the town.
 */
const TURKISH_STREET = new RegExp(
  `(?<![${LETTER}])(?:[${UPPER}][${LOWER}]{1,20}[ \\t]){1,2}(?:Mah\\.|Mahallesi|Mh\\.)(?:[ \\t,]{1,2}(?:\\d{1,5}\\.?|[${UPPER}][${LOWER}]{1,20})){1,3}[ \\t]{1,2}(?:Sokak|Sokağı|Sok\\.|Sk\\.|Caddesi|Cad\\.|Cd\\.|Bulvarı|Blv\\.)(?:[ \\t,]{1,2}(?:No|Kat|D|Daire)[:.]?[ \\t]?\\d{1,4}[A-Z]?(?:\\/\\d{1,3})?){0,3}`,
  "g",
);

function detectStreets(text: string, out: RawFinding[]): void {
  const matches: Array<{ index: number; 0: string }> = [
    ...text.matchAll(STREET),
    ...(text.includes("Mah") || text.includes("Mh.") ? text.matchAll(TURKISH_STREET) : []),
    ...text.matchAll(NUMBERED_HOUSE),
    ...wordAndNumberStreets(text),
  ];
  for (const m of matches) {
    let end = m.index + m[0].length;
    const unit = sticky(UNIT, text, end);
    if (unit) end += unit[0].length;
    const postcodeCity = sticky(POSTCODE_CITY, text, end);
    if (postcodeCity) {
      out.push({ category: "address", start: m.index, end: end + postcodeCity[0].length, level: "block", priority: 80 });
      continue;
    }
    const city = sticky(CITY, text, end);
    if (city?.[1] && !city[1].split(/[ \t]/).some((w) => isCommonWord(w))) {
      end += city[0].length;
    }
    const state = sticky(STATE, text, end);
    if (state) {
      const code = state[1];
      if ((code && US_STATE_CODES.has(code)) || (!code && state[2] && isBroadPlace(state[2].split(" ").pop() ?? ""))) {
        end += state[0].length;
      }
    }
    const zip = sticky(ZIP, text, end);
    if (zip) end += zip[0].length;
    out.push({ category: "address", start: m.index, end, level: "block", priority: 80 });
  }
}

// ---------------------------------------------------------------------------------------------
// Mail boxes and rural routes.
// ---------------------------------------------------------------------------------------------

/**
 * "PO Box 4412", "GPO Box 12", "Private Bag X3", "Locked Bag 7", "PMB 1234", "BP 1234",
 * "Postfach 12 34 56", "Apartado 45", "Caixa Postal 12", "Casilla 123".
 */
const MAIL_BOX =
  /\b(?:(?:P\.? ?O\.? ?|GPO |Post Office )(?:Box|BOX|box)|(?:PO|Private|Locked) Bag|P\.?M\.?B\.?|Postfach|Postbus|Apartado(?: de correos| postal)?|Caixa Postal|Casilla(?: de correo)?|Bo[iî]te [Pp]ostale|Case [Pp]ostale)[ \t]{0,2}#?[ \t]{0,2}[A-Z]?\d{1,6}(?:[ \t]\d{2}){0,2}(?![\w/])|\bB\.?P\.?[ \t]{1,2}\d{3,5}(?![\d/.]|[ \t]*(?:mmHg|\/))|\b(?<route>Rural Route|Star Route|Highway Contract|R\.R\.|RR|HC|R\.D\.|RD)[ \t]{0,2}#?[ \t]{0,2}\d{1,3}(?:,?[ \t]{1,2}Box[ \t]{0,2}#?[ \t]{0,2}\d{1,5})?(?![\w/])/g;
/** "RD 2, Ruatoria": a town right after the route number. */
const TOWN_AFTER_ROUTE = new RegExp(`^,[ \\t]{0,2}[${UPPER}][${LOWER}]{2,20}(?![${LETTER}]|[ \\t]+(?:mmHg|bpm|breaths))`);
const ROUTE_ADDRESS_CUE = /\b(?:address|addr|lives|living|resides|residing|mail|mailing|located|home|farm|out on|at|on)[ \t:]*$/i;

const VITALS_AFTER = /^[ \t,;]*(?:over|on|and|systolic|sys\b|mmHg|\/)|\b(?:HR|pulse|PR|RR|SpO2|sats?|temp|T|MAP|GCS)\b/i;

function detectMailRoutes(text: string, out: RawFinding[]): void {
  MAIL_BOX.lastIndex = 0;
  for (const m of text.matchAll(MAIL_BOX)) {
    const s = m[0];
    if (m.groups?.route !== undefined) {
      // "RR 18" is a respiratory rate and "HC 34" a head circumference: the short forms need a box
      // number or an address cue.
      const spelled = /^(?:Rural Route|Star Route|Highway Contract)/.test(s);
      const boxed = /Box/.test(s);
      const cued = ROUTE_ADDRESS_CUE.test(text.slice(Math.max(0, m.index - 30), m.index)) || TOWN_AFTER_ROUTE.test(text.slice(m.index + s.length, m.index + s.length + 30));
      if (!spelled && !boxed && !cued) continue;
    }
    // "BP 170 over 110", "BP 180, HR 96": a blood pressure read aloud, not a boîte postale.
    if (/^B\.?P\.?[ \t]{1,2}[1-2]?\d{2}$/.test(s) && VITALS_AFTER.test(text.slice(m.index + s.length, m.index + s.length + 30))) continue;
    out.push({ category: "address", start: m.index, end: m.index + s.length, level: "block", priority: 70 });
  }
}

/**
 * "Wausau, WI", "Tumut, NSW", "Kelowna, BC", "Cuautla, Mor.": a town with its state code. Codes
 * that are also clinical abbreviations ("ON", "NS", "AB", "PE", "MG") are left out.
 */
const STATE_CODE_AFTER_COMMA = /,[ \t]{1,2}([A-Z]{2,3}|Vic|Qld|Tas|(?:Ags|Chih|Chis|Coah|Dgo|Gro|Gto|Hgo|Jal|Méx|Mich|Mor|Nay|Oax|Pue|Qro|Tamps|Tlax|Ver|Yuc|Zac)\.)(?![A-Za-z])/g;
const OTHER_STATE_CODES: ReadonlySet<string> = new Set("NSW VIC Vic QLD Qld TAS Tas ACT QC BC SK NL YT NU".split(" "));
const MEXICAN_STATE_ABBREVIATION = /\.$/;
const CITY_BEFORE_COMMA = new RegExp(`(?<![${LETTER}])([${UPPER}][${LOWER}]{2,20}(?:[ \\t][${UPPER}][${LOWER}]{2,20}){0,2})$`);

const CITY_CUE =
  /\b(?:lives?|living|lived|resides?|residing|resident|home|hometown|from|moved|town|pt|pt's|patient|patient's|his|her|their|paciente|patiente|patientin|vive|mora|reside|wohnt|habite|seu|dona)\b/i;
const EVENT_PLACE = /\b(?:conference|meeting|congress|course|summit|symposium|workshop|convention|rounds)\b/i;

/** "Address: ..." on a form, and "lives at 45 Elm" without a street suffix. */
/** A label ending right before a colon; found from the colons, which are rare, not from the words. */
const ADDRESS_LABEL_BEFORE_COLON =
  /(?<![A-Za-z])(?:address(?: line \d)?|addr|adresse|adres|anschrift|wohnort|woonplaats|direcci[oó]n|domicilio|endere[cç]o|indirizzo|r[ée]sidence|procedencia|proced[eê]ncia|suburb|town|city|village|county|locality|quartier|munic[ií]pio|municipality|distrito|district|delegaci[oó]n|alcald[ií]a|gemeinde|miejscowo[śs][ćc]|taluka?|tehsil|mandal|landmark|alamat|anwani|tirahan|mahalle(?:si)?|il[çc]e|barangay|brgy\.?|kelurahan|kecamatan|kabupaten|desa|kampung|bosted|bopæl|hemort|kotipaikka|osoite|plaats|woonadres|(?<area>area|locality))[ \t]{0,3}$/i;
/** "Area: Adum, Kumasi": after the loose label "Area" only a place and its town ("Area: 2 cm²" is a size). */
const AREA_VALUE = /^\p{Lu}\p{Ll}{2,20}(?:[ \t]\p{Lu}\p{Ll}{2,20})?,[ \t]\p{Lu}\p{Ll}{2,20}/u;
const VALUE_AFTER_COLON = /^:[ \t]{0,3}(?=[\w#])/;
/** Values that say what kind of home, or that there is none, rather than where it is. */
const NOT_AN_ADDRESS_VALUE =
  /^(?:(?:unknown|none|n\/a|nfa|homeless|no fixed abode|withheld|redacted|on file|see above)\b|(?:SNF|ALF|LTCF?|NH|RACF|home|own home|private home|house|flat|apartment|nursing home|care home|rest home|group home|residential care|assisted living|aged care|shelter|hostel|hospice|sheltered housing|supported living|with (?:family|parents|daughter|son|wife|husband|partner))[ \t]*[.;]?$)/i;

/**
 * The labelled value starting at `start`, pushed as an address when it reads as one. It runs to
 * the end of the line, a double space, a "|" or 100 characters. "Address: unknown", "Residence:
 * SNF" are not addresses, and neither is "Address: anticoagulation reversal" (the verb): a value
 * opens with a digit, a "#", a capital or a landmark word ("near the temple, Rampur").
 */
function readLabelledValue(text: string, start: number, out: RawFinding[]): void {
  let end = start;
  const ceil = Math.min(text.length, start + 100);
  while (end < ceil && text.charAt(end) !== "\n" && text.charAt(end) !== "|" && !text.startsWith("  ", end)) end++;
  while (end > start && /[\s.,;]/.test(text.charAt(end - 1))) end--;
  const written = text.slice(start, end);
  if (end > start && (/^[\d#\p{Lu}]/u.test(written) || LANDMARK_OPENING.test(written)) && !NOT_AN_ADDRESS_VALUE.test(written)) {
    out.push({ category: "address", start, end, level: "block", priority: 75 });
  }
}
const LANDMARK_OPENING = /^(?:near|opp\.?|opposite|behind|beside|next to|c\/o)[ \t][^\n]{0,60}\p{Lu}/u;
/** "Addr. 12 Ferncliffe Rd": the abbreviated label without a colon. */
const ADDR_ABBREVIATION = /(?<![A-Za-z])(?:Addr|Adr|ADDR)\.[ \t]{1,3}(?=[\d#A-Z])/g;

function detectLabelledAddresses(text: string, out: RawFinding[]): void {
  for (let colon = text.indexOf(":"); colon !== -1; colon = text.indexOf(":", colon + 1)) {
    const value = VALUE_AFTER_COLON.exec(text.slice(colon, colon + 5));
    const label = value ? ADDRESS_LABEL_BEFORE_COLON.exec(text.slice(Math.max(0, colon - 24), colon)) : null;
    if (!value || !label) continue;
    const start = colon + value[0].length;
    if (label.groups?.area) {
      const place = AREA_VALUE.exec(text.slice(start, start + 50));
      if (!place || place[0].split(/[ \t,]+/).some((w) => isCommonWord(w))) continue;
    }
    readLabelledValue(text, start, out);
  }
  if (text.includes("dr.") || text.includes("DR.")) {
    ADDR_ABBREVIATION.lastIndex = 0;
    for (const m of text.matchAll(ADDR_ABBREVIATION)) readLabelledValue(text, m.index + m[0].length, out);
  }
  // Found from ", XX" (rare) and read back to the city: cheaper than trying a city at every capital.
  STATE_CODE_AFTER_COMMA.lastIndex = 0;
  for (const sc of text.matchAll(STATE_CODE_AFTER_COMMA)) {
    const code = sc[1] ?? "";
    if (!US_STATE_CODES.has(code) && !OTHER_STATE_CODES.has(code) && !MEXICAN_STATE_ABBREVIATION.test(code)) continue;
    const cityMatch = CITY_BEFORE_COMMA.exec(text.slice(Math.max(0, sc.index - 64), sc.index));
    if (!cityMatch) continue;
    const city = cityMatch[1] ?? "";
    const start = sc.index - city.length;
    if (city.split(/[ \t]/).some((w) => isNeverAName(w) && !isBroadPlace(w))) continue;
    // A city tied to the patient ("lives in", "from", "home") blocks; a conference city warns.
    const before = textBefore(text, start, 60);
    const cued = CITY_CUE.test(before) && !EVENT_PLACE.test(`${before} ${text.slice(start, start + 60)}`);
    out.push({ category: "address", start, end: sc.index + sc[0].length, level: cued ? "block" : "warn", priority: 60 });
  }
}

// ---------------------------------------------------------------------------------------------
// Addresses of institutions.
// ---------------------------------------------------------------------------------------------

/** An institution named before an address: the hospital's or the lab's address, not a patient's. */
const INSTITUTION_BEFORE =
  /\b(?:hospital|h[ôo]pital|hospitalet|klinik|klinikum|clinic|clinique|cl[ií]nica|lab|labo|laboratory|laboratoire|laborat[oó]rio|centre|center|CHU|university|universit[éy]|institute|institut|pharmacy|headquarters|HQ|practice|surgery|trust|department|dept|ED|A&E|office|our|we|we're|college|academy|society|association|symposium|conference|congress|congr[èe]s|kongress|venue|lecture|workshop|convention|auditorium|ministry|embassy|consulate)\b/i;
const PATIENT_WORDS =
  /\b(?:pt|pt's|patient|patient's|his|her|him|he|she|their|them|they|son|daughter|wife|husband|mother|father|family|mr|mrs|ms|resident|residents|lives|living|home|resides|address|men|women|people|kids|children|families)\b/i;

const NEAR_JUST_BEFORE = /\b(?:near|around|close to|within|outside)[ \t]+(?:the[ \t]+)?$/i;

/** Blocks among `out[from..]` whose sentence names an institution before them, and no patient, warn. */
function downgradeInstitutionAddresses(text: string, out: RawFinding[], from: number): void {
  for (let i = from; i < out.length; i++) {
    const f = out[i];
    if (f?.level !== "block") continue;
    const before = textBefore(text, f.start, 60);
    // "a clinic near 93701": a place near which someone seeks care is still where they are.
    if (NEAR_JUST_BEFORE.test(before)) continue;
    if (INSTITUTION_BEFORE.test(before) && !PATIENT_WORDS.test(before)) f.level = "warn";
  }
}

/**
 * A school named by its town ("the primary school, Kibera", "St Anne's Primary, Tarbert"): a
 * child's school places the child; the town after the comma is written as an address.
 */
const SCHOOL_TOWN =
  /\b(?:(?:primary|village|secondary|junior|infants?|nursery|grammar|middle|elementary) school|Primary|Infants),[ \t](?!(?:The|This|That|They|Their|She|He|We|It|His|Her|And|But|Which|Who|Where|When|So|Then|Our|My)\b)(\p{Lu}[\p{L}'’-]{2,24}(?:[ \t]\p{Lu}[\p{L}'’-]{1,24}){0,2}(?:,[ \t]\p{Lu}[\p{L}'’-]{2,24}){0,1})/gu;

function detectSchoolTowns(text: string, out: RawFinding[]): void {
  for (const m of text.matchAll(SCHOOL_TOWN)) {
    const place = m[1]!;
    const start = m.index + m[0].length - place.length;
    out.push({ category: "address", start, end: start + place.length, level: "block", priority: 60 });
  }
}

/**
 * Plot-and-block addresses of South Asia, East Africa and the Philippines: "House 12, Street 4",
 * "Lot 15 Phase 8, Mabini St.", "Blk 29 Lot 6, …", "Plot 7, Moi Avenue": a numbered house, plot
 * or lot, then a numbered street, road, phase, sector or block, or a named street. A Ghana
 * digital address ("GA-183-8164") after "at" or "address" is an address too.
 */
const PLOT_ADDRESS =
  /\b(?:House|Plot|Lot|Blk|Block|Flat)[ \t]?(?:No\.?[ \t]?)?\d{1,5}[A-Z]?(?:[ \t](?:Phase|Lot|Block)[ \t]\d{1,4})?,[ \t](?:(?:Street|Road|Lane|Phase|Sector|Block)[ \t][\dA-Z][\w/-]{0,8}|\p{Lu}[\p{L}]{1,20}[ \t](?:St\.?|Rd\.?|Road|Street|Avenue|Ave\.?|Lane|Drive)\b)/gu;
const DIGITAL_ADDRESS = /\b(?:at|address:?|in)[ \t]([A-Z]{2}-\d{3,4}-\d{4})\b/g;

function detectPlotAddresses(text: string, out: RawFinding[]): void {
  for (const m of text.matchAll(PLOT_ADDRESS)) {
    out.push({ category: "address", start: m.index, end: m.index + m[0].length, level: "block", priority: 75 });
  }
  for (const m of text.matchAll(DIGITAL_ADDRESS)) {
    const start = m.index + m[0].length - m[1]!.length;
    out.push({ category: "address", start, end: start + m[1]!.length, level: "block", priority: 75 });
  }
}

/**
 * Dictation left in lower case: "lives alone in kibera, nairobi daughter's number is …". A place
 * after "lives in", before a relative or a spoken punctuation mark, and not only dictionary
 * words, is where the patient lives.
 */
const DICTATED_HOME =
  /\blives(?: alone)? in ([a-z][a-zà-ÿ'-]{2,20}(?:,? [a-zà-ÿ'-]{3,20}){0,2}?)(?= (?:daughter|son|wife|husband|sister|brother|new paragraph|full stop|comma)\b)/g;

function detectDictatedHomes(text: string, out: RawFinding[]): void {
  for (const m of text.matchAll(DICTATED_HOME)) {
    const place = m[1]!;
    if (place.split(/,? /).every((w) => isCommonWord(w))) continue;
    const start = m.index + m[0].length - place.length;
    out.push({ category: "address", start, end: start + place.length, level: "block", priority: 60 });
  }
}

export const detectAddresses: Detector = (ctx: ScanContext) => {
  const out: RawFinding[] = [];
  detectLabelledAddresses(ctx.text, out);
  detectTowns(ctx.text, out);
  detectRareKeywords(ctx.text, out);
  detectAppositions(ctx.text, out);
  detectMailRoutes(ctx.text, out);
  detectLocalUnits(ctx.text, out);
  if (/school,|Primary,|Infants,/.test(ctx.text)) detectSchoolTowns(ctx.text, out);
  detectPlotAddresses(ctx.text, out);
  detectDictatedHomes(ctx.text, out);
  const located = out.length;
  detectStreets(ctx.text, out);
  detectPostalCodes(ctx.text, out);
  detectInternationalPostcodes(ctx.text, out);
  downgradeInstitutionAddresses(ctx.text, out, located);
  return out;
};
