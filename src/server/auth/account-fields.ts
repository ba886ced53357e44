import { z } from "zod";
import { channelCatalog } from "../forum/channel-catalog";
import { scannedText, unscannedText } from "../privacy/free-text";
import { licenceStateCodes } from "./us-states";

/** Form fields shared by sign-up, login and the account page; messages are shown beside fields. */
export const emailField = unscannedText(
  z
    .string({ error: "Enter your email address." })
    .trim()
    .toLowerCase()
    .max(254, { error: "That email address is too long." })
    .pipe(z.email({ error: "Enter an email address like name@example.org." })),
  "an email address: private, checked by its format, never shown to members",
);

/** Pseudonyms are shown on every signed post, so they are screened like any other text. */
export const pseudonymField = scannedText(
  z
    .string({ error: "Choose a pseudonym." })
    .trim()
    .regex(/^[A-Za-z0-9_]{3,30}$/, { error: "A pseudonym has 3–30 letters, digits or underscores." }),
);

export const personNameField = (label: string) =>
  unscannedText(
    z
      .string({ error: `Enter your ${label}.` })
      .trim()
      .min(1, { error: `Enter your ${label}.` })
      .max(100, { error: `Your ${label} is too long for this form (100 characters at most).` }),
    "the member's own legal name, kept for registry verification and never shown to members",
  );

/** Specialties a physician can register under: every channel but the cross-cutting rooms. */
export const specialtyOptions = channelCatalog.filter((channel) => !["general", "practice-career"].includes(channel.slug));

export const specialtyField = unscannedText(
  z
    .string({ error: "Choose your primary specialty." })
    .refine((slug) => specialtyOptions.some((option) => option.slug === slug), { error: "Choose your primary specialty from the list." }),
  "one of the catalog's specialties",
);

export const licenceStateField = unscannedText(
  z
    .string({ error: "Choose the state of your licence." })
    .trim()
    .toUpperCase()
    .refine((code) => licenceStateCodes.has(code), { error: "Choose the state of your licence from the list." }),
  "a state code from a fixed list",
);
