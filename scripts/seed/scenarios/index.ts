/**
 * Registry of seed scenarios by channel slug. Every catalog channel must appear here; the unit
 * tests check that against src/server/forum/channel-catalog.ts.
 */
import { anesthesiology, pulmonology } from "./anesthesia-pulm";
import { cardiology, criticalCare } from "./cardio-critical";
import { general } from "./general";
import { practiceCareer } from "./practice-career";
import { emergencyMedicine, obstetricsGynecology } from "./em-obgyn";
import { endocrinology, gastroenterology } from "./endo-gi";
import { geriatrics, psychiatry } from "./geri-psych";
import { hematologyOncology, infectiousDisease } from "./id-heme";
import { pathology, radiology } from "./imaging-path";
import { internalMedicine, nephrology } from "./medicine-renal";
import { neurology, ophthalmology } from "./neuro-eye";
import { orthopedics, otolaryngology } from "./ortho-ent";
import { familyMedicine, pediatrics } from "./primary-peds";
import { dermatology, rheumatology } from "./rheum-derm";
import { generalSurgery, urology } from "./surgery-uro";
import type { ChannelScenarios, Scenario } from "./types";

export const allChannelScenarios: readonly ChannelScenarios[] = [
  general, practiceCareer,
  anesthesiology, cardiology, criticalCare, dermatology, emergencyMedicine, endocrinology,
  familyMedicine, gastroenterology, geriatrics, hematologyOncology, infectiousDisease,
  internalMedicine, nephrology, neurology, obstetricsGynecology, ophthalmology, orthopedics,
  otolaryngology, pathology, pediatrics, psychiatry, pulmonology, radiology, rheumatology,
  generalSurgery, urology,
];

export const scenarioRegistry: ReadonlyMap<string, readonly Scenario[]> = new Map(
  allChannelScenarios.map((c) => [c.slug, c.scenarios]),
);
