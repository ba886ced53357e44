/**
 * Batch 11 of the train split: posts with identifiers in writers and formats batches 1-10 do not
 * use - Scottish, Welsh and Northern Irish GP referrals, Québécois French, Swiss and Austrian German,
 * Italian, Dutch, Polish and Turkish physicians, Kenyan, Ghanaian, Pakistani, Bangladeshi and Filipino
 * physicians writing English, Japanese/Korean/Chinese names romanised and in native script - in
 * pasted lab printouts, discharge summaries, pharmacy messages, radiology requests, ATMIST handovers,
 * obstetric, paediatric, psychiatric and occupational notes, telemedicine chat logs, forwarded
 * e-mails, TSV/CSV pastes and voice-to-text transcripts.
 *
 * The corpus Country type has no code for most of these writers, so each writer ("voice") is filed
 * under the nearest existing code (see VOICES); its own names, towns, postcodes, phone plans and
 * check-digit-valid national numbers are defined here. Every item is seeded by its own key.
 */
import * as K from "./check-digits";
import { dmy, iso, monthAbbr, monthName, type Country, type Dob } from "./locales";
import { $, type Batch, type Ctx, type Template } from "./markup";
import { pad } from "./rng";

// --- National numbers the shared generators lack (all with their published check rules) ----------

/** Swiss AHV/AVS number: 756 + 9 digits + EAN-13 check digit, printed 756.XXXX.XXXX.XX. */
function ahv(x: Ctx): string {
  const body = "756" + x.digits(9);
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(body[i]) * (i % 2 === 0 ? 1 : 3);
  const d = body + String((10 - (sum % 10)) % 10);
  return `${d.slice(0, 3)}.${d.slice(3, 7)}.${d.slice(7, 11)}.${d.slice(11)}`;
}
/** Austrian social insurance number: serial (3) + check + ddmmyy; weights 3 7 9 _ 5 8 4 2 1 6, mod 11. */
function svnrAt(x: Ctx, dob: Dob): string {
  const w = [3, 7, 9, 5, 8, 4, 2, 1, 6];
  const date = pad(dob.d, 2) + pad(dob.m, 2) + pad(dob.y % 100, 2);
  for (;;) {
    const serial = String(x.int(1, 9)) + x.digits(2);
    const all = serial + date;
    let sum = 0;
    for (let i = 0; i < 9; i++) sum += Number(all[i]) * (w[i] ?? 0);
    const c = sum % 11;
    if (c === 10) continue;
    return `${serial}${c} ${date}`;
  }
}
/** Dutch BSN: 9 digits passing the eleven-test (weights 9..2, -1). */
function bsn(x: Ctx): string {
  for (;;) {
    const b = String(x.int(1, 6)) + x.digits(7);
    let sum = 0;
    for (let i = 0; i < 8; i++) sum += Number(b[i]) * (9 - i);
    const c = sum % 11;
    if (c === 10) continue;
    const d = b + String(c);
    return `${d.slice(0, 4)}.${d.slice(4, 6)}.${d.slice(6)}`;
  }
}
/** Polish PESEL: yymmdd (month +20 after 2000), serial (10th digit even for women), weighted check. */
function pesel(x: Ctx, dob: Dob, female: boolean): string {
  const mm = dob.m + (dob.y >= 2000 ? 20 : 0);
  const sexDigit = female ? x.pick([0, 2, 4, 6, 8]) : x.pick([1, 3, 5, 7, 9]);
  const b = pad(dob.y % 100, 2) + pad(mm, 2) + pad(dob.d, 2) + x.digits(3) + String(sexDigit);
  const w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += Number(b[i]) * (w[i] ?? 0);
  return b + String((10 - (sum % 10)) % 10);
}
/** Turkish T.C. Kimlik No: 11 digits, the 10th and 11th are checks over the first nine/ten. */
function tcKimlik(x: Ctx): string {
  const d = [x.int(1, 9), ...x.digits(8).split("").map(Number)];
  const odd = (d[0] ?? 0) + (d[2] ?? 0) + (d[4] ?? 0) + (d[6] ?? 0) + (d[8] ?? 0);
  const even = (d[1] ?? 0) + (d[3] ?? 0) + (d[5] ?? 0) + (d[7] ?? 0);
  d.push((((odd * 7 - even) % 10) + 10) % 10);
  d.push(d.reduce((a, b) => a + b, 0) % 10);
  return d.join("");
}

// --- Writers ("voices") -------------------------------------------------------------------------

interface NatId { value: string; cat: "ssn" | "health_plan"; label: string }
interface Voice {
  code: string;
  /** The corpus country the item is filed under (nearest existing code). */
  tag: Country;
  f: string[];
  m: string[];
  family: string[];
  /** Feminine surname forms where the language inflects them (Polish). */
  familyF?: string[];
  /** [locality, postcode or ""] pairs; the locality may hold a district. */
  towns: Array<[string, string]>;
  /** The locality and postcode written as that country writes them on an envelope. */
  town: (t: [string, string]) => string;
  street: (x: Ctx) => string;
  phone: (x: Ctx) => string;
  natId: (x: Ctx, p: P) => NatId;
  hospNo: (x: Ctx) => string;
  hospNoLabel: string;
  date: (d: Dob) => string;
  /** Native-script forms keyed by romanised family name (CJK writers only). */
  native?: Record<string, string>;
}
interface P { given: string; family: string; female: boolean; dob: Dob }

const ukTown = (t: [string, string]): string => `${t[0]} ${t[1]}`;
const postFirst = (t: [string, string]): string => `${t[1]} ${t[0]}`;
const bare = (t: [string, string]): string => t[0];

const VOICES: Voice[] = [
  {
    code: "sco", tag: "UK",
    f: ["Morag", "Catriona", "Eilidh", "Isla", "Shona", "Kirsteen"], m: ["Hamish", "Ruaridh", "Alasdair", "Fraser", "Euan", "Lachlan"],
    family: ["MacDonald", "Urquhart", "Mackintosh", "Robertson", "MacKenzie", "Grant", "Munro", "Matheson"],
    towns: [["Portree", "IV51 9EH"], ["Dingwall", "IV15 9QF"], ["Stornoway", "HS1 2BW"], ["Peebles", "EH45 8AG"], ["Forfar", "DD8 3AH"], ["Kirkwall", "KW15 1DH"], ["Ullapool", "IV26 2UR"]],
    town: ukTown, street: (x) => `${x.int(2, 90)} ${x.pick(["Bridge Street", "Kirk Wynd", "Seaforth Road", "Mill Brae", "Castle Terrace", "Croft Road"])}`,
    phone: (x) => x.pick([`01${x.pick(["478", "349", "851", "721", "307", "856"])} ${x.digits(6)}`, `07${x.digits(3)} ${x.digits(6)}`]),
    natId: (x, p) => ({ value: K.chiNumber(x.r, p.dob), cat: "health_plan", label: "CHI" }),
    hospNo: (x) => `${x.letters(1)}${x.digits(6)}`, hospNoLabel: "Hosp no", date: (d) => dmy(d, "/"),
  },
  {
    code: "wal", tag: "UK",
    f: ["Ffion", "Carys", "Nia", "Angharad", "Gwenllian", "Mererid"], m: ["Rhodri", "Gethin", "Dafydd", "Iwan", "Emyr", "Tomos"],
    family: ["Pugh", "Llywelyn", "Prosser", "Vaughan", "ap Rhys", "Bowen", "Jenkins", "Pritchard"],
    towns: [["Llanidloes", "SY18 6EF"], ["Bala", "LL23 7AB"], ["Tregaron", "SY25 6JL"], ["Pwllheli", "LL53 5DE"], ["Llandovery", "SA20 0AB"], ["Abergele", "LL22 7DD"], ["Ystradgynlais", "SA9 1JJ"]],
    town: ukTown, street: (x) => `${x.int(1, 60)} ${x.pick(["Heol y Bryn", "Stryd Fawr", "Ffordd Las", "Maes y Dre", "Bryn Teg", "Penrallt"])}`,
    phone: (x) => x.pick([`01${x.pick(["686", "678", "974", "758", "550", "745"])} ${x.digits(6)}`, `07${x.digits(3)} ${x.digits(6)}`]),
    natId: (x) => ({ value: K.nhsNumber(x.r), cat: "health_plan", label: "NHS No" }),
    hospNo: (x) => `${x.pick(["B", "G", "W"])}${x.digits(6)}${x.letters(1)}`, hospNoLabel: "Hosp no", date: (d) => dmy(d, "/"),
  },
  {
    code: "nir", tag: "UK",
    f: ["Roisin", "Shauna", "Orlagh", "Lorna", "Aine", "Bronagh"], m: ["Ciaran", "Conor", "Paddy", "Gary", "Jonny", "Eamon"],
    family: ["McCann", "Quinn", "Hamill", "Devlin", "McKeown", "Crawford", "Doherty", "Magee"],
    towns: [["Cookstown", "BT80 8QF"], ["Ballymena", "BT43 5DE"], ["Strabane", "BT82 8AE"], ["Ballycastle", "BT54 6BT"], ["Banbridge", "BT32 3AB"], ["Enniskillen", "BT74 7BA"], ["Limavady", "BT49 0AA"]],
    town: ukTown, street: (x) => `${x.int(2, 140)} ${x.pick(["Drumcree Road", "Killymeal Park", "Glenshane Avenue", "Market Street", "Moneymore Road", "Carnmoney Way"])}`,
    phone: (x) => x.pick([`028 ${x.digits(4)} ${x.digits(4)}`, `07${x.digits(3)} ${x.digits(6)}`]),
    natId: (x) => ({ value: K.nhsNumber(x.r, "3" + String(x.int(2, 9))), cat: "health_plan", label: "H&C" }),
    hospNo: (x) => `${x.pick(["RVH", "CAH", "AAH"])}${x.digits(6)}`, hospNoLabel: "Hosp no", date: (d) => dmy(d, "/"),
  },
  {
    code: "qc", tag: "CA",
    f: ["Josée", "Ginette", "Manon", "Francine", "Nicole", "Lise"], m: ["Réjean", "Gilles", "Yvon", "Normand", "Gaétan", "Benoît"],
    family: ["Lévesque", "Boudreault", "Ouellet", "Paquette", "Bergeron", "Thériault", "Larouche", "Gagné"],
    towns: [["Rimouski", "G5L 1A1"], ["Chicoutimi", "G7H 5B3"], ["Trois-Rivières", "G9A 2L7"], ["Baie-Saint-Paul", "G3Z 1M3"], ["Rouyn-Noranda", "J9X 2B5"], ["Gaspé", "G4X 1A1"], ["Matane", "G4W 1M1"]],
    town: (t) => `${t[0]} (Québec) ${t[1]}`, street: (x) => `${x.int(10, 980)}, ${x.pick(["rue Principale", "rang Saint-Joseph", "chemin du Lac", "boulevard Talbot", "rue des Érables", "avenue du Parc"])}`,
    phone: (x) => x.pick([`${x.pick(["418", "819", "450", "581"])} ${x.int(2, 9)}${x.digits(2)}-${x.digits(4)}`, `(${x.pick(["418", "819"])}) ${x.int(2, 9)}${x.digits(2)}-${x.digits(4)}`]),
    natId: (x, p) => ({ value: K.ramq(x.r, p.family, p.given, p.dob, p.female), cat: "health_plan", label: "RAMQ" }),
    hospNo: (x) => x.digits(7), hospNoLabel: "No dossier", date: (d) => `${d.y}-${pad(d.m, 2)}-${pad(d.d, 2)}`,
  },
  {
    code: "ch", tag: "DE",
    f: ["Regula", "Ursina", "Cornelia", "Vreni", "Heidi", "Barbara"], m: ["Urs", "Beat", "Reto", "Jürg", "Ruedi", "Hansueli"],
    family: ["Brunner", "Zürcher", "Bärtschi", "Gisler", "Wüthrich", "Inäbnit", "Aebischer", "Zgraggen"],
    towns: [["Winterthur", "8400"], ["Interlaken", "3800"], ["Chur", "7000"], ["Altdorf UR", "6460"], ["Zermatt", "3920"], ["Appenzell", "9050"], ["Langnau im Emmental", "3550"]],
    town: postFirst, street: (x) => `${x.pick(["Dorfstrasse", "Bahnhofstrasse", "Kirchgasse", "Oberdorf", "Sonnenbergweg", "Alpenblick"])} ${x.int(1, 80)}`,
    phone: (x) => x.pick([`+41 7${x.pick([6, 7, 8, 9])} ${x.digits(3)} ${x.digits(2)} ${x.digits(2)}`, `07${x.pick([6, 7, 9])} ${x.digits(3)} ${x.digits(2)} ${x.digits(2)}`]),
    natId: (x) => ({ value: ahv(x), cat: "ssn", label: "AHV-Nr." }),
    hospNo: (x) => x.digits(8), hospNoLabel: "PID", date: (d) => dmy(d, "."),
  },
  {
    code: "at", tag: "DE",
    f: ["Gerlinde", "Hermine", "Waltraud", "Theresia", "Roswitha", "Christl"], m: ["Josef", "Leopold", "Alois", "Florian", "Sepp", "Engelbert"],
    family: ["Gruber", "Pichler", "Moser", "Hofbauer", "Leitner", "Wimmer", "Oberhuber", "Rainer"],
    towns: [["Windischgarsten", "4580"], ["Sölden", "6450"], ["Schladming", "8970"], ["Krems an der Donau", "3500"], ["Lienz", "9900"], ["Zell am See", "5700"], ["Bad Ischl", "4820"]],
    town: postFirst, street: (x) => `${x.pick(["Hauptplatz", "Kirchengasse", "Feldweg", "Salzburger Straße", "Am Anger", "Lindengasse"])} ${x.int(1, 60)}`,
    phone: (x) => x.pick([`+43 664 ${x.digits(7)}`, `0664 ${x.digits(3)} ${x.digits(4)}`, `0676 ${x.digits(7)}`]),
    natId: (x, p) => ({ value: svnrAt(x, p.dob), cat: "ssn", label: "SVNR" }),
    hospNo: (x) => x.digits(9), hospNoLabel: "Aufnahmezahl", date: (d) => dmy(d, "."),
  },
  {
    code: "it", tag: "FR",
    f: ["Giovanna", "Annunziata", "Filomena", "Assunta", "Rosalba", "Immacolata"], m: ["Pasquale", "Rocco", "Gennaro", "Carmine", "Ciro", "Domenico"],
    family: ["Esposito", "Ferraro", "Marchetti", "Colombo", "Barbieri", "Lombardi", "Santoro", "Mancini"],
    towns: [["Matera", "75100"], ["Aosta", "11100"], ["Lecco", "23900"], ["Cefalù", "90015"], ["Bra", "12042"], ["Sulmona", "67039"], ["Tropea", "89861"]],
    town: postFirst, street: (x) => `${x.pick(["Via Roma", "Via Garibaldi", "Corso Vittorio Emanuele", "Vicolo del Pozzo", "Via dei Mille", "Piazza Duomo"])} ${x.int(1, 180)}`,
    phone: (x) => x.pick([`+39 3${x.digits(2)} ${x.digits(3)} ${x.digits(4)}`, `3${x.digits(2)} ${x.digits(7)}`]),
    natId: (x) => ({ value: `80380${x.digits(15)}`, cat: "health_plan", label: "tessera sanitaria no." }),
    hospNo: (x) => `${x.int(20, 24)}/${x.digits(6)}`, hospNoLabel: "nosologico", date: (d) => dmy(d, "/"),
  },
  {
    code: "nl", tag: "DE",
    f: ["Femke", "Anouk", "Marieke", "Ineke", "Sanne", "Geertje"], m: ["Sjoerd", "Joost", "Wouter", "Bram", "Hendrik", "Pieter-Jan"],
    family: ["de Jong", "van Dijk", "Bakker", "Visser", "Smit", "Mulder", "de Groot", "van der Linden"],
    towns: [["Zwolle", "8011 AB"], ["Leeuwarden", "8911 BK"], ["Harderwijk", "3841 CV"], ["Middelburg", "4331 LK"], ["Den Helder", "1781 BC"], ["Assen", "9401 EA"], ["Urk", "8321 EA"]],
    town: postFirst, street: (x) => `${x.pick(["Dorpsstraat", "Kerkstraat", "Molenweg", "Prinsengracht", "Noordsingel", "Bloemendaal"])} ${x.int(1, 220)}`,
    phone: (x) => x.pick([`06-${x.digits(8)}`, `+31 6 ${x.digits(4)} ${x.digits(4)}`]),
    natId: (x) => ({ value: bsn(x), cat: "ssn", label: "BSN" }),
    hospNo: (x) => x.digits(7), hospNoLabel: "patiëntnummer", date: (d) => dmy(d, "-"),
  },
  {
    code: "pl", tag: "DE",
    f: ["Halina", "Krystyna", "Wanda", "Elżbieta", "Danuta", "Grażyna"], m: ["Zbigniew", "Andrzej", "Stanisław", "Marek", "Jerzy", "Ryszard"],
    family: ["Nowak", "Wójcik", "Kamiński", "Lewandowski", "Kaczmarek", "Mazur"], familyF: ["Nowak", "Wójcik", "Kamińska", "Lewandowska", "Kaczmarek", "Mazur"],
    towns: [["Zakopane", "34-500"], ["Sandomierz", "27-600"], ["Elbląg", "82-300"], ["Przemyśl", "37-700"], ["Łomża", "18-400"], ["Kołobrzeg", "78-100"], ["Gniezno", "62-200"]],
    town: postFirst, street: (x) => `ul. ${x.pick(["Krakowska", "Mickiewicza", "Słoneczna", "Polna", "Kościuszki", "Ogrodowa"])} ${x.int(1, 90)}${x.chance(0.4) ? `/${x.int(1, 40)}` : ""}`,
    phone: (x) => x.pick([`+48 ${x.pick([5, 6, 7])}${x.digits(2)} ${x.digits(3)} ${x.digits(3)}`, `${x.pick([5, 6, 7])}${x.digits(2)}-${x.digits(3)}-${x.digits(3)}`]),
    natId: (x, p) => ({ value: pesel(x, p.dob, p.female), cat: "ssn", label: "PESEL" }),
    hospNo: (x) => `${x.digits(4)}/${x.int(20, 24)}`, hospNoLabel: "nr księgi głównej", date: (d) => dmy(d, "."),
  },
  {
    code: "tr", tag: "DE",
    f: ["Hatice", "Elif", "Sevgi", "Gülsüm", "Nurhan", "Songül"], m: ["Hasan", "Ali", "Osman", "Recep", "Yusuf", "Cemal"],
    family: ["Yıldız", "Arslan", "Koç", "Kurt", "Özdemir", "Aksoy", "Polat", "Güneş"],
    towns: [["Kadıköy, İstanbul", "34710"], ["Çankaya, Ankara", "06690"], ["Bornova, İzmir", "35040"], ["Nilüfer, Bursa", "16110"], ["Ortahisar, Trabzon", "61030"], ["Melikgazi, Kayseri", "38030"]],
    town: (t) => `${t[1]} ${t[0]}`, street: (x) => `${x.pick(["Atatürk Cad.", "Cumhuriyet Mah. Lale Sok.", "İnönü Cad.", "Bağdat Cad.", "Gazi Mah. Çınar Sok."])} No: ${x.int(1, 120)}${x.chance(0.5) ? ` D: ${x.int(1, 20)}` : ""}`,
    phone: (x) => x.pick([`0 (5${x.digits(2)}) ${x.digits(3)} ${x.digits(2)} ${x.digits(2)}`, `+90 5${x.digits(2)} ${x.digits(3)} ${x.digits(4)}`]),
    natId: (x) => ({ value: tcKimlik(x), cat: "ssn", label: "TC Kimlik No" }),
    hospNo: (x) => x.digits(8), hospNoLabel: "protokol no", date: (d) => dmy(d, "."),
  },
  {
    code: "ke", tag: "NG",
    f: ["Wanjiru", "Akinyi", "Chebet", "Nyambura", "Atieno", "Jepkoech"], m: ["Otieno", "Kiprotich", "Mwangi", "Kamau", "Wafula", "Mutiso"],
    family: ["Odhiambo", "Kariuki", "Njoroge", "Wekesa", "Mutua", "Cheruiyot", "Omondi", "Kiptoo"],
    towns: [["Kibera, Nairobi", ""], ["Kondele, Kisumu", ""], ["Langas, Eldoret", ""], ["Ruringu, Nyeri", ""], ["Lurambi, Kakamega", ""], ["Majengo, Mombasa", ""]],
    town: bare, street: (x) => `${x.pick(["Plot", "House", "Hse No."])} ${x.int(2, 300)}, ${x.pick(["Ngong Road", "Oginga Odinga St", "Uganda Road", "Kenyatta Avenue", "Moi Avenue"])}`,
    phone: (x) => x.pick([`+254 7${x.digits(2)} ${x.digits(3)} ${x.digits(3)}`, `07${x.digits(2)} ${x.digits(6)}`]),
    natId: (x) => x.pick([{ value: String(x.int(20_000_000, 39_999_999)), cat: "ssn" as const, label: "ID No." }, { value: `CR${x.digits(13)}-${x.digits(1)}`, cat: "health_plan" as const, label: "SHA no." }]),
    hospNo: (x) => `${x.digits(6)}/${x.int(20, 24)}`, hospNoLabel: "IP No.", date: (d) => dmy(d, "/"),
  },
  {
    code: "gh", tag: "NG",
    f: ["Akosua", "Ama", "Abena", "Efua", "Adwoa", "Yaa"], m: ["Kwame", "Kofi", "Yaw", "Kwabena", "Kwesi", "Fiifi"],
    family: ["Mensah", "Boateng", "Owusu", "Asante", "Osei", "Agyemang", "Darko", "Appiah"],
    towns: [["Suame, Kumasi", ""], ["Lamashegu, Tamale", ""], ["Abura, Cape Coast", ""], ["Bankoe, Ho", ""], ["Techiman", ""], ["Nkawkaw", ""]],
    town: bare, street: (x) => `${x.pick(["AK", "NT", "CC", "VH", "GA"])}-${x.int(100, 999)}-${x.int(1000, 9999)}`,
    phone: (x) => x.pick([`+233 ${x.pick(["24", "54", "20", "27"])} ${x.digits(3)} ${x.digits(4)}`, `0${x.pick(["24", "54", "20", "27"])} ${x.digits(3)} ${x.digits(4)}`]),
    natId: (x) => x.pick([{ value: `GHA-${x.digits(9)}-${x.digits(1)}`, cat: "ssn" as const, label: "Ghana Card" }, { value: x.digits(8), cat: "health_plan" as const, label: "NHIS No." }]),
    hospNo: (x) => `${x.pick(["KATH", "TTH", "CCTH"])}/${x.digits(5)}/${x.int(20, 24)}`, hospNoLabel: "Folder No.", date: (d) => dmy(d, "/"),
  },
  {
    code: "pk", tag: "IN",
    f: ["Ayesha", "Sana", "Rukhsana", "Nazia", "Shazia", "Farzana"], m: ["Imran", "Faisal", "Usman", "Bilal", "Waqas", "Shahid"],
    family: ["Qureshi", "Chaudhry", "Malik", "Butt", "Siddiqui", "Abbasi", "Khattak", "Rana"],
    towns: [["Gulberg III, Lahore", ""], ["Satellite Town, Rawalpindi", ""], ["Hayatabad, Peshawar", ""], ["Gulshan-e-Iqbal, Karachi", ""], ["Model Town, Multan", ""], ["Samanabad, Faisalabad", ""]],
    town: bare, street: (x) => `House ${x.int(1, 400)}, Street ${x.int(1, 40)}, ${x.pick(["Block C", "Sector G-9/2", "Phase 4", "Block 13-D"])}`,
    phone: (x) => x.pick([`03${x.digits(2)}-${x.digits(7)}`, `+92 3${x.digits(2)} ${x.digits(7)}`]),
    natId: (x) => ({ value: `${x.int(1, 6)}${x.digits(4)}-${x.digits(7)}-${x.digits(1)}`, cat: "ssn", label: "CNIC" }),
    hospNo: (x) => `${x.int(20, 24)}-${x.digits(6)}`, hospNoLabel: "MR No.", date: (d) => dmy(d, "-"),
  },
  {
    code: "bd", tag: "IN",
    f: ["Nasrin", "Shirin", "Rokeya", "Taslima", "Sharmin", "Moriom"], m: ["Rafiqul", "Shahidul", "Anisur", "Mizanur", "Habibur", "Jahangir"],
    family: ["Hossain", "Rahman", "Islam", "Uddin", "Chowdhury", "Sarkar", "Miah", "Talukder"],
    towns: [["Mirpur-10, Dhaka", ""], ["Agrabad, Chattogram", ""], ["Zindabazar, Sylhet", ""], ["Shaheb Bazar, Rajshahi", ""], ["Sonadanga, Khulna", ""], ["Kandirpar, Cumilla", ""]],
    town: bare, street: (x) => `House ${x.int(1, 90)}, Road ${x.int(1, 27)}, ${x.pick(["Block B", "Section 6", "Lane 3", "Ward 12"])}`,
    phone: (x) => x.pick([`01${x.pick([7, 8, 9, 1])}${x.digits(2)}-${x.digits(6)}`, `+880 1${x.pick([7, 8, 9, 1])}${x.digits(2)} ${x.digits(6)}`]),
    natId: (x) => ({ value: x.pick([x.digits(10), x.digits(17)]).replace(/^0/, "1"), cat: "ssn", label: "NID" }),
    hospNo: (x) => `${x.digits(5)}/${x.int(20, 24)}`, hospNoLabel: "Reg. No.", date: (d) => dmy(d, "-"),
  },
  {
    code: "ph", tag: "US",
    f: ["Ma. Cristina", "Rosalinda", "Jocelyn", "Maricel", "Girlie", "Analyn"], m: ["Jose Mari", "Rodel", "Arnel", "Bong", "Reynaldo", "Efren"],
    family: ["Dizon", "Manalo", "Soriano", "Aquino", "Lacson", "Tolentino", "Macapagal", "Ilagan"],
    towns: [["Brgy. San Roque, Marikina City", ""], ["Brgy. Lahug, Cebu City", ""], ["Brgy. Poblacion, Davao City", ""], ["Brgy. Sampaloc, Tanay, Rizal", ""], ["Brgy. Malabanias, Angeles City", ""], ["Brgy. Mabolo, Naga City", ""]],
    town: bare, street: (x) => `${x.pick(["Blk", "Lot"])} ${x.int(1, 40)} ${x.pick(["Lot", "Phase"])} ${x.int(1, 30)}, ${x.pick(["Sampaguita St.", "Rizal Ave.", "Mabini St.", "Narra Rd."])}`,
    phone: (x) => x.pick([`0917 ${x.digits(3)} ${x.digits(4)}`, `+63 9${x.digits(2)} ${x.digits(3)} ${x.digits(4)}`, `0998-${x.digits(3)}-${x.digits(4)}`]),
    natId: (x) => ({ value: `${x.digits(2)}-${x.digits(9)}-${x.digits(1)}`, cat: "health_plan", label: "PhilHealth PIN" }),
    hospNo: (x) => `${x.int(2020, 2024)}-${x.digits(6)}`, hospNoLabel: "Hosp. No.", date: (d) => `${monthAbbr(d.m)}. ${d.d}, ${d.y}`,
  },
  {
    code: "jpn", tag: "JP",
    f: ["Fumiko", "Setsuko", "Hisako", "Kazuko"], m: ["Shigeru", "Isamu", "Tadashi", "Kiyoshi"],
    family: ["Tanaka", "Watanabe", "Nakamura", "Kobayashi"],
    native: { "Tanaka Fumiko": "田中 文子", "Tanaka Setsuko": "田中 節子", "Tanaka Hisako": "田中 久子", "Tanaka Kazuko": "田中 和子", "Tanaka Shigeru": "田中 茂", "Tanaka Isamu": "田中 勇", "Tanaka Tadashi": "田中 正", "Tanaka Kiyoshi": "田中 清",
      "Watanabe Fumiko": "渡辺 文子", "Watanabe Setsuko": "渡辺 節子", "Watanabe Hisako": "渡辺 久子", "Watanabe Kazuko": "渡辺 和子", "Watanabe Shigeru": "渡辺 茂", "Watanabe Isamu": "渡辺 勇", "Watanabe Tadashi": "渡辺 正", "Watanabe Kiyoshi": "渡辺 清",
      "Nakamura Fumiko": "中村 文子", "Nakamura Setsuko": "中村 節子", "Nakamura Hisako": "中村 久子", "Nakamura Kazuko": "中村 和子", "Nakamura Shigeru": "中村 茂", "Nakamura Isamu": "中村 勇", "Nakamura Tadashi": "中村 正", "Nakamura Kiyoshi": "中村 清",
      "Kobayashi Fumiko": "小林 文子", "Kobayashi Setsuko": "小林 節子", "Kobayashi Hisako": "小林 久子", "Kobayashi Kazuko": "小林 和子", "Kobayashi Shigeru": "小林 茂", "Kobayashi Isamu": "小林 勇", "Kobayashi Tadashi": "小林 正", "Kobayashi Kiyoshi": "小林 清" },
    towns: [["Setagaya-ku, Tokyo", "154-0017"], ["Aoba-ku, Sendai", "980-0811"], ["Kanazawa", "920-0962"], ["Matsumoto", "390-0874"], ["Onomichi", "722-0035"], ["Beppu", "874-0909"]],
    town: (t) => `${t[0]} ${t[1]}`, street: (x) => `${x.int(1, 5)}-${x.int(1, 20)}-${x.int(1, 30)}`,
    phone: (x) => `0${x.pick([90, 80, 70])}-${x.digits(4)}-${x.digits(4)}`,
    natId: (x) => ({ value: `記号 ${x.digits(4)} 番号 ${x.digits(3)}`, cat: "health_plan", label: "保険証" }),
    hospNo: (x) => x.digits(8), hospNoLabel: "ID", date: (d) => `${d.y}/${pad(d.m, 2)}/${pad(d.d, 2)}`,
  },
  {
    code: "kor", tag: "KR",
    f: ["Soon-ja", "Mi-kyung", "Jung-hee", "Myung-sook"], m: ["Young-ho", "Dong-su", "Sang-cheol", "Jae-hyun"],
    family: ["Kang", "Yoon", "Han", "Oh"],
    native: { "Kang Soon-ja": "강순자", "Kang Mi-kyung": "강미경", "Kang Jung-hee": "강정희", "Kang Myung-sook": "강명숙", "Kang Young-ho": "강영호", "Kang Dong-su": "강동수", "Kang Sang-cheol": "강상철", "Kang Jae-hyun": "강재현",
      "Yoon Soon-ja": "윤순자", "Yoon Mi-kyung": "윤미경", "Yoon Jung-hee": "윤정희", "Yoon Myung-sook": "윤명숙", "Yoon Young-ho": "윤영호", "Yoon Dong-su": "윤동수", "Yoon Sang-cheol": "윤상철", "Yoon Jae-hyun": "윤재현",
      "Han Soon-ja": "한순자", "Han Mi-kyung": "한미경", "Han Jung-hee": "한정희", "Han Myung-sook": "한명숙", "Han Young-ho": "한영호", "Han Dong-su": "한동수", "Han Sang-cheol": "한상철", "Han Jae-hyun": "한재현",
      "Oh Soon-ja": "오순자", "Oh Mi-kyung": "오미경", "Oh Jung-hee": "오정희", "Oh Myung-sook": "오명숙", "Oh Young-ho": "오영호", "Oh Dong-su": "오동수", "Oh Sang-cheol": "오상철", "Oh Jae-hyun": "오재현" },
    towns: [["Jung-gu, Daejeon", "34940"], ["Suwon", "16490"], ["Jeonju", "54999"], ["Gangneung", "25535"], ["Mokpo", "58746"], ["Chuncheon", "24341"]],
    town: (t) => `${t[0]} ${t[1]}`, street: (x) => `${x.int(1, 300)}, ${x.pick(["Jungang-ro", "Sejong-daero", "Gyeongchun-ro", "Haean-ro"])}`,
    phone: (x) => `010-${x.digits(4)}-${x.digits(4)}`,
    natId: (x, p) => ({ value: K.krRrn(x.r, p.dob, p.female), cat: "ssn", label: "RRN" }),
    hospNo: (x) => x.digits(8), hospNoLabel: "등록번호", date: (d) => `${d.y}.${pad(d.m, 2)}.${pad(d.d, 2)}`,
  },
  {
    code: "chn", tag: "CN",
    f: ["Xiulan", "Guifang", "Shufen", "Yulan"], m: ["Jianguo", "Zhiqiang", "Guoping", "Desheng"],
    family: ["Chen", "Yang", "Zhao", "Zhou"],
    native: { "Chen Xiulan": "陈秀兰", "Chen Guifang": "陈桂芳", "Chen Shufen": "陈淑芬", "Chen Yulan": "陈玉兰", "Chen Jianguo": "陈建国", "Chen Zhiqiang": "陈志强", "Chen Guoping": "陈国平", "Chen Desheng": "陈德胜",
      "Yang Xiulan": "杨秀兰", "Yang Guifang": "杨桂芳", "Yang Shufen": "杨淑芬", "Yang Yulan": "杨玉兰", "Yang Jianguo": "杨建国", "Yang Zhiqiang": "杨志强", "Yang Guoping": "杨国平", "Yang Desheng": "杨德胜",
      "Zhao Xiulan": "赵秀兰", "Zhao Guifang": "赵桂芳", "Zhao Shufen": "赵淑芬", "Zhao Yulan": "赵玉兰", "Zhao Jianguo": "赵建国", "Zhao Zhiqiang": "赵志强", "Zhao Guoping": "赵国平", "Zhao Desheng": "赵德胜",
      "Zhou Xiulan": "周秀兰", "Zhou Guifang": "周桂芳", "Zhou Shufen": "周淑芬", "Zhou Yulan": "周玉兰", "Zhou Jianguo": "周建国", "Zhou Zhiqiang": "周志强", "Zhou Guoping": "周国平", "Zhou Desheng": "周德胜" },
    towns: [["Yuhang District, Hangzhou", "311100"], ["Wuchang District, Wuhan", "430060"], ["Jinniu District, Chengdu", "610036"], ["Licheng District, Quanzhou", "362000"], ["Nangang District, Harbin", "150001"], ["Guilin", "541001"]],
    town: (t) => `${t[0]} ${t[1]}`, street: (x) => `No. ${x.int(1, 300)}, ${x.pick(["Jiefang Road", "Renmin Road", "Zhongshan Road", "Wenhua Street"])}`,
    phone: (x) => `1${x.pick([38, 39, 58, 86, 36])} ${x.digits(4)} ${x.digits(4)}`,
    natId: (x, p) => ({ value: K.cnId(x.r, x.pick(["330110", "420106", "510106", "350502"]), p.dob, p.female), cat: "ssn", label: "ID card" }),
    hospNo: (x) => x.digits(10), hospNoLabel: "住院号", date: (d) => iso(d),
  },
];
const V = (code: string): Voice => {
  const v = VOICES.find((o) => o.code === code);
  if (!v) throw new Error(`no voice ${code}`);
  return v;
};

/** A patient of the voice; dob from the seeded stream within the given years. */
const pt = (x: Ctx, v: Voice, opts: { female?: boolean; minYear?: number; maxYear?: number } = {}): P => {
  const female = opts.female ?? x.chance(0.5);
  const given = x.pick(female ? v.f : v.m);
  const family = x.pick(female && v.familyF ? v.familyF : v.family);
  const dob = { d: x.int(1, 28), m: x.int(1, 12), y: x.int(opts.minYear ?? 1940, opts.maxYear ?? 2000) };
  return { given, family, female, dob };
};
const EAST = ["jpn", "kor", "chn"];
/** How the voice writes a full name: family first for East Asian writers. */
const nm = (v: Voice, p: P): string => (EAST.includes(v.code) ? `${p.family} ${p.given}` : `${p.given} ${p.family}`);
const townOf = (x: Ctx, v: Voice): [string, string] => x.pick(v.towns);
const fullAddr = (x: Ctx, v: Voice): string => `${v.street(x)}, ${v.town(townOf(x, v))}`;
const he = (p: P): string => (p.female ? "she" : "he");
const his = (p: P): string => (p.female ? "her" : "his");
/** A date near the present (admission, EDD, incident) in the voice's own format. */
const near = (x: Ctx, year = 2025): Dob => ({ d: x.int(1, 28), m: x.int(1, 12), y: year });
const idLabel = (id: NatId): string => (id.cat === "ssn" ? $.ssn(id.value) : $.plan(id.value));
/** Numbers spoken digit by digit, as dictation software writes them. */
const WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
const spoken = (digits: string): string => digits.replace(/\D/g, "").split("").map((d) => (d === "0" ? "oh" : (WORDS[Number(d)] ?? ""))).join(" ");
const NUM_WORDS = ["ninety", "ninety-one", "ninety-two", "ninety-three", "ninety-four", "ninety-five", "ninety-six", "ninety-seven", "ninety-eight", "ninety-nine"];

/** One template per listed voice; the key carries the voice code so the items can be counted by writer. */
const each = (fmt: string, codes: string[], make: (x: Ctx, v: Voice, i: number) => string | { text: string; note: string }): Template[] =>
  codes.map((code, i) => {
    const v = V(code);
    return { key: `b11-${fmt}-${code}`, countries: [v.tag], make: (x: Ctx) => make(x, v, i) };
  });

const GP_OPEN = [
  "GP trainee here, my trainer says my referral letters are too long. Be brutal:",
  "Second opinion on tone before I send this one off - it's going to a surgeon I've never met:",
  "Referral letter, rural practice, 40 miles from the DGH. Anything missing?",
  "Copying my draft in case it helps anyone, and because I'm not sure the urgency is right:",
];

/** Ordinals as dictation software writes them. */
const NUM_ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second", "twenty third", "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh", "twenty eighth"];

// --- Templates ------------------------------------------------------------------------------------

const positives: Template[] = [
  // Referral letters from GPs (Scotland, Wales, NI, Québec, Austria, Ghana, Kenya)
  ...each("gp-referral", ["sco", "wal", "nir", "qc", "at", "gh", "ke", "pk"], (x, v, i) => {
    const p = pt(x, v, { minYear: 1945, maxYear: 1975 });
    const t = townOf(x, v);
    const id = v.natId(x, p);
    return `${GP_OPEN[i % GP_OPEN.length]}\n\nDear Colleague,\nRe: ${$.name(nm(v, p))}   DOB ${$.date(v.date(p.dob))}   ${id.label} ${idLabel(id)}\n${$.addr(`${v.street(x)}, ${v.town(t)}`)}\nTel: ${$.phone(v.phone(x))}\n\nThank you for seeing this ${2025 - p.dob.y}-year-old ${p.female ? "woman" : "man"} with a ${x.pick(["four-month history of painless jaundice and weight loss", "rising PSA (from 4.1 to 11.8 in a year)", "new iron-deficiency anaemia, Hb 86", "breathlessness and a new murmur"])}. ${he(p).charAt(0).toUpperCase() + he(p).slice(1)} is the main carer for ${his(p)} ${x.pick(["husband", "wife", "grandson", "sister"])}, so a clinic near home would matter.\n\nYours sincerely`;
  }),
  // Copy-pasted lab-system printouts
  ...each("lab-printout", ["sco", "nir", "ch", "nl", "ke", "pk", "bd", "ph", "chn"], (x, v) => {
    const p = pt(x, v, { minYear: 1940, maxYear: 1990 });
    const coll = near(x);
    const acc = `${x.letters(2)}${x.int(24, 25)}-${x.digits(6)}`;
    return `Pasted straight from our lab system, sorry for the formatting:\n\n-----------------------------------------------\nPATIENT : ${$.name(`${p.family.toUpperCase()}, ${p.given.toUpperCase()}`)}\n${v.hospNoLabel.toUpperCase().padEnd(8)}: ${$.mrn(v.hospNo(x))}    DOB: ${$.date(v.date(p.dob))}  SEX: ${p.female ? "F" : "M"}\nSPECIMEN: ${$.oid(acc)}  COLLECTED: ${$.date(v.date(coll))} ${pad(x.int(0, 23), 2)}:${pad(x.int(0, 59), 2)}\n-----------------------------------------------\nHb        ${(x.int(60, 95) / 10).toFixed(1)} g/dL   L\nMCV       ${x.int(58, 72)} fL       L\nFerritin  ${x.int(2, 9)} ug/L     L\nPlt       ${x.int(410, 620)} x10^9/L H\n-----------------------------------------------\n\nWould you scope first or give IV iron first? ${x.pick(["Premenopausal, no GI symptoms.", "Vegetarian, heavy periods.", "On aspirin for years."])}`;
  }),
  // Discharge summaries with headers
  ...each("discharge", ["wal", "qc", "it", "tr", "gh", "bd", "kor", "ph"], (x, v) => {
    const p = pt(x, v, { minYear: 1938, maxYear: 1970 });
    const adm = near(x);
    const dis = { ...adm, d: Math.min(28, adm.d + x.int(2, 9)) };
    const nok = pt(x, v, { minYear: 1960, maxYear: 1995 });
    return `Is this discharge summary format usable by GPs? We're redesigning it.\n\nDISCHARGE SUMMARY\nPatient: ${$.name(nm(v, p))}\n${v.hospNoLabel}: ${$.mrn(v.hospNo(x))}\nDate of admission: ${$.date(v.date(adm))}\nDate of discharge: ${$.date(v.date(dis))}\nNext of kin: ${$.name(nm(v, { ...nok, family: p.family }))} (${x.pick(["daughter", "son", "niece", "son-in-law"])}), ${$.phone(v.phone(x))}\nDiagnosis: ${x.pick(["community-acquired pneumonia, CURB-65 2", "decompensated cirrhosis with SBP", "NSTEMI, PCI to LAD", "urosepsis with AKI stage 2"])}\nFollow-up: clinic in 6 weeks\n\nToo much? Too little?`;
  }),
  // Pharmacy messages
  ...each("pharmacy", ["sco", "nir", "qc", "nl", "pl", "pk", "ph", "ke"], (x, v) => {
    const p = pt(x, v, { minYear: 1945, maxYear: 1985 });
    const id = v.natId(x, p);
    return `Message from the community pharmacist this morning, verbatim:\n\n"Hi Dr, re ${$.name(nm(v, p))}, ${$.addr(fullAddr(x, v))} - script says ${x.pick(["methotrexate 10 mg DAILY", "warfarin 50 mg", "oxycodone 80 mg q4h", "colchicine 500 micrograms six times a day"])}. Assume you meant weekly/other? Won't dispense till you call back on ${$.phone(v.phone(x))} (my mobile, shop line is down). Patient ${id.label}: ${idLabel(id)}."\n\nEmbarrassing. Do your EHRs have hard stops for this or just warnings?`;
  }),
  // Radiology request forms
  ...each("radiology-request", ["sco", "wal", "ch", "at", "it", "tr", "jpn", "kor"], (x, v) => {
    const p = pt(x, v, { minYear: 1950, maxYear: 1995 });
    const id = v.natId(x, p);
    return `Radiology keep rejecting my CT requests. Here's the latest (identifiers as on the form), what would you change?\n\nREQUEST: CT abdomen/pelvis with contrast\nName: ${$.name(nm(v, p))}    DOB: ${$.date(v.date(p.dob))}\n${v.hospNoLabel}: ${$.mrn(v.hospNo(x))}    ${id.label}: ${idLabel(id)}\neGFR: ${x.int(35, 95)}   Metformin: ${x.pick(["yes", "no"])}   Pregnant: ${p.female ? "no" : "n/a"}\nClinical details: ${x.pick(["RIF pain, raised CRP, ?appendicitis ?collection", "weight loss, ?malignancy", "post-op day 5, fever, ?leak"])}\nRequesting clinician: FY2, bleep ${x.int(1000, 1999)}`;
  }),
  // Ambulance handovers (ATMIST / MIST)
  ...each("atmist", ["sco", "wal", "nir", "at", "nl", "ke", "gh"], (x, v, i) => {
    const p = pt(x, v, { minYear: 1928, maxYear: 1934 });
    const age = 2025 - p.dob.y;
    const ageTxt = i % 2 === 0 ? `${age}` : (NUM_WORDS[age - 90] ?? String(age));
    return { text: `Crew handover I scribbled in resus, for the ED teaching folder:\n\nA - ${$.age(ageTxt)}${i % 2 === 0 ? "yo" : " years old"}, ${p.female ? "female" : "male"}, ${$.name(nm(v, p))}\nT - found ${pad(x.int(0, 23), 2)}:${pad(x.int(0, 59), 2)}, down for ?hours\nM - fall at home, ${$.addr(fullAddr(x, v))}, on the kitchen floor\nI - #NOF right, skin tear left forearm, no head injury seen\nS - HR ${x.int(90, 120)} AF, BP ${x.int(95, 130)}/${x.int(50, 80)}, SpO2 ${x.int(92, 97)}% RA, GCS 15, BM ${(x.int(40, 90) / 10).toFixed(1)}\nT - fascia iliaca block by crew, 1 g paracetamol\n\nWho in your ED does the FIB - crews, ED docs or ortho?`, note: "age over 89 in an ATMIST handover; the home where the fall happened is an address" };
  }),
  // Obstetric notes
  ...each("obstetric", ["nir", "qc", "it", "pl", "tr", "pk", "bd", "gh", "ph"], (x, v) => {
    const p = pt(x, v, { female: true, minYear: 1988, maxYear: 2002 });
    const partner = pt(x, v, { female: false, minYear: 1980, maxYear: 1998 });
    const edd = near(x, 2026);
    return { text: `Antenatal clinic dilemma.\n\n${$.name(nm(v, p))}, G${x.int(2, 5)}P${x.int(1, 3)}, ${x.int(24, 33)}+${x.int(0, 6)} weeks, EDD ${$.date(v.date(edd))}. Previous LSCS for ${x.pick(["failure to progress", "breech", "fetal distress"])}. Placenta now anterior low-lying, ?accreta on scan. Partner ${$.name(partner.given)} works away and can be reached on ${$.phone(v.phone(x))}. She lives in ${$.addr(v.town(townOf(x, v)))}, 2 hours from a unit with IR.\n\nWould you move her closer at 32 weeks or wait?`, note: "EDD is a patient date; the partner's first name and phone count" };
  }),
  // Paediatric notes: parents, school with town
  ...each("paeds", ["sco", "wal", "qc", "ch", "nl", "ke", "pk", "jpn"], (x, v) => {
    const child = pt(x, v, { minYear: 2014, maxYear: 2021 });
    const mum = pt(x, v, { female: true });
    const dad = pt(x, v, { female: false });
    const t = townOf(x, v);
    return { text: `Safeguarding question from clinic. ${$.name(child.given)} (DOB ${$.date(v.date(child.dob))}) came with mum ${$.name(mum.given)} and dad ${$.name(`${dad.given} ${child.family}`)}. ${x.pick(["Third fracture in 14 months", "Unexplained bruising on the upper arms", "Weight dropped from the 50th to the 9th centile", "Missed four appointments this year"])}. School nurse at ${$.addr(`${x.pick(["St Mary's Primary", "the primary school", "the village school"])}, ${t[0]}`)} raised it. Parents are separated; dad's mobile is ${$.phone(v.phone(x))}.\n\nDo I phone social care today or get the skeletal survey first?`, note: "child, both parents, the school's town; the school name is kept inside the address span" };
  }),
  // Psychiatric notes: partner's workplace, town
  ...each("psych", ["wal", "nir", "at", "it", "nl", "pl", "tr", "bd"], (x, v) => {
    const p = pt(x, v, { minYear: 1970, maxYear: 2000 });
    const partner = pt(x, v, { female: !p.female });
    const t = townOf(x, v);
    return { text: `Psych liaison, tricky one. ${$.name(p.given)}, ${2025 - p.dob.y}, second presentation after paracetamol OD this year. Partner ${$.name(nm(v, partner))} works at the ${x.pick(["bakery", "garage", "care home", "sawmill", "petrol station"])} in ${$.addr(t[0])} and "knows everyone there". Patient is terrified the partner will find out. Patient's own number ${$.phone(v.phone(x))}. Capacity fine, declines admission, wants home treatment. Who would you tell, if anyone?`, note: "the town of the partner's workplace is tied to a relative; the employer kind is not named" };
  }),
  // Occupational / forensic notes: employer, vehicle, licence
  ...each("occupational", ["sco", "nir", "qc", "ch", "pl", "tr", "ke", "gh", "ph"], (x, v) => {
    const p = pt(x, v, { female: false, minYear: 1965, maxYear: 1995 });
    const plate = x.pick([`${x.letters(2)}${x.int(10, 73)} ${x.letters(3)}`, `${x.letters(3)} ${x.digits(3)}${x.letters(1)}`, `${x.letters(2)}-${x.digits(3)}-${x.letters(2)}`]);
    const lic = `${x.letters(2)}${x.digits(6)}${x.letters(1)}`;
    return { text: `Occ health / fitness-to-drive question. ${$.name(nm(v, p))}, HGV driver, ${x.pick(["two witnessed seizures", "untreated OSA, Epworth 19", "insulin started last month", "syncope at the wheel"])}. Licence no. ${$.lic(lic)}. Employer's fleet manager phoned asking if he can drive the lorry (reg ${$.veh(plate)}) on Monday. ${he(p).charAt(0).toUpperCase() + he(p).slice(1)} lives at ${$.addr(fullAddr(x, v))}.\n\nWhat can I tell the employer without consent?`, note: "driving licence and the vehicle he drives" };
  }),
  // Telemedicine chat logs with timestamps
  ...each("telechat", ["sco", "qc", "at", "it", "pk", "bd", "ph", "kor", "chn"], (x, v) => {
    const p = pt(x, v, { minYear: 1960, maxYear: 2000 });
    const day = near(x);
    const h = x.int(8, 21);
    const ip = `${x.int(11, 223)}.${x.int(0, 255)}.${x.int(0, 255)}.${x.int(1, 254)}`;
    const mail = `${p.given.toLowerCase().replace(/[^a-z]/g, "")}.${p.family.toLowerCase().replace(/[^a-z]/g, "")}${x.int(1, 99)}@${x.pick(["gmail.com", "yahoo.com", "outlook.com"])}`;
    return `Export from our teleconsult platform - is this enough documentation for a prescription?\n\nSession ${$.date(v.date(day))} - patient ${$.name(nm(v, p))} <${$.email(mail)}> - client IP ${$.ip(ip)}\n[${pad(h, 2)}:02] Patient: hi doc, the rash is spreading up my leg now\n[${pad(h, 2)}:03] Dr: Can you draw a line around the edge with a pen and send a photo?\n[${pad(h, 2)}:09] Patient: done. also fever 38.4 since last night\n[${pad(h, 2)}:11] Dr: Any diabetes or recent cuts?\n[${pad(h, 2)}:12] Patient: small cut from gardening\n\nI prescribed flucloxacillin and safety-netted. Would you have sent them in?`;
  }),
  // Forwarded e-mails with headers (relatives' addresses)
  ...each("fwd-email", ["wal", "nir", "qc", "ch", "nl", "ke", "gh", "ph"], (x, v) => {
    const p = pt(x, v, { minYear: 1930, maxYear: 1950 });
    const rel = pt(x, v, { minYear: 1960, maxYear: 1990 });
    const relFam = rel.family.toLowerCase().replace(/[^a-z]/g, "");
    const relMail = `${rel.given.toLowerCase().replace(/[^a-z]/g, "").slice(0, 1)}${relFam}${x.int(60, 99)}@${x.pick(["hotmail.com", "gmail.com", "icloud.com", "yahoo.co.uk"])}`;
    const sibMail = `${x.pick(v.f).toLowerCase().replace(/[^a-z]/g, "")}.${relFam}@${x.pick(["gmail.com", "outlook.com"])}`;
    return `The family keeps CC'ing half the ward. This arrived via PALS:\n\n---------- Forwarded message ---------\nFrom: ${$.name(nm(v, rel))} <${$.email(relMail)}>\nTo: ${$.email(sibMail)}\nSubject: Dad (${$.name(nm(v, p))}) - care on ward\n\nHe has been on ward ${x.int(3, 30)} for 9 days and nobody has told us the CT result. We want a meeting with the consultant.\n\nHow do you respond when a family email goes to a dozen people including the patient's neighbour?`;
  }),
  // Spreadsheets pasted as TSV / CSV
  ...each("tsv", ["sco", "wal", "at", "it", "pl", "tr", "pk", "jpn"], (x, v, i) => {
    const rows = [0, 1, 2].map(() => {
      const p = pt(x, v, { minYear: 1930, maxYear: 1990 });
      const id = v.natId(x, p);
      return { p, id, hosp: v.hospNo(x), t: townOf(x, v) };
    });
    const sep = i % 2 === 0 ? "\t" : ",";
    const head = ["Name", "DOB", v.hospNoLabel.replace(/,/g, ""), "Town", "Result"].join(sep);
    const body = rows.map((r) => [$.name(nm(v, r.p)), $.date(v.date(r.p.dob)), $.mrn(r.hosp), $.addr(r.t[0]), x.pick(["HbA1c 94", "eGFR 22", "INR 6.8", "K 6.4"])].join(sep)).join("\n");
    return { text: `Pasted from the audit spreadsheet (I know, I'll delete it) - the formula flagging high-risk rows isn't working:\n\n${head}\n${body}\n\nColumn E should trigger red. Excel wizards?`, note: i % 2 === 0 ? "TSV paste" : "CSV paste" };
  }),
  // Voice-to-text: numbers as words, names lower case and misspelled
  ...each("voice2text", ["sco", "nir", "qc", "it", "ke", "gh", "pk", "bd"], (x, v) => {
    const p = pt(x, v, { minYear: 1940, maxYear: 1980 });
    const ph = v.phone(x);
    const spokenPhone = spoken(ph);
    const given = p.given.toLowerCase();
    const misspelt = p.family.toLowerCase().replace(/ou/, "u").replace(/ie/, "ee").replace(/ll/, "l").replace(/ss/, "s");
    return { text: `dictation app strikes again, this went into the notes unedited: "seen today ${$.name(`${given} ${misspelt}`)} date of birth ${$.date(`${NUM_ORD[p.dob.d - 1]} of ${monthName(p.dob.m)}`)} ${spoken(String(p.dob.y)).replace(/ /g, " ")} lives alone in ${$.addr(townOf(x, v)[0].toLowerCase())} daughter's number is ${$.phone(spokenPhone)} new paragraph chest pain on exertion full stop" - the whole letter is like that. Anyone found software that handles accents?`, note: "speech-to-text: misspelt lower-case name, digits spoken as words" };
  }),
  // East Asian names in romanised and native forms inside English text
  ...each("native-names", ["jpn", "kor", "chn"], (x, v) => {
    const p = pt(x, v, { minYear: 1930, maxYear: 1960 });
    const key = `${p.family} ${p.given}`;
    const native = v.native?.[key] ?? key;
    const id = v.natId(x, p);
    return { text: `Transfer letter from ${x.pick(["a hospital back home", "the family's clinic abroad", "the referring hospital"])} - the interpreter wrote both forms, which is right for our EHR?\n\nPatient: ${$.name(native)} (${$.name(`${p.family.toUpperCase()} ${p.given}`)})\nDOB ${$.date(v.date(p.dob))}, ${id.label} ${idLabel(id)}\nAddress: ${$.addr(fullAddr(x, v))}\nDx: ${x.pick(["gastric cancer post-ESD", "moyamoya, post-bypass", "HBV cirrhosis on entecavir"])}\n\nOur system can't store ${x.pick(["kanji", "hangul", "hanzi"])}, so the wristband only shows romanised - is that a patient-safety issue?`, note: "native-script and romanised forms of the same name" };
  }),
  // Same native-script habit, patients of East Asian heritage seen abroad
  ...each("native-abroad", ["jpn", "kor", "chn"], (x, v, i) => {
    const p = pt(x, v, { minYear: 1935, maxYear: 1965 });
    const native = v.native?.[`${p.family} ${p.given}`] ?? `${p.family} ${p.given}`;
    const son = pt(x, v, { female: false, minYear: 1965, maxYear: 1990 });
    return { text: `Interpreter question. Elderly ${i === 0 ? "Japanese" : i === 1 ? "Korean" : "Chinese"}-speaking ${p.female ? "lady" : "gentleman"} on our ward, registered as ${$.name(`${p.given} ${p.family}`)} (western order, the EHR flipped it), but ${his(p)} own documents say ${$.name(native)}. Son ${$.name(son.given)} is the only English speaker and texts from ${$.phone(v.phone(x))}. He wants us to withhold the cancer diagnosis. How do you handle family requests for non-disclosure across cultures?`, note: "the same name in western order and in native script" };
  }),
  // Implanted device serials and patient web pages
  ...each("device", ["sco", "wal", "ch", "nl", "it", "kor", "ph"], (x, v) => {
    const p = pt(x, v, { minYear: 1940, maxYear: 1975 });
    const sn = `${x.letters(3)}${x.digits(6)}${x.letters(1)}`;
    const slug = `${p.given}-${p.family}`.toLowerCase().normalize("NFD").replace(/[^a-z-]/g, "");
    return `Device clinic: ${$.name(nm(v, p))}'s ICD (serial ${$.dev(sn)}) is on the advisory list for premature battery depletion. ${he(p).charAt(0).toUpperCase() + he(p).slice(1)} found out from a fundraising page ${his(p)} family set up, ${$.url(`https://www.gofundme.com/f/${slug}-heart-fund`)}, before we told ${p.female ? "her" : "him"}. Generator change now or monitor remotely every month?`;
  }),
  // Billing disputes with bank account numbers
  ...each("billing", ["ch", "at", "nl", "pl", "tr", "it"], (x, v) => {
    const p = pt(x, v, { minYear: 1950, maxYear: 1985 });
    const bank: Record<string, () => string> = {
      ch: () => K.iban("CH", x.digits(5) + x.digits(12)), at: () => K.iban("AT", x.digits(16)), nl: () => K.iban("NL", `${x.pick(["ABNA", "RABO", "INGB"])}0${x.digits(9)}`),
      pl: () => K.iban("PL", x.digits(24)), tr: () => K.iban("TR", `${x.digits(5)}0${x.digits(16)}`), it: () => K.iban("IT", `${x.letters(1)}${x.digits(10)}${x.digits(12)}`),
    };
    const acct = (bank[v.code] ?? (() => x.digits(12)))();
    return `Private clinic admin question. A patient, ${$.name(nm(v, p))}, paid the invoice twice and wants the refund to a different account, ${$.acct(acct)}, in ${his(p)} brother's name. Invoice no. ${$.acct(`${x.int(2024, 2025)}-${x.digits(5)}`)}. Is refunding to a third party ever OK? Our accountant says no, ${he(p)} is furious.`;
  }),
  // Death certification / coroner queries
  ...each("death-cert", ["sco", "nir", "qc", "at", "pk", "bd", "gh"], (x, v, i) => {
    const p = pt(x, v, { minYear: 1927, maxYear: 1934 });
    const dod = near(x);
    const age = 2025 - p.dob.y;
    return { text: `Certification question, ${x.pick(["registrar rejected my MCCD", "the procurator fiscal called back", "the coroner's officer queried it", "the registrar of deaths sent it back"])}. ${$.name(nm(v, p))}, ${i % 2 === 0 ? `aged ${$.age(String(age))}` : `a ${$.age(`${age}-year-old`)}`}, died ${$.date(v.date(dod))} at home in ${$.addr(townOf(x, v)[0])}. I wrote "1a frailty of old age" - allowed over 80 in some places, but there was a fall 3 weeks earlier. Does the fall make it reportable?`, note: "age over 89, the date and the village of death" };
  }),
  // MDT lists: several patients, one line each
  ...each("mdt-list", ["wal", "qc", "ch", "it", "tr", "ke", "ph"], (x, v) => {
    const a = pt(x, v, { minYear: 1940, maxYear: 1970 });
    const b = pt(x, v, { minYear: 1929, maxYear: 1933 });
    const c = pt(x, v, { minYear: 1950, maxYear: 1990 });
    return `Our MDT list template, does yours look like this?

1. ${$.name(`${a.family.toUpperCase()} ${a.given.charAt(0)}`)} ${$.mrn(v.hospNo(x))} - ${x.pick(["rectal Ca T3N1", "lung adeno stage IIIA", "HCC 4 cm"])}, for neoadjuvant
2. ${$.name(`${b.family.toUpperCase()} ${b.given.charAt(0)}`)} ${$.mrn(v.hospNo(x))} - ${$.age(String(2025 - b.dob.y))}y, ${x.pick(["ductal Ca 2 cm", "bladder Ca", "melanoma 2.1 mm"])}, ?best supportive care
3. ${$.name(`${c.family.toUpperCase()} ${c.given.charAt(0)}`)} ${$.mrn(v.hospNo(x))} - ${x.pick(["thyroid nodule Thy4", "pancreatic cyst 3 cm", "renal mass 5 cm"])}, radiology review

We keep missing imaging uploads for the second case each week.`;
  }),
  // Home fax numbers (advance directives faxed by family)
  ...each("home-fax", ["sco", "nir", "qc", "at", "jpn", "it"], (x, v) => {
    const p = pt(x, v, { minYear: 1932, maxYear: 1950 });
    const daughter = pt(x, v, { female: true, minYear: 1960, maxYear: 1980 });
    return `Old school: ${$.name(nm(v, p))}'s daughter ${$.name(daughter.given)} faxed the advance directive from her home fax (${$.fax(v.phone(x))}) at 3 am, and it's unsigned. Her landline ${$.phone(v.phone(x))} goes to voicemail. Do we honour an unsigned ADRT that the whole family agrees with?`;
  }),
  // Social handles / personal sites of patients
  ...each("social", ["wal", "nl", "pl", "ke", "gh", "pk", "bd"], (x, v) => {
    const p = pt(x, v, { minYear: 1985, maxYear: 2005 });
    const handle = `@${p.given.toLowerCase().replace(/[^a-z]/g, "")}_${p.family.toLowerCase().replace(/[^a-z]/g, "").slice(0, 5)}${x.int(1, 99)}`;
    return `A patient, ${$.name(p.given)} from ${$.addr(townOf(x, v)[0])}, posts ${his(p)} dialysis sessions on TikTok (${$.oid(handle)}) and tagged our unit and me by name. Nothing defamatory, but nurses are visible in the background. Ask ${p.female ? "her" : "him"} to stop, or to blur staff?`;
  }),
  // Medical travellers: passport numbers and hotel addresses
  ...each("med-travel", ["tr", "pk", "bd", "ph", "kor", "chn"], (x, v) => {
    const p = pt(x, v, { minYear: 1955, maxYear: 1990 });
    const passport = `${x.letters(2)}${x.digits(7)}`;
    return { note: "the passport number is other_id; a hotel chain named without its town or street is not an address", text: `Medical tourist presented to our ED after ${x.pick(["a gastric sleeve done abroad", "hair transplant with a wound infection", "IVF abroad, now OHSS", "dental implants, now Ludwig's angina"])}. ${$.name(nm(v, p))}, passport ${$.oid(passport)}, staying at the ${x.pick(["Hilton", "Premier Inn", "Ibis"])} - wants us to call ${his(p)} surgeon on WhatsApp ${$.phone(v.phone(x))}. Home address ${$.addr(fullAddr(x, v))}. Who pays, and do we contact the foreign surgeon?` };
  }),
  // Insurance pre-authorisation forms: private policy numbers next to national ones
  ...each("preauth", ["ch", "nl", "tr", "ke", "gh", "ph", "it"], (x, v) => {
    const p = pt(x, v, { minYear: 1950, maxYear: 1995 });
    const pol = `${x.letters(1)}${x.digits(3)}.${x.digits(4)}.${x.digits(2)}`;
    const id = v.natId(x, p);
    return `Third pre-authorisation refusal this month. Form as submitted:

Insured person: ${$.name(nm(v, p))}
Date of birth: ${$.date(v.date(p.dob))}
Policy no.: ${$.plan(pol)}
${id.label}: ${idLabel(id)}
Procedure: ${x.pick(["MRI lumbar spine", "capsule endoscopy", "PET-CT", "bariatric surgery"])}
Justification: ${x.pick(["red flags, night pain", "obscure GI bleeding, 2 normal scopes", "staging, biopsy-proven lymphoma", "BMI 44 with OSA and T2DM"])}

What wording gets these through first time?`;
  }),
  // Ages over 89 in each writer's own phrasing, with the contact the family left
  ...each("nonagenarian", ["sco", "wal", "nir", "qc", "ch", "at", "it", "nl", "pl", "tr", "ke", "gh", "pk", "bd", "ph", "jpn", "kor", "chn"], (x, v, i) => {
    const p = pt(x, v, { minYear: 1922, maxYear: 1934 });
    const age = 2025 - p.dob.y;
    const shapes = [
      `${age}-year-old`, `${age} y/o`, `${age}${p.female ? "F" : "M"}`, `aged ${age}`, `${NUM_WORDS[age - 90] ?? age}-year-old`, `${age} yrs`,
    ];
    const ageTxt = shapes[i % shapes.length] ?? `${age}-year-old`;
    const grand = pt(x, v, { minYear: 1985, maxYear: 2000 });
    const mail = `${grand.given.toLowerCase().replace(/[^a-z]/g, "")}${x.int(1, 99)}@${x.pick(["gmail.com", "yahoo.com", "outlook.com", "proton.me"])}`;
    const contact = i % 3 === 1 ? $.phone(v.phone(x)) : $.email(mail);
    return { text: `Frailty question: ${p.female ? "Mrs" : "Mr"} ${$.name(p.family)}, ${$.age(ageTxt)}, ${x.pick(["still lives alone and walks to the shops", "plays cards every afternoon", "gardens daily", "looks after a disabled son"])}, now has ${x.pick(["severe aortic stenosis, AVA 0.6", "a 6 cm AAA", "new AF with a CHA2DS2-VASc of 5", "a colonic tumour, no metastases"])}. Grandchild wants every option; reachable at ${contact}. Would you offer ${x.pick(["TAVI", "EVAR", "anticoagulation", "a right hemicolectomy"])} at this age?`, note: "age over 89 in the writer's phrasing; the grandchild's contact counts" };
  }),
];

export const batch11: Batch = { name: "batch-11", positives, negatives: [] };
