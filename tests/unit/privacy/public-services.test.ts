import { describe, expect, it } from "vitest";
import { blocks } from "./helpers";

describe("numbers that belong to the public, not to a patient", () => {
  it.each([
    "Our crisis card lists the suicide helpline on 13 11 14 and the kids helpline 1800 55 1800 on the back.",
    "Leaflet for carers: the Samaritans on 116 123 any hour, or text SHOUT to 85258.",
    "Pon en el informe la línea 024 y el Teléfono de la Esperanza 717 003 717.",
    "Numéro utile pour les familles : SOS Amitié 09 72 39 40 50.",
    "O tratamento de dados segue a Lei nº 13.709/2018, art. 11.",
    "Consent for research follows Ley 14/2007 and Real Decreto 1090/2015.",
  ])("does not block %j", (text) => {
    expect(blocks(text)).toEqual([]);
  });

  it("still blocks a relative's number on a line that also lists helplines", () => {
    const text = "Safety-netting given: Samaritans 116 123, and we will ring her son Keith on 07700 914 382.";
    expect(blocks(text).map((finding) => finding.text)).toContain("07700 914 382");
  });

  it("still blocks a number with no helpline named on its line", () => {
    expect(blocks("Call the patient's wife on 0161 496 0732 before discharge.").map((finding) => finding.category)).toContain("phone");
  });
});

describe("a service's number is known by the words around it, not by a list of services", () => {
  it.each([
    "Contact the transplant coordinator on 0207 346 4400 during office hours.",
    "Referrals go to cardiology.referrals@nhs.net, fax 020 7188 5432.",
    "Questions? Write to info@esc-cardio.org or call +33 4 92 94 76 00.",
    "The anticoagulation team can be reached on 0121 424 2000 (Mon-Fri 9-5).",
    "Ring 0300 123 1234, option 2, for the bookings office.",
  ])("does not block %j", (text) => {
    expect(blocks(text)).toEqual([]);
  });

  it.each([
    "Call his son on 0412 345 678 anytime, the team has it too.",
    "Her daughter's number is 0412 345 678; the support worker rings it weekly.",
  ])("still blocks a relative's number in %j", (text) => {
    expect(blocks(text).map((finding) => finding.category)).toContain("phone");
  });
});

describe("dates of laws, publications, audits and rules taking effect are public", () => {
  it.each([
    "La Société a publiée le 3 février ses recommandations sur l'asthme sévère.",
    "The loi Leonetti du 22 avril changed end-of-life practice.",
    "Neue Meldepflicht: gilt ab 1. Oktober für alle Labore.",
    "Please send the sepsis audit spreadsheet by 30 June.",
    "Die Anmeldefrist endet am 15. Mai.",
  ])("does not block %j", (text) => {
    expect(blocks(text).filter((finding) => finding.category === "date")).toEqual([]);
  });

  it("still blocks a patient's admission date", () => {
    expect(blocks("She was admitted on 9 October with a fall and a hip fracture.").map((finding) => finding.category)).toContain("date");
  });
});
