/**
 * Batch 1 of the train split: handover notes, referral letters and curbside questions across the
 * UK, Australia/NZ, Ireland, Canada, US, India, France, Germany, Spain/LatAm, Brazil, Nigeria/South
 * Africa and East Asian names, plus hard negatives.
 */
import * as K from "./check-digits";
import { MOIS, dmy, full, fullHisp, mdy, monthAbbr, monthName, ordinal, upperFamilyFirst } from "./locales";
import { $, type Batch } from "./markup";
import { pad } from "./rng";

export const batch1: Batch = {
  name: "batch-1",
  positives: [
    {
      key: "b1-uk-handover-bullets",
      countries: ["UK"],
      make: (x) => {
        const p = x.p({ minYear: 1940, maxYear: 1975 });
        const pl = x.pl();
        return `Weekend handover, happy for thoughts before I ring the reg:\n- **Pt:** ${$.name(`${p.given} ${p.family.toUpperCase()}`)}\n- **D.O.B.:** ${$.date(dmy(p.dob))}\n- **NHS no:** ${$.plan(K.nhsNumber(x.r))}\n- **Hosp #:** ${$.mrn(`${x.pick(["RXH", "K", "M", "RWE"])}${x.digits(7)}`)}\n- lives alone in ${$.addr(`${pl.area}, ${pl.post}`)}, mobile ${$.phone(x.mob(false))}\n- NSTEMI day 3, trop 2100 -> 1400, awaiting angio on the list Monday\n- new AF overnight, rate 130s, had 5 mg bisoprolol\nDOAC on top of DAPT or hold until after angio?`;
      },
    },
    {
      key: "b1-au-ur-slash",
      countries: ["AU"],
      make: (x) => {
        const p = x.p({ female: true, minYear: 1950, maxYear: 1985 });
        const pl = x.pl();
        const mc = K.auMedicare(x.r);
        return `Aussie GP here. Discharge summary came back for my pt ${$.name(`${p.family.toUpperCase()}, ${p.given}`)} (UR ${$.mrn(`${x.int(10, 99)}/${x.digits(6)}`)}), Medicare ${$.plan(`${mc.number} / ${mc.irn}`)}, ${$.addr(`${pl.area} ${pl.region} ${pl.post}`)}. They started her on spironolactone 25 for resistant HTN and K is 5.9 a week later on ramipril 10. Eplerenone instead or drop the ACEi?`;
      },
    },
    {
      key: "b1-fr-mixed",
      countries: ["FR"],
      make: (x) => {
        const p = x.p({ female: true, minYear: 1930, maxYear: 1934 });
        const pl = x.pl();
        const age = 2024 - p.dob.y;
        return `Bonjour à tous, question de gériatrie. Mme ${$.name(upperFamilyFirst(p))}, née le ${$.date(dmy(p.dob))}, ${$.age(`${age} ans`)}, vit seule au ${$.addr(`${x.street()}, ${pl.post} ${pl.city}`)}. N° de sécu ${$.ssn(K.nir(x.r, true, p.dob))}. Chutes à répétition, hypotension orthostatique (chute de 30 mmHg), sous amlodipine + indapamide. Sorry for the franglais: would you stop both or just the diuretic first? Sa fille est joignable au ${$.phone(x.mob())}.`;
      },
    },
    {
      key: "b1-de-letter",
      countries: ["DE"],
      make: (x) => {
        const p = x.p({ female: false, minYear: 1936, maxYear: 1960 });
        const pl = x.pl();
        return `Kurze Frage an die Kardiologen (English is fine): Herr ${$.name(full(p))}, geb. ${$.date(dmy(p.dob, "."))}, KVNR ${$.plan(K.kvnr(x.r))}, wohnhaft ${$.addr(`${x.street()}, ${pl.post} ${pl.city}`)}. TAVI vor 2 Jahren, jetzt neuer AV-Block II° Typ Mobitz 2 im LZ-EKG. Schrittmacher direkt oder erst EPU?`;
      },
    },
    {
      key: "b1-in-uhid",
      countries: ["IN"],
      make: (x) => {
        const p = x.p({ minYear: 1960, maxYear: 1995 });
        const pl = x.pl();
        return `Sir/Madam, need urgent opinion. Patient ${$.name(full(p))}, UHID ${$.mrn(`${x.pick(["AIIMS", "KEM", "NIMS", "PGI"])}/${x.int(2019, 2024)}/${x.digits(6)}`)}, Aadhaar ${$.ssn(K.aadhaar(x.r))}, resident of ${$.addr(`${pl.area}, ${pl.city} - ${pl.post}`)}. Snake bite (likely Russell's viper) 6 hrs back, 20WBCT positive, got 10 vials ASV, still bleeding from gums. Attendant number ${$.phone(x.mob(true))}. Repeat ASV dose how much?`;
      },
    },
    {
      key: "b1-br-pt",
      countries: ["BR"],
      make: (x) => {
        const p = x.p({ female: true, minYear: 1975, maxYear: 2000 });
        const pl = x.pl();
        return `Boa noite colegas! Caso de obstetrícia: paciente ${$.name(full(p))}, CPF ${$.ssn(K.cpf(x.r))}, cartão SUS ${$.plan(K.cns(x.r))}, prontuário nº ${$.mrn(`${x.digits(6)}-${x.digits(1)}`)}, mora em ${$.addr(`${pl.area}, ${pl.city}`)}. G3P2, 32 semanas, PA 168/112, proteinúria 3+, plaquetas 88 mil. Sulfato de magnésio já correndo. Interromper agora ou corticoide e aguardar 48h?`;
      },
    },
    {
      key: "b1-us-table",
      countries: ["US"],
      make: (x) => {
        const a = x.p({ minYear: 1945, maxYear: 1980 });
        const b = x.p({ minYear: 1945, maxYear: 1980 });
        const c = x.p({ minYear: 1928, maxYear: 1932 });
        return `Can someone sanity-check my anticoag plan for tomorrow's list?\n\n| Patient | DOB | MRN | Indication | Plan |\n|---|---|---|---|---|\n| ${$.name(`${b.family}, ${b.given}`)} | ${$.date(mdy(b.dob))} | ${$.mrn(x.digits(8))} | mech AVR | bridge w/ enox |\n| ${$.name(`${a.family}, ${a.given}`)} | ${$.date(mdy(a.dob))} | ${$.mrn(x.digits(8))} | AF, CHADS 4 | hold apixaban 48h |\n| ${$.name(`${c.family}, ${c.given}`)} | ${$.date(mdy(c.dob))} | ${$.mrn(x.digits(8))} | VTE 2 mo ago | IVC filter? |\n\nThe third one worries me most.`;
      },
    },
    {
      key: "b1-ca-keyvalue",
      countries: ["CA"],
      make: (x) => {
        const p = x.p({ minYear: 1950, maxYear: 1990 });
        const pl = x.pl();
        return `Disability tax credit form, need help with the functional section. Pasted header:\nName: ${$.name(full(p))}\nSIN: ${$.ssn(K.sin(x.r))}\nOHIP: ${$.plan(K.ohip(x.r, " "))}\nAddress: ${$.addr(`${x.street()}, ${pl.city}, ${pl.region} ${pl.post}`)}\nDx: MS, EDSS 6.0, uses a cane >100 m\nDo I tick "markedly restricted" for walking if it takes him 3x longer?`;
      },
    },
    {
      key: "b1-ie-ppsn",
      countries: ["IE"],
      make: (x) => {
        const p = x.p({ female: false, minYear: 1945, maxYear: 1990 });
        const pl = x.pl();
        return `Medical card renewal refused for ${$.name(full(p))} (PPSN ${$.ssn(K.ppsn(x.r))}), ${$.addr(`${pl.area}, ${pl.city} ${pl.post}`)} - he's on 11 meds for COPD and heart failure and can't afford them. Mobile ${$.phone(x.mob())} if anyone from the HSE side can help. Any GPs know the route for an emergency card?`;
      },
    },
    {
      key: "b1-es-dni",
      countries: ["ES"],
      make: (x) => {
        const p = x.p({ female: true, minYear: 1940, maxYear: 1970 });
        const pl = x.pl();
        return `Hola, pregunta de reumatología. Paciente ${$.name(fullHisp(p))}, DNI ${$.ssn(K.dni(x.r))}, NUSS ${$.ssn(K.nuss(x.r))}, domicilio ${$.addr(`${x.street()}, ${pl.post} ${pl.city}`)}. Arteritis de células gigantes con recaída al bajar prednisona a 10 mg. ¿Tocilizumab ya o metotrexato primero? English answers welcome.`;
      },
    },
    {
      key: "b1-ng-hosp",
      countries: ["NG"],
      make: (x) => {
        const p = x.p({ minYear: 1980, maxYear: 2005 });
        const pl = x.pl();
        return `Good day colleagues. Hosp No: ${$.mrn(`${x.pick(["LUTH", "UCH", "UNTH", "AKTH"])}/${x.int(18, 24)}/${x.digits(4)}`)}. ${$.name(full(p))}, 24yo, NIN ${$.ssn(K.nigeriaNin(x.r))}, from ${$.addr(`${pl.area}, ${pl.city}`)}. Came in with severe malaria, parasitaemia 12%, jaundiced, PCV 18%. We have artesunate but limited blood. Exchange transfusion worth it here? Mother's line ${$.phone(x.mob())}.`;
      },
    },
    {
      key: "b1-za-id",
      countries: ["ZA"],
      make: (x) => {
        const p = x.p({ minYear: 1970, maxYear: 1995 });
        const pl = x.pl();
        return `Registrar question from a regional hospital. Folder no. ${$.mrn(`${x.digits(2)}-${x.digits(6)}`)}, ID ${$.ssn(K.zaId(x.r, p.dob, p.female))}, Discovery member ${$.plan(x.digits(9))}. Pt is ${$.name(full(p))} from ${$.addr(`${pl.area}, ${pl.post}`)}: TB meningitis stage II on RHZE + pred, now hyponatraemic (Na 121). SIADH vs cerebral salt wasting - how do you tell at the bedside?`;
      },
    },
    {
      key: "b1-vn-caps",
      countries: ["VN"],
      make: (x) => {
        const p = x.p({ female: true });
        return `Dear professor, I am resident in Saigon. Patient ${$.name(`${p.family.toUpperCase()} ${p.given}`)}, ${$.age("91 tuổi")}, she has hip fracture since 3 day, family refuse surgery because she is too old. Now she have delirium and pressure sore. What is the conservative management you recommend? Her son number ${$.phone(x.mob(true))}.`;
      },
    },
    {
      key: "b1-jp-san",
      countries: ["JP"],
      make: (x) => {
        const p = x.p({ female: false, minYear: 1950, maxYear: 1970 });
        const d = x.recent();
        return { text: `Posting from Tokyo. ${$.name(p.family)}-san (${$.name(`${p.family.toUpperCase()} ${p.given}`)}) had ESD for early gastric cancer on ${$.date(`${d.y}/${pad(d.m, 2)}/${pad(d.d, 2)}`)}; pathology shows lymphovascular invasion so additional surgery is recommended. He is 68 and refuses gastrectomy. How do you counsel the risk of nodal metastasis - eCura C-2?`, note: "honorific '-san' is not part of the name span" };
      },
    },
    {
      key: "b1-kr-rrn",
      countries: ["KR"],
      make: (x) => {
        const p = x.p({ female: true, minYear: 1955, maxYear: 1975 });
        return `Korean internist here. Patient ${$.name(`${p.family} ${p.given}`)}, RRN ${$.ssn(K.krRrn(x.r, p.dob, p.female))}, mobile ${$.phone(x.mob(false))}. Incidental 2.8 cm adrenal mass, HU 28, washout 45%. Normal metanephrines, 1 mg DST cortisol 2.4. Resect or follow?`;
      },
    },
    {
      key: "b1-cn-id",
      countries: ["CN"],
      make: (x) => {
        const p = x.p({ minYear: 1960, maxYear: 1985 });
        return `Hepatology question from a colleague in Guangzhou, translated: ${$.name(`${p.family.toUpperCase()} ${p.given}`)}, ID card ${$.ssn(K.cnId(x.r, x.pick(["440106", "110105", "310104", "420106"]), p.dob, p.female))}, HBV cirrhosis on entecavir, AFP rising 12 -> 85 with a 1.6 cm LR-4 lesion. Biopsy or treat as HCC? He can be reached at ${$.phone(x.mob(true))} for the MDT.`;
      },
    },
    {
      key: "b1-age-f95",
      countries: ["UK", "AU"],
      make: (x) => {
        const p = x.p({ female: true });
        return `${$.name(`${p.given} ${p.family}`)}, F, ${$.age("95")}, care home resident, new AF with rate 140, BP 98/60. Frail but enjoys life. Digoxin load or amiodarone? She's on nothing but paracetamol and a laxative.`;
      },
    },
    {
      key: "b1-age-words",
      countries: ["US"],
      make: (x) => {
        const p = x.p({ female: false });
        return { text: `Our retired judge (yes, he still introduces himself as "Judge ${$.name(p.family)}"), ${$.age("aged ninety-four")}, asking about a PSA because his golf buddy was just diagnosed. USPSTF says no over 70. How do you have that conversation without sounding like you're writing him off?`, note: "'Judge' is a title and 'retired judge' a quasi-identifier; only the surname and age are labelled" };
      },
    },
    {
      key: "b1-lowercase-chat",
      countries: ["AU", "US"],
      make: (x) => {
        const p = x.p({ female: true });
        return `quick one pls - pt ${$.name(`${p.given.toLowerCase()} ${p.family.toLowerCase()}`)} rang the ward again asking for her results ${$.phone(x.mob(false))} shes 6 wks post partum tsh 0.02 ft4 high tpo pos no bruit. postpartum thyroiditis or graves?? dont want to miss graves`;
      },
    },
    {
      key: "b1-pacemaker",
      countries: ["US", "DE"],
      make: (x) => {
        const d = x.recent();
        const serial = x.pick([`PJN${x.digits(6)}S`, `RNB${x.digits(6)}H`, `${x.digits(8)}`, `BLF${x.digits(6)}H`]);
        const date = x.c === "DE" ? dmy(d, ".") : `${d.m}/${d.d}/${d.y}`;
        return `Device clinic conundrum: dual-chamber pacer (serial ${$.dev(serial)}) implanted ${$.date(date)}, now 8% RV pacing but she's symptomatic with exertional dyspnea. PR 320 when not paced. Pacemaker syndrome physiology from long PR? Would you shorten the AV delay and force pacing?`;
      },
    },
    {
      key: "b1-insulin-pump",
      countries: ["UK", "CA"],
      make: (x) => {
        const p = x.p({ female: true, minYear: 1995, maxYear: 2008 });
        return `${$.name(p.given)}'s pump (Medtronic 780G, SN ${$.dev(`NG${x.digits(7)}H`)}) keeps going into safe basal overnight and she wakes at 14 mmol/L. Sensor is a Guardian 4, transmitter ${$.dev(`GT${x.digits(7)}`)}. She's 17 and sick of it. Loop with a different system or tweak the target to 5.5?`;
      },
    },
    {
      key: "b1-au-firearm",
      countries: ["AU"],
      make: (x) => {
        return `Psych question from rural Australia. Farmer, 48, new major depression with passive SI, holds a firearms licence (no. ${$.lic(`${x.digits(8)}`)}) and keeps three rifles at home near ${$.addr(x.pick(["Gunnedah", "Moree", "Horsham", "Kyabram", "Narrogin", "Kingaroy"]))}. Wife ${$.name(x.p({ female: true }).given)} is supportive. Do I have to notify police under the Firearms Act or is a safety plan + removal of guns to a mate's place enough?`;
      },
    },
    {
      key: "b1-uk-vehicle",
      countries: ["UK"],
      make: (x) => {
        const p = x.p({ female: false, minYear: 1955, maxYear: 1980 });
        return `DVLA dilemma. Taxi driver, first unprovoked seizure last week, told not to drive. His cab (reg ${$.veh(x.plate())}) was parked outside the surgery this morning. Licence number ${$.lic(K.ukLicence(x.r, p.family, p.given, p.dob, false))} is on the letter he brought. Do I inform DVLA myself now or give him one more chance to self-report?`;
      },
    },
    {
      key: "b1-fax-referral",
      countries: ["IE", "US"],
      make: (x) => {
        const p = x.p();
        return `The nursing home keeps faxing obs for Mr ${$.name(p.family)} to our ward fax instead of the GP's. They've got his GP's fax as ${$.fax(x.tel(false))} on the transfer sheet, which is actually his daughter's home line. Anyone else still doing end-of-life medication changes by fax in 2024?`;
      },
    },
    {
      key: "b1-relative-email",
      countries: ["FR", "CA"],
      make: (x) => {
        const p = x.p({ female: false, minYear: 1938, maxYear: 1950 });
        const d = x.p({ female: true }, x.c);
        const user = `${d.given.toLowerCase().normalize("NFD").replace(/[^a-z]/g, "")}.${p.family.toLowerCase().normalize("NFD").replace(/[^a-z]/g, "")}`;
        return `His daughter ${$.name(`${d.given} ${p.family}`)} (${$.email(`${user}@${x.pick(["orange.fr", "free.fr", "videotron.ca", "gmail.com", "sympatico.ca"])}`)}) wants me to email her the neuropsych report directly. He has moderate Alzheimer's, MMSE 17, no mandat de protection future / POA on file. Can I?`;
      },
    },
    {
      key: "b1-fundraiser-url",
      countries: ["UK", "BR"],
      make: (x) => {
        const p = x.p({ female: true });
        const slug = `${p.given}-${p.family}`.toLowerCase().normalize("NFD").replace(/[^a-z-]/g, "");
        const url = x.c === "UK" ? `https://www.justgiving.com/crowdfunding/${slug}-cancer-fund` : `https://www.vakinha.com.br/vaquinha/tratamento-${slug}`;
        return `Awkward: the family posted ${$.url(url)} with a photo of her in our bay and quotes from my clinic letter (stage IV pancreatic, "months not years"). Do I say something to them or leave it?`;
      },
    },
    {
      key: "b1-de-ip",
      countries: ["DE"],
      make: (x) => {
        return `IT-Sicherheit meldet: Zugriff auf die Videosprechstunde meiner Patientin von ${$.ip(`${x.int(78, 95)}.${x.int(10, 250)}.${x.int(0, 255)}.${x.int(2, 250)}`)} aus, während sie stationär bei uns lag. Ex-partner is suspected (she has a protection order). Who else should I inform besides the Datenschutzbeauftragte?`;
      },
    },
    {
      key: "b1-iban-refund",
      countries: ["DE", "FR"],
      make: (x) => {
        const p = x.p({ female: true });
        const ib = x.c === "DE" ? K.iban("DE", x.digits(18)) : K.iban("FR", x.digits(10) + x.letters(1, "ABCDEFGHJK") + x.digits(10) + x.digits(2));
        const auth = x.c === "DE" ? "a Datenschutz breach we have to report to the Landesbeauftragte" : "something we have to declare to the CNIL";
        return `Admin rant: billing refunded ${$.name(full(p))}'s overpayment to the wrong IBAN (${$.acct(ib)}, which belongs to her ex-husband). She's now refusing her chemo cycle until it's sorted. Anyone know whether this is ${auth}?`;
      },
    },
    {
      key: "b1-encounter-accession",
      countries: ["US"],
      make: (x) => {
        const d = x.recent();
        return `Radiology discrepancy: Encounter # ${$.acct(x.digits(10))}, CT head from ${$.date(`${d.m}/${d.d}`)} (Accession number ${$.oid(`CT${String(d.y).slice(2)}-${x.digits(7)}`)}) read as normal overnight, final read shows a small SDH. Pt was already discharged on apixaban. Call him back in or just stop the DOAC and repeat imaging?`;
      },
    },
    {
      key: "b1-eeg-filename",
      countries: ["US", "FR"],
      make: (x) => {
        const p = x.p({ female: true, minYear: 1998, maxYear: 2010 });
        const year = x.pick([2023, 2024]);
        return { text: `Uploaded the ambulatory EEG as ${$.oid(`${p.family}_${p.given}_EEG_${year}.edf`)} - mods, apologies if the file name needs changing. 3 Hz spike-wave runs up to 12 s during hyperventilation. Teen, on no meds. Ethosuximide vs valproate vs lamotrigine for a 15-year-old girl?`, note: "file name containing the patient's name" };
      },
    },
    {
      key: "b1-tiktok-handle",
      countries: ["US"],
      make: (x) => {
        const p = x.p({ female: true, minYear: 2007, maxYear: 2010 });
        const handle = `@${p.given.toLowerCase()}${x.pick(["_", ".", ""])}${x.pick(["heals", "vibes", "xo", "recovery"])}${x.int(1, 99)}`;
        return `16yo with functional tic-like behaviours after a lot of TikTok - her own account (${$.oid(handle)}) has 40k followers and she posts her "episodes". Parents want a neurologist to say it's Tourette's. How do you explain FND to the family without them walking out?`;
      },
    },
    {
      key: "b1-nickname",
      countries: ["US", "ZA"],
      make: (x) => {
        const p = x.p({ female: false, minYear: 1955, maxYear: 1975 });
        const nick = x.c === "US" ? x.pick(["Bubba", "Tiny", "Red", "Smokey"]) : x.pick(["Boet", "Koosie", "Sticks"]);
        return { text: `"Everyone calls me ${$.name(nick)}," he said, and everyone on the ward does now. ${$.name(`${p.given} ${p.family}`)}, alcohol-related cirrhosis, Maddrey 48, Lille at day 7 is 0.51. Stop the pred? He's desperate to get home to his dogs.`, note: "a nickname is a name" };
      },
    },
    {
      key: "b1-introduced-herself",
      countries: ["UK", "IE"],
      make: (x) => {
        const p = x.p({ female: true, minYear: 1940, maxYear: 1960 });
        const nick = x.pick(["Dolly", "Peggy", "Bunny", "Queenie", "Nell"]);
        return `Lovely lady in the acute medical unit, introduced herself as "${$.name(nick)}" though her notes say ${$.name(`${p.given} ${p.family}`)}. Recurrent hyponatraemia on sertraline, Na 124, urine osm 480. She's adamant the sertraline is the only thing that's helped her grief. Switch to mirtazapine?`;
      },
    },
    {
      key: "b1-initials-occupation",
      countries: ["AU", "CA"],
      make: (x) => {
        const p = x.p({ female: false, minYear: 1945, maxYear: 1960 });
        const pl = x.pl();
        return { text: `${$.name(`${p.given.charAt(0)}.${p.family.charAt(0)}.`)}, a retired boilermaker from ${$.addr(pl.area || pl.city)}, 40 pack-years and asbestos exposure, now with a unilateral exudative effusion and pleural thickening. Thoracoscopy first or CT-guided biopsy of the thickening?`, note: "initials with an occupation; the home suburb is labelled" };
      },
    },
    {
      key: "b1-de-relatives",
      countries: ["DE"],
      make: (x) => {
        const p = x.p({ female: true, minYear: 1945, maxYear: 1960 });
        const husband = x.p({ female: false });
        const son = x.p({ female: false, minYear: 1975, maxYear: 1990 });
        return `Palliativfrage: Frau ${$.name(p.family)}, metastasiertes Ovarialkarzinom, maligne Darmobstruktion. Ihr Mann ${$.name(husband.given)} möchte "alles", der Sohn ${$.name(son.given)} (Arzt in der Schweiz) ruft täglich an und will eine PEG zur Entlastung. Venting-PEG at this stage - worthwhile, or does the family conflict say more about where we are?`;
      },
    },
    {
      key: "b1-ng-village",
      countries: ["NG"],
      make: (x) => {
        const village = x.pick(["Idi-Ayunre", "Akinyele", "Ogbere", "Lalupon"]);
        return { text: `Epidemiology question: three children with a measles-like rash and conjunctivitis, all from a village near ${$.addr("Ibadan")} called ${$.addr(village)}. None vaccinated. One has croup-like cough. Should I notify the LGA DSNO today even before IgM comes back?`, note: "named village and the nearby city of the patients' residence" };
      },
    },
    {
      key: "b1-us-rural-route",
      countries: ["US"],
      make: (x) => {
        const county = x.pick(["Harlan County", "McDowell County", "Owsley County", "Clay County"]);
        return { text: `Home health can't find my pt - address on file is "${$.addr(`RR ${x.int(1, 6)} Box ${x.int(20, 400)}`)}", ${$.addr(county)}, and the nurse drove around for an hour. She's on home inotropes (milrinone 0.25) awaiting LVAD eval. Ideas for making sure she's safe when we can't reach her?`, note: "rural route and county are each an address" };
      },
    },
    {
      key: "b1-au-pobox",
      countries: ["AU"],
      make: (x) => {
        const p = x.p({ female: true });
        return `Remote clinic here. Path results for ${$.name(full(p))} keep getting posted to ${$.addr(`PO Box ${x.int(10, 900)}, Alice Springs NT 0871`)} which she checks once a month when she comes into town. Her HbA1c is 12.6 and eGFR 38. Best way to get results to people on outstations?`;
      },
    },
    {
      key: "b1-compact-dob",
      countries: ["US", "CA"],
      make: (x) => {
        const p = x.p({ minYear: 1950, maxYear: 1990 });
        const compact = `${p.dob.y}${pad(p.dob.m, 2)}${pad(p.dob.d, 2)}`;
        return { text: `Lab interface garbled it: "PT ${$.name(`${p.family.toUpperCase()}^${p.given.toUpperCase()}`)} DOB ${$.date(compact)} SEX ${p.female ? "F" : "M"}" and the K of 7.9 got filed to the wrong chart for 6 hours. Real K on redraw 4.1. Anyone else seeing HL7 mismatches since the upgrade?`, note: "HL7-style name and compact yyyymmdd date" };
      },
    },
    {
      key: "b1-no-year-uk",
      countries: ["UK"],
      make: (x) => {
        const d1 = x.recent();
        const d2 = { ...d1, d: Math.min(d1.d + 8, 28) };
        const dow = x.pick(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]);
        return `Seen ${$.date(`${dow} ${d1.d} ${monthName(d1.m)}`)} with a hot swollen knee, aspirated - no crystals, culture negative. Back on ${$.date(`the ${ordinal(d2.d)}`)} with the other knee. CRP 180. Reactive arthritis after the diarrhoeal illness he had in the spring? He's 34 and a chef.`;
      },
    },
    {
      key: "b1-march-52",
      countries: ["US"],
      make: (x) => {
        const m = x.pick(["March", "June", "October", "December"]);
        return `He told me he was born in ${$.date(`${m} of '52`)}, "same month as the big flood", and has "never been sick a day". Now: new DVT, weight loss, platelets 600. Occult malignancy screen - how far do you go beyond CT C/A/P?`;
      },
    },
    {
      key: "b1-dob-short",
      countries: ["CA", "NZ"],
      make: (x) => {
        const p = x.p({ female: true, minYear: 1985, maxYear: 2000 });
        return `Pharmacist called re: ${$.name(`${p.given.charAt(0)}. ${p.family}`)}, DOB ${$.date(`${p.dob.d}/${p.dob.m}`)} - valproate for bipolar, now 7 weeks pregnant. She wants to keep going because lithium made her toxic last time. What's the least bad switch?`;
      },
    },
    {
      key: "b1-mayor",
      countries: ["AU", "IE"],
      make: (x) => {
        const town = x.c === "AU" ? x.pick(["Ballarat", "Dubbo", "Bunbury", "Mildura"]) : x.pick(["Ennis", "Clonmel", "Athlone", "Tralee"]);
        return { text: `Small-town problem: my new pt is the current mayor of ${$.addr(town)} and everyone in the waiting room recognised him. New diagnosis of HIV, wants nothing in the shared health record. Can I keep it out of the summary legally?`, note: "public role: only the town is labelled" };
      },
    },
    {
      key: "b1-ie-news",
      countries: ["IE"],
      make: (x) => {
        const d = x.recent();
        return { text: `You may have seen the "hero lifeguard" story in the local paper last month - that's my patient. Drowning resuscitation on ${$.date(`${d.d} ${monthName(d.m)}`)}, now 3 weeks later with ongoing exertional breathlessness, normal CXR, DLCO 62%. Post-aspiration organising pneumonia? Steroids?`, note: "the news story is a quasi-identifier and is not labelled; the event date is" };
      },
    },
    {
      key: "b1-medi-cal",
      countries: ["US"],
      make: (x) => {
        return `Medi-Cal BIC ${$.plan(K.mediCalBic(x.r))} shows "eligible" but the pharmacy rejects the GLP-1 claim, and her Medicare MBI ${$.plan(K.mbi(x.r))} is primary anyway (she's dual-eligible). Who actually pays for Ozempic in duals? BMI 38, A1c 9.1.`;
      },
    },
    {
      key: "b1-us-ssn-form",
      countries: ["US"],
      make: (x) => {
        return `SSDI form asks me to "confirm claimant SSN ${$.ssn(K.ssn(x.r))}" and then "list all functional limitations". Pt has CRPS of the right hand after a crush injury. Do you fill out the whole thing or refer to OT for an FCE?`;
      },
    },
    {
      key: "b1-us-dl",
      countries: ["US"],
      make: (x) => {
        const st = x.pick([
          () => `${x.letters(1)}${x.digits(7)}`,
          () => `${x.letters(1)}${x.digits(3)}-${x.digits(3)}-${x.digits(2)}-${x.digits(3)}-${x.digits(1)}`,
          () => `${x.digits(3)} ${x.digits(3)} ${x.digits(3)}`,
        ])();
        return `Police brought in a 22M after a crash, and the trooper left his driver's license (${$.lic(st)}) and wallet with us. BAC 0.21, GCS 13, small frontal contusion. They're asking for a blood draw without a warrant. Where do you draw the line?`;
      },
    },
    {
      key: "b1-uk-nmc-pin",
      countries: ["UK"],
      make: (x) => {
        return `Occ health dilemma: agency nurse (NMC PIN ${$.lic(`${x.digits(2)}${x.letters(1, "ABCDEFGHIJ")}${x.digits(4)}${x.letters(1, "ABCDEFGHJ")}`)}) found with IV midazolam in her bag. She's now my patient for detox. Do I have a duty to tell the NMC or is that her employer's job?`;
      },
    },
    {
      key: "b1-fr-crh",
      countries: ["FR"],
      make: (x) => {
        const p = x.p({ minYear: 1950, maxYear: 1975 });
        const d1 = x.recent();
        return `Compte rendu d'hospitalisation (extrait) :\nPatient : ${$.name(`${p.family.toUpperCase()} ${p.given}`)}\nIPP : ${$.mrn(`8${x.digits(8)}`)}  NDA : ${$.acct(x.digits(9))}\nEntrée le ${$.date(`${d1.d} ${MOIS[d1.m - 1] ?? "mai"}`)}\nDiagnostic : pneumopathie à Legionella, insuffisance rénale aiguë (créat 320)\nQuestion: levofloxacin alone or add azithro for severe Legionella? Our ID team is split.`;
      },
    },
    {
      key: "b1-mx-curp",
      countries: ["MX"],
      make: (x) => {
        const p = x.p({ minYear: 1965, maxYear: 1990 });
        const pl = x.pl();
        const c = K.curp(x.r, { paterno: p.family, materno: p.extra || "Lopez", nombre: p.given, dob: p.dob, female: p.female, state: x.pick(["DF", "JC", "NL", "YN", "OC"]) });
        return `Colegas, duda de nefrología. ${$.name(fullHisp(p))}, CURP ${$.ssn(c)}, NSS IMSS ${$.ssn(K.imssNss(x.r))}, vive en ${$.addr(`${pl.area}, ${pl.city}`)}; ERC estadio 5, no candidato a diálisis peritoneal por hernias. Lista de espera para HD en el IMSS es de meses. Alternatives while waiting?`;
      },
    },
    {
      key: "b1-cl-rut",
      countries: ["CL"],
      make: (x) => {
        const p = x.p({ female: true, minYear: 1980, maxYear: 2000 });
        const pl = x.pl();
        return `Pregunta de dermatología desde Santiago. Paciente ${$.name(fullHisp(p))}, RUT ${$.ssn(K.rut(x.r))}, ${$.addr(`${pl.area}`)}. Hidradenitis supurativa Hurley III, falló adalimumab. ¿Secukinumab o cirugía amplia primero? Celular ${$.phone(x.mob())}.`;
      },
    },
    {
      key: "b1-nz-nhi",
      countries: ["NZ"],
      make: (x) => {
        const p = x.p({ female: false, minYear: 1975, maxYear: 1995 });
        const pl = x.pl();
        return `Kia ora koutou. ${$.name(full(p))} (NHI ${$.plan(K.nzNhi(x.r))}), ${$.addr(`${x.street()}, ${pl.area}, ${pl.city} ${pl.post}`)}. Gout with tophi, urate 0.62, on allopurinol 300 but eGFR 45. Titrating up further or switch to febuxostat? Whānau keen to avoid more flares before the kapa haka season.`;
      },
    },
    {
      key: "b1-onc-long",
      countries: ["US", "UK"],
      make: (x) => {
        const p = x.p({ female: true, minYear: 1960, maxYear: 1980 });
        const d1 = x.recent();
        const d2 = { d: x.int(1, 28), m: ((d1.m + 2) % 12) + 1, y: d1.y };
        const fmt = (d: typeof d1): string => (x.c === "US" ? `${monthAbbr(d.m)}. ${d.d}` : `${d.d} ${monthAbbr(d.m)}`);
        return `Long one, sorry - would value the tumour board's view.\n\n${$.name(`${p.given} ${p.family}`)} is a 52-year-old teacher who presented on ${$.date(fmt(d1))} with a palpable left breast mass. Core biopsy: IDC grade 3, ER 10%, PR negative, HER2 0. MRI showed a 3.4 cm mass with two ipsilateral satellite lesions. She received neoadjuvant pembrolizumab + carboplatin/paclitaxel then AC per KEYNOTE-522, and underwent mastectomy and SLNB on ${$.date(fmt(d2))}. Pathology: 4 mm residual disease (RCB-I), 0/3 nodes.\n\nQuestions: (1) continue pembro adjuvantly for the full 9 cycles despite grade 2 hypophysitis? (2) capecitabine on top, given "low ER"? (3) any role for olaparib if her germline panel (pending) shows BRCA2?\n\nThanks all.`;
      },
    },
    {
      key: "b1-in-psych",
      countries: ["IN"],
      make: (x) => {
        const p = x.p({ female: true, minYear: 1990, maxYear: 2004 });
        const father = x.p({ female: false, minYear: 1955, maxYear: 1975 });
        return `Psychiatry query. 22F, ${$.name(p.given)}, first-episode psychosis after exams, on risperidone 2 mg, now galactorrhoea and amenorrhoea. Father (${$.name(`${father.given} ${p.family}`)}, ${$.phone(x.mob(false))}) is very keen on "no side effects" and wants to stop everything. Aripiprazole switch or add-on? Kindly advise.`;
      },
    },
    {
      key: "b1-ca-nicu",
      countries: ["CA"],
      make: (x) => {
        const mom = x.p({ female: true, minYear: 1985, maxYear: 2000 });
        return { text: `NICU: twins of ${$.name(full(mom))}, registered as "Baby Girl A ${$.name(mom.family)}" (MRN ${$.mrn(`${x.digits(7)}`)}) and "Baby Girl B ${$.name(mom.family)}" (MRN ${$.mrn(`${x.digits(7)}`)}), 29 weeks, TTTS after laser. Twin B has a Hb of 22 - partial exchange now or observe? Mom's cell ${$.phone(x.mob())}.`, note: "the mother's surname inside the babies' registration names is labelled each time" };
      },
    },
    {
      key: "b1-ie-ophtho",
      countries: ["IE"],
      make: (x) => {
        return `Ophthalmology/GP crossover: homonymous hemianopia after a stroke, and he drove in today (reg ${$.veh(x.plate())}). Says he only needs the car to get to mass. RSA form D501 for licence ${$.lic(`${x.digits(3)}${x.digits(3)}${x.digits(3)}`)} - do I fill it as unfit and tell him, or refer to the NDLS first?`;
      },
    },
    {
      key: "b1-es-derm-photo",
      countries: ["ES", "AR"],
      make: (x) => {
        const p = x.p({ female: true, minYear: 1990, maxYear: 2005 });
        const file = `IMG_${p.given.toLowerCase().normalize("NFD").replace(/[^a-z]/g, "")}${p.family.toLowerCase().normalize("NFD").replace(/[^a-z]/g, "")}_espalda.jpg`;
        return `Dermatoscopia adjunta (${$.oid(file)} - perdón por el nombre del archivo). Lesión asimétrica de 7 mm en la espalda, red atípica y velo azul-blanquecino. ¿Extirpación con margen de 2 mm primero? Ella tiene 26 años y su IG es ${$.oid(`@${p.given.toLowerCase().normalize("NFD").replace(/[^a-z]/g, "")}_${x.pick(["viajes", "fit", "arte"])}`)}, donde ya publicó la foto.`;
      },
    },
    {
      key: "b1-de-radiology",
      countries: ["DE"],
      make: (x) => {
        const d = x.recent();
        return `MRT Knie vom ${$.date(`${pad(d.d, 2)}.${pad(d.m, 2)}.`)} (Auftragsnummer ${$.oid(`${x.digits(10)}`)}): Korbhenkelriss Innenmeniskus, aber der Patient ist 71 mit Arthrose Kellgren-Lawrence 3. Arthroscopy or straight to physio? Our ortho colleagues never agree.`;
      },
    },
  ],
  negatives: [
    { key: "b1n-eponyms", country: "US", text: "Cushing's vs pseudo-Cushing in a heavy drinker: late-night salivary cortisol x2 elevated, 1 mg DST not suppressed. Would you repeat after 4 weeks of abstinence before a Dex-CRH test? Also Graves, Hashimoto and Addison all in her family history." },
    { key: "b1n-trials", country: "UK", text: "Does anyone still quote SPRINT for a 78-year-old with orthostatic drop? Our geriatricians cite HYVET, the cardiologists cite STEP. Target 130 or 140 for the frail?" },
    { key: "b1n-lab-table", country: "AU", text: "| Day | Na (mmol/L) | K | Cr (umol/L) | Urine osm |\n|---|---|---|---|---|\n| 1 | 118 | 3.9 | 62 | 512 |\n| 2 | 123 | 4.1 | 58 | 488 |\n| 3 | 129 | 4.0 | 60 | 301 |\n\nFluid restricted to 1 L, started urea 15 g bd on day 2. Too fast between day 2 and 3? Rise was 6 in 24 h." },
    { key: "b1n-guideline-year", country: "DE", text: "Die 2023 ESC guidelines for heart failure and KDIGO 2024 disagree on finerenone in HFpEF with CKD G3b. Anyone using it outside FIDELIO/FIGARO-type patients?" },
    { key: "b1n-historical", country: "US", text: "Teaching rounds: went through Phineas Gage, patient H.M. and Henrietta Lacks' cells with the students. Any other historical cases you use to teach consent and capacity?" },
    { key: "b1n-places-not-patient", country: "CA", text: "Trained at Mayo, now in a rural ED. Applying the Ottawa ankle rules and the Canadian C-spine rule - we don't have CT after 11 pm. How do you handle the ones that fail the rules at 2 am?" },
    { key: "b1n-conference", country: "FR", text: "Anyone going to the EHRA meeting in Lisbon on 12 May? I'm presenting our registry on TAVI in bicuspid valves (n=214). Happy to meet up." , note: "conference date and city, not tied to a patient" },
    { key: "b1n-own-name", country: "UK", text: "Thanks all for the replies on the chest drain question. For anyone who wants our trust's Seldinger drain SOP, message me here.\n\nDr Rachel Ashworth, Respiratory Consultant, St James's" , note: "posting physician's own signature" },
    { key: "b1n-clock-times", country: "US", text: "Timeline: LKW 06:10, door 07:05, CT 07:14, CTA 07:22, TNK bolus 07:31, groin puncture 08:02, TICI 3 at 08:40. NIHSS 18 -> 4 at 24 h. What are your door-to-needle numbers?" },
    { key: "b1n-doses", country: "IN", text: "Dose check please: vancomycin 25 mg/kg load then 15 mg/kg q12h, pip-tazo 4.5 g q6h extended infusion over 4 h, and meropenem 2 g q8h for CNS. Pt 64 kg, CrCl 85 mL/min." },
    { key: "b1n-scores", country: "UK", text: "CURB-65 of 2, HAS-BLED 3, CHA2DS2-VASc 5, Wells 4.5, NEWS2 7. Which do you trust when they point in different directions? Patient is 82 and lives independently." },
    { key: "b1n-icd", country: "US", text: "Coding: E11.65 vs E11.9 plus R73.9? And for CKD with diabetes do you need both E11.22 and N18.32? Our auditor flagged 40 charts." },
    { key: "b1n-age-89", country: "AU", text: "89F, independent, drives to bowls twice a week. New AF, CHA2DS2-VASc 4. Apixaban 5 bd since she's 62 kg and creatinine 88? She scored 29/30 on the MoCA and walks 90 minutes a day.", note: "age 89 is not PHI; '90 minutes' is not an age" },
    { key: "b1n-poison-control", country: "AU", text: "Reminder: the Poisons Information Centre is 13 11 26 from anywhere in Australia, 24/7. Called them last night for a toddler who chewed a clonidine tablet. They were brilliant." , note: "public service number" },
    { key: "b1n-bare-years", country: "IE", text: "Dx with ulcerative colitis in 2009, colectomy 2015, pouch since 2016. Now chronic pouchitis despite cipro/metro cycles. Vedolizumab is approved for it since 2022 - anyone using it?" , note: "bare years" },
    { key: "b1n-relative-times", country: "NG", text: "Presented 3 days ago with fever, 2 weeks of headache and neck stiffness for 24 hours. CSF: WBC 420 (90% lymphs), protein 2.1 g/L, glucose ratio 0.3. TBM until proven otherwise? We started RHZE + dexamethasone yesterday." },
    { key: "b1n-drug-names", country: "US", text: "Eliquis vs Xarelto vs Pradaxa in a patient with a Watchman planned? Cardiology wants 45 days of warfarin + aspirin, which nobody does anymore. MitraClip patients too - what's your post-procedure regimen?" },
    { key: "b1n-redacted-form", country: "UK", text: "Referral template we use (identifiers stripped for the forum):\nName: [removed]\nDOB: [removed]\nNHS no: [removed]\nPresenting complaint: 6 weeks of night sweats, 8 kg weight loss\nExam: 3 cm left supraclavicular node\nDoes this meet the 2-week-wait criteria or straight to the lymph node clinic?", note: "labels without values" },
    { key: "b1n-hospital-phone", country: "IE", text: "For anyone referring to our rapid-access chest pain clinic, the booking line is on the hospital website, or the switchboard at Beaumont can put you through. Criteria: typical angina < 4 weeks, normal ECG." },
    { key: "b1n-kawasaki", country: "JP", text: "Incomplete Kawasaki in a 9-month-old: fever 6 days, CRP 120, albumin 28, ALT 80, sterile pyuria, echo Z-score +2.3 in the LAD. IVIG 2 g/kg now even though only 2 principal criteria? Japanese colleagues, do you add prednisolone (RAISE) routinely?" },
    { key: "b1n-boston-criteria", country: "US", text: "MRI shows 14 lobar microbleeds and cortical superficial siderosis - probable CAA by the Boston criteria 2.0. He's on apixaban for AF. Watchman or stop anticoagulation altogether?" },
    { key: "b1n-numbers-lookalike", country: "DE", text: "Labor: Hb 10,2 g/dl, Leukozyten 14.300/µl, Thrombozyten 412.000/µl, CRP 8,4 mg/dl, PCT 0,12 ng/ml, INR 1,1. Pneumonie oder nicht? Röntgen unklar." , note: "German decimal/thousand separators look like dates and IDs" },
    { key: "b1n-device-model", country: "UK", text: "Abbott Aveir leadless vs Medtronic Micra AV2 for a dialysis patient with no venous access? Battery longevity estimates are 10.4 vs 16 years in the brochures. Anyone with real-world data?" , note: "device models, no serial" },
    { key: "b1n-ratios", country: "BR", text: "Gasometria: pH 7,21 / pCO2 68 / HCO3 26 / PaO2 58 com FiO2 0,40, relação P/F 145. DPOC exacerbado, VNI 16/6. Intubar ou insistir mais 1h?" , note: "blood gas values with slashes" },
    { key: "b1n-gestation", country: "ZA", text: "Primigravida at 36/40, BP 150/100, protein 2+, plt 140. Headache but no visual symptoms. Induce now or expectant to 37 weeks? We're a district hospital 200 km from the tertiary centre." , note: "'36/40' is gestation, not a date" },
  ],
};
