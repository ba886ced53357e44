/**
 * Demo physicians for `npm run db:seed`.
 *
 * Everything here is invented: pseudonyms are what the forum shows, the first/last names and the
 * NPI stand in for the verification data Rounds stores privately. NPIs are syntactically valid
 * (so verification code paths accept them) but randomly drawn; emails are on example.org, which
 * IANA reserves for documentation and which therefore can never reach a real inbox.
 */
import { npiCheckDigit } from "../../src/server/auth/npi";
import { channelCatalog } from "../../src/server/forum/channel-catalog";
import type { Rng } from "./random";

// One NPI rule for the app and the seed; re-exported for callers that imported it from here.
export { isValidNpi, npiCheckDigit } from "../../src/server/auth/npi";

export interface SeedPhysician {
  pseudonym: string;
  email: string;
  specialtySlug: string;
  firstName: string;
  lastName: string;
  npi: string;
  stateOfLicence: string;
}

const STATES = [
  "AL",
  "AK",
  "AZ",
  "AR",
  "CA",
  "CO",
  "CT",
  "DE",
  "DC",
  "FL",
  "GA",
  "HI",
  "ID",
  "IL",
  "IN",
  "IA",
  "KS",
  "KY",
  "LA",
  "ME",
  "MD",
  "MA",
  "MI",
  "MN",
  "MS",
  "MO",
  "MT",
  "NE",
  "NV",
  "NH",
  "NJ",
  "NM",
  "NY",
  "NC",
  "ND",
  "OH",
  "OK",
  "OR",
  "PA",
  "RI",
  "SC",
  "SD",
  "TN",
  "TX",
  "UT",
  "VT",
  "VA",
  "WA",
  "WV",
  "WI",
  "WY",
] as const;

// Populous states are over-represented, roughly as physicians are.
const STATE_WEIGHTS: readonly (readonly [string, number])[] = STATES.map((s) => [
  s,
  ["CA", "NY", "TX", "FL"].includes(s) ? 6 : ["PA", "IL", "OH", "MA", "MI", "NC", "GA", "NJ"].includes(s) ? 3 : 1,
]);

const FIRST_NAMES = [
  "Aisha",
  "Alejandro",
  "Amara",
  "Andrew",
  "Anita",
  "Benjamin",
  "Bethany",
  "Caleb",
  "Carmen",
  "Chen",
  "Daniel",
  "Deepa",
  "Diego",
  "Elena",
  "Emeka",
  "Farah",
  "Gabriel",
  "Grace",
  "Hannah",
  "Hiroshi",
  "Imani",
  "Isaac",
  "Jasmine",
  "Jonah",
  "Julia",
  "Karim",
  "Katherine",
  "Leah",
  "Lucas",
  "Maya",
  "Marcus",
  "Mei",
  "Michael",
  "Nadia",
  "Nathan",
  "Olivia",
  "Omar",
  "Priya",
  "Rachel",
  "Rafael",
  "Rebecca",
  "Samuel",
  "Sofia",
  "Tariq",
  "Thomas",
  "Valentina",
  "Vikram",
  "Yusuf",
  "Zoe",
  "Ingrid",
];

const LAST_NAMES = [
  "Abernathy",
  "Adeyemi",
  "Alvarez",
  "Brennan",
  "Castellano",
  "Chaudhry",
  "Delacroix",
  "Donnelly",
  "Eriksen",
  "Feldman",
  "Fitzgerald",
  "Gallagher",
  "Goldberg",
  "Halvorsen",
  "Hashemi",
  "Iwasaki",
  "Jankowski",
  "Kapoor",
  "Kowalczyk",
  "Lindqvist",
  "Mahoney",
  "Marchetti",
  "Nakamura",
  "Novak",
  "Okafor",
  "Oyelaran",
  "Pellegrino",
  "Petrakis",
  "Quintero",
  "Ramaswamy",
  "Rosenthal",
  "Sandoval",
  "Schreiber",
  "Szabo",
  "Thorsen",
  "Underwood",
  "Valdez",
  "Vasquez",
  "Whitaker",
  "Yamamoto",
  "Zielinski",
];

/** Per-specialty word stock for pseudonyms: a role noun, a short tag, and a pun or two. */
const SPECIALTY_WORDS: Readonly<Record<string, { noun: string; tag: string; puns: readonly string[] }>> = {
  anesthesiology: { noun: "Gasser", tag: "gas", puns: ["sleep_merchant", "propofol_poet", "airway_or_highway"] },
  cardiology: { noun: "Cardiologist", tag: "cards", puns: ["heart_of_the_matter", "qt_pie", "stent_happens"] },
  "critical-care": { noun: "Intensivist", tag: "icu", puns: ["pressors_up", "vent_whisperer", "lactate_later"] },
  dermatology: { noun: "Dermatologist", tag: "derm", puns: ["rash_decisions", "skin_in_the_game", "itchy_and_scratchy"] },
  "emergency-medicine": { noun: "EDdoc", tag: "em", puns: ["door_to_needle", "triage_tired", "chaos_coordinator"] },
  endocrinology: { noun: "Endocrinologist", tag: "endo", puns: ["sugar_and_spice", "thyroid_whisperer", "a1c_you_later"] },
  "family-medicine": { noun: "FamilyDoc", tag: "fm", puns: ["cradle_to_grave", "fifteen_minute_visit", "prior_auth_survivor"] },
  gastroenterology: { noun: "Gastroenterologist", tag: "gi", puns: ["scope_creep", "gut_feeling", "prep_talk"] },
  geriatrics: { noun: "Geriatrician", tag: "geri", puns: ["beers_criteria", "deprescriber", "slow_medicine"] },
  "hematology-oncology": { noun: "Oncologist", tag: "heme", puns: ["clot_thoughts", "cbc_you_soon", "marrow_minded"] },
  "infectious-disease": { noun: "IDdoc", tag: "id", puns: ["bug_hunter", "stewardship_sheriff", "culture_club"] },
  "internal-medicine": { noun: "Hospitalist", tag: "im", puns: ["seven_on_seven_off", "admit_it", "zebra_skeptic"] },
  nephrology: { noun: "Nephrologist", tag: "renal", puns: ["salt_and_water", "kidney_bean", "potassium_panic"] },
  neurology: { noun: "Neurologist", tag: "neuro", puns: ["nerve_of_it", "time_is_brain", "reflex_hammer"] },
  "obstetrics-gynecology": { noun: "OBGYN", tag: "obgyn", puns: ["labor_of_love", "night_float_l_and_d", "fundal_height"] },
  ophthalmology: { noun: "Ophthalmologist", tag: "eye", puns: ["twenty_twenty", "slit_lamp_life", "retina_rounds"] },
  orthopedics: { noun: "OrthoSurgeon", tag: "ortho", puns: ["bone_idle", "cast_away", "hammer_and_saw"] },
  otolaryngology: { noun: "ENTdoc", tag: "ent", puns: ["ear_say", "nosy_surgeon", "scope_of_practice"] },
  pathology: { noun: "Pathologist", tag: "path", puns: ["frozen_section", "h_and_e_daily", "margin_call"] },
  pediatrics: { noun: "Pediatrician", tag: "peds", puns: ["tiny_humans", "growth_chart", "otitis_again"] },
  psychiatry: { noun: "Psychiatrist", tag: "psych", puns: ["mind_the_gap", "lithium_levels", "cl_consults"] },
  pulmonology: { noun: "Pulmonologist", tag: "pulm", puns: ["deep_breaths", "spirometry_nerd", "fev1_fan"] },
  radiology: { noun: "Radiologist", tag: "rads", puns: ["clinical_correlation", "dark_room_dweller", "incidentaloma"] },
  rheumatology: { noun: "Rheumatologist", tag: "rheum", puns: ["ana_positive", "joint_decision", "steroid_sparing"] },
  "general-surgery": { noun: "Surgeon", tag: "gensurg", puns: ["cut_to_the_chase", "source_control", "hernia_hunter"] },
  urology: { noun: "Urologist", tag: "uro", puns: ["stone_cold", "flow_chart", "psa_skeptic"] },
};

const PREFIXES = [
  "NightShift",
  "Weekend",
  "Rural",
  "Academic",
  "Community",
  "Caffeinated",
  "Skeptical",
  "Reluctant",
  "Pragmatic",
  "Recovering",
  "Tired",
  "Curious",
  "Locum",
  "Part-time",
  "Frontier",
  "Midcareer",
  "Aging",
];
const ROLES = ["fellow", "attending", "resident", "md", "do"];

/** Specialties to spread physicians over: every catalog channel except the cross-cutting rooms. */
export const physicianSpecialties: readonly string[] = channelCatalog.map((c) => c.slug).filter((slug) => slug !== "general" && slug !== "practice-career");

function candidatePseudonym(rng: Rng, specialtySlug: string): string {
  const words = SPECIALTY_WORDS[specialtySlug] ?? { noun: "Physician", tag: "doc", puns: ["on_call"] };
  const style = rng.int(0, 4);
  switch (style) {
    case 0:
      return `${rng.pick(PREFIXES).replace("-", "")}${words.noun}`;
    case 1:
      return `dr_${rng.pick(words.puns)}`;
    case 2:
      return `${words.tag}${rng.pick(ROLES)}${rng.int(10, 29)}`;
    case 3:
      return rng.pick(words.puns);
    default:
      return `${words.tag}_${rng.pick(["pgy", "yr", "doc", "attg"])}${rng.int(1, 30)}`;
  }
}

const PSEUDONYM_RE = /^[A-Za-z0-9_]{3,30}$/;

/**
 * Generate `count` physicians; index 0 is always the admin. Specialties are dealt round-robin
 * from a shuffled list so 30 physicians cover most of the catalog rather than clumping.
 */
export function generatePhysicians(rng: Rng, count: number): SeedPhysician[] {
  const usedPseudonyms = new Set<string>();
  const usedNpis = new Set<string>();
  const usedNames = new Set<string>();
  const specialtyOrder = rng.shuffle(physicianSpecialties);
  const out: SeedPhysician[] = [];

  for (let i = 0; i < count; i++) {
    const specialtySlug = specialtyOrder[i % specialtyOrder.length] as string;

    let pseudonym = i === 0 ? "rounds_admin" : "";
    for (let attempt = 0; !pseudonym; attempt++) {
      let candidate = candidatePseudonym(rng, specialtySlug);
      // Past a few collisions the pun stock is exhausted; a numeric suffix keeps it readable.
      if (attempt > 5) candidate = `${candidate.slice(0, 26)}${rng.int(10, 999)}`;
      if (PSEUDONYM_RE.test(candidate) && !usedPseudonyms.has(candidate.toLowerCase())) pseudonym = candidate;
    }
    usedPseudonyms.add(pseudonym.toLowerCase());

    let firstName = "";
    let lastName = "";
    do {
      firstName = rng.pick(FIRST_NAMES);
      lastName = rng.pick(LAST_NAMES);
    } while (usedNames.has(`${firstName} ${lastName}`));
    usedNames.add(`${firstName} ${lastName}`);

    let npi = "";
    do {
      const first9 = `1${String(rng.int(0, 99_999_999)).padStart(8, "0")}`;
      npi = first9 + npiCheckDigit(first9);
    } while (usedNpis.has(npi));
    usedNpis.add(npi);

    out.push({
      pseudonym,
      email: i === 0 ? "admin@example.org" : `${pseudonym.toLowerCase()}@example.org`,
      specialtySlug,
      firstName,
      lastName,
      npi,
      stateOfLicence: rng.pickWeighted(STATE_WEIGHTS),
    });
  }
  return out;
}
