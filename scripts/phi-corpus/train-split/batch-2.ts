/**
 * Batch 2 of the train split: vehicles, licences and certificates, ages over 89 in many languages,
 * fax, email, URL, IP, account and device identifiers, particle surnames, plus hard negatives.
 */
import * as K from "./check-digits";
import { dmy, full, monthName, ordinal } from "./locales";
import { $, type Batch } from "./markup";
import { pad } from "./rng";

const slug = (s: string): string => s.toLowerCase().normalize("NFD").replace(/[^a-z0-9]+/g, "");

export const batch2: Batch = {
  name: "batch-2",
  positives: [
    {
      key: "b2-us-hit-and-run",
      countries: ["US"],
      make: (x) => {
        const st = x.pick(["Texas", "Ohio", "Georgia", "Arizona", "Michigan"]);
        return `Trauma activation, pedestrian struck. Only ID was the witness's description of the car: ${st} plate ${$.veh(x.plate())}, silver pickup. Pt ~40M, pelvic binder on, FAST +. Cops want us to call if he wakes and names the driver. Is that a HIPAA problem or a law-enforcement exception?`;
      },
    },
    {
      key: "b2-au-rego",
      countries: ["AU"],
      make: (x) => {
        const pl = x.pl();
        return `Bit of a weird one for the ED crowd - bloke had a hypo behind the wheel and rolled his ute in ${$.addr(pl.area)}, rego ${$.veh(x.plate())}. He's on gliclazide 120 + insulin, no hypo awareness. Austroads says no driving till assessed - who does the form, me or his endo?`;
      },
    },
    {
      key: "b2-fr-co",
      countries: ["FR"],
      make: (x) => {
        const p = x.p({ female: false, minYear: 1970, maxYear: 1990 });
        return `Intox au CO : homme de 41 ans retrouvé dans sa voiture (immatriculation ${$.veh(x.plate())}) moteur allumé dans un garage fermé, HbCO 38 %. GCS 12, troponine positive. Caisson hyperbare à 2h de route - we transfer or is it too late after 6 h? Sa compagne ${$.name(`${x.p({ female: true }).given} ${p.family}`)} est avec lui.`;
      },
    },
    {
      key: "b2-de-kennzeichen",
      countries: ["DE"],
      make: (x) => {
        return `Neurologie: 67-jähriger mit TIA (Amaurosis fugax), ist trotzdem selbst hergefahren, Kennzeichen ${$.veh(x.plate())}. Carotis-Stenose 80 % links. Fahrverbot aussprechen - how do you document that he was advised, and do you ever inform the Führerscheinstelle yourselves?`;
      },
    },
    {
      key: "b2-br-moto",
      countries: ["BR"],
      make: (x) => {
        const p = x.p({ female: false, minYear: 1995, maxYear: 2005 });
        return `Plantão de trauma: motoboy, 23a, colisão moto x carro, placa da moto ${$.veh(x.plate())}. Fratura exposta de tíbia Gustilo IIIB. ${$.name(p.given)} chegou com 6h de evolução. Amputação primária ou tentar salvar com retalho? Ortopedia quer fixador externo e ver.`;
      },
    },
    {
      key: "b2-in-rickshaw",
      countries: ["IN"],
      make: (x) => {
        return `RTA case: auto-rickshaw (${$.veh(x.plate())}) overturned, driver 35M with flail chest, 4 ribs, SpO2 86% on NRBM. No ICU bed here at district hospital. Intubate and ventilate on our transport vent or NIV and transfer? Police already took the vehicle details.`;
      },
    },
    {
      key: "b2-za-gsw",
      countries: ["ZA"],
      make: (x) => {
        return `Trauma unit, Saturday night: GSW abdomen, brought in by private car (${$.veh(x.plate())}) - driver left before SAPS arrived. Pt hemodynamically stable, peritonitic. Laparotomy obviously; but do you CT first if he's stable and we have the scanner free?`;
      },
    },
    {
      key: "b2-ca-dementia-driver",
      countries: ["CA"],
      make: (x) => {
        const p = x.p({ female: false, minYear: 1940, maxYear: 1950 });
        return `Mandatory reporting q (Ontario). ${$.name(full(p))}, MoCA 16, got lost driving home to ${$.addr(x.pick(["Sudbury", "Kingston", "Barrie", "Peterborough", "Orillia"]))} and was found 200 km away. Plate ${$.veh(x.plate())} per the OPP. His son ${$.name(x.p({ female: false }).given)} is furious I'm "taking his dad's independence". Report to MTO now - any reason to wait?`;
      },
    },
    {
      key: "b2-us-vin",
      countries: ["US"],
      make: (x) => {
        return { text: `EMS run sheet lists the patient as "unknown male, VIN ${$.veh(K.vin(x.r, x.pick(["1FT", "1GC", "3VW", "2HG", "5YJ"])))}" because that's all they had from the crash. Now he's been in the ICU 3 days under that alias. Registration says they can't change it till police confirm identity. Has your hospital got a better process?`, note: "a VIN is a vehicle identifier" };
      },
    },
    {
      key: "b2-uk-motorbike",
      countries: ["UK"],
      make: (x) => {
        return `19M, first seizure after an all-nighter, rode his motorbike (${$.veh(x.plate())}) to the ED afterwards. EEG normal, MRI pending. He's a delivery rider so no bike = no income. Standard 6 months off for a first provoked-ish seizure? Group 1 licence.`;
      },
    },
    {
      key: "b2-us-boat",
      countries: ["US"],
      make: (x) => {
        return `Dive medicine q: recreational diver with AGE after a rapid ascent off his boat (reg. ${$.veh(`FL ${x.digits(4)} ${x.letters(2)}`)}), Coast Guard brought him in. Already had one chamber run. Persistent L arm weakness. Second table 6 today or wait?`;
      },
    },
    {
      key: "b2-ie-97yo",
      countries: ["IE"],
      make: (x) => {
        const p = x.p({ female: true, minYear: 1926, maxYear: 1928 });
        return `${$.name(`${p.given} ${p.family}`)}, ${$.age("97 yo")}, lives on the family farm outside ${$.addr(x.pick(["Ballinasloe", "Gort", "Kilrush", "Bantry", "Carndonagh", "Castlerea"]))} with her son. Recurrent falls, BP 168/70 lying and 128/60 standing. On 4 antihypertensives. Deprescribing order? She says she's "not going into any home".`;
      },
    },
    {
      key: "b2-us-a91",
      countries: ["US"],
      make: () => {
        return `Took over the care of a retired family doc in town, a ${$.age("91-year-old")} who still reads every journal I send him. He has new severe AS (AVA 0.6, mean gradient 48) and wants TAVR "because I'm not dead yet". STS 7%. Who else would offer it?`;
      },
    },
    {
      key: "b2-es-93anos",
      countries: ["ES", "MX"],
      make: (x) => {
        const p = x.p({ female: false });
        return { text: `Paciente de ${$.age("93 años")}, don ${$.name(p.given)}, con hiponatremia crónica (Na 126) y caídas. Vive solo con una cuidadora. ¿Tolvaptán a esta edad o solo restricción hídrica? His daughter calls daily from abroad.`, note: "'don' is an honorific" };
      },
    },
    {
      key: "b2-br-94anos",
      countries: ["BR"],
      make: (x) => {
        const p = x.p({ female: true });
        return `Dona ${$.name(p.given)}, ${$.age("94 anos")}, acamada, com escara sacral grau 4 e osteomielite na RM. Família quer "tudo". Antibiótico por 6 semanas sem desbridamento faz sentido? Cuidados paliativos ainda não foi chamado.`;
      },
    },
    {
      key: "b2-de-92jaehrige",
      countries: ["DE"],
      make: () => {
        return `Geriatrie: ${$.age("92-jährige")} Patientin mit Vorhofflimmern, CHA2DS2-VASc 5, HAS-BLED 3, zwei Stürze dieses Jahr. Hausarzt hat Apixaban abgesetzt. Wieder ansetzen? Left atrial appendage occlusion at that age - anyone?`;
      },
    },
    {
      key: "b2-uk-name-comma-age",
      countries: ["UK", "AU"],
      make: (x) => {
        const p = x.p({ female: false });
        return `${$.name(p.family)}, ${$.age("93")}, ex-miner, came in with type 2 respiratory failure, pH 7.24, pCO2 9.8. Refused NIV mask after 20 minutes. He's clear he doesn't want intubation. Anyone tried high-flow in hypercapnia in someone like this?`;
      },
    },
    {
      key: "b2-in-hindi-dadi",
      countries: ["IN"],
      make: (x) => {
        const p = x.p({ female: true });
        return `Family medicine query: ${$.name(p.given)} ji, ${$.age("96 saal")} ki dadi, bilkul alert hai but sodium 119 aur bahut kamzor. She's on thiazide for BP since years. Hypertonic saline in OPD setting nahi ho sakta. Stop thiazide + salt tabs aur 48h recheck, theek hai?`;
      },
    },
    {
      key: "b2-us-turned-100",
      countries: ["US"],
      make: (x) => {
        const d = x.recent();
        return { text: `My patient ${$.age("turned 100")} on ${$.date(`${monthName(d.m)} ${ordinal(d.d)}`)} and her daughter asked if she still needs her statin and her bisphosphonate. I said probably neither. What else do you stop at her age? She's on 9 meds.`, note: "the birthday reveals the date; 'turned 100' is an age over 89" };
      },
    },
    {
      key: "b2-jp-93",
      countries: ["JP"],
      make: (x) => {
        const p = x.p({ female: true });
        return `From a community hospital in Hokkaido: ${$.name(`${p.family} ${p.given}`)}, a ${$.age("93-year-old")} woman, aspiration pneumonia for the third time this year. Family asks about PEG. Japanese guidelines now discourage it in advanced dementia. How do you discuss it with families who see not feeding as neglect?`;
      },
    },
    {
      key: "b2-us-93yo-m",
      countries: ["US"],
      make: () => {
        return `Consult: ${$.age("93 y.o. M")}, GI bleed, Hgb 6.4, on apixaban + aspirin (who started the aspirin? no one knows). EGD shows a Dieulafoy lesion, clipped. Restart apixaban at day 7 and drop the aspirin?`;
      },
    },
    {
      key: "b2-uk-fax-solicitor",
      countries: ["UK"],
      make: (x) => {
        return `A retired patient keeps faxing (!) me requests for copies of his notes from his home fax, ${$.fax(x.tel(false))}, and wants me to ring him back on ${$.phone(x.tel(false))} to confirm receipt. We only release via the portal. Anyone had success weaning people off fax?`;
      },
    },
    {
      key: "b2-de-fax-employer",
      countries: ["DE"],
      make: (x) => {
        return `AU-Bescheinigung: der Arbeitgeber meines Patienten will die Diagnose per Fax (${$.fax(x.tel(false))}) haben. Natürlich nicht. But the HR person keeps calling the practice. Any template letter explaining that the employer only gets the Arbeitsunfähigkeit, not the ICD code?`;
      },
    },
    {
      key: "b2-au-fax-business",
      countries: ["AU"],
      make: (x) => {
        const p = x.p({ female: false });
        return `Pt runs his own accounting firm and wants all correspondence sent to his business fax ${$.fax(x.tel(false))} "because the missus reads the mail". Treating ${$.name(p.given)} for hep C picked up on routine bloods - glecaprevir/pibrentasvir 8 weeks. Happy to fax the script to his preferred pharmacy?`;
      },
    },
    {
      key: "b2-in-fax",
      countries: ["IN"],
      make: (x) => {
        const p = x.p();
        return `Patient's son wants the pre-auth documents faxed to his office fax ${$.fax(x.tel(false))} (yes, still fax) for ${$.name(full(p))}'s CABG, policy no. ${$.plan(`${x.digits(4)}/${x.digits(5)}/${x.int(22, 25)}/${x.digits(4)}`)}. Meanwhile pt has unstable angina on heparin. Anyone know which TPAs accept email uploads instead?`;
      },
    },
    {
      key: "b2-in-email",
      countries: ["IN"],
      make: (x) => {
        const p = x.p({ female: true, minYear: 1985, maxYear: 1998 });
        return `PCOS with insulin resistance, BMI 31, wants pregnancy. Letrozole vs clomiphene first line? She keeps mailing me her ovulation strip photos on ${$.email(`${slug(p.given)}.${slug(p.family)}${x.int(80, 99)}@gmail.com`)} at midnight. Boundaries tips also welcome.`;
      },
    },
    {
      key: "b2-br-email",
      countries: ["BR"],
      make: (x) => {
        const p = x.p({ female: false });
        return `O filho do paciente (${$.email(`${slug(p.given)}_${slug(p.family)}@${x.pick(["hotmail.com", "bol.com.br", "uol.com.br", "yahoo.com.br"])}`)}) mandou um e-mail pedindo o laudo da biópsia antes da consulta. Adenocarcinoma de próstata Gleason 4+4. O paciente ainda não sabe. Como vocês fazem?`;
      },
    },
    {
      key: "b2-jp-email",
      countries: ["JP"],
      make: (x) => {
        const p = x.p({ female: true, minYear: 1990, maxYear: 2002 });
        return `Rheumatology from Osaka: young woman with SLE nephritis class IV, wants to know if she can keep working night shifts. She emailed from her phone address ${$.email(`${slug(p.given)}.${x.letters(3, "abcdefghkmnprstuwyz")}${x.int(10, 99)}@docomo.ne.jp`)}. Induction with MMF + belimumab or voclosporin?`;
      },
    },
    {
      key: "b2-ng-email",
      countries: ["NG"],
      make: (x) => {
        const p = x.p({ female: false, minYear: 1975, maxYear: 1990 });
        return `Please, who has experience with sending samples abroad for HLA typing? Patient's brother (${$.name(`${x.p({ female: false }).given} ${p.family}`)}, ${$.email(`${slug(p.family)}.${x.int(1, 9)}${x.int(10, 99)}@yahoo.com`)}) is the potential donor for his kidney transplant. Our lab cannot do it.`;
      },
    },
    {
      key: "b2-uk-email-btinternet",
      countries: ["UK"],
      make: (x) => {
        const p = x.p({ female: true, minYear: 1950, maxYear: 1965 });
        return `Carer emailing me daily updates about her husband's Parkinson's meds from ${$.email(`${slug(p.given)}${slug(p.family)}@${x.pick(["btinternet.com", "hotmail.co.uk", "sky.com", "talktalk.net"])}`)}. He has ICD (gambling, £14k) on ropinirole. Taper off the agonist entirely and lean on levodopa?`;
      },
    },
    {
      key: "b2-us-caringbridge",
      countries: ["US"],
      make: (x) => {
        const p = x.p({ female: false, minYear: 1965, maxYear: 1985 });
        return `His wife updates ${$.url(`https://www.caringbridge.org/visit/${slug(p.given)}${slug(p.family)}`)} every night with his vitals and what I said on rounds (mostly accurately, to be fair). AML, day 21 after 7+3, still aplastic. Is it OK that my name is all over it?`;
      },
    },
    {
      key: "b2-in-ketto",
      countries: ["IN"],
      make: (x) => {
        const p = x.p({ female: false, minYear: 2012, maxYear: 2018 });
        const site = x.pick(["https://www.ketto.org/fundraiser/help-", "https://milaap.org/fundraisers/support-"]);
        return `Parents have started ${$.url(`${site}${slug(p.given)}-${slug(p.family)}-fight-thalassemia`)} for his BMT. 9yo, thal major, ferritin 4800, sibling is HLA identical. Chelation with deferasirox + deferiprone first to bring ferritin down before transplant?`;
      },
    },
    {
      key: "b2-fr-facebook",
      countries: ["FR"],
      make: (x) => {
        return `Un patient m'a envoyé une demande d'ami Facebook (profil ${$.url(`https://www.facebook.com/profile.php?id=1000${x.digits(11)}`)}) après sa sortie. Bipolaire, hospitalisé sous contrainte le mois dernier. I'm ignoring it, but should I mention it at the next consult?`;
      },
    },
    {
      key: "b2-ca-youtube",
      countries: ["CA"],
      make: (x) => {
        const p = x.p({ female: true, minYear: 1990, maxYear: 2000 });
        return `Patient with POTS documents everything on ${$.url(`youtube.com/@${slug(p.given)}${x.pick(["PotsLife", "spoonie", "ChronicallyHere"])}`)}, including my advice to try salt tablets, compression and ivabradine. Comments are full of people asking for "her doctor". Do I ask her to remove my name?`;
      },
    },
    {
      key: "b2-nz-givealittle",
      countries: ["NZ"],
      make: (x) => {
        const p = x.p({ female: false, minYear: 1980, maxYear: 1995 });
        return `Whānau set up ${$.url(`https://givealittle.co.nz/cause/${slug(p.given)}-${slug(p.family)}-cancer-treatment`)} to pay for pembrolizumab since Pharmac doesn't fund it for his indication. NSCLC PD-L1 80%. Any alternative funded pathways I've missed?`;
      },
    },
    {
      key: "b2-de-portal-url",
      countries: ["DE"],
      make: (x) => {
        return `Bug im Patientenportal? Der Link ${$.url(`https://portal.klinikum-${x.pick(["nord", "mitte", "sued"])}.de/patient/${x.digits(7)}/befunde`)} den meine Patientin mir weitergeleitet hat, öffnet ihre Befunde ohne Login. Reported to IT. Has anyone had a data breach like this handled by the Landesdatenschutz?`;
      },
    },
    {
      key: "b2-uk-ipv6",
      countries: ["UK"],
      make: (x) => {
        const h = (): string => x.digits(4).replace(/^0+/, "") || "0";
        return `Video consultation audit log shows my patient "joined" from ${$.ip(`2a02:c7c:${h()}:${x.pick(["a", "1f", "3b"])}00:${h()}::${x.int(2, 99)}`)} while she was an inpatient with us - her ex has her NHS login. Safeguarding referral obviously; anything else on the clinical side?`;
      },
    },
    {
      key: "b2-au-cpap-ip",
      countries: ["AU"],
      make: (x) => {
        return `Sleep clinic: his AirSense 11 (SN ${$.dev(`23${x.digits(9)}`)}) hasn't uploaded since it started reporting from ${$.ip(`${x.int(101, 124)}.${x.int(160, 190)}.${x.int(0, 255)}.${x.int(2, 250)}`)} - his new NBN router, presumably. AHI 31 on the last download, mask leak huge. Bring him in or try a remote mask refit?`;
      },
    },
    {
      key: "b2-in-telehealth-ip",
      countries: ["IN"],
      make: (x) => {
        return `eSanjeevani consult log flagged: same patient ID logged in from ${$.ip(`${x.int(49, 49)}.${x.int(32, 47)}.${x.int(0, 255)}.${x.int(2, 250)}`)} and ${$.ip(`${x.int(103, 103)}.${x.int(10, 99)}.${x.int(0, 255)}.${x.int(2, 250)}`)} within 5 minutes, once from the pt and once from her husband who wants her records. Domestic violence suspected. Whom to inform?`;
      },
    },
    {
      key: "b2-us-portal-audit",
      countries: ["US"],
      make: (x) => {
        const p = x.p({ female: true });
        return `Epic access report for my patient shows 14 chart opens from an employee workstation at ${$.ip(`10.${x.int(10, 200)}.${x.int(0, 255)}.${x.int(2, 250)}`)} - turns out her sister-in-law works in billing. Patient (${$.email(`${slug(p.given)}.${slug(p.family)}@outlook.com`)}) wants to be told directly. Who discloses - me or privacy office?`;
      },
    },
    {
      key: "b2-uk-bank",
      countries: ["UK"],
      make: (x) => {
        return { text: `Safeguarding: elderly patient's nephew brought a form for me to countersign so he can pay her care fees from her account (sort code ${x.digits(2)}-${x.digits(2)}-${x.digits(2)}, account no. ${$.acct(x.digits(8))}). She has moderate dementia and no LPA. I refused - right call? Adult social care referral?`, note: "the account number is labelled; the sort code identifies the bank branch" };
      },
    },
    {
      key: "b2-ca-card",
      countries: ["CA"],
      make: (x) => {
        return `Front desk took a pt's Visa over the phone for a no-show fee and wrote the whole number (${$.acct(K.cardNumber(x.r, "4520"))}) on the sticky note on my monitor. Is there any reason a family practice should be charging no-show fees at all in Ontario?`;
      },
    },
    {
      key: "b2-in-upi",
      countries: ["IN"],
      make: (x) => {
        const p = x.p({ female: false });
        return { text: `Ethics query: patient's relative paid my private OPD fees by mistake to the hospital's old UPI, now they want refund to ${$.acct(`${slug(p.given)}${x.int(10, 99)}@ok${x.pick(["axis", "sbi", "hdfcbank", "icici"])}`)}. Meanwhile the patient (CKD 5, needs AV fistula) is stuck. Accounts dept not responding. Anybody faced this?`, note: "a UPI payment address is an account identifier" };
      },
    },
    {
      key: "b2-de-fallnummer",
      countries: ["DE"],
      make: (x) => {
        const d = x.recent();
        return `Abrechnungsfrage: Fallnummer ${$.acct(x.digits(8))}, Aufnahme am ${$.date(dmy(d, "."))} über die ZNA, dann Verlegung auf die Stroke Unit. MDK streicht die Komplexbehandlung, weil die 24h-Monitoring-Doku lückenhaft ist. Erfahrungen mit Widerspruch?`;
      },
    },
    {
      key: "b2-ng-donations",
      countries: ["NG"],
      make: (x) => {
        const p = x.p({ female: true, minYear: 1985, maxYear: 2000 });
        return `Sad case: young mother, ${$.name(full(p))}, needs dialysis 3x weekly and the family are raising money on WhatsApp with her account details (${x.pick(["GTBank", "Access Bank", "First Bank", "Zenith"])} ${$.acct(x.digits(10))}). They asked me to add my name to the appeal as her doctor. Should I?`;
      },
    },
    {
      key: "b2-uk-icd-serial",
      countries: ["UK"],
      make: (x) => {
        const d = x.recent();
        return `Remote monitoring alert: S-ICD (serial ${$.dev(x.digits(6))}) delivered 2 shocks on ${$.date(`${d.d}/${d.m}`)}, both for T-wave oversensing during exercise. Reprogram the vector or add a beta-blocker? He's a 28-year-old rugby player with HCM.`;
      },
    },
    {
      key: "b2-au-cochlear",
      countries: ["AU"],
      make: (x) => {
        const p = x.p({ female: false, minYear: 2016, maxYear: 2020 });
        return `Peds ENT: ${$.name(p.given)}, 7, cochlear implant (Nucleus CI632, serial ${$.dev(x.digits(7))}) with a suspected device failure after a fall at school. Impedances look odd. Anyone know how fast Cochlear can turn around a reimplant device in Qld?`;
      },
    },
    {
      key: "b2-us-lvad",
      countries: ["US"],
      make: (x) => {
        return `LVAD pt (HeartMate 3, pump SN ${$.dev(`MLP-${x.digits(6)}`)}) with power spikes to 7 W and LDH 1100. Hemolysis -> pump thrombosis until proven otherwise. Bivalirudin vs heparin escalation? He's already on warfarin INR 2.4 + aspirin.`;
      },
    },
    {
      key: "b2-fr-dbs",
      countries: ["FR"],
      make: (x) => {
        const p = x.p({ female: false, minYear: 1950, maxYear: 1965 });
        return `Parkinson, stimulation cérébrale profonde (boîtier Percept PC, n° de série ${$.dev(`${x.letters(3, "ABCDEFGHJKLMNPRSTVWXYZ")}${x.digits(6)}${x.letters(1, "HNRS")}`)}) posée il y a 4 ans. M. ${$.name(p.family)} a besoin d'une IRM lombaire. Conditional MRI - which settings do you use, and do you switch the stim off?`;
      },
    },
    {
      key: "b2-es-dexcom",
      countries: ["ES"],
      make: (x) => {
        const p = x.p({ female: true, minYear: 2008, maxYear: 2014 });
        return `Endocrino pediátrica: ${$.name(p.given)}, 12 años, DM1. El Dexcom G7 (número de serie ${$.dev(x.digits(10))}) marca hipoglucemias nocturnas de 55 que no se confirman con glucemia capilar. Compression lows? Cambiar la zona de inserción ayudaría?`;
      },
    },
    {
      key: "b2-br-implant",
      countries: ["BR"],
      make: (x) => {
        return `Seroma tardio 8 anos após mamoplastia de aumento, prótese texturizada (lote ${$.dev(`${x.digits(7)}`)}, série ${$.dev(`${x.digits(8)}-${x.digits(3)}`)} no cartão da paciente). Suspeita de BIA-ALCL. Punção com CD30 e citometria antes de explantar? Cirurgião quer retirar direto.`;
      },
    },
    {
      key: "b2-ie-ilr",
      countries: ["IE"],
      make: (x) => {
        const d = x.recent();
        return `Loop recorder (Reveal LINQ, SN ${$.dev(`RLA${x.digits(6)}G`)}) picked up 11 s of asystole at 03:12 on ${$.date(`${d.d}/${pad(d.m, 2)}`)} - pt asleep, no symptoms. He's 42, very fit, resting HR 44. Vagal or pace?`;
      },
    },
    {
      key: "b2-br-cnh",
      countries: ["BR"],
      make: (x) => {
        return `Paciente motorista de caminhão, CNH nº ${$.lic(x.digits(11))}, categoria E, com apneia do sono grave (IAH 54) e dormiu ao volante semana passada. O DETRAN exige laudo. Posso atestar inaptidão temporária até adesão ao CPAP? Como vocês documentam?`;
      },
    },
    {
      key: "b2-in-dl",
      countries: ["IN"],
      make: (x) => {
        const state = x.pick(["MH", "KA", "DL", "TN", "KL"]);
        return `Fitness certificate for DL renewal (licence no. ${$.lic(`${state}${pad(x.int(1, 50), 2)} ${x.int(2005, 2019)}${x.digits(7)}`)}) - pt is 58, diabetic, PDR in both eyes, VA 6/18. Form 1-A asks "is he fit to drive?" Honest answer seems no. How do others handle this?`;
      },
    },
    {
      key: "b2-ca-pal",
      countries: ["CA"],
      make: (x) => {
        return `Firearms question from rural Alberta: hunter with new PTSD and alcohol use disorder, holds a PAL (licence no. ${$.lic(`${x.digits(8)}.${pad(x.int(1, 3), 4)}`)}). He's not suicidal but is drinking 12 beers a day. Chief Firearms Officer notification threshold?`;
      },
    },
    {
      key: "b2-nz-firearms",
      countries: ["NZ"],
      make: (x) => {
        const p = x.p({ female: false });
        return `Firearms licence ${$.lic(`${x.letters(2)}${x.digits(6)}`)} holder, deer culler on the West Coast, now with first-episode psychosis. ${$.name(p.given)} has consented to the guns going to his uncle's. Do I still need to notify Te Tari Pūreke?`;
      },
    },
    {
      key: "b2-uk-pilot",
      countries: ["UK"],
      make: (x) => {
        return `AME question: commercial pilot (CAA licence ${$.lic(`GBR.FCL.${x.digits(4)}${x.letters(1, "ABCDEF")}`)}) with new T2DM, A1c 58 on metformin. Can he stay Class 1 if only on metformin? He'd like to add a GLP-1 for weight.`;
      },
    },
    {
      key: "b2-us-dea",
      countries: ["US"],
      make: (x) => {
        const p = x.p({ female: false, minYear: 1965, maxYear: 1980 });
        return { text: `Physician health program case: my patient is a surgeon (DEA ${$.lic(K.dea(x.r, p.family))}, NPI ${$.oid(K.npi(x.r))}) self-prescribing hydrocodone. Now in treatment with me. The board wants monthly reports. What do you put in them?`, note: "a patient's DEA number is a licence; the NPI is another unique identifier" };
      },
    },
    {
      key: "b2-uk-gmc",
      countries: ["UK"],
      make: (x) => {
        return `Treating a junior doctor (GMC ${$.lic(`${x.int(7, 7)}${x.digits(6)}`)}) with bipolar II who has just had a hypomanic episode on nights. She's worried about revalidation and fitness to practise. Do I have any duty to notify the GMC? She's insightful and engaged.`;
      },
    },
    {
      key: "b2-au-ahpra",
      countries: ["AU"],
      make: (x) => {
        return `Mandatory notification? Registered nurse (AHPRA ${$.lic(`NMW${x.digits(10)}`)}) is my patient for alcohol use disorder, 3 months sober, working day shifts. Under the 2020 changes I don't think I have to notify unless substantial risk. Agree?`;
      },
    },
    {
      key: "b2-ng-dl",
      countries: ["NG"],
      make: (x) => {
        return `Commercial bus driver, FRSC licence ${$.lic(`${x.letters(3)}${x.digits(5)}${x.letters(2)}${x.digits(2)}`)}, uncontrolled hypertension 220/130 with retinopathy grade 3. He says he will lose his job if I write him unfit. Colleagues, how do you handle it here?`;
      },
    },
    {
      key: "b2-za-van-der",
      countries: ["ZA"],
      make: (x) => {
        const p = x.p({ female: true, minYear: 1960, maxYear: 1980 });
        const pl = x.pl();
        return `Mev. ${$.name(`${p.given} van der ${x.pick(["Merwe", "Walt", "Westhuizen", "Berg"])}`)} from ${$.addr(`${pl.area}, ${pl.city}`)}: HIV+ on TLD, VL suppressed, now new proximal myopathy and CK 4000. Dolutegravir myositis? Or statin interaction - she was started on atorva last month.`;
      },
    },
    {
      key: "b2-es-de-la",
      countries: ["ES", "CO"],
      make: (x) => {
        const p = x.p({ female: false, minYear: 1960, maxYear: 1975 });
        const sur = x.pick(["de la Fuente", "de la Cruz", "del Río", "de los Santos"]);
        return `Paciente ${$.name(`${p.given} ${sur} ${p.extra || "Gómez"}`)}, cirrosis enólica, trombosis portal aguda descubierta en la eco de control. Child B8. ¿Anticoagular con HBPM a pesar de varices grado 2 con banda reciente?`;
      },
    },
    {
      key: "b2-uk-o-apostrophe",
      countries: ["UK", "IE"],
      make: (x) => {
        const p = x.p({ female: false });
        const sur = x.pick(["O'Neill", "O'Connor", "O'Reilly", "O'Dwyer", "D'Arcy"]);
        return `Mr ${$.name(`${p.given.charAt(0)}. ${sur}`)}, bed 14, POD 4 right hemicolectomy, ileus + hypokalaemia, NG draining 1.5 L/day. K 2.9, Mg 0.5. Replace both IV and wait or is this the point to start TPN?`;
      },
    },
    {
      key: "b2-au-bin",
      countries: ["AU"],
      make: (x) => {
        const given = x.pick(["Ahmad", "Muhammad Faiz", "Hafiz", "Azlan"]);
        const father = x.pick(["Ismail", "Abdullah", "Rahman", "Yusof"]);
        return `International student, ${$.name(`${given} bin ${father}`)}, 21, from Malaysia, dengue? No - returned from Bali 5 days ago, fever, rash, plt 45. NS1 positive. Warning signs: mild abdo pain only. Outpatient daily review or admit?`;
      },
    },
    {
      key: "b2-us-our-patient-kevin",
      countries: ["US"],
      make: (x) => {
        const n = x.pick(["Kevin", "Darnell", "Cody", "Marcus"]);
        return { text: `Update on our patient ${$.name(n)} from last week's thread (the 19yo with DKA and the insulin pump he couldn't afford): discharged on MDI, enrolled in the manufacturer program, and ${$.name(n)} texted me a thumbs-up photo of his first normal fingerstick. Thanks everyone for the resources.`, note: "a first name alone, mentioned twice" };
      },
    },
    {
      key: "b2-mx-husband",
      countries: ["MX"],
      make: (x) => {
        const p = x.p({ female: true, minYear: 1985, maxYear: 1998 });
        const h = x.p({ female: false });
        return `Ginecología: ${$.name(`${p.given} ${p.family}`)}, 29 años, embarazo ectópico roto, Hb 7. El esposo (${$.name(`${h.given} ${h.family}`)}, tel. ${$.phone(x.mob())}) no autoriza la transfusión por motivos religiosos, pero ella está consciente y sí la acepta. Her consent prevails, right? The husband is threatening to sue.`;
      },
    },
  ],
  negatives: [
    { key: "b2n-car-models", country: "US", text: "Rural EM: half my MVCs are F-150s vs deer on Route 9. Anyone have data on seat-belt use in pickups vs sedans? Our trauma registry says 40% unrestrained.", note: "vehicle models and a highway number, no plate" },
    { key: "b2n-public-numbers", country: "UK", text: "Useful numbers for the junior doctors' induction pack: NHS 111 for urgent advice, Samaritans 116 123, National Poisons Information Service via TOXBASE, and the NHS Blood and Transplant on-call via switchboard. Any other national lines you'd add?", note: "public services" },
    { key: "b2n-hotlines-intl", country: "BR", text: "Para a residência: CVV 188 (prevenção do suicídio), SAMU 192 e Disque-Intoxicação 0800 722 6001. Alguém tem o número do CIATox de Campinas?", note: "public hotlines" },
    { key: "b2n-in-hotline", country: "IN", text: "Tele-MANAS 14416 is now working in our state for mental health follow up. Also Kiran helpline 1800-599-0019. Anyone used them for post-discharge psych patients? Feedback?" },
    { key: "b2n-fr-samu", country: "FR", text: "Rappel aux internes : SAMU 15, centre antipoison de Lyon pour les intox, et le 3114 pour la prévention du suicide. Numbers to put on every discharge sheet for at-risk patients?" },
    { key: "b2n-de-hotline", country: "DE", text: "Für die Entlassungsbriefe: Telefonseelsorge 0800 111 0 111 und ärztlicher Bereitschaftsdienst 116117. Habt ihr noch andere Nummern, die ihr standardmäßig mitgebt?" },
    { key: "b2n-ages-89", country: "US", text: "89M with severe AS, 88F with AF and falls, and an 85-year-old with new myeloma - our geriatric cardiology clinic this morning. How are your clinics handling the TAVR-in-the-very-old referrals?", note: "ages up to 89" },
    { key: "b2n-bp-percent", country: "ZA", text: "BP 90/60, HR 110, SpO2 92% on room air, temp 39.1, RR 26. Lactate 4.2. Qsofa 3. 90 minutes into resus and still hypotensive after 2 L - noradrenaline peripherally?", note: "'90/60', '92%', '90 minutes' are not ages" },
    { key: "b2n-percentiles", country: "CA", text: "Peds: 4yo with BMI >99th percentile, BP at the 95th percentile for height on three visits. ABPM at that age? Or just repeat in clinic with the right cuff?" },
    { key: "b2n-device-model-codes", country: "DE", text: "Medtronic Azure XT DR MRI (Modell W1DR01) oder Biotronik Amvia Edge? Both MR-conditional. Eure Präferenz bei Sinusknotenerkrankung mit gelegentlichem AV-Block?", note: "model codes, no serial" },
    { key: "b2n-nct-pmid", country: "UK", text: "Has anyone enrolled in NCT05123456? The design looks similar to DELIVER but with a 2-year follow up. Also worth reading PMID 36027570 for the subgroup with EF 41-49%.", note: "trial registration and PMID" },
    { key: "b2n-doi-isbn", country: "AU", text: "The Therapeutic Guidelines chapter (eTG, ISBN 978-0-6485-6781-3) and doi:10.1016/S0140-6736(23)01345-2 both say 5 days of amoxicillin for CAP. Still seeing 7-10 day scripts everywhere." },
    { key: "b2n-hospital-names", country: "ZA", text: "Trained at Groote Schuur and Chris Hani Baragwanath, now working in the UK. The difference in TB meningitis presentations is striking. Anyone else made the move and found the same?" },
    { key: "b2n-eponyms-2", country: "FR", text: "Syndrome de Guillain-Barré vs CIDP aigu : 3e rechute sous IgIV à 8 semaines. Also had a Horner and a Bell's palsy on the same side last year. Quelqu'un a vu ça avec des anticorps anti-nodaux ?" },
    { key: "b2n-milan-criteria", country: "ES", text: "HCC within Milan criteria but AFP 1200. ¿Lo listáis para trasplante o downstaging primero? Our committee uses the Metroticket 2.0 calculator." },
    { key: "b2n-classifications", country: "JP", text: "Acute cholangitis grade II by the Tokyo Guidelines 2018, pancreatitis moderately severe by revised Atlanta. ERCP within 24 h or 48 h? Our endoscopists disagree." },
    { key: "b2n-montreal", country: "NZ", text: "Montreal classification L3 B2 Crohn's with a 10 cm terminal ileal stricture. Surgery first or try upadacitinib? Our surgeons in Christchurch are keen to operate.", note: "physician's city, not the patient's" },
    { key: "b2n-drug-brands", country: "CA", text: "Jardiance, Ozempic, Entresto and Kerendia - one pt's monthly cost is more than his rent. Which one would you drop first if he can only afford two? HFrEF, EF 30, CKD 3a, T2DM." },
    { key: "b2n-rota-dates", country: "UK", text: "Rota changes from the first Wednesday of August: the new F1s start, and the deanery induction is on 31 July. Anyone got a good ward-round checklist for their first week?", note: "dates not tied to a patient" },
    { key: "b2n-world-days", country: "IN", text: "World Kidney Day on 13 March - we're running a free screening camp. Dipstick + eGFR for 300 people. Any tips on follow-up logistics for those we pick up?" },
    { key: "b2n-own-email", country: "DE", text: "Wer unser SOP zur Delirprophylaxe haben möchte: schreibt mir einfach eine Nachricht hier im Forum. Ich bin Oberärztin in der Geriatrie in Köln." , note: "physician's own city and role" },
    { key: "b2n-slash-values", country: "US", text: "Strength 4/5 proximally, 5/5 distally, reflexes 2/4, vision 20/40 OU, murmur 2/6. 1/2 NS at 75/h. Myositis panel pending. What am I missing?", note: "slashes that are not dates" },
    { key: "b2n-famous", country: "UK", text: "Students always ask about Stephen Hawking when we do MND teaching. And the Freddie Mercury documentary got everyone talking about Kaposi sarcoma. Good hooks for teaching?", note: "famous people, not patients" },
    { key: "b2n-citation-authors", country: "NG", text: "Per Okonkwo et al. (Lancet Glob Health) and the Adeyemi meta-analysis, hydroxyurea at MTD reduces stroke in HbSS children. But our supply is erratic. Anyone compounded it locally?", note: "author names" },
    { key: "b2n-bed-room", country: "AU", text: "Bed 12 in ICU, room 4 in HDU and the side room on ward 7B all have MRSA this week. Cleaning audit or screen everyone?", note: "bed and room numbers" },
    { key: "b2n-lot-not-patient", country: "US", text: "Pharmacy recall notice: heparin lot 23K117 pulled nationally for particulates. Check your Pyxis. No patient harm reported so far.", note: "drug lot not tied to a patient" },
    { key: "b2n-physician-gmc", country: "UK", text: "Happy to supervise any GP trainees interested in minor surgery. Dr Aled Pritchard, GP partner (GMC 6043311), Swansea.", note: "the posting physician's own name, registration number and town" },
    { key: "b2n-placeholders", country: "US", text: "Let's call her Patient A. 40s, no PMH, presents with a thunderclap headache during sex, CT and LP negative. RCVS vs benign coital headache. CTA or MRA?", note: "placeholder name" },
    { key: "b2n-kr-guideline", country: "KR", text: "The 2022 Korean Society of Hypertension guideline lowered the target to 130/80 for most. Seoul clinicians: are you actually hitting that in elderly patients? Our clinic average is 138/84." },
    { key: "b2n-vn-dengue", country: "VN", text: "Dengue season in the south: 40 admissions this week, 6 with warning signs, 1 shock. Ringer lactate 10 ml/kg/h then taper per WHO 2009. Any of you use colloids earlier?" },
    { key: "b2n-cn-guideline", country: "CN", text: "Chinese Society of Hepatology 2022 guidance now recommends treating HBV with ALT > ULN regardless of HBeAg. Anyone outside China following the same threshold?" },
    { key: "b2n-mx-protocol", country: "MX", text: "Protocolo de Código Mater en nuestro hospital: activación con TA ≥160/110, sulfato de magnesio 4 g impregnación y 1 g/h. ¿Alguien usa nifedipino 10 mg VO como primera línea?" },
  ],
};
