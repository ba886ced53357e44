/**
 * Batch 6 of the train split: names in native scripts and in unexpected orders and cases, names in
 * file names, Hindi/Tamil-English and Spanish/Portuguese posts, Latin American addresses and health
 * plans, more date shapes and quasi-identifiers; plus hard negatives.
 */
import { MOIS, full, fullHisp, monthName, ordinal } from "./locales";
import { $, type Batch } from "./markup";
import { pad } from "./rng";

export const batch6: Batch = {
  name: "batch-6",
  positives: [
    {
      key: "b6-cn-native",
      countries: ["CN"],
      make: (x) => {
        const n = x.pick(["王秀英", "李桂兰", "张淑珍", "刘玉梅"]);
        return { text: `Translating a colleague's post: "患者${$.name(n)}，女，67岁，电话 ${$.phone(x.mob(false))}" - 67F with recurrent pyogenic cholangitis and intrahepatic stones. Partial hepatectomy vs repeated ERCP? Common in her home province, rare here.`, note: "name and phone inside Chinese text" };
      },
    },
    {
      key: "b6-jp-native",
      countries: ["JP"],
      make: (x) => {
        const n = x.pick(["山田花子", "佐藤美智子", "鈴木和子", "高橋恵子"]);
        return `Referral from Japan: "患者: ${$.name(n)}様 (${$.age("92歳")})" - rheumatoid arthritis on low-dose MTX, now interstitial pneumonia. Stop MTX? Switch to abatacept? The family is visiting her here in Canada.`;
      },
    },
    {
      key: "b6-kr-native",
      countries: ["KR"],
      make: (x) => {
        const n = x.pick(["김민준", "이서연", "박지훈", "최유나"]);
        return `The transfer letter only has the name in Hangul (${$.name(n)}) and a Korean mobile ${$.phone(x.mob(true))}. 34yo with fulminant myocarditis after a viral illness, on VA-ECMO day 3. Any Korean-speaking intensivists here who could help talk to the family tonight?`;
      },
    },
    {
      key: "b6-vn-diacritics",
      countries: ["VN"],
      make: (x) => {
        const n = x.pick(["Nguyễn Thị Hoa", "Trần Văn Hùng", "Lê Thị Bích Ngọc", "Phạm Quang Huy"]);
        return `Bệnh nhân ${$.name(n)}, ${x.int(40, 60)} tuổi, sốt xuất huyết Dengue ngày 5, tiểu cầu 12.000, chảy máu chân răng. Truyền tiểu cầu không? Our guideline says only if active bleeding. Số điện thoại người nhà ${$.phone(x.mob(false))}.`;
      },
    },
    {
      key: "b6-cn-pinyin-lower",
      countries: ["CN"],
      make: (x) => {
        const p = x.p({ female: true, minYear: 1955, maxYear: 1965 });
        return `pt ${$.name(`${p.family.toLowerCase()} ${p.given.toLowerCase()}`)} again in resus, 4th time this yr, variceal bleed, child c, declined tips last time. her daughter says she wants to go home to ${$.addr(x.pick(["Harbin", "Shenyang", "Lanzhou", "Kunming"]))} to die. how do we arrange that safely`;
      },
    },
    {
      key: "b6-jp-western-order",
      countries: ["JP"],
      make: (x) => {
        const p = x.p({ female: false, minYear: 1985, maxYear: 1995 });
        return `${$.name(`${p.given} ${p.family}`)}, 34, Japanese engineer on a 2-year posting, new T1DM (GAD+, C-peptide low). He wants a closed-loop pump before he goes back to Japan where they're harder to get. Reasonable to start within 3 months of diagnosis?`;
      },
    },
    {
      key: "b6-kr-uk",
      countries: ["KR"],
      make: (x) => {
        const p = x.p({ female: false, minYear: 1980, maxYear: 1990 });
        return `GP in ${$.addr("New Malden")} (big Korean community, he lives round the corner): ${$.name(`${p.family} ${p.given.replace("-", "")}`)} has gastric IM on a private endoscopy he had in Seoul. NICE doesn't really cover surveillance for IM. Refer or not?`;
      },
    },
    {
      key: "b6-vn-us-nickname",
      countries: ["VN"],
      make: (x) => {
        const p = x.p({ female: false, minYear: 1960, maxYear: 1970 });
        const nick = x.pick(["Tony", "Johnny", "Danny"]);
        return `${$.name(`${p.family} ${p.given}`)} ("${$.name(nick)}" at the nail salon he owns in ${$.addr("Westminster, CA")}), 58, with HCV cirrhosis, cured, but now a 2 cm arterially enhancing lesion. LR-5. Straight to ablation?`;
      },
    },
    {
      key: "b6-cn-taiwan",
      countries: ["CN"],
      make: (x) => {
        const n = x.pick(["Chen Yi-ting", "Lin Chia-hao", "Huang Shu-fen", "Wu Chien-ming"]);
        return `Taiwanese colleague's case: ${$.name(n)}, 45, aristolochic acid nephropathy from herbal slimming pills 20 years ago, now upper tract urothelial carcinoma. Contralateral surveillance - how often?`;
      },
    },
    {
      key: "b6-jp-au-whv",
      countries: ["JP"],
      make: (x) => {
        const p = x.p({ female: true, minYear: 1998, maxYear: 2003 });
        return `Working-holiday backpacker Ms ${$.name(`${p.family} ${p.given}`)}, 24, bitten by a bat while hiking near ${$.addr(x.pick(["Kuranda", "Byron Bay", "Noosa"]))}. ABLV risk - RIG + vaccine. She leaves for Tokyo in 10 days. Can she finish the schedule in Japan? Mobile ${$.phone(x.mob(false, "AU"))}.`;
      },
    },
    {
      key: "b6-kr-husband",
      countries: ["KR"],
      make: (x) => {
        const p = x.p({ female: true, minYear: 1975, maxYear: 1985 });
        const h = x.p({ female: false, minYear: 1970, maxYear: 1985 });
        return `${$.name(`${p.family} ${p.given}`)}'s husband (${$.name(`${h.family} ${h.given}`)}) insists on being present for every consult and answers for her. She has new unexplained bruises. Korean interpreter says she's scared. How do you get time alone with a patient when the spouse won't leave?`;
      },
    },
    {
      key: "b6-vn-relatives",
      countries: ["VN"],
      make: (x) => {
        const p = x.p({ female: true, minYear: 1940, maxYear: 1950 });
        return `Chị ${$.name(x.pick(["Lan", "Hương", "Thảo", "Nga"]))} (the daughter) called from Hanoi: her mother ${$.name(`${p.family} ${p.given}`)} is in our ICU after a stroke while visiting. Family wants to fly her home on a commercial flight with oxygen. GCS 11, NG-fed. Is that even possible?`;
      },
    },
    {
      key: "b6-hindi-mix",
      countries: ["IN"],
      make: (x) => {
        const p = x.p({ female: false, minYear: 1975, maxYear: 1985 });
        return `Sir ek case discuss karna tha. Patient ka naam ${$.name(full(p))} hai, umar 45, ${$.addr(x.pick(["Ghaziabad", "Meerut", "Aligarh", "Moradabad"]))} se aaye hain, mob ${$.phone(x.mob(false))}. Pet mein dard aur peeliya 2 hafte se, CA 19-9 1200, CT mein pancreatic head mass 3 cm, SMV abutment. Upfront surgery ya neoadjuvant FOLFIRINOX?`;
      },
    },
    {
      key: "b6-in-tamil",
      countries: ["IN"],
      make: (x) => {
        const w = x.pick(["Lakshmi", "Meenakshi", "Selvi", "Kavitha"]);
        const h = x.pick(["Murugan", "Senthil", "Rajendran", "Palanisamy"]);
        return `Tmt. ${$.name(w)}, W/o ${$.name(h)}, ${$.addr(`${x.pick(["Srirangam", "Thillai Nagar", "Woraiyur"])}, Tiruchirappalli`)} - 38/F with Sheehan's after PPH 10 years ago, never diagnosed, came with hypoglycaemia and Na 118. Hydrocortisone first then thyroxine, correct?`;
      },
    },
    {
      key: "b6-uk-pdf-filename",
      countries: ["UK"],
      make: (x) => {
        const p = x.p({ minYear: 1950, maxYear: 1970 });
        return { text: `Attached the report - just realised the file is called ${$.oid(`Scan_${p.family.replace(/[^A-Za-z]/g, "")}${p.given.replace(/[^A-Za-z]/g, "")}_CT_thorax.pdf`)}, mods please rename. 2.3 cm spiculated RUL nodule, PET avid, no nodes. Surgery vs SABR in a 70-pack-year smoker with FEV1 45%?`, note: "file name containing the patient's name" };
      },
    },
    {
      key: "b6-au-docx-filename",
      countries: ["AU"],
      make: (x) => {
        const p = x.p({ female: true });
        return `I've uploaded the template as ${$.oid(`${p.given.toLowerCase()}.${p.family.toLowerCase().replace(/[^a-z]/g, "")}_referral_FINAL(2).docx`)} - sorry, should have renamed it. Anyway, the section on falls risk is what I wanted feedback on.`;
      },
    },
    {
      key: "b6-nz-maori",
      countries: ["NZ"],
      make: (x) => {
        return `Rangatahi, ${$.name(`${x.pick(["Aroha", "Mere", "Kiri", "Anahera"])} ${x.pick(["Te Whata", "Ngata", "Parata", "Tawhiri"])}`)}, 17, from ${$.addr(x.pick(["Kaitaia", "Moerewa", "Opotiki", "Wairoa"]))}, acute rheumatic fever with carditis (moderate MR). Her koro ${$.name(x.pick(["Hemi", "Wiremu", "Tame"]))} brings her to every appointment. Monthly benzathine for 10 years - any tips for keeping rangatahi engaged?`;
      },
    },
    {
      key: "b6-ar-obra-social",
      countries: ["AR"],
      make: (x) => {
        const p = x.p({ female: false, minYear: 1955, maxYear: 1965 });
        return `Consulta: ${$.name(fullHisp(p))}, afiliado PAMI ${$.plan(`${x.digits(12)}-${pad(x.int(0, 9), 2)}`)}, con FA y ACV previo. PAMI no cubre apixabán, sí acenocumarol. RIN muy lábil. ¿Algún amparo o vía de excepción que les haya funcionado?`;
      },
    },
    {
      key: "b6-cl-puente-alto",
      countries: ["CL"],
      make: (x) => {
        const p = x.p({ female: true, minYear: 1950, maxYear: 1965 });
        return `Visita domiciliaria: ${$.name(fullHisp(p))}, ${$.addr(`Pasaje ${x.pick(["Los Olivos", "Las Acacias", "El Roble"])} ${x.int(100, 3000)}, Puente Alto`)}, postrada, úlcera sacra grado IV. FONASA tramo A. ¿Cómo consiguen colchón antiescaras por el consultorio?`;
      },
    },
    {
      key: "b6-co-bogota",
      countries: ["CO"],
      make: (x) => {
        const p = x.p({ female: false, minYear: 1985, maxYear: 1995 });
        return `Paciente ${$.name(fullHisp(p))}, domicilio ${$.addr(`Carrera ${x.int(7, 30)} # ${x.int(40, 90)}-${x.int(10, 60)}, Chapinero, Bogotá`)}, celular ${$.phone(x.mob())}. Leishmaniasis cutánea adquirida en el Guaviare, ya falló antimoniales. ¿Miltefosina o anfotericina liposomal?`;
      },
    },
    {
      key: "b6-us-introduced-himself",
      countries: ["US"],
      make: (x) => {
        const p = x.p({ female: false, minYear: 1945, maxYear: 1960 });
        return `Vet with PTSD and new-onset AF. Introduced himself as "${$.name(x.pick(["Buddy", "Hoss", "Skip"]))}" and said nobody's called him ${$.name(p.given)} since Vietnam. Prazosin for nightmares + metoprolol for rate - any interaction concerns with hypotension?`;
      },
    },
    {
      key: "b6-uk-dob-short-year",
      countries: ["UK"],
      make: (x) => {
        const p = x.p({ minYear: 1950, maxYear: 1965 });
        return `GP letter reads "${$.name(`${p.given.charAt(0)}${p.family.charAt(0)}`)} d.o.b ${$.date(`${p.dob.d}/${p.dob.m}/${String(p.dob.y).slice(2)}`)}, please see re: ?PMR". CRP 9, ESR 14, CK normal, shoulder pain only in the mornings. I don't think this is PMR. Thoughts?`;
      },
    },
    {
      key: "b6-uk-3rd-of-feb",
      countries: ["UK", "NG"],
      make: (x) => {
        const d = x.recent();
        return `She was fine until ${$.date(`the ${ordinal(d.d)} of ${monthName(d.m)}`)} when she developed a severe headache on straining, then worsening confusion. CT venogram: superior sagittal sinus thrombosis. LMWH despite a small haemorrhagic infarct - yes?`;
      },
    },
    {
      key: "b6-ca-qc-date",
      countries: ["CA"],
      make: (x) => {
        const d = x.recent();
        return `Québec : patient vu à l'urgence le ${$.date(`${d.d} ${MOIS[d.m - 1] ?? "février"}`)} pour une fracture de la cheville, plâtré, pas d'anticoagulation. Revient avec EP bilatérale. Les collègues orthos, vous donnez de la HBPM sous plâtre maintenant?`;
      },
    },
    {
      key: "b6-in-doa-dod",
      countries: ["IN"],
      make: (x) => {
        const d = x.recent();
        return `Discharge summary audit: DOA ${$.date(`${d.d}/${d.m}`)}, DOD ${$.date(`${Math.min(d.d + 7, 28)}/${d.m}`)}, diagnosis "viral fever" - but the chart shows platelets 18,000 and a positive NS1. Insurance claim rejected for wrong diagnosis. How do you get discharge summaries fixed retrospectively?`;
      },
    },
    {
      key: "b6-za-ymd",
      countries: ["ZA"],
      make: (x) => {
        const d = x.recent();
        return `Discharge card says "admitted ${$.date(`${d.y}/${pad(d.m, 2)}/${pad(d.d, 2)}`)}, DKA, new T1DM". Came back today in DKA again - the insulin pens were never collected from the pharmacy. Social worker says the clinic is 60 km away. Any ideas that work in rural EC?`;
      },
    },
    {
      key: "b6-de-ddmmyy",
      countries: ["DE"],
      make: (x) => {
        const p = x.p({ minYear: 1940, maxYear: 1960 });
        return `Laborschein ist kaum lesbar: "${$.name(`${p.family}, ${p.given.charAt(0)}.`)} GebDat ${$.date(`${pad(p.dob.d, 2)}${pad(p.dob.m, 2)}${String(p.dob.y).slice(2)}`)}" - Kalium 6,9, aber hämolytisch. Der Hausarzt hat den Patienten trotzdem eingewiesen. Hätte man nicht einfach neu abnehmen können?`;
      },
    },
    {
      key: "b6-ng-brother",
      countries: ["NG"],
      make: (x) => {
        const p = x.p({ female: false, minYear: 1985, maxYear: 1998 });
        const b = x.p({ female: false });
        return `Young man, ${$.name(p.given)}, 27, with recurrent epistaxis and an obstructing nasal mass - JNA? His elder brother ${$.name(`${b.given} ${p.family}`)} is paying and wants updates on ${$.phone(x.mob())}. Is embolisation available anywhere in the South-West?`;
      },
    },
    {
      key: "b6-es-alcalde",
      countries: ["ES"],
      make: (x) => {
        const town = x.pick(["Villanueva de la Serena", "Almendralejo", "Zafra", "Tomelloso"]);
        return { text: `Pueblo pequeño: mi paciente es el alcalde de ${$.addr(town)} y acaba de recibir un diagnóstico de ELA. Quiere seguir en el cargo. ¿Qué le digo sobre el pronóstico y la capacidad para trabajar?`, note: "public role: only the town is labelled" };
      },
    },
    {
      key: "b6-br-vereador",
      countries: ["BR"],
      make: (x) => {
        const city = x.pick(["Uberlândia", "Feira de Santana", "Caruaru", "Petrolina"]);
        return { text: `Paciente é vereador em ${$.addr(city)} e está internado com pancreatite alcoólica grave. A imprensa local ligou para a UTI. Como vocês lidam com pedidos de informação da imprensa sobre políticos?`, note: "public role: only the city is labelled" };
      },
    },
    {
      key: "b6-us-news-baby",
      countries: ["US"],
      make: (x) => {
        const d = x.recent();
        return { text: `You all saw the "baby born on the highway shoulder" story on the local news - she's in our NICU. Born ${$.date(`${monthName(d.m)} ${d.d}`)} at 31 weeks, now with NEC stage II. Medical management 7-10 days or surgical consult early?`, note: "news story not labelled; the birth date is" };
      },
    },
    {
      key: "b6-ie-age-words",
      countries: ["IE", "UK"],
      make: (x) => {
        const p = x.p({ female: true });
        return `Mrs ${$.name(p.family)}, ${$.age("aged ninety-six")}, still walks to mass daily, now with painless jaundice and a 3 cm pancreatic head mass. ERCP + stent and no further workup? Her son says "she'd never want an operation".`;
      },
    },
  ],
  negatives: [
    { key: "b6n-own-name-jp", country: "JP", text: "Tanaka here, cardiology fellow in Osaka. We're collecting cases of cardiac sarcoidosis diagnosed by FDG-PET without biopsy - DM me if you'd like to contribute to our registry (IRB approved).", note: "the posting physician's own name and city" },
    { key: "b6n-own-name-kr", country: "KR", text: "Dr. Park from Samsung Medical Center here - happy to share our protocol for HIPEC in gastric cancer. Our 3-year survival was 38% in the peritoneal-positive group.", note: "physician's own name and hospital" },
    { key: "b6n-behcet", country: "KR", text: "Behçet's with intestinal involvement, ileocecal ulcers, not responding to 5-ASA. Adalimumab or infliximab first? Korean data favour either, I think." },
    { key: "b6n-quasi-no-id", country: "UK", text: "Treated a well-known local footballer this week (won't say who). Hamstring avulsion, surgical repair within 2 weeks or conservative? Club physio wants him back in 8 weeks, which seems optimistic." , note: "quasi-identifier without any identifier" },
    { key: "b6n-quasi-judge", country: "US", text: "My patient is a retired judge with early Alzheimer's who still serves on a hospital ethics committee. How do you raise concerns about his capacity without embarrassing him?", note: "public role, no identifier" },
    { key: "b6n-hindi-no-id", country: "IN", text: "Sir, OPD mein aaj 30 patients the fever ke saath, sab mein platelet count kam. Dengue season shuru ho gaya. NS1 kit khatam ho gaye. IgM se kaam chalayein?" },
    { key: "b6n-tamil-nagar", country: "IN", text: "Working at a PHC near Madurai; snakebite cases are daily. ASV stock runs out monthly. Does anyone have data on low-dose ASV protocols (10 vials) vs high-dose?" , note: "physician's place of work" },
    { key: "b6n-cn-drugs", country: "CN", text: "Tislelizumab, sintilimab, camrelizumab - so many PD-1 inhibitors from China now. Do you see any difference in immune-related adverse events between them?" },
    { key: "b6n-vn-drugs", country: "VN", text: "Ceftriaxone 2 g IV daily x 14 days for typhoid with azithromycin resistance? Our MIC data show 30% resistance to azithro in the south." },
    { key: "b6n-es-fechas", country: "ES", text: "El congreso de la SEMI en Zaragoza es del 20 al 22 de noviembre. ¿Alguien presenta casos de amiloidosis por transtiretina? Nosotros llevamos 40 pacientes con tafamidis." , note: "conference dates and city" },
    { key: "b6n-pt-datas", country: "BR", text: "O prazo para submissão de resumos do congresso brasileiro de cardiologia termina em 15 de maio. Alguém quer colaborar no registro de miocardite pós-chagas?" , note: "deadline date, not a patient's" },
    { key: "b6n-de-termine", country: "DE", text: "Die neue S3-Leitlinie Demenz tritt am 1. Januar in Kraft. Ändert sich bei euch etwas an der Verordnung von Lecanemab? Bisher nur in Studien.", note: "guideline date" },
    { key: "b6n-fr-dates", country: "FR", text: "Les JNI (Journées Nationales d'Infectiologie) à Lyon du 11 au 13 juin : qui vient ? On présente nos données sur les bactériémies à Staphylococcus lugdunensis.", note: "conference date and city" },
    { key: "b6n-age-trial", country: "AU", text: "STEP-HFpEF enrolled patients 18 and over, median age 69. Our heart failure clinic patients are mostly over 80. Generalisability?" },
    { key: "b6n-scores-2", country: "CA", text: "PESI class V, sPESI 2, Bova stage III. ICU for monitoring or step-down? Troponin 180, BNP 900, RV/LV 1.2 on CT." },
    { key: "b6n-ecg-intervals", country: "NG", text: "PR 200 ms, QRS 120 ms, QTc 510 ms on chloroquine + azithromycin. Stop both? Mg 0.6, K 3.1. This is why I hate empirical antimalarials with macrolides." },
    { key: "b6n-model-numbers-2", country: "FR", text: "Sonde Medtronic 3830 SelectSecure pour stimulation de la branche gauche : vous l'utilisez en première intention ? Notre taux de succès est de 85 %." },
    { key: "b6n-lab-decimal", country: "BR", text: "Hb 7,8 g/dL, VCM 62 fL, ferritina 4 ng/mL, plaquetas 612.000. Sangramento uterino anormal. Ferro venoso (carboximaltose 1.000 mg) ou oral primeiro?", note: "decimal commas and thousand dots" },
    { key: "b6n-icd-codes-fr", country: "FR", text: "Codage PMSI : J96.0 + J44.1 ou J44.0 en DP ? Le DIM nous fait refaire tous les RSS de BPCO exacerbée." },
    { key: "b6n-co-dates", country: "CO", text: "La campaña nacional de vacunación contra la fiebre amarilla va hasta el 30 de junio. ¿Alguien ha visto eventos adversos graves en mayores de 60?" , note: "campaign date" },
    { key: "b6n-mx-hospital", country: "MX", text: "Hice la residencia en el Instituto Nacional de Cardiología en Tlalpan y ahora trabajo en Oaxaca. Cardiopatía reumática sigue siendo muy frecuente aquí. ¿Profilaxis secundaria con penicilina benzatínica cada 21 o 28 días?", note: "physician's training and work places" },
    { key: "b6n-ar-places", country: "AR", text: "Estoy en un hospital de Salta y vemos muchos casos de Chagas congénito. ¿Benznidazol o nifurtimox en lactantes? La adherencia es mejor con nifurtimox aquí.", note: "physician's place of work" },
    { key: "b6n-ie-hse", country: "IE", text: "HSE's new obesity pathway launched in January. Semaglutide still not reimbursed outside diabetes. Anyone got a patient approved under the exceptional circumstances route?" },
    { key: "b6n-vitals-chart-uk", country: "UK", text: "NEWS2 trend: 3 at 02:00, 5 at 04:00, 7 at 06:00. RR 26, SpO2 91% on 2 L, HR 118, BP 98/60, alert. Sepsis 6 started at 06:15. Outreach took 45 minutes to come. Normal?" , note: "clock times" },
  ],
};
