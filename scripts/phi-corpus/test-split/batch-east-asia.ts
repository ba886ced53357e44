/** Chinese, Japanese, Vietnamese and Korean names and formats, at home and abroad. */
import { AD, AGE, DT, EM, HP, N, OI, PH, SS, VE, fmt, neg, t, tpl, withNote, type Tpl } from "./build";
import * as ids from "./ids";
import { phone, CN_PLACES, JP_PLACES, VN_PLACES, KR_PLACES } from "./geo";
import { nativeScriptName, plain } from "./people";
import { usAddr, ukAddr, auAddr } from "./common";

export const batchEastAsia: Tpl[] = [
  // Chinese
  tpl("cn-id", "CN", "non-native", (g) => {
    const p = g.person("cn", "F");
    const dob = g.dob(35, 60);
    return withNote(t`Dear teachers, patient ${N(p.full)}, female, ID card ${SS(ids.cnId(g.r, dob, true))}, from ${AD(g.pick(CN_PLACES))}. She has nasopharyngeal carcinoma stage IVA, EBV DNA 12,000 copies after induction. Should we add more cycles of GP before chemoradiation? Thank you very much.`, "Chinese resident identity card number");
  }),
  tpl("cn-hanzi", "CN", "mixed-language", (g) => {
    const name = nativeScriptName(g.r, "cn");
    return t`请教各位: 患者${N(name)}, 男, 67岁, 手机 ${PH(phone.cn(g.r, false))}. Esophageal squamous ca after neoadjuvant CROSS, pCR on surgery. Adjuvant nivolumab per CheckMate 577 only applies to non-pCR, right? Family asking anyway.`;
  }),
  tpl("cn-us-surname-first", "CN", "case", (g) => {
    const p = g.person("cn", "M");
    const a = usAddr(g);
    return t`Interpreter-mediated visit today. ${N(`${p.last.toUpperCase()}, ${p.first}`)}, 58, recent immigrant living with his daughter at ${AD(a.full)}. HBV e-antigen negative, DNA 3,400 IU/mL, ALT 52, fibroscan 8.1 kPa. Treat or monitor? AASLD and Chinese guidelines differ here.`;
  }),
  tpl("cn-wechat", "CN", "lowercase-chat", (g) => {
    const w = `${g.pick(["wxid_", "lucky", "sunny"])}${g.r.letters(4, "abcdefghjkmnpqrstuvwxyz")}${g.r.digits(3)}`;
    return withNote(t`pt's family added me on wechat (their id is ${OI(w)}) and keeps sending CT images at midnight. 45yo with HCC 6 cm, BCLC B. TACE vs TARE? and how do you set boundaries w/ family on wechat lol`, "messaging-app handle");
  }),
  tpl("cn-date-dots", "CN", "sms", (g) => {
    const d = g.recent(200, 10);
    return t`pt ${N(g.person("cn", "F").full)} 手术 ${DT(fmt.cnDash(d))}, POD10 fever + CRP 180, CT collection 4cm near the anastomosis. drain vs antibiotics only?`;
  }),
  tpl("cn-grandmother-age", "CN", "case", (g) => {
    const p = g.person("cn", "F");
    return t`Grandmother ${N(`${p.last} ${p.first}`)}, ${AGE("97 years old")}, living with her grandson in ${AD("Flushing, NY 11355")}, on 9 medications including two benzos from different doctors. Deprescribing plan? Family thinks stopping anything is "giving up".`;
  }),
  tpl("cn-email", "CN", "forwarded", (g) => {
    const p = g.person("cn", "M");
    const em = `${p.last.toLowerCase()}${p.first.toLowerCase()}${g.int(60, 99)}@${g.pick(["163.com", "qq.com", "126.com"])}`;
    return t`Received from ${EM(em)}: "Doctor, my father PSA 48, bone scan positive, in China they say only castration. Any better option?" Docetaxel + ADT + darolutamide per ARASENS would be standard. How do you answer overseas family emails?`;
  }),
  // Japanese
  tpl("jp-mynumber", "JP", "non-native", (g) => {
    const p = g.person("jp", "M");
    return withNote(t`Hello, I am physician in Japan. Patient ${N(p.full)}, My Number ${SS(ids.myNumber(g.r).replace(/(\d{4})(\d{4})(\d{4})/, "$1 $2 $3"))} was written on referral letter by mistake. Is it problem for privacy if I keep the letter in chart? Also question: his IgG4-related disease relapsed on prednisolone 5 mg.`, "Japanese individual number");
  }),
  tpl("jp-kanji-postcode", "JP", "mixed-language", (g) => {
    const name = nativeScriptName(g.r, "jp");
    return t`Case from our 在宅 team: ${N(name)}様, ${AGE("92歳")}, 住所 ${AD(g.pick(["〒154-0017 東京都世田谷区世田谷", "〒560-0021 大阪府豊中市本町", "〒222-0033 神奈川県横浜市港北区新横浜", "〒060-0042 北海道札幌市中央区大通西"]))}. Severe AS, declines TAVI. Home oxygen and furosemide only. How do you talk about prognosis with the family in Japan vs the US?`;
  }),
  tpl("jp-san", "JP", "case", (g) => {
    const p = g.person("jp", "F");
    return t`Our patient ${N(`${p.last}`)}-san, 44, an expat from ${AD("Osaka")} working in ${AD("Düsseldorf")}, presented with Kawasaki-like illness? No, adult-onset Still's: ferritin 42,000, fever, rash. Her husband ${N(g.person("jp", "M").first)} asks if it's genetic. Anakinra first-line?`;
  }),
  tpl("jp-insurance", "JP", "kv", (g) => {
    const p = g.person("jp", "F");
    const dob = g.dob(60, 80);
    return withNote(t`Referral to our clinic in Sydney, from a Japanese tourist:
Name: ${N(`${p.last.toUpperCase()} ${p.first}`)}
DOB: ${DT(fmt.ja(dob))}
Insurance: 記号 ${HP(String(g.int(10, 99)))} 番号 ${HP(g.r.digits(4))}
Issue: DVT after a 10-hour flight, travelling home in 3 days. Rivaroxaban and fly, or delay?`, "Japanese health-insurance card symbol and number");
  }),
  tpl("jp-phone", "JP", "short-reply", (g) => {
    return t`If it helps, the patient's wife in Japan can be reached on ${PH(phone.jp(g.r, true))}; she speaks some English. I'm handing over to you tomorrow.`;
  }),
  tpl("jp-place", "JP", "question", (g) => {
    const p = g.person("jp", "M");
    return t`Exchange student ${N(p.full)}, 20, from ${AD(g.pick(JP_PLACES))}, admitted with mumps orchitis. Never vaccinated (Japan doesn't include MMR routinely). Contact tracing in the dorm, who needs MMR?`;
  }),
  // Vietnamese
  tpl("vn-caps", "VN", "non-native", (g) => {
    const p = g.person("vn", "M");
    const dob = g.dob(40, 70);
    return t`Xin chào, I am doctor in Vietnam. Patient ${N(plain(p.full).toUpperCase())}, born ${DT(fmt.eu(dob))}, CCCD ${SS(ids.cccd(g.r, dob, false))}. He has melioidosis with liver abscess, on ceftazidime 2 weeks, still fever. Should we change to meropenem? Thank you.`;
  }),
  tpl("vn-diacritics", "VN", "mixed-language", (g) => {
    const p = g.person("vn", "F");
    return t`Bệnh nhân ${N(p.full)}, 34 tuổi, ở ${AD(g.pick(VN_PLACES))}, sốt xuất huyết ngày 5, tiểu cầu 12.000. Hematocrit tăng 25%. Dengue shock syndrome compensated: crystalloid 10 mL/kg/h enough or colloid now?`;
  }),
  tpl("vn-bhyt", "VN", "kv", (g) => {
    const p = g.person("vn", "M");
    return withNote(t`Patient: ${N(p.full)}
BHYT: ${HP(`${g.pick(["DN", "HT", "GD", "CN"])}${g.r.digits(1)}${g.r.digits(2)}${g.r.digits(10)}`)}
Phone: ${PH(phone.vn(g.r))}
Question: insurance in Vietnam does not cover SGLT2i for HFrEF, he pays himself. Dapagliflozin 10 mg only or can we use 5 mg to save money?`, "Vietnamese health-insurance card number");
  }),
  tpl("vn-us-nail", "VN", "case", (g) => {
    const p = g.person("vn", "F");
    return t`Nail salon worker, ${N(plain(p.full))}, 39, lives in ${AD("Westminster, CA 92683")}, chronic cough and asthma-like symptoms. Methacrylate exposure? Occupational asthma workup: serial peak flows at work vs home. Her sister ${N(plain(g.person("vn", "F").full))} has the same.`;
  }),
  tpl("vn-date", "VN", "sms", (g) => {
    const d = g.recent(100, 5);
    return t`bn nhập viện ${DT(fmt.vn(d))}, rắn lục cắn, INR >10, đã dùng 3 lọ huyết thanh. more antivenom or FFP? (sorry mixing languages, on night shift)`;
  }),
  tpl("vn-age", "VN", "case", () => {
    return t`Cụ bà ${AGE("95 tuổi")}, gãy cổ xương đùi, gia đình không muốn mổ. In Vietnam we do not have geriatric orthopaedic service. Conservative: how long bed rest, and how do we prevent pressure sores at home?`;
  }),
  // Korean
  tpl("kr-rrn", "KR", "non-native", (g) => {
    const p = g.person("kr", "F");
    const dob = g.dob(30, 60);
    return withNote(t`Hello from Seoul. Patient ${N(p.full)}, resident number ${SS(ids.krRrn(g.r, dob, true))}, has Takayasu arteritis with renal artery stenosis. Tocilizumab is approved here. Do you stent before or after disease control?`, "Korean resident registration number");
  }),
  tpl("kr-hangul", "KR", "mixed-language", (g) => {
    const name = nativeScriptName(g.r, "kr");
    return t`환자 ${N(name)}, 남 58세, 연락처 ${PH(phone.kr(g.r, false))}. Gastric cancer after ESD, margin positive. Additional surgery vs repeat ESD? 보호자 asks for the less invasive one.`;
  }),
  tpl("kr-us", "KR", "case", (g) => {
    const p = g.person("kr", "M");
    return t`Our patient ${N(`${p.first} ${p.last}`)} (goes by "${N(g.pick(["Danny", "Steve", "Mike", "Paul"]))}" at work), 47, from ${AD(g.pick(KR_PLACES))}, here on a work visa. Gastric cancer screening: he had upper endoscopy every 2 yrs in Korea. Continue here? US guidelines don't cover it.`;
  }),
  tpl("kr-plate", "KR", "short-reply", (g) => {
    return t`In Korea the police got the patient's car (plate ${VE(`${g.int(10, 399)}${g.pick(["가", "나", "다", "라", "마", "거", "너", "더"])} ${g.r.digits(4)}`)}) from CCTV and found the family within an hour. Different world.`;
  }),
  tpl("kr-email", "KR", "forwarded", (g) => {
    const p = g.person("kr", "F");
    const em = `${p.last.toLowerCase()}.${p.first.toLowerCase().replace("-", "")}${g.int(70, 99)}@${g.pick(["naver.com", "daum.net", "gmail.com"])}`;
    return t`The patient's daughter (${EM(em)}) asks whether her mother's Moyamoya is hereditary and if she should be screened. RNF213 testing available? Mother had a stroke at 52.`;
  }),
  tpl("asia-mixed-uk", "CN", "case", (g) => {
    const p = g.person("cn", "M");
    const a = ukAddr(g);
    return t`Takeaway owner, ${N(p.full)}, 52, of ${AD(a.full)}, presents with haemoptysis; worked in a jade-carving workshop for 20 years. Silicosis? TB? Both? CT: upper lobe nodules with eggshell calcification of nodes.`;
  }),
  tpl("asia-mixed-au", "VN", "lowercase-chat", (g) => {
    const p = g.person("vn", "M");
    const a = auAddr(g);
    return t`pt ${N(plain(p.full).toLowerCase())} from ${AD(a.loc)} w/ strongyloides hyperinfection after dex for covid. ivermectin sc (vet formulation) anyone used it in humans in australia??`;
  }),
  // negatives
  neg("cn-neg-tcm", "CN", "question", "Has anyone seen hepatotoxicity from He Shou Wu (Polygonum multiflorum)? We had three cases this year. Also Ma Huang in weight-loss teas. Is there a Chinese-language leaflet for patients?", "herbal product names that look like personal names"),
  neg("cn-neg-nhc", "CN", "question", "China's NHC 2023 guideline for sepsis still recommends 30 mL/kg. Our ICU in Wuhan follows SSC 2021 instead. Any Chinese colleagues with local data?", "guideline and the physician's own city"),
  neg("jp-neg-hashimoto", "JP", "short-reply", "Hakaru Hashimoto described his thyroiditis in 1912 in Berlin. Takayasu, Kawasaki, Kikuchi, Moyamoya: Japan has given medicine many names.", "eponyms and a historical date"),
  neg("jp-neg-yoshida", "JP", "question", "Has anyone tried the Yoshida protocol for HCC in elderly Japanese? I saw it at the JSH congress in Kobe, 2024. Looks promising but small.", "author name of a protocol, congress"),
  neg("kr-neg-kdca", "KR", "short-reply", "KDCA hotline 1339 for infectious disease reporting in Korea. Emergency 119. Those are the public numbers.", "public service numbers"),
  neg("vn-neg-dengue", "VN", "case", "Vietnam reported 172,000 dengue cases in 2023. In our province the peak was in week 38. Fluid protocol from the Ministry of Health 2019 works well for us.", "public statistics"),
  neg("vn-neg-names-drugs", "VN", "question", "Anyone using Hoạt Huyết Dưỡng Não with DOACs? Many of my Vietnamese patients take it. Ginkgo interaction with apixaban is my worry.", "supplement brand name"),
  neg("kr-neg-ages", "KR", "case", "Korean NHIS data: 9% of adults over 65 take more than 10 medications. Our polypharmacy clinic sees patients aged 70-89 mostly. Deprescribing tools in Korean?", "aggregate ages"),
];
