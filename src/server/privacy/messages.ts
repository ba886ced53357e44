import type { PhiCategory, PhiLevel } from "./types";

/**
 * One concrete hint per category: what to write instead. The compose form shows it next to the
 * highlighted span, so each one names a replacement, not just the rule.
 */
const HINTS: Record<PhiCategory, string> = {
  name: "Names of patients and their family identify them: write 'the patient', 'her sister' or an age and sex instead.",
  address: "Street addresses, towns and ZIP codes identify patients: remove them, or give the state or a broad region ('rural Kentucky').",
  date: "Dates tied to a patient identify them: say 'day 3 of admission' or '2 weeks ago', or give the year only.",
  age_over_89: "Ages over 89 identify patients: use an age band such as '90 or older'.",
  phone: "Remove the phone number; if someone needs to reach the patient, arrange it privately.",
  fax: "Remove the fax number.",
  email: "Remove the e-mail address.",
  ssn: "Remove the Social Security number, including partial numbers.",
  mrn: "Remove the record number; describe the patient clinically instead.",
  health_plan: "Remove the member, policy or Medicare/Medicaid number; naming the insurer is enough.",
  account: "Remove the account, billing or card number.",
  license: "Remove the license or certificate number; the type of license is enough.",
  vehicle: "Remove the plate number or VIN.",
  device: "Remove the device serial number; the make and model are fine.",
  url: "Remove the patient-specific link (portal, blog, fundraiser, social page); journal and guideline links are fine.",
  ip: "Remove the IP address.",
  other_id: "Remove the identifying number, handle or file name (accession, inmate, patient number, social-media handle).",
};

const NOUNS: Record<PhiCategory, string> = {
  name: "a name",
  address: "an address, town or ZIP code",
  date: "a date tied to the patient",
  age_over_89: "an age over 89",
  phone: "a phone number",
  fax: "a fax number",
  email: "an e-mail address",
  ssn: "a Social Security number",
  mrn: "a medical record number",
  health_plan: "a health plan number",
  account: "an account number",
  license: "a license number",
  vehicle: "a vehicle identifier",
  device: "a device serial number",
  url: "a patient-specific link",
  ip: "an IP address",
  other_id: "an identifying number",
};

/** For details that single out a person without being an identifier (quasi-identifiers.ts). */
export const SINGLES_OUT_MESSAGE =
  'This detail (a public role, local fame, a news story) could single out the patient. Make it general ("a local official", "a recent accident"). If it does not point at a real patient, confirm that when you post.';

/** The replacement hint for a category, e.g. for the server's PHI_DETECTED response. */
export function hintFor(category: PhiCategory): string {
  return HINTS[category];
}

/**
 * The sentence shown to the physician. A `block` finding states the hint; a `warn` finding says
 * what it might be and how to keep it.
 */
export function messageFor(category: PhiCategory, level: PhiLevel): string {
  if (level === "block") return HINTS[category];
  return `This looks like ${NOUNS[category]}. ${HINTS[category]} If it is not patient information, confirm that when you post.`;
}

/** "a name", "a medical record number": how moderation names what it redacted, never the text. */
export function nounFor(category: PhiCategory): string {
  return NOUNS[category];
}
