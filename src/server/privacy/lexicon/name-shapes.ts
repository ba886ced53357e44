/**
 * What a name looks like when no list holds it. Lists of names cannot be complete, but many
 * naming traditions leave a mark a short pattern can read: family-name endings ("Kowalski", "Virtanen",
 * "Petrović", "Papadopoulos", "Hakobyan", "Ferreira", "Yamamoto", "Venkataraman", "Adeyemi"),
 * letter clusters English words never start with ("Nkosi", "Ndlovu", "Ngozi", "Zhang", "Bhatt"),
 * and the syllables of romanised Chinese, Japanese, Korean and Vietnamese given names
 * ("Xiaoming", "Haruto", "Min-jun", "Thi").
 *
 * Rule: a shape is support, like a list entry: it upgrades a cue that already points at a person
 * and never blocks a word on its own. Callers check `isNeverAName` first (eponyms, brands, places).
 */

/** Only a-z and "-" (tested by character code: keys are computed for most words read). */
function isPlainKey(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || c === 45)) return false;
  }
  return true;
}

/**
 * Lower-case ASCII key for list lookups: "José" -> "jose", "O'Sullivan" -> "osullivan",
 * "Yılmaz" -> "yilmaz", "Wiśniewski" -> "wisniewski". Hyphens stay ("jean-pierre").
 */
export function nameKey(word: string): string {
  const lower = word.toLowerCase();
  if (isPlainKey(lower)) return lower;
  return lower
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/ı/g, "i")
    .replace(/ł/g, "l")
    .replace(/[øœ]/g, "o")
    .replace(/đ/g, "d")
    .replace(/ß/g, "ss")
    .replace(/æ/g, "ae")
    .replace(/['’]/g, "");
}

// Endings of family names, on the key (five letters or more). Each ending was checked against
// English and clinical words: "-ski", not "-son" (person, reason); "[^aeiou]sen", not "chosen".
const FAMILY_ENDING =
  /(?:[^aeiou]sk[ai]|ck[ai]|wicz|czyk|czak|enko|chuk|czuk|[^aeiou]ova?|[^aeiou]eva?|ovich|evich|ovic|evic|escu|eanu|opoulos|opoulou|akis|iadis|idis|oglu|shvili|adze|idze|[a-z]{3}(?:inen|anen|onen|ynen)|[^aeiou]yan|[^aeiou]sson|dottir|[^aeiou]sen|mann|stein|berg|feld|baum|hauser|huber|[aeiou][a-z]ez|eira|eiro|elli|etti|ucci|acci|otti|uzzi|[^aeiou]ini|moto|yama|mura|kawa|gawa|hara|bayashi|zaki|saki|shita|shima|jima|naka|hashi|guchi|zadeh|pour|nejad|khani|abadi|ullah|uddin|raman|krishnan|nathan|murthy|swamy|aiah|pillai|reddy|yemi|funmi|tunde|kunle|wale|bayo|seun|yinka|tosin)$/;

// Japanese family names by their last element: "Yamamoto", "Nakamura", "Ishikawa", "Takahashi".
const JAPANESE_FAMILY = /(?:moto|yama|mura|kawa|gawa|hara|bayashi|zaki|saki|shita|shima|jima|naka|hashi|guchi|uchi|mori|tani|oka|ta|da)$/;

/** True when a key ends like a Japanese family name (surname-first order is then expected). */
export function hasJapaneseFamilyShape(key: string): boolean {
  return key.length >= 5 && JAPANESE_FAMILY.test(key);
}

// Given-name endings (South Asian, Yoruba, Turkish): "Ramesh" (a vowel two letters before "esh",
// not "flesh", "refresh"), "Surendra", "Harpreet", "Sandeep", "Ranjit", "Oluwaseun", "Ayşegül".
const GIVEN_ENDING = /(?:[aeiou][a-z]esh|endra|indra|preet|deep|jeet|[^aeiou]jit|emeka|chukwu|oluwa[a-z]+|[a-z]{2}gul)$/;

// Starts English words never have: Zulu/Xhosa and Igbo clusters, pinyin and Hindi digraphs,
// Kalenjin "Kip-" and "Chep-"/"Jep-" ("Kiprono", "Kipchumba", "Chepkemoi", "Jepkosgei").
const NAME_START =
  /^(?:kip[cklmnrst]|chep[kt]|jep[kt]|oluwa|olu[bdfkmnstw]|ogun|chukwu|abdul|abdel|abdu[lr]|nn|ng[aeiouw]|nk|nt[hao]|nd[lzaeiou]|mb[aeiou]|mp[hou]|mth|mk|hl[aeiou]|dl[aeiou]|tsh|bh[aeiou]|dh[aeiou]|kh[aeiou]|zh|xi[aeo]|xu|q[aeio]|ts[aeio])/;

/** "McDonald", "MacLeod", "O'Brien", "FitzGerald", "Al-Sayed", "El-Amin", "Ben-David". */
const PREFIXED = /^(?:Mc|Mac|O['’]|Fitz|Al-|El-|Ben-|Abu-)\p{Lu}/u;

/** True when a capitalised word has the shape of a family or given name (see the rule above). */
export function hasNameShape(word: string): boolean {
  if (PREFIXED.test(word)) return true;
  // Hyphenated names by their parts: "Olasunkanmi-Fasayo", "Kowalska-Nowak".
  return nameKey(word)
    .split("-")
    .some((key) => key.length >= 5 && /^[a-z]+$/.test(key) && (FAMILY_ENDING.test(key) || GIVEN_ENDING.test(key) || NAME_START.test(key)));
}

// One romanised syllable of a Chinese (pinyin, Wade-Giles), Japanese (Hepburn), Korean (Revised
// Romanization) or Vietnamese (toneless) given name: an optional initial, a vowel group and an
// optional final consonant. English words rarely parse: "Avenue" has four syllables, "Lab",
// "Street" and "Syndrome" have consonants no final allows.
const SYLLABLE =
  "(?:zh|ch|sh|ng|nh|kh|ph|th|tr|gi|qu|ts|ky|gy|ny|hy|ry|my|by|py|[bcdfghjklmnpqrstvwxyz])?(?:iang|iong|uang|uyen|uong|yeon|yeo|iao|ian|uai|uan|ieu|uye|ai|ao|ei|ia|ie|iu|ou|ua|ue|ui|uo|uy|oa|oe|oo|eo|eu|ee|ae|ya|ye|yo|yu|a|e|i|o|u)(?:ng|nh|ch|n|m|c|k|p|t)?";
const SYLLABIC_NAME = new RegExp(`^(?:${SYLLABLE}){1,3}$`);

/**
 * True when a word reads as a romanised East Asian given name of one to three syllables
 * ("Haruto", "Xiaoming", "Min-jun", "Thi", "Duc"). Meaningful only beside a surname-first family
 * name ("Sato Haruto", "Nguyen Van An"), where the pair is the signal.
 */
export function isSyllabicGivenName(word: string): boolean {
  const key = nameKey(word).replace(/-/g, "");
  return key.length >= 2 && key.length <= 12 && SYLLABIC_NAME.test(key);
}
