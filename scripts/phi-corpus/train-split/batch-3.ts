/**
 * Batch 3 of the train split: names in diaspora and surname-first orders, places smaller than a
 * state in many countries (villages, townships, rural routes, wards), dates without years or in
 * local languages, and hospital-number styles; plus hard negatives.
 */
import * as K from "./check-digits";
import { MESES, MOIS, MONATE, dmy, full, fullHisp, iso, mdy, monthAbbr } from "./locales";
import { $, type Batch } from "./markup";
import { pad } from "./rng";

export const batch3: Batch = {
  name: "batch-3",
  positives: [
    {
      key: "b3-fr-vn-name",
      countries: ["FR"],
      make: (x) => {
        const p = x.p({ female: false, minYear: 1960, maxYear: 1970 }, "VN");
        return `Hépato : M. ${$.name(`${p.family.toUpperCase()} ${p.given}`)}, 58 ans, né au Vietnam, domicilié ${$.addr(`${x.street("FR")}, 75013 Paris`)}. VHB + CHC 3 cm, Child A, plaquettes 90 G/L. Résection ou radiofréquence? Tel ${$.phone(x.mob(false, "FR"))} (sa fille traduit).`;
      },
    },
    {
      key: "b3-au-chinese-chars",
      countries: ["AU"],
      make: (x) => {
        const pairs = [["CHEN Mei", "陈美"], ["WANG Jing", "王静"], ["LIU Fang", "刘芳"], ["ZHANG Hui", "张慧"]] as const;
        const [rom, han] = x.pick(pairs);
        const pl = x.pl();
        return { text: `Interpreter booked for Mrs ${$.name(rom)} (${$.name(han)}), 76, from ${$.addr(`${pl.area} ${pl.post}`)} - new diagnosis of myeloma, IgG kappa 48 g/L, lytic lesions, Cr 160. Family wants us not to tell her the diagnosis. Cultural sensitivity vs her right to know - how do you approach this?`, note: "romanised and Chinese-script forms of the same name are both labelled" };
      },
    },
    {
      key: "b3-us-korean-goes-by",
      countries: ["US"],
      make: (x) => {
        const p = x.p({ female: false, minYear: 1975, maxYear: 1990 }, "KR");
        const eng = x.pick(["Jason", "Daniel", "Kevin", "Sam"]);
        return `Clinic note header, pasting for context: "${$.name(`${p.family}, ${p.given}`)} (goes by '${$.name(eng)}'), DOB ${$.date(mdy(p.dob))}". 42M with hypertension and flushing after 1 beer, ALDH2 deficiency presumably. Does anyone counsel on esophageal cancer risk in these patients?`;
      },
    },
    {
      key: "b3-br-japanese",
      countries: ["BR"],
      make: (x) => {
        const p = x.p({ female: false, minYear: 1940, maxYear: 1955 }, "JP");
        return `Sr. ${$.name(`${p.given} ${p.family}`)}, nissei, mora na ${$.addr("Liberdade, São Paulo")}. Gastrite atrófica com metaplasia intestinal extensa (OLGIM III). Vigilância endoscópica a cada 3 anos conforme MAPS II? A filha ${$.name(x.p({ female: true }, "BR").given)} pergunta se os irmãos também devem fazer EDA.`;
      },
    },
    {
      key: "b3-us-vn-garden-grove",
      countries: ["US"],
      make: (x) => {
        const p = x.p({ female: true, minYear: 1950, maxYear: 1960 }, "VN");
        return `Interpreter note says ${$.name(`${p.family} ${p.given}`)}, lives in ${$.addr("Garden Grove, CA 92844")} with her grandson, takes "Chinese herbs" for her joints. ALT 900, bili 8, INR 2.1. Herb-induced liver injury - anyone know which products are common in Little Saigon?`;
      },
    },
    {
      key: "b3-in-son-of",
      countries: ["IN"],
      make: (x) => {
        const p = x.p({ female: false, minYear: 1955, maxYear: 1975 });
        const father = x.p({ female: false });
        return { text: `Medico-legal case form: ${$.name(`${p.given.charAt(0)}. ${p.family}`)} S/o ${$.name(`${father.given} ${p.family}`)}, ${$.addr(`${x.pick(["Vill.", "Village"])} ${x.pick(["Rampur Kalan", "Khedi", "Bhatgaon", "Dhanaura"])}, Tehsil ${x.pick(["Jhajjar", "Sikar", "Shamli", "Mandla"])}`)}. Organophosphate ingestion, 4 hrs, pinpoint pupils, bronchorrhoea. Atropine doubling - how fast do you push?`, note: "S/o (son of): the father's name is a relative's identifier" };
      },
    },
    {
      key: "b3-ie-relatives",
      countries: ["IE"],
      make: (x) => {
        const p = x.p({ female: true, minYear: 1940, maxYear: 1955 });
        const husband = x.p({ female: false });
        const daughter = x.p({ female: true });
        return `Family meeting tomorrow re ${$.name(full(p))}: her husband ${$.name(husband.given)} wants everything done, daughter ${$.name(daughter.given)} (the nurse in the family, ${$.phone(x.mob())}) thinks she'd want comfort care. MND, FVC 35%, declining NIV. Any phrases that help when spouse and child disagree?`;
      },
    },
    {
      key: "b3-us-lowercase-dob",
      countries: ["US"],
      make: (x) => {
        const p = x.p({ minYear: 1955, maxYear: 1970 });
        return `ok so ${$.name(`${p.given.toLowerCase()} ${p.family.toLowerCase()}`)} dob ${$.date(`${p.dob.m}/${p.dob.d}/${String(p.dob.y).slice(2)}`)} back again w the same chest pain 3rd time this month trop neg x3 stress neg cath 2 yrs ago clean. pretty sure its esophageal spasm but he wont do the manometry. what else`;
      },
    },
    {
      key: "b3-quoted-name",
      countries: ["CA", "FR"],
      make: (x) => {
        const p = x.p({ female: true, minYear: 1930, maxYear: 1945 }, x.c === "CA" ? "CA" : "FR");
        return `Une patiente, "${$.name(p.given)}" (she insisted I use her first name), 84, sees little children in the corner of her room at night. No cognitive decline otherwise, VA 1/10 both eyes from AMD. Charles Bonnet syndrome - do you treat, or just reassure?`;
      },
    },
    {
      key: "b3-de-hyphen-umlaut",
      countries: ["DE"],
      make: (x) => {
        const sur = x.pick(["Müller-Lüdenscheidt", "Schäfer-Großmann", "Köhler-Weiß", "von Bülow"]);
        const son = x.pick(["Jörg", "Björn", "Sören", "Matthias"]);
        return `Frau ${$.name(sur)}, 81, Demenz mit Lewy-Körperchen, nach Haloperidol in der Notaufnahme völlig rigide, CK 2400. Der Sohn ${$.name(son)} ist außer sich (${$.phone(x.mob())}). NMS vs severe neuroleptic sensitivity - dantrolene or just supportive?`;
      },
    },
    {
      key: "b3-ar-dni",
      countries: ["AR"],
      make: (x) => {
        const p = x.p({ female: false, minYear: 1985, maxYear: 1995 });
        const pl = x.pl();
        return `Che, consulta de infecto: paciente de 34, ${$.name(fullHisp(p))}, DNI ${$.ssn(`${x.int(30, 39)}.${x.digits(3)}.${x.digits(3)}`)}, vive en ${$.addr(`${pl.area}, ${pl.city}`)}. Sífilis secundaria con compromiso ocular, VDRL 1/64. ¿Penicilina G IV 14 días o alcanza con benzatínica? El oftalmólogo dice uveítis posterior.`;
      },
    },
    {
      key: "b3-co-cedula",
      countries: ["CO"],
      make: (x) => {
        const p = x.p({ female: true, minYear: 1970, maxYear: 1985 });
        const pl = x.pl();
        return `Buenas tardes, pregunta de hemato. Paciente ${$.name(fullHisp(p))}, C.C. ${$.ssn(`${x.int(20, 52)}.${x.digits(3)}.${x.digits(3)}`)}, residente en ${$.addr(`${pl.area}, ${pl.city}`)}, EPS ${x.pick(["Sura", "Sanitas", "Nueva EPS"])}. PTT con ADAMTS13 < 5%, ya en plasmaféresis. ¿Caplacizumab está disponible para ustedes?`;
      },
    },
    {
      key: "b3-uk-referral-address",
      countries: ["UK"],
      make: (x) => {
        const p = x.p({ female: true, minYear: 1960, maxYear: 1980 });
        return `Copy of the referral (as requested):\n\nRe: Mrs ${$.name(full(p))}\n${$.addr(x.addr())}\nTel: ${$.phone(x.tel(false))}\n\nDear colleague, thank you for seeing this lady with a 4-month history of bloating and early satiety. CA-125 312. Ultrasound shows a 9 cm complex adnexal mass.\n\n...would you go for staging laparotomy or neoadjuvant first if the CT shows omental cake?`;
      },
    },
    {
      key: "b3-us-county-zip",
      countries: ["US"],
      make: (x) => {
        return { text: `Appalachian outreach clinic: 3rd case of black lung with PMF this month in men from ${$.addr("Pike County")}, one from ZIP ${$.addr(x.pick(["41501", "41572", "41562"]))}. All under 50. Anyone else seeing the resurgence? Silica from thin-seam mining, apparently.`, note: "county and ZIP tied to the patients' residence" };
      },
    },
    {
      key: "b3-ca-rural-route",
      countries: ["CA"],
      make: (x) => {
        return `Home care can't find the house for a palliative pt: "${$.addr(`RR ${x.int(1, 5)}, Site ${x.int(1, 20)}, Box ${x.int(1, 60)}, ${x.pick(["Antigonish, NS B2G 2L1", "Wetaskiwin, AB T9A 1W8", "Gimli, MB R0C 1B0"])}`)}". Pain crisis, hydromorphone SC driver running out tonight. Anyone have a rural palliative on-call trick?`;
      },
    },
    {
      key: "b3-au-moved",
      countries: ["AU"],
      make: (x) => {
        const a = x.pl();
        return `Lost to follow-up for 2 years after she moved from ${$.addr(`${a.area} ${a.post}`)} to ${$.addr(x.pick(["Toowoomba QLD 4350", "Dubbo NSW 2830", "Mildura VIC 3500", "Karratha WA 6714"]))}. Now back with HbA1c 13, eGFR 25, proliferative retinopathy. Where do you even start?`;
      },
    },
    {
      key: "b3-jp-address",
      countries: ["JP"],
      make: (x) => {
        const p = x.p({ female: false, minYear: 1945, maxYear: 1955 });
        return `Japanese colleague forwarded this transfer note: ${$.name(`${p.family.toUpperCase()} ${p.given}`)}, address ${$.addr(x.addr())}, tel ${$.phone(x.tel(false))}. Post-COVID, progressive fibrosing ILD, FVC down 12% in 6 months. Nintedanib vs pirfenidone?`;
      },
    },
    {
      key: "b3-kr-busan",
      countries: ["KR"],
      make: (x) => {
        const p = x.p({ female: true, minYear: 1980, maxYear: 1990 });
        return `Question from Busan: ${$.name(`${p.family} ${p.given}`)} (${$.addr("Haeundae-gu")}) had thyroid lobectomy for 1.2 cm PTC; path shows 3 micrometastatic nodes. Completion thyroidectomy + RAI or surveillance? She works at a fish market and can't take much time off.`;
      },
    },
    {
      key: "b3-br-favela",
      countries: ["BR"],
      make: (x) => {
        const p = x.p({ female: false, minYear: 2000, maxYear: 2008 });
        return `Adolescente de 17 anos, ${$.name(p.given)}, morador da ${$.addr(x.pick(["Rocinha", "Maré", "Cidade de Deus", "Paraisópolis"]))}, com TB pulmonar bacilífera e abandono do tratamento 2x. O agente comunitário não consegue entrar na comunidade por causa da violência. Alguém tem experiência com TDO por vídeo?`;
      },
    },
    {
      key: "b3-de-leipzig-address",
      countries: ["DE"],
      make: (x) => {
        const p = x.p({ female: true, minYear: 1935, maxYear: 1945 });
        return `Hausbesuch: ${$.name(full(p))}, ${$.addr(x.addr())}, 4. OG ohne Aufzug, bettlägerig nach Schenkelhalsfraktur, OP abgelehnt. Schmerztherapie mit Buprenorphin-Pflaster 10 µg/h reicht nicht. Wie titriert ihr bei Niereninsuffizienz (eGFR 22)?`;
      },
    },
    {
      key: "b3-es-barrio",
      countries: ["ES"],
      make: (x) => {
        const p = x.p({ female: false, minYear: 1975, maxYear: 1990 });
        return `Atención primaria: ${$.name(`${p.given} ${p.family}`)}, 38, vive en el barrio de ${$.addr(x.pick(["Lavapiés", "El Raval", "Las Tres Mil Viviendas", "Orcasitas"]))}, sin papeles, con VIH diagnosticado hace 3 días (CD4 90). ¿Cómo le conseguís TAR sin tarjeta sanitaria? Tengo su móvil (${$.phone(x.mob())}) pero no siempre contesta.`;
      },
    },
    {
      key: "b3-ng-festac",
      countries: ["NG"],
      make: (x) => {
        const p = x.p({ female: true, minYear: 1990, maxYear: 2000 });
        return `Postpartum haemorrhage referral from a private clinic: ${$.name(full(p))}, ${$.addr(`${x.int(1, 7)}th Avenue, House ${x.int(1, 40)}, Festac Town, Lagos`)}. Received 4 units, still oozing, fibrinogen not available here. Is cryo from the blood bank worth the 3 hour wait, or TXA repeat and go to theatre?`;
      },
    },
    {
      key: "b3-nz-rd",
      countries: ["NZ"],
      make: (x) => {
        const p = x.p({ female: false, minYear: 1950, maxYear: 1965 });
        return `Rural GP up north. ${$.name(p.given)}, 66, ${$.addr(`RD ${x.int(1, 4)}, ${x.pick(["Kaikohe", "Kaitaia", "Dargaville", "Ruatoria"])}`)}, 2 hours from the nearest hospital, had a STEMI, we thrombolysed at 40 min. Now pain-free, ST resolution 60%. Transfer for angio in 24h anyway?`;
      },
    },
    {
      key: "b3-vn-phuong",
      countries: ["VN"],
      make: (x) => {
        const p = x.p({ female: false, minYear: 1965, maxYear: 1980 });
        return `Xin chào các bác sĩ. BN ${$.name(`${p.family} ${p.given}`)}, 52 tuổi, ở ${$.addr(x.addr())}. Melioidosis? Cấy máu Burkholderia pseudomallei, áp xe gan và lách. Ceftazidime 2 tuần đủ chưa hay phải meropenem? English replies OK.`;
      },
    },
    {
      key: "b3-za-township",
      countries: ["ZA"],
      make: (x) => {
        return `Community health worker brought in a child from ${$.addr(`Section ${x.pick(["K", "BB", "U", "G"])}, ${x.pick(["Umlazi", "KwaMashu", "Khayelitsha"])}`)} with kwashiorkor, oedema to the knees, flaky paint dermatosis. HIV test pending. F-75 now or resomal first? She has some diarrhoea.`;
      },
    },
    {
      key: "b3-us-compact-mmddyyyy",
      countries: ["US"],
      make: (x) => {
        const p = x.p({ minYear: 1945, maxYear: 1960 });
        return `Insurance portal wants DOB as MMDDYYYY and I typed ${$.date(`${pad(p.dob.m, 2)}${pad(p.dob.d, 2)}${p.dob.y}`)} for my pt but it matched someone else. Anyway, the PA for her Prolia is denied because "no fragility fracture" - she has a T-score of -3.8. Appeal language that works?`;
      },
    },
    {
      key: "b3-uk-dd-mm-yy",
      countries: ["UK"],
      make: (x) => {
        const d = x.recent();
        return `Bloods from ${$.date(`${pad(d.d, 2)}-${pad(d.m, 2)}-${String(d.y).slice(2)}`)}: ALP 890, GGT 420, bili normal. AMA negative, IgG4 2.1. MRCP shows beading. PSC vs IgG4 cholangiopathy - trial of steroids to tell them apart?`;
      },
    },
    {
      key: "b3-us-sept",
      countries: ["US"],
      make: (x) => {
        const abbr = x.pick(["Sept.", "Oct.", "Aug.", "Feb."]);
        const d = x.int(2, 28);
        return `Pt says she "felt fine until ${$.date(`${abbr} ${d}`)}" then developed ascending paresthesias over 3 days. Areflexic now, NIF -30. GBS - IVIG vs PLEX? Our hospital only has IVIG and we're an hour from anyone with apheresis.`;
      },
    },
    {
      key: "b3-fr-le-3-mars",
      countries: ["FR"],
      make: (x) => {
        const d = x.recent();
        return `Patient vu le ${$.date(`${d.d} ${MOIS[d.m - 1] ?? "mars"}`)} pour une éruption vésiculeuse du flanc, zona confirmé, valaciclovir débuté à J5. Il revient aujourd'hui avec une parésie faciale homolatérale? Non - controlatérale. Ramsay Hunt atypique ou autre chose? IRM ?`;
      },
    },
    {
      key: "b3-de-am-14-maerz",
      countries: ["DE"],
      make: (x) => {
        const d = x.recent();
        return `Patient kam am ${$.date(`${d.d}. ${MONATE[d.m - 1] ?? "März"}`)} mit Dyspnoe, D-Dimer 4,2, CT: zentrale LAE beidseits, RV/LV 1,3, Troponin positiv. Intermediär-hoch. Lyse nur bei Verschlechterung oder Katheter-gestützte Therapie primär?`;
      },
    },
    {
      key: "b3-es-5-de-mayo",
      countries: ["ES", "MX"],
      make: (x) => {
        const d = x.recent();
        return `Ingresó el ${$.date(`${d.d} de ${MESES[d.m - 1] ?? "mayo"}`)} por fiebre y dolor lumbar; hemocultivos con S. aureus sensible, RM con espondilodiscitis L3-L4 y absceso del psoas de 4 cm. ¿Drenaje percutáneo o solo antibiótico 6 semanas?`;
      },
    },
    {
      key: "b3-br-dia",
      countries: ["BR"],
      make: (x) => {
        const d = x.recent();
        return `Paciente internada desde o dia ${$.date(`${pad(d.d, 2)}/${pad(d.m, 2)}`)} com leptospirose, síndrome de Weil, creatinina 6,8 e hemorragia pulmonar. Hemodiálise já iniciada. Alguém usa pulsoterapia nesses casos de hemorragia alveolar?`;
      },
    },
    {
      key: "b3-us-iso-timestamp",
      countries: ["US"],
      make: (x) => {
        const d = x.recent();
        return `From the MAR export: "${$.date(iso(d))}T03:14 insulin glargine 40 units administered" - but he was NPO for surgery and the order was for 20. BG 38 at 06:00. Who owns these errors when the order set defaults to home dose?`;
      },
    },
    {
      key: "b3-jp-kanji-date",
      countries: ["JP"],
      make: (x) => {
        const d = x.recent();
        return `Referral letter (translated): "${$.date(`${d.y}年${d.m}月${d.d}日`)} 初診" - first visit for hematuria, cystoscopy showed a 3 cm papillary tumour. TURBT: T1 high grade with CIS. BCG induction + maintenance, or early cystectomy? Patient is 61 and very active.`;
      },
    },
    {
      key: "b3-uk-lmp-edd",
      countries: ["UK", "IE"],
      make: (x) => {
        const lmp = x.recent();
        const edd = { d: Math.min(lmp.d + 7, 28), m: ((lmp.m + 8) % 12) + 1, y: lmp.y };
        return `Booking bloods: LMP ${$.date(`${pad(lmp.d, 2)}/${pad(lmp.m, 2)}/${String(lmp.y).slice(2)}`)}, EDD by scan ${$.date(`${pad(edd.d, 2)}/${pad(edd.m, 2)}/${String(edd.y + (edd.m < lmp.m ? 1 : 0)).slice(2)}`)}. TSH 6.2 on levothyroxine 75, TPO positive. Increase by 25 mcg or 2 extra tablets a week? Repeat in 4 weeks?`;
      },
    },
    {
      key: "b3-au-date-range",
      countries: ["AU"],
      make: (x) => {
        const m = monthAbbr(x.int(1, 12));
        const a = x.int(2, 15);
        return { text: `Admitted ${$.date(`${a}-${a + 4} ${m}`)} with Murray Valley encephalitis? Serology came back positive after discharge. Now readmitted with flaccid paralysis of the left arm. Any prognostic markers on MRI? He's a 26yo stationhand from the Kimberley.`, note: "a date range without a year" };
      },
    },
    {
      key: "b3-us-fourth-of-july",
      countries: ["US"],
      make: () => `Pt was literally born on ${$.date("the Fourth of July")} and now, 70 years later, loses three fingers to a firework he was holding for his grandson. Hand surgery did what they could. Tetanus and abx covered. Any good data on firework injury prevention messaging?`,
    },
    {
      key: "b3-ie-died",
      countries: ["IE"],
      make: (x) => {
        const p = x.p({ female: false, minYear: 1950, maxYear: 1970 });
        const d = x.recent();
        return `Coroner's query re ${$.name(full(p))}, died ${$.date(`${d.d}/${d.m}`)} at home, known alcohol excess, found by his brother ${$.name(x.p({ female: false }).given)}. Last seen by me 3 weeks prior with a GI bleed. Do I sign the cert or refer?`;
      },
    },
    {
      key: "b3-ca-record-no",
      countries: ["CA"],
      make: (x) => {
        return `Anyone from Nova Scotia know who to call at the lab? Record no. ${$.mrn(`${x.digits(4)}-${x.digits(3)}-${x.digits(1)}`)} shows a ferritin of 1,900 and transferrin sat 82%, but the lab lost the HFE genotype sample. Repeat it, or phlebotomize based on iron studies alone?`;
      },
    },
    {
      key: "b3-us-chart-num",
      countries: ["US"],
      make: (x) => {
        return `Chart #: ${$.mrn(`${x.letters(1)}${x.digits(7)}`)} - 58F, sarcoid, hypercalcemia 12.8, 1,25-vit D high. Pred 20 and Ca normalized, but now steroid-induced diabetes. Hydroxychloroquine or ketoconazole as a steroid-sparing agent for the hypercalcemia?`;
      },
    },
    {
      key: "b3-in-ipno",
      countries: ["IN"],
      make: (x) => {
        const p = x.p();
        return `${$.name(full(p))}, IP No. ${$.mrn(`${x.int(22, 24)}/IP/${x.digits(5)}`)}, Ward 5 Bed 23. Scrub typhus with ARDS, on doxy + azithro, now day 4 still febrile, SpO2 88% on 10 L. Add IV azithro or switch to rifampicin? Eschar present in groin.`;
      },
    },
    {
      key: "b3-uk-scotland-chi",
      countries: ["UK"],
      make: (x) => {
        const p = x.p({ minYear: 1950, maxYear: 1970 });
        return `Scottish colleagues: CHI ${$.plan(K.chiNumber(x.r, p.dob))}, unit no. ${$.mrn(`${x.letters(1, "GHZ")}${x.digits(6)}`)} - 60-odd, recurrent C. diff despite fidaxomicin. FMT capsules accessible through NHS GGC? Or bezlotoxumab?`;
      },
    },
    {
      key: "b3-au-urn",
      countries: ["AU"],
      make: (x) => {
        const p = x.p({ female: true, minYear: 1990, maxYear: 2002 });
        return `ED pharmacist flagged URN ${$.mrn(x.digits(7))}: ${$.name(p.given)}, 27, 40 tabs of quetiapine 300 mg, now GCS 9, HR 130, QTc 490. Intubate early for airway or watch? Charcoal too late at 5 h?`;
      },
    },
    {
      key: "b3-de-pid",
      countries: ["DE"],
      make: (x) => {
        return `Patienten-ID ${$.mrn(`1${x.digits(8)}`)}: Hepatitis-E-Reaktivierung unter Rituximab, HEV-RNA hoch, Transaminasen 10x. Ribavirin 600 mg für 3 Monate? Erfahrungen mit Immunsupprimierten?`;
      },
    },
    {
      key: "b3-es-nhc",
      countries: ["ES"],
      make: (x) => {
        const p = x.p({ female: true });
        return `NHC ${$.mrn(x.digits(7))}, ${$.name(fullHisp(p))}: embarazo de 12 semanas y diagnóstico de cáncer de cérvix IB2. El comité propone quimio neoadyuvante y cesárea-histerectomía a las 34. ¿Alguien con experiencia en esto?`;
      },
    },
    {
      key: "b3-ie-mrn",
      countries: ["IE"],
      make: (x) => {
        return `MRN ${$.mrn(`${x.digits(7)}`)} at a Dublin hospital has two different blood groups on file (O neg and A pos). Pt is a 40F going for a hysterectomy next week. Has anyone seen this after a bone marrow transplant? She says she's never had one.`;
      },
    },
    {
      key: "b3-za-hosp-no",
      countries: ["ZA"],
      make: (x) => {
        const p = x.p({ female: false, minYear: 1985, maxYear: 1998 });
        return `${$.name(full(p))}, hosp no. ${$.mrn(`${x.digits(8)}`)}, admitted with cryptococcal meningitis, CrAg 1:2560, OP 38 cm H2O. Therapeutic LPs daily but he keeps pulling out the cannula and refusing. How many LPs before a lumbar drain?`;
      },
    },
    {
      key: "b3-fr-chambre",
      countries: ["FR"],
      make: (x) => {
        const p = x.p({ female: true, minYear: 1935, maxYear: 1950 });
        return `Transmission de garde (extrait) :\n- ${$.name(`${p.family.toUpperCase()} ${p.given}`)}, ch. 12, née le ${$.date(dmy(p.dob))} : EP sous HNF, anti-Xa 0,9\n- Saignement au point de ponction radial\nOn diminue l'HNF ou on change pour HBPM ? Elle a une clairance à 28.`;
      },
    },
  ],
  negatives: [
    { key: "b3n-eponym-syndromes", country: "US", text: "Takayasu vs giant cell arteritis in a 48-year-old? She has arm claudication and a subclavian stenosis. Also Raynaud's. ESR 60. Kikuchi was on the differential for the nodes earlier." },
    { key: "b3n-eponym-signs", country: "UK", text: "Trousseau and Chvostek both positive, corrected Ca 1.7, Mg 0.4 post thyroidectomy. Replace Mg first, then Ca? The ward keeps giving calcium gluconate bolus after bolus." },
    { key: "b3n-eponym-names-mixed", country: "AU", text: "Reiter's, Wegener's and Churg-Strauss - are you still using the eponyms with students or only ReA, GPA and EGPA? Our professor gets cross either way." },
    { key: "b3n-lab-table-2", country: "UK", text: "| Test | Result | Ref |\n|---|---|---|\n| Ferritin | 1,942 ug/L | 30-400 |\n| TSAT | 84 % | 20-50 |\n| ALT | 66 U/L | <40 |\n| HbA1c | 61 mmol/mol | <42 |\n\nHFE C282Y homozygous. Venesection weekly until ferritin < 50, or is that outdated?" },
    { key: "b3n-ecg-table", country: "DE", text: "EKG: SR 52/min, PQ 240 ms, QRS 118 ms, QTc 468 ms, Lagetyp überdreht links. Bifaszikulärer Block + AV I°. Synkope beim Treppensteigen. Schrittmacher ohne EPU?" },
    { key: "b3n-vitals-chart", country: "IN", text: "Vitals chart:\n08:00 BP 88/50 HR 124 SpO2 94%\n10:00 BP 96/58 HR 118 SpO2 95%\n12:00 BP 102/64 HR 108 SpO2 96%\nDengue shock, hematocrit 48 -> 42 after 20 ml/kg. Continue crystalloid at 10 ml/kg/h?", note: "clock times and vitals" },
    { key: "b3n-guidelines-2", country: "CA", text: "Hypertension Canada 2020 vs ACC/AHA 2017 vs ESH 2023 - three different thresholds for stage 1. Which are you using for a 45-year-old with no other risk factors?" },
    { key: "b3n-guidelines-3", country: "FR", text: "Les recommandations HAS 2022 et ESC 2023 divergent sur le dépistage de la FA après AVC. Holter 72h systématique ou moniteur implantable d'emblée ?" },
    { key: "b3n-historical-2", country: "DE", text: "Alois Alzheimer's first patient, Auguste Deter, was 51. We had a 51-year-old this week with early-onset AD, PSEN1 positive. The history lesson helped the family more than I expected.", note: "historical patient from the literature" },
    { key: "b3n-historical-3", country: "US", text: "Anyone else teach with Typhoid Mary (Mary Mallon) for asymptomatic carriage? Our med students had never heard of her. Then we talk about the ethics of isolation.", note: "historical patient" },
    { key: "b3n-places-criteria", country: "US", text: "San Francisco syncope rule negative, Canadian syncope risk score -1. Discharge from the ED or admit for telemetry? 68-year-old with a single episode while standing in church." },
    { key: "b3n-places-other", country: "UK", text: "Did my fellowship in Toronto, now a consultant in Leeds. Is the Manchester triage system used anywhere outside the UK? Our Canadian colleagues use CTAS." },
    { key: "b3n-conference-2", country: "AU", text: "Who's coming to the ANZICS meeting in Hobart on 18 October? I'll be talking about our ECMO retrieval data, 2019-2023, 212 runs." , note: "conference date and city" },
    { key: "b3n-publication-date", country: "US", text: "The ARREST trial (Lancet, published 14 November 2020) showed ECMO-facilitated resuscitation improved survival. Anyone running an ECPR program outside a trial?" , note: "publication date" },
    { key: "b3n-ages-le-89", country: "UK", text: "Geriatric clinic this morning: 86F, 88M, 79F, 84M, and an 89-year-old who drove herself in. Frailty scores 4-6. How many of you use the Clinical Frailty Scale in clinic letters?" },
    { key: "b3n-age-89-words", country: "IE", text: "Eighty-nine-year-old, sharp, independent, with a new 4 cm renal mass. Active surveillance vs cryoablation? Nephrectomy seems a lot at that age." , note: "89 is not an identifier" },
    { key: "b3n-ninety-days", country: "US", text: "90-day readmission rate after TAVR at our place is 14%. Is that high? Benchmarks I've seen range from 10 to 20%. Mostly HF and bleeding." },
    { key: "b3n-mg-ml", country: "NG", text: "Artesunate 2.4 mg/kg IV at 0, 12, 24 h then daily. For a 92 kg man that's 220 mg per dose. Do you round to vials (60 mg) and give 240?" , note: "92 kg is a weight" },
    { key: "b3n-phone-like", country: "US", text: "Troponin 0.012 -> 0.045 -> 0.118 ng/mL over 6 h. 3-hour delta 0.033. Type 2 MI from anemia (Hb 6.8) or NSTEMI? Transfuse and repeat?" },
    { key: "b3n-icd-codes-2", country: "DE", text: "Kodierfrage: I50.14 oder I50.19 für HFrEF mit Dekompensation? Und N17.9 plus N18.3 gleichzeitig? Unser MD kürzt ständig." },
    { key: "b3n-cpt", country: "US", text: "Is 99497 billable on the same day as 99233 when I do a 30 minute goals-of-care discussion in the hospital? Our compliance office says yes with modifier 25." },
    { key: "b3n-dose-times", country: "JP", text: "Tacrolimus trough 12.4 ng/mL at 08:00 (dose at 20:00 previous day). Target 8-10. Reduce from 3 mg bid to 2.5 mg bid?" },
    { key: "b3n-famous-2", country: "BR", text: "Todo ano alguém pergunta sobre o Pelé e o câncer de cólon na aula de rastreamento. Bom gancho para falar de colonoscopia aos 45." , note: "famous person" },
    { key: "b3n-postcode-lottery", country: "UK", text: "The postcode lottery for IVF funding is getting worse - some ICBs offer 3 cycles, others none. Anyone lobbying their ICB successfully?", note: "no postcode given" },
    { key: "b3n-zip-generic", country: "US", text: "Our health system is stratifying outreach by ZIP code and area deprivation index. Has anyone validated ADI against actual social needs screening?", note: "no code given" },
    { key: "b3n-own-phone", country: "CA", text: "Community paramedics in our region can now do home IV antibiotics. If you're a family doc in the Halifax area and want to refer, call our program line at the QEII switchboard and ask for the paramedic lead.", note: "service contact, not a patient" },
    { key: "b3n-hospital-address", country: "AU", text: "New hyperbaric unit is open at the Alfred. Referrals through the usual switchboard. Indications list hasn't changed: DCI, CO poisoning with LOC, radiation proctitis, necrotising soft tissue infection.", note: "hospital location" },
    { key: "b3n-mr-x", country: "IN", text: "Patient X (name withheld), 45M, known case of DM and HTN, came with left-sided weakness since morning. NIHSS 14, CT no bleed, within 3 hours. Tenecteplase 0.25 mg/kg available. Any contraindication with BP 186/104?", note: "placeholder" },
    { key: "b3n-score-slashes", country: "ES", text: "Glasgow 11/15, Apgar 7/9, RASS -2, CAM-ICU positivo. ¿Dexmedetomidina o haloperidol para el delirio hipoactivo? Es un post-operatorio de cirugía cardiaca." },
    { key: "b3n-anatomy-numbers", country: "US", text: "Level II-III neck dissection, 24 nodes, 2 positive (2/24), ENE absent. pT2N1. Adjuvant RT alone or chemo-RT? HPV-negative oral tongue." , note: "'2/24' is a node ratio" },
    { key: "b3n-kr-medical", country: "KR", text: "Korean national health screening found H. pylori in 60% of our 40s cohort. Do you test and treat everyone, or only with atrophic gastritis on endoscopy?" },
    { key: "b3n-jp-guideline", country: "JP", text: "JCS 2023 guideline on atrial fibrillation now lists catheter ablation as class I for HFrEF. Are Japanese centres actually doing more ablations in heart failure?" },
    { key: "b3n-vn-treatment", country: "VN", text: "Bộ Y tế 2023 guideline for sepsis in children recommends early norepinephrine. In our provincial hospital we only have dopamine. Is dopamine acceptable as first line?" },
    { key: "b3n-ng-drug", country: "NG", text: "Coartem, Lonart, P-Alaxin - many patients self-treat before coming. Any data on artemisinin resistance in West Africa yet? Our RDT positivity is 38% this season." },
    { key: "b3n-za-protocol", country: "ZA", text: "Dept of Health 2023 ART guidelines: TLD for everyone, including women of childbearing potential. Still seeing some clinics keep women on TEE. Why?" },
  ],
};
