/**
 * Ages over 89. Safe Harbor allows ages up to 89 and the single aggregate "90 or older"; any more
 * specific age of 90 or more, or a birth year that implies one, identifies the patient.
 *
 * Rules:
 * - block: "92-year-old", "97 y/o", "97yoF", "91 yrs", "92M", "M/96", "96/F", "F, 95,", "age 94",
 *   "aged ~97", "at the age of 93", "turned 95", "95th birthday", "he's 94", "a woman of 94",
 *   "Mr. Castellano, 95 and still driving", "Edna Whitfield (93)", "Herbert is 97",
 *   "who has also 90" (a Romance calque), "tiene 93 y vive sola", "At 98, he ...", "Bay 6: Mr Osei
 *   97 CAP", "94 YO F" (capitals), "95 yeras old" (typos before "old"), key-value labels
 *   ("Alter: 96", "Âge : 92", "Age at admission: 92") and markdown or tab-separated table columns
 *   headed "Age", "Yrs", "Idade", ...
 * - block, in words: "ninety-one-year-old", "NINETY-TWO YO", "nine four year old" (dictated digit
 *   by digit), "90 for year old" (a misheard unit, only before "year old"), "Dreiundneunzigjährige",
 *   "noventa y dos años", "novantadue anni".
 * - block, other languages: "95 ans", "95 Jahre", "95 años", "95 anos", "94-jarige", "93enne",
 *   "95 saal", "93 yaşında", "96 лет", "94歳", "97周岁", "九十五歳", "91a".
 * - block: "born in 1931" (Safe Harbor counts a birth year that implies 90+).
 * - block: a decade band or approximation inside 90+ tied to a person ("in her late 90s", "in his
 *   nineties", "Gogo, mid-90s", "Leanne's 90-odd", "Jamie, ninety-something"): narrower than the
 *   one aggregate Safe Harbor allows, so it counts as the age.
 * - warn: "nonagenarian", "centenarian": no number, but still a band the physician should confirm.
 *   The plurals name a population and are not reported.
 * - never: "90%", "90 minutes", "91 bpm", "SpO2 91", "90+", "over 90", "the over-90s", "age 90 or
 *   older", "90 years and older", "mayores de 90 años", "plus de 90 ans", "hace 95 años",
 *   "aged 65-90", "95th percentile", "sats in the 90s", "Room 95", "BP 96/60", "sodio 116 y
 *   confusión" (Spanish "y" is "and"), "90-odd patients".
 *
 * Numbers from 90 to 119 are rare in text, so the detector finds them first and then reads the
 * words around each one: one cheap pass instead of a regex per phrasing.
 */
import { isNeverAName } from "../clinical-allowlist";
import { FIRST_NAMES } from "../lexicon/first-names";
import { SURNAMES } from "../lexicon/surnames";
import { hasCjk, LETTER, LOWER, UNIT_AFTER, UPPER } from "../context";
import type { Detector, RawFinding, ScanContext } from "../types";

const OLD_NUMBER = /\b(?:9\d|1[01]\d)(?!\d)/g;
/**
 * Age suffixes: English ("97 y/o", "93-yo", "93yo/F", "92M", "96/f"), the European ones ("95 ans",
 * "95 Jahre", "95 años", "94-jarige", "92-åring", "93-letnia", "93enne"), and others clinicians
 * paste from records ("95 saal", "91 tuổi", "93 tahun", "93 yaşında", "93 лет", "94歳", "93살").
 */
const SUFFIX_AGE =
  /^(?:\s?-?\s?(?:years?|yrs?|yo|y)[\s-]?old\b|\s?-?\s?y[a-z]{0,4}\.?[\s.-]{0,2}old\b|\s?-?\s?y\.?[\s-]o\.?(?![A-Za-z])|\s?(?:-?(?:y\/o|y\.o\.?|yo|yrs?|years?)|y)(?:\s?\/?\s?[MFmf](?![A-Za-z]))?(?![A-Za-z/]|\.\w)|\s?\/?\s?[MF](?![A-Za-z\d])|\s?\/\s?f(?![A-Za-z\d])|\sf(?=[,;]|\s(?:with|from|who|presenting|presents|admitted|brought|on|in)\b)|(?:th|st|nd|rd) (?:birthday|bday|b-day)\b|\s?-?(?:ans|años|anos|anni|éves|évesen|de ani|ani|vuotias|vuotiaana|Jahren?|J\.|[jJ]ährige?[rnms]?|jaar|jarigen?|år|åring(?:en)?|lat|lata|letni[aey]?|latek|latka|saal|varsh|baras|tuổi|tahun|taong gulang|yaşında|yaş|лет|года|летн[а-я]{1,3}|pirulos|abriles|velitas|primaveras|\.\s?Lebensjahr(?:es)?)(?![A-Za-z\u00C0-\u024F\u0400-\u04FF])|enne(?![A-Za-z])|\s?(?:周岁|週歲|周歲|岁|歲|歳|才|세|살|ปี|साल|वर्ष|ετών|χρονών))/;
/** The English year words in any case: triage notes are often in capitals ("94 YO F", "94 YRS OLD"). */
const SUFFIX_AGE_ANY_CASE = /^(?:\s?-?\s?(?:years?|yrs?|yo|y)[\s-]?old\b|\s?-?(?:y\/o|y\.o\.?|yo|yrs?|years?)(?:\s?\/?\s?[mf](?![a-z]))?(?![a-z/]|\.\w))/i;
/** "95 years ago", "95 years later": a time span, not an age. */
const TIME_SPAN_AFTER = /^\s?-?\s?(?:years?|yrs?)\s(?:ago|later|before|after|since|earlier)\b/i;
/** "hace 95 años", "il y a 95 ans", "for 95 years": a span of time before the number, not an age. */
const TIME_SPAN_BEFORE = /(?:\b(?:hace|il y a|depuis|desde|durante|pendant|vor|seit|for|during|since)|(?<![\w\u00C0-\u024F])há)\s$/i;
/** The year words a time span can end in ("for 95 years"; never "for 93F", a consult). */
const YEARS_SUFFIX = /^\s?-?\s?(?:years?|yrs?|ans|años|anos|anni|Jahren?|jaar|år|lat|saal)$/i;
/**
 * A bare "y" after the number is English shorthand for years ("94 y, confused") but Spanish for
 * "and" ("sodio 116 y confusión"): followed by a lower-case word it is an age only when that word
 * continues an English age phrase.
 */
const BARE_Y_AFTER = /^\s[a-z\u00DF-\u00FF]/;
const BARE_Y_ENGLISH =
  /^\s(?:old|with|who|female|male|man|woman|lady|gentleman|gent|pt|patient|presenting|presents|presented|from|in|on|admitted|brought|lives|living|is|was|has|had|and|w\/)\b/;
/**
 * Dictation of the units digit: "90 for year old" is "ninety-four year old" misheard, "90 four
 * year old" half transcribed. Only with a singular "year old" right after ("90 two-year-olds" is a
 * count of children).
 */
const HOMOPHONE_AGE_AFTER = /^\s(?:for|to|too|ate|won|one|two|three|four|five|six|seven|eight|nine)[\s-]years?[\s-]old\b/i;
/** "90-odd", "90-something", "90ish": an approximate age, an age only with a person cue. */
const APPROX_AFTER = /^[\s-]?(?:odd|something|ish)\b/i;
/** Portuguese and Spanish shorthand "91a", "93 a." (anos, años): an age only with a person cue. */
const SHORT_A_AFTER = /^\s?a\.?(?![\w\u00C0-\u024F])/;
/** "in her 93rd year": an ordinal year of life. */
const ORDINAL_YEAR_AFTER = /^(?:th|st|nd|rd) year\b/;
/** Aggregates written after a unit ("90 years and older", "90 años o más", "90 ans et plus"). */
const AGGREGATE_TAIL = /^\s?(?:\+|or (?:older|over|above|more)|and (?:over|older|above|up)|o m[áa]s|y m[áa]s|ou mais|ou plus|et plus|und (?:älter|mehr)|e oltre|o più|of ouder)/i;
/**
 * An age keyword, or a key-value label, right before the number ("age 94", "Alter: 96",
 * "Idade - 91", "Âge : 92", "Leeftijd 93"). The lookbehind stands in for \b, which does not see
 * accented letters.
 */
const KEYWORD_BEFORE =
  /(?<![\w\u00C0-\u024F])(?:aged?|age:|ages|age\s?\((?:y|yrs?|years?|a|ans|años|anos|J|Jahre)\)|age (?:at|on) [a-z]{3,12}|age of|at the age of|turned|turns|turning|celebrated|celebrating|âgée? de|âge|im Alter von|Alter:?|edad de|edad:?|idade de|idade:?|età di|età|di anni|leeftijd|ålder|alder|umar|umr|edat|возраст|อายุ|उम्र|आयु|miaka|בת|בן)\s?[:~≈|=-]?\s?$/i;
/** A person as the subject: "he's 94", "pt is 92", "who turned 95". Never a bare "was 92" (a lab). */
const PRONOUN_BEFORE =
  /\b(?:he|she|pt|patient|who|mom|mum|mam|mammy|mommy|ma|dad|mother|father|gran|granny|nan|nana|nanna|grandma|grandpa|grandad|granddad|grandmother|grandfather|husband|wife|sie|er)(?: just| recently| finally)?(?:['’]s|(?<=\b(?:he|she))s| is| was| turned| turns| will be| will turn| is turning|['’]ll be|['’]ll turn)(?: now| just| almost| nearly| already| still)?\s$/i;
/**
 * "She just hit 90 and", "er wurde 95.": verbs that also take a score or a duration ("she hit 95 on
 * the test", "er war 95 Minuten"), so an age only when the phrase ends right after the number.
 */
const PRONOUN_MILESTONE_BEFORE =
  /\b(?:he|she|pt|patient|who|mom|mum|dad|mother|father|gran|nan|grandma|grandpa|husband|wife|sie|er)(?: just| recently| finally)?(?: hit| hits| reached| reaches| ist| war| wird| wurde)(?: jetzt| nun| schon| gerade)?\s$/i;
/**
 * Romance verbs of age without the year word: "tiene 94 y vive sola", "completou 95 ontem". An age
 * only when the phrase ends or goes on to a conjunction or a time word ("tiene 94 de sodio" is a lab).
 */
const ROMANCE_VERB_BEFORE = /(?<![\w\u00C0-\u024F])(?:tiene|tenía|tem|tinha|cumpli[óo]|cumple|cumplirá|completou|completa|completará|fez|faz|fará|compie|compirà)\s$/i;
const ROMANCE_VERB_AFTER = /^\s?(?:[,;.)!?]|$|y\b|e\b|con\b|com\b|ontem|ayer|hoy|hoje|la semana|a semana|el mes|o mês|(?:este|esta|neste|nesta|próximo|próxima)\s)/i;
/** "At 94, she still drives": a sentence opening on the age, with the person right after it. */
const AT_AGE_BEFORE = /(?:^|[.!?]\s{1,3}|\n)(?:Even |Still |And )?[Aa]t\s$/;
const AT_AGE_AFTER = /^,?\s(?:she|he|they|the patient|my patient|our patient|Mr|Mrs|Ms|Mx|Miss)\b/;
/** "Bed 4: Mrs Ng 94 LRTI": a titled name, a space, the age, then a diagnosis or a clause. */
const TITLE_SPACE_AFTER = /^\s?(?:[,;)]|\s?[-–]\s|\s(?:with|w\/|and|who|lives|living|from)\b|\s[A-Z]{2,}\b)/;
/**
 * "who has also 90", "she has 93": the French, Spanish and Portuguese way of giving an age, written
 * in English. An age only when the phrase ends right after the number ("she has 94 on the MoCA" is
 * a score).
 */
const HAS_BEFORE = /\b(?:he|she|pt|patient|who|mother|father|husband|wife)\s(?:has|had)(?: also| now| already| still)?\s$/i;
/** "Baba Eze is 98", "Marjorie's 90-odd": a name (checked by the caller) and a verb of being. */
const NAME_VERB_BEFORE = new RegExp(`(?:^|[^${LETTER}])([A-Z][${LOWER}'’-]+)(?:['’]s| is| was| turned| turns)(?: now| just| almost| nearly| already| still)?\\s$`);
/**
 * "Mr. Castellano, 95 and", "the patient, 91, lives alone", "Nonna Rosa De Luca - ninety-three,",
 * "Tomás Herrera (goes by Tom), 92,": a person, a comma or dash (after at most one bracketed
 * aside), the age.
 */
const APPOSITIVE_BEFORE = new RegExp(`(?:^|[^${LETTER}])([${LETTER}][${LOWER}'’-]+)\\.?(?:\\s?\\([^()\\n]{1,40}\\))?(?:\\s?,|\\s[-–—])\\s(?:de\\s|di\\s)?$`);
/** "Edna Whitfield, 93,": the word before the last one, when it is a listed given name. */
const FIRST_OF_PAIR = new RegExp(`(?:^|[^${LETTER}])([A-Z][${LOWER}'’-]+)\\s[A-Z][${LOWER}'’-]+(?:\\s?\\([^()\\n]{1,40}\\))?(?:\\s?,|\\s[-–—])\\s$`);
/**
 * "Winifred (the care home calls her Auntie Win), 103,": an aside about what a person is called
 * (in English, Italian, French, Spanish, German) before the comma.
 */
const ALIAS_ASIDE_BEFORE = /\([^()\n]{0,30}\b(?:calls? (?:him|her)|goes by|known as|aka|nicknamed|detta|detto|dite|llamad[ao]|genannt)\b[^()\n]{0,20}\)\s?,\s$/;
/** Two capitalised words that open the text or a line, then a comma: "Rivka Goldshtein, ". */
const OPENING_PAIR_BEFORE = new RegExp(`(?:^|\\n)[ \\t]{0,3}([A-Z][${LOWER}'’-]+) ([A-Z][${LOWER}'’-]+),\\s$`);
/** "孙桂芳, 93,", "石川 トミ (Ishikawa Tomi), 91,": a name in a CJK script, a comma, the age. */
const CJK_NAME_BEFORE = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af](?:\s?\([^()\n]{1,40}\))?\s?[,，、]\s?$/;
/**
 * Person words, including the kinship honorifics clinicians use for elderly patients in many
 * communities ("Gogo", "Nonna", "Baba", "Dadi") and the Romance words for an elderly person.
 */
const PERSON_NOUN =
  /^(?:pt|pat|patient|man|woman|gentleman|lady|male|female|nonagenarian|centenarian|widow|widower|resident|veteran|grandmother|grandfather|mother|father|husband|wife|grandma|grandpa|granny|gran|nan|aunt|auntie|uncle|patiente?|patientin|paciente|paziente|doente|utente|idos[oa]|ancian[oa]|se[nñ]h?or[a]?|signora|signore|nonn[ao]|abuel[ao]|av[óô]|oma|opa|gogo|baba|mama|dadi|nani|dada|dadaji|nanaji|bibi|lola|lolo|elder|kuia|koro|kaumātua|kaumatua|oupa|ouma|halmeoni|halmoni|harabeoji|obaachan|ojiichan|babcia|dziadek|bubbe|zayde|mzee|hajja|hajji|haji|mevrouw|meneer|pani|pan|ibu|bapak|teyze|amca|babu|hajj?a|hajjah|nenek|kakek|hanım|hanim|bey|savta|saba|mormor|farmor|morfar|farfar|bestemor|bestefar|mummo|nana|tita|tito)$/i;
/** A person word, then a bracket opening on a capitalised word and a comma: "man (Hamish, ". */
const DESCRIBED_IN_BRACKETS = new RegExp(`\\b([A-Za-z]+)\\s?\\(\\s?(?:[A-Z][\\w\\u00C0-\\u024F'’-]+\\s){0,2}([A-Z][${LOWER}'’-]+),\\s$`);
/** A sex letter right before the age: "M/96", "F, 95," (forms and handover lists). */
const SEX_BEFORE = /(?:^|[^A-Za-z])[MF]\s?(?:\/|,)\s?$|(?:^|[\n:;(]\s?|[-*•]\s)[MF]\s$/;
// Courtesy and kinship titles of many languages: "Mzee Kipchumba, 94", "Hajja Moza, 97", "Lola
// Remedios, 92", "Pn. Siti, 91", "Pani Zofia, 93", "Mevrouw de Vries, 95".
const TITLE_WORDS =
  "(?:Mr|Mrs|Ms|Miss|Mx|Herr|Frau|Fru|Mme|Sr|Sra|Dona|Doña|Don|Signora|Signor|Pat|Nonna|Nonno|Gogo|Baba|Mama|Oma|Opa|Abuela|Abuelo|Auntie|Aunty|Uncle|Granny|Elder|Kuia|Koro|Oupa|Ouma|Tannie|Oom|Mzee|Bibi|Hajja|Hajjah|Hajji|Haji|Alhaji|Alhaja|Hajia|Sheikh|Sayyid|Lola|Lolo|Nana|Dadi|Nani|Pn|En|Cik|Pak|Bu|Ibu|Bapak|Pan|Pani|Mevrouw|Meneer|Mevr|Dhr|Babcia|Dziadek|Babu|Hajj?a|Shaikh|Sayyida|Tita|Tito|Nenek|Kakek|Puan|Encik|Datuk|Savta|Saba)";
/**
 * The words of a titled name: capitalised words and the lower-case particles of surnames ("Koos van
 * der Merwe", "Mere Te Awe Awe"), at most four, so the window stays bounded.
 */
const TITLED_NAME = "(?:(?:[A-Z][\\w\\u00C0-\\u024F'’-]+|van|der|den|de|du|da|di|del|la|le|te|ten|ter|von|bin|binti|al|el)\\s){0,3}[A-Z][\\w\\u00C0-\\u024F'’-]+";
const TITLE_BEFORE = new RegExp(`\\b${TITLE_WORDS}\\.?\\s${TITLED_NAME}(?:\\s?[,(]|\\s[-–—])\\s?(?:de\\s|di\\s)?$`);
const TITLE_SPACE_BEFORE = new RegExp(`\\b${TITLE_WORDS}\\.?\\s(?:[A-Z][\\w\\u00C0-\\u024F'’-]+\\s){0,2}[A-Z][\\w\\u00C0-\\u024F'’-]+\\s$`);
/** "Baba Eze is 98", "Mrs Kaur's 93": a titled name and a verb of being. */
const TITLE_VERB_BEFORE = new RegExp(
  `\\b${TITLE_WORDS}\\.?\\s(?:[A-Z][\\w\\u00C0-\\u024F'’-]+\\s){0,2}[A-Z][\\w\\u00C0-\\u024F'’-]+(?:['’]s| is| was)(?: now| just| almost| nearly| already| still)?\\s$`,
);
// "Lola Remedios, 92 na po": Tagalog "na" (already) may follow the age.
const APPOSITIVE_AFTER =
  /^(?:[ \t]*\r?\n)|^\s?(?:,|;|\)|\(|\.(?!\d)|and\b|with\b|who\b|lives\b|living\b|is\b|was\b|presents\b|presented\b|comes\b|came\b|per\b|by (?:his|her)\b|according\b|na\b|$)/;
/** What only a person does after the age: "Whitfield, 93, lives alone", "Jo, 90-odd (she says)". */
const PERSON_VERB_AFTER = /^\s?,\s(?:lives|living|presents|presented|who|comes|came|still)\b|^\s?\(\s?(?:he|she)\b|^\s(?:by|per|according to) (?:his|her)\b/;
/** "Homem de 93 a", "femme de 94": a person noun and "de"/"di" right before the number. */
const PERSON_DE_BEFORE =
  /\b(?:paciente|patiente?|paziente|doente|utente|homem|mulher|senhora|senhor|se[ñn]ora|se[ñn]or|hombre|mujer|anciano|anciana|idos[oa]|femme|homme|dame|monsieur|madame|uomo|donna|signora|signore)\s(?:de|di)\s$/i;
/** "a woman of 94": a person noun and "of" right before the number. */
const PERSON_OF_BEFORE =
  /\b(?:(?:man|woman|gentleman|lady|widow|widower|patient|grandmother|grandfather|veteran)\sof|(?:abuel[oa]|se[ñn]h?or[a]?|paciente|mujer|hombre|ancian[oa]|idos[oa]|nonn[oa]|signor[a]?|homme|femme|dame)\sd[ei])\s$/i;
/** Aggregates Safe Harbor allows ("90+", "90 or older", "over 90") and ranges ("aged 90-95"). */
const AGGREGATE_AFTER = /^\s?(?:\+|or (?:older|over|above|more)|and (?:over|older|above)|[-–]\s?\d|to \d)/i;
/**
 * "over 90 years old", "≥ 95 yo", "the over-90s", "mayores de 90 años", "plus de 90 ans",
 * "über 90-Jährige": the aggregate again, written before the number, in the languages read here.
 */
const AGGREGATE_BEFORE =
  /(?:\b(?:over|above|older than|at least|beyond|mayores de|m[aá]s de|maiores de|mais de|acima de|plus de|mehr als|oltre|sopra i|ultra|boven|ouder dan)|(?<![\w\u00C0-\u024F])über|>|≥|>=)[\s-]?$/i;
const TEMPERATURE_OR_MONEY_BEFORE = /(?:\bT|temp(?:erature)?|°|\$|£|€)\s?:?\s?$/i;
/** A temperature named earlier in the phrase: "temp was 99 F", "spiked to 101F". */
const TEMPERATURE_NEAR = /\b(?:temps?|temperature|T ?max|fever|febrile|afebrile|pyrexi\w*|spiked?|spiking)\b/i;

const TENS = "(?:ninety|one hundred(?: and)?|a hundred(?: and)?|hundred)";
const UNITS = "(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)";
/** Misheard units in dictated text ("ninety for year old"): an age only with "year old" after. */
const HOMOPHONES = "(?:for|to|too|ate|won)";
/**
 * Ages in words are found from "ninety"/"hundred" and then read around: rare words, cheap scan.
 * Groups: 1 the units word, 2 an approximation ("ninety-something"), 3 a tail that makes it an age
 * on its own ("year old", "years of age", "yo").
 */
const WORD_AGE = new RegExp(
  `\\b${TENS}(?:[\\s-](${UNITS}|${HOMOPHONES}))?(?:[\\s-]?(something|odd|ish))?(?:([\\s-](?:years?|yrs?)[\\s-]old|-year-old|\\syears? of age|[\\s-](?:yo|y\\/o|y\\.o\\.?)(?![A-Za-z]))|\\syears?(?!\\s(?:ago|later|before|after|since|of)))?`,
  "gi",
);
/** Dictated digit by digit: "nine four year old", "one oh two year old". Never without "year old". */
const SPOKEN_DIGITS_AGE = /\b(?:nine|one[\s-](?:oh|zero|one))[\s-](?:zero|oh|one|two|three|four|five|six|seven|eight|nine)[\s-](?:years?[\s-]old|yo|y\/o)(?![\w-])/gi;
/**
 * German and Dutch compounds ("Dreiundneunzigjährige", "neunzig Jahre", "Hundertjähriger",
 * "drieënnegentigjarige"), found from their tens; and CJK numerals before the age sign ("九十三歳",
 * "一百零二岁", "구십삼 세").
 */
const COMPOUND_AGE = /(?:neunzig|hundert)[\s-]?(?:jährige?[rnms]?|Jahre\b)|negentig[\s-]?(?:jarigen?|jaar\b)/gi;
/** The units part of a compound, read backwards from the tens (a regex prefix would be tried everywhere). */
const COMPOUND_UNITS_BEFORE = /(?:(?:ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun)und|(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen)[eë]n)$/i;
const CJK_WORD_AGE = /(?:九十[一二三四五六七八九]?|一?百[零〇一二三四五六七八九十]{0,3})\s?[岁歲歳才]|구십[일이삼사오육칠팔구]?\s?세/g;
/**
 * Romance numbers in words before the year word ("noventa y dos años", "novantatré anni"), and the
 * Italian adjective ("novantenne", "novantatreenne"; "ultranovantenne" is the aggregate).
 */
const ROMANCE_WORD_AGE =
  /\b(?:(?:noventa|novant|nonante|quatre-vingt-(?:dix|onze|douze|treize|quatorze|quinze|seize))[\w\u00C0-\u024F -]{0,12}?\s(?:años|anos|anni|ans)|novant[a-zàèé]{0,8}enne)(?![\w\u00C0-\u024F])/gi;
/**
 * A Romance number in words with no year word, after a verb of age: "tiene noventa y uno", "tem
 * noventa e dois", "cumplió noventa" (read with ROMANCE_VERB_BEFORE and ROMANCE_VERB_AFTER).
 */
const ROMANCE_BARE_WORD_AGE = /\b(?:noventa|cien|ciento|cem)(?:\s[ye]\s[a-zé]{3,6})?(?![\w\u00C0-\u024F])/gi;
const WORD_AGE_VERB_BEFORE = /\b(?:aged?|turned|turns|is|was|she's|he's|age of)\s$/i;
const NOT_AN_AGE_AFTER = /^\s(?:percent|%|patients|people|mg|minutes|days|times|degrees|beats|cases|referrals|admissions|beds|residents|of\b)/i;
const DECADE = /\b(?:90'?s|nineties|nonagenarian|centenarian|supercentenarian)s?\b/gi;
/** A decade band tied to a person: "in her late 90s", "into his nineties". Not "sats in the 90s". */
const DECADE_BEFORE = /\b(?:in|into)\s(?:his|her|their)\s(?:(?:late|mid|early|very late)[\s-])?$/i;
/** A qualified band ("mid-90s", "late nineties"): after a person it is that person's age. */
const QUALIFIER_BEFORE = /\b(?:late|mid|early|very late)[\s-]$/i;
/** A birth year is found from its digits (cheap) and then read backwards for its cue. */
const YEAR = /(?<![\w/.-])(?:18|19|20)\d\d(?![\w/.-])/g;
const BORN_BEFORE = /\b(?:born(?:\s(?:in|on))?|DOB:?|date of birth:?|year of birth:?|YOB:?|b\.|geb(?:oren)?\.?(?:\sim Jahr)?|n[ée]e?\sen|nacid[oa]\sen|nascid[oa]\sem)\s$/i;

function listedName(word: string): boolean {
  const lower = word.toLowerCase();
  return /^[A-Z]/.test(word) && (FIRST_NAMES.has(lower) || SURNAMES.has(lower)) && !isNeverAName(word);
}

/** A capitalised word that could be a name: not listed, but not a known non-name either. */
function nameLike(word: string): boolean {
  return /^[A-Z]/.test(word) && !isNeverAName(word);
}

/**
 * A person right before the age, whatever follows: a sex letter ("F, 95"), a titled name, a CJK
 * name, a person word or a listed name before a comma or dash, or an unlisted surname after a
 * listed given name ("Edna Whitfield, 93"). "Glucose, 95," is not one.
 */
function personBefore(before: string): boolean {
  if (SEX_BEFORE.test(before) || TITLE_BEFORE.test(before) || CJK_NAME_BEFORE.test(before) || ALIAS_ASIDE_BEFORE.test(before)) return true;
  // "Rivka Goldshtein, ninety-six,": two name-like words opening the post or a line, one of them
  // a listed name ("Heart Rate, 96," is a vital sign).
  const opening = OPENING_PAIR_BEFORE.exec(before);
  const [, given = "", family = ""] = opening ?? [];
  if (opening && nameLike(given) && nameLike(family) && !PERSON_NOUN.test(given) && (listedName(given) || listedName(family))) return true;
  // "Elderly man (Hamish, 93)", "a lady (Mrs Okoye, 95)": a person word, then the name and the age
  // in brackets.
  const described = DESCRIBED_IN_BRACKETS.exec(before);
  if (described && PERSON_NOUN.test(described[1] ?? "") && nameLike(described[2] ?? "")) return true;
  const word = APPOSITIVE_BEFORE.exec(before)?.[1];
  if (!word) return false;
  if (PERSON_NOUN.test(word) || listedName(word)) return true;
  if (!nameLike(word)) return false;
  const pair = FIRST_OF_PAIR.exec(before);
  return pair !== null && listedName(pair[1] ?? "");
}

function appositive(before: string, after: string): boolean {
  if (!APPOSITIVE_AFTER.test(after)) return false;
  if (personBefore(before)) return true;
  // An unlisted capitalised word is a name when what follows the age only a person does
  // ("Whitfield, 93, lives alone").
  const word = APPOSITIVE_BEFORE.exec(before)?.[1];
  return word !== undefined && nameLike(word) && PERSON_VERB_AFTER.test(after);
}

/**
 * A person as the subject of "is"/"'s"/"turned": a pronoun or kin word ("she's 94"), a titled
 * name ("Baba Eze is 98"), a listed name ("Herbert is 97"), or, when `loose`, any capitalised
 * word ("Leanne's 90-odd": only for forms no lab value takes).
 */
function subjectBefore(before: string, loose: boolean): boolean {
  if (PRONOUN_BEFORE.test(before) || TITLE_VERB_BEFORE.test(before)) return true;
  const word = NAME_VERB_BEFORE.exec(before)?.[1];
  if (!word) return false;
  return PERSON_NOUN.test(word) || listedName(word) || (loose && nameLike(word));
}

const BRACKET_PERSON_AFTER = /^\s?\)\s(?:was|is|has|had|fell|lives|came|comes|presented|presents|who|died)\b/;

/** "Mrs Jones (92)", "Edna (93)", "Winifred Oduya (93)": an age in brackets right after a person. */
function bracketed(before: string, after: string): boolean {
  if (!/^\s?\)/.test(after)) return false;
  if (TITLE_BEFORE.test(before)) return true;
  const m = /\b([A-Za-z][a-z'’-]+)\s?\(\s?$/.exec(before);
  if (!m) return false;
  const word = m[1] ?? "";
  if (PERSON_NOUN.test(word) || (listedName(word) && FIRST_NAMES.has(word.toLowerCase()))) return true;
  if (!nameLike(word)) return false;
  // A surname alone may be an eponym ("Kaplan-Meier (95)"): it, or two unlisted capitalised words,
  // is a person when a listed given name comes first or a person verb follows the bracket
  // ("Winifred Oduya (93) was sent in", "Okafor (92) fell again").
  const pair = /\b([A-Z][a-z'’-]+)\s[A-Z][a-z'’-]+\s?\(\s?$/.exec(before);
  if (pair !== null && listedName(pair[1] ?? "") && FIRST_NAMES.has((pair[1] ?? "").toLowerCase())) return true;
  return (listedName(word) || (pair !== null && nameLike(pair[1] ?? ""))) && BRACKET_PERSON_AFTER.test(after);
}

/** Rows a markdown table may have above a cell before its header is no longer looked for. */
const TABLE_ROWS_UP = 40;
/** A table row longer than this is not read as one: keeps the column count linear in the text. */
const TABLE_ROW_MAX = 400;
/** Header words of an age column, in the languages read here ("Age", "Yrs", "Alter", "Idade"). */
const AGE_HEADER = /^\s*(?:age|ages|yrs?|years|y\/o|yo|alter|idade|edad|âge|età|leeftijd|ålder|alder|umar|年龄|年齡|年齢|나이)(?![A-Za-z\u00C0-\u024F])/i;

/** Where the line holding `pos` starts, or -1 when it starts more than TABLE_ROW_MAX back. */
function lineStartBefore(text: string, pos: number): number {
  const from = Math.max(0, pos - TABLE_ROW_MAX);
  const nl = text.slice(from, pos).lastIndexOf("\n");
  if (nl >= 0) return from + nl + 1;
  return from === 0 ? 0 : -1;
}

/**
 * "| S. Thompson | 96 | 6 |" in a markdown table, or "LOWE<tab>94<tab>CHF" in a pasted
 * tab-separated one, whose header cell in that column reads "Age" (or "Yrs", "Alter", ...).
 */
function ageColumn(text: string, start: number, end: number): boolean {
  let sep: string;
  if (/\|\s*$/.test(text.slice(start - 3, start)) && /^\s*\|/.test(text.slice(end, end + 3))) sep = "|";
  else if (/^[\t\n]?$/.test(text.slice(Math.max(0, start - 1), start)) && /^(?:\t|\r?\n|$)/.test(text.slice(end, end + 2))) sep = "\t";
  else return false;
  let lineStart = lineStartBefore(text, start);
  if (lineStart < 0) return false;
  const column = text.slice(lineStart, start).split(sep).length - 1;
  // A tab "table" of one column is just an indented number.
  if (sep === "\t" && column === 0 && text.charAt(end) !== "\t") return false;
  let header = "";
  for (let i = 0; i < TABLE_ROWS_UP; i++) {
    const lineEnd = text.indexOf("\n", lineStart);
    const line = text.slice(lineStart, Math.min(lineEnd < 0 ? text.length : lineEnd, lineStart + TABLE_ROW_MAX));
    if (sep === "|" ? !line.startsWith("|") : !line.includes("\t")) break;
    header = line;
    if (lineStart === 0) break;
    lineStart = lineStartBefore(text, lineStart - 1);
    if (lineStart < 0) break;
  }
  return AGE_HEADER.test(header.split(sep)[column] ?? "");
}

/**
 * "Rivka Goldshtein, ninety-six, survivor", "Winifred (the home calls her Win), 103,": a record or
 * post that opens with one to three capitalised words (and one aside) and a comma before the age
 * gives the patient's name first, in any language.
 * Words the clinical vocabularies know ("Stage Four", "Room Seven") are not a name.
 */
const OPENING_NAME = new RegExp(
  `^[ \t]*(?:[-*•][ \t]*)?(?:\\*\\*)?([${UPPER}][${LOWER}'’-]+(?:[ \t][${UPPER}][${LOWER}'’-]+){0,2})(?:\\*\\*)?([ \t]?\\([^()\\n]{1,40}\\))?[ \t]?,[ \t]$`,
);
function opensWithName(text: string, start: number): boolean {
  const from = Math.max(0, start - 60);
  const window = text.slice(from, start);
  const nl = window.lastIndexOf("\n");
  if (nl < 0 && from > 0) return false;
  const m = OPENING_NAME.exec(window.slice(nl + 1));
  if (!m) return false;
  const words = (m[1] ?? "").split(/[ \t]/);
  // One word alone ("Overall, 92,") needs an aside about it or a listed name; longer openings
  // must not be vocabulary ("Heart Rate, 96," is a vital sign: see common-words.txt).
  if (words.length === 1 && !m[2] && !listedName(words[0] ?? "")) return false;
  return words.every((w) => !isNeverAName(w));
}

/** The cues that make a bare number (no age word after it) a person's age. */
function bareAgeCue(text: string, start: number, end: number, before: string, after: string): boolean {
  return (
    subjectBefore(before, false) ||
    ((HAS_BEFORE.test(before) || PRONOUN_MILESTONE_BEFORE.test(before)) && APPOSITIVE_AFTER.test(after)) ||
    (ROMANCE_VERB_BEFORE.test(before) && ROMANCE_VERB_AFTER.test(after)) ||
    (AT_AGE_BEFORE.test(before) && AT_AGE_AFTER.test(after)) ||
    (TITLE_SPACE_BEFORE.test(before) && TITLE_SPACE_AFTER.test(after)) ||
    PERSON_OF_BEFORE.test(before) ||
    PERSON_DE_BEFORE.test(before) ||
    appositive(before, after) ||
    (opensWithName(text, start) && APPOSITIVE_AFTER.test(after)) ||
    bracketed(before, after) ||
    ageColumn(text, start, end)
  );
}

export const detectAges: Detector = (ctx: ScanContext) => {
  const text = ctx.text;
  const out: RawFinding[] = [];
  const add = (start: number, end: number, level: "block" | "warn") => out.push({ category: "age_over_89", start, end, level, priority: 75 });

  OLD_NUMBER.lastIndex = 0;
  for (const m of text.matchAll(OLD_NUMBER)) {
    const start = m.index;
    const end = start + m[0].length;
    if (/[.,/:-]/.test(text.charAt(start - 1)) && /\d/.test(text.charAt(start - 2))) continue; // 1.95, 3/92, 65-90
    if (/^[/.,]\d/.test(text.slice(end, end + 2))) continue; // 96/60, 95.2, 92,000
    // 64 characters: a name, one bracketed aside of up to 40 and the comma ("Winifred (the care
    // home calls her Auntie Win), 103").
    const before = text.slice(Math.max(0, start - 64), start);
    const after = text.slice(end, end + 24);
    if (AGGREGATE_BEFORE.test(before)) continue;
    const homophone = HOMOPHONE_AGE_AFTER.exec(after);
    if (homophone) {
      add(start, end + homophone[0].length, "block");
      continue;
    }
    let suffix = TIME_SPAN_AFTER.test(after) ? null : (SUFFIX_AGE.exec(after) ?? SUFFIX_AGE_ANY_CASE.exec(after));
    if (suffix && /^\s?y$/.test(suffix[0])) {
      const rest = after.slice(suffix[0].length);
      if (BARE_Y_AFTER.test(rest) && !BARE_Y_ENGLISH.test(rest)) suffix = null; // "116 y confusión"
    }
    if (suffix) {
      if (/[MFmf]$/.test(suffix[0]) && (TEMPERATURE_OR_MONEY_BEFORE.test(before) || TEMPERATURE_NEAR.test(before))) continue;
      if (AGGREGATE_TAIL.test(after.slice(suffix[0].length))) continue; // "90 years and older"
      if (YEARS_SUFFIX.test(suffix[0]) && TIME_SPAN_BEFORE.test(before)) continue; // "hace 95 años"
      add(start, end + suffix[0].length, "block");
      continue;
    }
    // "90-odd", "91a": the number and its tail are read as one, and need a person cue.
    const approx = APPROX_AFTER.exec(after) ?? SHORT_A_AFTER.exec(after);
    if (approx) {
      const rest = after.slice(approx[0].length);
      if (NOT_AN_AGE_AFTER.test(rest)) continue;
      const cued = APPOSITIVE_AFTER.test(rest) ? subjectBefore(before, true) || appositive(before, rest) || KEYWORD_BEFORE.test(before) : false;
      if (cued || PERSON_DE_BEFORE.test(before)) add(start, end + approx[0].length, "block");
      continue;
    }
    if (ORDINAL_YEAR_AFTER.test(after) && /\b(?:his|her)\s$/i.test(before)) {
      add(start, end + (ORDINAL_YEAR_AFTER.exec(after)?.[0].length ?? 0), "block");
      continue;
    }
    if (AGGREGATE_AFTER.test(after) || UNIT_AFTER.test(after) || /^(?:%|\.\d|th\b|st\b|nd\b|rd\b)/.test(after)) continue;
    const keyword = KEYWORD_BEFORE.exec(before);
    if (keyword) {
      // The label convention includes a leading "Aged"/"age" in the span.
      add(start - keyword[0].length, end, "block");
    } else if (bareAgeCue(text, start, end, before, after)) {
      add(start, end, "block");
    }
  }
  WORD_AGE.lastIndex = 0;
  for (const m of text.matchAll(WORD_AGE)) {
    const end = m.index + m[0].length;
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    if (AGGREGATE_BEFORE.test(before)) continue;
    if (m[3]) {
      add(m.index, end, "block");
      continue;
    }
    // A misheard unit ("ninety to") is an age only with "year old" after it.
    if (m[1] && new RegExp(`^${HOMOPHONES}$`, "i").test(m[1])) continue;
    const after = text.slice(end, end + 24);
    if (NOT_AN_AGE_AFTER.test(after) || TIME_SPAN_BEFORE.test(before)) continue;
    const cue = m[2]
      ? subjectBefore(before, true) || appositive(before, after)
      : WORD_AGE_VERB_BEFORE.test(before.slice(-12)) ||
        HAS_BEFORE.test(before) ||
        PERSON_OF_BEFORE.test(before) ||
        appositive(before, after) ||
        (opensWithName(text, m.index) && APPOSITIVE_AFTER.test(after));
    if (cue) add(m.index, end, "block");
  }
  const cjk = hasCjk(text);
  for (const re of [SPOKEN_DIGITS_AGE, COMPOUND_AGE, CJK_WORD_AGE, ROMANCE_WORD_AGE]) {
    if (re === CJK_WORD_AGE && !cjk) continue; // CJK numerals need a CJK character
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      let start = m.index;
      if (re === COMPOUND_AGE) {
        start -= COMPOUND_UNITS_BEFORE.exec(text.slice(Math.max(0, start - 9), start))?.[0].length ?? 0;
        if (/[A-Za-z\u00C0-\u024F]/.test(text.charAt(start - 1))) continue; // "ultraneunzig..."
      }
      const before = text.slice(Math.max(0, start - 40), start);
      if (AGGREGATE_BEFORE.test(before) || TIME_SPAN_BEFORE.test(before)) continue;
      add(start, m.index + m[0].length, "block");
    }
  }
  ROMANCE_BARE_WORD_AGE.lastIndex = 0;
  for (const m of text.matchAll(ROMANCE_BARE_WORD_AGE)) {
    const end = m.index + m[0].length;
    const before = text.slice(Math.max(0, m.index - 20), m.index);
    if (ROMANCE_VERB_BEFORE.test(before) && ROMANCE_VERB_AFTER.test(text.slice(end, end + 24))) add(m.index, end, "block");
  }
  DECADE.lastIndex = 0;
  for (const m of text.matchAll(DECADE)) {
    const isBand = /^(?:90|ninet)/i.test(m[0]);
    if (!isBand) {
      // "nonagenarians" names a population (a registry, a cohort); only the singular is a person.
      if (!/s$/i.test(m[0])) add(m.index, m.index + m[0].length, "warn");
      continue;
    }
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    const lead = DECADE_BEFORE.exec(before);
    if (lead) {
      // The qualifier belongs to the age: "late 90s".
      const qualifier = /(?:late|mid|early)[\s-]$/i.exec(lead[0]);
      add(m.index - (qualifier?.[0].length ?? 0), m.index + m[0].length, "block");
      continue;
    }
    // "Gogo Mahlangu, mid-90s per her ID book", "she's late nineties": a qualified band after a
    // person. The unqualified "90s" stays silent ("sats 90s").
    const qualifier = QUALIFIER_BEFORE.exec(before);
    if (!qualifier) continue;
    const head = before.slice(0, before.length - qualifier[0].length);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 24);
    const wordBefore = /\b([A-Za-z]+)\s$/.exec(head)?.[1] ?? "";
    if (subjectBefore(head, true) || personBefore(head) || appositive(head, after) || PERSON_NOUN.test(wordBefore)) {
      add(m.index - qualifier[0].length, m.index + m[0].length, "block");
    }
  }
  YEAR.lastIndex = 0;
  for (const m of text.matchAll(YEAR)) {
    if (ctx.referenceYear - Number(m[0]) < 90) continue;
    if (BORN_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index))) add(m.index, m.index + 4, "block");
  }
  return out;
};
