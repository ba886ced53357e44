/** Mixed countries: long write-ups, web identifiers (URLs, IPs, handles), devices, accounts, odd name forms. */
import { AC, AD, AGE, DT, DV, EM, FX, Gen, HP, IP, LI, MR, N, OI, PH, SS, UR, VE, fmt, t, tpl, withNote, type Tpl } from "./build";
import * as ids from "./ids";
import { phone, plate } from "./geo";
import { auAddr, deAddr, email, frAddr, inAddr, ukAddr, US_MAIL, usAddr, brAddr } from "./common";
import { plain } from "./people";

/** DEA registration: 2 letters + 6 digits + check ((d1+d3+d5) + 2(d2+d4+d6)) mod 10. */
function dea(g: Gen): string {
  const six = g.r.digits(6).split("").map(Number);
  const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = six;
  const check = (a + c + e + 2 * (b + d + f)) % 10;
  return `${g.r.letters(1, "ABFGM")}${g.r.letters(1, "ABCDEFGHJKLMNPRSTW")}${six.join("")}${check}`;
}
const slug = (s: string): string => plain(s).toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");

export const batchMixed: Tpl[] = [
  tpl("mx-long-us", "US", "case-writeup", (g) => {
    const p = g.person("us", "F");
    const hus = g.person("us", "M");
    const dob = g.dob(45, 60);
    const a = usAddr(g);
    const adm = g.recent(120, 20);
    const mrn = g.r.digitsNz(8);
    return t`Long post, sorry. Looking for help with a diagnostic puzzle.

${N(p.full)} (MRN ${MR(mrn)}, DOB ${DT(fmt.us(dob))}) is a ${g.age(dob)}-year-old school librarian from ${AD(a.cityLine)} admitted on ${DT(fmt.usMD(adm))} with 6 weeks of fevers, a 9 kg weight loss, and a new diastolic murmur.

Workup so far:
- Blood cultures x6: no growth at 5 days (held 21 days on our request)
- TEE: 1.2 cm mobile vegetation on the aortic valve, moderate AR
- Bartonella IgG 1:1024, Coxiella phase I/II negative, Brucella negative
- RF positive, C3 low, UA with RBC casts

Her husband ${N(hus.first)} says they adopted two kittens in the spring. So: Bartonella endocarditis with immune-complex GN? Treat with doxy + gentamicin, or rifampin instead of gent given the kidneys? And valve surgery timing: CT surgery wants to operate this week, ID wants 2 weeks of antibiotics first.

Any experience appreciated. Her daughter can be reached at ${PH(phone.us(g.r, 0))} if anyone from the Bartonella registry wants to enroll her.`;
  }),
  tpl("mx-long-uk-discharge", "UK", "discharge-summary", (g) => {
    const p = g.person("uk", "M");
    const a = ukAddr(g);
    const adm = g.recent(60, 20);
    const dis = g.plus(adm, 11);
    return t`Pasting our discharge summary (cut down) because the GP rang confused:

DISCHARGE SUMMARY
Patient: ${N(`${p.last.toUpperCase()}, ${p.first}`)}     Hospital No: ${MR(`${g.r.letters(1)}${g.r.digits(6)}`)}
Address: ${AD(a.full)}
Admitted: ${DT(fmt.eu(adm))}   Discharged: ${DT(fmt.eu(dis))}
Diagnosis: Severe alcoholic hepatitis (mDF 48), treated with prednisolone 40 mg; Lille at day 7 0.31 (responder).
Plan: Prednisolone to complete 28 days then stop (no taper). Thiamine. Alcohol liaison follow-up.
NOK: brother, ${N(g.person("uk", "M").first)}, ${PH(phone.ukMobile(g.r))}

The GP wants to taper the steroid over 6 weeks "to be safe". Is there any evidence for tapering after STOPAH-style courses?`;
  }),
  tpl("mx-long-au", "AU", "case-writeup", (g) => {
    const p = g.person("au", "M");
    const a = auAddr(g);
    return t`Case for the tropical med folks. ${N(p.full)}, 42, a banana farmer living at ${AD(a.full)}, presented with 3 weeks of fever, a painless eschar on his ankle, and hepatitis (ALT 410). Scrub typhus serology pending. His partner ${N(g.person("au", "F").first)} (${PH(phone.auMobile(g.r))}) says two other workers on the farm had "the same flu".

Doxy 100 bd started. Questions: (1) treat the other workers empirically? (2) notify public health even before serology? (3) azithro if one of them is pregnant?`;
  }),
  tpl("mx-blog-url", "US", "question", (g) => {
    const p = g.person("us", "F");
    return t`A patient's mother runs a blog about her son's rare disease at ${UR(`https://${slug(p.first)}${slug(p.last)}family.wordpress.com`)} and posted screenshots of our clinic notes with my name visible. She means well. Do I ask her to redact?`;
  }),
  tpl("mx-caringbridge", "US", "short-reply", (g) => {
    const p = g.person("us", "M");
    return t`The family keeps everyone updated on ${UR(`caringbridge.org/visit/${slug(p.first)}${slug(p.last)}`)}, and half the updates quote our rounds. I just let it be.`;
  }),
  tpl("mx-instagram", "UK", "question", (g) => {
    const h = `${g.pick(["life", "living", "daily"])}_with_${g.pick(["pots", "eds", "crohns", "lupus"])}_${g.pick(["ellie", "jess", "beth", "mia"])}`;
    return t`My 17yo patient posts her NG tube changes on Instagram (${UR(`instagram.com/${h}`)}) and tags the hospital. The ward manager wants me to "have a word". Where's the line?`;
  }),
  tpl("mx-drive-link", "CA", "question", (g) => {
    const p = g.person("ca", "F");
    const fid = g.r.letters(12, "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789");
    return withNote(t`Family shared the outside MRI via ${UR(`https://drive.google.com/drive/folders/${fid}?usp=sharing`)} (folder is named "${OI(`${p.first} ${p.last} MRI brain`)}"). Is it OK to download to a hospital PC or do I need them to send a CD?`, "shared-folder URL and a folder name carrying the patient's name");
  }),
  tpl("mx-ketto", "IN", "non-native", (g) => {
    const p = g.person("in", "M");
    return t`Sir, patient's family has made fundraiser ${UR(`https://www.ketto.org/fundraiser/help-${slug(p.first)}-${slug(p.last)}-fight-blood-cancer`)} for BMT. They are asking me to write a letter with diagnosis to upload. AML with FLT3. Is it okay to give?`;
  }),
  tpl("mx-vakinha", "BR", "short-reply", (g) => {
    const p = g.person("br", "F");
    return t`A família fez uma vaquinha (${UR(`vakinha.com.br/vaquinha/tratamento-da-${slug(p.first)}`)}) e colocou o laudo completo lá. Eu pediria para tirar o laudo, deixar só o texto.`;
  }),
  tpl("mx-portal-url", "DE", "question", (g) => {
    const id = g.r.digitsNz(8);
    return t`Das Patientenportal unserer Klinik erzeugt Links wie ${UR(`https://portal.klinikum-am-see.de/befunde?pid=${id}&token=0`)}, die ohne Login funktionieren. Datenschutz ist informiert. Kennt jemand das Problem bei anderen Anbietern?`;
  }),
  tpl("mx-ipv6", "US", "question", (g) => {
    const ip = `2600:${g.r.letters(4, "0123456789abcdef")}:${g.r.letters(4, "0123456789abcdef")}:${g.r.letters(3, "0123456789abcdef")}::${g.r.letters(2, "0123456789abcdef")}`;
    return t`Remote monitoring: the patient's home CPAP modem reports from ${IP(ip)}, and the vendor portal shows her usage at 0.5 h/night. She swears she uses it all night. Could the modem be dropping data?`;
  }),
  tpl("mx-private-ip", "UK", "lowercase-chat", (g) => {
    const ip = `192.168.${g.int(0, 10)}.${g.int(2, 250)}`;
    return t`home dialysis machine for my pt keeps dropping off the remote monitoring, the tech says it's assigned ${IP(ip)} on his home router and keeps changing. anyone had the renal IT team fix this`;
  }),
  tpl("mx-ip-audit", "FR", "question", (g) => {
    const ip = `${g.int(78, 92)}.${g.int(100, 250)}.${g.int(0, 255)}.${g.int(2, 250)}`;
    return t`Le journal d'accès de Mon Espace Santé montre que le dossier de ma patiente a été consulté depuis l'adresse IP ${IP(ip)} à 3 h du matin. Elle pense que c'est son ex-mari. Que faire ?`;
  }),
  tpl("mx-ip-ddos", "IN", "non-native", (g) => {
    const ip = `${g.int(49, 117)}.${g.int(10, 250)}.${g.int(0, 255)}.${g.int(2, 250)}`;
    return t`Our telemedicine app logged patient login from IP ${IP(ip)} while patient was admitted in our ICU. Someone is using his account. His son ${N(g.person("in", "M").first)} is suspecting cousin. Should hospital file cyber complaint?`;
  }),
  tpl("mx-fax-home", "CA", "kv", (g) => {
    const p = g.person("ca", "M");
    return t`Patient: ${N(p.full)}
Preferred contact: home fax ${FX(phone.ca(g.r, "NS", 0))} (he's deaf, doesn't use email)
Issue: cochlear implant candidate, 72, wife is hearing too. Any programme in the Maritimes with good outcomes at this age?`;
  }),
  tpl("mx-fax-de", "DE", "short-reply", (g) => {
    return t`Der Arbeitgeber meiner Patientin hat die AU-Bescheinigung per Fax an ${FX(`+49 ${g.pick(["221", "89", "40"])} ${g.r.digits(7)}`)} angefordert. Schicke ich grundsätzlich nicht, die Patientin bekommt sie selbst.`;
  }),
  tpl("mx-fax-au", "AU", "question", (g) => {
    return t`Workers comp: the employer's HR fax (${FX(phone.auLandline(g.r, "VIC", false))}) keeps sending "suitable duties" forms for my patient with a crush injury. Do I fill them in or send to the insurer?`;
  }),
  tpl("mx-fax-in", "IN", "non-native", (g) => {
    return t`Patient's company is asking fitness certificate to be sent on their fax ${FX(phone.inLandline(g.r))}. He had MI 3 weeks ago, works as crane operator. I am not giving fitness now. Correct sir?`;
  }),
  tpl("mx-dexcom", "US", "sms", (g) => {
    const tx = `${g.int(8, 9)}${g.r.letters(1, "ABCDEFGHJKLMNPQRSTUVWXYZ")}${g.r.letters(4, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")}`;
    return t`cgm transmitter ${DV(tx)} reading 40-60 mg/dl lower than fingersticks for 2 days. pt on closed loop, getting auto-suspend all night. replace sensor or transmitter first?`;
  }),
  tpl("mx-cochlear", "UK", "case", (g) => {
    const sn = `${g.r.digits(7)}`;
    return t`Cochlear implant patient needs an MRI for a suspected cord compression. Implant serial ${DV(sn)}, CI612. Manufacturer says 1.5T with headband is conditional. Radiology is refusing. Has anyone got this done at your trust?`;
  }),
  tpl("mx-lvad", "US", "case", (g) => {
    const sn = `MLP${g.r.digits(6)}`;
    return t`HeartMate 3 pump ${DV(sn)}, low flow alarms x4 today, LDH 1,200 from 280. Pump thrombosis is rare with HM3 but... tPA or exchange? Pt is 56, not a transplant candidate.`;
  }),
  tpl("mx-imei", "DE", "question", (g) => {
    const imei = `${g.r.digits(2)} ${g.r.digits(6)} ${g.r.digits(6)} ${g.r.digits(1)}`;
    return withNote(t`Sturzmelder-App eines Patienten: Der Anbieter will die IMEI des Handys (${DV(imei)}) für die Notfallkette. Darf ich die in die Akte eintragen? Er ist 84 und fällt ständig.`, "phone IMEI is a device identifier");
  }),
  tpl("mx-hearing", "AU", "short-reply", (g) => {
    return t`Lost hearing aids in hospital: we found them by the serial number (${DV(`${g.r.digits(2)}${g.r.letters(1)}${g.r.digits(5)}`)}, engraved inside) in the laundry. Always write the serial in the property book.`;
  }),
  tpl("mx-vns", "JP", "non-native", (g) => {
    const p = g.person("jp", "F");
    return t`Patient ${N(p.full)} has VNS for epilepsy, generator serial ${DV(`${g.r.digits(5)}`)}, battery end of service. Replacement surgery waiting list in our prefecture is 4 months. Any way to reduce seizures meanwhile?`;
  }),
  tpl("mx-iban-fr", "FR", "question", (g) => {
    return withNote(t`Un patient a envoyé son RIB (IBAN ${AC(ids.iban(g.r, "FR"))}) par la messagerie sécurisée pour être remboursé d'un dépassement. Je supprime le message ou je le transmets à la comptabilité ?`, "patient's bank account number");
  }),
  tpl("mx-iban-es", "ES", "short-reply", (g) => {
    return t`La familia me dio la cuenta ${AC(ids.iban(g.r, "ES"))} para que el hospital devuelva el depósito. Lo pasé a administración, no lo guardéis en la historia clínica.`;
  }),
  tpl("mx-iban-ie", "IE", "question", (g) => {
    return t`Patient's daughter emailed her IBAN (${AC(ids.iban(g.r, "IE"))}) to the practice asking for a refund of the medical card application fee that doesn't exist. Scam or confusion? Either way, delete?`;
  }),
  tpl("mx-pharmacy-acct", "US", "kv", (g) => {
    const p = g.person("us", "M");
    return t`Specialty pharmacy snafu:
Pt: ${N(p.full)}
Pharmacy acct #: ${AC(g.r.digitsNz(9))}
Rx #: ${OI(`${g.r.digitsNz(7)}-${g.r.digits(2)}`)}
Drug: ustekinumab 90 mg q8w. They shipped to the old address twice. Anyone else having trouble with this specialty pharmacy?`;
  }),
  tpl("mx-card-au", "AU", "lowercase-chat", (g) => {
    return t`receptionist took a pt's credit card number over the phone (${AC(ids.cardNumber(g.r))}) and wrote it on a sticky note on the monitor. what's the proper process for card payments in your practices`;
  }),
  tpl("mx-reddit", "US", "question", (g) => {
    const u = `u/${g.pick(["throwaway", "tired", "anxious"])}_${g.pick(["nurse", "mom", "dad"])}_${g.int(1000, 9999)}`;
    return withNote(t`I think one of my patients is posting about our visits on Reddit as ${OI(u)}, with enough details that I'm certain. She's criticising my care, fairly politely. Do I ever bring it up?`, "online username");
  }),
  tpl("mx-x-handle", "ES", "question", (g) => {
    const h = `@${g.pick(["luchadora", "guerrera", "fuerte"])}${g.pick(["_ela", "_ca", "contraelcancer"])}${g.int(70, 99)}`;
    return t`Mi paciente publica en X (${OI(h)}) los resultados de sus analíticas y sus citas. Tiene 12.000 seguidores. ¿Le aconsejo algo desde el punto de vista de privacidad?`;
  }),
  tpl("mx-passport", "UK", "question", (g) => {
    const pp = `${g.r.digitsNz(9)}`;
    return withNote(t`Overseas visitor charging: the finance team asked me to write down the patient's passport number (${OI(pp)}) on the clinical form. Clinically urgent surgery. Is that even my job?`, "passport number");
  }),
  tpl("mx-dodid", "US", "short-reply", (g) => {
    return withNote(t`For Tricare referrals you need the sponsor's DoD ID (for my pt's husband it's ${OI(g.r.digitsNz(10))}), not the SSN anymore.`, "DoD ID number of a relative");
  }),
  tpl("mx-student-id", "CA", "lowercase-chat", (g) => {
    return t`university student with mono, splenomegaly, wants a note for exams. the registrar wants the student number on it (${OI(g.r.digitsNz(9))}). i'm not putting the dx on it. anyone else refuse the dx field`;
  }),
  tpl("mx-employee-id", "IN", "kv", (g) => {
    const p = g.person("in", "F");
    return t`Pre-employment medical:
Name: ${N(p.full)}
Employee ID: ${OI(`EMP${g.r.digits(6)}`)}
Finding: HBsAg positive, normal LFT, HBV DNA 800 IU/mL
Company HR is asking "fit or unfit". She is a software developer. Obviously fit. How do you word it without disclosing HBV?`;
  }),
  tpl("mx-workers-claim", "US", "question", (g) => {
    return withNote(t`Workers' comp claim #${OI(`WC-${g.int(2024, 2025)}-${g.r.digits(6)}`)} for a meatpacking plant worker with carpal tunnel. Adjuster wants "causation to a reasonable degree of medical certainty". How do you phrase it?`, "claim number unique to the patient");
  }),
  tpl("mx-dicom", "FR", "accession", (g) => {
    return t`Accession number ${OI(`${g.int(20, 25)}${g.r.digits(8)}`)} : IRM hépatique, nodule de 2 cm LI-RADS 4 chez un cirrhotique. Biopsie ou surveillance à 3 mois ? Le radiologue hésite.`;
  }),
  tpl("mx-file-name", "AU", "question", (g) => {
    const p = g.person("au", "M");
    const fn = `${slug(p.last)}_${slug(p.first)}_ecg_${g.int(1, 28)}${g.pick(["jan", "feb", "mar"])}.pdf`;
    return withNote(t`Cardiology registrar asked me to email the ECG, the file the machine spat out is ${OI(fn)}. Wide complex tachycardia at 190, RBBB morphology, 31yo. VT vs SVT with aberrancy?`, "file name carrying the patient's name and a date");
  }),
  tpl("mx-quoted-name", "US", "case", (g) => {
    const p = g.person("us", "F");
    return t`Pt asked to be called "${N(p.first)}" only; her legal name is ${N(p.full)}. She's a trans woman on estradiol 4 mg, now with a DVT. Stop estrogen? Switch to transdermal? Her endocrinologist is unreachable.`;
  }),
  tpl("mx-lowercase-name", "NG", "lowercase-chat", (g) => {
    const p = g.person("ng", "M");
    return t`pls help. ${N(`${p.first} ${p.last}`.toLowerCase())} 24m came with priapism 18hrs, sickle cell. aspiration done, still hard. phenylephrine next then shunt? urology is 2hrs away`;
  }),
  tpl("mx-initials-occupation", "UK", "case", (g) => {
    const ini = `${g.r.letters(1, "ABCDEGHJKLMPRST")}.${g.r.letters(1, "ABCDEGHJKLMPRST")}.`;
    return withNote(t`${N(ini)}, the retired lifeboat coxswain everyone in town knows, came in with a haemothorax after a fall on his boat. He's on rivaroxaban. Chest drain 1.2 L. Reversal with andexanet or just PCC?`, "initials plus a locally famous role; only the initials are an identifier category");
  }),
  tpl("mx-initials-mayor", "FR", "case", (g) => {
    return withNote(t`Mme ${N(`${g.r.letters(1, "BCDGLMPRS")}.`)}, épouse du maire de notre petite commune, hospitalisée pour une intoxication au lithium. Toute la mairie appelle le service pour des nouvelles. Comment protéger sa confidentialité dans un village ?`, "an initial plus a public role (quasi-identifier)");
  }),
  tpl("mx-news-story", "US", "case", (g) => {
    const p = g.person("us", "M");
    return withNote(t`You've probably seen him on the local news, the teen who was struck by lightning at the football game. ${N(p.first)} is now 2 weeks out with keraunoparalysis resolved but new cataracts forming. Anyone seen lightning cataracts in a teen?`, "news story is a quasi-identifier; only the name is labelled");
  }),
  tpl("mx-relative-names", "IE", "case", (g) => {
    const p = g.person("ie", "M");
    const w = g.person("ie", "F");
    return t`Huntington's family: ${N(p.full)} tested positive (CAG 44). His sister ${N(w.first)} doesn't want to know, his daughter ${N(g.person("ie", "F").first)} is pregnant and wants PGD for the next pregnancy. How do you handle the sister's right not to know when the daughter's test would reveal it?`;
  }),
  tpl("mx-dob-only-month-day", "US", "sms", (g) => {
    const d = g.dob(20, 40);
    return t`pt bday is ${DT(fmt.usMD(d))}, turns 21 and loses peds coverage. CF, on trikafta. transition clinic booked out 6 mo. who bridges?`;
  }),
  tpl("mx-date-the-nth", "UK", "lowercase-chat", (g) => {
    const d = g.recent(60, 5);
    return t`my pt had her 2nd dose of the new depot on the ${DT(`${d.getUTCDate()}${d.getUTCDate() % 10 === 1 && d.getUTCDate() !== 11 ? "st" : d.getUTCDate() % 10 === 2 && d.getUTCDate() !== 12 ? "nd" : d.getUTCDate() % 10 === 3 && d.getUTCDate() !== 13 ? "rd" : "th"}`)} and now has akathisia. propranolol or switch?`;
  }),
  tpl("mx-age-104", "CA", "short-reply", () => {
    return t`We had a patient, age ${AGE("104")}, do beautifully after a TAVR. She was driving until 101. Chronological age alone shouldn't decide.`;
  }),
  tpl("mx-age-f93", "AU", "sms", () => {
    return t`${AGE("F/93")} RACF, K 6.9 on spiro + trimethoprim, ECG peaked T. calcium gluconate + insulin-dex given. GP wants to keep her in the facility. transfer or treat in place?`;
  }),
  tpl("mx-age-yo", "IN", "curbside", () => {
    return t`Quick query: ${AGE("91 y/o")} male with urinary retention, on tamsulosin, family refusing catheter. Any role of finasteride now?`;
  }),
  tpl("mx-age-ninety-nine", "ZA", "case", () => {
    return t`Our oldest patient on ARVs is ${AGE("ninety-nine")}, diagnosed at 80, suppressed for 19 years. She wants to stop the pills because she's "old enough". Do you simplify to dolutegravir-lamivudine?`;
  }),
  tpl("mx-age-age-colon", "DE", "kv", () => {
    return t`Geschlecht: w
Alter: ${AGE("98")}
Diagnose: Herpes zoster ophthalmicus
Frage: Valaciclovir bei eGFR 22 in welcher Dosis? Die Apotheke sagt 1 g alle 24 h.`;
  }),
  tpl("mx-mrn-encounter", "US", "encounter", (g) => {
    const p = g.person("us", "M");
    return t`Copied from the chart header:
${N(`${p.last.toUpperCase()}, ${p.first.toUpperCase()}`)}   MRN: ${MR(g.r.digitsNz(8))}   Enc: ${AC(g.r.digitsNz(10))}   Rm 4112
56M with Fournier's gangrene, debrided x3. HBO adjunct? Our hospital has a chamber but wound care says no evidence.`;
  }),
  tpl("mx-br-long", "BR", "case-writeup", (g) => {
    const p = g.person("br", "M");
    const a = brAddr(g);
    const d = g.recent(120, 20);
    return t`Caso longo, peço desculpas.

${N(p.full)}, 29 anos, pescador, morador de ${AD(a.full)}, internado em ${DT(fmt.eu(d))} com febre há 20 dias, hepatoesplenomegalia, pancitopenia (Hb 7,2, leuco 1.900, plaq 54.000) e hipergamaglobulinemia.

- rK39 positivo
- Mielograma: formas amastigotas
- HIV negativo

Iniciamos anfotericina B lipossomal 3 mg/kg/dia. No dia 5 ele evoluiu com creatinina 2,4 e hipocalemia 2,6. Irmã dele, ${N(g.person("br", "F").first)}, telefone ${PH(phone.br(g.r, true, 1))}, pergunta se pode levar para casa para terminar o tratamento.

Pergunta: suspender e trocar para antimoniato? Ou reduzir dose? O que vocês fazem?`;
  }),
  tpl("mx-in-long", "IN", "case-writeup", (g) => {
    const p = g.person("in", "F");
    const a = inAddr(g);
    const d = g.recent(90, 10);
    return t`Dear all, long case, need your inputs.

Mrs. ${N(p.full)}, 41 yrs, homemaker, r/o ${AD(a.full)}, UHID ${MR(`${g.r.digits(2)}/${g.r.digits(6)}`)}, admitted on ${DT(fmt.dot(d))} with:
1. Fever x 3 weeks
2. Bilateral ptosis and dysphagia x 5 days
3. Weight loss 6 kg

O/E: fatigable ptosis, ice-pack test positive. AChR Ab positive (12.4 nmol/L). CT chest: anterior mediastinal mass 5 x 4 cm.

Thymectomy planned. But she had fever spikes and CRP 96. Husband ${N(g.person("in", "M").first)} (${PH(phone.inMobile(g.r, 1))}) is worried about surgery risk.

Queries: (1) PLEX or IVIg before thymectomy? (2) Can we start steroids with active fever? (3) Mass looks invasive on CT, role of neoadjuvant?`;
  }),
  tpl("mx-de-long", "DE", "case-writeup", (g) => {
    const p = g.person("de", "M");
    const a = deAddr(g);
    const dob = g.dob(60, 75);
    return t`Längerer Fall aus der Hausarztpraxis:

Herr ${N(p.full)}, geb. ${DT(fmt.dot(dob))}, wohnhaft ${AD(a.full)}, Landwirt. Seit 4 Monaten progrediente Dyspnoe, trockener Husten, Gewichtsverlust 5 kg. HRCT: ground-glass und Mosaikmuster, oberfeldbetont. Er hält Tauben und hat einen Heuschober.

Präzipitierende Antikörper gegen Taubenproteine positiv. BAL: Lymphozyten 48 %, CD4/CD8 0,6.

Exogen-allergische Alveolitis, klar. Aber er will die Tauben nicht abgeben. Prednisolon 0,5 mg/kg und Karenz "so gut es geht"? Seine Frau (Tel. ${PH(phone.de(g.r, a.city, false))}) bittet um ein Gespräch. Erfahrungen?`;
  }),
  tpl("mx-fr-long", "FR", "case-writeup", (g) => {
    const p = g.person("fr", "F");
    const a = frAddr(g);
    const d = g.recent(60, 5);
    return t`Cas clinique (long) :

Mme ${N(`${p.last.toUpperCase()} ${p.first}`)}, 36 ans, institutrice, domiciliée ${AD(a.full)}, admise le ${DT(fmt.fr(d))} pour céphalées brutales en coup de tonnerre récidivantes depuis 10 jours, dans le post-partum (J12).

- Scanner et PL normaux
- Angio-IRM : sténoses segmentaires multiples "en collier de perles"
- TA 165/100

SVCR du post-partum probable. Nimodipine ? Vérapamil ? Elle allaite. Son conjoint (${PH(phone.fr(g.r, true, 1))}) demande si elle peut rentrer.`;
  }),
  tpl("mx-kr-jp-relative", "KR", "short-reply", (g) => {
    const p = g.person("kr", "F");
    return t`Update on the Kawasaki disease kid: aneurysm regressed. His mother, ${N(p.full)}, asked me to thank everyone who replied. She reads the forum via her sister who is a nurse.`;
  }),
  tpl("mx-cn-tcm-name", "CN", "case", (g) => {
    const p = g.person("cn", "M");
    return t`${N(`${p.last} ${p.first}`)}, 61, restaurant chef, from ${AD("Richmond, BC")}, presents with aristolochic acid nephropathy? He took a slimming herbal tea for years. Cr 280, urothelial atypia on cytology. Cystoscopy + upper tract imaging now?`;
  }),
  tpl("mx-jp-address-en", "JP", "kv", (g) => {
    const p = g.person("jp", "M");
    return t`Patient: ${N(`${p.last.toUpperCase()} ${p.first}`)}
Address: ${AD(`${g.int(1, 9)}-${g.int(1, 20)}-${g.int(1, 30)} ${g.pick(["Kichijoji-honcho, Musashino-shi, Tokyo 180-0004", "Nishi-ku, Hiroshima 733-0012", "Naka-ku, Nagoya 460-0008"])}`)}
Phone: ${PH(phone.jp(g.r, false))}
Travel med question: 68yo on warfarin going trekking in Nepal. Switch to apixaban for the trip?`;
  }),
  tpl("mx-vn-us", "VN", "bold-labels", (g) => {
    const p = g.person("vn", "M");
    const a = usAddr(g);
    return t`**Pt:** ${N(plain(p.full))} **DOB:** ${DT(fmt.us(g.dob(50, 70)))} **Phone:** ${PH(phone.us(g.r, 1))}
**Address:** ${AD(a.full)}
HBV-related HCC, s/p resection, now on surveillance. Family history: 3 siblings with HCC. Should siblings' children be screened from age 20?`;
  }),
  tpl("mx-kr-date", "KR", "lab-export", (g) => {
    const p = g.person("kr", "M");
    const d = g.recent(200, 10);
    return t`검사일 ${DT(fmt.kr(d))}, 환자 ${N(p.full)}: HbA1c 10.2, C-peptide 0.3, GAD Ab positive at 52 years old. LADA. Start basal insulin now or try DPP4i first? 가족력 없음.`;
  }),
  tpl("mx-vn-phone", "VN", "lowercase-chat", (g) => {
    return t`con gái bệnh nhân gọi mình ở số ${PH(phone.vn(g.r))} hỏi kết quả sinh thiết. can i tell her on the phone or must the patient come? (in vietnam family always gets told first, it's a cultural thing)`;
  }),
  tpl("mx-cn-plate", "CN", "case", (g) => {
    const pl = `${g.pick(["京", "沪", "粤", "川"])}${g.r.letters(1)}·${g.r.letters(1, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")}${g.r.digits(4)}`;
    return t`Road traffic case from our Shanghai colleague: driver of car ${VE(pl)} had a seizure at a red light, first event, CT shows a 3 cm meningioma. Family asks when he can drive again. China's regulations?`;
  }),
  tpl("mx-ng-address-ps", "NG", "kv", (g) => {
    const p = g.person("ng", "F");
    return t`Name: ${N(`${p.last.toUpperCase()} ${p.first}`)}
Address: ${AD(`Plot ${g.int(4, 220)}, ${g.pick(["Gwarinpa Estate, Abuja 900108", "Lekki Phase 1, Lagos 105102", "Trans-Ekulu, Enugu 400102"])}`)}
DOB: ${DT(fmt.eu(g.dob(25, 35)))}
Issue: 2nd trimester, sickle cell (HbSC), retinopathy. Low-dose aspirin + prophylactic transfusion?`;
  }),
  tpl("mx-za-mrn-id", "ZA", "table", (g) => {
    const a = g.person("za", "M"); const b = g.person("za", "F");
    return t`Ward round list (TB ward), need input on the second:

| Patient | Folder | Problem |
|---|---|---|
| ${N(a.full)} | ${MR(g.r.digitsNz(7))} | XDR, on BPaL, QTc 480 |
| ${N(b.full)} | ${MR(g.r.digitsNz(7))} | TB-IRIS, CD4 30 |

For the IRIS: prednisone 1.5 mg/kg x 2 weeks then taper?`;
  }),
  tpl("mx-au-vic-plate", "AU", "short-reply", (g) => {
    return t`Same thing happened to us; the family gave police the car's rego (${VE(plate.au(g.r, "VIC"))}) and they found him in a shopping-centre car park, hypothermic and hypoglycaemic.`;
  }),
  tpl("mx-us-ca-plate-dl", "US", "kv", (g) => {
    return t`MVC, unrestrained driver, from the police report:
Vehicle: ${VE(plate.usCa(g.r))}
DL: ${LI(`${g.pick(["A", "C", "D", "F"])}${g.r.digits(7)}`)}
BAL 0.21, GCS 13, liver lac grade 3. Non-op management, or does the alcohol change your threshold for angio?`;
  }),
  tpl("mx-nz-plate", "NZ", "lowercase-chat", (g) => {
    return t`guy crashed his ute (plate ${VE(`${g.r.letters(3)}${g.r.digits(3)}`)}) after a hypo on the way home from the farm, eye witnesses said he was "weaving". NZTA notification from GP or does he self-report?`;
  }),
  tpl("mx-medical-licence-patient", "US", "question", (g) => {
    const p = g.person("us", "F");
    return withNote(t`Sensitive: my patient is a physician, ${N(p.full)}, state medical license ${LI(`${g.pick(["MD", "G", "A"])}${g.r.digits(6)}`)}, with an opioid use disorder. She's in the PHP. The board is asking me for records directly. Do I need her consent?`, "the patient is a physician; her licence is her identifier");
  }),
  tpl("mx-nurse-pin", "UK", "question", (g) => {
    return withNote(t`My patient is a nurse (NMC PIN ${LI(`${g.r.digits(2)}${g.r.letters(1)}${g.r.digits(4)}${g.r.letters(1)}`)}) with bipolar disorder, recent manic episode. She asks whether I have to inform the NMC. I don't think so unless there's a risk to patients?`, "nursing registration number of the patient");
  }),
  tpl("mx-dea-patient", "US", "short-reply", (g) => {
    return withNote(t`When the patient is a dentist with his own DEA number (${LI(dea(g))}) and is self-prescribing benzos, you have to involve the board. We did.`, "the patient's own registration number");
  }),
  tpl("mx-mbi-daughter", "US", "kv", (g) => {
    const p = g.person("us", "F");
    const rep = g.person("us", "F");
    const a = usAddr(g);
    return t`Medicare appeal, redetermination form:
Beneficiary: ${N(p.full)}
MBI: ${HP(ids.mbi(g.r))}
Address: ${AD(a.full)}
Representative (daughter): ${N(rep.full)}, ${EM(email(g, rep, US_MAIL))}
Item denied: home oxygen (sats 89% at rest). Need 88 or less? It's a 1% difference.`;
  }),
  tpl("mx-ssn-last4", "US", "lowercase-chat", (g) => {
    const s = ids.ssn(g.r);
    return t`pharmacy called to verify the pt, read me his whole ssn ${SS(s)} on speakerphone in the hallway. training issue or am i overreacting`;
  }),
];
