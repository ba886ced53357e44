/** Person names by culture: faker locales where they are good, curated lists where they are not. */
import { allFakers, type Faker } from "@faker-js/faker";
import type { Rng } from "./rng";

export type Sex = "F" | "M";
export interface Person {
  first: string;
  last: string;
  /** Name as usually written in that culture (family-first for CN/JP/KR/VN). */
  full: string;
  sex: Sex;
}
export type Culture =
  | "us" | "uk" | "ie" | "ca" | "qc" | "au" | "nz" | "maori" | "in" | "fr" | "de" | "es" | "mx" | "br"
  | "ng" | "za" | "cn" | "jp" | "vn" | "kr" | "ar";

const FAKER_LOCALE: Partial<Record<Culture, keyof typeof allFakers>> = {
  us: "en_US", uk: "en_GB", ca: "en_CA", au: "en_AU", nz: "en_AU", in: "en_IN", fr: "fr", de: "de",
  es: "es", mx: "es_MX", br: "pt_BR", ar: "es",
};

const IE_F = ["Aoife", "Siobhán", "Niamh", "Róisín", "Gráinne", "Caoimhe", "Orla", "Sinéad", "Clodagh", "Deirdre", "Bríd", "Máire", "Eimear", "Saoirse"];
const IE_M = ["Cian", "Pádraig", "Oisín", "Eoin", "Ciarán", "Donal", "Séamus", "Fergal", "Darragh", "Colm", "Tadhg", "Diarmuid", "Ruairí", "Niall"];
const IE_L = ["O'Donoghue", "Ní Bhriain", "Mac Giolla Phádraig", "Keohane", "Fitzgerald", "Kavanagh", "McGrath", "Ó Súilleabháin", "Brennan", "Doherty", "Lynch", "Moloney", "Ní Chonaill", "Quinlan", "Fahy", "Geraghty"];
const UK_F = ["Charlotte", "Amelia", "Margaret", "Doreen", "Gemma", "Kirsty", "Rhiannon", "Siân", "Morag", "Eilidh", "Nasreen", "Bethan", "Shauna", "Joan", "Leanne", "Harriet"];
const UK_M = ["Gareth", "Dylan", "Callum", "Rhys", "Alistair", "Hamish", "Imran", "Craig", "Darren", "Keith", "Wayne", "Tomasz", "Rupert", "Declan", "Lewis", "Malcolm"];
const UK_L = ["Pritchard", "Hughes", "Davies", "Macdonald", "Fraser", "Campbell", "Begum", "Hussain", "Thompson", "Wainwright", "Ackroyd", "Ramsbottom", "Kowalczyk", "McAllister", "Llewellyn", "Fairclough", "Hargreaves", "Sutcliffe", "Okoro", "Ferguson", "Whitworth", "Bhatti"];
const QC_F = ["Geneviève", "Marie-Ève", "Josée", "Nathalie", "Chantal", "Mélanie", "Sylvie", "Émilie"];
const QC_M = ["Jean-François", "Benoît", "Réjean", "Stéphane", "Mathieu", "Gilles", "Luc", "Yannick"];
const QC_L = ["Tremblay", "Gagnon", "Bouchard", "Côté", "Lévesque", "Pelletier", "Bélanger", "Ouellet", "Gauthier", "Fortin"];
const MAORI_F = ["Aroha", "Mereana", "Ngaio", "Huia", "Kiri", "Anahera", "Tui", "Moana"];
const MAORI_M = ["Wiremu", "Tama", "Rawiri", "Hemi", "Mikaere", "Nikau", "Tane", "Rangi"];
const MAORI_L = ["Te Awa", "Ngata", "Parata", "Tawhiri", "Te Whata", "Walker", "Tipene", "Horomona", "Kereama"];
const NG_F = ["Ngozi", "Chiamaka", "Adaeze", "Funmilayo", "Oluwakemi", "Hauwa", "Aisha", "Yetunde", "Ifeoma", "Blessing", "Nkechi", "Zainab", "Temitope", "Bukola"];
const NG_M = ["Chukwuemeka", "Obinna", "Oluwaseyi", "Babatunde", "Aminu", "Ibrahim", "Emeka", "Tunde", "Ikechukwu", "Segun", "Musa", "Kelechi", "Adewale", "Usman"];
const NG_L = ["Okonkwo", "Eze", "Adebayo", "Abubakar", "Okafor", "Nwosu", "Bello", "Adeyemi", "Ogunleye", "Chukwu", "Danjuma", "Olawale", "Nnamdi", "Oyelaran", "Ibekwe", "Suleiman"];
const ZA_F = ["Thandiwe", "Nomvula", "Lerato", "Zanele", "Annelie", "Palesa", "Nokuthula", "Refilwe", "Marietjie", "Ayanda", "Busisiwe", "Fatima"];
const ZA_M = ["Sipho", "Thabo", "Mandla", "Pieter", "Bongani", "Sibusiso", "Johan", "Tshepo", "Lwazi", "Kagiso", "Riaan", "Themba"];
const ZA_L = ["Dlamini", "Nkosi", "Mokoena", "van der Merwe", "Botha", "Khumalo", "Ndlovu", "Mthembu", "Naidoo", "Pillay", "Sithole", "du Plessis", "Mahlangu", "Zulu", "Petersen", "Mabaso"];
const CN_L = ["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu", "Hu", "Guo", "He", "Lin", "Luo", "Gao"];
const CN_F = ["Xiuying", "Guiying", "Fang", "Min", "Jing", "Lihua", "Shufen", "Yumei", "Xiaohong", "Zihan", "Meiling", "Hui"];
const CN_M = ["Jianhua", "Wei", "Lei", "Zhiqiang", "Haoran", "Mingzhe", "Jinhai", "Guoqiang", "Xiaoming", "Yong", "Jun", "Tao"];
const JP_L = ["Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto", "Nakamura", "Kobayashi", "Kato", "Yoshida", "Yamada", "Sasaki", "Matsumoto", "Inoue", "Kimura", "Hayashi", "Shimizu", "Okada", "Fujiwara"];
const JP_F = ["Yui", "Hina", "Keiko", "Yoko", "Michiko", "Emiko", "Sakura", "Naoko", "Haruka", "Chieko", "Ayumi", "Fumiko"];
const JP_M = ["Haruto", "Sota", "Takeshi", "Hiroshi", "Kazuo", "Akira", "Ren", "Daisuke", "Kenji", "Shigeru", "Tatsuya", "Osamu"];
const VN_L = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Ngô", "Dương"];
const VN_MID_F = ["Thị", "Ngọc", "Thanh", "Thu", "Kim", "Bích"];
const VN_MID_M = ["Văn", "Hữu", "Minh", "Đức", "Quốc", "Công"];
const VN_F = ["Hương", "Lan", "Mai", "Hạnh", "Phương", "Thảo", "Trang", "Linh", "Hằng", "Yến", "Nga", "Dung"];
const VN_M = ["An", "Bình", "Long", "Tuấn", "Dũng", "Quang", "Hùng", "Khoa", "Phúc", "Thắng", "Sơn", "Nam"];
const KR_L = ["Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han", "Oh", "Seo", "Shin", "Kwon", "Hwang"];
const KR_F = ["Seo-yeon", "Ha-eun", "Soo-jin", "Eun-ji", "Young-sook", "Ji-woo", "Min-seo", "Hye-jin", "Mi-kyung", "Yoon-ah"];
const KR_M = ["Min-jun", "Ji-ho", "Jae-won", "Hyun-woo", "Dong-hyun", "Sang-hoon", "Seung-min", "Tae-yang", "Young-ho", "Jin-woo"];
const IN_F = ["Lakshmi", "Priyanka", "Anjali", "Kavitha", "Sunita", "Meenakshi", "Fatima", "Harpreet", "Deepa", "Shreya", "Ananya", "Rukhsana", "Pooja", "Savitri"];
const IN_M = ["Ramesh", "Suresh", "Arjun", "Venkatesh", "Mohammed", "Gurpreet", "Rahul", "Sanjay", "Karthik", "Abdul", "Rajesh", "Anil", "Vikram", "Harish"];
const IN_L = ["Subramanian", "Venkatesan", "Sharma", "Iyer", "Reddy", "Nair", "Patil", "Chatterjee", "Banerjee", "Khan", "Singh", "Gupta", "Menon", "Deshpande", "Yadav", "Kulkarni", "Pillai", "Das", "Siddiqui", "Mishra"];

/** Family names for the East Asian cultures, as faker has them in native script. */
export function nativeScriptName(r: Rng, culture: "cn" | "jp" | "kr"): string {
  const f = culture === "cn" ? allFakers.zh_CN : culture === "jp" ? allFakers.ja : allFakers.ko;
  seedFaker(f, r);
  const ln = f.person.lastName();
  const fn = f.person.firstName();
  return culture === "jp" ? `${ln} ${fn}` : `${ln}${fn}`;
}

function seedFaker(f: Faker, r: Rng): void {
  f.seed(r.int(1, 2 ** 31 - 1));
}

export function person(r: Rng, culture: Culture, sexIn?: Sex): Person {
  const sex: Sex = sexIn ?? (r.chance(0.5) ? "F" : "M");
  const byList = (fs: readonly string[], ms: readonly string[], ls: readonly string[]): Person => {
    const first = r.pick(sex === "F" ? fs : ms);
    const last = r.pick(ls);
    return { first, last, full: `${first} ${last}`, sex };
  };
  switch (culture) {
    case "ie": return byList(IE_F, IE_M, IE_L);
    case "uk": return r.chance(0.75) ? byList(UK_F, UK_M, UK_L) : fakerPerson(r, "uk", sex);
    case "qc": return byList(QC_F, QC_M, QC_L);
    case "maori": return byList(MAORI_F, MAORI_M, MAORI_L);
    case "ng": return byList(NG_F, NG_M, NG_L);
    case "za": return byList(ZA_F, ZA_M, ZA_L);
    case "in": return r.chance(0.5) ? byList(IN_F, IN_M, IN_L) : fakerPerson(r, "in", sex);
    case "cn": {
      const p = byList(CN_F, CN_M, CN_L);
      return { ...p, full: `${p.last} ${p.first}` };
    }
    case "jp": {
      const p = byList(JP_F, JP_M, JP_L);
      return { ...p, full: r.chance(0.5) ? `${p.last} ${p.first}` : `${p.first} ${p.last}` };
    }
    case "kr": {
      const p = byList(KR_F, KR_M, KR_L);
      return { ...p, full: `${p.last} ${p.first}` };
    }
    case "vn": {
      const last = r.pick(VN_L);
      const mid = r.pick(sex === "F" ? VN_MID_F : VN_MID_M);
      const first = r.pick(sex === "F" ? VN_F : VN_M);
      return { first, last, full: `${last} ${mid} ${first}`, sex };
    }
    default: return fakerPerson(r, culture, sex);
  }
}

function fakerPerson(r: Rng, culture: Culture, sex: Sex): Person {
  const loc = FAKER_LOCALE[culture] ?? "en_US";
  const f = allFakers[loc];
  seedFaker(f, r);
  const first = f.person.firstName(sex === "F" ? "female" : "male");
  let last = f.person.lastName();
  if (culture === "es" || culture === "mx" || culture === "ar") {
    // Hispanic names carry two surnames more often than not.
    if (!last.includes(" ") && r.chance(0.6)) last = `${last} ${f.person.lastName()}`;
  }
  return { first, last, full: `${first} ${last}`, sex };
}

/** Strip diacritics (as patients often type their own name into forms). */
export const plain = (s: string): string => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/Đ/g, "D").replace(/đ/g, "d");
