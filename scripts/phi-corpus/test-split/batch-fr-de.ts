/** France (incl. Réunion) and the German-speaking countries. */
import { AC, AD, AGE, DT, DV, EM, Gen, HP, LI, MR, N, PH, SS, VE, fmt, neg, t, tpl, withNote, type Tpl } from "./build";
import * as ids from "./ids";
import { phone, plate } from "./geo";
import { deAddr, frAddr } from "./common";
import { plain } from "./people";

/** German tax ID (Steuer-IdNr): 11 digits, ISO 7064 MOD 11,10, one digit repeated in the first ten. */
function steuerId(g: Gen): string {
  for (;;) {
    const ten = g.r.digitsNz(10);
    const counts = new Map<string, number>();
    for (const c of ten) counts.set(c, (counts.get(c) ?? 0) + 1);
    const multi = [...counts.values()].filter((v) => v > 1);
    if (multi.length !== 1 || (multi[0] ?? 0) > 3) continue;
    let product = 10;
    for (const c of ten) {
      let sum = (Number(c) + product) % 10;
      if (sum === 0) sum = 10;
      product = (sum * 2) % 11;
    }
    const check = (11 - product) % 10;
    return `${ten.slice(0, 2)} ${ten.slice(2, 5)} ${ten.slice(5, 8)} ${ten.slice(8)}${check}`;
  }
}
/** Swiss AHV/AVS number 756.XXXX.XXXX.XC with the EAN-13 check digit. */
function ahv(g: Gen): string {
  const twelve = "756" + g.r.digits(9);
  const sum = [...twelve].reduce((a, c, i) => a + Number(c) * (i % 2 === 0 ? 1 : 3), 0);
  const c = (10 - (sum % 10)) % 10;
  const s = twelve + c;
  return `${s.slice(0, 3)}.${s.slice(3, 7)}.${s.slice(7, 11)}.${s.slice(11)}`;
}
/** Austrian social-insurance number: 3 serial + check + DDMMYY; weights 3,7,9,5,8,4,2,1,6 mod 11. */
function atSvnr(g: Gen, dob: Date): string {
  const ddmmyy = `${String(dob.getUTCDate()).padStart(2, "0")}${String(dob.getUTCMonth() + 1).padStart(2, "0")}${String(dob.getUTCFullYear() % 100).padStart(2, "0")}`;
  for (;;) {
    const serial = String(g.int(100, 999));
    const ds = [...(serial + ddmmyy)].map(Number);
    const w = [3, 7, 9, 5, 8, 4, 2, 1, 6];
    const c = ds.reduce((a, d, i) => a + d * (w[i] ?? 0), 0) % 11;
    if (c === 10) continue;
    return `${serial}${c} ${ddmmyy}`;
  }
}

export const batchFrDe: Tpl[] = [
  // France
  tpl("fr-nir-caps", "FR", "mixed-language", (g) => {
    const p = g.person("fr", "F");
    const dob = g.dob(55, 80);
    return t`Bonjour, cas difficile. Mme ${N(`${p.last.toUpperCase()} ${p.first}`)}, née le ${DT(fmt.dot(dob))}, NIR ${SS(ids.nir(g.r, dob, true))}, adressée pour une hyponatrémie à 118 sous indapamide. Correction trop rapide la nuit dernière, +14 en 24 h. Re-baisser avec desmopressine + G5 ? Merci pour vos retours (English answers welcome).`;
  }),
  tpl("fr-ipp", "FR", "record-no", (g) => {
    const ipp = `${g.int(80, 99)}${g.r.digits(8)}`;
    const d = g.recent(100, 3);
    return withNote(t`IPP ${MR(ipp)} : homme 67 ans, entré le ${DT(fmt.frDM(d))} pour AVC ischémique sylvien gauche, thrombolysé, transformation hémorragique PH1 à H24. Reprise de l'anticoagulation pour sa FA : J4 ou J14 ? ELAN dit tôt.`, "IPP = identifiant permanent du patient (hospital record number)");
  }),
  tpl("fr-address", "FR", "kv", (g) => {
    const p = g.person("fr", "M");
    const a = frAddr(g);
    return t`Demande d'HAD refusée, je ne comprends pas pourquoi :
Patient : ${N(p.full)}
Adresse : ${AD(a.full)}
Tél : ${PH(phone.fr(g.r, false))}
Motif : antibiothérapie IV 6 semaines (spondylodiscite à S. aureus), PICC line en place.
Le prestataire dit "hors secteur". Quelqu'un connaît les règles de sectorisation HAD ?`;
  }),
  tpl("fr-mobile", "FR", "lowercase-chat", (g) => {
    return t`la fille de ma patiente m'appelle tous les jours sur mon portable perso (elle l'a eu par la secrétaire), elle appelle du ${PH(phone.fr(g.r, true, 0))}. comment vous gérez ça sans casser la relation ? mère 84 ans, démence modérée`;
  }),
  tpl("fr-mutuelle", "FR", "question", (g) => {
    const num = g.r.digitsNz(9);
    return t`Mutuelle refuses to reimburse the dental implant for my patient with ectodermal dysplasia, adhérent n° ${HP(num)}. ALD 31 is in place. Anyone had success with the "prise en charge dérogatoire"?`;
  }),
  tpl("fr-plate", "FR", "case", (g) => {
    const pl = plate.fr(g.r);
    return t`Accident de la voie publique, conducteur de la Clio immatriculée ${VE(pl)}, épileptique connu, crise au volant. Les gendarmes demandent si "le médecin savait". Secret médical absolu en France, je ne réponds rien, correct ?`;
  }),
  tpl("fr-permis", "FR", "question", (g) => {
    const pn = `${g.r.digits(2)}${g.r.letters(2)}${g.r.digits(5)}`;
    return withNote(t`Médecin agréé permis de conduire: pt with OSA on CPAP, permis n° ${LI(pn)}, needs the visite médicale for poids lourds. Is 4h/night of CPAP enough for the arrêté? Compliance report shows 5.2 h average.`, "French driving licence number");
  }),
  tpl("fr-chasse", "FR", "short-reply", (g) => {
    const n = `${g.int(10, 95)}-${g.r.digits(6)}`;
    return t`Pour le permis de chasser (n° ${LI(n)} pour mon patient), le certificat n'est plus obligatoire, seulement la déclaration sur l'honneur. Mais en cas de trouble psy, on peut signaler au préfet.`;
  }),
  tpl("fr-age-ans", "FR", "case", (g) => {
    const a = g.pick(["92", "95", "97"]);
    return t`Patiente de ${AGE(`${a} ans`)}, EHPAD, fracture du col fémoral, sous AVK. La famille refuse la chirurgie "à son âge". Elle est autonome, marche avec une canne. Traitement fonctionnel vs chirurgie : comment présentez-vous la balance ?`;
  }),
  tpl("fr-email", "FR", "forwarded", (g) => {
    const p = g.person("fr", "F");
    const em = `${plain(p.first).toLowerCase().replace(/[^a-z]/g, "")}.${plain(p.last).toLowerCase().replace(/[^a-z]/g, "")}${g.int(1, 99)}@${g.pick(["orange.fr", "free.fr", "laposte.net", "wanadoo.fr"])}`;
    return t`Reçu ce matin de ${EM(em)} : "Docteur, mon INR est à 6,2, je saigne des gencives, je prends quoi ?". La patiente m'écrit directement au lieu d'appeler le 15. Je lui ai répondu d'appeler. Quelle politique dans vos cabinets pour les mails patients ?`;
  }),
  tpl("fr-reunion", "FR", "case", (g) => {
    const p = g.person("fr", "M");
    return t`Dengue + leptospirose chez un agriculteur de ${AD("97410 Saint-Pierre")}, La Réunion. ${N(p.full)}, 45 ans. Insuffisance rénale aiguë, thrombopénie à 22 G/L. Pénicilline G ou ceftriaxone ? Dialyse si diurèse ne reprend pas ?`;
  }),
  tpl("fr-sejour", "FR", "encounter", (g) => {
    const nda = g.r.digitsNz(9);
    return withNote(t`Numéro de séjour ${AC(nda)}, codage PMSI: la DIM me demande de recoder une pneumopathie en "sepsis" pour le GHM. Le patient avait une lactatémie à 2.1 et pas de défaillance d'organe. Je refuse ?`, "numéro de séjour (stay/encounter number) labelled as account");
  }),
  tpl("fr-date-juillet", "FR", "lowercase-chat", (g) => {
    const d = g.recent(330, 20);
    return t`Petite question : greffé rénal, tacrolimus, le ${DT(fmt.frDM(d))} il a commencé du millepertuis acheté en pharmacie, taux effondré à 2.1. Rejet aigu à la biopsie. Combien de temps le millepertuis induit-il après l'arrêt ?`;
  }),
  tpl("fr-nir-spaced-less", "FR", "sms", (g) => {
    const dob = g.dob(30, 60);
    const nir = ids.nir(g.r, dob, g.chance(0.5)).replace(/ /g, "");
    return t`carte vitale ${SS(nir)} illisible au lecteur, pt en urgence, facture en mode dégradé ? ou je fais payer et feuille papier`;
  }),
  // Germany / Austria / Switzerland
  tpl("de-kvnr", "DE", "mixed-language", (g) => {
    const p = g.person("de", "M");
    const dob = g.dob(50, 75);
    return t`Kurze Frage an die Kollegen: Herr ${N(p.full)}, geb. ${DT(fmt.dot(dob))}, KVNR ${HP(ids.kvnr(g.r))}, Z.n. NSTEMI, jetzt Ticagrelor + ASS. Die Kasse lehnt die Kostenübernahme für Inclisiran ab, LDL 98 mg/dl unter Atorva 80 + Ezetimib. Any experience with Widerspruch?`;
  }),
  tpl("de-rvnr", "DE", "question", (g) => {
    const p = g.person("de", "F");
    const dob = g.dob(40, 60);
    return withNote(t`Reha-Antrag bei der DRV: my patient ${N(p.full)}, Rentenversicherungsnummer ${SS(ids.rvnr(g.r, dob, p.last, true))}, long COVID with PEM. DRV wants "Leistungsfähigkeit" assessed. Does anyone do the 2-day CPET for this?`, "German pension insurance number");
  }),
  tpl("de-steuer", "DE", "short-reply", (g) => {
    return withNote(t`Die Steuer-ID meines Patienten (${SS(steuerId(g))}) hat auf dem Pflegegrad-Antrag nichts verloren. Nicht eintragen.`, "German tax identification number");
  }),
  tpl("de-address-phone", "DE", "bold-labels", (g) => {
    const p = g.person("de", "F");
    const a = deAddr(g);
    return t`**Überweisung Palliativ-SAPV**
**Pat.:** ${N(`${p.last}, ${p.first}`)}
**Anschrift:** ${AD(a.full)}
**Tel.:** ${PH(phone.de(g.r, a.city, false))}
**Diagnose:** Pankreas-Ca, Leberfiliae, Aszites
Das SAPV-Team sagt, die Adresse liege außerhalb ihres Gebiets. Wer ist zuständig?`;
  }),
  tpl("de-mobile", "DE", "lowercase-chat", (g) => {
    return t`pat. ruft ständig vom handy ${PH(phone.de(g.r, "Berlin", true, g.pick([0, 1])))} an und will opioide nachbestellen, btm-rezept. 3 mal in 2 wochen "verloren". wie geht ihr damit um`;
  }),
  tpl("de-fallnummer", "DE", "record-no", (g) => {
    const fall = g.r.digitsNz(8);
    const pid = g.r.digitsNz(7);
    return withNote(t`Fallnummer ${AC(fall)}, PID ${MR(pid)}: MDK hat die Verweildauer gekürzt, Pneumonie mit Delir, 12 Tage. Die Begründung: "keine Krankenhausbehandlungsbedürftigkeit ab Tag 6". Wie formuliert ihr den Widerspruch?`, "Fallnummer is the case (account) number; PID the patient number");
  }),
  tpl("de-plate", "DE", "case", (g) => {
    const pl = plate.de(g.r, g.pick(["M", "B", "HH", "K", "S", "F", "DU"]));
    return t`Verkehrsunfall, Fahrer des PKW ${VE(pl)} mit Hypoglykämie, BZ 31 mg/dl. Polizei fragt nach Fahreignung. Ich bin Notarzt, nicht Hausarzt. Wer muss was melden in Deutschland? Meines Wissens keine Meldepflicht.`;
  }),
  tpl("de-wbk", "DE", "question", (g) => {
    const wbk = `${g.r.digits(3)}/${g.int(10, 24)}`;
    return withNote(t`Sportschütze mit Depression, Waffenbesitzkarte Nr. ${LI(wbk)}. Die Waffenbehörde verlangt ein fachärztliches Gutachten. Er ist seit 6 Monaten stabil unter Sertralin. Was schreibt ihr?`, "firearms ownership card number");
  }),
  tpl("de-star-dob", "DE", "lab-export", (g) => {
    const p = g.person("de", "M");
    const dob = g.dob(60, 85);
    return t`Befund aus dem Labor, copy-paste:
${N(`${p.last.toUpperCase()}, ${p.first}`)} *${DT(fmt.dot(dob))}
Kreatinin 3,4 mg/dl, eGFR 18, Kalium 6,1 mmol/l, pH 7,28
Hausarzt hat Spironolacton + Ramipril + Ibuprofen verordnet. Triple whammy. Dialyse oder erstmal absetzen und Fluid?`;
  }),
  tpl("de-age-jaehrig", "DE", "case", (g) => {
    const a = g.pick(["91", "93", "96"]);
    return t`${AGE(`${a}-jährige`)} Patientin aus dem Pflegeheim, septischer Schock bei Urosepsis, Patientenverfügung: "keine lebensverlängernden Maßnahmen". Tochter will trotzdem ICU. Rechtlich ist die PV bindend, oder?`;
  }),
  tpl("de-day-month", "DE", "sms", (g) => {
    const d = g.recent(150, 10);
    return t`pat seit ${DT(fmt.deDM(d))} unter clozapin, jetzt fieber 38,9 + CRP 120 + troponin 340. myokarditis?? absetzen sofort? psychiater meint "abwarten"`;
  }),
  tpl("at-svnr", "AT", "kv", (g) => {
    const p = g.person("de", "F");
    const dob = g.dob(30, 70);
    return withNote(t`ÖGK-Antrag, Rückfrage:
Name: ${N(p.full)}
SVNR: ${SS(atSvnr(g, dob))}
Wohnort: ${AD(`${g.pick(["6020 Innsbruck", "8010 Graz", "4020 Linz", "5020 Salzburg", "9020 Klagenfurt"])}`)}
Diagnose: schwere Psoriasis, PASI 24
Die Kasse will vor Biologika 2 konventionelle Systemtherapien. MTX + Fumarat schon gehabt. Reicht das?`, "Austrian social-insurance number (with its date-of-birth part)");
  }),
  tpl("ch-ahv", "CH", "question", (g) => {
    const p = g.person("de", "M");
    return withNote(t`IV-Anmeldung (Swiss disability insurance) for ${N(p.full)}, AHV-Nr. ${SS(ahv(g))}, after a severe TBI. The IV office wants a "Verlaufsbericht" every 3 months. Anyone found an efficient template?`, "Swiss AHV/AVS social-insurance number");
  }),
  tpl("de-iban", "DE", "question", (g) => {
    return withNote(t`Patient hat uns seine IBAN ${AC(ids.iban(g.r, "DE"))} gemailt, weil er eine IGeL-Leistung zurückerstattet haben will. Datenschutzrechtlich: Mail löschen und nur telefonisch klären?`, "bank account (IBAN) of the patient");
  }),
  tpl("de-email-tonline", "DE", "forwarded", (g) => {
    const p = g.person("de", "M");
    const em = `${plain(p.first).toLowerCase().replace(/[^a-z]/g, "")}.${plain(p.last).toLowerCase().replace(/[^a-z]/g, "")}@${g.pick(["t-online.de", "web.de", "gmx.de"])}`;
    return t`Mail vom Sohn (${EM(em)}) mit der Bitte, die Demenzdiagnose seines Vaters "nicht an die Führerscheinstelle" zu melden. Der Vater fährt noch täglich. Meine Schweigepflicht vs. rechtfertigender Notstand?`;
  }),
  tpl("de-device", "DE", "case", (g) => {
    const sn = `${g.pick(["PJN", "BZJ", "RNA"])}${g.r.digits(6)}${g.pick(["S", "H"])}`;
    return t`ICD-Explantation wegen Tascheninfektion, Aggregat Seriennummer ${DV(sn)} geht ans BfArM wegen eines möglichen Herstellerfehlers (Batterie). Wie lange muss das Gerät asserviert werden?`;
  }),
  // negatives
  neg("fr-neg-has", "FR", "question", "Recommandations HAS 2024 sur l'insuffisance cardiaque : elles reprennent l'ESC 2021 et l'update 2023. Quelqu'un a un résumé ? Notre service de cardiologie du CHU de Lyon fait une formation le 12 juin.", "guidelines, hospital, training date"),
  neg("fr-neg-15", "FR", "short-reply", "En France : 15 pour le SAMU, 112 européen, 3114 pour la prévention du suicide, 114 par SMS pour les sourds. On le met sur toutes les ordonnances.", "public service numbers"),
  neg("fr-neg-ages", "FR", "case", "Homme de 78 ans, IMC 19, albumine 28 g/L, score de Norton 11. Escarre sacrée stade 3. Nutrition entérale ou orale enrichie ? Il refuse la sonde.", "age under 90, scores"),
  neg("fr-neg-charcot", "FR", "question", "Maladie de Charcot (SLA) ou pied de Charcot ? Nos internes confondent toujours. Et le syndrome de Guillain-Barré vs la maladie de Lyme dans les Vosges, vous voyez beaucoup de paralysies faciales ?", "eponyms, region of practice"),
  neg("fr-neg-lab", "FR", "lab-table", "Bilan : Hb 9,1 g/dL, VGM 72 fL, ferritine 6 µg/L, CST 4 %, CRP < 3 mg/L. Fer IV (carboxymaltose 1 g) ou per os à jours alternés ? Elle a 29 ans, ménorragies.", "lab values and an age"),
  neg("de-neg-charite", "DE", "question", "Ich habe an der Charité Facharzt gemacht und arbeite jetzt in einem Kreiskrankenhaus in Niedersachsen. Wir haben keine Stroke Unit. Telestroke-Netzwerk: NEVAS oder TEMPiS, was nutzt ihr?", "institutions and networks"),
  neg("de-neg-116", "DE", "short-reply", "Ärztlicher Bereitschaftsdienst 116 117, Notruf 112, Giftnotruf Berlin 030 19240. Alles öffentlich, alles auf unserem Merkblatt.", "public service numbers"),
  neg("de-neg-scores", "DE", "sms", "NIHSS 14, ASPECTS 8, Onset-to-door 95 min, Tenecteplase 0,25 mg/kg. Thrombektomie bei M2-Verschluss, ja oder nein bei uns? Leitlinie DGN 2022 ist da vage.", "scores, doses, guideline year"),
  neg("de-neg-doctor", "DE", "signature", "Danke für die Antworten!\nDr. med. Jan-Philipp Hoffmann\nOberarzt Innere Medizin, Klinikum Nord, Tel. Sekretariat 0511 970 2233", "posting physician's own signature and office number"),
  neg("de-neg-icd", "DE", "kv", "Kodierfrage: I48.0 vs I48.1 bei Vorhofflimmern, das seit 9 Tagen besteht? OPS 8-640.0 für die Kardioversion. DRG F71B oder F73Z?", "ICD-10-GM, OPS and DRG codes"),
  neg("ch-neg-swissmedic", "CH", "question", "Swissmedic hat 2023 die Zulassung für Semaglutid 2,4 mg erteilt, aber die Krankenkassen zahlen nur mit Limitatio. BMI ≥ 35. Wer macht das in der Hausarztpraxis in Bern?", "regulator, year, city of practice"),
];
