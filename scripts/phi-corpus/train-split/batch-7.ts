/**
 * Batch 7 of the train split: writing voices the earlier batches do not use (phone dictation with
 * speech-to-text slips, a Nigerian house officer's handover, Portuguese-English and French-syntax
 * English, an Indian consultant's formal case summary, a German Oberarzt's terse notes, East Asian
 * fellows writing names family-first and in native script, a US NP's SOAP note, Spanish and Latin
 * American internists, UK/Irish referral letters, rural Australian and South African registrars),
 * names in hard positions (after verbs, possessives, quotes, particles, hyphens, lower case, spelled
 * out), ages over 89 and patient dates in many shapes; plus hard negatives in the same voices.
 */
import * as K from "./check-digits";
import { MESES, MESES_PT, MOIS, MONATE, dmy, full, fullHisp, mdy, monthAbbr, monthName, ordinal, type Dob } from "./locales";
import { $, type Batch } from "./markup";
import { pad } from "./rng";

const at = (xs: readonly string[], i: number): string => xs[i] ?? "";
/** "K-O-W-A-L" as a caller spells a surname down the phone. */
const spell = (s: string): string => s.toUpperCase().replace(/[^A-Z]/g, "").split("").join("-");
const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const dMonY = (d: Dob): string => `${pad(d.d, 2)}-${monthAbbr(d.m)}-${d.y}`;

/** Names the locale lists lack: family names with particles and names from diaspora communities. */
const ARABIC = { m: ["Mohammed", "Yousef", "Khalid", "Omar", "Hassan", "Tariq"], f: ["Fatima", "Aisha", "Mariam", "Layla", "Noor", "Huda"], family: ["Al-Rashid", "al-Harbi", "El-Sayed", "Abdel-Rahman", "Haddad", "Khoury", "bin Hamid", "Al Mansouri", "Saleh", "Abu Bakr"] };
const DUTCH = ["van den Berg", "de Vries", "van Niekerk", "du Plessis", "Janse van Rensburg", "van Wyk", "de Klerk", "van der Walt"];
const POLISH = { m: ["Krzysztof", "Tomasz", "Grzegorz", "Wiesław"], f: ["Agnieszka", "Małgorzata", "Bożena", "Jadwiga"], familyM: ["Wojciechowski", "Zieliński", "Szczepański", "Przybylski"], familyF: ["Kowalska", "Wiśniewska", "Dąbrowska", "Grabowska"] };
const TURKISH = { m: ["Mehmet", "Hüseyin", "Mustafa", "İbrahim"], f: ["Ayşe", "Emine", "Fatma", "Zeynep"], family: ["Yılmaz", "Öztürk", "Demir", "Çelik", "Şahin", "Aydın", "Kaya", "Doğan"] };
const ITALIAN = { m: ["Giuseppe", "Salvatore", "Vincenzo", "Antonino"], f: ["Carmela", "Rosaria", "Concetta", "Graziella"], family: ["De Luca", "Esposito", "Di Stefano", "Lo Presti", "D'Angelo", "La Rosa", "Dell'Aquila", "Caruso"] };
const FILIPINO = { m: ["Ronaldo", "Jun", "Rogelio", "Danilo"], f: ["Maria Luisa", "Rowena", "Marites", "Editha", "Lourdes"], family: ["dela Cruz", "Bautista", "Macaraeg", "Dimaculangan", "Santos", "Villanueva", "de Guzman", "Pangilinan"] };
/** [family, given, native script, female]. */
type Native = [string, string, string, boolean];
const JP_NATIVE: Native[] = [
  ["Tanaka", "Shigeru", "田中 茂", false], ["Watanabe", "Isamu", "渡辺 勇", false], ["Ito", "Fumiko", "伊藤 文子", true], ["Nakamura", "Tadashi", "中村 正", false],
  ["Kobayashi", "Setsuko", "小林 節子", true], ["Kato", "Kiyoshi", "加藤 清", false], ["Yoshida", "Hisako", "吉田 久子", true], ["Inoue", "Sachiko", "井上 幸子", true],
];
const CN_NATIVE: Native[] = [
  ["Chen", "Jianguo", "陈建国", false], ["Yang", "Xiulan", "杨秀兰", true], ["Zhao", "Zhiqiang", "赵志强", false], ["Huang", "Lihua", "黄丽华", true],
  ["Zhou", "Guoping", "周国平", false], ["Wu", "Shufen", "吴淑芬", true], ["Sun", "Guifang", "孙桂芳", true], ["Ma", "Desheng", "马德胜", false],
];
const KR_NATIVE: Native[] = [
  ["Jung", "Soon-ja", "정순자", true], ["Kang", "Young-ho", "강영호", false], ["Yoon", "Mi-kyung", "윤미경", true], ["Jang", "Dong-su", "장동수", false],
  ["Lim", "Jung-hee", "임정희", true], ["Han", "Sang-cheol", "한상철", false], ["Oh", "Myung-sook", "오명숙", true], ["Seo", "Jae-hyun", "서재현", false],
];
const VN_NATIVE = { m: ["Hoàng Văn Thắng", "Bùi Minh Tuấn", "Đỗ Quốc Bảo", "Trương Văn Lộc"], f: ["Đặng Thị Lan", "Võ Thị Thu Hà", "Huỳnh Thị Mỹ", "Lý Thị Kim Oanh"] };
/** Native-script names of one sex. */
const ofSex = (xs: Native[], female: boolean): Native[] => xs.filter((n) => n[3] === female);

export const batch7: Batch = {
  name: "batch-7",
  positives: [
    // --- Dictation and handover voices ---------------------------------------------------------
    {
      key: "b7-dictation-phone",
      countries: ["UK", "AU", "IE"],
      make: (x) => {
        const p = x.p({ minYear: 1938, maxYear: 1960 });
        const pl = x.pl();
        return { text: `(dictated on my phone between patients, sorry) ok so this is ${$.name(`${p.given.toLowerCase()} ${p.family.toLowerCase()}`)} full stop date of birth ${$.date(`${ordinal(p.dob.d)} of ${monthName(p.dob.m)} ${p.dob.y}`)} full stop lives with ${x.pick(["her husband", "his wife", "a carer twice a day"])} in ${$.addr(pl.area || pl.city)} new paragraph came in with ${x.pick(["a fall and a new AKI", "rigors and a creatinine of 310", "three days of vomiting and a sodium of 119"])} comma on ${x.pick(["ramipril and furosemide", "lithium and bendroflumethiazide", "metformin and an SGLT2 inhibitor"])} question mark would you restart anything before discharge`, note: "speech-to-text transcript: lower-case name and spoken punctuation" };
      },
    },
    {
      key: "b7-dictation-90-for",
      countries: ["US", "AU"],
      make: (x) => {
        const p = x.p({ female: x.chance(0.5) });
        return { text: `Voice-to-text mangled my note so apologies: "pt is a ${$.age("90 for year old")} ${p.female ? "female" : "male"} from the nursing home brought in by EMS for altered mental status, family member ${$.name(`${x.p().given} ${p.family}`)} at bedside." Anyway - UA positive, afebrile, WBC 9. Do you treat ASB in delirium or look harder for another cause?`, note: "'90 for' is dictation software's rendering of 'ninety-four'" };
      },
    },
    {
      key: "b7-dictation-spelled",
      countries: ["UK", "US"],
      make: (x) => {
        const p = x.p();
        return `Took a phone referral from a GP at 3am who spelled the surname for me - "${$.name(spell(p.family))}, first name ${$.name(p.given)}" - and I still put it in the system wrong, so the CT was booked under someone else. Query SAH, CT clear at 7 h from onset. LP or CTA? And how do you avoid these transcription errors?`;
      },
    },
    {
      key: "b7-ng-handover-ward",
      countries: ["NG"],
      make: (x) => {
        const a = x.p({ female: true, minYear: 1985, maxYear: 2000 });
        const b = x.p({ female: false, minYear: 1950, maxYear: 1970 });
        const hus = x.p({ female: false });
        return `Handover from HO on call (male and female medical wards):\n1) Mrs ${$.name(`${a.given} ${a.family.toUpperCase()}`)}, 29/F, Hosp No ${$.mrn(`${x.pick(["UCH", "LUTH", "OAUTHC", "UNTH"])}/${x.digits(2)}/${x.digits(5)}`)}, SCD in crisis, on IV fluids + pentazocine, PCV 19%, 1 unit crossmatched. Husband Mr ${$.name(hus.given)} on ${$.phone(x.mob(false))}.\n2) Alhaji ${$.name(b.family)}, 64/M, DKA resolving, RBS 14 mmol/L, change to s/c insulin in the morning.\nPlease, should pentazocine still be used in crisis? Our consultant says yes, registrar says no.`;
      },
    },
    {
      key: "b7-ng-handover-labour",
      countries: ["NG"],
      make: (x) => {
        const m = x.p({ female: true, minYear: 1990, maxYear: 2004 });
        const d = x.recent();
        return { text: `Labour ward handover (night): Baby of ${$.name(`${m.given} ${m.family}`)} delivered ${$.date(`${pad(d.d, 2)}/${pad(d.m, 2)}`)} at 02:40, 1.6 kg, APGAR 5/8, now in SCBU on CPAP made from a bubble set-up. Mother from ${$.addr(`${x.pick(["Oke-Ado", "Mokola", "Agbowo", "Sango"])}, Ibadan`)}. No incubator free. Is KMC safe while on bubble CPAP?`, note: "'Baby of <mother>' is the mother's name" };
      },
    },
    {
      key: "b7-br-mix-icu",
      countries: ["BR"],
      make: (x) => {
        const p = x.p({ female: false, minYear: 1955, maxYear: 1975 });
        const w = x.p({ female: true });
        const pl = x.pl();
        return `Galera, need a help here with a case da UTI: seu ${$.name(p.given)} (${$.name(`${p.given} ${p.family}`)}, prontuário ${$.mrn(`${x.digits(7)}-${x.digits(1)}`)}), from ${$.addr(pl.area)}, chegou com choque séptico de foco abdominal, already on nora 0,5 mcg/kg/min + vaso. The wife, dona ${$.name(w.given)}, keeps asking if he will "sair dessa". Hydrocortisone now or wait for the second vasopressor? Ela tem whatsapp ${$.phone(x.mob(false))} se alguém quiser ajudar com a conversa.`;
      },
    },
    {
      key: "b7-br-mix-peds",
      countries: ["BR"],
      make: (x) => {
        const c = x.p({ minYear: 2019, maxYear: 2022 });
        const d = c.dob;
        return `Residente de pediatria aqui. Kid ${$.name(`${c.given.toLowerCase()} ${c.family.toLowerCase()}`)}, nascido em ${$.date(`${pad(d.d, 2)}/${pad(d.m, 2)}/${d.y}`)}, with febre há 6 dias, conjuntivite, língua em framboesa - classic Kawasaki, mas o eco tá normal. IVIG here costs a fortune e o plano (${$.plan(`${x.digits(3)} ${x.digits(4)} ${x.digits(4)} ${x.digits(4)} ${x.digits(1)}`)}) negou. Aspirin alone enquanto a gente briga?`;
      },
    },
    {
      key: "b7-fr-gp-syntax",
      countries: ["FR"],
      make: (x) => {
        const p = x.p({ female: true, minYear: 1940, maxYear: 1955 });
        const son = x.p({ female: false });
        const d = x.recent();
        return `Hello everybody, I am GP in the countryside. I have a patient, Madame ${$.name(`${p.family.toUpperCase()} ${p.given}`)}, who lives alone in ${$.addr(x.pick(["Saint-Amand-Montrond", "Lapalisse", "Chantonnay", "Neufchâtel-en-Bray", "Castelnaudary"]))}. She has been hospitalised the ${$.date(`${d.d} ${at(MOIS, d.m - 1)}`)} for a pneumopathy and since she is not anymore the same, she forgets everything. Her son Monsieur ${$.name(`${son.given} ${p.family.toUpperCase()}`)} telephoned me at ${$.phone(x.tel(false))} to ask for an EHPAD. Is it a delirium which will pass or a dementia which was hidden? How many weeks you wait before to decide?`;
      },
    },
    {
      key: "b7-fr-gp-has-years",
      countries: ["FR"],
      make: (x) => {
        const p = x.p({ female: false });
        return { text: `Question about anticoagulation. My patient Mr ${$.name(p.family)} has ${$.age("93 years")}, he makes a fibrillation since one month and he falls one time by week. The cardiologist says to give apixaban, the geriatrician says no. Me I am between the two. What you would do? He lives in ${$.addr(x.pick(["Pontivy", "Guingamp", "Landerneau", "Quimperlé"]))} with his wife who has also ${$.age("90")}.`, note: "French syntax 'has 93 years'; the wife's age over 89 counts too" };
      },
    },
    {
      key: "b7-in-case-summary",
      countries: ["IN"],
      make: (x) => {
        const p = x.p({ female: false, minYear: 1960, maxYear: 1975 });
        const f = x.p({ female: false });
        x.pl(); // drawn and unused: the draw keeps the generator's sequence, so the split's texts stay as they were
        const d = x.recent();
        return `Respected seniors, kindly opine on the following case.\n\nCASE SUMMARY\nName of the patient: Shri ${$.name(full(p))}\nS/o: ${$.name(`${f.given} ${p.family}`)}\nAge/Sex: 56 yrs/M\nIP No.: ${$.mrn(`${x.int(2023, 2025)}${x.digits(6)}`)}\nCR No.: ${$.mrn(`${x.digits(3)}-${x.digits(7)}`)}\nAddress: ${$.addr(`${x.pick(["Vill.", "Village"])} ${x.pick(["Kheri Kalan", "Barwala", "Rampur Majra", "Sultanpur Lodhi"])}, ${x.pick(["Teh. Jind", "Dist. Sangrur", "Teh. Hansi", "Dist. Kapurthala"])}`)}\nDate of admission: ${$.date(dmy(d, "."))}\nChief complaints: breathlessness on exertion x 2 months, pedal oedema x 15 days\nProvisional diagnosis: Dilated cardiomyopathy, EF 22%, ? alcoholic\n\nQuery: Is sacubitril-valsartan justified when patient is paying out of pocket (Rs 3,000/month), or ACEi is sufficient? The village is 80 km from us so follow-up is difficult.`;
      },
    },
    {
      key: "b7-in-opine-formal",
      countries: ["IN"],
      make: (x) => {
        const p = x.p({ female: true, minYear: 1990, maxYear: 2000 });
        const h = x.p({ female: false });
        return `Dear Sir/Madam,\nGreetings. I wish to bring to your kind notice a case of 31 yr old female Smt. ${$.name(p.given)} W/o Sri ${$.name(`${h.given} ${p.family}`)}, G2P1L1, 34 weeks, known case of RHD with severe MS (MVA 0.8 cm²), in NYHA III. UHID ${$.mrn(`${x.digits(4)}/${x.digits(2)}/${x.digits(5)}`)}. Husband contact ${$.phone(x.mob(true))}. Balloon mitral valvotomy now versus after delivery? Your esteemed opinion is solicited.\nThanking you,\n(Consultant, Dept of OBG)`;
      },
    },
    {
      key: "b7-de-oa-terse",
      countries: ["DE"],
      make: (x) => {
        const p = x.p({ minYear: 1935, maxYear: 1950 });
        return { text: `Kurzfrage, OA Innere. Pat. ${$.name(p.family.toUpperCase())}, ${$.name(p.given)}, * ${$.date(`${pad(p.dob.d, 2)}.${pad(p.dob.m, 2)}.${p.dob.y}`)}, Fall-Nr. ${$.acct(`${x.int(24, 25)}${x.digits(7)}`)}. Z.n. Mitral-Clip, jetzt Endokarditis (S. aureus), Clip-Vegetation 9 mm. HTG lehnt ab. Lebenslang Suppression? Erfahrungen?`, note: "'* 12.03.1941' is German shorthand for date of birth" };
      },
    },
    {
      key: "b7-de-oa-konsil",
      countries: ["DE"],
      make: (x) => {
        const p = x.p({ female: true, minYear: 1929, maxYear: 1933 });
        const age = 2024 - p.dob.y;
        return `Konsil Neuro, knapp: ${$.name(`${p.given.charAt(0)}. ${p.family}`)}, ${$.age(`${age} J.`)}, aus ${$.addr(x.pick(["Bad Salzuflen", "Wolfenbüttel", "Zwiesel", "Bad Kissingen", "Sangerhausen"]))}, Aphasie seit 05:30, NIHSS 9, Lyse-Fenster knapp. Vorbestehend mRS 3. Angehörige (Nichte) tel. ${$.phone(x.mob(false))}. Thrombektomie ja/nein bei dem Alter? M1 links.`;
      },
    },
    {
      key: "b7-jp-native-order",
      countries: ["JP"],
      make: (x) => {
        const [fam, giv, native] = x.pick(ofSex(JP_NATIVE, false));
        return `From a fellow in Japan: Patient ${$.name(`${fam.toUpperCase()} ${giv}`)} (${$.name(native)}), 81M, post-gastrectomy 20 years ago, now with copper deficiency myelopathy - zinc supplement from a health store. Copper IV or oral? We only have oral here. Referring physician asked me to post for English opinions.`;
      },
    },
    {
      key: "b7-jp-letter",
      countries: ["JP"],
      make: (x) => {
        const [fam, giv, native] = x.pick(JP_NATIVE);
        const d = x.recent();
        return { text: `Translating the 紹介状 (referral letter) for our team: "${$.name(native)} 様, ${$.date(`${d.m}月${d.d}日`)}より発熱" - so ${$.name(`${fam} ${giv}`)} has had fever since then, with a new murmur and splinter haemorrhages. Blood cultures x3 grew Streptococcus gallolyticus. Colonoscopy during the admission or after antibiotics?`, note: "native-script name with honorific 様 outside the span; Japanese month-day date" };
      },
    },
    {
      key: "b7-cn-native",
      countries: ["CN"],
      make: (x) => {
        const [fam, giv, native] = x.pick(ofSex(CN_NATIVE, false));
        return `Forwarded by my classmate in China: 患者${$.name(native)} (${$.name(`${fam.toUpperCase()} ${giv}`)}), 住院号 ${$.mrn(x.digits(8))}, 58M, HBV-related HCC, BCLC B, after 3 rounds of TACE, now with portal vein tumour thrombus. Lenvatinib + PD-1 or switch to HAIC? They ask for overseas views.`;
      },
    },
    {
      key: "b7-cn-wechat-forward",
      countries: ["CN"],
      make: (x) => {
        const [, , native] = x.pick(ofSex(CN_NATIVE, true));
        return { text: `My aunt's neighbour (she only sent a WeChat voice note) - ${$.name(native)}, ${$.age("93岁")}, 家住${$.addr(x.pick(["成都市武侯区", "西安市碑林区", "长沙市岳麓区", "青岛市市南区"]))} - was told she needs a pacemaker for complete heart block. Family worries she's too old. I told them age alone isn't a contraindication. Anything else I should ask them?`, note: "Chinese script: name, age and district" };
      },
    },
    {
      key: "b7-kr-native",
      countries: ["KR"],
      make: (x) => {
        const [fam, giv, native] = x.pick(ofSex(KR_NATIVE, true));
        return `Korean fellow here. Outside records say "환자명: ${$.name(native)}" (${$.name(`${fam} ${giv}`)}), 등록번호 ${$.mrn(x.digits(8))}. 62F with IgG4-related disease, pancreas + salivary glands, relapsed on prednisolone taper at 5 mg. Rituximab is not reimbursed for this in Korea. Any experience with mycophenolate as steroid-sparing?`;
      },
    },
    {
      key: "b7-vn-native",
      countries: ["VN"],
      make: (x) => {
        const n = x.pick(VN_NATIVE.m);
        return `Dear colleagues, I am second-year resident at a provincial hospital. Patient ${$.name(n)}, male 45, farmer, from ${$.addr(x.pick(["xã Tân Phú, huyện Đức Hòa", "xã Phước Hưng, huyện Long Điền", "xã Mỹ Lộc, huyện Cần Giuộc"]))}, melioidosis with liver abscess and septic arthritis. Ceftazidime 2 weeks then co-trimoxazole 12 weeks - is that still standard? His wife phone ${$.phone(x.mob(false))}.`;
      },
    },
    {
      key: "b7-us-np-soap",
      countries: ["US"],
      make: (x) => {
        const p = x.p({ female: true, minYear: 1970, maxYear: 1990 });
        const pl = x.pl();
        const f = x.recent();
        return `NP in a rural clinic, would love a second set of eyes on this SOAP:\n\nS: ${$.name(`${p.given} ${p.family}`)}, 44 y/o F, c/o 3 mo of fatigue, 12 lb wt gain, cold intolerance. Lives in ${$.addr(`${pl.city}, ${pl.region}`)}, works nights at the distribution center.\nO: BP 142/90, HR 58, TSH 38, fT4 0.4, TPO Ab +.\nA: Primary hypothyroidism (Hashimoto's).\nP: Levothyroxine 50 mcg, recheck TSH 6 wk, f/u ${$.date(`${f.m}/${f.d}`)}.\n\nShould I start at full weight-based dose (~1.6 mcg/kg) since she's young with no cardiac hx?`;
      },
    },
    {
      key: "b7-us-np-soap-peds",
      countries: ["US"],
      make: (x) => {
        const c = x.p({ minYear: 2017, maxYear: 2020 });
        const mom = x.p({ female: true });
        return `Peds SOAP from urgent care:\nS: 6 yo M brought by mom (${$.name(`${mom.given} ${c.family}`)}), 2 days of limp, no trauma, low-grade temp.\nO: T 38.1, refuses to bear weight R leg, hip ROM limited, ESR 42, CRP 3.1, WBC 13.\nA: Transient synovitis vs septic hip (Kocher 2-3).\nP: US hip, ortho consult.\nDOB on the chart is ${$.date(mdy(c.dob))} if it matters. Anyone skip the aspiration when Kocher is 2?`;
      },
    },
    {
      key: "b7-es-internista",
      countries: ["ES", "MX"],
      make: (x) => {
        const p = x.p({ female: false, minYear: 1945, maxYear: 1960 });
        const hija = x.p({ female: true });
        return `Buenas, internista de un hospital comarcal. Paciente ${$.name(fullHisp(p))}, 72 años, EPOC y cor pulmonale, ingresa por cuarta vez este año. Su hija ${$.name(hija.given)} me pide que "no lo mandemos más a la UCI". Él está lúcido y dice lo contrario delante de ella. ¿Cómo lo documentáis? Teléfono de la hija ${$.phone(x.mob(false))}, por si alguien de paliativos quiere orientar.`;
      },
    },
    {
      key: "b7-ar-guardia",
      countries: ["AR"],
      make: (x) => {
        const p = x.p({ female: true, minYear: 1995, maxYear: 2004 });
        return `Guardia de clínica médica, madrugada: ${$.name(`${p.family.toUpperCase()}, ${p.given}`)}, 24 años, DNI ${$.ssn(`${x.int(38, 46)}.${x.digits(3)}.${x.digits(3)}`)}, vive en ${$.addr(x.pick(["Villa Fiorito", "González Catán", "Villa Lugano", "Isidro Casanova"]))}. Consulta por dolor abdominal y hCG positiva, eco con líquido libre. Ginecología tarda. ¿Alguien maneja embarazo ectópico roto sin ginecólogo de guardia?`;
      },
    },
    {
      key: "b7-co-interconsulta",
      countries: ["CO"],
      make: (x) => {
        const p = x.p({ female: false, minYear: 1960, maxYear: 1975 });
        return `Interconsulta a medicina interna: paciente ${$.name(fullHisp(p))}, CC ${$.ssn(`${x.int(10, 99)}.${x.digits(3)}.${x.digits(3)}`)}, EPS ${x.pick(["Nueva EPS", "Sura", "Sanitas"])}, afiliado n.º ${$.plan(x.digits(9))}, procedente de ${$.addr(x.pick(["Tumaco", "Quibdó", "Puerto Asís", "Mitú"]))}. Malaria por P. falciparum con parasitemia 6%, creatinina 3,2. ¿Artesunato IV disponible en sus hospitales? Aquí solo tenemos quinina.`;
      },
    },
    {
      key: "b7-cl-urgencia",
      countries: ["CL"],
      make: (x) => {
        const p = x.p({ female: true, minYear: 1940, maxYear: 1950 });
        return `Consulta desde el SAPU: señora ${$.name(fullHisp(p))}, RUT ${$.ssn(K.rut(x.r))}, de ${$.addr(x.pick(["Lo Espejo", "La Pintana", "Cerro Navia", "San Ramón"]))}, con hiponatremia de 116 y confusión. Toma hidroclorotiazida y sertralina. Traslado al hospital demora 6 horas. ¿Suero hipertónico en el SAPU con qué monitoreo?`;
      },
    },
    {
      key: "b7-ie-referral-letter",
      countries: ["IE"],
      make: (x) => {
        const p = x.p({ minYear: 1950, maxYear: 1970 });
        return `How would ye word this? Draft referral:\n\nDear Dr,\nRe: ${$.name(full(p))}, ${$.addr(x.pick(["Knockbrack, Co. Donegal", "Ballinacarriga, Co. Cork", "Rossmore, Co. Laois", "Kilbrittain, Co. Cork", "Lisdoonvarna, Co. Clare"]))}\nDOB: ${$.date(dmy(p.dob))}\nI would be grateful if you would see this pleasant ${2024 - p.dob.y} year old ${p.female ? "lady" : "man"} with a 6 month history of intermittent claudication at 50 yards, ABPI 0.6 on the right. Smoker, 40 pack-years...\n\nIs "pleasant" still acceptable in referral letters? Our trainees have been told to drop it.`;
      },
    },
    {
      key: "b7-uk-referral-letter",
      countries: ["UK"],
      make: (x) => {
        const p = x.p({ minYear: 1955, maxYear: 1975 });
        const pl = x.pl();
        return `Advice & Guidance bounced my letter as "insufficient info". Here's the header and first para - what's missing?\n\nRe: ${$.name(`${p.given.charAt(0)} ${p.family}`)} (DOB ${$.date(`${pad(p.dob.d, 2)}.${pad(p.dob.m, 2)}.${String(p.dob.y).slice(2)}`)}) NHS ${$.plan(K.nhsNumber(x.r).replace(/ /g, "-"))}\n${$.addr(`${x.street()}, ${pl.post}`)}\n\nPersistent microcytic anaemia (Hb 98, ferritin 6) despite 3 months of oral iron. Coeliac serology negative. No GI symptoms. Requesting urgent lower GI investigation.`;
      },
    },
    {
      key: "b7-au-rural-station",
      countries: ["AU"],
      make: (x) => {
        const p = x.p({ female: false, minYear: 1955, maxYear: 1970 });
        return { text: `Solo rural GP, 3 hours from a CT. ${$.name(`${p.given} ${p.family}`)} runs ${$.addr(`${x.pick(["Yarrawonga Downs", "Coolibah Creek", "Mulga Park", "Wirrabara"])} Station`)}, lives out past ${$.addr(x.pick(["Bourke", "Cunnamulla", "Wilcannia", "Tibooburra", "Winton"]))}, and came in after a horse rolled on him - GCS 15, big occipital haematoma, on aspirin. RFDS or keep him overnight and obs? Wife says she can drive him back in the ute.`, note: "a station (property) and the town he lives out past are addresses" };
      },
    },
    {
      key: "b7-au-rural-rfds",
      countries: ["AU"],
      make: (x) => {
        const p = x.p({ female: true, minYear: 1980, maxYear: 1995 });
        return `RFDS query. ${$.name(p.given)}, 34 weeks, G4, Aboriginal woman from ${$.addr(x.pick(["Yuendumu", "Maningrida", "Fitzroy Crossing", "Aurukun", "Wadeye"]))} community, BP 160/105, 3+ protein, plt 90. Flight's 2 hrs away. Mag sulph loading at the clinic - anyone done it without a pump? Clinic number is ${$.phone(x.tel(false))} for the retrieval doc.`;
      },
    },
    {
      key: "b7-za-reg-township",
      countries: ["ZA"],
      make: (x) => {
        const p = x.p({ female: false, minYear: 1990, maxYear: 2002 });
        return `Reg on call, regional hospital. ${$.name(`${p.given} ${p.family}`)}, folder no. ${$.mrn(`${x.letters(1, "ABCDEFGH")}${x.digits(7)}`)}, from ${$.addr(`${x.pick(["Section K", "Zone 7", "Extension 4", "Phase 2"])}, ${x.pick(["Mdantsane", "Ga-Rankuwa", "KwaMashu", "Tembisa"])}`)}, stab chest L, haemodynamically stable, ICD drained 400 ml. Intercostal drain clamp trial before removal - do you still do it? Gran ${$.name(x.p({ female: true }).given)} wants to take him home today.`;
      },
    },
    {
      key: "b7-za-reg-ortho",
      countries: ["ZA"],
      make: (x) => {
        const p = x.p({ female: true, minYear: 1935, maxYear: 1945 });
        return `Gogo ${$.name(p.family)}, ${$.age("mid-90s")} per her ID book, NOF #, lives with her grandson in ${$.addr(`${x.pick(["Ngangelizwe", "Mqanduli", "Tabankulu", "Ngcobo"])} village`)}. Theatre list is 3 weeks long. Traction and wait, or do we push her up as an emergency? Grandson's cell ${$.phone(x.mob(false))}.`;
      },
    },
    {
      key: "b7-nz-rural",
      countries: ["NZ"],
      make: (x) => {
        const p = x.p({ female: false, minYear: 1950, maxYear: 1965 });
        return `Rural hospital doc here. Farmer, ${$.name(`${p.given} ${p.family}`)}, from up the valley at ${$.addr(x.pick(["Ruatoria", "Te Araroa", "Tokomaru Bay", "Mangakino", "Ohakune"]))}, NHI ${$.plan(K.nzNhi(x.r))}, quad bike rollover, flail segment, sats 88%. Helicopter is weathered out. High-flow or intubate and keep him here?`;
      },
    },
    {
      key: "b7-ca-qc-handover",
      countries: ["CA"],
      make: (x) => {
        const p = x.p({ minYear: 1945, maxYear: 1960 });
        return `Handover de nuit, CHSLD: ${$.name(`${p.family.toUpperCase()} ${p.given}`)}, RAMQ ${$.plan(K.ramq(x.r, p.family, p.given, p.dob, p.female))}, chute à 3h, douleur hanche D, raccourcissement et rotation externe. Niveau de soins C. Family wants transfer, the nurse says "confort seulement". On transfère pour une fixation palliative ou pas?`;
      },
    },
    // --- Names in hard positions --------------------------------------------------------------
    {
      key: "b7-saw-in-clinic",
      countries: ["US", "UK", "CA"],
      make: (x) => {
        const p = x.p();
        return `Saw ${$.name(p.family)} in clinic today - third visit for the same ${x.pick(["non-healing heel ulcer", "itchy rash on both shins", "chronic cough with a normal CXR"])}. ${x.pick(["Biopsy was non-diagnostic", "Two courses of antibiotics haven't touched it", "Spirometry and FeNO were normal"])}. Starting to wonder if I'm missing something systemic. What would you send next?`;
      },
    },
    {
      key: "b7-admitted-overnight",
      countries: ["AU", "IE"],
      make: (x) => {
        const p = x.p();
        return `admitted ${$.name(p.family.toLowerCase())} overnight with a K of 7.1 on spironolactone + trimethoprim, ECG peaked Ts, gave calcium, insulin-dextrose and salbutamol. K 5.4 this morning. Do you bother with a potassium binder at that point or just stop the culprits?`;
      },
    },
    {
      key: "b7-reviewed-ward-round",
      countries: ["UK", "NG"],
      make: (x) => {
        const a = x.p();
        const b = x.p();
        return `Reviewed ${$.name(`${a.given.charAt(0)}. ${a.family}`)} and ${$.name(b.family)} on the post-take round: both with CAP, both "allergic to penicillin" (nausea and a vague childhood rash). Do you de-label on the ward with a direct oral challenge, or leave it to the allergy service?`;
      },
    },
    {
      key: "b7-possessive",
      countries: ["US", "AU", "ZA"],
      make: (x) => {
        const p = x.p({ female: false });
        const d = x.p({ female: true });
        return `${$.name(p.family)}'s daughter ${$.name(d.given)} called the unit 14 times overnight asking why her dad's potassium was "only" 3.4. He's stable on the floor after an NSTEMI. How do you set boundaries with a family member without it escalating to a complaint?`;
      },
    },
    {
      key: "b7-quoted-nickname",
      countries: ["US", "UK", "IE"],
      make: (x) => {
        const p = x.p({ female: false, minYear: 1940, maxYear: 1955 });
        const nick = x.pick(["Smokey", "Tiny", "Bud", "Red", "Sarge", "Chalky", "Dinny", "Sonny"]);
        return `Everyone on the ward calls him "${$.name(nick)}" - his real name is ${$.name(`${p.given} ${p.family}`)}, and he's been with us 6 weeks waiting for a nursing home bed. Now he has a CDI relapse after a course of co-amoxiclav for a chest. Fidaxomicin for the relapse?`;
      },
    },
    {
      key: "b7-particles-nl",
      countries: ["ZA", "AU"],
      make: (x) => {
        const fam = x.pick(DUTCH);
        const p = x.p({ female: true });
        return `Mrs ${$.name(`${p.given} ${fam}`)} (the particle in "${$.name(fam)}" on her ID breaks our lab system, it files her under V or D depending on the day) - 54F with new-onset PMR-like symptoms but ESR 110 and an ALP of 400. Myeloma screen pending. Steroids now or wait for the bone marrow?`;
      },
    },
    {
      key: "b7-arabic-names",
      countries: ["UK", "AU", "DE"],
      make: (x) => {
        const female = x.chance(0.5);
        const g = x.pick(female ? ARABIC.f : ARABIC.m);
        const f = x.pick(ARABIC.family);
        const [he, his, him] = female ? ["she", "her", "her"] : ["he", "his", "him"];
        return `Ramadan question: ${$.name(`${g} ${f}`)}, 58, T2DM on gliclazide + metformin, insists on fasting despite two hypos last year. The imam at ${his} mosque has told ${him} ${he}'s exempt but ${he} wants to fast anyway. Switch gliclazide to the evening meal and halve it? Any validated risk tool you use (IDF-DAR)?`;
      },
    },
    {
      key: "b7-hyphen-names",
      countries: ["FR", "CA"],
      make: (x) => {
        const female = x.chance(0.5);
        const g = x.pick(female ? ["Marie-Thérèse", "Anne-Sophie", "Marie-Claude", "Marie-Ève"] : ["Jean-Baptiste", "Pierre-Yves", "Jean-Philippe", "Louis-Marie"]);
        const f = `${x.pick(["Dubois", "Martin", "Lefèvre", "Gagnon", "Roy", "Girard"])}-${x.pick(["Lambert", "Garnier", "Fontaine", "Bélanger", "Caron", "Morin"])}`;
        return `Petite question : ${$.name(`${g} ${f}`)}, 47 ans, maladie de Crohn iléale sous adalimumab, taux résiduel indétectable avec anticorps anti-adalimumab. Switch intra-classe (infliximab) ou changement de classe (ustekinumab, risankizumab) ? ${female ? "Elle" : "Il"} préfère les injections à domicile.`;
      },
    },
    {
      key: "b7-filipino-nurse",
      countries: ["US"],
      make: (x) => {
        const g = x.pick(FILIPINO.f);
        const f = x.pick(FILIPINO.family);
        return `Our charge nurse recognised the patient as her own tita - ${$.name(`${g} ${f}`)}, 66, admitted with a GI bleed on ibuprofen for gout. Family is now texting the nurse for updates instead of calling the unit. How do you handle staff who are also family of the patient?`;
      },
    },
    {
      key: "b7-polish-uk",
      countries: ["UK"],
      make: (x) => {
        const female = x.chance(0.5);
        const g = x.pick(female ? POLISH.f : POLISH.m);
        const f = x.pick(female ? POLISH.familyF : POLISH.familyM);
        return `Language line couldn't get a Polish interpreter for an hour, so ${$.name(`${g} ${f}`)}'s 14-year-old translated the consent for a chest drain. I know it's wrong. What would you have done at 2am with a tension-ish pneumothorax and a stable-but-sweaty patient?`;
      },
    },
    {
      key: "b7-turkish-de",
      countries: ["DE"],
      make: (x) => {
        const g = x.pick(TURKISH.m);
        const f = x.pick(TURKISH.family);
        return `Familienvater ${$.name(`${g} ${f}`)}, 52, FMF-Verdacht (Fieberschübe, Serositis, MEFV M694V heterozygot). Colchicin 1 mg, Schübe halbiert. Hochdosieren auf 2 mg oder direkt Anakinra beantragen? Die Kasse zickt bei IL-1.`;
      },
    },
    {
      key: "b7-italian-au",
      countries: ["AU"],
      make: (x) => {
        const g = x.pick(ITALIAN.f);
        const f = x.pick(ITALIAN.family);
        return `Nonna ${$.name(`${g} ${f}`)} - ${$.age("ninety-three")}, came out from Calabria in the 50s, speaks mostly dialect - has a 4 cm AAA found incidentally and a son who wants "everything done". Surveillance at her age? I'd rather not scan her at all.`;
      },
    },
    // --- Ages over 89 ----------------------------------------------------------------------
    {
      key: "b7-age-late-nineties",
      countries: ["UK", "US"],
      make: (x) => {
        const p = x.p({ female: true });
        return `Mrs ${$.name(p.family)} is ${$.age("in her late nineties")}, still does the crossword in pen, and has been sent in by the out-of-hours GP with a "raised troponin" (34, flat on repeat). Nobody needs an angiogram here. How do you stop these referrals without sounding ageist?`;
      },
    },
    {
      key: "b7-age-f-slash",
      countries: ["IN", "NG"],
      make: (x) => {
        const p = x.p({ female: true });
        return `${$.age("92/F")}, ${$.name(full(p))}, bedridden x 2 yrs, sacral bed sore grade 4 with osteomyelitis. Son wants surgery (flap). Surgeon refuses. She is conscious and says she only wants the pain to go. Palliative sedation - how do you start the conversation in a family-centred culture?`;
      },
    },
    {
      key: "b7-age-turning",
      countries: ["CA", "AU"],
      make: (x) => {
        const p = x.p({ female: false });
        return `${$.name(p.given)} ${$.age("turns 95")} next week and his kids have planned a big party. He has HFrEF, EF 20%, and is on the edge of needing IV diuretics. Outpatient IV furosemide through the day unit so he can make the party? Anyone set this up?`;
      },
    },
    {
      key: "b7-age-years-young",
      countries: ["US"],
      make: (x) => {
        const p = x.p({ female: true });
        return `My favorite patient: ${$.name(p.given)}, "${$.age("97 years young")}" as she says, still gardening, came in with a wrist fracture and a sodium of 124 on HCTZ. Stop the thiazide obviously. Amlodipine instead, or just let her BP run at 150s?`;
      },
    },
    {
      key: "b7-age-hundred-and-one",
      countries: ["IE", "UK"],
      make: (x) => {
        const p = x.p({ female: false });
        const who = x.c === "IE" ? "the President's office asking me to confirm" : "the family asking me to help them apply for the King's card for";
        return `Got a letter from ${who} ${$.name(`${p.given} ${p.family}`)} - he's ${$.age("a hundred and one")} now. Unrelated: he has a new 2 cm BCC on the nose. Any dermatologists do Mohs at that age or is it imiquimod and hope?`;
      },
    },
    {
      key: "b7-age-de-word",
      countries: ["DE"],
      make: (x) => {
        return `Eine ${$.age("Dreiundneunzigjährige")} aus dem Heim in ${$.addr(x.pick(["Wolfratshausen", "Bad Tölz", "Tegernsee", "Penzberg", "Holzkirchen"]))} kommt mit Hüftfraktur und INR 4,8 unter Phenprocoumon. Vitamin K und OP morgen oder PPSB und heute? Anästhesie zögert.`;
      },
    },
    {
      key: "b7-age-es",
      countries: ["ES", "CO"],
      make: (x) => {
        const p = x.p({ female: true });
        return `Paciente de ${$.age("96 años")}, doña ${$.name(p.given)}, institucionalizada, con disfagia progresiva y neumonías de repetición. La familia pide PEG. Sabemos que no mejora la supervivencia en demencia avanzada. ¿Cómo explicáis la alimentación de confort?`;
      },
    },
    {
      key: "b7-age-pt-abbrev",
      countries: ["BR"],
      make: (x) => {
        const p = x.p({ female: true });
        return `Idosa, ${$.age("91a")}, ${$.name(p.given)}, moradora de ${$.addr(x.pick(["Vila Formosa", "Jardim Ângela", "Parelheiros", "Cidade Tiradentes"]))}, com hematoma subdural crônico de 2 cm e desvio de 6 mm. Neuro quer drenar. Família com medo. Vocês operariam nessa idade se ela é funcional?`;
      },
    },
    {
      key: "b7-age-table-yrs",
      countries: ["AU", "NZ"],
      make: (x) => {
        const a = x.p();
        const b = x.p();
        const c = x.p();
        return `Geri list for the home visits round:\n\n| Who | Yrs | Main issue |\n|---|---|---|\n| ${$.name(a.family.toUpperCase())} | ${$.age("94")} | BPSD, on risperidone |\n| ${$.name(b.family.toUpperCase())} | 87 | leg ulcers |\n| ${$.name(c.family.toUpperCase())} | ${$.age("101")} | "wants to stop all tablets" |\n\nDeprescribing tips for the last one? She's on 11 meds.`;
      },
    },
    {
      key: "b7-age-cn-zh",
      countries: ["CN"],
      make: (x) => {
        const p = x.p({ female: false });
        return `Rural Hebei clinic, ${$.name(`${p.family} ${p.given}`)} 老先生, ${$.age("96岁")}, 胆总管结石 with cholangitis. ERCP risk at 96 is high but PTBD bag he will pull out. Choledochoscopy not available. Which would you choose?`;
      },
    },
    {
      key: "b7-age-nine-four-dictation",
      countries: ["UK", "IE"],
      make: (x) => {
        const p = x.p({ female: true });
        return { text: `"this ${$.age("nine four")} year old lady ${$.name(p.family.toLowerCase())} from the nursing home" - the new dictation software keeps splitting numbers like that. Anyway: she has a fractured pubic ramus and can't weight bear. Admit for pain control and physio or back to the home with oxycodone?`, note: "a dictated age split into 'nine four' is 94" };
      },
    },
    // --- Dates in many shapes ------------------------------------------------------------------
    {
      key: "b7-date-weekday",
      countries: ["UK", "AU"],
      make: (x) => {
        const d = x.recent();
        return `He was fine until ${$.date(`${x.pick(WEEKDAYS)} ${ordinal(d.d)} ${monthName(d.m)}`)}, then sudden onset back pain and leg weakness. MRI shows spinal cord infarct at T8. Any role for lumbar drain or BP augmentation this late (day 4)?`;
      },
    },
    {
      key: "b7-date-iso-time",
      countries: ["US", "DE"],
      make: (x) => {
        const d = x.recent();
        return { text: `EHR audit trail (copied): "${$.date(`${d.y}-${pad(d.m, 2)}-${pad(d.d, 2)}T${pad(x.int(0, 23), 2)}:${pad(x.int(0, 59), 2)}`)} order: heparin infusion, no bolus" - then the nurse gave a bolus anyway per the old protocol. Pt had a retroperitoneal bleed. Root cause analysis: is this an order-set problem or a training one?`, note: "timestamp of the patient's order carries the date" };
      },
    },
    {
      key: "b7-date-roman",
      countries: ["DE", "UK"],
      make: (x) => {
        const p = x.p({ minYear: 1945, maxYear: 1960 });
        const roman = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"];
        return { text: `Old Polish discharge letter for ${$.name(full(p))}: "ur. ${$.date(`${p.dob.d}.${at(roman, p.dob.m - 1)}.${p.dob.y}`)}" and a diagnosis of "przewlekłe zapalenie trzustki". Now with a pancreatic head mass and CA 19-9 of 900 - chronic pancreatitis or cancer? EUS-FNA planned.`, note: "Roman-numeral month in a date of birth" };
      },
    },
    {
      key: "b7-date-fr-le",
      countries: ["FR"],
      make: (x) => {
        const d = x.recent();
        const d2 = x.recent();
        return `Chronologie : chute le ${$.date(`${d.d}/${d.m}`)}, passage aux urgences, retour à domicile, puis re-chute le ${$.date(`${d2.d} ${at(MOIS, d2.m - 1)}`)} avec HSD aigu. Sous rivaroxaban pour FA. Reprise de l'anticoagulation à J30 ? La neurochir dit jamais.`;
      },
    },
    {
      key: "b7-date-mon-abbr",
      countries: ["US", "IN"],
      make: (x) => {
        const p = x.p({ minYear: 1950, maxYear: 1985 });
        const d = x.recent();
        return `Copied from the transfer summary: "Admitted ${$.date(dMonY(d))}. DOB: ${$.date(`${pad(p.dob.d, 2)}-${monthAbbr(p.dob.m).toUpperCase()}-${String(p.dob.y).slice(2)}`)}. Dx: necrotizing pancreatitis, walled-off necrosis 12 cm." Infected WON - endoscopic step-up or percutaneous drain first?`;
      },
    },
    {
      key: "b7-date-pt-dia",
      countries: ["BR"],
      make: (x) => {
        const d = x.recent();
        return `Paciente internou no dia ${$.date(`${d.d} de ${at(MESES_PT, d.m - 1)}`)} com dengue grave, evoluiu com miocardite (troponina 2.800, FE 35%). Já saiu do choque. Alguém segue esses pacientes com RM cardíaca depois? Por quanto tempo evitar esporte?`;
      },
    },
    {
      key: "b7-date-es-de",
      countries: ["MX", "ES"],
      make: (x) => {
        const d = x.recent();
        return `La paciente dejó el tratamiento antituberculoso el ${$.date(`${d.d} de ${at(MESES, d.m - 1)}`)} porque "se sentía bien" y ahora vuelve con baciloscopia positiva. Hay que pedir GeneXpert para resistencia a rifampicina, claro. ¿Reiniciáis esquema completo mientras tanto?`;
      },
    },
    {
      key: "b7-date-de-am",
      countries: ["DE"],
      make: (x) => {
        const d = x.recent();
        return `Stationäre Aufnahme am ${$.date(`${d.d}. ${at(MONATE, d.m - 1)}`)} mit Pneumonie, jetzt Tag 9, CRP fällt, aber Fieber persistiert. Drug fever unter Piperacillin? Eosinophilie 12 %. Umstellen oder absetzen und beobachten?`;
      },
    },
    {
      key: "b7-date-compact-dob",
      countries: ["UK", "IE"],
      make: (x) => {
        const p = x.p({ minYear: 1940, maxYear: 1960 });
        return { text: `Lab sticker reads "${$.name(`${p.family.toUpperCase()} ${p.given.charAt(0)}`)} ${$.date(`${pad(p.dob.d, 2)}${pad(p.dob.m, 2)}${String(p.dob.y).slice(2)}`)}" - haemolysed K of 6.8 again from the practice nurse's sample. Third time. Is it the tourniquet time or the courier?`, note: "compact ddmmyy date of birth on a sample label" };
      },
    },
    {
      key: "b7-date-us-short",
      countries: ["US"],
      make: (x) => {
        const d = x.recent();
        const d2 = x.recent();
        return `Timeline for M&M: colonoscopy ${$.date(`${d.m}/${d.d}`)}, perforation recognized ${$.date(`${d2.m}/${d2.d}`)} after 2 ED visits for "gas pain". The patient is suing. What's reasonable for post-polypectomy discharge instructions?`;
      },
    },
    {
      key: "b7-date-ca-yyyy-mm-dd",
      countries: ["CA"],
      make: (x) => {
        const p = x.p({ minYear: 1950, maxYear: 1970 });
        return `The requisition only had "DOB ${$.date(`${p.dob.y}/${pad(p.dob.m, 2)}/${pad(p.dob.d, 2)}`)}" and a first name, ${$.name(p.given)}, so the lab couldn't match the critical K of 6.9 to a chart for 4 hours. Who owns these orphan critical results in your system?`;
      },
    },
  ],
  negatives: [
    // Labels whose values are not identifiers
    { key: "b7n-label-patient-dx", country: "US", text: "Patient: septic shock, source unclear\nPlan: broad-spectrum abx, source control, lines\nQuestion: do you start hydrocortisone at 0.25 mcg/kg/min of norepi or wait for the second pressor?", note: "'Patient:' labels a diagnosis" },
    { key: "b7n-label-client", country: "US", text: "Client: Kaiser Permanente (our group contracts with them for hospitalist coverage). They want LOS under 4 days for CHF. Anyone hit that without raising readmissions?", note: "a payer named under 'Client:'" },
    { key: "b7n-label-father", country: "UK", text: "Family history for the pre-op form:\nFather: type 2 diabetes, MI at 62\nMother: breast cancer\nSiblings: none\nDoes FH of early MI change anything for a hernia repair? No." },
    { key: "b7n-label-residence", country: "US", text: "Residence: SNF\nCode status: DNR/DNI\nReason for transfer: \"fever\" (Tmax 37.9)\nSecond one this week. How do you push back on SNF transfers for low-grade temps?" },
    { key: "b7n-label-address-protocol", country: "AU", text: "Address: anticoagulation reversal protocol (our ED version, v3).\nProthrombinex 50 units/kg + vitamin K 10 mg IV for warfarin bleeds; idarucizumab for dabigatran; andexanet not on formulary. Anything I'm missing?", note: "'Address:' meaning 'addresses' a topic" },
    { key: "b7n-label-name-not-given", country: "IE", text: "Ambulance pre-alert: Name: not given. Age: approx 30s. GCS 8, pinpoint pupils, RR 6. Naloxone 400 mcg IM given with response. Do you observe 4 or 6 hours after IM naloxone for heroin?" },
    { key: "b7n-label-nok-none", country: "CA", text: "NOK: none listed. SDM: Public Guardian and Trustee. How long does it take your PGT office to consent to a non-urgent procedure? We're at 11 days for a PEG." },
    { key: "b7n-label-dob-unknown", country: "ZA", text: "Folder: new. DOB: unknown. Brought in by SAPS, found under a bridge, GCS 11, temp 33.8. Rewarming passive vs active external when you have nothing but blankets and a Bair Hugger that's broken?" },
    { key: "b7n-label-contact-switch", country: "UK", text: "Contact: via switchboard, ask for the renal reg on call.\nDiscussed: yes.\nAdvice: hold ACEi, repeat U&E in 48 h.\nIs 'discussed with renal' enough documentation or do you put the reg's name?", note: "a service, not a person" },
    { key: "b7n-label-gp-practice", country: "UK", text: "GP: registered, practice details on the spine. Allergies: NKDA. PMH: asthma. She's 19, in DKA for the first time. Is it still standard to start fixed-rate insulin at 0.1 units/kg/h without a bolus?" },
    { key: "b7n-label-ward-bed", country: "IN", text: "Ward: MICU-2, Bed: 14. Diagnosis: organophosphate poisoning, day 3. Atropine requirement falling. When do you stop pralidoxime? Our protocol says 7 days, which seems long." },
    { key: "b7n-label-insurance-type", country: "US", text: "Insurance: Medicare Advantage. Auth status: denied for inpatient, approved for observation. 2-midnight rule clearly met. Peer-to-peer tips anyone?", note: "insurance type, no number" },
    { key: "b7n-label-occupation", country: "AU", text: "Occupation: FIFO miner, 2 weeks on, 1 off. Presenting complaint: chest pain on the flight home. Trop negative x2. Stress test before he flies back out on Thursday?" },
    { key: "b7n-label-religion", country: "NG", text: "Religion: Jehovah's Witness. Hb 4.1 after PPH. Consent for cell salvage and EPO obtained, declines all blood. IV iron + EPO dosing that actually works?" },
    // Voices, no identifiers
    { key: "b7n-dictation-noid", country: "UK", text: "new paragraph plan colon one repeat bloods in the morning full stop two chase the echo full stop three if the troponin rises discuss with cardiology new line sorry forgot to turn off dictation. Question is whether we need a second trop at all with a 3-hour onset." },
    { key: "b7n-ng-handover-noid", country: "NG", text: "Handover: 6 patients on the ward, 2 new admissions (severe malaria, HHS), 1 awaiting dialysis but no consumables, 1 for discharge in the morning. Please who has experience with HHS without an infusion pump? We are using a burette." },
    { key: "b7n-br-mix-noid", country: "BR", text: "Galera, quick question: vocês usam a HEART score no PS? Aqui o cardio quer troponina ultra-sensível de 0 e 1h pra todo mundo, mas the lab takes 2 hours. Worth it?" },
    { key: "b7n-fr-syntax-noid", country: "FR", text: "I have a question about the vitamin D. In France we give 100 000 UI every three months to the old persons in EHPAD. In England you give daily. Which is the best for the falls? I have read the contrary in two studies." },
    { key: "b7n-in-formal-noid", country: "IN", text: "Respected seniors, kindly throw some light on the role of doxycycline in scrub typhus with meningoencephalitis. Whether IV azithromycin should be added? Your valuable inputs are solicited. Thanking you in anticipation." },
    { key: "b7n-de-terse-noid", country: "DE", text: "Kurze Frage: NOAK-Pause vor Zahnextraktion? Meine Praxis: keine Pause bei Einzelzahn, 24 h bei mehreren. Zahnärzte hier wollen immer 3 Tage. Wer hat recht?" },
    { key: "b7n-jp-noid", country: "JP", text: "In Japan we use edoxaban 15 mg for very elderly AF patients (ELDERCARE-AF). Do European colleagues use this low dose off-label? Our bleeding rate seems acceptable." },
    { key: "b7n-np-soap-noid", country: "US", text: "S: sore throat x3d, no cough, fever.\nO: T 38.6, tonsillar exudate, tender anterior nodes.\nA: Centor 4.\nP: rapid strep neg, culture sent.\nDo you treat empirically at Centor 4 even with a negative rapid test?" },
    { key: "b7n-es-noid", country: "ES", text: "Compañeros, ¿qué pauta de insulina usáis al alta en el anciano frágil que ingresa por hiperglucemia? Nosotros dejamos glargina sola a 0,1 UI/kg y ajuste por enfermería de atención primaria." },
    { key: "b7n-ie-letter-noid", country: "IE", text: "Dear Colleague,\nThank you for referring this gentleman, whom I saw today in the rapid access clinic. I have explained the findings and arranged a CT colonography.\nYours sincerely,\n\nIs that too brief for a clinic letter? Our consultant wants one paragraph max." },
    { key: "b7n-au-rural-noid", country: "AU", text: "Rural generalist here, 400 km from the nearest cath lab. Our STEMI pathway is thrombolysis within 30 min then RFDS for PCI within 24 h. What's your door-to-needle when you're the only doctor in the hospital?" },
    { key: "b7n-za-reg-noid", country: "ZA", text: "Reg on call: 3 stabbings, 2 GSWs and a pedestrian vehicle accident by 11 pm. Friday night. We have one theatre and one anaesthetist. How do other regional hospitals triage who goes first?" },
    // Physicians naming themselves or colleagues
    { key: "b7n-own-signature", country: "NG", text: "Thank you all for your contributions on the eclampsia thread. I will summarise for our department meeting.\n\nDr Chinedu Okafor\nSenior Registrar, Obstetrics and Gynaecology", note: "posting physician's own signature" },
    { key: "b7n-colleague-names", country: "UK", text: "Shout-out to Dr Bethan Pritchard and the night team at the Royal for the smoothest major haemorrhage call I've been part of. Massive transfusion protocol worked exactly as designed.", note: "a colleague's name" },
    { key: "b7n-professor-said", country: "IN", text: "Our professor, Dr Ramesh Iyer, says we should never give IV fluids in dengue without a haematocrit. The new registrar follows WHO 2012. Who is correct in the critical phase?", note: "a senior colleague's name" },
    { key: "b7n-de-chef", country: "DE", text: "Mein Chef, Prof. Hartmann, besteht auf Heparin-Bridging bei jeder mechanischen Klappe. BRIDGE-Studie war bei Vorhofflimmern. Wie macht ihr das bei Mitral-Kunstklappe?", note: "a colleague's name" },
    { key: "b7n-fr-signature", country: "FR", text: "Merci pour vos réponses sur la PR séronégative. Je vous tiens au courant.\n\nDr Claire Lemoine, rhumatologue, Nantes", note: "posting physician's own name and city" },
    { key: "b7n-es-firma", country: "MX", text: "Gracias a todos. Resumiendo: heparina no fraccionada en embarazo con válvula mecánica en el primer trimestre, warfarina después. Dr. Alejandro Ruiz Treviño, cardiólogo, Monterrey.", note: "posting physician's own name and city" },
    { key: "b7n-us-consultant", country: "US", text: "Called ID - Dr Patel said to add vancomycin and get a TEE. Cardiology (Dr Nguyen) says TTE first. Who decides when consultants disagree on the workup order?", note: "consultants' names" },
    { key: "b7n-jp-sensei", country: "JP", text: "Yamamoto-sensei at our hospital taught me to check for Takayasu in any young woman with unequal arm BPs. I found one last week. Thank you, sensei!", note: "a colleague's name" },
    // Eponyms and named things
    { key: "b7n-eponyms-wpw", country: "CA", text: "Wolff-Parkinson-White with pre-excited AF in the ED - procainamide or cardioversion? Resident gave diltiazem before I got there. Patient fine, but nobody reads the delta wave anymore." },
    { key: "b7n-eponyms-graves", country: "IE", text: "Graves' orbitopathy with a CAS of 5 - IV methylprednisolone per EUGOGO or teprotumumab? Also has Hashimoto encephalopathy in the differential for her confusion, weirdly." },
    { key: "b7n-eponyms-mix", country: "AU", text: "Ward round bingo: Guillain-Barré, Kawasaki, Wernicke's, Addison's, Cushing's and a Charcot foot - all in one morning. Teaching hospital life." },
    { key: "b7n-eponyms-signs", country: "ZA", text: "Kernig and Brudzinski both negative, Murphy's sign positive, Trousseau's positive with a calcium of 1.6. Chvostek's is unreliable, as Dr Govender keeps reminding us." },
    { key: "b7n-eponyms-de", country: "DE", text: "Morbus Bechterew, Morbus Crohn und eine Uveitis - HLA-B27 positiv. Adalimumab deckt alles ab? Oder Upadacitinib wegen der Darmbeteiligung?" },
    { key: "b7n-eponyms-procedures", country: "US", text: "Whipple vs Frey vs Beger for chronic pancreatitis with an inflammatory head mass. Our surgeons favour Frey. Also saw a Denver shunt for refractory ascites for the first time last week." },
    // Ages under 90, ages of populations
    { key: "b7n-ages-under", country: "UK", text: "Three frail patients this week: an 89-year-old with a hip fracture, an 86-year-old with delirium and an 88-year-old with CAP. All three on anticholinergic burden scores over 6. Deprescribing pharmacist worth fighting for?" },
    { key: "b7n-nonagenarians-pop", country: "US", text: "TAVR outcomes in nonagenarians are surprisingly good in the registry data. Our heart team still hesitates over 90. What cut-offs do your teams use, if any?", note: "an age group, not a patient" },
    { key: "b7n-age-es-pop", country: "ES", text: "En mayores de 90 años la fractura de cadera tiene una mortalidad al año del 30 %. ¿Tenéis ortogeriatría en vuestros hospitales? Queremos montar una unidad.", note: "an age group, not a patient" },
    { key: "b7n-age-de-pop", country: "DE", text: "Hochbetagte über 90 sind in den Studien zur Antikoagulation kaum vertreten. Was macht ihr bei Vorhofflimmern und Sturzneigung? Edoxaban 15 mg off-label?", note: "an age group" },
    // Dates not tied to a patient
    { key: "b7n-rota-dates-2", country: "AU", text: "Rotation changeover is on 3 February this year, and the new interns' orientation week runs until the 9th. Any survival tips for the first night shift as a reg?", note: "dates not tied to a patient" },
    { key: "b7n-guideline-effective", country: "US", text: "The new CMS sepsis bundle (SEP-1) changes take effect January 1. Lactate remeasurement window stays at 6 hours. Anyone's quality team actually seeing outcome benefits?", note: "guideline effective date" },
    { key: "b7n-exam-dates", country: "IN", text: "NEET-SS exam on 14 December, results by the end of January. Anyone preparing for DM cardiology? Which books for the electrophysiology part?", note: "exam dates" },
    { key: "b7n-deadline-br", country: "BR", text: "Inscrições para a prova de título de clínica médica até 30 de abril. Alguém tem material de revisão de reumatologia? Estou perdida em vasculites.", note: "registration deadline" },
    // Other hard negatives
    { key: "b7n-shift-9-4", country: "UK", text: "Doing the 9-4 clinic then the 4-10 on-call; lunch is a myth. How do other GP registrars fit in admin on these days?", note: "'9-4' is a shift" },
    { key: "b7n-bed-names", country: "IE", text: "St Brigid's ward bed 6 and St Joseph's bed 12 both flagged for CPE. IPC want to cohort them. Our side rooms are full. Any creative solutions?", note: "ward names" },
    { key: "b7n-hospital-staff-names", country: "ZA", text: "Groote Schuur, Chris Hani Baragwanath and Tygerberg all have different protocols for snakebite antivenom. Can we agree on one for the Western Cape?", note: "hospital names" },
    { key: "b7n-drug-names-people", country: "US", text: "Lunch-and-learn today: the Lilly rep brought Mounjaro pens, the AstraZeneca rep brought Farxiga samples and a Medtronic rep wanted to talk about the MiniMed 780G. Are these still allowed at your institution?", note: "company, brand and device names" },
    { key: "b7n-scores-fr", country: "FR", text: "Score de Glasgow 9/15, APACHE II 24, SOFA 11, lactate 5,8. On discute la LATA avec la famille. Comment vous présentez ces scores aux proches ?" },
    { key: "b7n-times-durations", country: "CA", text: "Triage to MD: 4 h 20. MD to consult: 2 h. Consult to bed: 19 h. Total ED LOS 26 hours for a patient with a hip fracture. This is our new normal in winter." },
    { key: "b7n-lab-table-ng", country: "NG", text: "| Test | Result | Ref |\n|---|---|---|\n| PCV | 18% | 36-45 |\n| WBC | 14.2 | 4-11 |\n| Plt | 62 | 150-400 |\n| MP | +++ | neg |\n| Urea | 18.4 | 2.5-7.1 |\n\nSevere malaria with AKI. Dialysis not available here. Transfer or manage conservatively?" },
    { key: "b7n-dose-table-in", country: "IN", text: "Insulin sliding scale we use on the wards:\nRBS 150-200: 2 U\nRBS 201-250: 4 U\nRBS 251-300: 6 U\nRBS >300: 8 U + inform\nI know sliding scales are out of favour. What do you use in a resource-limited ward?" },
    { key: "b7n-kr-noid", country: "KR", text: "Korean NHIS now covers CGM for type 1 diabetes adults. Are other countries reimbursing CGM for type 2 on basal insulin? Our endocrinology society is lobbying for it." },
    { key: "b7n-vn-noid", country: "VN", text: "Dear professors, in our province we see many Streptococcus suis meningitis after eating raw pig blood (tiết canh). Dexamethasone is beneficial, we give it. Hearing loss still common. Any new ideas?" },
    { key: "b7n-cn-noid", country: "CN", text: "In China we use the Child-Pugh and the ALBI grade for HCC patients before TACE. ALBI grade 2b seems to predict worse outcomes. Do Western centres use ALBI routinely?" },
    { key: "b7n-nz-noid", country: "NZ", text: "Pharmac finally funded empagliflozin and dulaglutide with special authority criteria for Māori and Pacific patients at lower HbA1c. Anyone have a quick template for the SA form?" },
    { key: "b7n-ar-noid", country: "AR", text: "En la guardia vemos mucha intoxicación por monóxido de carbono en invierno. Cámara hiperbárica hay una sola en la provincia. ¿Oxígeno al 100 % por cuántas horas si no hay cámara?" },
    { key: "b7n-co-noid", country: "CO", text: "Accidente ofídico por Bothrops: suero antiofídico polivalente del INS, 4 ampollas en leve, 8 en moderado, 12 en grave. ¿Alguien usa dosis más bajas con buenos resultados?" },
    { key: "b7n-cl-noid", country: "CL", text: "La ley de urgencia nos permite derivar a clínica privada con cargo al Estado. ¿Alguien ha tenido problemas con el cobro posterior a los pacientes?" },
    { key: "b7n-mx-noid", country: "MX", text: "Picadura de alacrán en niño de 4 años con sialorrea y nistagmo. Faboterápico 1 frasco y esperar 30 minutos, ¿o dos de entrada? Estamos en un centro de salud rural." },
    { key: "b7n-quoted-family-noid", country: "US", text: "The family's text to the unit, verbatim: \"Mom says the night nurse was rude and she wants to go home now.\" Mom has delirium and a hip fracture. How do you respond to these without getting defensive?", note: "a quoted family message without identifiers" },
  ],
};
