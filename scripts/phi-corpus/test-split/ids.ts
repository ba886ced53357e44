/**
 * National, insurance and other identifiers with valid check digits (or valid ranges where the
 * scheme has no check digit). Each generator returns digits/letters only; callers format them.
 */
import type { Rng } from "./rng";

const digitsOf = (s: string): number[] => [...s].map((c) => Number(c));

export function luhnCheckDigit(payload: string): number {
  let sum = 0;
  const ds = digitsOf(payload).reverse();
  ds.forEach((d, i) => {
    let v = i % 2 === 0 ? d * 2 : d;
    if (v > 9) v -= 9;
    sum += v;
  });
  return (10 - (sum % 10)) % 10;
}
export const luhnValid = (s: string): boolean => luhnCheckDigit(s.slice(0, -1)) === Number(s.slice(-1));

/** NHS number (England/Wales/IoM) and Scottish CHI: weights 10..2, 11 - sum mod 11, 10 invalid. */
export function nhsCheck(nine: string): number | null {
  const sum = digitsOf(nine).reduce((a, d, i) => a + d * (10 - i), 0);
  const c = 11 - (sum % 11);
  if (c === 11) return 0;
  if (c === 10) return null;
  return c;
}
export function nhsNumber(r: Rng): string {
  for (;;) {
    const nine = String(r.int(4, 6)) + r.digits(8);
    const c = nhsCheck(nine);
    if (c !== null) return nine + c;
  }
}
/** Scottish CHI: DDMMYY + 3 digits (9th digit odd = male) + mod-11 check. */
export function chiNumber(r: Rng, dob: Date, male: boolean): string {
  const ddmmyy = `${pad2(dob.getUTCDate())}${pad2(dob.getUTCMonth() + 1)}${pad2(dob.getUTCFullYear() % 100)}`;
  for (;;) {
    const sexDigit = male ? r.pick([1, 3, 5, 7, 9]) : r.pick([0, 2, 4, 6, 8]);
    const nine = ddmmyy + r.digits(2) + sexDigit;
    const c = nhsCheck(nine);
    if (c !== null) return nine + c;
  }
}
const pad2 = (n: number): string => String(n).padStart(2, "0");

// Verhoeff (Aadhaar).
const VD = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
  [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
  [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
  [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];
const VP = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
  [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
  [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
];
const VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9];
const at = (m: number[][], i: number, j: number): number => m[i]?.[j] ?? 0;
export function verhoeffCheck(payload: string): number {
  let c = 0;
  digitsOf(payload).reverse().forEach((d, i) => {
    c = at(VD, c, at(VP, (i + 1) % 8, d));
  });
  return VINV[c] ?? 0;
}
export function verhoeffValid(s: string): boolean {
  let c = 0;
  digitsOf(s).reverse().forEach((d, i) => {
    c = at(VD, c, at(VP, i % 8, d));
  });
  return c === 0;
}
export function aadhaar(r: Rng): string {
  const eleven = String(r.int(2, 9)) + r.digits(10);
  return eleven + verhoeffCheck(eleven);
}

/** Brazilian CPF: two mod-11 check digits. */
export function cpf(r: Rng): string {
  let base = r.digits(9);
  if (/^(\d)\1+$/.test(base)) base = "123456780";
  const d1 = cpfDigit(base, 10);
  const d2 = cpfDigit(base + d1, 11);
  return base + d1 + d2;
}
function cpfDigit(s: string, w0: number): number {
  const sum = digitsOf(s).reduce((a, d, i) => a + d * (w0 - i), 0);
  const rest = (sum * 10) % 11;
  return rest === 10 ? 0 : rest;
}
/** Brazilian CNS (Cartão Nacional de Saúde), provisional series 7/8/9: weighted sum mod 11 = 0. */
export function cns(r: Rng): string {
  for (;;) {
    const fourteen = String(r.pick([7, 8, 9])) + r.digits(13);
    const sum = digitsOf(fourteen).reduce((a, d, i) => a + d * (15 - i), 0);
    const last = (11 - (sum % 11)) % 11;
    if (last < 10) return fourteen + last;
  }
}

/** Canadian SIN: 9 digits, Luhn; first digit 1-7 (permanent residents/citizens). */
export function sin(r: Rng): string {
  const eight = String(r.int(1, 7)) + r.digits(7);
  return eight + luhnCheckDigit(eight);
}
/** Ontario health card (OHIP): 10 digits, the 10th a Luhn check over the first 9. */
export function ohip(r: Rng): string {
  const nine = String(r.int(1, 9)) + r.digits(8);
  return nine + luhnCheckDigit(nine);
}
/** British Columbia PHN: 9 + 8 digits + check (weights 2,4,8,5,10,9,7,3; 11 - sum mod 11). */
export function bcPhn(r: Rng): string {
  const w = [2, 4, 8, 5, 10, 9, 7, 3];
  for (;;) {
    const eight = r.digits(8);
    const sum = digitsOf(eight).reduce((a, d, i) => a + ((d * (w[i] ?? 0)) % 11), 0);
    const c = 11 - (sum % 11);
    if (c < 10) return "9" + eight + c;
  }
}

/** Australian Medicare card: 10 digits (8 + check + issue no.), first digit 2-6. */
export function auMedicare(r: Rng): string {
  const w = [1, 3, 7, 9, 1, 3, 7, 9];
  const eight = String(r.int(2, 6)) + r.digits(7);
  const c = digitsOf(eight).reduce((a, d, i) => a + d * (w[i] ?? 0), 0) % 10;
  return eight + c + String(r.int(1, 5));
}
/** Australian tax file number: weights 1,4,3,7,5,8,6,9,10; sum mod 11 = 0. */
export function auTfn(r: Rng): string {
  const w = [1, 4, 3, 7, 5, 8, 6, 9, 10];
  for (;;) {
    const eight = r.digitsNz(8);
    const s = digitsOf(eight).reduce((a, d, i) => a + d * (w[i] ?? 0), 0);
    for (let last = 0; last <= 9; last++) if ((s + last * 10) % 11 === 0) return eight + last;
  }
}
/** Australian IHI: 16 digits, 800360 prefix, Luhn. */
export function auIhi(r: Rng): string {
  const fifteen = "8003608" + r.digits(8);
  return fifteen + luhnCheckDigit(fifteen);
}
/** NZ National Health Index (legacy AAANNNN): letters without I/O, mod-11 check. */
export function nzNhi(r: Rng): string {
  const alpha = "ABCDEFGHJKLMNPQRSTUVWXYZ";
  for (;;) {
    const letters = r.letters(3, alpha);
    const nums = r.digits(3);
    const vals = [...letters].map((c) => alpha.indexOf(c) + 1).concat(digitsOf(nums));
    const sum = vals.reduce((a, v, i) => a + v * (7 - i), 0);
    const rem = sum % 11;
    if (rem === 0) continue;
    const c = (11 - rem) % 10;
    return letters + nums + c;
  }
}

/** German KVNR: letter + 8 digits + check (letter as 2 digits, weights 1,2 alternating, digit sums). */
export function kvnr(r: Rng): string {
  const letter = r.letters(1);
  const eight = r.digitsNz(8);
  const code = String(letter.charCodeAt(0) - 64).padStart(2, "0") + eight;
  let sum = 0;
  digitsOf(code).forEach((d, i) => {
    let v = d * (i % 2 === 0 ? 1 : 2);
    if (v > 9) v = Math.floor(v / 10) + (v % 10);
    sum += v;
  });
  return letter + eight + (sum % 10);
}
/** German pension insurance number (Rentenversicherungsnummer): AA DDMMYY L SS C. */
export function rvnr(r: Rng, dob: Date, surnameInitial: string, female: boolean): string {
  const area = r.pick(["12", "13", "15", "24", "25", "40", "53", "65"]);
  const dd = `${pad2(dob.getUTCDate())}${pad2(dob.getUTCMonth() + 1)}${pad2(dob.getUTCFullYear() % 100)}`;
  const letter = surnameInitial.charAt(0).toUpperCase().replace(/[^A-Z]/, "M");
  const serial = pad2(female ? r.int(50, 99) : r.int(0, 49));
  const code = area + dd + String(letter.charCodeAt(0) - 64).padStart(2, "0") + serial;
  const w = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1];
  const sum = digitsOf(code).reduce((a, d, i) => {
    const p = d * (w[i] ?? 0);
    return a + Math.floor(p / 10) + (p % 10);
  }, 0);
  return `${area} ${dd} ${letter} ${serial}${sum % 10}`;
}

/** French NIR: sex, yy, mm, département, commune, order + key (97 - n mod 97). Returns spaced form. */
export function nir(r: Rng, dob: Date, female: boolean): string {
  const sex = female ? "2" : "1";
  const yy = pad2(dob.getUTCFullYear() % 100);
  const mm = pad2(dob.getUTCMonth() + 1);
  const dep = r.pick(["75", "69", "13", "33", "59", "31", "44", "67", "93", "76", "29", "63"]);
  const commune = String(r.int(1, 399)).padStart(3, "0");
  const order = String(r.int(1, 999)).padStart(3, "0");
  const n = BigInt(sex + yy + mm + dep + commune + order);
  const key = 97n - (n % 97n);
  return `${sex} ${yy} ${mm} ${dep} ${commune} ${order} ${String(key).padStart(2, "0")}`;
}

/** Irish PPSN: 7 digits + check letter (+ optional second letter A/W). */
export function ppsn(r: Rng, withSecond = false): string {
  const seven = r.digitsNz(7);
  let sum = digitsOf(seven).reduce((a, d, i) => a + d * (8 - i), 0);
  const second = withSecond ? "A" : "";
  if (withSecond) sum += 9 * 1;
  const rem = sum % 23;
  const check = rem === 0 ? "W" : String.fromCharCode(64 + rem);
  return seven + check + second;
}

/** Spanish DNI (8 digits + control letter) and NIE (X/Y/Z + 7 digits + letter). */
const DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE";
export function dni(r: Rng): string {
  const n = r.int(10000000, 79999999);
  return `${n}${DNI_LETTERS.charAt(n % 23)}`;
}
export function nie(r: Rng): string {
  const p = r.pick(["X", "Y", "Z"]);
  const seven = r.digits(7);
  const n = Number(String("XYZ".indexOf(p)) + seven);
  return `${p}${seven}${DNI_LETTERS.charAt(n % 23)}`;
}
/** Spanish social-security number (NUSS): 2-digit province + 8 digits + 2-digit mod-97 check. */
export function nuss(r: Rng): string {
  const prov = r.pick(["28", "08", "46", "41", "29", "48", "15", "30"]);
  const num = String(r.int(10000000, 99999999));
  const c = Number(BigInt(prov + num) % 97n);
  return `${prov}/${num}/${pad2(c)}`;
}

/** South African ID: YYMMDD SSSS C A Z (Luhn). */
export function saId(r: Rng, dob: Date, female: boolean): string {
  const yymmdd = `${pad2(dob.getUTCFullYear() % 100)}${pad2(dob.getUTCMonth() + 1)}${pad2(dob.getUTCDate())}`;
  const seq = female ? r.int(0, 4999) : r.int(5000, 9999);
  const twelve = yymmdd + String(seq).padStart(4, "0") + "0" + "8";
  return twelve + luhnCheckDigit(twelve);
}

/** US SSN in the issued ranges (no check digit exists): area 001-899 except 666, group, serial. */
export function ssn(r: Rng): string {
  let area = r.int(1, 899);
  if (area === 666) area = 667;
  return `${String(area).padStart(3, "0")}-${pad2(r.int(1, 99))}-${String(r.int(1, 9999)).padStart(4, "0")}`;
}
/** Medicare Beneficiary Identifier (no check digit; position rules). */
export function mbi(r: Rng): string {
  const L = "ACDEFGHJKMNPQRTUVWXY";
  const AN = L + "0123456789";
  return `${r.int(1, 9)}${r.letters(1, L)}${r.letters(1, AN)}${r.int(0, 9)}-${r.letters(1, L)}${r.letters(1, AN)}${r.int(0, 9)}-${r.letters(2, L)}${r.digits(2)}`;
}
/**
 * Medi-Cal BIC ID: 9-char CIN (9 + 7 digits + letter), a check digit, and a 4-digit Julian issue
 * date. DHCS does not publish the check-digit algorithm; a Luhn digit over the CIN digits stands in.
 */
export function mediCalBic(r: Rng): string {
  const digits = "9" + r.digits(7);
  return `${digits}${r.letters(1)}${luhnCheckDigit(digits)}${r.int(0, 9)}${String(r.int(1, 365)).padStart(3, "0")}`;
}
/** UK National Insurance number (prefix rules, suffix A-D). */
export function nino(r: Rng): string {
  const first = "ABCEGHJKLMNOPRSTWXYZ";
  const second = "ABCEGHJKLMNPRSTWXYZ";
  for (;;) {
    const p = r.letters(1, first) + r.letters(1, second);
    if (["BG", "GB", "KN", "NK", "NT", "TN", "ZZ"].includes(p)) continue;
    return `${p}${r.digits(6)}${r.letters(1, "ABCD")}`;
  }
}

/** Chinese resident ID (18 chars, ISO 7064 MOD 11-2). */
export function cnId(r: Rng, dob: Date, female: boolean): string {
  const region = r.pick(["110105", "310104", "440106", "510107", "420111", "330106", "320102", "370202"]);
  const ymd = `${dob.getUTCFullYear()}${pad2(dob.getUTCMonth() + 1)}${pad2(dob.getUTCDate())}`;
  const seq = r.digits(2) + String(female ? r.pick([0, 2, 4, 6, 8]) : r.pick([1, 3, 5, 7, 9]));
  const seventeen = region + ymd + seq;
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = digitsOf(seventeen).reduce((a, d, i) => a + d * (w[i] ?? 0), 0);
  return seventeen + "10X98765432".charAt(sum % 11);
}
/** Korean resident registration number YYMMDD-SNNNNNC (weights 2..9,2..5; (11 - sum mod 11) mod 10). */
export function krRrn(r: Rng, dob: Date, female: boolean): string {
  const y = dob.getUTCFullYear();
  const yymmdd = `${pad2(y % 100)}${pad2(dob.getUTCMonth() + 1)}${pad2(dob.getUTCDate())}`;
  const s = y >= 2000 ? (female ? 4 : 3) : female ? 2 : 1;
  const twelve = yymmdd + s + r.digits(5);
  const w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];
  const sum = digitsOf(twelve).reduce((a, d, i) => a + d * (w[i] ?? 0), 0);
  const c = (11 - (sum % 11)) % 10;
  return `${yymmdd}-${twelve.slice(6)}${c}`;
}
/** Japanese My Number (12 digits, mod-11 check). */
export function myNumber(r: Rng): string {
  const eleven = r.digitsNz(11);
  const ds = digitsOf(eleven).reverse();
  const sum = ds.reduce((a, d, i) => {
    const n = i + 1;
    return a + d * (n <= 6 ? n + 1 : n - 5);
  }, 0);
  const rem = sum % 11;
  return eleven + (rem <= 1 ? 0 : 11 - rem);
}
/** Vietnamese citizen ID (CCCD): province, century/sex, yy, 6 digits (no check digit). */
export function cccd(r: Rng, dob: Date, female: boolean): string {
  const prov = r.pick(["001", "079", "048", "040", "031", "092", "038", "026"]);
  const cs = dob.getUTCFullYear() >= 2000 ? (female ? 3 : 2) : female ? 1 : 0;
  return `${prov}${cs}${pad2(dob.getUTCFullYear() % 100)}${r.digits(6)}`;
}
/** Chilean RUT: mod 11 with weights 2..7 from the right; 10 = K, 11 = 0. */
export function rut(r: Rng): string {
  const n = r.int(5000000, 25999999);
  const ds = digitsOf(String(n)).reverse();
  const sum = ds.reduce((a, d, i) => a + d * ((i % 6) + 2), 0);
  const v = 11 - (sum % 11);
  const dv = v === 11 ? "0" : v === 10 ? "K" : String(v);
  return `${n.toLocaleString("de-DE")}-${dv}`;
}
/** Mexican CURP (18 chars) with the RENAPO check digit. */
export function curp(r: Rng, p: { first: string; last: string; last2: string }, dob: Date, female: boolean, state: string): string {
  const up = (s: string): string => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toUpperCase().replace(/[^A-Z]/g, "X");
  const l1 = up(p.last);
  const l2 = up(p.last2);
  const f = up(p.first);
  const firstVowel = (s: string): string => (s.slice(1).match(/[AEIOU]/) ?? ["X"])[0];
  const firstCons = (s: string): string => (s.slice(1).match(/[B-DF-HJ-NP-TV-Z]/) ?? ["X"])[0];
  const yymmdd = `${pad2(dob.getUTCFullYear() % 100)}${pad2(dob.getUTCMonth() + 1)}${pad2(dob.getUTCDate())}`;
  const seventeenNoCheck =
    l1.charAt(0) + firstVowel(l1) + l2.charAt(0) + f.charAt(0) + yymmdd + (female ? "M" : "H") + state +
    firstCons(l1) + firstCons(l2) + firstCons(f) + (dob.getUTCFullYear() >= 2000 ? "A" : "0");
  const dict = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ";
  const sum = [...seventeenNoCheck].reduce((a, c, i) => a + dict.indexOf(c) * (18 - i), 0);
  void r;
  return seventeenNoCheck + ((10 - (sum % 10)) % 10);
}
/** Mexican IMSS social-security number: 11 digits, Luhn. */
export function imssNss(r: Rng): string {
  const ten = r.digits(10);
  return ten + luhnCheckDigit(ten);
}
/** Nigerian NIN: 11 digits (check scheme not published). */
export function nin(r: Rng): string {
  return r.digitsNz(11);
}

/** IBAN with valid ISO 7064 mod-97 check digits. */
export function iban(r: Rng, country: "DE" | "FR" | "ES" | "GB" | "IE"): string {
  let bban: string;
  switch (country) {
    case "DE": bban = r.digits(18); break;
    case "FR": bban = r.digits(10) + r.letters(1) + r.digits(10) + r.digits(2); break;
    case "ES": bban = r.digits(20); break;
    case "GB": bban = r.pick(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + r.digits(14); break;
    case "IE": bban = r.pick(["AIBK", "BOFI"]) + r.digits(14); break;
  }
  const rearranged = (bban + country + "00").replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  const check = 98n - (BigInt(rearranged) % 97n);
  const raw = country + String(check).padStart(2, "0") + bban;
  return raw.replace(/(.{4})/g, "$1 ").trim();
}
/** Payment card number (Luhn) with a network prefix. */
export function cardNumber(r: Rng): string {
  const prefix = r.pick(["4", "51", "52", "53", "54", "55"]);
  const fifteen = prefix + r.digits(15 - prefix.length);
  return (fifteen + luhnCheckDigit(fifteen)).replace(/(.{4})/g, "$1 ").trim();
}
/** VIN with a valid position-9 check digit (North American rule). */
export function vin(r: Rng): string {
  const chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789";
  const translit: Record<string, number> = {
    A: 1, B: 2, C: 3, D: 4, E: 5, F: 6, G: 7, H: 8, J: 1, K: 2, L: 3, M: 4, N: 5, P: 7, R: 9,
    S: 2, T: 3, U: 4, V: 5, W: 6, X: 7, Y: 8, Z: 9,
  };
  const w = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];
  const wmi = r.pick(["1FT", "1HG", "2T1", "3VW", "5YJ", "JTD", "1G1", "2HG", "KM8", "WBA"]);
  const body = wmi + r.letters(5, chars) + "0" + r.letters(1, "ABCDEFGHJKLMNPRSTVWXY123456789") + r.letters(1, chars) + r.digits(6);
  const sum = [...body].reduce((a, c, i) => a + (/\d/.test(c) ? Number(c) : (translit[c] ?? 0)) * (w[i] ?? 0), 0);
  const c = sum % 11;
  return body.slice(0, 8) + (c === 10 ? "X" : String(c)) + body.slice(9);
}

export const selfTest = (): void => {
  const ok = (cond: boolean, what: string): void => {
    if (!cond) throw new Error(`check-digit self-test failed: ${what}`);
  };
  ok(nhsCheck("943476591") === 9, "NHS 943 476 5919");
  ok(verhoeffCheck("236") === 3, "Verhoeff 2363");
  ok(verhoeffValid("2363"), "Verhoeff valid 2363");
  ok(cpfDigit("529982247", 10) === 2 && cpfDigit("5299822472", 11) === 5, "CPF 529.982.247-25");
  ok(luhnValid("046454286"), "SIN 046 454 286");
  ok(luhnValid("8001015009087"), "SA ID 8001015009087");
  ok(DNI_LETTERS.charAt(12345678 % 23) === "Z", "DNI 12345678Z");
};
