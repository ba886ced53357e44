import { describe, expect, it } from "vitest";
import { blocks } from "./helpers";

/**
 * One behaviour per test: the identifier is blocked, in its category, with exactly its span.
 * Sentences are written for these tests (not taken from the evaluation corpus).
 */
function expectBlocked(text: string, category: string, span: string): void {
  expect(blocks(text)).toContainEqual({ category, level: "block", text: span });
}

describe("name", () => {
  it("blocks a name after a courtesy title, without the title", () => {
    expectBlocked("Seen today: Mrs. Beatrice Holloway, 67, with new AF.", "name", "Beatrice Holloway");
  });
  it("blocks a surname with a possessive after a title, without the possessive", () => {
    expectBlocked("Spoke with Ms. Yamamoto's son about hospice.", "name", "Yamamoto");
  });
  it("blocks a name introduced by 'pt is'", () => {
    expectBlocked("Pt is Marcus Oyelaran, 41M, with crushing chest pain.", "name", "Marcus Oyelaran");
  });
  it("blocks a relative's first name after the relationship word", () => {
    expectBlocked("His wife Gloria called at 2am saying he was confused.", "name", "Gloria");
  });
  it("blocks a relative's accented full name in apposition", () => {
    expectBlocked("Her husband, Tomasz Wiśniewski, is the proxy.", "name", "Tomasz Wiśniewski");
  });
  it("blocks a 'Last, First M' name after a form label", () => {
    expectBlocked("Name: Hernandez, Jose L\nDOB: 02/29/1964", "name", "Hernandez, Jose L");
  });
  it("blocks an all-caps name on a form line", () => {
    expectBlocked("Pt: KRAMER, JOSEPH T   DOB: 12/03/1944", "name", "KRAMER, JOSEPH T");
  });
  it("blocks a record header 'Last, First | MRN'", () => {
    expectBlocked("Villanueva, Rosa | MRN 40022918 | full code", "name", "Villanueva, Rosa");
  });
  it("blocks a lower-case name after 'pt' when the first name is known", () => {
    expectBlocked("pager: pt maria gonzalez called back, still vomiting", "name", "maria gonzalez");
  });
  it("blocks initials with a surname", () => {
    expectBlocked("R. Castellanos, s/p Whipple, now with delayed gastric emptying.", "name", "R. Castellanos");
  });
  it("blocks a doctor's name when the doctor is the patient", () => {
    expectBlocked("Dr. Ingrid Solberg (retired surgeon, now my patient) has new jaundice.", "name", "Ingrid Solberg");
  });
  it("blocks later mentions of a blocked name", () => {
    const found = blocks("Pt is Naomi Goldfarb, 44. Naomi asked about surgery.").filter((f) => f.text === "Naomi");
    expect(found).toHaveLength(1);
  });
  it("blocks a capitalised pair followed by an age", () => {
    expectBlocked("Referral for Tariq Haddad, 52, with new ascites.", "name", "Tariq Haddad");
  });
  it("blocks a capitalised pair after a clinical verb", () => {
    expectBlocked("Last night I admitted Odette Marchand with DKA.", "name", "Odette Marchand");
  });
  it("keeps lower-case particles inside a titled name", () => {
    expectBlocked("Mr. Juan de la Cruz, 60, with new AF.", "name", "Juan de la Cruz");
  });
  it("blocks a quoted nickname after 'goes by'", () => {
    expectBlocked("The patient goes by 'Buddy' on the ward.", "name", "Buddy");
  });
  it("blocks a known first name followed by an age", () => {
    expectBlocked("Esperanza, 54, presented with chest pain.", "name", "Esperanza");
  });
  it("blocks initials standing for the patient", () => {
    expectBlocked("Our pt (initials T.W.) is a 60M with refractory HTN.", "name", "T.W.");
  });
  it("blocks an employer named after a form label", () => {
    expectBlocked("Employer: Brightline Freight, night shifts.", "name", "Brightline Freight");
  });
});

describe("address", () => {
  it("blocks a street address with unit, city, state and ZIP as one span", () => {
    expectBlocked("Pt lives at 221 Baker Street, Apt 2, Boston, MA 02115 with her son.", "address", "221 Baker Street, Apt 2, Boston, MA 02115");
  });
  it("blocks a ZIP code after a keyword", () => {
    expectBlocked("Her zip code is 60614, so she's in our catchment.", "address", "60614");
  });
  it("blocks a town after a residence cue", () => {
    expectBlocked("She lives in Tupelo and can't make weekly labs.", "address", "Tupelo");
  });
  it("blocks a town and ZIP pair after a residence cue", () => {
    expectBlocked("Lives in Gallup, 87301, two hours from dialysis.", "address", "Gallup, 87301");
  });
  it("blocks a street named after a locative cue", () => {
    expectBlocked("Three kids from the same building off Kingshighway Blvd with high lead levels.", "address", "Kingshighway Blvd");
  });
  it("blocks a UK postcode", () => {
    expectBlocked("Registered at postcode M14 6HR but sleeping rough.", "address", "M14 6HR");
  });
  it("blocks a post office box", () => {
    expectBlocked("Mail goes to PO Box 1182 since she lost the house.", "address", "PO Box 1182");
  });
  it("blocks a city with its state code after a residence cue", () => {
    expectBlocked("Pt from Wausau, WI was flown in overnight.", "address", "Wausau, WI");
  });
  it("blocks a ZIP code after 'near'", () => {
    expectBlocked("Is there a Ryan White clinic near 93701?", "address", "93701");
  });
  it("blocks a street-type-first address", () => {
    expectBlocked("Address: 14 Rue de la Paix, Paris", "address", "14 Rue de la Paix, Paris");
  });
});

describe("date", () => {
  it("blocks a date of birth", () => {
    expectBlocked("DOB 3/14/1958, admitted for CAP.", "date", "3/14/1958");
  });
  it("blocks an admission date written day month year", () => {
    expectBlocked("Underwent CABG on 5 January 2022; now with sternal dehiscence.", "date", "5 January 2022");
  });
  it("blocks a month and day after an event verb", () => {
    expectBlocked("Came in on March 9th with hypotension.", "date", "March 9th");
  });
  it("blocks a numeric day/month after an event verb", () => {
    expectBlocked("She fell on 2/11 and was on the floor overnight.", "date", "2/11");
  });
  it("blocks a weekday with a numeric day/month", () => {
    expectBlocked("Discharged Monday 3/18 with a PICC.", "date", "Monday 3/18");
  });
  it("blocks month and year of a diagnosis", () => {
    expectBlocked("Diagnosed in April 2019 with stage II breast cancer.", "date", "April 2019");
  });
  it("blocks numeric month/year", () => {
    expectBlocked("Last colonoscopy 08/2021 showed two adenomas.", "date", "08/2021");
  });
  it("blocks a day of the month on its own", () => {
    expectBlocked("Admitted on the 22nd with Na 114.", "date", "the 22nd");
  });
  it("blocks an ISO date", () => {
    expectBlocked("Patient died 2024-02-03 after withdrawal of care.", "date", "2024-02-03");
  });
  it("blocks a month alone after a patient event", () => {
    expectBlocked("She was admitted in June with pneumonia.", "date", "June");
  });
  it("blocks a holiday as a day of the year", () => {
    expectBlocked("Admitted on Christmas Day with hyperkalemia.", "date", "Christmas Day");
  });
  it("blocks a day-month-year date with a month abbreviation", () => {
    expectBlocked("Admitted 02-Feb-2024 with DKA.", "date", "02-Feb-2024");
  });
  it("blocks a dotted European date", () => {
    expectBlocked("Patientin geb. 03.07.1948, Aufnahme wegen Pneumonie.", "date", "03.07.1948");
  });
});

describe("age_over_89", () => {
  it("blocks an N-year-old age of 90 or more", () => {
    expectBlocked("A 93-year-old man asks about TAVR.", "age_over_89", "93-year-old");
  });
  it("blocks age-and-sex shorthand", () => {
    expectBlocked("90F with hip fracture, POD 1, delirium.", "age_over_89", "90F");
  });
  it("blocks an age after 'aged'", () => {
    expectBlocked("Pt aged 91 with new AML wants treatment.", "age_over_89", "aged 91");
  });
  it("blocks an age in words", () => {
    expectBlocked("Patient is ninety-one and sharp as a tack.", "age_over_89", "ninety-one");
  });
  it("blocks an age in apposition after a name", () => {
    expectBlocked("Mr. Lindgren, 96, still drives.", "age_over_89", "96");
  });
  it("blocks a birth year that makes the patient older than 89", () => {
    expectBlocked("Pt born in 1931 insists she doesn't need a walker.", "age_over_89", "1931");
  });
});

describe("contact", () => {
  it("blocks a phone number with area code in parentheses", () => {
    expectBlocked("Call the daughter at (617) 555-0143 if he worsens.", "phone", "(617) 555-0143");
  });
  it("blocks an international mobile number", () => {
    expectBlocked("His mobile +44 7700 900123 is the only contact.", "phone", "+44 7700 900123");
  });
  it("blocks a bare ten-digit number after a phone cue", () => {
    expectBlocked("pt asks for a callback at 6175550188 re: refills", "phone", "6175550188");
  });
  it("reads a number after a fax cue as a fax", () => {
    expectBlocked("Fax the consult to her cardiologist's office at 212-555-0177.", "fax", "212-555-0177");
  });
  it("blocks a patient's e-mail address", () => {
    expectBlocked("Email from the pt: jmorales1982@hotmail.com asking about results.", "email", "jmorales1982@hotmail.com");
  });
  it("blocks a patient portal link", () => {
    expectBlocked("Portal link he sent: https://mychart.example.org/patient/883201/notes", "url", "https://mychart.example.org/patient/883201/notes");
  });
  it("blocks a patient's blog host without a scheme", () => {
    expectBlocked("Pt's blog mylifewithals.wordpress.com is surprisingly detailed.", "url", "mylifewithals.wordpress.com");
  });
  it("blocks an IPv4 address", () => {
    expectBlocked("Login came from 10.0.0.23 per the audit log.", "ip", "10.0.0.23");
  });
  it("blocks an IPv6 address", () => {
    expectBlocked("Audit shows access from 2001:db8:85a3::8a2e:370:7334 overnight.", "ip", "2001:db8:85a3::8a2e:370:7334");
  });
});

describe("links and addresses that are not a patient's", () => {
  it("blocks a fundraising page whose path names a person", () => {
    expectBlocked("Friends set up https://www.justgiving.com/crowdfunding/oliver-hughes-rehab for him.", "url", "https://www.justgiving.com/crowdfunding/oliver-hughes-rehab");
  });
  it("blocks a fundraising page in a sentence about the patient's family", () => {
    expectBlocked("Ses parents ont lancé https://www.leetchi.com/c/pour-notre-petit-loup pour le traitement.", "url", "https://www.leetchi.com/c/pour-notre-petit-loup");
  });
  it.each([
    ["a platform's blog post", "Tips at https://www.gofundme.com/c/blog/medical-fundraising-ideas were useful."],
    ["a team's charity run", "Sponsor our ED team: https://www.justgiving.com/campaign/ed-night-shift-10k"],
    ["a meeting link with a numeric room", "Journal club link: https://zoom.us/j/98123456701"],
    ["software versions in dotted quads", "Our EHR went from 11.2.0.4 to 11.3.0.1 overnight and the MAR changed."],
    ["a guideline section in dotted quads", "Abschnitt 5.3.1.2 der Leitlinie empfiehlt das."],
  ])("does not block %s", (_kind, text) => {
    expect(blocks(text)).toEqual([]);
  });
  it("still blocks an IP address in a sentence about a login", () => {
    expectBlocked("After the version update her portal login came from 81.44.12.203 at 3 am.", "ip", "81.44.12.203");
  });
  it("does not block a reporting mailbox", () => {
    expect(blocks("Forward the phishing e-mail to spamreports@trust.example.net.")).toEqual([]);
  });
});

describe("numbered identifiers", () => {
  it("blocks a dashed SSN", () => {
    expectBlocked("SSN 123-45-6789 was on the referral form.", "ssn", "123-45-6789");
  });
  it("blocks a keyed SSN written with spaces", () => {
    expectBlocked("Social security number 078 05 1120 listed twice.", "ssn", "078 05 1120");
  });
  it("blocks a medical record number without its keyword", () => {
    expectBlocked("MRN: 84421907. 58F with dermatomyositis.", "mrn", "84421907");
  });
  it("blocks a medical record number after a parenthetical", () => {
    expectBlocked("MRN (old system): 22-81-334 on the faxed notes.", "mrn", "22-81-334");
  });
  it("blocks a member ID after an insurer's name", () => {
    expectBlocked("Humana H55219033 denied the CGM again.", "health_plan", "H55219033");
  });
  it("blocks a masked SSN that keeps the last four digits", () => {
    expectBlocked("Letter shows XXX-XX-4471 at the top.", "ssn", "XXX-XX-4471");
  });
  it("blocks a keyed value after words and a colon", () => {
    expectBlocked("SSN on the intake sheet: 219 09 9999.", "ssn", "219 09 9999");
  });
  it("blocks a health plan member ID", () => {
    expectBlocked("Member ID QKR448120937 (Cigna) and the PA was denied.", "health_plan", "QKR448120937");
  });
  it("blocks a Medicare Beneficiary Identifier by its shape", () => {
    expectBlocked("Card shows 3KT9-RA2-WN48 under Part B.", "health_plan", "3KT9-RA2-WN48");
  });
  it("blocks an account number", () => {
    expectBlocked("Billing acct no. 8820-11934 keeps getting flagged.", "account", "8820-11934");
  });
  it("blocks a grouped payment card number", () => {
    expectBlocked("Front desk typed 5500 0000 0000 0004 into the note.", "account", "5500 0000 0000 0004");
  });
  it("blocks a license number", () => {
    expectBlocked("Her nursing license #RN884213 was suspended.", "license", "RN884213");
  });
  it("blocks a vehicle plate", () => {
    expectBlocked("Car plate 6TRJ244 was in the police report.", "vehicle", "6TRJ244");
  });
  it("blocks a VIN by its shape", () => {
    expectBlocked("Only ID at the scene was VIN 2T1BURHE0JC043821.", "vehicle", "2T1BURHE0JC043821");
  });
  it("blocks a device serial number, not the model", () => {
    expectBlocked("Her ICD serial no. BXF338172 needs reprogramming.", "device", "BXF338172");
  });
  it("blocks a specimen accession number", () => {
    expectBlocked("Specimen #: SP-24-008812 was mislabeled.", "other_id", "SP-24-008812");
  });
  it("blocks a social-media handle when a platform is named", () => {
    expectBlocked("His Instagram handle is @jake.runs.far and he posts readings.", "other_id", "@jake.runs.far");
  });
  it("blocks a file name that carries the patient's name", () => {
    expectBlocked("Uploaded CT_jsmith_2024.dcm to the shared drive.", "other_id", "CT_jsmith_2024.dcm");
  });
  it("blocks a long zero-led number typed into the record", () => {
    expectBlocked("Entered her number 00418823 in Epic and got another chart.", "mrn", "00418823");
  });
});
