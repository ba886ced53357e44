/**
 * Batch 5 of the train split: ages over 89 in more phrasings and languages, more fax, email, URL,
 * IP, account, licence, vehicle and device identifiers, multi-patient handovers and tables, forms
 * in several languages and quasi-identifiers that carry a place; plus hard negatives.
 */
import * as K from "./check-digits";
import { MESES, dmy, full, fullHisp, mdy } from "./locales";
import { $, type Batch } from "./markup";
import { pad } from "./rng";

const slug = (s: string): string => s.toLowerCase().normalize("NFD").replace(/[^a-z0-9]+/g, "");

export const batch5: Batch = {
  name: "batch-5",
  positives: [
    {
      key: "b5-age-table",
      countries: ["UK"],
      make: (x) => {
        const a = x.p({ female: true });
        const b = x.p({ female: false });
        return { text: `Frailty MDT list for Thursday:\n\n| Name | Age | CFS | Issue |\n|---|---|---|---|\n| ${$.name(`${a.given.charAt(0)}. ${a.family}`)} | ${$.age("96")} | 6 | recurrent falls, on 3 antihypertensives |\n| ${$.name(`${b.given.charAt(0)}. ${b.family}`)} | 78 | 5 | delirium after UTI, lives alone |\n\nAny thoughts on the first before we meet?`, note: "age in a table column" };
      },
    },
    {
      key: "b5-age-92m-handover",
      countries: ["AU"],
      make: (x) => {
        const p = x.p({ female: false });
        return `Night handover, bed 3: ${$.name(p.family)}, ${$.age("92M")}, NOF #, day 2 post DHS, new AF 150s and Na 129. Daughter ${$.name(x.p({ female: true }).given)} wants a call if anything changes. Rate control first or look for the cause (PE? pain? fluid)?`;
      },
    },
    {
      key: "b5-age-fr-95ans",
      countries: ["FR"],
      make: (x) => {
        return `Patiente de ${$.age("95 ans")}, autonome, vit avec sa fille à ${$.addr(x.pick(["Villeurbanne", "Roubaix", "Besançon", "Limoges"]))}. Cancer du sein T2N0 RH+. Chirurgie ou hormonothérapie exclusive ? Elle veut "qu'on enlève la boule".`;
      },
    },
    {
      key: "b5-age-br-91anos",
      countries: ["BR"],
      make: () => {
        return `Idosa de ${$.age("91 anos")}, ex-professora, lúcida, com fibrilação atrial e AVC prévio. A geriatra suspendeu a varfarina por quedas. A família quer retomar. Apixabana 2,5 mg 12/12h? Peso 48 kg, creatinina 1,3.`;
      },
    },
    {
      key: "b5-age-de-93j",
      countries: ["DE"],
      make: (x) => {
        const p = x.p({ female: true });
        return `Pat. ${$.name(p.family)}, ${$.age("93 J.")}, aus dem Pflegeheim, Exsikkose, Na 158, Krea 2,4. Die Betreuerin möchte keine Infusionen "zur Lebensverlängerung". Subkutane Flüssigkeit als Kompromiss? Wie viel pro Tag?`;
      },
    },
    {
      key: "b5-age-in-98yrs",
      countries: ["IN"],
      make: (x) => {
        const p = x.p({ female: false });
        return `Dear seniors, ${$.name(full(p))}, ${$.age("98 yrs old")}, retired army officer, has urinary retention with a 90 g prostate. Family wants TURP, anaesthetist says high risk. Long-term catheter vs TURP under spinal? He is very sharp mentally.`;
      },
    },
    {
      key: "b5-age-ng-102",
      countries: ["NG"],
      make: (x) => {
        const p = x.p({ female: true });
        return { text: `Mama ${$.name(p.family)} says she is ${$.age("102")} (no birth certificate, but she remembers the 1930s well). Came with bilateral mature cataracts, blind for 3 years. Family asking if surgery is worth it at her age. Our ophthalmologist says yes. Anaesthesia concerns?`, note: "age over 89 as a bare number" };
      },
    },
    {
      key: "b5-age-ie-ninety-one",
      countries: ["IE"],
      make: (x) => {
        const p = x.p({ female: false });
        return `${$.name(p.given)} is ${$.age("ninety-one")}, a retired farmer, and has just been told by the ED that his new 7 cm AAA "can't be fixed". EVAR assessment or palliative conversation? He's more worried about who'll mind the dog.`;
      },
    },
    {
      key: "b5-age-us-99yo",
      countries: ["US"],
      make: (x) => {
        const p = x.p({ female: true, minYear: 1924, maxYear: 1926 });
        return `${$.age("99yo")} F (DOB ${$.date(mdy(p.dob))}) with new rapid AF, found by her son. She still lives independently. I'm inclined to rate-control only and skip anticoagulation given the falls. Fair?`;
      },
    },
    {
      key: "b5-age-ca-turned-90",
      countries: ["CA"],
      make: (x) => {
        const p = x.p({ female: false });
        return `${$.name(`${p.given} ${p.family}`)} ${$.age("just turned 90")} and wants his driver's licence renewed - Ontario requires the senior driver group session but he also has mild cognitive impairment (MoCA 23). Do I fill out the medical report or let the session sort it out?`;
      },
    },
    {
      key: "b5-age-jp-95sai",
      countries: ["JP"],
      make: (x) => {
        const p = x.p({ female: true });
        return `Home-visit clinic, rural Shimane: ${$.name(`${p.family} ${p.given}`)}, ${$.age("95歳")}, lives with her daughter-in-law, end-stage heart failure, NYHA IV. Tolvaptan at home - how do you monitor sodium when labs can only be done weekly?`;
      },
    },
    {
      key: "b5-age-za-91",
      countries: ["ZA"],
      make: (x) => {
        return `Gogo, ${$.age("91-yr-old")}, brought from ${$.addr(x.pick(["Tsolo", "Lusikisiki", "Bizana", "Flagstaff"]))} by her grandson, bilateral leg oedema, JVP up, murmur of MR. No echo here. Furosemide and enalapril and refer, or just furosemide given her age and the 4-hour road?`;
      },
    },
    {
      key: "b5-age-es-94",
      countries: ["ES", "MX"],
      make: (x) => {
        const p = x.p({ female: true });
        return `Doña ${$.name(p.given)}, de ${$.age("94")}, con fractura vertebral por fragilidad y dolor intenso. ¿Cifoplastia a esta edad? Ya tomó paracetamol, metamizol y tramadol con confusión.`;
      },
    },
    {
      key: "b5-fax-fr-employer",
      countries: ["FR"],
      make: (x) => {
        return `L'employeur de mon patient (une PME, fax ${$.fax(x.tel(false))}) exige un certificat détaillant la pathologie pour l'aménagement de poste. Épilepsie bien contrôlée. Je refuse évidemment - mais que dois-je envoyer au médecin du travail exactement ?`;
      },
    },
    {
      key: "b5-fax-us-home",
      countries: ["US"],
      make: (x) => {
        const p = x.p({ female: false });
        return `88-year-old Mr. ${$.name(p.family)} insists I fax his INR results to his home fax at ${$.fax(x.tel(false))} every week. He doesn't do portals. It's his information - any reason I shouldn't?`;
      },
    },
    {
      key: "b5-fax-ca-hr",
      countries: ["CA"],
      make: (x) => {
        return `Return-to-work form from my pt's employer (a trucking company) asks me to fax "diagnosis and prognosis" to their HR at ${$.fax(x.tel(false))}. He had a first seizure. I'm only going to send functional limitations. Is that standard in Canada?`;
      },
    },
    {
      key: "b5-fax-jp-home",
      countries: ["JP"],
      make: (x) => {
        const p = x.p({ female: false });
        return `Japanese clinic practice: many elderly patients still ask for results by home fax. ${$.name(p.family)}-san's FAX number ${$.fax(x.tel(false))} is in the chart. Is that still acceptable under APPI, or should we stop?`;
      },
    },
    {
      key: "b5-fax-de-tochter",
      countries: ["DE"],
      make: (x) => {
        return `Die Tochter des Patienten möchte den Entlassbrief an ihr Büro faxen lassen (Fax ${$.fax(x.tel(false))}). Er ist einwilligungsfähig und einverstanden. Darf ich, oder nur per Post? Unser Datenschutz sagt "kein Fax mehr".`;
      },
    },
    {
      key: "b5-email-fr",
      countries: ["FR"],
      make: (x) => {
        const p = x.p({ female: true });
        return `La fille de ma patiente m'écrit tous les jours sur ${$.email(`${slug(p.given)}.${slug(p.family)}@${x.pick(["laposte.net", "orange.fr", "wanadoo.fr", "free.fr"])}`)} pour "corriger" le traitement. Démence à un stade avancé, sous mémantine. Comment cadrer ça poliment ?`;
      },
    },
    {
      key: "b5-email-de",
      countries: ["DE"],
      make: (x) => {
        const p = x.p({ female: false });
        return `Patient schickt mir seine Blutzuckerwerte per Mail von ${$.email(`${slug(p.given)}.${slug(p.family)}${x.int(50, 79)}@${x.pick(["web.de", "gmx.de", "t-online.de"])}`)} - unverschlüsselt. Er will es so. Muss ich ihn trotzdem aufklären, oder reicht seine Einwilligung?`;
      },
    },
    {
      key: "b5-email-es",
      countries: ["ES"],
      make: (x) => {
        const p = x.p({ female: false });
        return `El paciente me manda fotos de sus lesiones de psoriasis desde ${$.email(`${slug(p.given)}${slug(p.family)}${x.int(70, 99)}@hotmail.es`)} cada semana. PASI 18 con metotrexato. ¿Pasar a biológico? ¿Cuál con menos visitas al hospital?`;
      },
    },
    {
      key: "b5-email-za",
      countries: ["ZA"],
      make: (x) => {
        const p = x.p({ female: true });
        return `Patient's daughter (${$.name(`${p.given} ${p.family}`)}, ${$.email(`${slug(p.given)}.${slug(p.family)}@${x.pick(["mweb.co.za", "telkomsa.net", "gmail.com"])}`)}) is asking for the CT report before her mother has seen the oncologist. Pancreatic mass with liver mets. Mom has said she wants her daughter to know everything. Fine to send?`;
      },
    },
    {
      key: "b5-email-au",
      countries: ["AU"],
      make: (x) => {
        const p = x.p({ female: false });
        return `Old bloke who emails his BP diary from ${$.email(`${slug(p.given)}${slug(p.family)}@bigpond.com`)} - 160s/90s at home, 130s in clinic. Reverse white coat. Fourth agent? Already on perindopril, amlodipine, indapamide.`;
      },
    },
    {
      key: "b5-email-ie",
      countries: ["IE"],
      make: (x) => {
        const p = x.p({ female: true });
        return `A patient's wife emailed from ${$.email(`${slug(p.given)}${slug(p.family)}@eircom.net`)} asking whether her husband "is allowed" to drink at their daughter's wedding on his new disulfiram. Short answer no, but how do you explain the reaction without scaring them off treatment?`;
      },
    },
    {
      key: "b5-email-kr",
      countries: ["KR"],
      make: (x) => {
        const p = x.p({ female: false });
        return `Korean expat patient ${$.name(`${p.family} ${p.given}`)} wants his records sent to his Seoul cardiologist by email (${$.email(`${slug(p.given)}${x.int(70, 99)}@naver.com`)}). HCM with SAM, LVOT gradient 80. Would you start mavacamten or go to myectomy?`;
      },
    },
    {
      key: "b5-url-leetchi",
      countries: ["FR"],
      make: (x) => {
        const p = x.p({ female: false, minYear: 2015, maxYear: 2020 });
        return `Les parents ont lancé une cagnotte (${$.url(`https://www.leetchi.com/c/soutien-${slug(p.given)}-${slug(p.family)}`)}) pour un traitement expérimental à l'étranger. Neuroblastome haut risque en rechute. Ils me demandent une lettre "pour crédibiliser". Vous l'écririez ?`;
      },
    },
    {
      key: "b5-url-de-blog",
      countries: ["DE"],
      make: (x) => {
        const p = x.p({ female: true });
        return `Meine Patientin schreibt einen Blog über ihre Chemo (${$.url(`www.${slug(p.given)}-gegen-den-krebs.de`)}) und zitiert meine Aufklärung fast wörtlich, inkl. meines Namens. Mammakarzinom, jetzt Kapecitabin. Soll ich sie bitten, meinen Namen rauszunehmen?`;
      },
    },
    {
      key: "b5-url-tiktok",
      countries: ["US"],
      make: (x) => {
        const p = x.p({ female: true, minYear: 2003, maxYear: 2007 });
        return `Teen with EDS + MCAS + POTS self-diagnosed via ${$.url(`https://www.tiktok.com/@${slug(p.given)}.${x.pick(["zebra", "spoonie", "chronic"])}`)} wants a tilt table and a port for IV fluids. Beighton 3/9. How do you validate her symptoms without agreeing to a port?`;
      },
    },
    {
      key: "b5-url-linkedin",
      countries: ["UK"],
      make: (x) => {
        const p = x.p({ female: false });
        return `Weird one: a patient with bipolar (currently manic) has been posting about his "cure" on LinkedIn (${$.url(`linkedin.com/in/${slug(p.given)}-${slug(p.family)}-${x.digits(3)}`)}), tagging his employer and our trust. Section 2 assessment is tomorrow. Do we ask the platform to take it down?`;
      },
    },
    {
      key: "b5-url-portal-au",
      countries: ["AU"],
      make: (x) => {
        return `Pathology portal link (${$.url(`https://results.${x.pick(["qml", "sonicdx", "dorevitch"])}.com.au/patient/${x.digits(8)}?token=${x.letters(10, "abcdefghjkmnpqrstuvwxyz0123456789")}`)}) was pasted by a registrar into the unit's WhatsApp group. Anyone with the link can see it. Reportable breach?`;
      },
    },
    {
      key: "b5-ip-fr",
      countries: ["FR"],
      make: (x) => {
        return `Violation de données : l'audit montre une connexion au dossier de ma patiente depuis l'IP ${$.ip(`${x.int(82, 92)}.${x.int(100, 250)}.${x.int(0, 255)}.${x.int(2, 250)}`)}, qui correspond au domicile de son ex-conjoint (médecin dans un autre établissement). Signalement CNIL + ordre ?`;
      },
    },
    {
      key: "b5-ip-br",
      countries: ["BR"],
      make: (x) => {
        return `Auditoria do prontuário eletrônico: acesso ao registro da paciente a partir do IP ${$.ip(`${x.int(177, 191)}.${x.int(0, 255)}.${x.int(0, 255)}.${x.int(2, 250)}`)} às 2h da manhã, login de um residente que não estava de plantão. Ela é uma atriz conhecida. LGPD - quem notifica?`;
      },
    },
    {
      key: "b5-ip-us-v6",
      countries: ["US"],
      make: (x) => {
        return `Telehealth licensure headache: pt says she's in our state, but the visit log shows ${$.ip(`2600:1700:${x.int(1000, 9999)}:${x.int(100, 999)}0::${x.letters(2, "abcdef")}${x.int(1, 9)}`)} which geolocates out of state. Does it matter legally if she says she's here?`;
      },
    },
    {
      key: "b5-ip-za",
      countries: ["ZA"],
      make: (x) => {
        return `Private practice got phished; the attacker accessed one patient's file from ${$.ip(`${x.int(41, 41)}.${x.int(0, 255)}.${x.int(0, 255)}.${x.int(2, 250)}`)}. Under POPIA do I notify the Information Regulator and the patient, or just the patient?`;
      },
    },
    {
      key: "b5-ip-nz",
      countries: ["NZ"],
      make: (x) => {
        return `Manage My Health log shows my patient's account accessed from ${$.ip(`${x.int(118, 125)}.${x.int(0, 255)}.${x.int(0, 255)}.${x.int(2, 250)}`)} while she was in our ward. She thinks it's her teenage son. Do we reset her password or let her handle it?`;
      },
    },
    {
      key: "b5-acct-fr-facture",
      countries: ["FR"],
      make: (x) => {
        return `Facture n° ${$.acct(`${x.int(2023, 2025)}${x.digits(7)}`)} envoyée à une patiente CMU-C pour une consultation qui aurait dû être en tiers payant. Elle a reçu une relance d'huissier. Comment annuler ça rapidement ?`;
      },
    },
    {
      key: "b5-acct-us-har",
      countries: ["US"],
      make: (x) => {
        return `Billing wrote off the wrong encounter - pt's hospital account (HAR ${$.acct(x.digits(10))}) still shows $48k for her NICU stay even though charity care was approved. The family is getting collections calls. Who's your escalation contact in patient financial services?`;
      },
    },
    {
      key: "b5-acct-au-invoice",
      countries: ["AU"],
      make: (x) => {
        return `Private hospital sent my patient an invoice (account no. ${$.acct(`${x.letters(2)}${x.digits(7)}`)}) for a $3,800 gap on a colonoscopy he was told would be no-gap. He's a pensioner. Does Medicare or the health fund own this?`;
      },
    },
    {
      key: "b5-acct-br-pix",
      countries: ["BR"],
      make: (x) => {
        const h = (n: number): string => x.letters(n, "0123456789abcdef");
        return { text: `A família do paciente divulgou a chave PIX ${$.acct(`${h(8)}-${h(4)}-${h(4)}-${h(4)}-${h(12)}`)} pedindo doações para o tratamento e colocou minha foto no post sem autorização. Ele tem LMA e está na fila de transplante. O que fazer?`, note: "a PIX key is a payment account identifier" };
      },
    },
    {
      key: "b5-acct-es-iban",
      countries: ["ES"],
      make: (x) => {
        return `Paciente me pide que escriba en el informe su IBAN (${$.acct(K.iban("ES", x.digits(20)))}) para que la mutua le reembolse la fisioterapia. No me parece que deba ir en un informe clínico. ¿Lo incluís vosotros?`;
      },
    },
    {
      key: "b5-acct-in-bank",
      countries: ["IN"],
      make: (x) => {
        return `NGO funding patient's chemo asked me to verify bank details: SBI A/c ${$.acct(x.digits(11))}, IFSC SBIN000${x.digits(4)}. Not comfortable certifying bank details as a doctor. Should I just give a medical certificate and let them verify the rest?`;
      },
    },
    {
      key: "b5-lic-fr-permis",
      countries: ["FR"],
      make: (x) => {
        return `Visite médicale de la préfecture : patient, permis n° ${$.lic(`${x.digits(2)}${x.letters(2)}${x.digits(5)}`)}, épilepsie avec crise il y a 4 mois. Il me demande de ne pas le signaler. En France ce n'est pas à moi de le signaler, mais dois-je lui déconseiller de conduire par écrit ?`;
      },
    },
    {
      key: "b5-lic-de-fs",
      countries: ["DE"],
      make: (x) => {
        return `Fahreignung nach Schlaganfall: Patient legt seinen Führerschein vor (Nr. ${$.lic(`${x.letters(1, "BJKLMN")}${x.digits(3)}${x.letters(2)}${x.digits(1)}${x.letters(1)}${x.digits(2)}`)}) und fragt, ob er LKW fahren darf (Klasse C). Residuale Quadrantenanopsie. Das ist doch eindeutig nicht geeignet?`;
      },
    },
    {
      key: "b5-lic-au-dl",
      countries: ["AU"],
      make: (x) => {
        const p = x.p({ female: false, minYear: 1960, maxYear: 1980 });
        return `Austroads form for ${$.name(full(p))}, Vic licence no. ${$.lic(x.digits(9))}: untreated severe OSA (AHI 58, ESS 16) and he drives a semi-trailer. Conditional licence pending CPAP compliance, or unfit now? He's the family's only income.`;
      },
    },
    {
      key: "b5-lic-ie-spsv",
      countries: ["IE"],
      make: (x) => {
        return `Taxi driver (SPSV licence ${$.lic(`${x.int(10000, 99999)}`)}) with new insulin-treated diabetes. RSA rules for Group 2 on insulin - does he need a consultant endo letter or can the GP sign? He's petrified of losing the badge.`;
      },
    },
    {
      key: "b5-lic-za-firearm",
      countries: ["ZA"],
      make: (x) => {
        return `Security guard with a firearm competency certificate and licence (no. ${$.lic(`${x.digits(7)}`)}) presented after threatening his supervisor. Psychotic, cannabis. Do I report to SAPS under the Firearms Control Act, or is that the employer's job?`;
      },
    },
    {
      key: "b5-lic-us-cdl",
      countries: ["US"],
      make: (x) => {
        return `DOT exam: CDL ${$.lic(`${x.letters(1)}${x.digits(3)}-${x.digits(4)}-${x.digits(4)}`)}, 54M, insulin started last month by his PCP. New FMCSA rule allows insulin with the ITDM assessment form. Anyone done a few of these yet? What do you require?`;
      },
    },
    {
      key: "b5-lic-ca-outdoors",
      countries: ["CA"],
      make: (x) => {
        return `Hunter came in after a tree-stand fall, T12 burst fracture. His Outdoors Card (${$.lic(`7080 ${x.digits(2)}${x.digits(2)} ${x.digits(4)} ${x.digits(4)}`)}) and hunting licence were in the chart from the ambulance bag - weird thing to scan. TLSO vs fixation for a neurologically intact burst?`;
      },
    },
    {
      key: "b5-veh-es",
      countries: ["ES"],
      make: (x) => {
        return `Urgencias: accidente de moto, matrícula ${$.veh(x.plate())}, conductor de 19 con TCE y fractura de fémur, alcoholemia positiva. La Guardia Civil pide el resultado de la analítica. ¿Se lo damos sin orden judicial?`;
      },
    },
    {
      key: "b5-veh-nz",
      countries: ["NZ"],
      make: (x) => {
        return `Bit of a moral one: kid left in a hot car (plate ${$.veh(x.plate())}) outside the supermarket, temp 40.6, now fine after cooling. Mum is beside herself. Police already involved. Do I need to do an Oranga Tamariki report of concern too?`;
      },
    },
    {
      key: "b5-veh-mx",
      countries: ["MX"],
      make: (x) => {
        return `Intoxicación por monóxido: familia de 4 en una camioneta (placas ${$.veh(x.plate())}) con el motor encendido para la calefacción. La niña de 6 años con carboxihemoglobina 32%. No tenemos cámara hiperbárica. ¿O2 al 100% por cuántas horas?`;
      },
    },
    {
      key: "b5-veh-ng",
      countries: ["NG"],
      make: (x) => {
        return `Okada rider vs danfo bus (reg ${$.veh(x.plate())}), brought in by passers-by. Open skull fracture, GCS 8. No neurosurgeon in the state tonight. What can a general surgeon safely do? Elevation of the fragment?`;
      },
    },
    {
      key: "b5-veh-ar",
      countries: ["AR"],
      make: (x) => {
        return `Guardia: choque en la Panamericana, el auto (patente ${$.veh(x.plate())}) volcó. Acompañante con lesión de aorta torácica grado III, estable. ¿TEVAR urgente o diferido? Cirugía vascular de otro hospital.`;
      },
    },
    {
      key: "b5-veh-us-moto",
      countries: ["US"],
      make: (x) => {
        return `Third motorcycle amputee this summer. Latest: Harley, plate ${$.veh(`${x.digits(2)}${x.letters(3)}${x.digits(1)}`)}, hit by a car that fled. He was wearing a helmet at least. Anyone running a motorcycle-safety outreach from the trauma service?`;
      },
    },
    {
      key: "b5-veh-cn",
      countries: ["CN"],
      make: (x) => {
        return `Colleague in Beijing: e-bike vs car (${$.veh(`京${x.letters(1, "ABCEFHJKLMNPQ")}·${x.digits(5)}`)}), driver fled. The e-bike rider, 55M, has a pelvic ring fracture and a liver laceration. Angioembolisation done. Translating for him - any thoughts on VTE prophylaxis timing?`;
      },
    },
    {
      key: "b5-dev-vns",
      countries: ["CA"],
      make: (x) => {
        return `VNS generator (SenTiva, serial ${$.dev(x.digits(6))}) showing "high impedance" at interrogation. Teen with Lennox-Gastaut, more drop attacks lately. Lead fracture? X-ray first or straight to revision?`;
      },
    },
    {
      key: "b5-dev-omnipod",
      countries: ["AU"],
      make: (x) => {
        return `Omnipod 5 PDM (serial ${$.dev(`${x.letters(3)}${x.digits(7)}`)}) lost in the bush on a school camp, kid now on pens for a week. Insulet's replacement takes 10 days to the NT. Anyone have a loaner program?`;
      },
    },
    {
      key: "b5-dev-hearing",
      countries: ["DE"],
      make: (x) => {
        return `Hörgeräte (Seriennummern ${$.dev(x.digits(8))} und ${$.dev(x.digits(8))}) sind bei der Verlegung verschwunden, der Patient ist jetzt noch verwirrter. Delir durch sensorische Deprivation. Wer haftet - Station oder Transportdienst?`;
      },
    },
    {
      key: "b5-dev-wheelchair",
      countries: ["UK"],
      make: (x) => {
        return `Powered wheelchair (serial ${$.dev(`${x.letters(2)}${x.digits(8)}`)}) was repossessed by the wheelchair service because of a "missed review". Pt has MND, now stuck in bed. Any way to escalate quickly? ALS forum tells me this happens a lot.`;
      },
    },
    {
      key: "b5-dev-crtd",
      countries: ["FR"],
      make: (x) => {
        const d = x.recent();
        return `Interrogation du DAI-CRT (modèle Gallant HF, n° de série ${$.dev(x.digits(7))}) : 3 chocs appropriés pour TV le ${$.date(`${d.d}/${pad(d.m, 2)}`)}, orage rythmique. Amiodarone déjà à 200 mg. Ablation en urgence ou sédation d'abord ?`;
      },
    },
    {
      key: "b5-dev-udi",
      countries: ["US"],
      make: (x) => {
        return { text: `Implant log entry pasted for the recall question: "${$.dev(`(01)00${x.digits(12)}(17)${x.int(26, 29)}${pad(x.int(1, 12), 2)}${pad(x.int(1, 28), 2)}(21)${x.letters(3)}${x.digits(6)}${x.letters(1)}`)}" - is this one of the recalled leads? The FDA notice lists model numbers only.`, note: "full UDI string carries the device serial (21)" };
      },
    },
    {
      key: "b5-style-handover-multi",
      countries: ["UK"],
      make: (x) => {
        const a = x.p({ female: true });
        const b = x.p({ female: false });
        const c = x.p({ female: false });
        return `Med reg handover, pasted from my list (will tidy later):\n- Bay 1: ${$.name(`${a.given} ${a.family}`)}, ${$.age("91")}, LRTI, for ward-based care only, DNACPR in place\n- Bay 2: ${$.name(`${b.family}`)}, 64, DKA resolving, switch to SC insulin at breakfast\n- SR 4: ${$.name(`${c.given} ${c.family}`)}, 45, alcohol withdrawal, CIWA 18, on Pabrinex\nMain worry is bay 2 - K 3.1 on the last gas. Thoughts on the FRIII wean?`;
      },
    },
    {
      key: "b5-style-ward-table",
      countries: ["AU"],
      make: (x) => {
        const a = x.p({ female: true, minYear: 1940, maxYear: 1960 });
        const b = x.p({ female: false, minYear: 1950, maxYear: 1970 });
        return `| Bed | Pt | UR | DOB | Issue |\n|---|---|---|---|---|\n| 7 | ${$.name(`${a.family.toUpperCase()} ${a.given}`)} | ${$.mrn(`${x.int(10, 99)}/${x.digits(6)}`)} | ${$.date(dmy(a.dob))} | cellulitis, not improving on fluclox |\n| 8 | ${$.name(`${b.family.toUpperCase()} ${b.given}`)} | ${$.mrn(`${x.int(10, 99)}/${x.digits(6)}`)} | ${$.date(dmy(b.dob))} | CAP, NIV overnight |\n\nBed 7: add clindamycin or switch to cefazolin + probenecid for home?`;
      },
    },
    {
      key: "b5-style-long-case-in",
      countries: ["IN"],
      make: (x) => {
        const p = x.p({ female: true, minYear: 1985, maxYear: 1995 });
        const pl = x.pl();
        const d1 = x.recent();
        const d2 = { ...d1, d: Math.min(d1.d + 6, 28) };
        return `Case for discussion - long, please bear with me.\n\n${$.name(full(p))}, 32/F, housewife from ${$.addr(`${pl.area}, ${pl.city}`)}, MRD No. ${$.mrn(`${x.digits(2)}-${x.digits(6)}`)}, admitted on ${$.date(dmy(d1, "."))} with fever for 10 days, arthralgia, oral ulcers and a malar rash. Investigations: Hb 8.1, TLC 2,900, platelets 64,000, ANA 3+ speckled, anti-dsDNA strongly positive, C3 low. Urine: protein 3+, RBC casts. 24-hr urine protein 2.8 g. Renal biopsy done on ${$.date(dmy(d2, "."))}: class IV LN with crescents in 30%.\n\nStarted on IV methylpred 500 mg x 3, then oral pred 1 mg/kg. Cost is a big issue - MMF vs Euro-Lupus cyclophosphamide? Husband ${$.name(x.p({ female: false }).given)} works as a daily-wage labourer. Kindly suggest.`;
      },
    },
    {
      key: "b5-style-oneliner-ng",
      countries: ["NG"],
      make: (x) => {
        return `Quick one: Hosp No ${$.mrn(`${x.int(10, 99)}/${x.digits(5)}`)}, 8yo HbSS with priapism 10 hrs, aspiration done, no response. Phenylephrine dose for a child?`;
      },
    },
    {
      key: "b5-style-short-reply",
      countries: ["AU", "CA"],
      make: (x) => {
        const p = x.p({ female: true });
        return `Replying to the thread above - re your pt ${$.name(full(p))}, I think she's the one who rang our clinic yesterday from ${$.phone(x.mob(false))}. Will DM you.`;
      },
    },
    {
      key: "b5-style-bold-de",
      countries: ["DE"],
      make: (x) => {
        const p = x.p({ minYear: 1950, maxYear: 1975 });
        return `**Patient:** ${$.name(`${p.family}, ${p.given}`)}\n**Geb.-Datum:** ${$.date(dmy(p.dob, "."))}\n**Fallnr.:** ${$.acct(x.digits(9))}\n**Tel.:** ${$.phone(x.tel())}\n**Fragestellung:** Hyperkalzämie (3,4 mmol/l), PTH supprimiert, PTHrP normal, 1,25-OH-D3 erhöht. Granulomatöse Erkrankung? Lymphom? Was würdet ihr als nächstes machen?`;
      },
    },
    {
      key: "b5-style-kv-br",
      countries: ["BR"],
      make: (x) => {
        const p = x.p({ minYear: 1950, maxYear: 1970 });
        return `Encaminhamento que recebi:\nNome: ${$.name(full(p))}\nData de nascimento: ${$.date(dmy(p.dob))}\nCPF: ${$.ssn(K.cpf(x.r))}\nEndereço: ${$.addr(x.addr())}\nTelefone: ${$.phone(x.mob())}\nHD: hepatopatia crônica a esclarecer, ferritina 2.400, saturação de transferrina 85%.\nHemocromatose ou sobrecarga secundária (etilismo)? Vale a biópsia?`;
      },
    },
    {
      key: "b5-style-form-mx",
      countries: ["MX"],
      make: (x) => {
        const p = x.p({ female: true, minYear: 1975, maxYear: 1990 });
        return `Hoja de referencia (copio tal cual):\nNombre: ${$.name(fullHisp(p))}\nFecha de nacimiento: ${$.date(`${pad(p.dob.d, 2)}/${MESES[p.dob.m - 1]?.slice(0, 3) ?? "ene"}/${p.dob.y}`)}\nDomicilio: ${$.addr(x.addr())}\nTel: ${$.phone(x.tel())}\nDx: lupus con nefritis, Cr 3.2.\n¿Ciclofosfamida o micofenolato en el IMSS? No hay rituximab.`;
      },
    },
    {
      key: "b5-style-fr-bullets",
      countries: ["FR"],
      make: (x) => {
        const p = x.p({ female: false, minYear: 1945, maxYear: 1960 });
        return `Résumé pour avis :\n- M. ${$.name(`${p.family.toUpperCase()} ${p.given}`)}, né le ${$.date(dmy(p.dob))}\n- Adresse : ${$.addr(x.addr())}\n- AEG, hypercalcémie 3,1, pic monoclonal IgA kappa 32 g/L\n- Insuffisance rénale (créat 210)\nDaratumumab-VRd d'emblée ou attente de la biopsie ostéomédullaire ?`;
      },
    },
    {
      key: "b5-quasi-mp",
      countries: ["UK"],
      make: (x) => {
        const seat = x.pick(["Bristol West", "Sheffield Hallam", "Leeds Central", "Cardiff North"]);
        return { text: `Awkward: my new patient is the sitting MP for ${$.addr(seat)}, and he's just had a positive HIV test at our sexual health clinic. He's worried about the press. Beyond standard confidentiality, anything extra I should do with the record?`, note: "public role: the constituency names a place and is labelled" };
      },
    },
    {
      key: "b5-quasi-athlete",
      countries: ["IE", "NZ"],
      make: (x) => {
        const town = x.c === "IE" ? x.pick(["Ballymena", "Thurles", "Tuam", "Castlebar"]) : x.pick(["Taupo", "Masterton", "Ashburton", "Whakatane"]);
        return `Young lad who's the star of the local club in ${$.addr(town)} - everyone in town knows him - had a syncopal episode on the pitch. Echo shows septal thickness 16 mm. Athlete's heart vs HCM? Detraining for 3 months and re-image?`;
      },
    },
    {
      key: "b5-quasi-viral-video",
      countries: ["NG"],
      make: (x) => {
        return { text: `You may have seen the viral video of the man rescuing children from the flooded canal in ${$.addr(x.pick(["Ajegunle", "Makoko", "Mushin", "Oshodi"]))} - he is my patient now. Leptospirosis, AKI, jaundice. The press is at the gate. How do we protect his privacy?`, note: "the viral video is a quasi-identifier; the neighbourhood is labelled" };
      },
    },
  ],
  negatives: [
    { key: "b5n-uk-shorthand", country: "UK", text: "3/7 hx of productive cough, 2/52 of fatigue, wt loss over 2/12. Review in 6/52 with CXR. Is '2/12' confusing for the new F1s? Half of them think it's a date." , note: "UK shorthand: days, weeks, months" },
    { key: "b5n-ie-shorthand", country: "IE", text: "Abx for 5/7, r/v 1/52, bloods in 3/12. Chest clear. CRP 12. Probably viral after all." },
    { key: "b5n-gene-variants", country: "US", text: "KRAS G12C, EGFR L858R, BRAF V600E, ALK, ROS1 - our NGS panel came back with EGFR exon 20 insertion. Amivantamab + chemo first line? HLA-B27 was also positive, unrelated." },
    { key: "b5n-pharmacogenomics", country: "CA", text: "CYP2C19*2/*2 poor metabolizer post-PCI. Switch to ticagrelor obviously. Also HLA-B*58:01 negative, so allopurinol is OK. Anyone routinely genotyping before clopidogrel?" },
    { key: "b5n-staging", country: "AU", text: "pT3 N1b M0, stage III. Also Gleason 4+3=7, ISUP grade group 3, PSA 14. CT C/A/P clean. Radical prostatectomy vs RT + ADT for 6 months?" },
    { key: "b5n-trial-age", country: "UK", text: "The trial excluded anyone aged 90 or over, and the median age was 71. So how do we apply it to our 90+ patients? Extrapolate, or wait for real-world data?", note: "a trial's age limit, not a patient's age" },
    { key: "b5n-percent-90s", country: "US", text: "Sats in the low 90s on 2 L, HR in the 90s, temp 38.2. 'Looks well' per the nurse. Send home with oral antibiotics or admit?" },
    { key: "b5n-dose-90", country: "DE", text: "Ticagrelor 90 mg 2x täglich plus ASS 100 - nach 12 Monaten auf 60 mg reduzieren? PEGASUS-Daten. Patient 66, Diabetiker." },
    { key: "b5n-christmas-disease", country: "UK", text: "Christmas disease (haemophilia B) patient needing a dental extraction. Factor IX to 50% pre-op plus tranexamic acid. Anyone still call it Christmas disease in front of patients?" },
    { key: "b5n-word-names", country: "US", text: "Grace period for the new formulary is 90 days. Hope the PA team can handle the volume. Will update when I hear back from pharmacy and therapeutics." , note: "ordinary words that are also first names" },
    { key: "b5n-eponym-people", country: "FR", text: "Syndrome de Münchhausen par procuration suspecté chez un nourrisson de 8 mois. Les épisodes d'apnée n'ont lieu qu'en présence de la mère. Signalement au procureur directement ?" },
    { key: "b5n-pickwickian", country: "ZA", text: "Pickwickian presentation: BMI 58, pCO2 9.1 awake, polycythaemia Hb 19. BiPAP at home - what settings do you start with? Ondine's curse was also raised by a registrar, but that's a different thing." },
    { key: "b5n-guideline-url", country: "UK", text: "NICE NG136 (hypertension) at www.nice.org.uk/guidance/ng136 says ABPM for diagnosis. Our practice still diagnoses on clinic readings. Does anyone have a quick ABPM pathway?" , note: "public guideline URL" },
    { key: "b5n-clinicaltrials", country: "US", text: "Searching clinicaltrials.gov for a trial that will take a 74-year-old with relapsed myeloma after CAR-T. Any sites you know of that are enrolling?" },
    { key: "b5n-lab-postcode", country: "UK", text: "Send the blood films to the national reference lab at Colindale (NW9 5EQ) with the request form from their website. Turnaround about 10 days for malaria PCR.", note: "a laboratory's postcode, not a patient's" },
    { key: "b5n-hospital-zip", country: "US", text: "Our new satellite ED opens next month in the 02139 area, staffed by the main campus. Anyone had success with telestroke coverage in freestanding EDs?", note: "the hospital's ZIP code" },
    { key: "b5n-version-numbers", country: "DE", text: "Abschnitt 4.2.1.3 der S3-Leitlinie (Version 2.0.1) empfiehlt die Kontrolle nach 3 Monaten. Klingt fast wie eine IP-Adresse, ist aber nur die Gliederung." , note: "section numbers" },
    { key: "b5n-hotline-au", country: "AU", text: "Lifeline 13 11 14 and Beyond Blue 1300 22 4636 are on our discharge sheets. Also 13YARN for Aboriginal and Torres Strait Islander people. Anything else?", note: "public helplines" },
    { key: "b5n-hotline-ca", country: "CA", text: "988 is live in Canada now for suicide crisis calls and texts. Also Health Link 811 in Alberta. Has anyone noticed an effect on ED visits?" },
    { key: "b5n-hotline-es", country: "ES", text: "Línea 024 de atención a la conducta suicida desde 2022 y el 112 para emergencias. ¿Alguien ha medido si los pacientes la usan tras el alta?" },
    { key: "b5n-ng-schedule", country: "NG", text: "Our sickle cell clinic runs every Tuesday and Thursday 8am-2pm. Hydroxyurea started at 15 mg/kg, escalating every 8 weeks. How often do you check FBC during escalation?" },
    { key: "b5n-za-stats", country: "ZA", text: "Gauteng DoH data: 12,000 new TB cases last quarter, 38% HIV co-infected, 4% RR-TB. BPaLM rollout has been fast. Anyone seeing bedaquiline resistance yet?" },
    { key: "b5n-in-places", country: "IN", text: "Did my residency at CMC Vellore and now in a district hospital in Bihar. Kala-azar cases are way down. Single-dose liposomal amphotericin works brilliantly. Anyone still using miltefosine?", note: "physician's places" },
    { key: "b5n-fr-places", country: "FR", text: "Ancien interne de Lyon, maintenant à Cayenne. Le paludisme à P. vivax est fréquent ici; primaquine après dosage G6PD. Certains d'entre vous utilisent la tafénoquine ?" , note: "physician's places" },
    { key: "b5n-br-drugs", country: "BR", text: "Ozempic falsificado circulando? Vários pacientes com hipoglicemia grave após comprar canetas pela internet. ANVISA já emitiu alerta. Alguém mais viu?" },
    { key: "b5n-es-criteria", country: "ES", text: "Criterios de Light para derrame pleural: proteína 4,1/6,2, LDH 310/220. Exudado. ADA 52. ¿TB pleural sin biopsia en zona de baja prevalencia como Madrid?" , note: "ratios and the physician's region" },
    { key: "b5n-mx-guideline", country: "MX", text: "La NOM-015 y la GPC del IMSS difieren en el umbral de HbA1c para iniciar insulina. ¿Cuál usan en el primer nivel?" },
    { key: "b5n-jp-kampo", country: "JP", text: "Yokukansan for BPSD - evidence is weak but widely used in Japan. Hypokalaemia from licorice is the main risk. Anyone outside Japan prescribing Kampo?" },
    { key: "b5n-cn-procedure", country: "CN", text: "ESD vs surgery for T1a gastric cancer in elderly patients - the Chinese consensus 2023 now allows ESD for undifferentiated lesions under 2 cm. Japanese colleagues, do you agree?" },
    { key: "b5n-kr-screen", country: "KR", text: "Low-dose CT lung screening in never-smoking Korean women - our yield is surprisingly high, 1.2% adenocarcinoma. Should guidelines outside Asia consider this?" },
    { key: "b5n-vn-resistance", country: "VN", text: "Carbapenem-resistant Klebsiella is now 40% in our ICU. Colistin + meropenem or ceftazidime-avibactam if available? Most families cannot afford the latter." },
    { key: "b5n-us-zip-mention", country: "US", text: "Reminder that under Safe Harbor the first three digits of a ZIP can stay if the area has more than 20,000 people. Our IRB still asks us to drop them entirely in case reports." , note: "talk about ZIP codes without one" },
    { key: "b5n-nz-stats", country: "NZ", text: "Rheumatic fever rates in Counties Manukau are still the highest in the country. Secondary prophylaxis adherence is our biggest problem. Anyone trialled the 'bicillin at home' model?", note: "a health district in statistics, not a patient's address" },
    { key: "b5n-ca-billing", country: "CA", text: "OHIP billing code A007 vs K005 for a 30-minute counselling visit? And the new virtual care codes from December. Our billing agent is confused too." },
    { key: "b5n-ar-guardia", country: "AR", text: "Guardia de 24 h: 38 pacientes, 6 internaciones, 2 traslados. ¿Cuántos pacientes ven ustedes por guardia en hospitales públicos del conurbano?" },
    { key: "b5n-co-protocol", country: "CO", text: "Protocolo de accidente ofídico del INS: suero antiofídico polivalente, 4 ampollas para leve, 8 para moderado. ¿Alguien usa dosis mayores para Bothrops asper?" },
    { key: "b5n-cl-guideline", country: "CL", text: "Las guías GES para diabetes tipo 2 todavía no incluyen SGLT2 para todos los pacientes con ERC. ¿Cómo lo están consiguiendo en atención primaria?" },
  ],
};
