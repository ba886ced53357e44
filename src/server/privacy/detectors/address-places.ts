/**
 * Towns, cities, suburbs, counties and local units anywhere in the world, read from the words
 * around them: a residence cue ("lives in", "moved from", "vive en", "mayor of"), a relative ("her
 * son in Leicester"), a person and "from" ("a farmer from Palmerston"), or a listed city after a
 * weak cue ("from Ibadan"). Part of the address detector (addresses.ts); the rules are listed
 * there.
 */
import { INSTITUTION_WORDS, isBroadPlace, isCommonWord, isNeverAName } from "../clinical-allowlist";
import { isListedCity, mayStartListedCity } from "../lexicon/city-lookup";
import { FIRST_NAMES } from "../lexicon/first-names";
import { isRegionName } from "../lexicon/places";
import { SURNAMES } from "../lexicon/surnames";
import { LETTER, LOWER, matchesWhere, UPPER, textAfter, textBefore } from "../context";
import type { RawFinding } from "../types";

/** A capitalised word, as street names are written: "Maple", "O’Hara", "Kōwhai", "Église". */
export const WORD = `[${UPPER}][${LOWER}'’]{1,20}`;

/**
 * Word cues are found with regexes that open with a literal space (" lives", " from"): V8 scans
 * for a literal first character many times faster than it tries a word boundary at every
 * position. A cue at the start of the text or of a line is read by the same regex made sticky,
 * at those positions only. Each match is returned without its leading space.
 */
export interface CueMatch {
  index: number;
  0: string;
}

export function spacedCues(text: string, spaced: RegExp, atStart: RegExp): CueMatch[] {
  const found: CueMatch[] = [];
  const tryAt = (i: number) => {
    atStart.lastIndex = i;
    const m = atStart.exec(text);
    if (m) found.push({ index: i, 0: m[0] });
  };
  tryAt(0);
  for (let nl = text.indexOf("\n"); nl !== -1; nl = text.indexOf("\n", nl + 1)) tryAt(nl + 1);
  spaced.lastIndex = 0;
  for (const m of text.matchAll(spaced)) found.push({ index: m.index + 1, 0: m[0].slice(1) });
  return found.length > 1 ? found.sort((a, b) => a.index - b.index) : found;
}

/** The spaced and the line-start forms of a word cue given without its opening space. */
export function cueRegexes(source: string, flags: string): [RegExp, RegExp] {
  return [new RegExp(` ${source}`, `g${flags}`), new RegExp(source, `y${flags}`)];
}

const BARE_STREET_SUFFIX = "Street|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Parkway|Pkwy|Highway|Hwy|Expressway|Turnpike|Terrace|Crescent|Grove|Close|Mews|Gardens|Parade";
/** A street without a house number, read after a locative cue: "off Kingshighway Blvd", "lives on Elm Street". */
const BARE_STREET_AT = new RegExp(`(?:${WORD}[ \\t]+){1,3}(?:${BARE_STREET_SUFFIX})(?![A-Za-z])`, "y");
/** The cues a bare street needs; they are found in the pass that finds the town cues. */
const STREET_CUE_WORDS: ReadonlySet<string> = new Set(["on", "off", "near", "along", "corner", "street", "end"]);

/** A bare street at `pos` after a street cue, pushed as an address; true when there is one. */
function readBareStreet(text: string, pos: number, out: RawFinding[]): boolean {
  BARE_STREET_AT.lastIndex = pos;
  const m = BARE_STREET_AT.exec(text);
  if (!m) return false;
  if (
    splitWords(m[0])
      .slice(0, -1)
      .some((w) => isCommonWord(w))
  )
    return false;
  out.push({ category: "address", start: pos, end: pos + m[0].length, level: "block", priority: 70 });
  return true;
}

/** After "lives", "moved" and the like: " at 45 Elm Grove", a house number and its street without a suffix. */
const AT_HOUSE = /^ (?:at|to) (\d{1,6}[A-Za-z]? [A-Z][a-z'’]{1,20}(?: [A-Z][a-z'’]{1,20}){0,3})/;

/**
 * A capitalised place word: "Ibadan", "Saint-Étienne", "Stoke-on-Trent", "O'Fallon", "KwaMashu",
 * "McDowell", "Haeundae-gu".
 */
export const PLACE_WORD = `[${UPPER}][${LOWER}'’]{1,24}(?:[${UPPER}][${LOWER}]{1,20})?(?:-[${UPPER}${LOWER}][${LOWER}'’]{0,24}){0,3}`;
/** Lower-case words inside a place name: "Rio de Janeiro", "Newcastle upon Tyne", "Frankfurt am Main". */
const PLACE_PARTICLE = "(?:de|del|de la|do|da|dos|das|di|du|des|la|le|les|el|al|am|an|der|upon|on|sur|en|y)";
/**
 * What opens a place name without being a name: "St. Boniface", "Mt Druitt", "Col. Americana",
 * "Vill. Rampur", "Section U, KwaMashu", "Sector 15, Noida", and the common words that open many
 * town names ("New Malden", "Bad Salzuflen", "Old Trafford"), kept only before a place word.
 */
const PLACE_OPENER = "(?:(?:St|Ste|Mt|Ft|Pt|Col|Fracc|Vill|Dist|Sta|Sto)\\.?|New|Bad|Old|(?:Section|Sector|Block|Phase|Zone|Extension|Ext\\.?)[ \\t][A-Z0-9]{1,3},?)[ \\t]";
const OPENER_AT = new RegExp(`^${PLACE_OPENER}`);
export const PLACE = `(?:${PLACE_OPENER})?${PLACE_WORD}(?:[ \\t](?:${PLACE_PARTICLE}[ \\t])?${PLACE_WORD}){0,3}`;
const PLACE_AT = new RegExp(PLACE, "y");
/** A lower-case word, read only when it is a listed city: "lives in leeds". */
const LOWER_PLACE_AT = /[a-z][a-z'-]{2,24}(?: [a-z][a-z'-]{2,24}){0,2}/y;
/**
 * What may follow a place in one contiguous address: ", Pune", ", Guadalajara, Jal.", " - SP",
 * ", CABA", ", 5099".
 */
/** State and province codes that may close an address: "São Paulo - SP", "Palermo, CABA", "Tempe, AZ". */
const REGION_CODE =
  "(?:A[KLRZ]|C[AOT]|D[CE]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]|O[HKR]|PA|RI|S[CD]|T[NX]|UT|V[AT]|W[AIVY]|NSW|VIC|QLD|TAS|ACT|ON|QC|BC|AB|MB|SK|NS|NB|NL|PE|YT|NU|SP|RJ|MG|RS|PR|SC|BA|CE|GO|DF|ES|AM|CABA|CDMX)";
const PLACE_TAIL = new RegExp(
  `(?:(?:,[ \\t]{1,2}|[ \\t]{1,2}-[ \\t]{1,2})(?:${PLACE_WORD}(?:[ \\t](?:${PLACE_PARTICLE}[ \\t])?${PLACE_WORD}){0,2}\\.?|${REGION_CODE}(?![A-Za-z])|\\d{4,6}(?![\\d.,])))`,
  "y",
);

/** Words that end a place name as a unit smaller than a state: "Harris County", "Orleans Parish". */
const AREA_WORD = /^(?:County|Parish|Borough|Township|District|Shire|Municipality|Prefecture)$/;
/** After a place, these make it an institution, a score or a disease, not a home. */
const NOT_A_HOME_AFTER =
  /^[ \t]*(?:[’']s[ \t]+)?(?:hospital|hospitals|clinic|clinics|infirmary|medical|health|healthcare|university|college|school|institute|centre|center|general|memorial|children'?s|cancer|heart|criteria|criterion|rules?|score|scores|scale|model|classification|definition|system|guidelines?|consensus|protocol|trial|study|cohort|group|staging|declaration|statement|virus|fever|disease|encephalitis|agent|strain|variant|syndrome|sign|maneuver|manoeuvre|procedure|technique|operation|questionnaire|index|tool|formula|equation|meeting|conference|congress|summit|symposium|course|marathon|airport|station|office|court|prison|jail|campus|branch|site|trust|board|authority|council|public|police|fire|sheriff|ems|ambulance|nurses?|zoo|times|post|tribune|herald|chronicle|journal|gazette|fc|united|city[ \t]+(?:fc|council))\b/i;
/**
 * Before a place, these words make it where care, training, work or an event happened, or where
 * the physician is, not where someone lives.
 */
const NOT_A_HOME_WORDS = new Set(
  `trained training trainee residency fellowship internship rotation rotating elective conference
  congress meeting symposium summit course workshop lecture talk presented presenting published
  publish journal study studies trial cohort registry guideline guidelines society colleague
  colleagues colleague's consultant attending professor faculty hospital hospitals clinic clinics
  centre center unit ward department dept university institute admitted transferred transfer
  referred airlifted flown retrieved diagnosed operated treated managed scanned biopsied seen tested
  records results labs report trip trips holiday holidays vacation vacationing travel travelled
  traveled travelling traveling visit visiting visited tour touring cruise flight flew stopover
  layover business pharmacy lab laboratory supplier manufacturer company firm team fan fans match
  game doc docs doctor doctors gp gps physician physicians clinician clinicians practice practices
  practitioner surgeon surgeons registrar locum nurses paramedics letter email e-mail message
  referral call fax transplant transplants treatment outbreak outbreaks endemic epidemic reported
  surveillance hospitalisé hospitalisée hospitalizado
  hospitalizada hospitalizzato hospitalizzata ricoverato ricoverata ingresado ingresada internado
  internada internato internata trasladado trasladada transféré transférée transferido transferida
  trasferito trasferita évacué évacuée evacuado evacuada removido removida verlegt eingeliefert
  aufgenommen operado operada opéré opérée operato operata`.split(/\s+/),
);
/** Relatives in the languages physicians post in (es, pt, fr, de, it): "su hija en", "sa fille à". */
const FOREIGN_RELATIVES = `hijo hija hijos hijas esposa esposo marido madre padre hermano hermana nieto nieta abuela
  abuelo familia pareja filho filha filhos filhas mãe pai irmão irmã neto neta avó avô família fils
  fille épouse mari mère père frère sœur soeur famille conjoint sohn tochter ehefrau ehemann mutter
  vater bruder schwester enkel enkelin familie figlio figlia moglie fratello sorella nipote famiglia
  chacha chachi mama mami nana nani dada dadi bhai behen didi beta beti amma ammi abba abbu bapu
  gogo oupa ouma savta saba tía tío tia tio nonna nonno oma opa`;
/**
 * Trades a patient is introduced by in the languages physicians post in, and the South Asian
 * "-wala" ("sabziwala", "rickshawala"): "pescador da Nazaré", "agricultrice à Plouguerneau".
 * Medical trades are left out: a "médecin à Lyon" is a colleague.
 */
const TRADE_WORD =
  /^(?:pescador[ae]?|pescatore|pêcheur|agricult(?:or[ae]?|rice|eur|ore)|campesin[oa]|jornaler[oa]|obrer[oa]|ouvri(?:er|ère)|albañil|pedreiro|lavrador[ae]?|taxista|camion(?:er[oa]|ista)|comerciante|vendedor[ae]?|contadino|muratore|maçon|boulanger|éleveur|vigneron|landwirt(?:in)?|winzer(?:in)?|kisan|mazdoor|dhobi|[a-z]{3,12}wal(?:l?ah|a|i))$/;
/**
 * Someone the place can belong to: the patient, a relative, a person described by sex or work.
 * Plural groups ("patients in Lagos", "men from Pike County") are a separate list: a city's
 * patients in general are nobody in particular, but a small county's may be someone.
 */
const PERSON_WORDS = new Set(
  `pt patient paciente patiente patientin he she his her him they their them son daughter wife
  husband mother father mom mum dad family brother sister parent parents grandmother grandfather
  grandson granddaughter grandparent grandparents aunt uncle niece nephew cousin partner fiance
  fiancee fiancé fiancée boyfriend girlfriend carer caregiver guardian relative child baby infant
  toddler boy girl man woman gentleman lady bloke fella lad lass chap guy teen teenager adolescent widow
  widower farmer worker miner fisherman labourer laborer picker driver housewife homemaker
  shopkeeper trader student pupil backpacker tourist expat resident retiree retired veteran
  pensioner migrant refugee mr mrs ms mev mnr herr frau sr sra srta mme mlle dona don seu signora
  signor dob ela ele ella él elle lui lei señora señor senhora senhor madame monsieur mevrouw meneer
  enfermo enferma doente utente bewohner bewohnerin hombre mujer homem mulher femme homme niño niña
  criança enfant idoso idosa anciano anciana ${FOREIGN_RELATIVES}`.split(/\s+/),
);
const GROUP_WORDS = new Set("pts patients kids children boys girls men women people farmers workers miners residents relatives grandchildren grandkids".split(" "));
/** A counted group is particular people: "three children ... from a village near Ibadan". */
const COUNTED_GROUP =
  /\b(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|both|several)[ \t]+(?:\w+[ \t]+)?(?:children|kids|patients|pts|men|women|people|siblings|brothers|sisters|cases)\b/i;
/**
 * Ages and sexes written as numbers, in the languages physicians post in: "24yo", "32/F", "67M",
 * "Aroha Tawhiri, 17, from", "94 J.", "54 años", "71 ans", "93세", "80歳", "65 tuổi".
 */
const AGE_FORM =
  /\b\d{1,3}[ -]?(?:yo|y\/o|y\.o\.|yrs?|year-old|years? old|[MF]|J\.|Jahre|jähriger?|años|anos|ans|jaar|anni|lat)(?![\w\u00C0-\u024F])|\b\d{1,3}\/[MF]\b|,[ \t]?\d{1,3},|\d{1,3}[ \t]?(?:세|歳|tuổi)/i;
const RELATIVE_WORDS = new Set(
  `son sons daughter daughters wife husband mother father mom mum dad brother brothers sister sisters
  parents family grandmother grandfather grandson granddaughter grandparents grandchildren grandkids
  aunt uncle niece nephew cousin partner kids children relatives carer caregiver
  ${FOREIGN_RELATIVES}`.split(/\s+/),
);
/** Words that may stand between a relative and the cue: "her son, who lives in". */
const RELATIVE_CONNECTORS = new Set(
  "who that lives is living based stays staying works up down over out back still now currently also que qui die der che vive mora lebt wohnt habite vit".split(" "),
);
const WORD_TOKEN = /[a-z\u00DF-\u00FF\u0100-\u024F][a-z\u00DF-\u00FF\u0100-\u024F'’-]*/g;

/** The lower-case words of a short stretch of text, without "'s" ("she's", "patient's" -> "she", "patient"). */
function lowerWords(s: string): string[] {
  return (s.toLowerCase().match(WORD_TOKEN) ?? []).map((w) => w.replace(/['’](?:s|d|re|ll|ve)$/, ""));
}

function anyIn(words: readonly string[], set: ReadonlySet<string>): boolean {
  return words.some((w) => set.has(w));
}

/** True when the text speaks of a person (a person word or an age), or of a group when allowed. */
function personContext(s: string, groups = false): boolean {
  const words = lowerWords(s);
  return anyIn(words, PERSON_WORDS) || AGE_FORM.test(s) || (groups && anyIn(words, GROUP_WORDS));
}

function notAHomeContext(s: string): boolean {
  return anyIn(lowerWords(s), NOT_A_HOME_WORDS);
}

/** An occupation ending the text before "in": "teacher" in "a retired teacher". */
const OCCUPATION_AT_END = /(?<![A-Za-z])([A-Za-z]{3,}(?:er|or|ist|ian))[ \t]*$/;
/** Occupations that are the physician's colleagues, not the patient: "a physician in Leeds". */
const COLLEAGUE_ROLE =
  /(?:olog|iatr|ician|doctor|surgeon|pharmacist|dentist|therapist|practitioner|registrar|consultant|colleague|researcher|lecturer|professor|scientist|professional|provider|worker|officer|manager|director|speaker|presenter|author|editor|reviewer|member)/;

/**
 * True when an occupation stands right before "in" in a sentence about someone: "Mrs Roe, a retired
 * teacher in Ferncliffe", "he's a shearer in Ferncliffe". Medical and academic roles are colleagues.
 */
function occupationJustBefore(text: string, pos: number, lead: string): boolean {
  const w = OCCUPATION_AT_END.exec(lead)?.[1]?.toLowerCase() ?? "";
  if (w === "" || COLLEAGUE_ROLE.test(w)) return false;
  const before = textBefore(text, pos, 100);
  const clause = before.slice(Math.max(before.lastIndexOf(","), before.lastIndexOf(";")) + 1);
  return personContext(before) && !notAHomeContext(clause) && !physicianSpeaking(text, pos);
}

/** True when `lead` ends with a relative and at most a few connecting words: "her son who lives". */
function relativeJustBefore(lead: string): boolean {
  const words = lowerWords(lead.slice(-40));
  for (let i = words.length - 1, seen = 0; i >= 0 && seen < 4; i--, seen++) {
    const w = words[i] ?? "";
    if (RELATIVE_WORDS.has(w)) return true;
    if (!RELATIVE_CONNECTORS.has(w)) return false;
  }
  return false;
}

/**
 * Cues that tie a following place to where someone lives, comes from or works, in English and in
 * the languages physicians post in (es, pt, fr, de, it, nl, vi).
 */
/** What follows a kind of home to place it: "a cabin near", "une ferme près de", "Pflegeheim in". */
const HOME_PREP = "(?:in|near|at|outside|past|by|bei|près de|cerca de|perto de|nahe|à|en|em)";
/** What may follow a place-type word before its name: "municipio de", "townland of". */
const TYPE_PARTICLE = "(?: (?:of|de|do|da|del|du|d'|von))?";
/**
 * The cue ends where a word would (?!\w) rather than at \b, which never holds after "à".
 * Grouped by first letter, which V8 tries far faster than a flat list: kinds of home then a
 * preposition ("camp near", "ferme près de"), place-type words ("municipio de", "lieu-dit",
 * "Landkreis"), verbs of living and coming from in each language, and distances ("40 km north of").
 */
const [RESIDENCE_VERB, RESIDENCE_VERB_AT_START] = cueRegexes(
  String.raw`(?:l(?:ives?|iving|ived|ebt|ocal (?:club|team|school|church|pub|shop|store|paper|newspaper|radio|community|hero|celebrity|market|to)|ieu-dit|andkreis|ocalidad${TYPE_PARTICLE})|r(?:esid(?:es?|ing|ed|ence|ents? of|ente|e)|aised in|elocat(?:ed|ing|e)|anch(?: ${HOME_PREP})?|ancho ${HOME_PREP}|ancher[ií]a${TYPE_PARTICLE}|eturn(?:ed|ing) home|uns a)|d(?:omicil(?:ed|io|iado|iada|ié|iée)|istrito${TYPE_PARTICLE}|orf ${HOME_PREP})|i(?:s from|mmigrated|ntendente)|a(?:naishi|natoka|re from|ddress (?:is|in)|partment in|lcalde(?:sa)?|bita(?:no)?|ldea${TYPE_PARTICLE}|ldeia ${HOME_PREP}|ltenheim ${HOME_PREP})|w(?:as from|ere from|ork(?:s|ed|ing)? (?:in|near|at)|ohn(?:t|en|e|haft|te|ten)|oon(?:t|de)?|onen|ohnheim ${HOME_PREP})|c(?:om(?:es?|ing) from|ame from|ity of|ounty of|ommutes? from|amp ${HOME_PREP}|abin ${HOME_PREP}|ottage ${HOME_PREP}|aravan ${HOME_PREP}|roft ${HOME_PREP}|h[áa]cara ${HOME_PREP}|o(?:muna|mmune|lonia|ncelho|rregimiento)${TYPE_PARTICLE}|ouncillor)|h(?:ails from|ome(?: is| in| to| near|town| town)?|ouse in|omeless in|abite(?:nt)?|abitant|amlet(?: of| ${HOME_PREP})|eim ${HOME_PREP}|omestead ${HOME_PREP}|ameau${TYPE_PARTICLE})|o(?:riginally from|utskirts of|wns?|riginaire|riundo|riginario|rtsteil${TYPE_PARTICLE})|n(?:atives? of|atural de|akatira sa|[ée]e? à|acid[oa] en|ascid[oa] em|at[oa] a)|b(?:or(?:de)? (?:i|på)|orn(?: and raised)? in|ack home|ased|orough of|ungalow ${HOME_PREP}|auernhof ${HOME_PREP}|arrio${TYPE_PARTICLE}|airro${TYPE_PARTICLE}|arangay${TYPE_PARTICLE}|ürgermeister)|g(?:rew up in|ranja ${HOME_PREP}|emeinde${TYPE_PARTICLE}|eboren in)|m(?:ieszka(?:j[ąa])? w|enetap di|ov(?:ed|ing)|igrated|ora[mn]?|orador|oradora|orava|ayor of|ayor for|P for|LA for|PP for|unic[ií]pio${TYPE_PARTICLE}|aison ${HOME_PREP}|aire)|t(?:own(?: of| ${HOME_PREP})|ownland${TYPE_PARTICLE}|ownship ${HOME_PREP}|railer ${HOME_PREP}|inggal di)|v(?:illage(?: of| ${HOME_PREP})|ereda${TYPE_PARTICLE}|i(?:ven?|vía|vían|vem|vo|t|vent|vait|vono)|ereador(?:a)?|ien(?:t|nent) de|ien[ea]n? de|enant de|[eê]m de|ecin[oa] de)|s(?:uburb(?: of| ${HOME_PREP})|tay(?:ing|s|ed)|ettled|ettlement ${HOME_PREP}|leep(?:s|ing) rough in|ống|eniorenheim ${HOME_PREP}|tadtteil${TYPE_PARTICLE}|tamm(?:t|en) aus|indaco)|p(?:arish of|roperty ${HOME_PREP}|ueblo ${HOME_PREP}|flegeheim ${HOME_PREP}|oblado${TYPE_PARTICLE}|ovoado${TYPE_PARTICLE}|urok${TYPE_PARTICLE}|rocedente|refeit[oa]|rovenien(?:te|ti) da)|e(?:migrated|mployed in|jido${TYPE_PARTICLE}|hpad ${HOME_PREP})|f(?:lat in|arm(?:s|ing| ${HOME_PREP})?|erme ${HOME_PREP}|inca ${HOME_PREP}|reguesia${TYPE_PARTICLE})|u(?:nemployed in|pazila${TYPE_PARTICLE})|k(?:ampung${TYPE_PARTICLE}|inderheim ${HOME_PREP}|omm(?:t|en) aus|omt uit|wam uit)|q(?:uartier${TYPE_PARTICLE})|\d{1,4} ?(?:km|kms|kilomet(?:re|er)s|miles|mi|hours?|hrs?|minutes?|mins?)(?: (?:north|south|east|west|north-?east|north-?west|south-?east|south-?west|inland))? (?:of|from|out of|outside|past|away from))(?!\w)`,
  "i",
);
/** The word right before a cue: "boilermaker" in "a retired boilermaker from". */
const LEFT_FROM = /^(?:retired|resigned|discharged|graduated|released|transferred|referred|switched|weaned|converted|changed|moved|stepped|fired|sacked|dismissed)$/i;
/** A record number: four digits or more, with letters, dots or dashes ("D5723546", "1858166-8)"). */
const ID_SHAPED = /^[(]?[A-Z]{0,4}[\d./-]*\d{4}[\d./-]*[A-Z]?[)]?$/;
/** Two capitalised words in a row, as a name is written ("Sizwe Pillay", "Ígor Costa"). */
const NAME_PAIR = new RegExp(`(?<![${LETTER}])([${UPPER}][${LOWER}]{1,20})[ \t]([${UPPER}][${LOWER}]{1,20})(?![${LETTER}])`, "g");

/** True when the text holds two capitalised words in a row that may both be names, not "Rheumatology Clinic". */
function hasNamePair(s: string): boolean {
  NAME_PAIR.lastIndex = 0;
  for (const m of s.matchAll(NAME_PAIR)) {
    if (![m[1] ?? "", m[2] ?? ""].some((x) => isNeverAName(x) || SPECIALTY_LIKE.test(x))) return true;
  }
  return false;
}
/**
 * Occupations and roles: "boilermaker", "picker", "tourist", "guardian", and "Logger" opening a
 * sentence. Medical and academic roles (COLLEAGUE_ROLE) are the physician's colleagues.
 */
const OCCUPATION_LIKE = /^[A-Za-z][a-z]{2,}(?:er|or|ist|ian)$/;

/**
 * True when the clause before "from" or "near" is about a person: a person word or an age in it
 * ("Oluwakemi Balogun, 24yo, NIN ..., from"), or a name or an occupation right before the cue
 * ("Busisiwe Venter from", "a retired boilermaker from").
 */
function personBefore(clause: string): boolean {
  // "Jane Roe (from": an opening bracket or dash before the cue is not a word.
  const words = clause
    .replace(/[\s([–—-]+$/, "")
    .trim()
    .split(/[ \t]+/)
    .slice(-4);
  const w = (words[words.length - 1] ?? "").replace(/[,.;:]+$/, "");
  // "retired from Ford", "switched from Warfarin": a verb of leaving names an employer or a drug.
  if (LEFT_FROM.test(w)) return false;
  // "Baba Tunde (70) from", "the boy (7M) from": an age in brackets belongs to a person.
  if (/^\(\d{1,3}[ \t]?(?:[MF]|yo|y\/o)?\)$/.test(w)) return true;
  if (TRADE_WORD.test(w.replace(/^[([]/, "").toLowerCase())) return true;
  if (personContext(clause, true)) return true;
  // "Sizwe Pillay, folder no. D5723546, from": a record number after a name is a patient's header.
  if (ID_SHAPED.test(w)) return hasNamePair(clause);
  if (w.length < 3 || isCommonWord(w) || isNeverAName(w)) return false;
  if (OCCUPATION_LIKE.test(w) && (/^[a-z]/.test(w) || !COLLEAGUE_ROLE.test(w.toLowerCase()))) return true;
  // A capitalised word is a name when it is a listed one or ends a run of names ("Busisiwe
  // Venter", "Zanele van der Walt"); a lone capital is more often a heading ("Rheumatology from").
  const key = w.toLowerCase();
  if (FIRST_NAMES.has(key) || SURNAMES.has(key)) return true;
  const capitalised = words.filter((x) => /^[A-Z\u00C0-\u00DE][a-z\u00DF-\u00FF]/.test(x) && !isCommonWord(x) && !isNeverAName(x));
  return /^[A-Z\u00C0-\u00DE]/.test(w) && capitalised.length >= 2;
}
/**
 * The weak cue a place needs beside it: "from Ibadan", "in Leicester", "near Maracaibo", "aus
 * Köln", and the spoken "from out Mt Druitt way", "from up the valley at Mangakino".
 */
const [WEAK_CUE, WEAK_CUE_AT_START] = cueRegexes(
  "(?:(?:in|from|near) (?:rural|remote|regional|outback|suburban|small-town|downtown|inner-city|coastal)|in|from(?: (?:out|up|down|over|back|round)(?: the [a-z]{3,12})?(?: (?:at|in|near|past|by|on))?)?|near|outside|around|aus|de|di|à|em|en|ở|près de|cerca de|perto de|called|named|on|off|along|corner of|street|at the end of|van) (?:the )?(?=[A-ZÀ-ÞĐ])",
  "",
);
/** A disease word that a place after "de"/"of" names: "fiebre de La Oroya", "maladie de Lyme". */
const DISEASE_OF_BEFORE =
  /(?:fever|fiebre|fièvre|febre|febbre|fieber|virus|vírus|disease|enfermedad|maladie|doença|malattia|krankheit|syndrome|síndrome|syndrom|sindrome|encefalitis|encéphalite|encefalite)[ \t]*$/i;
/** The physician speaking: "I trained at UCH Ibadan and now work in Kano", "we see in Leeds". */
const FIRST_PERSON = /(?:^|[^\w'’])(?:I|I'm|I've|we|we're|we've|our|my)(?![\w'’])/;
const THIRD_PERSON_WORD =
  /\b(?:he|she|his|her|him|they|their|them|pt|patient|son|daughter|wife|husband|mother|father|mum|mom|dad|brother|sister|grandmother|grandfather|grandma|grandpa|nan|gran|aunt|uncle|partner|family|child|baby|kids)\b/i;

export interface PlaceRead {
  start: number;
  end: number;
  listed: boolean;
}

export function splitWords(phrase: string): string[] {
  return phrase.split(/[ \t]+/);
}

/** True when the word, or its first hyphenated part ("Düsseldorf-Oberkassel"), starts a listed city. */
function mayBeListed(word: string): boolean {
  return mayStartListedCity(word) || mayStartListedCity(word.split("-")[0] ?? word);
}

/**
 * The place name at `pos`, cut to what is a place: the longest listed city (or a listed city with
 * its district, "Düsseldorf-Oberkassel"), else the leading words that are not common words,
 * clinical vocabulary or institution words (with an area word such as "County" kept as its end).
 * Null when nothing is left or it is a state, region or country.
 */
export function readPlace(text: string, pos: number, allowUnlisted: boolean): PlaceRead | null {
  PLACE_AT.lastIndex = pos;
  const m = PLACE_AT.exec(text);
  const phrase = m?.[0];
  if (!phrase) {
    LOWER_PLACE_AT.lastIndex = pos;
    const lower = LOWER_PLACE_AT.exec(text)?.[0];
    if (!lower) return null;
    // Lower case reads only as a listed city: "lives in leeds", not "lives in fear".
    const words = splitWords(lower);
    for (let n = words.length; n >= 1; n--) {
      const cand = words.slice(0, n).join(" ");
      if (isListedCity(cand) && !isCommonWord(words[0] ?? "")) return { start: pos, end: pos + cand.length, listed: true };
    }
    return null;
  }
  const words = splitWords(phrase);
  const first = words[0] ?? "";
  if (!allowUnlisted && !mayBeListed(first)) return null;
  for (let n = words.length; n >= 1; n--) {
    const cand = words.slice(0, n).join(" ");
    if (isListedCity(cand, "capitalised") || (n === 1 && cand.includes("-") && isListedCity(cand.split("-")[0] ?? "", "capitalised"))) {
      const withArea = n < words.length && AREA_WORD.test(words[n] ?? "") ? `${cand} ${words[n]}` : cand;
      const listed = { start: pos, end: pos + withArea.length, listed: true };
      // "gaon Rampura Kalan": where any name may be read, a listed town ("Rampura") does not cut
      // off the rest of a longer place name.
      const unlisted = allowUnlisted ? readUnlistedPlace(text, pos, phrase) : null;
      return unlisted && unlisted.end > listed.end ? { ...unlisted, listed: true } : listed;
    }
  }
  if (!allowUnlisted) return null;
  return readUnlistedPlace(text, pos, phrase);
}

/** The capitalised phrase at `pos` cut to its leading words that may name a place; null when none may. */
function readUnlistedPlace(text: string, pos: number, phrase: string): PlaceRead | null {
  // "St.", "Mt", "Col.", "Section U,": the opener of a place name is kept but not read as a word.
  const opener = OPENER_AT.exec(phrase)?.[0] ?? "";
  const named = splitWords(phrase.slice(opener.length));
  let n = 0;
  let area = false;
  for (const w of named) {
    if (n > 0 && AREA_WORD.test(w)) {
      n++;
      area = true;
      break;
    }
    if (isCommonWord(w) || (isNeverAName(w) && !isBroadPlace(w))) break;
    n++;
  }
  if (n === 0) return null;
  if (NOT_A_PLACE.has((named[0] ?? "").toLowerCase())) return null;
  if (n === 1 && SMALL_NUMBER_AFTER.test(text.slice(pos + opener.length + (named[0] ?? "").length, pos + opener.length + (named[0] ?? "").length + 6))) return null;
  const kept = named.slice(0, n);
  const name = area ? kept.slice(0, -1).join(" ") : kept.join(" ");
  // "New Zealand", "New South Wales": an opener may make a country or a state of a name.
  if (!area && (isRegionName(name) || (opener !== "" && isRegionName(opener + name)))) return null;
  if (area && name.length === 0) return null;
  return { start: pos, end: pos + opener.length + kept.join(" ").length, listed: false };
}

/**
 * Capitalised words that follow residence and movement cues in clinical shorthand without being
 * places: hospital areas and services ("came from Theatre", "moved to Bay 4", "collapsed in
 * Physio"), stages and grades, seasons, and states of life ("lives in Fear", "grew up in Foster
 * care"), holidays and feasts ("home for Eid", "back for Christmas") and languages ("explain it
 * in Twi"). Read only for places that are not listed.
 */
const NOT_A_PLACE = new Set(
  `theatre theatres recovery resus majors minors triage outpatients inpatients dialysis bay side
  stage grade step phase level class fear denial chaos poverty law christ god heaven hell finance
  sales retail banking construction education sheltered foster supported residential temporary
  social remission isolation quarantine custody prison jail work business rehab hospice physio
  cath stepdown respite delivery labour labor maternity paeds peds obs gynae neuro ortho psych
  cubicle cubicles casualty endo cardio onc haem renal gastro derm rheum neonates spring summer
  autumn winter christmas easter eid diwali deepavali ramadan ramazan hanukkah passover pesach
  thanksgiving lebaran hari raya bayram navratri holi vesak songkran tet twi akan ewe hausa yoruba
  igbo swahili kiswahili amharic tigrinya somali tagalog cebuano ilocano urdu hindi punjabi bengali
  bangla tamil telugu gujarati marathi malayalam kannada pashto dari farsi kurdish arabic hebrew
  yiddish malay bahasa javanese cantonese mandarin hokkien creole patois zulu xhosa sesotho shona
  lingala wolof`.split(/\s+/),
);
/** A small number after a word makes it a bay, bed, stage or room: "Bay 4", "Stage 3". */
const SMALL_NUMBER_AFTER = /^[ \t]\d{1,3}(?![\d.,:/-])/;

/** The place extended over what follows it in the same address: "Kothrud, Pune", "Itaquera, São Paulo - SP". */
export function withTail(text: string, place: PlaceRead): PlaceRead {
  let end = place.end;
  for (let i = 0; i < 3; i++) {
    PLACE_TAIL.lastIndex = end;
    const t = PLACE_TAIL.exec(text);
    if (!t) break;
    const words = t[0].replace(/^[, \t-]+/, "").split(/[ \t]+/);
    if (words.some((w) => isCommonWord(w.replace(/\.$/, "")))) break;
    end += t[0].length;
  }
  return { ...place, end };
}

/** True when the text right after a place makes it an institution, a score, a disease or an event. */
function notAHomeAfter(text: string, end: number): boolean {
  return NOT_A_HOME_AFTER.test(text.slice(end, end + 40));
}

/** "Dr. Rebecca Sandoval here,", "this is Dr Okafor": the physician introducing themself. */
const SELF_INTRODUCTION =
  /\b(?:(?:Dr|Dra|Doctor|Prof)\.?[ \t]+\p{Lu}[\p{L}'’-]+(?:[ \t]\p{Lu}[\p{L}'’-]+)?,?[ \t]+here\b|\b(?:this is|I am|I'm)[ \t]+(?:Dr|Dra|Doctor|Prof)\.?[ \t]+\p{Lu})/u;

/**
 * True when the clause before `pos` speaks of the physician ("I", "we", "our", or the physician
 * introducing themself) and of no one else.
 */
function physicianSpeaking(text: string, pos: number): boolean {
  const before = textBefore(text, pos, 80);
  return (FIRST_PERSON.test(before) || SELF_INTRODUCTION.test(before)) && !THIRD_PERSON_WORD.test(before);
}

/**
 * Cues after which the place follows directly: "hometown Leicester", "native of Ibadan", "a cabin
 * near Kapuskasing", and place-type words ("municipio de Metlatónoc", "lieu-dit Les Bordes",
 * "Landkreis Göttingen", "bairro Capão Redondo").
 */
const DIRECT_PLACE_CUE =
  /(?:^|[ ])(?:uit|sa|di|aus|em|en|à|a|w|i|på)$|^(?:lives|resides|anaishi|anatoka)$|(?:town|of|in|is|for|to|near|at|outside|past|by|bei|de|do|da|del|du|d'|von|rancher[ií]a|municipio|munic[ií]pio|comuna|commune|lieu-dit|colonia|barrio|bairro|aldea|vereda|corregimiento|localidad|ejido|townland|hameau|landkreis|gemeinde|ortsteil|stadtteil|quartier|freguesia|concelho|distrito|kampung|barangay|purok|poblado|povoado|upazila)$/i;
const CAMP_NOT_HOME = /(?:eye|medical|health|surgical|screening|vaccination|immuni[sz]ation|dental|cataract|training|boot|football|sports?|summer)[ \t]*$/i;
/** The window after a residence cue in which its place may follow: up to a clause break. */
const CLAUSE_BREAK = /[.;:!?()\n]|\b(?:and|but|who|which|that|because|so|when|while|although|since|until|where|after|before|then|y|e|et|und|mas|pero)\b/;
const PREPOSITION_BEFORE_PLACE =
  /(?:^|[ \t,])(?:in|near|to|from|outside(?: of)?|around|at|of|for|past|beyond|uit|sa|on the outskirts of|just outside(?: of)?|close to|en|em|na|no|nos|nas|à|a|au|aux|aus|bei|di|da|do|de|del|ở|tại)[ \t]+(?:the[ \t]+|el[ \t]+barrio[ \t]+de[ \t]+|la[ \t]+colonia[ \t]+|a[ \t]+(?:village|town|suburb|farm|city)[ \t]+(?:of|near|outside)[ \t]+)?(?=[A-Za-zÀ-ÞĐ])/gi;

/** What may stand between a residence cue and a bare street: " way up", " on", " off", " down". */
const RESIDENCE_STREET_LEAD = /^[ \t]+(?:(?:way|right|just|all the way)[ \t]+)?(?:up|down|on|off|along|out|at the end of)[ \t]+(?:the[ \t]+)?(?=[A-Z])/;

/** Chat written all in lower case: "okada rider from ikorodu", "pescador da nazaré". */
// The word first, then what must come before it: a literal start lets V8 skip ahead to it
// instead of testing the lookbehind at every position (four times faster over a post).
const LOWER_ORIGIN = /(?:from|da|de|à)(?<=[a-z\u00DF-\u00FF)] (?:from|da|de|à)) ([a-z\u00DF-\u00FF][a-z\u00DF-\u00FF'-]{3,20})(?![\w\u00C0-\u024F])/g;

export function detectTowns(text: string, out: RawFinding[]): void {
  // In a stretch with no capital letter, a person's trade or kin ("rider from", "pescador da")
  // ties a lower-case word that is no common or clinical word to them as a place.
  LOWER_ORIGIN.lastIndex = 0;
  for (const m of text.matchAll(LOWER_ORIGIN)) {
    const lead = textBefore(text, m.index, 60);
    const word = m[1] ?? "";
    if (/[A-Z]/.test(lead) || isCommonWord(word) || isNeverAName(word) || NOT_A_PLACE.has(word) || /where$|^(?:uber|abroad|overseas|interstate|upcountry)$/.test(word)) continue;
    const last = (/[^\s(]+[ \t]*$/.exec(lead)?.[0] ?? "").trim();
    if (!TRADE_WORD.test(last) && !RELATIVE_WORDS.has(last) && !(OCCUPATION_LIKE.test(last) && !COLLEAGUE_ROLE.test(last))) continue;
    const start = m.index + m[0].length - word.length;
    out.push({ category: "address", start, end: start + word.length, level: "block", priority: 55 });
  }
  const seen = new Set<number>();
  const push = (p: PlaceRead, level: "block" | "warn", priority: number) => {
    if (seen.has(p.start)) return;
    seen.add(p.start);
    out.push({ category: "address", start: p.start, end: p.end, level, priority });
  };

  // 1. A residence cue, then a place before the clause ends: "lives in Wagga Wagga", "moved from
  //    Maracaibo to Leeds", "hometown Ibadan", "vive en el barrio de Las Tres Mil Viviendas",
  //    "mayor of Tralee". The physician's own ("I live in Leeds") only warns.
  for (const cue of spacedCues(text, RESIDENCE_VERB, RESIDENCE_VERB_AT_START)) {
    const from = cue.index + cue[0].length;
    // "40 km north of Tamworth", "two hours from Moree": a distance places someone only when the
    // clause is about them ("the nearest MRI is 300 km from Dubbo" is not).
    if (/^\d/.test(cue[0]) && !personContext(textBefore(text, cue.index, 80), true) && !personBefore(textBefore(text, cue.index, 60))) continue;
    // "an eye camp in Sitapur", "a training camp near Lyon": camps run for care or sport are not homes.
    if (/^camp/i.test(cue[0]) && CAMP_NOT_HOME.test(textBefore(text, cue.index, 30))) continue;
    const house = AT_HOUSE.exec(text.slice(from, from + 80));
    if (house && /^(?:liv|resid|stay|moved)/i.test(cue[0])) {
      const street = house[1] ?? "";
      const start = from + house[0].length - street.length;
      out.push({ category: "address", start, end: start + street.length, level: "block", priority: 70 });
    }
    let window = text.slice(from, from + 60);
    const stop = CLAUSE_BREAK.exec(window);
    if (stop) window = window.slice(0, stop.index);
    // "lives way up Caney Fork Rd", "lives off Old Mill Lane": a bare street after a residence cue.
    const streetLead = RESIDENCE_STREET_LEAD.exec(window);
    if (streetLead && /^(?:liv|resid|stay|mov|home|house)/i.test(cue[0])) readBareStreet(text, from + streetLead[0].length, out);
    // "hometown Leicester", "native of Ibadan": the place may follow the cue directly.
    const direct = /^[ \t]+(?:is[ \t]+)?/.exec(window);
    const starts: number[] = [];
    if (direct && DIRECT_PLACE_CUE.test(cue[0])) starts.push(from + direct[0].length);
    PREPOSITION_BEFORE_PLACE.lastIndex = 0;
    for (const p of window.matchAll(PREPOSITION_BEFORE_PLACE)) starts.push(from + p.index + p[0].length);
    // "moved from Warfarin to Apixaban": a move between drugs or doses is not a move between places.
    if (/^mov/i.test(cue[0]) && /\bto[ \t]+[A-Z][a-z]+/.test(window) && isNeverAName(/\bto[ \t]+([A-Z][a-z]+)/.exec(window)?.[1] ?? "")) continue;
    let found = 0;
    // "works in", "working at", "based": where someone works is theirs only when the clause names
    // someone; "now working in Melbourne" alone is the physician.
    const workCue = /^(?:work|employ|based|runs|owns)/i.test(cue[0]);
    const own = physicianSpeaking(text, cue.index) || (workCue && !personContext(textBefore(text, cue.index, 80)));
    for (const s of starts) {
      if (found >= 2) break;
      // "Home haemo training in Gisborne": training, care or an event between the cue and the
      // place makes it where that happens, not a home.
      if (notAHomeContext(text.slice(from, s))) continue;
      const place = readPlace(text, s, true);
      if (!place || notAHomeAfter(text, place.end)) continue;
      if (specialtyNotPlace(text, place)) continue;
      push(withTail(text, place), own ? "warn" : "block", own ? 40 : 65);
      found++;
    }
  }

  // 2. A place after a weak cue. After a relative ("her son in Leicester") or a person ("a retired
  //    boilermaker from Palmerston") any place blocks; a listed city blocks in a sentence about a
  //    person, unless the sentence is about training, care, travel, an event or the physician, and
  //    warns otherwise.
  for (const m of spacedCues(text, WEAK_CUE, WEAK_CUE_AT_START)) {
    const start = m.index + m[0].length;
    if (seen.has(start)) continue;
    const words = m[0].trim().split(/[ \t]/);
    const word = words[0]?.toLowerCase() ?? "";
    // "off Kingshighway Blvd", "lives on Elm Street", "at the end of Main Rd": a bare street.
    const streetCue = STREET_CUE_WORDS.has(word) || STREET_CUE_WORDS.has(words[words.length - 2]?.toLowerCase() ?? "");
    if (streetCue && readBareStreet(text, start, out)) continue;
    if (streetCue && word !== "near") continue;
    // A listed city is cheap to rule out; the context is read only for what may be a place.
    let place = readPlace(text, start, false) ?? plainlyAPlace(text, start, words[1] ?? "");
    const lead = text.slice(Math.max(0, m.index - 60), m.index);
    // "fiebre de La Oroya", "fièvre de Lassa", "virus do Nilo": a disease named for a place.
    if ((word === "de" || word === "di" || word === "da" || word === "do") && DISEASE_OF_BEFORE.test(lead)) continue;
    const named = word === "called" || word === "named";
    // "a village near Ibadan called Lalupon": a name given to a place.
    const namedPlace = named && /\b(?:village|town|suburb|hamlet|township|settlement|area|place|barrio|bairro|colonia)\b[^.!?\n]{0,40}$/i.test(lead);
    if (named && !namedPlace) continue;
    const relative = relativeJustBefore(lead) || (word === "in" && occupationJustBefore(text, m.index, lead));
    const fromPerson = FROM_OR_NEAR.has(word);
    let tied = relative || namedPlace;
    let before: string | null = null;
    // "señora de 89 años de La Pintana", "Oupa Koos, 92, van Calvinia": "de"/"van" right after an
    // age is where that person is from.
    if (!tied && ORIGIN_AFTER_AGE.has(word) && AGE_JUST_BEFORE.test(lead)) tied = true;
    // "pescador da Nazaré", "agricultrice à Plouguerneau": a trade, then where the person is from.
    if (!tied && (ORIGIN_PARTICLES.has(word) || word === "à") && TRADE_WORD.test((/[^\s(]+[ \t]*$/.exec(lead)?.[0] ?? "").trim().toLowerCase())) tied = true;
    if (!tied && fromPerson && !DOCTOR_NAME_BEFORE.test(lead)) {
      before = textBefore(text, m.index, 100);
      // Only the last clause can make it elsewhere: "on a working holiday visa, ..., fruit picker near".
      const clause = before.slice(Math.max(before.lastIndexOf(","), before.lastIndexOf(";")) + 1);
      tied = personBefore(textBefore(text, m.index, 60)) && !notAHomeContext(clause);
    }
    if (!place && tied) place = readPlace(text, start, true);
    if (!place && !tied && (fromPerson || ORIGIN_PARTICLES.has(word))) {
      // "From Ferncliffe, 82M, fall": an age or sex right after the place makes it someone's.
      const unlisted = readPlace(text, start, true);
      if (unlisted && AGE_FORM.test(text.slice(unlisted.end, unlisted.end + 16))) {
        place = unlisted;
        tied = true;
      }
    }
    let homeAfter = false;
    if (!place && !tied && (word === "in" || word === "at" || word === "en" || word === "em")) {
      // "in Mile End student housing", "at Hulme flats": a kind of home after the place makes it one.
      const unlisted = readPlace(text, start, true);
      homeAfter = unlisted !== null && HOME_AFTER.test(text.slice(unlisted.end, unlisted.end + 30));
      // "fell in Car park B", "crashed in Formula Ford racing": a capital opening a noun phrase.
      const nounPhrase = unlisted !== null && !homeAfter && NOUN_AFTER.test(text.slice(unlisted.end, unlisted.end + 20));
      if (unlisted && (homeAfter || (!nounPhrase && (incidentPlace(text, m.index) || venuePlace(text, m.index))))) {
        place = unlisted;
        tied = true;
      }
    }
    // "Ferncliffe council flats": the kind of home outranks the institution word inside it.
    if (!place || (!homeAfter && notAHomeAfter(text, place.end))) continue;
    // "contacts from the Interior", "her brother in the Gulf": an unlisted name after "the" is a
    // region ("the Valley", "the North"), not a town.
    if (!place.listed && !homeAfter && m[0].endsWith("the ") && !AREA_AFTER.test(text.slice(place.end, place.end + 16))) continue;
    if (tied) {
      if (specialtyNotPlace(text, place)) continue;
      push(withTail(text, place), "block", 60);
      continue;
    }
    before ??= textBefore(text, m.index, 100);
    if (notAHomeContext(before) || physicianSpeaking(text, m.index)) {
      push(place, "warn", 40);
      continue;
    }
    const after = textAfter(text, place.end, 60);
    const aboutPerson = personContext(before) || personContext(after) || COUNTED_GROUP.test(before);
    push(aboutPerson ? withTail(text, place) : place, aboutPerson ? "block" : "warn", aboutPerson ? 55 : 40);
  }
}

/** "the Tarrawonga area": an area word after a name after "the" makes it a town's surroundings. */
const AREA_AFTER = /^[ \t]{1,2}(?:area|district|valley|suburbs|shire|municipality|township)\b/;
const AREA_ADJECTIVE = /^(?:rural|remote|regional|outback|suburban|small-town|downtown|inner-city|coastal)$/i;
const PLACE_SIGN_NEAR = /, |area|distr|region|valley|suburbs|shire|munic|township/;
/** After an unlisted place, what makes it plainly a place: its state ("Tumut, NSW"), or "area". */
const PLACE_SIGN_AFTER = new RegExp(
  `^(?:,[ \t]{1,2}(?:${REGION_CODE}(?![A-Za-z])|(${PLACE_WORD}(?:[ \t]${PLACE_WORD}){0,2}))|[ \t]{1,2}(?:area|district|region|valley|suburbs|shire|municipality|township)\b)`,
);

/**
 * An unlisted place that is plainly one, read as a listed city would be: after an area adjective
 * ("in rural Gundagai"), before its state ("from Tumut, NSW", "from Ballarat, Victoria") or
 * before "area" ("from the Tumut area").
 */
function plainlyAPlace(text: string, start: number, adjective: string): PlaceRead | null {
  const areaAdjective = AREA_ADJECTIVE.test(adjective);
  // Most capitals after "in" or "from" have neither sign: a cheap look rules them out first.
  if (!areaAdjective && !PLACE_SIGN_NEAR.test(text.slice(start, start + 60))) return null;
  const place = readPlace(text, start, true);
  if (!place || areaAdjective) return place;
  const sign = PLACE_SIGN_AFTER.exec(text.slice(place.end, place.end + 40));
  if (!sign) return null;
  if (sign[1] !== undefined && !isRegionName(sign[1])) return null;
  return place;
}

/** Particles that mean "from" only in a person's description: "89 años de", "92, van". */
const ORIGIN_PARTICLES: ReadonlySet<string> = new Set(["de", "van", "da", "do"]);
/** The same right after an age, with Italian "di" ("88 anni, di Bergamo"); elsewhere "di" heads eponyms ("frattura di Colles"). */
const ORIGIN_AFTER_AGE: ReadonlySet<string> = new Set([...ORIGIN_PARTICLES, "di"]);
/** An age ending the text: "de 89 años", "54 ans", "24yo", "Koos, 92,". */
const AGE_JUST_BEFORE = /(?:\b\d{1,3}[ -]?(?:años|anos|ans|anni|jaar|jarige|yo|y\/o|years? old),?|,[ \t]?\d{1,3},?)[ \t]*$/i;
/** A doctor's name before "from" is a colleague's town: "Dr Amanda Kiernan from Dubbo". */
const DOCTOR_NAME_BEFORE = /\b(?:Dr|Dra|Prof|Professor|Doctor|Doctora)\.?[ \t](?:[A-Z][\w'’-]+[ \t]?){1,3}$/;
/** Weak cues after which a person's place follows ("a farmer from", "vit près de"). */
const FROM_OR_NEAR: ReadonlySet<string> = new Set(["from", "near", "outside", "around", "aus", "près", "cerca", "perto"]);
/** A lower-case word after a capital that is not a function word: the capital opens a noun phrase. */
const NOUN_AFTER =
  /^[ \t]+(?!(?:and|or|but|on|at|in|with|when|while|after|before|last|this|that|the|a|an|where|which|who|near|during|by|from|to|for|of|yesterday|today|tonight|overnight|early|late|around|about|until|as|so|then|he|she|they|we|i|was|is|were|are|had|has|and|daily|weekly|nightly|every|most|each|again|often|sometimes|alone|now|still|twice|once|since|till|til)(?![a-z]))[a-z]/;
/** A kind of home after a place: "Mile End student housing", "Hulme flats", "Rosebank retirement village". */
const HOME_AFTER =
  /^[ \t]{1,2}(?:(?:student|council|social|public|sheltered)[ \t])?(?:housing|halls|flats|estate|projects|caravan park|trailer park|retirement village|care home|nursing home|rest home)\b/i;

/**
 * An incident that happened to someone, right before "in": "rolled his ute in", "was bitten in",
 * "found collapsed in", "mordedura de alacrán en". Where it happened is theirs.
 */
const INCIDENT_BEFORE =
  /\b(?:roll(?:ed|s)|crash(?:ed|es)?|collaps(?:ed|es)|found|fell|falls?|assault(?:ed)?|attack(?:ed)?|stabb(?:ed|ing)|stabbing|shot|shooting|bit(?:ten)?|bites?|stung|stings?|injur(?:ed|y|ies)|drown(?:ed|ing)|rescu(?:ed|ing)|arrested|accident|overdosed|struck|mordedura|mordida|picadura|picada|ca[ií]da|accidente|acidente|queda|agresi[oó]n|atropelad[oa]|unfall|sturz|gestürzt|chute|morsure|piq[uû]re)\b/i;
/** The last clause before `pos`: from the last sentence break, colon or semicolon, at most 80 characters back. */
function clauseBefore(text: string, pos: number): string {
  const s = text.slice(Math.max(0, pos - 80), pos);
  const cut = Math.max(s.lastIndexOf(". "), s.lastIndexOf("\n"), s.lastIndexOf("? "), s.lastIndexOf("! "), s.lastIndexOf(";"));
  return s.slice(cut + 1);
}

/** True when the clause before "in" at `pos` tells of an incident to a person ("bloke ... rolled his ute in"). */
function incidentPlace(text: string, pos: number): boolean {
  const clause = clauseBefore(text, pos);
  const incident = INCIDENT_BEFORE.exec(clause);
  // Only what stands between the incident and the place can make it elsewhere ("fell at the conference in").
  if (!incident || notAHomeContext(clause.slice(incident.index))) return false;
  const sentence = textBefore(text, pos, 120);
  return (THIRD_PERSON_WORD.test(sentence) || personContext(sentence, true) || hasNamePair(sentence)) && !physicianSpeaking(text, pos);
}

/**
 * A place of a patient's daily life right before "in"/"at"/"near": "the pub in", "daycare in",
 * "the mine at", "her school in", "the shelter near". Not a place of care or of study: a hospital
 * or a clinic "in X" is the provider's, and those words are not listed.
 */
const VENUE_BEFORE =
  /\b(?:pub|bar|school|primary|high school|daycare|day care|nursery|kindergarten|creche|crèche|church|chapel|mosque|temple|gurdwara|synagogue|shop|store|supermarket|factory|mine|farm|station|club|gym|market|mill|plant|warehouse|restaurant|café|cafe|takeaway|chipper|camp|prison|jail|hostel|shelter|abattoir|quarry|dairy|orchard|vineyard|building site|garage|salon|barbershop|office)[ \t]{1,3}$/i;

/** True when the place after the cue at `pos` is where the patient lives their life ("the pub in X"), in a sentence about a person. */
function venuePlace(text: string, pos: number): boolean {
  if (!VENUE_BEFORE.test(text.slice(Math.max(0, pos - 24), pos))) return false;
  const sentence = textBefore(text, pos, 160);
  return (THIRD_PERSON_WORD.test(sentence) || personContext(sentence, true) || hasNamePair(sentence)) && !notAHomeContext(sentence) && !physicianSpeaking(text, pos);
}

/** Department and specialty words that follow "her daughter in ...": "Pediatrics", "Nursing". */
const SPECIALTY_LIKE = /^[A-Z][a-z]+(?:ics|ogy|ery|ine|ing|ment|tion|sion|ness|ity|ware|tech)$/;
/** Spatial words after which a name is a place, even one shaped like a field ("near Kapuskasing", "past Woking"). */
const SPATIAL_BEFORE = /(?:near|past|outside|beyond|by|bei)[ \t]{1,3}$/i;

/** True when an unlisted place reads as a field of work ("her daughter in Nursing"), not a town. */
function specialtyNotPlace(text: string, place: PlaceRead): boolean {
  if (place.listed || !SPECIALTY_LIKE.test(text.slice(place.start, place.end))) return false;
  return !SPATIAL_BEFORE.test(text.slice(Math.max(0, place.start - 10), place.start));
}

/** "Harris County", "County Cork", "Co. Mayo", "Orleans Parish": found from the area word. */
const AREA_NAME_BEFORE = new RegExp(`(?<![${LETTER}])(${PLACE_WORD}(?:[ \\t]${PLACE_WORD}){0,2})[ \\t]$`);
const AREA_NAME_AFTER = new RegExp(`^[ \\t](${PLACE_WORD})`);

/** A county named for an event, training or a trip, not a home: "the congress in Orange County". */
const COUNTY_EVENT =
  /\b(?:conference|congress|meeting|symposium|summit|course|workshop|trained|training|residency|fellowship|visited|visiting|trip|holiday|vacation|outbreaks?|endemic|epidemic|surveillance|cases reported|reported from)\b/i;

/** An area keyword at `index` ("County", "Co.", "Parish"...) and its name before or after it. */
function readCounty(text: string, index: number, keyword: string, out: RawFinding[]): void {
  const keyEnd = index + keyword.length;
  // "Co." only opens a name ("Co. Clare"); the other words may also close one ("Harris County").
  const before = keyword === "Co." ? null : AREA_NAME_BEFORE.exec(text.slice(Math.max(0, index - 40), index));
  const after = !before && (keyword === "County" || keyword === "Co.") ? AREA_NAME_AFTER.exec(text.slice(keyEnd, keyEnd + 30)) : null;
  let start: number;
  let end: number;
  let name: string;
  if (before) {
    // "In Harris County", "The Orange County": leading common words are not part of the name.
    const words = splitWords(before[1] ?? "");
    let k = 0;
    while (k < words.length - 1 && isCommonWord(words[k] ?? "")) k++;
    name = words.slice(k).join(" ");
    start = index - name.length - 1;
    end = keyEnd;
  } else if (after) {
    name = after[1] ?? "";
    start = index;
    end = keyEnd + after[0].length;
  } else {
    return;
  }
  // "Apache County", "Lee County": a name before an area word is a place even when it is also a
  // score or an eponym; common and institution words still are not ("Health Board County").
  const notAName = before ? (w: string) => isCommonWord(w) || INSTITUTION_WORDS.has(w.toLowerCase()) : (w: string) => isCommonWord(w) || isNeverAName(w);
  if (name.length < 3 || splitWords(name).some(notAName)) return;
  if (notAHomeAfter(text, end)) return;
  const context = textBefore(text, start, 100);
  const tied = personContext(context, true) || personContext(textAfter(text, end, 60), true) || /\b(?:lives?|living|resides?|from|moved|home|rural|farm)\b/i.test(context);
  const event = COUNTY_EVENT.test(context);
  out.push({ category: "address", start, end, level: tied && !event ? "block" : "warn", priority: 60 });
}

// ---------------------------------------------------------------------------------------------
// Local units named by their kind.
// ---------------------------------------------------------------------------------------------

/**
 * Units that only name a place smaller than a state: Korean and Japanese districts
 * ("Haeundae-gu", "Shinjuku-ku"), Vietnamese wards and districts ("Phường Láng Hạ", "Quận Đống
 * Đa"), Indian villages and sub-districts ("Vill. Rampur Kalan", "Tehsil Sikar"), Japanese block
 * addresses ("5-19-1 Nishi-Shinjuku") and Irish Eircodes ("V95 N5H3").
 */
const VIETNAMESE_UNIT = /(?:[Pp]hường|[Qq]uận|[Hh]uyện|Xã|Thôn|Ấp|Thị trấn|Thị xã)[ \t]+(?:\d{1,3}(?![\d.,]\d)|[^,.;:\n()]{2,30})/g;
/** Letters only Vietnamese uses: the Vietnamese units are looked for only in text that has them. */
const VIETNAMESE_LETTER = /[\u1EA0-\u1EF9ơưđĐ]/;
const LOCAL_UNIT_FORMS: readonly RegExp[] = [
  /(?<![A-Za-z0-9])(?:[AC-FHKNPRTV-Y]\d{2}|D6W)[ \t](?=[0-9AC-FHKNPRTV-Y]{0,3}\d)(?=[0-9AC-FHKNPRTV-Y]{0,3}[AC-FHKNPRTV-Y])[0-9AC-FHKNPRTV-Y]{4}(?![A-Za-z0-9])/g,
];
/**
 * Words for units smaller than a state that open their name, in the languages physicians post in:
 * "village Kakori", "gaon Bhainsa Khera", "wieś Zarzecze, gmina Nisko", "Kebele 07", "moshav
 * Nahalal", "Comunidad: Chinchero", "care home Heaton Mersey", "Pflegeheim Bad Zwischenahn".
 */
const UNIT_BEFORE =
  /(?<![\p{L}])(?:[Vv]illage|gaon|[Gg]ram|wieś|[Gg]mina|powiat|tehsil|taluka|distt\.|[Kk]ebele|[Ww]oreda|moshav|kibbutz|[Dd]esa|[Kk]elurahan|[Kk]ecamatan|[Cc]omunidad|[Cc]are home|[Nn]ursing home|Pflegeheim|EHPAD|[Tt]ambon|Sector|Pocket)(?:[ \t]?:|[ \t]of)?[ \t]{1,2}/uy;
/** UNIT_BEFORE without its u-flag lookbehind: where it can match (context.ts matchesWhere). */
const UNIT_BEFORE_CANDIDATE = new RegExp(UNIT_BEFORE.source.replace("(?<![\\p{L}])", ""), "g");
if (UNIT_BEFORE_CANDIDATE.source.includes("\\p{")) throw new Error("UNIT_BEFORE_CANDIDATE must hold no \\p{} class");
/** Korean and Japanese district suffixes, found from the hyphen: "Haeundae-gu", "Shinjuku-ku". */
const DISTRICT_SUFFIX = /-(?:gu|ku|shi|si|dong|eup|myeon|gun|machi|cho)(?![A-Za-z])/g;
const DISTRICT_NAME_BEFORE = new RegExp(`(?<![${LETTER}-])[${UPPER}][${LOWER}]{2,20}$`);
/** "S/o Nawal Saini, ", "W/o Senthil, ": a relation marker and a name, then the address (South Asia). */
const RELATION_MARKER = new RegExp(`\\/[Oo][ \\t]+[${UPPER}][${LOWER}]{1,20}(?:[ \\t][${UPPER}][${LOWER}]{1,20}){0,3},[ \\t]*`, "g");
const RELATION_LETTER_BEFORE = /(?<![A-Za-z])[SDWC]$/;

const CAPITALISED_BEFORE = new RegExp(`(?<![${LETTER}])[${UPPER}][${LOWER}]{2,24}$`);
const LOWER_WORD_BEFORE = /(?<![a-z])[a-z]{3,24}$/;

/** A lower-case word before `pos` that is a listed city ("jhansi" in chat), as a match. */
function lowerListedBefore(text: string, pos: number): RegExpExecArray | null {
  const m = LOWER_WORD_BEFORE.exec(text.slice(Math.max(0, pos - 25), pos));
  return m && isListedCity(m[0]) ? m : null;
}

/**
 * Rare keywords, found in one pass over the text and each read by its own rule: area words
 * ("Harris County", "County Cork"), Indian units ("Tehsil Sikar"), numbered houses ("House 23,
 * Festac Town, Lagos"), Hindi postpositions ("Moradabad se aaye", "jhansi le jaayenge"), named
 * farms and stations ("runs Coolibah Creek Station") and populations ("Aysgarth, population
 * 500"). One pass for all of them is cheaper than one per rule; the literal space that opens it
 * is what V8 scans for fastest.
 */
const RARE_KEYWORD =
  / (?:(County|Parish|Borough|Township|Shire|Co\.|district|tehsil|taluka|köyü|Mah\.|Mahallesi|neighbou?rhood|mohalla)|(Vill\.|VPO|Tehsil|Teh\.|Taluka?|Tal\.|Tq\.|Mandal|Dist\.|Distt\.)|(House|Plot|Flat|Block|Apartment|Compound)|(se aa(?:ye|yi|ya|te|ti)|(?:mein|me) reh(?:te|ti|ta)|le ja(?:a?yenge|enge|na|te|ti|ega|egi))|(Station|Farm|Ranch|Homestead|Hacienda|Fazenda|Estancia|Plantation)|\(?([Pp]op(?:ulation|\.)|[Ee]inwohner(?:n|innen)?|[Pp]oblaci[oó]n|[Hh]abitant(?:e?s)|inhabitants|abitanti|souls))(?![A-Za-z])/g;
/** The name of a rural property before its kind: "Coolibah Creek" in "Coolibah Creek Station". */
const PROPERTY_NAME_BEFORE = new RegExp(`(?<![${LETTER}])((?:${PLACE_WORD}[ \t]){0,2}${PLACE_WORD})$`);
/** Who has the property: "runs", "owns", "works on", and for farms also "from", "on", "at". */
const PROPERTY_VERB_BEFORE =
  /(?:runs|run|owns|own|manages|managed|ran|owned|(?:works?|worked|working|lives?|lived|living|grew up|raised|stays?|staying) (?:on|at))[ \t]+(?:the[ \t]+)?$/i;
const PROPERTY_PLACE_BEFORE = /(?:from|on|at|near)[ \t]+(?:the[ \t]+)?$/i;

/**
 * "runs Coolibah Creek Station", "a farmer from Glenrock Farm": a named farm, station or ranch
 * tied to someone. A station only after a verb of having or working it ("runs", "works on"): "at
 * Victoria Station" is a railway's.
 */
function readProperty(text: string, at: number, kind: string, out: RawFinding[]): void {
  const name = PROPERTY_NAME_BEFORE.exec(text.slice(Math.max(0, at - 1 - 60), at - 1));
  if (!name) return;
  const words = splitWords(name[1] ?? "");
  let k = 0;
  while (k < words.length && (isCommonWord(words[k] ?? "") || isNeverAName(words[k] ?? ""))) k++;
  if (k === words.length) return;
  const kept = words.slice(k).join(" ");
  const start = at - 1 - kept.length;
  const lead = textBefore(text, start, 80);
  const verb = PROPERTY_VERB_BEFORE.test(lead);
  const place = kind !== "Station" && PROPERTY_PLACE_BEFORE.test(lead) && personContext(lead, true);
  if ((!verb && !place) || physicianSpeaking(text, start)) return;
  out.push({ category: "address", start, end: at + kind.length, level: "block", priority: 60 });
}
const INDIAN_UNIT_AT = new RegExp(
  `(?:Vill\\.|VPO|Tehsil|Teh\\.|Taluka?|Tal\\.|Tq\\.|Mandal|Dist\\.|Distt\\.)[ \\t]+[${UPPER}][${LOWER}]{2,20}(?:[ \\t][${UPPER}][${LOWER}]{2,20})?`,
  "y",
);
const HOUSE_AT = /(?:House|Plot|Flat|Block|Apartment|Compound)[ \t]\d{1,4}[A-Z]?,[ \t]{1,2}/y;

export function detectRareKeywords(text: string, out: RawFinding[]): void {
  RARE_KEYWORD.lastIndex = 0;
  for (const m of text.matchAll(RARE_KEYWORD)) {
    const at = m.index + 1;
    if (m[1] !== undefined) {
      readCounty(text, at, m[1], out);
    } else if (m[2] !== undefined) {
      INDIAN_UNIT_AT.lastIndex = at;
      const unit = INDIAN_UNIT_AT.exec(text);
      if (unit) out.push({ category: "address", start: at, end: at + unit[0].length, level: "block", priority: 70 });
    } else if (m[3] !== undefined) {
      HOUSE_AT.lastIndex = at;
      const house = HOUSE_AT.exec(text);
      if (!house) continue;
      const place = readPlace(text, at + house[0].length, true);
      if (!place) continue;
      const full = withTail(text, place);
      // One place after the house could be a ward or a unit; two are an address.
      if (full.end === place.end && !place.listed) continue;
      out.push({ category: "address", start: at, end: full.end, level: "block", priority: 65 });
    } else if (m[5] !== undefined) {
      readProperty(text, at, m[5], out);
    } else if (m[6] !== undefined) {
      readPopulation(text, m.index + m[0].length - m[6].length, m[6], out);
    } else {
      // "Moradabad se aaye", "Lucknow mein rehte", "jhansi le jaayenge": lower case only as a listed city.
      const name = CAPITALISED_BEFORE.exec(text.slice(Math.max(0, m.index - 25), m.index)) ?? lowerListedBefore(text, m.index);
      if (!name || isCommonWord(name[0]) || isNeverAName(name[0])) continue;
      out.push({ category: "address", start: m.index - name[0].length, end: m.index, level: "block", priority: 60 });
    }
  }
}

/**
 * Chinese, Japanese and Korean addresses written in their own script: a run of administrative
 * units ("北京市朝阳区建国路88号", "東京都渋谷区神南1-2-3", "서울특별시 강남구 역삼동"). Read only in
 * text that has those scripts.
 */
const CJK_ADDRESS =
  /(?:[\u4e00-\u9fff]{1,8}(?:省|市|区|區|县|縣|镇|鎮|乡|鄉|村|都|道|府|町|丁目))+(?:[\u4e00-\u9fff0-9０-９-]{0,10}(?:路|街|道|巷|弄|号|號|番地|番|丁目))?(?:[0-9０-９]{1,4}(?:[-－][0-9０-９]{1,4}){0,2})?/g;
// Units may be listed with commas, smallest first: "망원동, 마포구".
const HANGUL_ADDRESS = /(?:[\uac00-\ud7a3]{1,8}(?:특별시|광역시|시|군|구|읍|면|동|리|로|길),?[ \t]?){2,}(?:[0-9]{1,4}(?:-[0-9]{1,4})?)?/g;
const CJK_OR_HANGUL = /[\u4e00-\u9fff\uac00-\ud7a3]/;
/** "住在上海市", "来自广州市", "家住成都": a Chinese or Japanese residence cue, then the place. */
const CJK_RESIDENCE = /(?:住在|住址[:：]?|居住在?|来自|來自|家住|住所[:：]?|在住)([\u4e00-\u9fff]{1,8}(?:省|市|区|區|县|縣|镇|鎮|乡|鄉|村|都|道|府|町)?)/g;

export function detectLocalUnits(text: string, out: RawFinding[]): void {
  if (CJK_OR_HANGUL.test(text)) {
    CJK_RESIDENCE.lastIndex = 0;
    for (const m of text.matchAll(CJK_RESIDENCE)) {
      const place = m[1] ?? "";
      const start = m.index + m[0].length - place.length;
      out.push({ category: "address", start, end: start + place.length, level: "block", priority: 65 });
    }
    for (const re of [CJK_ADDRESS, HANGUL_ADDRESS]) {
      re.lastIndex = 0;
      for (const m of text.matchAll(re)) {
        // One unit alone ("市" in a sentence, "구" in a word) is not an address: two are.
        if ([...m[0].matchAll(/省|市|区|區|县|縣|镇|鎮|乡|鄉|村|都|道|府|町|丁目|路|街|号|號|번지|특별시|광역시|시|군|구|읍|면|동|리|로|길/g)].length < 2) continue;
        // Listed with commas the units go smallest first and end in a district or city
        // ("망원동, 마포구"); two words of one kind ("활동, 운동": activity, exercise) are prose.
        if (m[0].includes(",") && !/(?:특별시|광역시|시|군|구)[,\s]*$/.test(m[0].replace(/[0-9-]+$/, ""))) continue;
        out.push({ category: "address", start: m.index, end: m.index + m[0].replace(/[,\s]+$/, "").length, level: "block", priority: 70 });
      }
    }
  }
  const forms = VIETNAMESE_LETTER.test(text) ? [VIETNAMESE_UNIT, ...LOCAL_UNIT_FORMS] : LOCAL_UNIT_FORMS;
  for (const form of forms) {
    form.lastIndex = 0;
    for (const m of text.matchAll(form)) {
      const lead = m[0].startsWith(" ") ? 1 : 0;
      const end = m.index + m[0].replace(/[ \t]+$/, "").length;
      out.push({ category: "address", start: m.index + lead, end, level: "block", priority: 70 });
    }
  }
  for (const m of matchesWhere(text, UNIT_BEFORE_CANDIDATE, UNIT_BEFORE)) {
    const at = m.index + m[0].length;
    // "Kebele 07, Bahir Dar", "Pocket 4, Sector 23, Rohini": a numbered unit is an address only
    // with the place it is in; a named one ("gmina Nisko", "moshav Nahalal") is a place itself.
    const numbered = /^\d{1,3}(?![\d.])/.exec(text.slice(at, at + 4));
    const place = numbered ? { start: at, end: at + numbered[0].length, listed: false } : readPlace(text, at, true);
    if (!place || notAHomeAfter(text, place.end)) continue;
    const full = withTail(text, place);
    if (numbered && full.end === place.end) continue;
    out.push({ category: "address", start: m.index, end: full.end, level: "block", priority: 65 });
  }
  DISTRICT_SUFFIX.lastIndex = 0;
  for (const m of text.matchAll(DISTRICT_SUFFIX)) {
    const name = DISTRICT_NAME_BEFORE.exec(text.slice(Math.max(0, m.index - 21), m.index));
    if (name) out.push({ category: "address", start: m.index - name[0].length, end: m.index + m[0].length, level: "block", priority: 70 });
  }
  RELATION_MARKER.lastIndex = 0;
  for (const m of text.matchAll(RELATION_MARKER)) {
    if (!RELATION_LETTER_BEFORE.test(text.slice(Math.max(0, m.index - 2), m.index))) continue;
    const place = readPlace(text, m.index + m[0].length, true);
    if (place) out.push({ category: "address", start: place.start, end: withTail(text, place).end, level: "block", priority: 65 });
  }
}

// ---------------------------------------------------------------------------------------------
// A place in apposition to a patient.
// ---------------------------------------------------------------------------------------------

/** Who a header or a request is about: "Re:", "Patient", "Paciente", "Name:", "for". */
const [PATIENT_CUE, PATIENT_CUE_AT_START] = cueRegexes("(?:Re:|RE:|Pt:?|PT:|Patient:?|Paciente:?|Patiente:?|Patientin:?|Name:|Nombre:|Nom ?:|for)[ \\t]{1,3}(?=[A-ZÀ-ÞÑ])", "");
/** A person's name, then up to two comma-separated details with a digit (an ID, an age, a DOB). */
const NAME_THEN_DETAILS = new RegExp(
  `(?:(?:Mr|Mrs|Ms|Miss|Sr|Sra|Herr|Frau|Mme|M\\.|seu|dona)\\.?[ \\t])?([${UPPER}][${LOWER}'’-]{1,20})(?:[ \\t](?:[${UPPER}][${LOWER}'’-]{1,20}|[${UPPER}]{2,20}|de|da|van|von|del|dos|la)){1,3},[ \\t]{1,2}(?:[^,\\n;:]{0,24}\\d[^,\\n;]{0,24},[ \\t]{1,2}){0,2}`,
  "y",
);
/** What a place in apposition must be followed by: the end of the clause, or its county. */
const APPOSITION_END = /^(?:[ \t]*(?:[.;\n]|$)|,[ \t]{1,2}(?:Co\.|County)[ \t])/;
const TITLE_NOT_PATIENT = /^(?:Dr|Prof|Doctor|Professor|Sister|Nurse|Dear)$/;
const REQUEST_BEFORE_FOR =
  /(?:\d{4}|\b(?:CHI|NHS|NHI|MRN|UR|number|no\.|referral|request|bloods|results|scan|letter|script|prescription|form|bed|booking|appointment|admission))[ \t]*$/i;

/**
 * "Re: Gráinne Gallagher, Kilbrittain, Co. Cork", "Paciente Conchita Gallegos, RUT ..., Ñuñoa.",
 * "the CHI for Joshuah Effertz, Dingwall.": a patient's name, its details, then a place that ends
 * the clause, as referral headers are written.
 */
export function detectAppositions(text: string, out: RawFinding[]): void {
  detectWorkThenPlace(text, out);
  detectPlaceThenAge(text, out);
  for (const cue of spacedCues(text, PATIENT_CUE, PATIENT_CUE_AT_START)) {
    const at = cue.index + cue[0].length;
    NAME_THEN_DETAILS.lastIndex = at;
    const named = NAME_THEN_DETAILS.exec(text);
    if (!named || TITLE_NOT_PATIENT.test(named[1] ?? "")) continue;
    // "for" names the patient only after a record or a request: "the CHI 2411722478 for", "bloods for".
    if (cue[0].startsWith("for") && !REQUEST_BEFORE_FOR.test(textBefore(text, cue.index, 40))) continue;
    const place = readPlace(text, at + named[0].length, true);
    if (!place || !APPOSITION_END.test(text.slice(place.end, place.end + 12))) continue;
    if (specialtyNotPlace(text, place) || notAHomeAfter(text, place.end)) continue;
    out.push({ category: "address", start: place.start, end: place.end, level: "block", priority: 60 });
  }
}

/**
 * "(retired grain farmer, Humboldt)", "(retired miner, Glace Bay)", "(ancien marin-pêcheur,
 * Douarnenez)": a bracket describing someone by their work, then a place closing it. Group 1: the
 * last word of the work.
 */
const WORK_THEN_PLACE_IN_BRACKETS =
  /\((?:(?:retired|former|ex|semi-retired|unemployed|ancien(?:ne)?|jubilad[oa]|aposentad[oa]|pensionad[oa])[ \t-])?(?:[a-z\u00DF-\u00FF-]{2,15}[ \t]){0,2}([a-z\u00DF-\u00FF-]{3,20}),[ \t]{1,2}(?=[A-Z\u00C0-\u00DE])/g;
/** Words of work that end like "-er" and the rest: "farmer", "gangman", "labourer", "marin-pêcheur". */
const WORK_WORD = /(?:er|or|ist|ian|man|woman|worker|hand|smith|wright|eur|euse|trice|ier|ière|ero|era|eiro|eira|ista|ant|ante)$/;

/**
 * A place closing a bracket that describes someone by their work: "(retired farmer, Ballinamore)".
 * Colleagues' roles ("(cardiologist, Leeds)") are where a doctor works, not a home.
 */
function detectWorkThenPlace(text: string, out: RawFinding[]): void {
  if (!text.includes("(")) return;
  WORK_THEN_PLACE_IN_BRACKETS.lastIndex = 0;
  for (const m of text.matchAll(WORK_THEN_PLACE_IN_BRACKETS)) {
    const work = m[1] ?? "";
    if (!(WORK_WORD.test(work) || TRADE_WORD.test(work)) || COLLEAGUE_ROLE.test(work) || isCommonWord(work)) continue;
    const place = readPlace(text, m.index + m[0].length, true);
    if (!place || !/^[ \t]*[),]/.test(text.slice(place.end, place.end + 3))) continue;
    if (specialtyNotPlace(text, place) || notAHomeAfter(text, place.end)) continue;
    out.push({ category: "address", start: place.start, end: place.end, level: "block", priority: 60 });
  }
}

/** "Barrow-in-Furness, 54M, shipyard welder": a place opening a line, then an age and sex. */
const LINE_PLACE_THEN_AGE = new RegExp(`(?:^|\\n)[ \\t]*(?=${PLACE_WORD})`, "g");
const AGE_SEX_AFTER_PLACE = /^,[ \t]{0,2}\d{1,3}[ \t]?(?:[MF]|yo|y\/o|J\.|ans|años|anos|yrs?)(?![\w\u00C0-\u024F])/;

/** A place that opens a line and is followed by the person's age and sex, as in a case's first line. */
function detectPlaceThenAge(text: string, out: RawFinding[]): void {
  LINE_PLACE_THEN_AGE.lastIndex = 0;
  for (const m of text.matchAll(LINE_PLACE_THEN_AGE)) {
    const place = readPlace(text, m.index + m[0].length, true);
    if (!place || !AGE_SEX_AFTER_PLACE.test(text.slice(place.end, place.end + 16))) continue;
    const words = splitWords(text.slice(place.start, place.end));
    // "Smith, 54M" is a name, left to the name detector; a place needs a listed name or a shape no
    // name has (a hyphenated or several-word name with a particle).
    if (!place.listed && !/-|[ \t](?:on|upon|in|de|la|le|sur|am|an)[ \t]/.test(text.slice(place.start, place.end)) && words.length < 2) continue;
    out.push({ category: "address", start: place.start, end: place.end, level: "block", priority: 55 });
  }
}

// ---------------------------------------------------------------------------------------------
// A place described by its size (read from the population keyword found by RARE_KEYWORD).
// ---------------------------------------------------------------------------------------------

/** What joins a place to its population: ", ", " (", " - ". */
const JOIN = "(?:,[ \\t]{0,2}|[ \\t]{1,2}\\([ \\t]?|[ \\t]{1,2}[-–—][ \\t]{1,2})";
const ABOUT = "(?:about|around|approx\\.?|approximately|roughly|under|barely|just over|just|only|some|less than|unos|apenas|c\\.|ca\\.|~|<)?[ \\t]?";
const COUNT = "(\\d{1,3}(?:[,.]\\d{3})?|\\d{1,6})";
/** "Aysgarth, population about 500": the keyword after the join, the count after the keyword. */
const JOIN_BEFORE_WORD = new RegExp(`${JOIN}$`);
const COUNT_AFTER_WORD = new RegExp(`^[ \\t:]{1,3}(?:of[ \\t]+)?${ABOUT}${COUNT}(?!\\d|[,.]\\d|[ \\t]?(?:million|mil|m|k|thousand|Mio)\\b)`);
/** "Valdemeca, 38 habitantes": the join and the count before the keyword. */
const JOIN_AND_COUNT_BEFORE_WORD = new RegExp(`${JOIN}${ABOUT}${COUNT}[ \\t]$`);
const PLACE_BEFORE_POPULATION = new RegExp(`(?<![${LETTER}])(${PLACE})$`);
/** Below this many people a place identifies its residents (the Safe Harbor threshold for ZIP areas). */
const SMALL_POPULATION = 20000;

/**
 * A place with a population under 20,000 named in a post: "a tiny place - Aysgarth, population
 * about 500 - and the whole village knows", "Tumut (pop. 6,000)", "Valdemeca, 38 habitantes".
 * Countries and regions, and larger places, are not.
 */
function readPopulation(text: string, index: number, keyword: string, out: RawFinding[]): void {
  const before = text.slice(Math.max(0, index - 30), index);
  let count: string | undefined;
  let join: RegExpExecArray | null = null;
  const word = keyword.toLowerCase();
  if (word.startsWith("pop") || word.startsWith("einw") || word.startsWith("pobl")) {
    join = JOIN_BEFORE_WORD.exec(before);
    count = join ? COUNT_AFTER_WORD.exec(text.slice(index + keyword.length, index + keyword.length + 40))?.[1] : undefined;
  }
  if (count === undefined) {
    join = JOIN_AND_COUNT_BEFORE_WORD.exec(before);
    count = join?.[1];
  }
  if (!join || count === undefined || Number(count.replace(/[,.]/g, "")) >= SMALL_POPULATION) return;
  readPlaceEndingAt(text, index - join[0].length, out);
}

/** Pushes the place that ends exactly at `end`: in "Visit Aysgarth" it is read from the first word after which it does. */
function readPlaceEndingAt(text: string, end: number, out: RawFinding[]): void {
  const name = PLACE_BEFORE_POPULATION.exec(text.slice(Math.max(0, end - 60), end));
  if (!name) return;
  const phrase = name[1] ?? "";
  for (let i = 0; i < phrase.length; i = phrase.indexOf(" ", i) + 1) {
    const place = readPlace(text, end - phrase.length + i, true);
    if (place && place.end === end) {
      out.push({ category: "address", start: place.start, end: place.end, level: "block", priority: 60 });
      return;
    }
    if (phrase.indexOf(" ", i) === -1) return;
  }
}
