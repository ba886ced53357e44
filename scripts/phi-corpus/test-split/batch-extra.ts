/** Extra positives: East Asian names in other countries, a second dictation, bare ZIP codes. */
import { AD, AGE, DT, EM, HP, LI, MR, N, PH, SS, VE, fmt, t, tpl, withNote, type Tpl } from "./build";
import * as ids from "./ids";
import { phone, plate } from "./geo";
import { auAddr, brAddr, caAddr, frAddr } from "./common";
import { plain } from "./people";

export const batchExtra: Tpl[] = [
  tpl("x-jp-brazil", "JP", "mixed-language", (g) => {
    const p = g.person("jp", "F");
    const a = brAddr(g);
    return t`Paciente nissei, ${N(`${p.first} ${p.last}`)}, 71 anos, mora em ${AD(`${a.bairro}, ${a.city}`)}, com HTLV-1 e paraparesia espástica. A filha pergunta sobre o risco para os netos (amamentação). Alguém do ambulatório de HTLV pode orientar?`;
  }),
  tpl("x-kr-au", "KR", "kv", (g) => {
    const p = g.person("kr", "M");
    const a = auAddr(g);
    const m = ids.auMedicare(g.r);
    return t`Working holiday maker, reciprocal Medicare:
Name: ${N(`${p.last.toUpperCase()} ${p.first}`)}
Medicare: ${HP(`${m.slice(0, 4)} ${m.slice(4, 9)} ${m.slice(9)}`)}
Staying at: ${AD(a.full)}
Issue: Q fever after meat-works job, endocarditis screen. Does his Korean insurance cover follow-up echo once he's home?`;
  }),
  tpl("x-cn-ca", "CN", "bold-labels", (g) => {
    const p = g.person("cn", "F");
    const a = caAddr(g);
    return t`**Pt:** ${N(`${p.last}, ${p.first}`)} **Age:** ${AGE("93")} **Lang:** Cantonese
**Addr:** ${AD(a.full)}
**Son:** ${N(g.person("cn", "M").first)} ${PH(phone.ca(g.r, a.prov, 0))}
Delirium, hyponatremia 121, on SSRI started 2 weeks ago by a walk-in. Stop the citalopram and fluid restrict?`;
  }),
  tpl("x-vn-fr", "VN", "case", (g) => {
    const p = g.person("vn", "F");
    const a = frAddr(g);
    return t`Mme ${N(plain(p.full))}, 58 ans, d'origine vietnamienne, habitant ${AD(a.cpCity)}, hépatite B chronique AgHBe négatif, ADN 2 400 UI/mL, ALAT normales, fibroscan 6,1. Surveillance ou traitement ? Sa fille ${N(plain(g.person("vn", "F").first))} nous sert d'interprète.`;
  }),
  tpl("x-jp-us-age", "JP", "short-reply", (g) => {
    const p = g.person("jp", "M");
    return t`Agree. Our Nisei patient, Mr. ${N(p.last)}, ${AGE("ninety-five")}, a former internee, did well with the same approach. He still gardens every morning.`;
  }),
  tpl("x-kr-uk", "KR", "lowercase-chat", (g) => {
    const p = g.person("kr", "F");
    return t`student from seoul, ${N(`${p.first} ${p.last}`.toLowerCase())}, 22, here for a masters, needs her isotretinoin continued. pregnancy prevention programme paperwork in english only. her mobile ${PH(phone.ukMobile(g.r, false))}. anyone have the PPP leaflet in korean`;
  }),
  tpl("x-cn-nz", "CN", "case", (g) => {
    const p = g.person("cn", "M");
    return withNote(t`Kiwi-Chinese patient ${N(p.full)}, NHI ${MR(ids.nzNhi(g.r))}, 66, from ${AD("Botany Downs, Auckland 2010")}, nasopharyngeal carcinoma with recurrence. His brother ${N(g.person("cn", "M").first)} in ${AD("Guangzhou")} had the same. Family screening with EBV serology?`, "NZ National Health Index number");
  }),
  tpl("x-uk-dictation", "UK", "dictated", (g) => {
    const p = g.person("uk", "F");
    const dob = g.dob(30, 60);
    return t`Voice-recognition letter that went out unedited, look at this: "Dear Doctor comma re colon Miss ${N(p.full)} comma date of birth ${DT(fmt.long(dob))} full stop new line I saw this pleasant lady in clinic today full stop she has had three episodes of haematuria full stop." The secretary left the punctuation words in. We've all been there. Anyway, flexi-cystoscopy normal: CT urogram next?`;
  }),
  tpl("x-us-zip-only", "US", "short-reply", (g) => {
    const zip = g.pick(["38614", "71301", "24201", "88030"]);
    return t`My patient's ZIP is ${AD(zip)} and the nearest pharmacy that stocks naloxone is 50 miles away. Mail-order works, barely.`;
  }),
  tpl("x-us-county-relative", "US", "case", (g) => {
    const p = g.person("us", "F");
    return t`Teen with first-episode psychosis, parents divorced. Mother ${N(p.first)} lives in ${AD("Yakima County")}, father in ${AD("Seattle")}. Court order says joint decision-making. Clozapine discussion needs both. How do you run a family meeting across counties?`;
  }),
  tpl("x-ie-dob-compact", "IE", "lab-export", (g) => {
    const dob = g.dob(40, 70);
    const p = g.person("ie", "M");
    return t`Lab system export (the HL7 is ugly):
PID|||${MR(g.r.digitsNz(7))}||${N(`${p.last.toUpperCase()}^${p.first.toUpperCase()}`)}||${DT(fmt.compact(dob))}|M
OBX|1|NM|CK||18400|U/L
Statin myopathy vs necrotising autoimmune myopathy? HMGCR Ab pending.`;
  }),
  tpl("x-in-plate-dl", "IN", "kv", (g) => {
    return t`Medico-legal intimation form:
Vehicle No.: ${VE(plate.in(g.r))}
Driver's DL No.: ${LI(`${g.pick(["KA01", "TN22", "MH04"])} ${g.int(2005, 2021)}${g.r.digits(7)}`)}
Injured: pillion rider, 19F, splenic injury grade 3, stable. Police asking for "final opinion" today itself. We have given provisional. Correct?`;
  }),
  tpl("x-mx-email-rfc", "MX", "forwarded", (g) => {
    const p = g.person("mx", "M");
    const em = `${plain(p.first).toLowerCase().replace(/[^a-z]/g, "")}.${plain(p.last.split(" ")[0] ?? p.last).toLowerCase().replace(/[^a-z]/g, "")}@${g.pick(["prodigy.net.mx", "hotmail.com", "gmail.com"])}`;
    return t`El hijo del paciente me escribió desde ${EM(em)} pidiendo un resumen clínico "para el seguro de gastos médicos mayores". ¿Lo mandan por correo o solo en persona? Mi paciente tiene ${AGE("90 años")} y el hijo vive en Texas.`;
  }),
  tpl("x-ng-ssn-like", "NG", "record-no", (g) => {
    const p = g.person("ng", "M");
    return t`Hospital number ${MR(`${g.r.digits(2)}/${g.r.digits(2)}/${g.r.digits(4)}`)}, ${N(p.full)}, 45, tetanus after a farm injury, on diazepam + magnesium. HTIG not available. Intrathecal TIG anyone?`;
  }),
  tpl("x-fr-nir-mother", "FR", "question", (g) => {
    const p = g.person("fr", "F");
    const dob = g.dob(28, 40);
    return withNote(t`Pour un nouveau-né sans carte Vitale, on facture sur le NIR de la mère (${SS(ids.nir(g.r, dob, true))}), ${N(p.full)}. Mais la sage-femme dit qu'il faut le rattacher au père. Qui a raison ?`, "mother's social-security number (relative)");
  }),
];
