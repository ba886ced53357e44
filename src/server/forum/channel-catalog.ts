/**
 * The channels every Rounds installation has: one per major specialty plus two cross-cutting
 * rooms. `npm run db:migrate` upserts them, so the list here is the single source of truth;
 * renaming a channel keeps its slug (links in old posts stay valid).
 */
export interface ChannelDefinition {
  slug: string;
  name: string;
  description: string;
  /**
   * Set on the specialty channels (a member's specialty is one of them), not on the two
   * cross-cutting rooms: the wider group an anonymous post falls back to when the specialty is
   * too small to hide its author (see src/server/forum/anonymity-groups.ts).
   */
  family?: SpecialtyFamilySlug;
  /** What the specialty's members are called, plural: "one of 34 cardiologists". */
  memberNoun?: string;
}

/**
 * Families of specialties, the middle step between a specialty and "every verified physician".
 * A family is only useful if it is wider than each of its specialties, so each holds at least
 * two. Choices: dermatology sits with Medicine (a medical specialty, trained through internal
 * medicine in many countries); obstetrics & gynecology with Surgery (a surgical residency, and
 * its members operate); pediatrics with family medicine as Primary care, where both practise
 * general care across ages (a family of one would add nothing).
 */
export const specialtyFamilies = {
  medicine: { name: "Medicine", memberNoun: "internists and medical specialists" },
  surgery: { name: "Surgery", memberNoun: "surgeons" },
  "primary-care": { name: "Primary care", memberNoun: "primary care physicians" },
  "acute-care": { name: "Acute care", memberNoun: "emergency, critical care and anesthesia physicians" },
  diagnostics: { name: "Diagnostics", memberNoun: "radiologists and pathologists" },
  "mind-and-brain": { name: "Mind and brain", memberNoun: "psychiatrists and neurologists" },
} as const satisfies Record<string, { name: string; memberNoun: string }>;
export type SpecialtyFamilySlug = keyof typeof specialtyFamilies;

export const channelCatalog: readonly ChannelDefinition[] = [
  { slug: "general", name: "General", description: "Anything clinical that crosses specialties." },
  { slug: "practice-career", name: "Practice & Career", description: "Contracts, burnout, billing, training and life in medicine." },
  { slug: "anesthesiology", name: "Anesthesiology", description: "Airway, regional, perioperative and pain management.", family: "acute-care", memberNoun: "anesthesiologists" },
  { slug: "cardiology", name: "Cardiology", description: "Heart failure, arrhythmia, coronary disease and imaging.", family: "medicine", memberNoun: "cardiologists" },
  { slug: "critical-care", name: "Critical Care", description: "ICU medicine: shock, ventilation, sepsis and end-of-life care.", family: "acute-care", memberNoun: "intensivists" },
  { slug: "dermatology", name: "Dermatology", description: "Rashes, lesions, biologics and dermatopathology.", family: "medicine", memberNoun: "dermatologists" },
  {
    slug: "emergency-medicine",
    name: "Emergency Medicine",
    description: "Resuscitation, undifferentiated complaints and ED flow.",
    family: "acute-care",
    memberNoun: "emergency physicians",
  },
  { slug: "endocrinology", name: "Endocrinology", description: "Diabetes, thyroid, adrenal, pituitary and bone.", family: "medicine", memberNoun: "endocrinologists" },
  { slug: "family-medicine", name: "Family Medicine", description: "Primary care across the lifespan.", family: "primary-care", memberNoun: "family physicians" },
  { slug: "gastroenterology", name: "Gastroenterology", description: "GI, hepatology and endoscopy.", family: "medicine", memberNoun: "gastroenterologists" },
  { slug: "geriatrics", name: "Geriatrics", description: "Frailty, polypharmacy, delirium and goals of care.", family: "medicine", memberNoun: "geriatricians" },
  {
    slug: "hematology-oncology",
    name: "Hematology & Oncology",
    description: "Blood disorders, solid tumours and systemic therapy.",
    family: "medicine",
    memberNoun: "hematologists and oncologists",
  },
  {
    slug: "infectious-disease",
    name: "Infectious Disease",
    description: "Antimicrobials, stewardship, HIV and travel medicine.",
    family: "medicine",
    memberNoun: "infectious disease physicians",
  },
  { slug: "internal-medicine", name: "Internal Medicine", description: "Hospital and ambulatory general medicine.", family: "medicine", memberNoun: "internists" },
  { slug: "nephrology", name: "Nephrology", description: "AKI, CKD, dialysis, electrolytes and transplant.", family: "medicine", memberNoun: "nephrologists" },
  { slug: "neurology", name: "Neurology", description: "Stroke, epilepsy, movement disorders and neuromuscular disease.", family: "mind-and-brain", memberNoun: "neurologists" },
  {
    slug: "obstetrics-gynecology",
    name: "Obstetrics & Gynecology",
    description: "Pregnancy, labour, gynecologic surgery and reproductive health.",
    family: "surgery",
    memberNoun: "obstetrician-gynecologists",
  },
  { slug: "ophthalmology", name: "Ophthalmology", description: "Retina, glaucoma, cornea and neuro-ophthalmology.", family: "surgery", memberNoun: "ophthalmologists" },
  { slug: "orthopedics", name: "Orthopedics", description: "Fractures, joints, spine and sports medicine.", family: "surgery", memberNoun: "orthopedic surgeons" },
  { slug: "otolaryngology", name: "Otolaryngology", description: "Ear, nose, throat, head and neck.", family: "surgery", memberNoun: "otolaryngologists" },
  { slug: "pathology", name: "Pathology", description: "Surgical pathology, cytology and laboratory medicine.", family: "diagnostics", memberNoun: "pathologists" },
  { slug: "pediatrics", name: "Pediatrics", description: "Newborns to adolescents, in clinic and hospital.", family: "primary-care", memberNoun: "pediatricians" },
  { slug: "psychiatry", name: "Psychiatry", description: "Mood, psychosis, addiction and consultation-liaison.", family: "mind-and-brain", memberNoun: "psychiatrists" },
  { slug: "pulmonology", name: "Pulmonology", description: "Asthma, COPD, ILD, sleep and interventional pulmonology.", family: "medicine", memberNoun: "pulmonologists" },
  { slug: "radiology", name: "Radiology", description: "Diagnostic and interventional imaging.", family: "diagnostics", memberNoun: "radiologists" },
  {
    slug: "rheumatology",
    name: "Rheumatology",
    description: "Inflammatory arthritis, vasculitis and connective tissue disease.",
    family: "medicine",
    memberNoun: "rheumatologists",
  },
  { slug: "general-surgery", name: "General Surgery", description: "Acute care, hernia, hepatobiliary and colorectal surgery.", family: "surgery", memberNoun: "general surgeons" },
  { slug: "urology", name: "Urology", description: "Stones, prostate, oncology and reconstruction.", family: "surgery", memberNoun: "urologists" },
];
