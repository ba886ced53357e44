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

  it.each(["Call his son on 0412 345 678 anytime, the team has it too.", "Her daughter's number is 0412 345 678; the support worker rings it weekly."])(
    "still blocks a relative's number in %j",
    (text) => {
      expect(blocks(text).map((finding) => finding.category)).toContain("phone");
    },
  );
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

describe("a document's date, a service's mailbox and a network's machine are not a patient's", () => {
  it.each([
    "NHLS reference ranges (updated 01/07/2024): Na 136-145, K 3.5-5.1.",
    "Our lab changed troponin assay 3/1/2025; the new reference interval is lower.",
    "| Date | Lot | Level 1 |\n|---|---|---|\n| 2025-02-24 | 41872B | 6.1 ng/L |\n| 2025-02-25 | 41990A | 5.8 ng/L |",
    "Protocolo do MS atualizado em 15/03/2024: hidratação 20 mL/kg em 2h.",
  ])("does not block the document date in %j", (text) => {
    expect(blocks(text).filter((finding) => finding.category === "date")).toEqual([]);
  });

  it.each(["She was seen on 01/07/2024 after the assay was updated.", "| Date | Hb | Plt |\n|---|---|---|\n| 2025-02-24 | 7.2 | 45 |"])(
    "still blocks a patient's date in %j",
    (text) => {
      expect(blocks(text).map((finding) => finding.category)).toContain("date");
    },
  );

  it.each(["For St James's stroke service the inbox is strokereferrals@stjames.ie.", "The regional TB service inbox is england.tbreferrals-midlands@nhs.net."])(
    "does not block the service mailbox in %j",
    (text) => {
      expect(blocks(text)).toEqual([]);
    },
  );

  it("still blocks a relative's address that starts like a role mailbox", () => {
    expect(blocks("Email his daughter at referrals.mary@gmail.com tonight.").map((finding) => finding.category)).toContain("email");
  });

  it("warns, not blocks, on a private address of a hospital's network", () => {
    expect(blocks("EMIS keeps dropping the connection to the HSCN gateway at 10.240.18.5.")).toEqual([]);
  });

  it("still blocks a private address that someone logged in from", () => {
    expect(blocks("Login came from 10.0.0.23 per the audit log.").map((finding) => finding.category)).toContain("ip");
  });

  it("does not read the 'al.' of a citation as a street", () => {
    expect(blocks("See Reignier J, et al. Lancet 2018;391:133-43.")).toEqual([]);
  });

  it.each(["Tochter wohnt im Ausland.", "Sie wohnt im Pflegeheim seit dem Sturz."])("does not read a German noun after 'im' as a town in %j", (text) => {
    expect(blocks(text)).toEqual([]);
  });
});
