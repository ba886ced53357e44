/**
 * Country-specific values for the corpus: names, places (real towns with their real postcode
 * formats), phone numbers in each numbering plan, vehicle plates. Faker supplies part of the
 * western names; hand lists keep the rest realistic (faker's en_US surnames are not).
 */
import {
  fakerDE, fakerEN_AU, fakerEN_CA, fakerEN_GB, fakerEN_IN, fakerEN_NG, fakerEN_US, fakerES, fakerES_MX, fakerFR, fakerPT_BR,
  type Faker,
} from "@faker-js/faker";
import { type Rng, pad } from "./rng";

export type Country =
  | "US" | "UK" | "IE" | "CA" | "AU" | "NZ" | "IN" | "FR" | "DE" | "ES" | "MX" | "AR" | "CO" | "CL" | "BR" | "NG" | "ZA"
  | "CN" | "JP" | "VN" | "KR";

export interface Dob { d: number; m: number; y: number }
export interface Person {
  given: string;
  family: string;
  /** Second surname (Spanish-speaking countries) or middle name. */
  extra: string;
  female: boolean;
  dob: Dob;
}

const FIRST: Partial<Record<Country, { f: string[]; m: string[] }>> = {
  US: {
    f: ["Jennifer", "Ashley", "Tamika", "Brittany", "Shanice", "Megan", "Latoya", "Kayla", "Deborah", "Crystal", "Marisol", "Heather", "Keisha", "Amber", "Lorraine", "Gloria", "Destiny", "Rhonda", "Carly", "Yesenia"],
    m: ["Travis", "DeShawn", "Kyle", "Marcus", "Dale", "Jamal", "Cody", "Hector", "Randall", "Tyler", "Darnell", "Wesley", "Brandon", "Luis", "Earl", "Dustin", "Terrence", "Garrett", "Malik", "Russell"],
  },
  UK: {
    f: ["Chloe", "Gemma", "Siân", "Kirsty", "Rhiannon", "Amelia", "Leanne", "Jasmine", "Priya", "Nadia", "Shannon", "Bethan", "Zara", "Eilidh", "Hollie", "Fatima", "Imogen", "Tracey"],
    m: ["Callum", "Gareth", "Dean", "Rhys", "Jamie", "Alfie", "Mohammed", "Craig", "Lewis", "Dylan", "Ross", "Tariq", "Kieran", "Harvey", "Darren", "Fraser", "Nathaniel", "Owain"],
  },
  IE: {
    f: ["Aoife", "Niamh", "Siobhán", "Caoimhe", "Orla", "Róisín", "Aisling", "Deirdre", "Fionnuala", "Sinéad", "Clodagh", "Méabh", "Gráinne", "Ciara", "Eimear"],
    m: ["Ciarán", "Pádraig", "Seán", "Eoin", "Oisín", "Declan", "Cathal", "Donncha", "Darragh", "Cillian", "Tadhg", "Fergal", "Diarmuid", "Colm", "Ruairí"],
  },
  CA: {
    f: ["Geneviève", "Marie-Ève", "Chantal", "Isabelle", "Mélanie", "Brittany", "Kaitlyn", "Harjit", "Gurpreet", "Meaghan", "Nathalie", "Sylvie", "Jaspreet", "Kristen", "Émilie"],
    m: ["Étienne", "Mathieu", "Jean-François", "Sébastien", "Kyle", "Brayden", "Gurdeep", "Mandeep", "Raymond", "Maxime", "Guillaume", "Tyler", "Connor", "Yannick", "Denis"],
  },
  AU: {
    f: ["Kylie", "Tahlia", "Bronwyn", "Chelsea", "Sharnie", "Jacinta", "Aroha", "Mere", "Stavroula", "Ngoc Anh", "Brooke", "Leanne", "Shona", "Kirra", "Danielle"],
    m: ["Brett", "Darcy", "Lachlan", "Shane", "Jarrod", "Wiremu", "Hemi", "Tane", "Con", "Dimitri", "Bao", "Mitchell", "Kane", "Rhys", "Bradley"],
  },
  NG: {
    f: ["Ngozi", "Adaeze", "Funmilayo", "Yetunde", "Ifeoma", "Chiamaka", "Amaka", "Zainab", "Hauwa", "Folake", "Halima", "Oluwakemi", "Blessing", "Titilayo", "Nneka"],
    m: ["Chinedu", "Emeka", "Tunde", "Obinna", "Musa", "Ibrahim", "Bolaji", "Kelechi", "Uche", "Babatunde", "Nnamdi", "Segun", "Abdullahi", "Olumide", "Ikechukwu"],
  },
  ZA: {
    f: ["Nomvula", "Lerato", "Zanele", "Thandiwe", "Lindiwe", "Annelie", "Ayanda", "Nokuthula", "Precious", "Refilwe", "Marlize", "Kgomotso", "Palesa", "Yolanda", "Busisiwe"],
    m: ["Thabo", "Sipho", "Mpho", "Bongani", "Pieter", "Johan", "Riaan", "Themba", "Lwazi", "Kagiso", "Sizwe", "Jacobus", "Vusi", "Tshepo", "Mandla"],
  },
};
const LAST: Partial<Record<Country, string[]>> = {
  US: ["Washington", "Kowalczyk", "Ramirez", "Hollister", "Pruitt", "Delgado", "Jefferson", "McAllister", "Boudreaux", "Okonjo", "Stanton", "Gutierrez", "Whitaker", "Lindqvist", "Brennan", "Carmichael", "Yazzie", "Holloway", "Tran", "Rosenberg", "Dubois", "Kaminski", "Fairchild", "Benally"],
  UK: ["Hughes", "Pritchard", "Begum", "Ahmed", "Thompson", "Llewellyn", "Sutherland", "MacLeod", "Patel", "Okoro", "Barraclough", "Ashworth", "Fairbairn", "Hussain", "Whitfield", "Threlfall", "Kaur", "Ogunbiyi", "Haworth", "Cartwright"],
  IE: ["O'Sullivan", "Ó Súilleabháin", "Murphy", "Kavanagh", "Ní Bhriain", "Mac Cárthaigh", "Fitzgerald", "Gallagher", "Ó Briain", "Brennan", "Nic Giolla Phádraig", "Ní Dhonnchadha", "McGrath", "Doyle", "O'Donoghue", "Moloney"],
  CA: ["Tremblay", "Gagnon", "Bouchard", "Côté", "Gauthier", "Lavoie", "Sandhu", "Dhillon", "MacIsaac", "Fraser", "Bélanger", "Pelletier", "Grewal", "McNeil", "Thibodeau", "Sinclair"],
  AU: ["Papadopoulos", "Nguyen", "Te Whata", "Ngata", "Fitzpatrick", "Kowalski", "Parata", "Costa", "Henderson", "McKenzie", "Tawhiri", "Russo", "Blackwood", "Pham", "Anagnostou", "O'Loughlin"],
  NG: ["Okonkwo", "Adebayo", "Eze", "Nwachukwu", "Bello", "Abubakar", "Olawale", "Ogunleye", "Chukwuemeka", "Ibekwe", "Danjuma", "Yusuf", "Akinola", "Balogun", "Afolabi", "Uzor", "Obi", "Oyelaran"],
  ZA: ["Nkosi", "Dlamini", "Mokoena", "Ndlovu", "Khumalo", "van der Merwe", "Botha", "Mahlangu", "Mthembu", "Naidoo", "Govender", "le Roux", "Coetzee", "Venter", "Mabaso", "Pillay"],
};
const CJKV: Record<"CN" | "JP" | "VN" | "KR", { family: string[]; f: string[]; m: string[] }> = {
  CN: {
    family: ["Wang", "Li", "Zhang", "Liu", "Chen", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Zhu", "Hu", "Guo", "He", "Lin", "Gao", "Luo", "Zheng", "Tang", "Feng", "Deng"],
    f: ["Xiuying", "Jing", "Min", "Fang", "Yan", "Mei", "Hui", "Lihua", "Xiaoling", "Yuting", "Shuang", "Ping"],
    m: ["Wei", "Jie", "Lei", "Hao", "Qiang", "Jun", "Ming", "Zhiwei", "Jianguo", "Yong", "Tao", "Haoran"],
  },
  JP: {
    family: ["Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto", "Nakamura", "Kobayashi", "Kato", "Yoshida", "Yamada", "Sasaki", "Matsumoto", "Inoue", "Kimura", "Hayashi", "Shimizu"],
    f: ["Yui", "Yoko", "Aiko", "Emi", "Megumi", "Hanako", "Kaori", "Naoko", "Mai", "Sakura", "Haruka", "Chiyo"],
    m: ["Haruto", "Kenji", "Hiroshi", "Takeshi", "Daisuke", "Sho", "Ren", "Yuto", "Ryo", "Kazuo", "Tetsuya", "Shigeru"],
  },
  VN: {
    family: ["Nguyen", "Tran", "Le", "Pham", "Hoang", "Phan", "Vu", "Dang", "Bui", "Do", "Ho", "Ngo", "Duong", "Ly"],
    f: ["Thi Hoa", "Thi Mai", "Thi Thu", "Thi Lan Anh", "Ngoc Bich", "Thi Hanh", "Thu Trang", "Kim Chi", "Thi Hong", "Minh Chau"],
    m: ["Van Minh", "Van Duc", "Van Nam", "Duc Anh", "Quang Huy", "Van Hung", "Minh Tuan", "Thanh Long", "Huu Phuoc", "Van Thanh"],
  },
  KR: {
    family: ["Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han", "Oh", "Seo", "Shin", "Kwon", "Hwang", "Ahn", "Song"],
    f: ["Seo-yeon", "Ji-woo", "Ha-eun", "Soo-ah", "Hye-jin", "So-hee", "Ye-jin", "Eun-bi", "Min-ji", "Yuna", "Da-som", "Jisoo"],
    m: ["Min-jun", "Ji-hoon", "Dong-hyun", "Jae-won", "Sung-min", "Hyun-woo", "In-ho", "Min-ho", "Tae-yang", "Jun-seo", "Seung-woo", "Do-yoon"],
  },
};

const FAKERS: Partial<Record<Country, Faker>> = {
  US: fakerEN_US, UK: fakerEN_GB, CA: fakerEN_CA, AU: fakerEN_AU, NZ: fakerEN_AU, IN: fakerEN_IN, FR: fakerFR, DE: fakerDE,
  ES: fakerES, MX: fakerES_MX, AR: fakerES, CO: fakerES_MX, CL: fakerES, BR: fakerPT_BR, NG: fakerEN_NG,
};

/** Picks a person for a country. `r` seeds faker too, so the value depends only on the item. */
export function person(r: Rng, c: Country, opts: { female?: boolean; minYear?: number; maxYear?: number } = {}): Person {
  const female = opts.female ?? r.chance(0.5);
  const dob: Dob = { d: r.int(1, 28), m: r.int(1, 12), y: r.int(opts.minYear ?? 1935, opts.maxYear ?? 2005) };
  if (c === "CN" || c === "JP" || c === "VN" || c === "KR") {
    const l = CJKV[c];
    return { given: r.pick(female ? l.f : l.m), family: r.pick(l.family), extra: "", female, dob };
  }
  const hand = FIRST[c === "NZ" ? "AU" : c];
  const handLast = LAST[c === "NZ" ? "AU" : c];
  const fk = FAKERS[c];
  const sex = female ? "female" : "male";
  let given: string;
  let family: string;
  if (hand && handLast && (!fk || r.chance(0.75))) {
    given = r.pick(female ? hand.f : hand.m);
    family = r.pick(handLast);
  } else if (fk) {
    fk.seed(r.int(1, 2 ** 30));
    given = fk.person.firstName(sex);
    family = fk.person.lastName(sex);
  } else {
    throw new Error(`no names for ${c}`);
  }
  if (c === "IE") {
    family = female ? family.replace(/^Ó /, "Ní ").replace(/^Mac /, "Nic ") : family.replace(/^Ní /, "Ó ").replace(/^Nic /, "Mac ");
  }
  let extra = "";
  if (c === "ES" || c === "MX" || c === "AR" || c === "CO" || c === "CL") {
    // faker es gives "Nava Prado" as one last name: split it into the two surnames.
    const parts = family.split(" ");
    family = parts[0] ?? family;
    extra = parts.slice(1).join(" ");
    if (!extra) {
      (fk as Faker).seed(r.int(1, 2 ** 30));
      extra = (fk as Faker).person.lastName().split(" ")[0] ?? "";
    }
  } else if (fk && r.chance(0.3)) {
    fk.seed(r.int(1, 2 ** 30));
    extra = fk.person.firstName(sex);
  }
  return { given, family, extra, female, dob };
}

export const full = (p: Person): string => `${p.given} ${p.family}`;
/** Hispanic full name with both surnames. */
export const fullHisp = (p: Person): string => `${p.given} ${p.family} ${p.extra}`.trim();
/** Family name first, as written in East Asian order or on French/Vietnamese forms. */
export const familyFirst = (p: Person): string => `${p.family} ${p.given}`;
export const upperFamilyFirst = (p: Person): string => `${p.family.toUpperCase()} ${p.given}`;
export const commaForm = (p: Person): string => `${p.family.toUpperCase()}, ${p.given.toUpperCase()}`;
export const initials = (p: Person): string => `${p.given.charAt(0)}.${p.family.charAt(0)}.`;

// --- Dates ------------------------------------------------------------------------------------

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
export const MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];
export const MONATE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"];
export const MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"];
export const MESES_PT = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"];
export const monthName = (m: number): string => MONTHS[m - 1] ?? "May";
export const monthAbbr = (m: number): string => MON[m - 1] ?? "May";
export const ordinal = (n: number): string => {
  const s = n % 100 >= 11 && n % 100 <= 13 ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th");
  return `${n}${s}`;
};

/** A recent event date (2023-2025) with a day of the month. */
export function recent(r: Rng): Dob {
  return { d: r.int(1, 28), m: r.int(1, 12), y: r.pick([2023, 2024, 2024, 2025]) };
}
export const dmy = (d: Dob, sep = "/"): string => `${pad(d.d, 2)}${sep}${pad(d.m, 2)}${sep}${d.y}`;
export const mdy = (d: Dob, sep = "/"): string => `${pad(d.m, 2)}${sep}${pad(d.d, 2)}${sep}${d.y}`;
export const iso = (d: Dob): string => `${d.y}-${pad(d.m, 2)}-${pad(d.d, 2)}`;
export const dayMonth = (d: Dob): string => `${d.d} ${monthName(d.m)}`;
export const monthDay = (d: Dob): string => `${monthName(d.m)} ${d.d}`;

// --- Places -----------------------------------------------------------------------------------

export interface Place {
  /** Suburb, neighbourhood or district (may equal the city). */
  area: string;
  city: string;
  /** Postcode in the country's own format. */
  post: string;
  /** State / province / county code as usually printed (not an identifier on its own). */
  region: string;
}
const P = (area: string, city: string, post: string, region = ""): Place => ({ area, city, post, region });

export const PLACES: Record<Country, Place[]> = {
  US: [
    P("", "Dayton", "45402", "OH"), P("", "Tulsa", "74105", "OK"), P("", "Fresno", "93721", "CA"), P("", "Lubbock", "79401", "TX"),
    P("", "Boise", "83702", "ID"), P("", "Bangor", "04401", "ME"), P("", "Duluth", "55802", "MN"), P("", "Macon", "31201", "GA"),
    P("", "Flint", "48502", "MI"), P("", "Reno", "89501", "NV"), P("", "Yakima", "98901", "WA"), P("", "Pueblo", "81003", "CO"),
    P("", "Hialeah", "33010", "FL"), P("", "Camden", "08102", "NJ"), P("", "Shreveport", "71101", "LA"), P("", "Knoxville", "37902", "TN"),
    P("", "Erie", "16501", "PA"), P("", "Laredo", "78040", "TX"), P("", "Billings", "59101", "MT"), P("", "Lowell", "01852", "MA"),
    P("", "Provo", "84601", "UT"), P("", "Gallup", "87301", "NM"), P("", "Hattiesburg", "39401", "MS"), P("", "Paducah", "42001", "KY"),
  ],
  UK: [
    P("Fallowfield", "Manchester", "M14 6LT"), P("Edgbaston", "Birmingham", "B15 2TT"), P("Headingley", "Leeds", "LS6 3HN"),
    P("Heaton", "Newcastle upon Tyne", "NE6 5RQ"), P("Roath", "Cardiff", "CF24 3JW"), P("Marchmont", "Edinburgh", "EH9 1HE"),
    P("Partick", "Glasgow", "G11 5AW"), P("Horfield", "Bristol", "BS7 8PL"), P("Wavertree", "Liverpool", "L15 4LB"),
    P("Sneinton", "Nottingham", "NG2 4BQ"), P("Hackney", "London", "E8 1DY"), P("Peckham", "London", "SE15 4QN"),
    P("Stranmillis", "Belfast", "BT9 5EB"), P("Mutley", "Plymouth", "PL4 6LE"), P("Crookes", "Sheffield", "S10 1UD"),
    P("Cowley", "Oxford", "OX4 3DG"), P("Moss Side", "Manchester", "M16 7RE"), P("Sparkbrook", "Birmingham", "B11 1JQ"),
    P("Llanelli", "Llanelli", "SA15 2EH"), P("Inverness", "Inverness", "IV2 3JH"), P("Whitby", "Whitby", "YO21 1DH"),
  ],
  IE: [
    P("Ballyfermot", "Dublin 10", "D10 K2W7"), P("Douglas", "Cork", "T12 X8Y2"), P("Salthill", "Galway", "H91 E2R6"),
    P("Castletroy", "Limerick", "V94 T9PX"), P("Tralee", "Co. Kerry", "V92 HX5C"), P("Letterkenny", "Co. Donegal", "F92 KD56"),
    P("Navan", "Co. Meath", "C15 P2K8"), P("Ennis", "Co. Clare", "V95 N5H3"), P("Drumcondra", "Dublin 9", "D09 Y8N2"),
    P("Tallaght", "Dublin 24", "D24 F6E3"), P("Athlone", "Co. Westmeath", "N37 R6K4"), P("Clonmel", "Co. Tipperary", "E91 V3C8"),
  ],
  CA: [
    P("Parkdale", "Toronto", "M6K 1X8", "ON"), P("Plateau-Mont-Royal", "Montréal", "H2J 2K6", "QC"), P("Kitsilano", "Vancouver", "V6K 2G5", "BC"),
    P("Beltline", "Calgary", "T2R 0K4", "AB"), P("Vanier", "Ottawa", "K1L 7X3", "ON"), P("St. Boniface", "Winnipeg", "R2H 1G2", "MB"),
    P("North End", "Halifax", "B3K 4P7", "NS"), P("Riversdale", "Saskatoon", "S7M 3E6", "SK"), P("", "St. John's", "A1C 5M2", "NL"),
    P("", "Moncton", "E1C 4H8", "NB"), P("", "Yellowknife", "X1A 2P7", "NT"), P("Limoilou", "Québec", "G1L 3V6", "QC"),
    P("", "Thunder Bay", "P7B 5E1", "ON"), P("", "Brampton", "L6V 1A1", "ON"),
  ],
  AU: [
    P("Carlton", "Melbourne", "3053", "VIC"), P("Toowong", "Brisbane", "4066", "QLD"), P("Parramatta", "Sydney", "2150", "NSW"),
    P("Fremantle", "Perth", "6160", "WA"), P("Glenelg", "Adelaide", "5045", "SA"), P("Sandy Bay", "Hobart", "7005", "TAS"),
    P("Palmerston", "Darwin", "0830", "NT"), P("Belconnen", "Canberra", "2617", "ACT"), P("Footscray", "Melbourne", "3011", "VIC"),
    P("Cabramatta", "Sydney", "2166", "NSW"), P("Logan Central", "Logan", "4114", "QLD"), P("Ballarat", "Ballarat", "3350", "VIC"),
    P("Toowoomba", "Toowoomba", "4350", "QLD"), P("Dubbo", "Dubbo", "2830", "NSW"), P("Cairns North", "Cairns", "4870", "QLD"),
    P("Mount Druitt", "Sydney", "2770", "NSW"), P("Alice Springs", "Alice Springs", "0870", "NT"), P("Bunbury", "Bunbury", "6230", "WA"),
  ],
  NZ: [
    P("Ponsonby", "Auckland", "1011"), P("Karori", "Wellington", "6012"), P("Riccarton", "Christchurch", "8041"), P("Otara", "Auckland", "2023"),
    P("Roslyn", "Dunedin", "9010"), P("Hillcrest", "Hamilton", "3216"), P("Kawerau", "Kawerau", "3127"), P("Gisborne", "Gisborne", "4010"),
  ],
  IN: [
    P("Koramangala", "Bengaluru", "560034"), P("Bandra West", "Mumbai", "400050"), P("Malviya Nagar", "New Delhi", "110017"),
    P("Adyar", "Chennai", "600020"), P("Madhapur", "Hyderabad", "500081"), P("Ballygunge", "Kolkata", "700019"), P("Kothrud", "Pune", "411038"),
    P("Ernakulam", "Kochi", "682016"), P("Satellite", "Ahmedabad", "380015"), P("Gomti Nagar", "Lucknow", "226010"),
    P("Kankarbagh", "Patna", "800020"), P("Sector 15", "Noida", "201301"), P("Civil Lines", "Nagpur", "440001"), P("Lalbagh", "Lucknow", "226001"),
  ],
  FR: [
    P("", "Paris", "75011"), P("", "Lyon", "69003"), P("", "Marseille", "13005"), P("", "Toulouse", "31000"), P("", "Lille", "59000"),
    P("", "Nantes", "44000"), P("", "Strasbourg", "67000"), P("", "Bordeaux", "33000"), P("", "Rennes", "35000"), P("", "Montpellier", "34000"),
    P("", "Clermont-Ferrand", "63000"), P("", "Limoges", "87000"), P("", "Brest", "29200"), P("", "Saint-Denis", "93200"),
    P("", "Villeurbanne", "69100"), P("", "Roubaix", "59100"), P("", "Aubervilliers", "93300"), P("", "Besançon", "25000"),
  ],
  DE: [
    P("", "Berlin", "10115"), P("", "München", "80331"), P("", "Köln", "50667"), P("", "Hamburg", "20095"), P("", "Leipzig", "04109"),
    P("", "Dresden", "01067"), P("", "Frankfurt am Main", "60311"), P("", "Stuttgart", "70173"), P("", "Nürnberg", "90402"),
    P("", "Bremen", "28195"), P("", "Dortmund", "44135"), P("", "Heidelberg", "69117"), P("", "Kiel", "24103"), P("", "Rostock", "18055"),
    P("", "Gelsenkirchen", "45879"), P("", "Bielefeld", "33602"),
  ],
  ES: [
    P("Lavapiés", "Madrid", "28012"), P("Gràcia", "Barcelona", "08012"), P("Triana", "Sevilla", "41010"), P("Russafa", "Valencia", "46006"),
    P("", "Málaga", "29016"), P("Deusto", "Bilbao", "48014"), P("", "Zaragoza", "50001"), P("", "A Coruña", "15001"),
    P("Albaicín", "Granada", "18010"), P("", "Las Palmas de Gran Canaria", "35010"), P("", "Murcia", "30001"), P("", "Badajoz", "06001"),
  ],
  MX: [
    P("Col. Roma Norte", "Cuauhtémoc, CDMX", "06700"), P("Col. Americana", "Guadalajara, Jal.", "44160"), P("Col. Centro", "Monterrey, N.L.", "64000"),
    P("Col. Narvarte", "Benito Juárez, CDMX", "03020"), P("Fracc. Las Américas", "Mérida, Yuc.", "97302"), P("Col. Reforma", "Oaxaca, Oax.", "68050"),
  ],
  AR: [P("Palermo", "CABA", "C1425"), P("Nueva Córdoba", "Córdoba", "X5000"), P("Villa Crespo", "CABA", "C1414"), P("Fisherton", "Rosario", "S2000")],
  CO: [P("Chapinero", "Bogotá", "110231"), P("El Poblado", "Medellín", "050021"), P("San Fernando", "Cali", "760042")],
  CL: [P("Providencia", "Santiago", "7500000"), P("Ñuñoa", "Santiago", "7750000"), P("Cerro Alegre", "Valparaíso", "2340000")],
  BR: [
    P("Bela Vista", "São Paulo - SP", "01310-100"), P("Copacabana", "Rio de Janeiro - RJ", "22070-011"), P("Savassi", "Belo Horizonte - MG", "30140-071"),
    P("Barra", "Salvador - BA", "40140-110"), P("Centro", "Curitiba - PR", "80010-000"), P("Moinhos de Vento", "Porto Alegre - RS", "90570-020"),
    P("Aldeota", "Fortaleza - CE", "60150-161"), P("Boa Viagem", "Recife - PE", "51020-000"), P("Adrianópolis", "Manaus - AM", "69057-000"),
    P("Asa Sul", "Brasília - DF", "70390-100"), P("Capão Redondo", "São Paulo - SP", "05866-000"), P("Itaquera", "São Paulo - SP", "08210-000"),
  ],
  NG: [
    P("Surulere", "Lagos", "101283"), P("Wuse II", "Abuja", "900288"), P("Bodija", "Ibadan", "200284"), P("GRA Phase 2", "Port Harcourt", "500272"),
    P("Nsukka", "Enugu State", "410001"), P("Sabon Gari", "Kano", "700231"), P("Ikeja", "Lagos", "100271"), P("Ajegunle", "Lagos", "102104"),
  ],
  ZA: [
    P("Orlando West", "Soweto", "1804"), P("Khayelitsha", "Cape Town", "7784"), P("Umlazi", "Durban", "4031"), P("Sandton", "Johannesburg", "2196"),
    P("Hatfield", "Pretoria", "0083"), P("Mthatha", "Mthatha", "5099"), P("Polokwane", "Polokwane", "0699"), P("Walmer", "Gqeberha", "6070"),
    P("Mitchells Plain", "Cape Town", "7785"), P("Chatsworth", "Durban", "4092"),
  ],
  CN: [P("Chaoyang District", "Beijing", "100020"), P("Xuhui District", "Shanghai", "200030"), P("Tianhe District", "Guangzhou", "510630"), P("Wuchang District", "Wuhan", "430061")],
  JP: [P("Nishi-Shinjuku", "Shinjuku-ku, Tokyo", "160-0023"), P("Umeda", "Kita-ku, Osaka", "530-0001"), P("Sakae", "Naka-ku, Nagoya", "460-0008"), P("Tenjin", "Chuo-ku, Fukuoka", "810-0001")],
  VN: [P("Phường 6, Quận 3", "TP. Hồ Chí Minh", "700000"), P("Phường Láng Hạ, Quận Đống Đa", "Hà Nội", "100000"), P("Phường Hải Châu 1", "Đà Nẵng", "550000")],
  KR: [P("Yeoksam-dong, Gangnam-gu", "Seoul", "06236"), P("Haeundae-gu", "Busan", "48094"), P("Bupyeong-gu", "Incheon", "21354"), P("Suseong-gu", "Daegu", "42100")],
};

export const place = (r: Rng, c: Country): Place => r.pick(PLACES[c]);

const STREET_PARTS: Partial<Record<Country, { names: string[]; types: string[] }>> = {
  US: { names: ["Maple", "Cedar", "Willow", "Chestnut", "Lincoln", "Jefferson", "Highland", "Sunset", "Prospect", "Magnolia", "Franklin", "Mill Creek", "Ridgeview", "Old Orchard", "Bluebonnet", "Sycamore"], types: ["St", "Ave", "Rd", "Dr", "Ln", "Ct", "Blvd", "Way", "Pl", "Terrace"] },
  UK: { names: ["Victoria", "Church", "Station", "Albert", "Queen's", "Manor", "Beech", "Grove", "Mill", "Windsor", "Clarendon", "Brunswick", "Cemetery", "Lime Tree"], types: ["Road", "Street", "Lane", "Avenue", "Close", "Crescent", "Terrace", "Gardens", "Drive", "Walk"] },
  IE: { names: ["Ashgrove", "Glenview", "Seafield", "Cherryfield", "Oaklands", "Castleview", "Millbrook", "Woodlawn", "Church", "Main"], types: ["Park", "Avenue", "Road", "Drive", "Lawn", "Close", "Street", "Heights", "Grove"] },
  CA: { names: ["Maple", "Birch", "Front", "Queen", "King", "Sherbrooke", "Bloor", "Jasper", "Portage", "Spring Garden", "Cedar", "Aspen"], types: ["St", "Ave", "Cres", "Rd", "Dr", "Blvd", "Way"] },
  AU: { names: ["Smith", "Lygon", "Wattle", "Banksia", "Jacaranda", "Bourke", "Moreton", "Victoria", "Karrinyup", "Currawong", "Boronia", "Kookaburra"], types: ["Street", "St", "Road", "Rd", "Avenue", "Ave", "Crescent", "Court", "Parade", "Place"] },
  NZ: { names: ["Karaka", "Kowhai", "Rimu", "Totara", "Jervois", "Ponsonby", "Great North", "Riccarton", "Pohutukawa", "Manuka"], types: ["Street", "Road", "Avenue", "Place", "Crescent", "Terrace"] },
  NG: { names: ["Adeniran Ogunsanya", "Aminu Kano", "Awolowo", "Herbert Macaulay", "Ahmadu Bello", "Bode Thomas", "Ojuelegba", "Ogui", "Opebi"], types: ["Street", "Road", "Crescent", "Way", "Close", "Avenue"] },
  ZA: { names: ["Vilakazi", "Jan Smuts", "Voortrekker", "Nelson Mandela", "Long", "Main", "Church", "Kerk", "Bree", "Umgeni"], types: ["Street", "Road", "Avenue", "Drive", "Crescent"] },
};

/** A street line in the country's usual order ("12 Maple St", "Hauptstraße 12", "12 rue ..."). */
export function street(r: Rng, c: Country): string {
  const n = r.int(2, 480);
  switch (c) {
    case "FR": {
      fakerFR.seed(r.int(1, 2 ** 30));
      return `${r.int(1, 120)}${r.pick(["", "", "", " bis"])} ${r.pick(["rue", "avenue", "boulevard", "impasse", "allée", "chemin", "place"])} ${r.pick(["Victor Hugo", "Jean Jaurès", "de la République", "des Lilas", "Pasteur", "du Moulin", "Gambetta", "des Tanneurs", "Émile Zola", fakerFR.person.lastName()])}`;
    }
    case "DE": {
      fakerDE.seed(r.int(1, 2 ** 30));
      return `${r.pick(["Hauptstraße", "Lindenweg", "Bahnhofstraße", "Gartenstraße", "Schillerstraße", "Am Mühlbach", "Birkenallee", "Goethestraße", fakerDE.location.street()])} ${r.int(1, 140)}${r.pick(["", "", "a", "b"])}`;
    }
    case "ES":
      return `${r.pick(["C/", "Calle", "Avda.", "Plaza", "Paseo"])} ${r.pick(["Mayor", "de Alcalá", "del Carmen", "San Bernardo", "de la Constitución", "Real", "de Goya", "Santa Ana", "del Pilar"])} ${r.int(1, 150)}, ${r.int(1, 8)}º ${r.pick(["A", "B", "C", "D", "izda.", "dcha."])}`;
    case "MX":
    case "AR":
    case "CO":
    case "CL":
      return `${r.pick(["Calle", "Av.", "Calzada", "Carrera", "Pasaje"])} ${r.pick(["Durango", "Hidalgo", "Juárez", "San Martín", "Belgrano", "Morelos", "Los Olivos", "Independencia", "Bolívar"])} ${r.int(10, 2999)}`;
    case "BR":
      return `${r.pick(["Rua", "Av.", "Travessa", "Alameda", "Rua"])} ${r.pick(["das Flores", "Augusta", "Tiradentes", "Sete de Setembro", "Barão de Itapetininga", "Marechal Deodoro", "dos Andradas", "Visconde de Pirajá", "Bahia"])}, ${r.int(10, 2500)}${r.pick(["", ", apto 42", ", casa 2", ", bloco B apto 301", ""])}`;
    case "IN":
      return r.pick([
        `Flat ${r.int(101, 905)}, ${r.pick(["Sai Krupa", "Shanti Niketan", "Green Valley", "Lakshmi", "Prestige"])} Apartments, ${r.pick(["5th Cross", "2nd Main", "MG Road", "Link Road"])}`,
        `H.No. ${r.int(1, 20)}-${r.int(1, 9)}-${r.int(10, 999)}`,
        `${r.pick(["C", "B", "D", "E"])}-${r.int(1, 250)}, ${r.pick(["Sector 15", "Gandhi Nagar", "Nehru Colony", "Rajendra Nagar"])}`,
        `Plot ${r.int(1, 99)}, ${r.pick(["Shivaji", "Ambedkar", "Tilak", "Subhash"])} Nagar`,
      ]);
    case "JP":
      return `${r.int(1, 5)}-${r.int(1, 20)}-${r.int(1, 30)}`;
    default: {
      const p = STREET_PARTS[c] ?? STREET_PARTS.US;
      if (!p) throw new Error("no streets");
      return `${n} ${r.pick(p.names)} ${r.pick(p.types)}`;
    }
  }
}

/** Full postal address on one line in the country's usual format. */
export function address(r: Rng, c: Country, pl = place(r, c)): string {
  const s = street(r, c);
  switch (c) {
    case "US":
      return `${s}${r.chance(0.3) ? `, Apt ${r.int(1, 12)}${r.pick(["A", "B", "C", ""])}` : ""}, ${pl.city}, ${pl.region} ${pl.post}`;
    case "UK":
      return `${r.chance(0.25) ? `Flat ${r.int(1, 9)}, ` : ""}${s}, ${pl.area !== pl.city ? `${pl.area}, ` : ""}${pl.city} ${pl.post}`;
    case "IE":
      return `${s}, ${pl.area}, ${pl.city}, ${pl.post}`;
    case "CA":
      return `${r.chance(0.3) ? `${r.int(101, 2404)}-` : ""}${s}, ${pl.city}, ${pl.region} ${pl.post}`;
    case "AU":
      return `${r.chance(0.35) ? `${r.int(1, 24)}/` : ""}${s}, ${pl.area} ${pl.region} ${pl.post}`;
    case "NZ":
      return `${s}, ${pl.area}, ${pl.city} ${pl.post}`;
    case "IN":
      return `${s}, ${pl.area}, ${pl.city} ${pl.post}`;
    case "FR":
      return `${s}, ${pl.post} ${pl.city}`;
    case "DE":
      return `${s}, ${pl.post} ${pl.city}`;
    case "ES":
      return `${s}, ${pl.post} ${pl.city}`;
    case "MX":
      return `${s}, ${pl.area}, C.P. ${pl.post}, ${pl.city}`;
    case "AR":
    case "CO":
    case "CL":
      return `${s}, ${pl.area}, ${pl.city}`;
    case "BR":
      return `${s}, ${pl.area}, ${pl.city}, CEP ${pl.post}`;
    case "NG":
      return `${s}, ${pl.area}, ${pl.city}`;
    case "ZA":
      return `${s}, ${pl.area}, ${pl.city}, ${pl.post}`;
    case "JP":
      return `${s} ${pl.area}, ${pl.city} ${pl.post}`;
    case "CN":
    case "KR":
    case "VN":
      return `${pl.area}, ${pl.city}`;
  }
}

// --- Phones -----------------------------------------------------------------------------------

/** A mobile number; `intl` adds the country code in its usual printed form. */
export function mobile(r: Rng, c: Country, intl = r.chance(0.4)): string {
  const d = (n: number): string => r.digits(n);
  switch (c) {
    case "US":
    case "CA": {
      const area = r.pick(c === "US" ? ["312", "414", "505", "682", "704", "818", "929", "615", "907", "480"] : ["416", "514", "604", "403", "613", "902", "306", "709", "438", "647"]);
      const x = `${r.int(2, 9)}${d(2)}`;
      const y = d(4);
      return intl ? `+1 ${area} ${x} ${y}` : r.pick([`(${area}) ${x}-${y}`, `${area}-${x}-${y}`, `${area}.${x}.${y}`]);
    }
    case "UK":
      return intl ? `+44 7${d(3)} ${d(6)}` : `07${d(3)} ${d(6)}`;
    case "IE":
      return intl ? `+353 8${r.pick([3, 5, 6, 7, 9])} ${d(3)} ${d(4)}` : `08${r.pick([3, 5, 6, 7, 9])} ${d(3)} ${d(4)}`;
    case "AU":
      return intl ? `+61 4${d(2)} ${d(3)} ${d(3)}` : `04${d(2)} ${d(3)} ${d(3)}`;
    case "NZ":
      return intl ? `+64 2${r.pick([1, 2, 7])} ${d(3)} ${d(4)}` : `02${r.pick([1, 2, 7])} ${d(3)} ${d(4)}`;
    case "IN":
      return intl ? `+91 ${r.pick([98, 97, 99, 88, 70, 63])}${d(3)} ${d(5)}` : `${r.pick([98, 97, 99, 88, 70, 63])}${d(3)} ${d(5)}`;
    case "FR": {
      const p = [r.pick(["6", "7"]), d(2), d(2), d(2), d(2)];
      return intl ? `+33 ${p.join(" ")}` : `0${p.join(r.pick([" ", ".", " "]))}`;
    }
    case "DE": {
      const pre = r.pick(["151", "160", "170", "171", "172", "176", "152"]);
      return intl ? `+49 ${pre} ${d(7)}` : r.pick([`0${pre} ${d(7)}`, `0${pre}/${d(7)}`, `0${pre}-${d(3)} ${d(4)}`]);
    }
    case "ES":
      return intl ? `+34 6${d(2)} ${d(2)} ${d(2)} ${d(2)}` : `6${d(2)} ${d(3)} ${d(3)}`;
    case "MX":
      return intl ? `+52 1 55 ${d(4)} ${d(4)}` : `55 ${d(4)} ${d(4)}`;
    case "AR":
      return intl ? `+54 9 11 ${d(4)}-${d(4)}` : `11 15-${d(4)}-${d(4)}`;
    case "CO":
      return intl ? `+57 3${d(2)} ${d(3)} ${d(4)}` : `3${d(2)} ${d(3)} ${d(4)}`;
    case "CL":
      return intl ? `+56 9 ${d(4)} ${d(4)}` : `9 ${d(4)} ${d(4)}`;
    case "BR": {
      const ddd = r.pick(["11", "21", "31", "71", "41", "51", "85", "81", "92", "61"]);
      return intl ? `+55 ${ddd} 9${d(4)}-${d(4)}` : `(${ddd}) 9${d(4)}-${d(4)}`;
    }
    case "NG": {
      const pre = r.pick(["803", "805", "806", "807", "813", "816", "703", "706", "802", "809"]);
      return intl ? `+234 ${pre} ${d(3)} ${d(4)}` : `0${pre} ${d(3)} ${d(4)}`;
    }
    case "ZA": {
      const pre = r.pick(["82", "83", "72", "73", "76", "79", "84", "61"]);
      return intl ? `+27 ${pre} ${d(3)} ${d(4)}` : `0${pre} ${d(3)} ${d(4)}`;
    }
    case "CN":
      return intl ? `+86 1${r.pick([38, 39, 58, 86, 36])} ${d(4)} ${d(4)}` : `1${r.pick([38, 39, 58, 86, 36])} ${d(4)} ${d(4)}`;
    case "JP":
      return intl ? `+81 ${r.pick([90, 80, 70])}-${d(4)}-${d(4)}` : `0${r.pick([90, 80, 70])}-${d(4)}-${d(4)}`;
    case "KR":
      return intl ? `+82 10-${d(4)}-${d(4)}` : `010-${d(4)}-${d(4)}`;
    case "VN":
      return intl ? `+84 ${r.pick([91, 90, 98, 97, 93])}${d(1)} ${d(3)} ${d(3)}` : `0${r.pick([91, 90, 98, 97, 93])}${d(1)} ${d(3)} ${d(3)}`;
  }
}

/** A landline (home or work) in the country's usual format. */
export function landline(r: Rng, c: Country, intl = r.chance(0.25)): string {
  const d = (n: number): string => r.digits(n);
  switch (c) {
    case "US":
    case "CA":
      return mobile(r, c, intl);
    case "UK": {
      const f = r.pick([
        () => [`020`, `${r.pick(["7", "8", "3"])}${d(3)} ${d(4)}`],
        () => [`0161`, `${d(3)} ${d(4)}`],
        () => [`0113`, `${d(3)} ${d(4)}`],
        () => [`0131`, `${d(3)} ${d(4)}`],
        () => [`029`, `${d(4)} ${d(4)}`],
        () => [`01${r.int(200, 999)}`, d(6)],
      ])();
      return intl ? `+44 ${(f[0] ?? "").slice(1)} ${f[1]}` : r.pick([`${f[0]} ${f[1]}`, `(${f[0]}) ${f[1]}`]);
    }
    case "IE":
      return intl ? `+353 1 ${d(3)} ${d(4)}` : r.pick([`(01) ${d(3)} ${d(4)}`, `021 ${d(3)} ${d(4)}`, `091 ${d(6)}`, `061-${d(6)}`]);
    case "AU": {
      const a = r.pick(["2", "3", "7", "8"]);
      return intl ? `+61 ${a} ${d(4)} ${d(4)}` : r.pick([`(0${a}) ${d(4)} ${d(4)}`, `0${a} ${d(4)} ${d(4)}`]);
    }
    case "NZ":
      return intl ? `+64 9 ${d(3)} ${d(4)}` : r.pick([`(09) ${d(3)} ${d(4)}`, `04 ${d(3)} ${d(4)}`, `03-${d(3)} ${d(4)}`]);
    case "IN": {
      const std = r.pick(["080", "022", "011", "044", "040", "033", "020"]);
      return intl ? `+91 ${std.slice(1)} ${d(4)} ${d(4)}` : r.pick([`${std}-${d(4)} ${d(4)}`, `${std} ${d(8)}`, `(${std}) ${d(8)}`]);
    }
    case "FR": {
      const p = [r.pick(["1", "2", "3", "4", "5"]), d(2), d(2), d(2), d(2)];
      return intl ? `+33 ${p.join(" ")}` : `0${p.join(r.pick([" ", "."]))}`;
    }
    case "DE": {
      const pre = r.pick(["030", "089", "0221", "040", "0341", "069", "0711"]);
      return intl ? `+49 ${pre.slice(1)} ${d(7)}` : r.pick([`${pre} ${d(7)}`, `${pre}/${d(7)}`, `(${pre}) ${d(6)}`]);
    }
    case "ES":
      return intl ? `+34 91 ${d(3)} ${d(2)} ${d(2)}` : r.pick([`91 ${d(3)} ${d(2)} ${d(2)}`, `93 ${d(3)} ${d(2)} ${d(2)}`, `954 ${d(3)} ${d(3)}`]);
    case "MX":
      return r.pick([`(33) ${d(4)} ${d(4)}`, `(81) ${d(4)} ${d(4)}`, `55 ${d(4)} ${d(4)}`]);
    case "AR":
      return `011 4${d(3)}-${d(4)}`;
    case "CO":
      return `(601) ${d(3)} ${d(4)}`;
    case "CL":
      return `+56 2 ${d(4)} ${d(4)}`;
    case "BR":
      return intl ? `+55 ${r.pick(["11", "21", "31"])} ${r.int(2, 5)}${d(3)}-${d(4)}` : `(${r.pick(["11", "21", "31", "71"])}) ${r.int(2, 5)}${d(3)}-${d(4)}`;
    case "NG":
      return r.pick([`01-${d(7)}`, `09-${d(7)}`, `+234 1 ${d(3)} ${d(4)}`]);
    case "ZA":
      return r.pick([`021 ${d(3)} ${d(4)}`, `011 ${d(3)} ${d(4)}`, `031 ${d(3)} ${d(4)}`, `+27 12 ${d(3)} ${d(4)}`]);
    case "CN":
      return r.pick([`010-${d(4)} ${d(4)}`, `021-${d(4)}-${d(4)}`, `+86 20 ${d(4)} ${d(4)}`]);
    case "JP":
      return r.pick([`03-${d(4)}-${d(4)}`, `06-${d(4)}-${d(4)}`, `+81 3-${d(4)}-${d(4)}`]);
    case "KR":
      return r.pick([`02-${d(3)}-${d(4)}`, `051-${d(3)}-${d(4)}`, `+82 2-${d(4)}-${d(4)}`]);
    case "VN":
      return r.pick([`028 ${d(4)} ${d(4)}`, `024 ${d(4)} ${d(4)}`, `+84 28 ${d(4)} ${d(4)}`]);
  }
}

// --- Vehicles ---------------------------------------------------------------------------------

export function plate(r: Rng, c: Country): string {
  const L = (n: number): string => r.letters(n, "ABCDEFGHJKLMNPRSTUVWXYZ");
  const d = (n: number): string => r.digits(n);
  switch (c) {
    case "UK":
      return `${L(2)}${pad(r.pick([12, 15, 18, 19, 21, 23, 24, 64, 66, 68, 69, 70, 71, 72, 73]), 2)} ${L(3)}`;
    case "IE":
      return `${r.pick(["191", "202", "221", "232", "241", "08", "12"])}-${r.pick(["D", "C", "G", "L", "KY", "MH", "WX"])}-${r.int(1, 99999)}`;
    case "AU":
      return r.pick([`${L(3)}-${d(3)}`, `${d(1)}${L(2)}${d(1)}${L(2)}`, `${L(2)}-${d(2)}-${L(2)}`, `${L(3)} ${d(2)}${L(1)}`]);
    case "NZ":
      return `${L(3)}${d(3)}`;
    case "CA":
      return r.pick([`${L(4)} ${d(3)}`, `${d(3)} ${L(3)}`, `${L(3)}-${d(4)}`]);
    case "US":
      return r.pick([`${d(1)}${L(3)}${d(3)}`, `${L(3)}-${d(4)}`, `${L(3)} ${d(4)}`, `${d(3)} ${L(3)}`, `${L(2)}${d(1)}-${L(1)}${d(2)}`]);
    case "FR":
      return `${L(2)}-${d(3)}-${L(2)}`;
    case "DE":
      return `${r.pick(["B", "M", "K", "HH", "L", "DD", "F", "S"])}-${L(r.int(1, 2))} ${r.int(1, 9999)}${r.pick(["", "", "E", "H"])}`;
    case "ES":
      return `${d(4)} ${r.letters(3, "BCDFGHJKLMNPRSTVWXYZ")}`;
    case "MX":
      return `${L(3)}-${d(3)}-${L(1)}`;
    case "AR":
      return `${L(2)} ${d(3)} ${L(2)}`;
    case "BR":
      return `${L(3)}${d(1)}${L(1)}${d(2)}`;
    case "IN":
      return `${r.pick(["MH", "KA", "DL", "TN", "TS", "WB", "KL", "UP"])} ${pad(r.int(1, 50), 2)} ${L(2)} ${d(4)}`;
    case "NG":
      return `${r.pick(["LSR", "KJA", "ABC", "EKY", "APP", "FST"])}-${d(3)}${L(2)}`;
    case "ZA":
      return r.pick([`${L(2)} ${d(2)} ${L(2)} GP`, `CA ${d(3)}-${d(3)}`, `ND ${d(3)}-${d(3)}`, `${L(3)} ${d(3)} EC`]);
    default:
      return `${L(3)} ${d(4)}`;
  }
}
