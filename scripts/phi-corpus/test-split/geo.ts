/** Real localities with matching postcodes, street-name stock and phone formats per country. */
import type { Rng } from "./rng";

type Triple = readonly [string, string, string];

export const US_PLACES: readonly Triple[] = [
  ["Boise", "ID", "83702"], ["Toledo", "OH", "43604"], ["Dayton", "OH", "45402"], ["Fresno", "CA", "93721"],
  ["Bakersfield", "CA", "93301"], ["Stockton", "CA", "95202"], ["Lubbock", "TX", "79401"], ["Laredo", "TX", "78040"],
  ["Macon", "GA", "31201"], ["Savannah", "GA", "31401"], ["Gainesville", "FL", "32601"], ["Ocala", "FL", "34471"],
  ["Flint", "MI", "48502"], ["Kalamazoo", "MI", "49007"], ["Duluth", "MN", "55802"], ["Fargo", "ND", "58102"],
  ["Sioux Falls", "SD", "57104"], ["Billings", "MT", "59101"], ["Cheyenne", "WY", "82001"], ["Pueblo", "CO", "81003"],
  ["Provo", "UT", "84601"], ["Spokane", "WA", "99201"], ["Eugene", "OR", "97401"], ["Reno", "NV", "89501"],
  ["Tucson", "AZ", "85701"], ["Albuquerque", "NM", "87102"], ["Tulsa", "OK", "74103"], ["Wichita", "KS", "67202"],
  ["Omaha", "NE", "68102"], ["Peoria", "IL", "61602"], ["Rockford", "IL", "61101"], ["Gary", "IN", "46402"],
  ["Erie", "PA", "16501"], ["Scranton", "PA", "18503"], ["Utica", "NY", "13501"], ["Yonkers", "NY", "10701"],
  ["Paterson", "NJ", "07505"], ["Hartford", "CT", "06103"], ["Worcester", "MA", "01608"], ["Lowell", "MA", "01852"],
  ["Bangor", "ME", "04401"], ["Asheville", "NC", "28801"], ["Greenville", "SC", "29601"], ["Knoxville", "TN", "37902"],
  ["Jackson", "MS", "39201"], ["Shreveport", "LA", "71101"], ["Little Rock", "AR", "72201"], ["Mobile", "AL", "36602"],
  ["Huntington", "WV", "25701"], ["Roanoke", "VA", "24011"], ["Anchorage", "AK", "99501"], ["Hilo", "HI", "96720"],
];
export const US_AREA = ["208", "419", "937", "559", "661", "209", "806", "956", "478", "912", "352", "810", "269", "218", "701", "605", "406", "307", "719", "801", "509", "541", "775", "520", "505", "918", "316", "402", "309", "815", "219", "814", "570", "315", "914", "973", "860", "508", "978", "207", "828", "864", "865", "601", "318", "501", "251", "304", "540", "907", "808"];
export const US_STREETS = ["Maple Ave", "Cedar Ridge Rd", "Old Mill Rd", "Pershing Ave", "Kessler Blvd", "Willow Bend Dr", "N. 12th St", "Sycamore Ln", "Hollis Ct", "Bayview Terrace", "Prairie Wind Dr", "Magnolia St", "E. Division St", "Tanglewood Cir", "Lincoln Hwy", "Quail Run Rd", "Pine Knoll Way", "S. Grand Blvd", "Orchard Hill Rd", "Riverside Dr"];
export const US_COUNTIES = ["Robeson County", "McDowell County", "Navajo County", "Hidalgo County", "Pike County", "Yakima County", "Imperial County", "Letcher County", "Sevier County", "Oglala Lakota County", "Bolivar County", "Kanawha County"];

export const UK_PLACES: readonly (readonly [string, string])[] = [
  ["Bristol", "BS3 4LX"], ["Wrexham", "LL11 2AW"], ["Swansea", "SA1 3QX"], ["Norwich", "NR2 4SN"], ["Exeter", "EX4 6PX"],
  ["Hull", "HU5 2LZ"], ["Sunderland", "SR2 7PL"], ["Middlesbrough", "TS1 4DE"], ["Stoke-on-Trent", "ST4 7AG"], ["Walsall", "WS1 3EZ"],
  ["Bolton", "BL1 4QR"], ["Blackpool", "FY1 4HU"], ["Carlisle", "CA1 2NU"], ["Inverness", "IV2 3JH"], ["Dundee", "DD1 4HN"],
  ["Paisley", "PA1 1UJ"], ["Londonderry", "BT48 6DQ"], ["Belfast", "BT9 7AB"], ["Cardiff", "CF24 4HQ"], ["Peckham, London", "SE15 5DQ"],
  ["Tottenham, London", "N17 6AB"], ["Ilford", "IG1 2BA"], ["Luton", "LU1 3JH"], ["Slough", "SL1 2PT"], ["Reading", "RG1 5AQ"],
  ["Oxford", "OX4 1DF"], ["Cambridge", "CB1 3EW"], ["Ipswich", "IP4 2AB"], ["Truro", "TR1 2HE"], ["Plymouth", "PL4 8AA"],
  ["Wigan", "WN1 2DP"], ["Rotherham", "S60 2BQ"], ["Gateshead", "NE8 1HG"], ["Aberdeen", "AB24 3EJ"], ["Merthyr Tydfil", "CF47 8DL"],
];
export const UK_STREETS = ["Station Road", "Clarendon Terrace", "Victoria Street", "Mill Lane", "Church View", "Albert Road", "Ty Gwyn Cottages", "Grange Crescent", "Beech Grove", "Nelson Street", "The Paddock", "Holly Close", "Kingsway", "Chapel Walk", "Moorland Rise"];

/** Irish localities with their Eircode routing key. */
export const IE_PLACES: readonly (readonly [string, string])[] = [
  ["Dublin 8", "D08"], ["Dublin 12", "D12"], ["Blanchardstown, Dublin 15", "D15"], ["Tallaght, Dublin 24", "D24"], ["Drogheda, Co. Louth", "A92"],
  ["Bray, Co. Wicklow", "A98"], ["Ballincollig, Co. Cork", "P31"], ["Cork", "T12"], ["Limerick", "V94"], ["Galway", "H91"],
  ["Waterford", "X91"], ["Letterkenny, Co. Donegal", "F92"], ["Kilkenny", "R95"], ["Naas, Co. Kildare", "W91"], ["Athlone, Co. Westmeath", "N37"],
  ["Clonmel, Co. Tipperary", "E91"], ["Skibbereen, Co. Cork", "P81"], ["Tralee, Co. Kerry", "V92"], ["Westport, Co. Mayo", "F28"],
];
export const IE_STREETS = ["Ashgrove Park", "Main Street", "St. Brigid's Road", "Cois Abhann", "Oakfield Lawn", "Bóthar na Trá", "The Crescent", "Pearse Villas", "Greenfields Drive", "Church Hill"];
export function eircode(r: Rng, key: string): string {
  return `${key} ${r.letters(1, "ACDEFHKNPRTVWXY")}${r.letters(3, "ACDEFHKNPRTVWXY0123456789")}`;
}

export const CA_PLACES: readonly Triple[] = [
  ["Toronto", "ON", "M6H"], ["Hamilton", "ON", "L8P"], ["Sudbury", "ON", "P3E"], ["Thunder Bay", "ON", "P7B"], ["Kingston", "ON", "K7L"],
  ["Ottawa", "ON", "K1N"], ["Montréal", "QC", "H2X"], ["Laval", "QC", "H7N"], ["Sherbrooke", "QC", "J1H"], ["Québec", "QC", "G1R"],
  ["Moncton", "NB", "E1C"], ["Halifax", "NS", "B3H"], ["Charlottetown", "PE", "C1A"], ["St. John's", "NL", "A1C"], ["Winnipeg", "MB", "R3C"],
  ["Regina", "SK", "S4P"], ["Saskatoon", "SK", "S7K"], ["Calgary", "AB", "T2P"], ["Edmonton", "AB", "T5J"], ["Red Deer", "AB", "T4N"],
  ["Kelowna", "BC", "V1Y"], ["Surrey", "BC", "V3T"], ["Victoria", "BC", "V8W"], ["Whitehorse", "YT", "Y1A"], ["Yellowknife", "NT", "X1A"],
];
export const CA_AREA: Record<string, readonly string[]> = {
  ON: ["416", "647", "905", "613", "705", "807"], QC: ["514", "438", "450", "819", "418"], NB: ["506"], NS: ["902"], PE: ["902"],
  NL: ["709"], MB: ["204"], SK: ["306"], AB: ["403", "780", "587"], BC: ["604", "778", "250"], YT: ["867"], NT: ["867"],
};
export const CA_STREETS = ["Dundas St W", "Portage Ave", "Jasper Ave", "Robie St", "Albert St", "Whyte Ave", "Commercial Dr", "Water St", "Main St", "Queen St E"];
export const QC_STREETS = ["rue Sainte-Catherine Est", "boul. René-Lévesque", "rue King Ouest", "chemin de la Côte-des-Neiges", "rue Saint-Joseph"];
export function caPostal(r: Rng, fsa: string): string {
  return `${fsa} ${r.int(0, 9)}${r.letters(1, "ABCEGHJKLMNPRSTVWXYZ")}${r.int(0, 9)}`;
}

export const AU_PLACES: readonly Triple[] = [
  ["Parramatta", "NSW", "2150"], ["Blacktown", "NSW", "2148"], ["Wollongong", "NSW", "2500"], ["Dubbo", "NSW", "2830"], ["Footscray", "VIC", "3011"],
  ["Dandenong", "VIC", "3175"], ["Geelong", "VIC", "3220"], ["Ballarat", "VIC", "3350"], ["Frankston", "VIC", "3199"], ["Logan Central", "QLD", "4114"],
  ["Toowoomba", "QLD", "4350"], ["Cairns", "QLD", "4870"], ["Townsville", "QLD", "4810"], ["Mount Isa", "QLD", "4825"], ["Elizabeth", "SA", "5112"],
  ["Port Augusta", "SA", "5700"], ["Joondalup", "WA", "6027"], ["Kalgoorlie", "WA", "6430"], ["Broome", "WA", "6725"], ["Launceston", "TAS", "7250"],
  ["Glenorchy", "TAS", "7010"], ["Alice Springs", "NT", "0870"], ["Palmerston", "NT", "0830"], ["Belconnen", "ACT", "2617"],
];
export const AU_STREETS = ["Wattle St", "Banksia Cres", "Bogong Ave", "Jacaranda Dr", "Kurrajong Rd", "Stirling Hwy", "Boundary Rd", "Gum Tree Ct", "Lyons Rd", "Murray St"];
export const NZ_PLACES: readonly (readonly [string, string])[] = [
  ["Ōtara, Auckland", "2023"], ["Porirua", "5022"], ["Hamilton", "3204"], ["Rotorua", "3010"], ["Gisborne", "4010"],
  ["Invercargill", "9810"], ["Whangārei", "0110"], ["Dunedin", "9016"], ["Linwood, Christchurch", "8062"], ["Kaitaia", "0410"],
];

export const IN_PLACES: readonly (readonly [string, string, string])[] = [
  ["Koramangala, Bengaluru", "560034", "Karnataka"], ["Jayanagar, Bengaluru", "560041", "Karnataka"], ["Andheri East, Mumbai", "400069", "Maharashtra"],
  ["Dharavi, Mumbai", "400017", "Maharashtra"], ["Kothrud, Pune", "411038", "Maharashtra"], ["Salt Lake, Kolkata", "700091", "West Bengal"],
  ["Anna Nagar, Chennai", "600040", "Tamil Nadu"], ["T. Nagar, Chennai", "600017", "Tamil Nadu"], ["Banjara Hills, Hyderabad", "500034", "Telangana"],
  ["Gomti Nagar, Lucknow", "226010", "Uttar Pradesh"], ["Laxmi Nagar, Delhi", "110092", "Delhi"], ["Saket, New Delhi", "110017", "Delhi"],
  ["Kakkanad, Kochi", "682030", "Kerala"], ["Vellore", "632004", "Tamil Nadu"], ["Madurai", "625001", "Tamil Nadu"], ["Patna", "800001", "Bihar"],
  ["Bhubaneswar", "751001", "Odisha"], ["Guwahati", "781001", "Assam"], ["Indore", "452001", "Madhya Pradesh"], ["Nagpur", "440001", "Maharashtra"],
  ["Ludhiana", "141001", "Punjab"], ["Thrissur", "680001", "Kerala"], ["Mysuru", "570001", "Karnataka"], ["Coimbatore", "641001", "Tamil Nadu"],
];

export const FR_PLACES: readonly (readonly [string, string])[] = [
  ["75011", "Paris"], ["75018", "Paris"], ["69003", "Lyon"], ["13005", "Marseille"], ["31000", "Toulouse"], ["33800", "Bordeaux"],
  ["59000", "Lille"], ["67000", "Strasbourg"], ["44000", "Nantes"], ["35000", "Rennes"], ["34000", "Montpellier"], ["06000", "Nice"],
  ["76600", "Le Havre"], ["21000", "Dijon"], ["63000", "Clermont-Ferrand"], ["87000", "Limoges"], ["29200", "Brest"], ["80000", "Amiens"],
  ["93200", "Saint-Denis"], ["94000", "Créteil"], ["92100", "Boulogne-Billancourt"], ["97400", "Saint-Denis"], ["59100", "Roubaix"],
];
export const FR_STREETS = ["rue des Lilas", "allée Jean-Moulin", "avenue de la République", "boulevard Voltaire", "rue Victor-Hugo", "impasse des Tilleuls", "chemin du Moulin", "place du Marché", "rue de la Paix", "cours Gambetta"];

export const DE_PLACES: readonly (readonly [string, string])[] = [
  ["10115", "Berlin"], ["10961", "Berlin"], ["20095", "Hamburg"], ["80331", "München"], ["50667", "Köln"], ["60311", "Frankfurt am Main"],
  ["70173", "Stuttgart"], ["40213", "Düsseldorf"], ["44135", "Dortmund"], ["45127", "Essen"], ["28195", "Bremen"], ["30159", "Hannover"],
  ["04109", "Leipzig"], ["01067", "Dresden"], ["90402", "Nürnberg"], ["47051", "Duisburg"], ["44787", "Bochum"], ["33602", "Bielefeld"],
  ["53111", "Bonn"], ["48143", "Münster"], ["76133", "Karlsruhe"], ["68159", "Mannheim"], ["24103", "Kiel"], ["18055", "Rostock"], ["99084", "Erfurt"],
];
export const DE_STREETS = ["Hauptstraße", "Am Lindenhof", "Gartenweg", "Bahnhofstraße", "Schillerstraße", "Birkenallee", "Kirchgasse", "Goethestraße", "Im Wiesengrund", "Rosenstraße"];
export const DE_PHONE_AREA: Record<string, string> = {
  Berlin: "030", Hamburg: "040", München: "089", Köln: "0221", "Frankfurt am Main": "069", Stuttgart: "0711", Düsseldorf: "0211",
  Dortmund: "0231", Essen: "0201", Bremen: "0421", Hannover: "0511", Leipzig: "0341", Dresden: "0351", Nürnberg: "0911",
};

export const ES_PLACES: readonly (readonly [string, string])[] = [
  ["28004", "Madrid"], ["28038", "Madrid"], ["08001", "Barcelona"], ["08905", "L'Hospitalet de Llobregat"], ["46001", "Valencia"],
  ["41001", "Sevilla"], ["29001", "Málaga"], ["50001", "Zaragoza"], ["48001", "Bilbao"], ["15001", "A Coruña"], ["36201", "Vigo"],
  ["33001", "Oviedo"], ["18001", "Granada"], ["30001", "Murcia"], ["35001", "Las Palmas de Gran Canaria"], ["07001", "Palma"],
  ["47001", "Valladolid"], ["37001", "Salamanca"], ["10001", "Cáceres"],
];
export const ES_STREETS = ["C/ Mayor", "Avda. de la Constitución", "C/ del Carmen", "Plaza de España", "C/ San Vicente", "Paseo de la Castellana", "C/ Real", "Ronda de Toledo"];
export const MX_PLACES = [
  "Col. Roma Norte, C.P. 06700, Cuauhtémoc, CDMX", "Col. Centro, 44100 Guadalajara, Jal.", "Col. Obispado, 64060 Monterrey, N.L.",
  "Iztapalapa, CDMX, C.P. 09000", "Col. Reforma, 68050 Oaxaca de Juárez, Oax.", "Fracc. Las Américas, 91120 Xalapa, Ver.",
  "Col. Centro, 97000 Mérida, Yuc.", "Col. Libertad, 22400 Tijuana, B.C.",
] as const;
export const LATAM_PLACES = [
  "Barrio Palermo, C1425 CABA", "Rosario, S2000 Santa Fe", "El Poblado, Medellín 050021", "Chapinero, Bogotá 110231",
  "Providencia, Santiago 7500000", "Miraflores, Lima 15074", "Barrio Sur, Montevideo 11100", "Zona 1, Ciudad de Guatemala 01001",
] as const;

export const BR_PLACES: readonly (readonly [string, string, string])[] = [
  ["Bela Vista", "São Paulo - SP", "01310-100"], ["Itaim Bibi", "São Paulo - SP", "04538-132"], ["Centro", "Rio de Janeiro - RJ", "20040-020"],
  ["Copacabana", "Rio de Janeiro - RJ", "22041-001"], ["Funcionários", "Belo Horizonte - MG", "30130-110"], ["Comércio", "Salvador - BA", "40020-000"],
  ["Boa Vista", "Recife - PE", "50060-004"], ["Aldeota", "Fortaleza - CE", "60140-061"], ["Campina", "Belém - PA", "66010-000"],
  ["Centro", "Manaus - AM", "69005-010"], ["Asa Sul", "Brasília - DF", "70390-100"], ["Centro", "Curitiba - PR", "80010-000"],
  ["Cidade Baixa", "Porto Alegre - RS", "90050-170"], ["Centro", "Florianópolis - SC", "88010-400"], ["Setor Oeste", "Goiânia - GO", "74110-030"],
];
export const BR_STREETS = ["Rua das Flores", "Av. Brasil", "Rua São Bento", "Travessa Santa Luzia", "Rua Sete de Setembro", "Av. Getúlio Vargas", "Rua Tiradentes", "Rua Dom Pedro II"];
export const BR_DDD = ["11", "21", "31", "71", "81", "85", "91", "92", "61", "41", "51", "48", "62", "19", "27"];

export const NG_PLACES = [
  "Surulere, Lagos", "Ikorodu, Lagos State", "Gwarinpa, Abuja", "Nyanya, Abuja", "Ikenegbu, Owerri", "Sabon Gari, Kano",
  "Bodija, Ibadan", "Independence Layout, Enugu", "Rumuokoro, Port Harcourt", "Ugbowo, Benin City", "Ile-Ife, Osun State", "Rayfield, Jos",
] as const;
export const NG_STREETS = ["Adeniran Ogunsanya Street", "Okigwe Road", "Ahmadu Bello Way", "Awolowo Avenue", "Ogui Road", "Zaria Road", "Ikwerre Road", "Sapele Road"];
export const ZA_PLACES: readonly (readonly [string, string])[] = [
  ["Orlando West, Soweto", "1804"], ["Khayelitsha", "7784"], ["Mitchells Plain", "7785"], ["Umlazi", "4031"], ["Mamelodi", "0122"],
  ["Tembisa", "1632"], ["Polokwane", "0699"], ["Mthatha", "5099"], ["Bloemfontein", "9301"], ["Gqeberha", "6001"],
  ["Pietermaritzburg", "3201"], ["Stellenbosch", "7600"], ["Rustenburg", "0299"], ["Chatsworth, Durban", "4092"],
];
export const ZA_STREETS = ["Vilakazi St", "Nelson Mandela Dr", "Voortrekker Rd", "Church St", "Sisulu Ave", "Main Rd", "Biko St", "Jan Smuts Ave"];

export const CN_PLACES = ["Chaoyang District, Beijing 100020", "Xuhui District, Shanghai 200030", "Tianhe District, Guangzhou 510630", "Wuhou District, Chengdu 610041", "Jianghan District, Wuhan 430022", "Xihu District, Hangzhou 310012"] as const;
export const JP_PLACES = ["Setagaya-ku, Tokyo 154-0017", "Kita-ku, Osaka 530-0001", "Naka-ku, Yokohama 231-0011", "Chūō-ku, Sapporo 060-0001", "Hakata-ku, Fukuoka 812-0011", "Aoba-ku, Sendai 980-0811"] as const;
export const VN_PLACES = ["Phường 7, Quận 3, TP. Hồ Chí Minh", "Phường Bến Nghé, Quận 1, TP.HCM", "Cầu Giấy, Hà Nội", "Sơn Trà, Đà Nẵng", "xã Nghi Phong, huyện Nghi Lộc, Nghệ An", "Ninh Kiều, Cần Thơ"] as const;
export const KR_PLACES = ["Gangnam-gu, Seoul 06236", "Haeundae-gu, Busan 48094", "Yeongtong-gu, Suwon 16488", "Mapo-gu, Seoul 04001", "Suseong-gu, Daegu 42020", "Buk-gu, Gwangju 61186"] as const;

// ---------- phones ----------
export const phone = {
  us(r: Rng, style = r.int(0, 4), area = r.pick(US_AREA)): string {
    const ex = `${r.int(2, 9)}${r.digits(2)}`;
    const ln = r.digits(4);
    switch (style) {
      case 0: return `(${area}) ${ex}-${ln}`;
      case 1: return `${area}-${ex}-${ln}`;
      case 2: return `${area}.${ex}.${ln}`;
      case 3: return `+1 ${area} ${ex} ${ln}`;
      default: return `${area}${ex}${ln}`;
    }
  },
  ukMobile(r: Rng, intl = r.chance(0.4)): string {
    const n = `7${r.pick(["700", "911", "834", "412", "508", "960", "723"])}${r.digits(6)}`;
    return intl ? `+44 ${n.slice(0, 4)} ${n.slice(4)}` : `0${n.slice(0, 4)} ${n.slice(4, 7)} ${n.slice(7)}`;
  },
  ukLandline(r: Rng, intl = r.chance(0.3)): string {
    const [code, rest] = r.pick([["20", `7${r.digits(3)} ${r.digits(4)}`], ["161", `${r.int(2, 9)}${r.digits(2)} ${r.digits(4)}`], ["113", `${r.int(2, 9)}${r.digits(2)} ${r.digits(4)}`], ["29", `20${r.digits(2)} ${r.digits(4)}`], ["1792", `${r.digits(6)}`], ["1224", `${r.digits(6)}`]] as const);
    return intl ? `+44 (0)${code} ${rest}` : `0${code} ${rest}`;
  },
  ieMobile(r: Rng, intl = r.chance(0.4)): string {
    const p = r.pick(["83", "85", "86", "87", "89"]);
    return intl ? `+353 ${p} ${r.digits(3)} ${r.digits(4)}` : r.chance(0.5) ? `0${p} ${r.digits(3)} ${r.digits(4)}` : `0${p}-${r.digits(7)}`;
  },
  ieLandline(r: Rng, intl = r.chance(0.3)): string {
    const [a, n] = r.pick([["1", `${r.int(2, 9)}${r.digits(2)} ${r.digits(4)}`], ["21", `${r.int(2, 9)}${r.digits(2)} ${r.digits(4)}`], ["91", `${r.int(2, 9)}${r.digits(5)}`], ["61", `${r.int(2, 9)}${r.digits(5)}`]] as const);
    return intl ? `+353 ${a} ${n}` : `(0${a}) ${n}`;
  },
  ca(r: Rng, prov: string, style = r.int(0, 3)): string {
    return phone.us(r, style, r.pick(CA_AREA[prov] ?? ["416"]));
  },
  auMobile(r: Rng, intl = r.chance(0.4)): string {
    const n = `4${r.digits(2)}${r.digits(3)}${r.digits(3)}`;
    return intl ? `+61 ${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}` : `0${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`;
  },
  auLandline(r: Rng, state: string, intl = r.chance(0.3)): string {
    const a = state === "NSW" || state === "ACT" ? "2" : state === "VIC" || state === "TAS" ? "3" : state === "QLD" ? "7" : "8";
    const n = `${r.int(3, 9)}${r.digits(3)} ${r.digits(4)}`;
    return intl ? `+61 ${a} ${n}` : r.chance(0.5) ? `(0${a}) ${n}` : `0${a} ${n}`;
  },
  nz(r: Rng, intl = r.chance(0.4)): string {
    return intl ? `+64 2${r.pick(["1", "2", "7"])} ${r.digits(3)} ${r.digits(4)}` : r.chance(0.5) ? `02${r.pick(["1", "2", "7"])} ${r.digits(3)} ${r.digits(4)}` : `(0${r.pick(["9", "4", "3", "7"])}) ${r.int(2, 9)}${r.digits(2)} ${r.digits(4)}`;
  },
  inMobile(r: Rng, style = r.int(0, 4)): string {
    const n = `${r.pick(["98", "99", "94", "97", "70", "81", "63", "88"])}${r.digits(8)}`;
    switch (style) {
      case 0: return `${n.slice(0, 5)} ${n.slice(5)}`;
      case 1: return `+91 ${n.slice(0, 5)} ${n.slice(5)}`;
      case 2: return `+91-${n}`;
      case 3: return `0${n}`;
      default: return `+91${n}`;
    }
  },
  inLandline(r: Rng): string {
    const [a, len] = r.pick([["080", 8], ["022", 8], ["044", 8], ["033", 8], ["040", 8], ["0484", 7], ["0522", 7]] as const);
    const n = r.digits(len);
    return r.chance(0.5) ? `${a}-${n.slice(0, len - 4)} ${n.slice(len - 4)}` : `${a}-${n}`;
  },
  fr(r: Rng, mobile = r.chance(0.6), style = r.int(0, 2)): string {
    const pairs = [r.digits(2), r.digits(2), r.digits(2), r.digits(2)];
    const lead = mobile ? r.pick(["6", "7"]) : r.pick(["1", "2", "3", "4", "5"]);
    if (style === 0) return `0${lead} ${pairs.join(" ")}`;
    if (style === 1) return `+33 ${lead} ${pairs.join(" ")}`;
    return `0${lead}.${pairs.join(".")}`;
  },
  de(r: Rng, city = "Berlin", mobile = r.chance(0.5), style = r.int(0, 2)): string {
    if (mobile) {
      const p = r.pick(["151", "160", "170", "171", "172", "176", "157"]);
      const n = r.digits(r.pick([7, 8]));
      return style === 0 ? `0${p} ${n}` : style === 1 ? `+49 ${p} ${n}` : `0${p}/${n}`;
    }
    const a = DE_PHONE_AREA[city] ?? "0221";
    const n = r.digits(r.pick([6, 7, 8]));
    return style === 0 ? `${a} ${n}` : style === 1 ? `+49 ${a.slice(1)} ${n}` : `${a}/${n}`;
  },
  es(r: Rng, mobile = r.chance(0.6), intl = r.chance(0.4)): string {
    const n = mobile ? `6${r.digits(8)}` : `9${r.pick(["1", "3", "6", "5"])}${r.digits(7)}`;
    const body = mobile ? `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}` : `${n.slice(0, 2)} ${n.slice(2, 5)} ${n.slice(5, 7)} ${n.slice(7)}`;
    return intl ? `+34 ${body}` : body;
  },
  mx(r: Rng, intl = r.chance(0.5)): string {
    const a = r.pick(["55", "33", "81", "222", "999"]);
    const n = r.digits(10 - a.length);
    const body = `${a} ${n.slice(0, n.length - 4)} ${n.slice(-4)}`;
    return intl ? `+52 ${body}` : body;
  },
  br(r: Rng, mobile = r.chance(0.7), style = r.int(0, 2)): string {
    const ddd = r.pick(BR_DDD);
    const n = mobile ? `9${r.int(6, 9)}${r.digits(3)}-${r.digits(4)}` : `${r.int(2, 3)}${r.digits(3)}-${r.digits(4)}`;
    return style === 0 ? `(${ddd}) ${n}` : style === 1 ? `+55 ${ddd} ${n}` : `+55 (${ddd}) ${n}`;
  },
  ng(r: Rng, style = r.int(0, 3)): string {
    const p = r.pick(["803", "805", "806", "807", "810", "813", "816", "703", "706", "802", "808", "909"]);
    const a = r.digits(3);
    const b = r.digits(4);
    switch (style) {
      case 0: return `0${p} ${a} ${b}`;
      case 1: return `+234 ${p} ${a} ${b}`;
      case 2: return `+234${p}${a}${b}`;
      default: return `0${p}-${a}-${b}`;
    }
  },
  za(r: Rng, mobile = r.chance(0.6), intl = r.chance(0.4)): string {
    const p = mobile ? r.pick(["82", "83", "72", "73", "76", "79", "61", "71"]) : r.pick(["11", "21", "31", "12", "51"]);
    return intl ? `+27 ${p} ${r.digits(3)} ${r.digits(4)}` : `0${p} ${r.digits(3)} ${r.digits(4)}`;
  },
  cn(r: Rng, intl = r.chance(0.4)): string {
    const n = `1${r.pick(["38", "39", "35", "86", "59", "77"])}${r.digits(8)}`;
    return intl ? `+86 ${n.slice(0, 3)} ${n.slice(3, 7)} ${n.slice(7)}` : r.chance(0.5) ? `${n.slice(0, 3)} ${n.slice(3, 7)} ${n.slice(7)}` : n;
  },
  jp(r: Rng, intl = r.chance(0.4)): string {
    const p = r.pick(["90", "80", "70"]);
    return intl ? `+81 ${p}-${r.digits(4)}-${r.digits(4)}` : `0${p}-${r.digits(4)}-${r.digits(4)}`;
  },
  vn(r: Rng, intl = r.chance(0.4)): string {
    const p = r.pick(["912", "903", "988", "977", "868", "936"]);
    return intl ? `+84 ${p} ${r.digits(3)} ${r.digits(3)}` : `0${p} ${r.digits(3)} ${r.digits(3)}`;
  },
  kr(r: Rng, intl = r.chance(0.4)): string {
    return intl ? `+82 10-${r.digits(4)}-${r.digits(4)}` : `010-${r.digits(4)}-${r.digits(4)}`;
  },
};

// ---------- plates ----------
export const plate = {
  uk(r: Rng): string {
    const area = r.letters(2, "ABCDEFGHKLMNOPRSVWY");
    const age = r.pick(["19", "69", "20", "70", "21", "71", "22", "72", "23", "73", "14", "64", "17", "67"]);
    return `${area}${age} ${r.letters(3, "ABCDEFGHJKLMNOPRSTUVWXYZ")}`;
  },
  au(r: Rng, state: string): string {
    switch (state) {
      case "NSW": return `${r.letters(2)}${r.digits(2)}${r.letters(2)}`;
      case "VIC": return `${r.letters(3)}-${r.digits(3)}`;
      case "QLD": return `${r.digits(3)}${r.letters(3)}`;
      case "WA": return `1${r.letters(3)}${r.digits(3)}`;
      case "SA": return `S${r.digits(3)}${r.letters(3)}`;
      default: return `${r.letters(1)}${r.letters(2)}${r.digits(2)}${r.letters(1)}`;
    }
  },
  usCa(r: Rng): string {
    return `${r.int(5, 9)}${r.letters(3)}${r.digits(3)}`;
  },
  usOther(r: Rng): string {
    return r.pick([`${r.letters(3)}-${r.digits(4)}`, `${r.letters(3)} ${r.digits(3)}`, `${r.digits(3)} ${r.letters(3)}`, `${r.letters(2)}${r.digits(1)}-${r.letters(1)}${r.digits(3)}`]);
  },
  fr(r: Rng): string {
    const L = "ABCDEFGHJKLMNPQRSTVWXYZ";
    return `${r.letters(2, L)}-${r.digits(3)}-${r.letters(2, L)}`;
  },
  de(r: Rng, kreis: string): string {
    return `${kreis}-${r.letters(r.int(1, 2))} ${r.int(1, 9999)}`;
  },
  es(r: Rng): string {
    return `${r.digits(4)} ${r.letters(3, "BCDFGHJKLMNPRSTVWXYZ")}`;
  },
  br(r: Rng): string {
    return r.chance(0.6) ? `${r.letters(3)}${r.int(0, 9)}${r.letters(1)}${r.digits(2)}` : `${r.letters(3)}-${r.digits(4)}`;
  },
  in(r: Rng): string {
    const st = r.pick(["KA 05", "MH 12", "TN 09", "DL 3C", "KL 07", "UP 32", "WB 02", "TS 09"]);
    return `${st} ${r.letters(2)} ${r.digits(4)}`;
  },
  ng(r: Rng): string {
    return `${r.pick(["KJA", "LSR", "ABJ", "EKY", "GGE", "AAA", "KTU"])}-${r.digits(3)}${r.letters(2)}`;
  },
  za(r: Rng): string {
    return r.pick([`CA ${r.digits(3)}-${r.digits(3)}`, `ND ${r.digits(3)}-${r.digits(3)}`, `${r.letters(2)} ${r.digits(2)} ${r.letters(2)} GP`, `${r.letters(3)} ${r.digits(3)} EC`]);
  },
  ie(r: Rng): string {
    return `${r.pick(["141", "152", "161", "171", "181", "191", "201", "221", "232"])}-${r.pick(["D", "C", "G", "KY", "L", "MO", "WX", "LK"])}-${r.int(1, 9999)}`;
  },
  ca(r: Rng): string {
    return r.pick([`${r.letters(4)} ${r.digits(3)}`, `${r.letters(3)} ${r.digits(3)}`, `${r.digits(3)} ${r.letters(3)}`]);
  },
};
