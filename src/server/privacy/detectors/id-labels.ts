/**
 * The words that introduce an identifier, by what they introduce: one table for the labels of
 * forms and tables ("DOB:", "| MRN |", labelled-values.ts) and for the keywords before a number
 * ("MRN 00482913", "placa da moto GFD0B01", identifiers.ts). English, French, Spanish,
 * Portuguese, German and Italian forms, and the acronyms of other countries' numbers.
 *
 * Entries are small patterns (literals, `[ée]`, `(?:a|b)`, `?`; see id-keywords.ts), written
 * without the number word that may follow ("record" covers "Record no.", "Record #"). Marks:
 * - "~" first: ambiguous ("Pt:", "ID:", "hosp"): the value needs stronger evidence;
 * - "+" last: a label only with a number word after it ("chart #", "encounter no.");
 * - "!" first: an acronym matched in its exact case as a keyword ("SIN", not "sin").
 */
import type { PhiCategory } from "../types";
import { expand } from "./id-keywords";

/**
 * How the value is read. Labels: name, contact (phone or name), person_or_id, date, phone,
 * address, id. Keywords also: plate (the first plate within a few words), serial (a long code),
 * handle (after a platform), any (a PIX key), implant-lot, vehicle (a sentence to read for plates).
 */
export type LabelKind = "name" | "contact" | "person_or_id" | "date" | "phone" | "address" | "id" | "plate" | "serial" | "handle" | "any" | "implant-lot" | "vehicle";

export interface LabelDef {
  kind: LabelKind;
  category: PhiCategory;
  weak: boolean;
  needsNumber: boolean;
  exact: boolean;
  /** The entry's pattern, marks removed. */
  source: string;
  /** The value needs at least this many digits ("n° de lits: 1200" is a count). */
  minDigits?: number;
}

const GROUPS: ReadonlyArray<[LabelKind, PhiCategory, string]> = [
  [
    "name",
    "name",
    `name|full name|(?:patient|pt|mother|father|parent|spouse|husband|wife|son|daughter|guardian|nok|contact|member)(?:'s)? name|surname|last name|first name|given names?|family name|forenames?|maiden name|nickname|aka|alias|patientname|nom|pr[ée]nom|nom de famille|nom (?:du patient|et pr[ée]nom)|nombre(?:s| y apellidos| completo)?|apellidos?|nome(?: completo| e cognome)?|sobrenome|cognome(?: e nome)?|vorname|nachname|name, vorname|naam|fio|pib|imi[ęe] i nazwisko|ad soyad|h[ọo] t[êe]n`,
  ],
  [
    "name",
    "name",
    `~patient|~pt|~pte|~pcte|~pat|~client|~resident|~patiente?|~paciente|~patientin|~paziente|~doente|~utente|~pati[eë]nte?|~pacjent(?:ka)?|~hasta|~pasien|~potilas|~pasient|~who|~insured|~guarantor|~spouse|~wife|~husband|~partner|~mother|~father|~mom|~mum|~dad|~parents?|~guardian|~caregiver|~carer|~son|~daughter|~sister|~brother|~informant|~next of kin|~nok|~proxy|~poa|~m[èe]re|~p[èe]re|~madre|~padre|~m[ãa]e|~pai|~mutter|~vater|~baby|~victim|~driver`,
  ],
  ["contact", "phone", `contact|emergency contact|contacto|contato|kontakt`],
  ["person_or_id", "health_plan", `subscriber|member|beneficiary|policy ?holder|card ?holder`],
  [
    "date",
    "date",
    `dob|d o b|date of birth|birth ?date|birthday|patientbirthdate|geburtsdatum|geb|geb-datum|geboren|fecha de nacimiento|f nac|fecha nac|data de nascimento|data nasc|data di nascita|date de naissance|ddn|n[ée]e? le|date et lieu de naissance|(?:admission|admit|discharge|d/?c|visit|service|surgery|procedure|injury|accident|collection|exam|scan|onset) date|date (?:of )?(?:admission|discharge|death|service|visit|surgery|procedure|injury|accident|exam|scan|onset|admitted|collected)|dod|dos|lmp|edd|due date|aufnahmedatum|entlassdatum|date d'(?:admission|entr[ée]e)|date de sortie|fecha de (?:ingreso|alta)|data (?:de admiss[ãa]o|da alta|di ricovero)|~date|~dated|~datum|~fecha|~data|~born|~admitted|~admission|~discharged|~died|~appointment|~appt|~collected|~onset|~entr[ée]e|~sortie|~ingreso|~alta|~aufnahme|~ricovero`,
  ],
  [
    "phone",
    "phone",
    `phone|ph|tel|telephone|t[ée]l[ée]?(?:phone)?|tel[ée]fono|telefone?|mobile|mob|cell|cell ?phone|home|home phone|work|work phone|contact (?:no|number|phone)|call ?back|best number|pager|handy|celular|m[óo]vil|portable|whatsapp|landline`,
  ],
  ["phone", "fax", `fax|facsimile|t[ée]l[ée]copie|telefax`],
  [
    "address",
    "address",
    `address|addr|~res|resides|residing|(?:home|street|mailing|postal|current) address|patientaddress|street|residence|lives at|domicile|home ?town|place of (?:residence|birth)|birthplace|lieu de naissance|lugar de nacimiento|geburtsort|adresse|direcci[óo]n|domicilio|endere[çc]o|morada|indirizzo|residenza|anschrift|wohnort|city|town|suburb|village|comunidad|aldea|dorf|gaon|district|tehsil|taluka|post ?code|postal code|zip(?: ?code)?|county|parish|neighbou?rhood|borough|barrio|colonia|ville|commune|code postal|ciudad|localidad|municipio|c[óo]digo postal|cidade|bairro|cep|citt[àa]|comune|stadt|ort|plz|plz/ort`,
  ],
  [
    "id",
    "ssn",
    `ssn|ss ?#|ss no|soc sec|social security(?: card)?|national insurance|!NI+|~social+|social insurance|!SIN|!NINO|!NIN|!NIR|!NUSS|!NSS|!DNI|!NIE|!NIF|!CPF|!CURP|!RUT|!RUN|!RRN|!PPSN|!PPS|!BSN|!CPR|!NRIC|!HKID|!TFN|!IRD|!SVNR|!AHV|!PESEL|!INSEE|!CNIC|!PAN|!C\\.C\\.?|~!CC|national (?:id|identity|identification)(?: card)?|identity (?:card|number)|id card|id number|aadhaa?r|n[°º] (?:de )?s[ée]cu(?:rit[ée] sociale)?|num[ée]ro (?:de )?s[ée]cu(?:rit[ée] sociale)?|s[ée]cu(?:rit[ée] sociale)?|seguridad social|seguran[çc]a social|personnummer|codice fiscale|tax file number|sozialversicherungsnummer|rentenversicherungsnummer|!CCCD|!CMND|steuer-?id|emirates id|iqama|c[ée]dula(?: de identidad)?|tarjeta de identidad|~!TI|documento(?: de identidad)?|carte d'identit[ée]|personalausweis|tc kimlik|teudat zehut|ghana card|mykad|sa id|my ?number|centrelink|kimlik(?: no| numaras[ıi])?|!TCKN|f[øo]dselsnummer|f[øo]dselsnr|f\\.? ?nr|personnr|cpr-?nummer|hetu|henkil[öo]tunnus|!SSS|!UMID|!NIK|!KTP|!EID|t\\.z\\.?|mispar zehut|!NIDA|burgerservicenummer|!CNP`,
  ],
  [
    "id",
    "mrn",
    `mrn|mr ?#|pat\\.?-nr\\.?|patientennummer|patienten-?nr\\.?|m\\.r\\.(?:n\\.?)?|medical records?|med\\.? rec(?:ord)?s?\\.?|~record+|~chart+|~hospital+|~hosp|hospital (?:no|number|id)|~unit+|unit (?:no|number|record)|!UR|!URN|!UHID|!MRD|!IPP|!NIP|!NHC|!PID|!E?MPI|!H&C|!MR+|!IP+|!OP+|!IPD+|!OPD+|!CR+|ehr+|emr+|patient ?id|patientid|pt ?id|folder|case ?notes?|n[°º] (?:de )?dossier|num[ée]ro (?:de )?dossier|dossier|historia cl[íi]nica|~!HC|~!HCE|prontu[áa]rio|cartella(?: clinica)?|patientennummer|patienten-id|registro|expediente|(?:numero )?nosologico|protokol|folio|~ficha|m[ãa] (?:bn|b[ệe]nh nh[âa]n)|pati[eë]ntnummer|aufnahme(?:zahl|nummer)|ksi[eę]g[ai] g[lł][óo]wn(?:a|ej)|(?:nr )?ks\\. g[lł]\\.?|no\\.? ?rm|nomor rm|rekam medis|dosya(?: no)?|hasta no|historii choroby|journalnummer|journalnr`,
  ],
  [
    "id",
    "health_plan",
    `!NHS|!CHI|!IHI|!NHIA|!NHIF|!SHA|philhealth(?: pin| id)?|enrolee|medicare(?: card)?|medicaid(?: card)?|medi-cal|tricare|policy|insurance(?: card)?|~insurance+|~group+|~(?:health )?plan+|beneficiary|health card|~!HCN|medical card|gms card|gold card|medical aid|med aid|~membership+|~credencial+|carn[ée]t (?:de afiliad[oa]|de (?:la )?obra social|del seguro|de salud|sanitario)|tarjeta (?:individual sanitaria|de (?:salud|afiliaci[óo]n))|~!TSI|~!TIS|~!CIP|~!CIPA|cip-?sns|~!CNS|~!SUS|afiliaci[óo]n|~contrato|agregado(?: m[ée]dico)?|versicherte[nr]?|~vers+|versicherungskarte|gesundheitskarte|!eGK|~!SIS|carte vitale|vitale|mutuelle|adh[ée]rent|afiliado|carteirinha|plano de sa[úu]de|cart[ãa]o (?:do )?sus|tarjeta sanitaria|tessera sanitaria|versichertennummer|krankenversichertennummer|krankenkasse|!MBI|!HICN?|!CIN|!BIC|!NHI|!KVNR|!RAMQ|versicherungsnummer|!NUHSA|!GMS|!OHIP|!PHN|!DVA|!EHIC|!ABHA|!OSDE|!PAMI|!IOMA|obra social|prepaga|!BHYT|th[ẻe] bhyt|!BPJS|!JKN|!KIS|!NHF|!NHIS|!SHIF|!SGK|!CNAM|!CNSS|sehat(?: sahulat)? card|thiqa|!ZVW|zorgpas|polisnummer|kela-?kortti|!EKUZ|!HMO+|aetna|cigna|humana|united ?healthcare|uhc|anthem|bcbs|blue cross(?: blue shield)?|blue shield|kaiser|molina|ambetter|wellcare|oscar|highmark|carefirst|optum|masshealth|discovery|bupa|medibank|sanitas|unimed|allianz|axa`,
  ],
  [
    "id",
    "account",
    `account|acct\\.?|acc ?#|a/c|billing account|invoice|claim|credit card|debit card|iban|routing|bank account|~encounter+|~visit+|~billing+|~statement+|~guarantor+|~card+|~financial+|!FIN#?|!HAR#?|!CSN#?|billing id|visit id|!NDA|!UPI|!NUBAN|fallnummer|fallnr|~!Fall|abrechnungsfall|behandlungsfall|~enc+|~bill+|billing (?:no|number)|~admission+|~adm+|atendimento|~senha|guia tiss|~guia+|n[úu]mero de atendimento|~ingreso+|kontonummer|konto|cuenta|conta|compte|facture|factura|fatura|rechnung|n[°º] (?:de )?s[ée]jour|episode|episodio|gtbank|zenith|first ?bank|m-?pesa|paytm|phonepe|gpay|venmo|zelle|paypal`,
  ],
  [
    "id",
    "license",
    `(?:driver'?s |drivers |driving |nursing |medical |professional |rn |pilot'?s |pharmacy |state |board )?licen[cs]e|(?:driver'?s |drivers )?lic\\.?|(?:faa |pilot'?s? |medical |birth |death |airman |professional )?certificate|permit|state id|~cert+|~certification+|~registration+|!DL ?#?|!CDL ?#?|!ATPL|!CPL|!PPL|!ARN|aviation reference number|!DEA|!GMC|!NMC(?: PIN)?|!AHPRA|!HCPC|!CCW|!FOID|!CNH|!MCI|!CRM|(?:firearms?|gun|weapons?|carry|hunting|fishing|boating|taxi|bus|hgv|lgv|hackney|commercial) (?:licen[cs]e|permit|card)|(?:college|council|board|nursing|professional|practising|practicing|medical council) registration|~!PAL|!RPAL|~!FAC|!WBK|f[üu]hrerschein|waffenschein|waffenbesitzkarte|jagdschein|fischereischein|angelschein|permis de (?:chasse|port d'armes?)|porte de arma|licencia de armas|carnet(?: de conducir)?|permiso de conducir|licencia(?: de conducir)?|permis(?: de conduire)?|porto d'armi|patente di guida|carteira de motorista`,
  ],
  [
    "plate",
    "vehicle",
    `(?:licen[cs]e |registration |number |tag )?plates?|!PPU|(?:vehicle|car) (?:registration|reg\\.?|tag)|tags?|rego|reg\\.?|immatricul[ée]e?|immatriculation|plaque|kennzeichen|nummernschild|placas?|matr[íi]cula|targa|kenteken|patente|biển số|bien so`,
  ],
  [
    "vehicle",
    "vehicle",
    `drove|parked|crashed|toyota|honda|ford|tesla|bmw|audi|mercedes|nissan|hyundai|chevy|jeep|volvo|peugeot|renault|fiat|suzuki|harley|yamaha|cars?|vehicle|truck|lorry|van|ute|pick-?up|taxi|cab|bus|motorbike|motor ?cycle|moto|motoboy|scooter|moped|e-bike|(?:auto-)?rickshaw|tuk-tuk|boat|trailer|caravan|camper|sedan|tractor|voiture|camion|coche|carro|caminh[ãa]o|auto|wagen|pkw|motorrad|macchina|bakkie|matatu|boda(?:boda)?|kapcai|motosikal|kereta|jeepney|tricycle|danfo|okada|keke(?: napep)?|molue|tro-?tro|kombi|minibus|xe máy|ô tô|ojek|angkot|dolmu[sş]|samoch[óo]d|motocykl|motorsykkel|brommer`,
  ],
  [
    "id",
    "device",
    `serial#?|s/n|sn+|seriennr\\.?|serien-nr\\.?|(?:device|pump|transmitter|sensor|implant|generator|pacemaker|pacer|defibrillator|monitor|receiver|cgm|hearing aid|stimulator|cpap|bipap) (?:id|#|serial|sn|s/n)|!SN|!IMEI|!UDI|!ESN|!MEID`,
  ],
  [
    "serial",
    "device",
    `n[°º] (?:de )?s[ée]rie|num[ée]ro (?:de )?s[ée]rie|n[úu]mero de s[ée]rie|s[ée]rie|seriennummern?|numero di serie|transmitter|sensor|pump|generator|pacemaker|pacer|defibrillator|!ICD|!CRT-?D|!LVAD|implant|prosthesis|pr[óo]tese|pr[óo]tesis|proth[èe]se|implantat|stimulator|neurostimulator|bo[îi]tier|hearing aid|cochlear implant|!CGM`,
  ],
  // "Reg. No. 2006/02/8410": a registration number that is not a plate is a professional's.
  ["id", "license", `~reg+`],
  ["implant-lot", "device", `lote|lotto|charge(?:nnummer)?`],
  ["any", "account", `chave pix|!PIX`],
  ["id", "vehicle", `!VIN`],
  [
    "id",
    "other_id",
    `passport|reisepass|pasaporte|passeport|passaporto|inmate|accession|requisition|wristband|armband|pt ?#|patient ?#|~id|identifier|rx ?#|prescription|~booking+|~prisoner+|~offender+|~lab+|~order+|~referral+|~authori[sz]ation+|~auth+|~employee+|~staff+|~emp+|~histo+|~histology+|~histopath+|~histopathology+|~biopsy+|~specimen+|~cytology+|~ref+|home office ref(?:erence)?|~prison+|!CDCR+|~student+|~military+|~veteran+|~citizen+|~alien+|~visa+|~voter+|~tax+|~benefits+|~welfare+|~housing+|~shelter+|~pt+|~patient+|~client+|~resident+|~pt's+|~patient's+|!DOC+|!TIN+|!EIN+|!ITIN+|!WIC+|!SNAP+|!EBT+|!NPI|!SID|!CRN|!UBRN|subject|participant|badge|randomi[sz]ation|coroner'?s? case|[ée]chantillon|muestra|amostra|~case|~specimen|~sample|auftragsnummer|probennummer|aktenzeichen|n[°º] (?:de |d')?(?:demande|[ée]chantillon)|n[úu]mero de (?:muestra|petici[óo]n)|study id|subject id|accessionnumber|~census+|~tribal+|~file+|~disc+|!RIT|accettazione|mispar ishi|!TRN|!CCC+|!KRA PIN`,
  ],
  [
    "handle",
    "other_id",
    `insta(?:gram)?|tiktok|tik tok|~snap|snapchat|twitter|x handle|~handle|user ?name|~user|pseudo|kakao(?:talk)?|wechat|weixin|viber|~signal|telegram|skype|discord|~threads|reddit|facebook|messenger|zalo|~!IG|~!LINE|~!QQ|~!IMO`,
  ],
];

/** Splits "a|(?:b|c)d|e" at the "|" outside parentheses. */
function splitTopLevel(raw: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (c === "\\") i++;
    else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) {
      out.push(raw.slice(from, i));
      from = i + 1;
    }
  }
  out.push(raw.slice(from));
  return out;
}

/** Every entry, marks read, in table order. */
export const TERMS: readonly LabelDef[] = GROUPS.flatMap(([kind, category, raw]) =>
  splitTopLevel(raw).map((entry) => {
    const m = /^(~?)(!?)(.*?)(\+?)$/.exec(entry.trim());
    return { kind, category, weak: m?.[1] === "~", exact: m?.[2] === "!", source: m?.[3] ?? "", needsNumber: m?.[4] === "+" };
  }),
);

/** Normalised label phrases (lower case, no dots) to their entries, in table order. */
const TABLE = new Map<string, LabelDef[]>();
for (const term of TERMS) {
  if (term.kind === "vehicle" || term.kind === "implant-lot" || term.kind === "any") continue;
  // "CC" before a cédula is a keyword only: as a label, "CC:" is a chief complaint or a carbon copy.
  if (term.exact && term.source === "CC") continue;
  for (const phrase of expand(term.source)) {
    const key = phrase.toLowerCase().replace(/\./g, "");
    if (!key) continue;
    const list = TABLE.get(key);
    if (list) list.push(term);
    else TABLE.set(key, [term]);
  }
}

/** "insurance id", "mrn number", "hospital #": a label with a trailing number word. */
const TRAILING_NUMBER = / ?(?:#|no|nr|num|number|n°|nº|id|identifier|code)$/;

/**
 * "Fallnr", "Führerscheinnummer", "n° de lit", "número de afiliado", "no. de expediente": a number
 * of some kind. Group 1 is a compound's stem, group 2 the noun after a leading number word.
 */
const NUMBER_PHRASE = /^(?:([a-zäöüß-]{3,}?)-?(?:nummer|nr)|(?:n[°º]|num[ée]ro|n[úu]mero|(?:no|nro|n[úu]m) d[eoa]l?)(?: (?:de|du|des|da|do|del|di))?((?: [a-zà-ÿ']+){1,3}))$/;
/** A number of unknown kind: a count ("n° de lits 1200", "Fallzahl") has fewer than five digits. */
const GENERIC_NUMBER: LabelDef = { kind: "id", category: "other_id", weak: false, needsNumber: false, exact: false, source: "", minDigits: 5 };

/**
 * Nouns whose number identifies a product or a clinician, not a patient: a batch, an article, a
 * version, a catalogue entry; a doctor's council registration ("n° de colegiado", "RPPS").
 */
const NOT_PATIENT_NUMBER =
  /^(?:charge|chargen|lot|lote|lotto|batch|artikel|article|art[íi]culo|bestell|katalog|catalogue|cat[áa]logo|versions?|versi[óo]n|modell?|mod[èe]le|pzn|colegiad[oa]|rpps|adeli|lanr|bsnr|arzt|ordre|inscripci[óo]n)$/;

/**
 * The label that a number phrase's noun names: "Führerscheinnummer" is a licence, "número de
 * afiliado" a health plan number, "Telefonnummer" a phone, "n° de chambre" just a number, and
 * "Chargennummer" or "n° de colegiado" no patient's number at all (null). German compounds join
 * their stem with a linking "s", "n" or "en" ("Rechnungsnummer", "Krankenkassennummer"); after
 * "número de" the first noun counts ("número de teléfono del servicio").
 */
export function numberPhraseLabel(phrase: string): LabelDef | null {
  const m = NUMBER_PHRASE.exec(phrase);
  if (!m) return null;
  const noun = (m[1] ?? m[2] ?? "").trim().replace(/^d'/, "");
  const first = noun.split(" ")[0] ?? noun;
  for (const word of first === noun ? [noun] : [noun, first]) {
    for (const stem of [word, word.replace(/s$/, ""), word.replace(/n$/, ""), word.replace(/en$/, "")]) {
      if (stem.length < 2) continue;
      if (NOT_PATIENT_NUMBER.test(stem)) return null;
      const def = pick(TABLE.get(stem), true);
      if (def && def.kind !== "name" && def.kind !== "date" && def.kind !== "address") return def;
    }
  }
  return GENERIC_NUMBER;
}

/** Kinds whose value may be a number: a number word after the label prefers them. */
const NUMBERED_KINDS = new Set<LabelKind>(["id", "plate", "serial", "handle", "person_or_id"]);

function pick(defs: readonly LabelDef[] | undefined, numbered: boolean): LabelDef | null {
  if (!defs) return null;
  if (numbered) return defs.find((d) => NUMBERED_KINDS.has(d.kind)) ?? defs[0] ?? null;
  return defs.find((d) => !d.needsNumber) ?? null;
}

/**
 * The label a normalised phrase names, or null. `numbered`: a number word ("no.", "#") follows
 * the phrase, which makes labels like "record" or "chart" count and prefers an identifier's
 * reading ("Patient #: 4471223" is a number, "Patient: Ana Ruiz" a name).
 */
export function labelFor(phrase: string, numbered: boolean): LabelDef | null {
  const def = pick(TABLE.get(phrase), numbered);
  if (def) return def;
  // Any "…nummer" / "…nr" compound and any "n° de …" / "número de …" names a number.
  if (phrase.startsWith("n") || phrase.endsWith("nr") || phrase.endsWith("nummer")) {
    const number = numberPhraseLabel(phrase);
    if (number) return number;
  }
  const trailing = phrase.includes(" ") || phrase.endsWith("#") ? TRAILING_NUMBER.exec(phrase) : null;
  if (trailing && trailing.index > 0) {
    const base = pick(TABLE.get(phrase.slice(0, trailing.index)), true);
    if (base && NUMBERED_KINDS.has(base.kind)) return base;
  }
  return null;
}
