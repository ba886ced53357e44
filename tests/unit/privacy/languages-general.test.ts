import { describe, expect, it } from "vitest";
import { blockedAs, blocks, expectLinearScan, flagged } from "./helpers";

/**
 * Language-general mechanisms (train batch 15 taught them: posts in the voices of the Gulf, Egypt,
 * Pakistan, the Philippines, Kenya, Ghana, Turkey, Poland, Italy, the Netherlands, Scandinavia,
 * Israel, Malaysia and Indonesia). Each kind is tested in new words and numbers: national numbers
 * by their published check rules, label words of those countries, month names and "on/date" words
 * of other languages, elders' titles before an age, street and residence words, and the public
 * texts (a network range, a circular, a disaster's date, a holiday) that must stay silent.
 */

describe("national numbers blocked by shape and check digits, without a label", () => {
  it.each([
    ["a Turkish T.C. Kimlik", "Hasta 51720398410, 71 yaş, AF.", "51720398410"],
    ["a Polish PESEL", "Pacjent 63111501271 po zawale.", "63111501271"],
    ["a Norwegian fødselsnummer", "Vedlagt 24097500939 til MR.", "24097500939"],
    ["a Danish CPR number", "Patienten, 110362-5838, har KOL.", "110362-5838"],
    ["a Finnish henkilötunnus", "Potilas 031189-4720, astma.", "031189-4720"],
    ["an Emirates ID", "Card copy: 784-1987-0007127-1, diabetic foot.", "784-1987-0007127-1"],
    ["a Malaysian MyKad", "IC 881203-10-5521, dengue warning signs.", "881203-10-5521"],
    ["an Indonesian NIK", "Data pasien 3374115507007919 untuk rujukan.", "3374115507007919"],
  ])("blocks %s", (_kind, text, span) => {
    expect(blockedAs(text, "ssn")).toContainEqual(span);
  });

  it.each([
    ["an 11-digit number whose checks fail", "Reference 51720398411 from the supplier."],
    ["a dashed 6-4 number with an impossible date", "Batch run 993311-5838 finished."],
    ["a 784 number whose Luhn check fails", "Order 784-1987-0007127-2 shipped."],
  ])("does not block %s as an ssn", (_kind, text) => {
    expect(blockedAs(text, "ssn")).toEqual([]);
  });
});

describe("label words of more countries before an identifier", () => {
  it.each([
    ["a Dutch BSN", "BSN 245907919, COPD GOLD 3.", "245907919"],
    ["an Israeli t.z.", "t.z. 031255433, post MI.", "031255433"],
    ["an Indonesian No. RM", "No. RM 12-88-40-19, suspect TB.", "12-88-40-19"],
    ["a Polish main-book number", "nr ks. gł. 2023/11402, preeklampsja", "2023/11402"],
    ["a Philippine SSS number", "For the sickness benefit, SSS 33-1234567-8 was used.", "33-1234567-8"],
    ["an Indonesian BPJS card", "Ibu Ratna, BPJS 0002233445566, DM tipe 2.", "0002233445566"],
    ["a Jamaican NHF card", "NHF card 0551234 for the insulin.", "0551234"],
    ["a Kenyan CCC number", "CCC no. 14021-00877 on TDF/3TC/DTG.", "14021-00877"],
    ["an Italian accession number", "n. accettazione 23AB0044512, TC torace.", "23AB0044512"],
    ["an Israeli personal number", "mispar ishi 8122345, fitness board.", "8122345"],
    ["a Jamaican TRN", "TRN 108-223-447 on the form.", "108-223-447"],
    ["a mobile-money confirmation code", "Paid by M-Pesa (conf. RTX9KD2P4L) yesterday.", "RTX9KD2P4L"],
    ["a card reference", "Sehat card holder, card ref KP-22-0771234, hip fracture.", "KP-22-0771234"],
  ])("blocks %s", (_kind, text, span) => {
    expect(blocks(text).map((f) => f.text)).toContainEqual(span);
  });

  it("blocks a plate after a Malay or Filipino vehicle word", () => {
    expect(blockedAs("Fell off his kapcai WXY 5521 on the highway.", "vehicle")).toEqual(["WXY 5521"]);
  });

  it.each([
    ["a device catalogue REF", "Stent REF 1012278-15 in stock."],
    ["a health agency circular", "PhilHealth Circular 2022-0041 changed the case rates."],
    ["an administrative order", "DOH Administrative Order 2023-0012 sets the rules."],
  ])("does not block %s", (_kind, text) => {
    expect(blocks(text)).toEqual([]);
  });
});

describe("day and month in other languages", () => {
  it.each([
    ["a Turkish month", "Ameliyat 21 Ağustos günü yapıldı.", "21 Ağustos"],
    ["a Polish genitive month", "Przyjęty 7 października z dusznością.", "7 października"],
    ["an Indonesian month", "Demam sejak 2 Desember, trombosit turun.", "2 Desember"],
    ["a Swahili month", "Alilazwa 9 Julai na homa.", "9 Julai"],
    ["a Tagalog month", "Na-admit siya noong 4 Hulyo.", "4 Hulyo"],
    ["a Finnish month", "Leikattu 14. tammikuuta, toipuu hyvin.", "14. tammikuuta"],
    ["a Hijri month", "Admitted 12 Shawwal with hypoglycaemia.", "12 Shawwal"],
    ["a Swahili date word before a day/month", "Alianza dawa tarehe 3/9, sasa bora.", "3/9"],
    ["an Indonesian date word before a day/month", "Kontrol tanggal 5/11 ke poli.", "5/11"],
    ["a dotted day.month after on", "She took the overdose on 28.11, then called.", "28.11"],
    ["a dotted day.month after dnia", "Przyjęta dnia 14.02 z bólem.", "14.02"],
  ])("blocks %s", (_kind, text, span) => {
    expect(blockedAs(text, "date")).toContainEqual(span);
  });

  it.each([
    ["a decimal after on", "Kept her on 2.5 mg, INR stable."],
    ["a dotted number without its preposition", "Ratio 28.11 in the cohort."],
    ["a disaster named by its date and place", "The 22 March 2016 Brussels attacks taught triage."],
    ["a date and a listed city", "After 11 March 2011 Sendai, we rewrote the dialysis plan."],
  ])("does not block %s", (_kind, text) => {
    expect(blockedAs(text, "date")).toEqual([]);
  });
});

describe("ages over 89 after titles and at the opening of a record", () => {
  it.each([
    ["a Gulf honorific", "Hajji Rahim, 93, on warfarin again.", "93"],
    ["a Filipino elder with 'na po'", "Si Lolo Ernesto, 95 na po, bedbound.", "95"],
    ["an Indonesian title", "Bu Siti, 91, sesak sejak pagi.", "91"],
    ["a Polish title", "Pani Helena, 94, upadek w domu.", "94"],
    ["a Turkish honorific after the name", "Ayten hanım, 92, düştü.", "92"],
    ["an opening name with an age in words", "Tomasz Wróblewski, ninety-three, refuses PEG.", "ninety-three"],
    ["an opening name with an aside", "Eleonora (the ward calls her Nora), 101, stopped eating.", "101"],
  ])("blocks %s", (_kind, text, span) => {
    expect(blockedAs(text, "age_over_89")).toContainEqual(span);
  });

  it.each([
    ["an opening common word", "Overall, 92, of the audit items passed."],
    ["a count after an opening word", "Summary, 95 patients screened."],
  ])("does not block %s", (_kind, text) => {
    expect(blockedAs(text, "age_over_89")).toEqual([]);
  });
});

describe("addresses in other languages' forms", () => {
  it.each([
    ["a Polish street with a flat and postcode", "Adres: ul. Długa 14/3, 80-831 Gdańsk.", "ul. Długa 14/3, 80-831 Gdańsk"],
    ["a Turkish neighbourhood address", "Kızılay Mah. Atatürk Blv. No:21 D:5, Çankaya, 3. kat.", "Kızılay Mah. Atatürk Blv. No:21 D:5, Çankaya"],
    ["a labelled area and town", "Area: Nima, Accra\nSickle cell crisis.", "Nima, Accra"],
    ["a Swahili residence verb", "Mama anaishi Kangemi, hana bima.", "Kangemi"],
    ["a Polish residence verb", "Pacjent mieszka w Pabianicach, sam.", "Pabianicach"],
    ["a Scandinavian residence verb", "Hun bor i Tromsø og kjører selv.", "Tromsø"],
    ["a telegraphic 'lives'", "Defaulted twice. Lives Kayole Junction, no phone.", "Kayole Junction"],
  ])("blocks %s", (_kind, text, span) => {
    expect(blockedAs(text, "address")).toContainEqual(span);
  });

  it.each([
    ["a measured area", "Area: 4 cm2, irregular border."],
    ["an anatomical area", "Area: Left Frontal, Parietal."],
    ["home for a feast", "Family wants him home for Diwali."],
    ["a public shelter service", "Home Front Command says 90 seconds to the shelter."],
    ["lives alone", "Lives alone, cooks for herself."],
    ["a language after 'in'", "How do you counsel a family in Hausa about DNR?"],
    ["a blood pressure read aloud", "Came with BP 180 over 115, headache."],
    ["a kinship word before an age", "Auntie, 71, on her third line of chemo."],
  ])("does not block %s", (_kind, text) => {
    expect(blockedAs(text, "address")).toEqual([]);
  });
});

describe("contact and network details", () => {
  it("blocks a patient's mail sent 'from' an address even after 'me at'", () => {
    expect(blockedAs("She writes to me at night from amina.k.omar77@gmail.com, distressed.", "email")).toEqual(["amina.k.omar77@gmail.com"]);
  });

  it("still only warns on the physician's own address", () => {
    expect(flagged("Email me at t.okoro.gp@gmail.com for the rota.")).toEqual([{ category: "email", level: "warn", text: "t.okoro.gp@gmail.com" }]);
  });

  it.each([
    ["a private network range", "VPN pool is 192.168.10.0/24 on site."],
    ["a subnet mask", "Mask 255.255.255.0 on the clinic router."],
  ])("does not block %s", (_kind, text) => {
    expect(blockedAs(text, "ip")).toEqual([]);
  });
});

describe("linear time", () => {
  it("stays linear on Turkish address words and dotted day-months", () => {
    expectLinearScan("Moda Mah. 12. Sok. No:3 on 12.10 Hajji Ab, 93, ");
  });
});
