/**
 * The channels every Rounds installation has: one per major specialty plus two cross-cutting
 * rooms. `npm run db:migrate` upserts them, so the list here is the single source of truth;
 * renaming a channel keeps its slug (links in old posts stay valid).
 */
export interface ChannelDefinition {
  slug: string;
  name: string;
  description: string;
}

export const channelCatalog: readonly ChannelDefinition[] = [
  { slug: "general", name: "General", description: "Anything clinical that crosses specialties." },
  { slug: "practice-career", name: "Practice & Career", description: "Contracts, burnout, billing, training and life in medicine." },
  { slug: "anesthesiology", name: "Anesthesiology", description: "Airway, regional, perioperative and pain management." },
  { slug: "cardiology", name: "Cardiology", description: "Heart failure, arrhythmia, coronary disease and imaging." },
  { slug: "critical-care", name: "Critical Care", description: "ICU medicine: shock, ventilation, sepsis and end-of-life care." },
  { slug: "dermatology", name: "Dermatology", description: "Rashes, lesions, biologics and dermatopathology." },
  { slug: "emergency-medicine", name: "Emergency Medicine", description: "Resuscitation, undifferentiated complaints and ED flow." },
  { slug: "endocrinology", name: "Endocrinology", description: "Diabetes, thyroid, adrenal, pituitary and bone." },
  { slug: "family-medicine", name: "Family Medicine", description: "Primary care across the lifespan." },
  { slug: "gastroenterology", name: "Gastroenterology", description: "GI, hepatology and endoscopy." },
  { slug: "geriatrics", name: "Geriatrics", description: "Frailty, polypharmacy, delirium and goals of care." },
  { slug: "hematology-oncology", name: "Hematology & Oncology", description: "Blood disorders, solid tumours and systemic therapy." },
  { slug: "infectious-disease", name: "Infectious Disease", description: "Antimicrobials, stewardship, HIV and travel medicine." },
  { slug: "internal-medicine", name: "Internal Medicine", description: "Hospital and ambulatory general medicine." },
  { slug: "nephrology", name: "Nephrology", description: "AKI, CKD, dialysis, electrolytes and transplant." },
  { slug: "neurology", name: "Neurology", description: "Stroke, epilepsy, movement disorders and neuromuscular disease." },
  { slug: "obstetrics-gynecology", name: "Obstetrics & Gynecology", description: "Pregnancy, labour, gynecologic surgery and reproductive health." },
  { slug: "ophthalmology", name: "Ophthalmology", description: "Retina, glaucoma, cornea and neuro-ophthalmology." },
  { slug: "orthopedics", name: "Orthopedics", description: "Fractures, joints, spine and sports medicine." },
  { slug: "otolaryngology", name: "Otolaryngology", description: "Ear, nose, throat, head and neck." },
  { slug: "pathology", name: "Pathology", description: "Surgical pathology, cytology and laboratory medicine." },
  { slug: "pediatrics", name: "Pediatrics", description: "Newborns to adolescents, in clinic and hospital." },
  { slug: "psychiatry", name: "Psychiatry", description: "Mood, psychosis, addiction and consultation-liaison." },
  { slug: "pulmonology", name: "Pulmonology", description: "Asthma, COPD, ILD, sleep and interventional pulmonology." },
  { slug: "radiology", name: "Radiology", description: "Diagnostic and interventional imaging." },
  { slug: "rheumatology", name: "Rheumatology", description: "Inflammatory arthritis, vasculitis and connective tissue disease." },
  { slug: "general-surgery", name: "General Surgery", description: "Acute care, hernia, hepatobiliary and colorectal surgery." },
  { slug: "urology", name: "Urology", description: "Stones, prostate, oncology and reconstruction." },
];
