/**
 * Check-digit rules of national, social-security and health-insurance numbers.
 *
 * Rule every function guarantees: it answers true only for a string of the right length and
 * alphabet whose check character(s) match the issuer's published algorithm. Separators (spaces,
 * dashes, dots, slashes) must be stripped by the caller unless the function says otherwise; a
 * random string of the right shape passes one time in 10 to 97, so a passing check is strong
 * evidence that a number was copied from a card, not typed as a measurement.
 */

/** Digit value of the character at i (0-9), or NaN. */
function dig(s: string, i: number): number {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : NaN;
}

function allDigits(s: string, length: number): boolean {
  return s.length === length && /^\d+$/.test(s);
}

/** Sum of digits of s weighted left to right by `weights` (shorter of the two lengths). */
function weighted(s: string, weights: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += dig(s, i) * (weights[i] ?? 0);
  return sum;
}

/** Luhn (mod 10): payment cards, Canadian SIN, South African ID, Swedish personnummer. */
export function luhnValid(digits: string): boolean {
  if (!/^\d{2,}$/.test(digits)) return false;
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = dig(digits, i);
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

const VERHOEFF_D = ["0123456789", "1234067895", "2340178956", "3401289567", "4012395678", "5987604321", "6598710432", "7659821043", "8765932104", "9876543210"];
const VERHOEFF_P = ["0123456789", "1576283094", "5803796142", "8916043527", "9453126870", "4286573901", "2793806415", "7046913258"];

/** Verhoeff dihedral check (Aadhaar). */
export function verhoeffValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let c = 0;
  for (let i = 0; i < digits.length; i++) {
    const p = dig(VERHOEFF_P[i % 8] ?? "", dig(digits, digits.length - 1 - i));
    c = dig(VERHOEFF_D[c] ?? "", p);
  }
  return c === 0;
}

/** A two-digit day and month that exist (29 Feb accepted in any year). */
function validDayMonth(day: number, month: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
}

/** UK NHS number (10 digits): weights 10..2, check = 11 - sum mod 11; 10 is never issued. */
export function nhsNumberValid(digits: string): boolean {
  if (!allDigits(digits, 10) || /^(\d)\1{9}$/.test(digits)) return false;
  const check = (11 - (weighted(digits, [10, 9, 8, 7, 6, 5, 4, 3, 2]) % 11)) % 11;
  return check !== 10 && check === dig(digits, 9);
}

/** Scottish CHI number: DDMMYY + 4 digits, NHS mod-11 check. */
export function chiNumberValid(digits: string): boolean {
  return nhsNumberValid(digits) && validDayMonth(Number(digits.slice(0, 2)), Number(digits.slice(2, 4)));
}

/** Indian Aadhaar: 12 digits, first digit 2-9, Verhoeff check. */
export function aadhaarValid(digits: string): boolean {
  return allDigits(digits, 12) && digits.charCodeAt(0) >= 50 && verhoeffValid(digits);
}

/** Brazilian CPF: 11 digits, two mod-11 check digits; repeated digits are invalid. */
export function cpfValid(digits: string): boolean {
  if (!allDigits(digits, 11) || /^(\d)\1{10}$/.test(digits)) return false;
  const check = (n: number) => {
    let sum = 0;
    for (let i = 0; i < n; i++) sum += dig(digits, i) * (n + 1 - i);
    const r = (sum * 10) % 11;
    return r === 10 ? 0 : r;
  };
  return check(9) === dig(digits, 9) && check(10) === dig(digits, 10);
}

/** Brazilian CNS (Cartão SUS): 15 digits starting 1, 2, 7, 8 or 9, weights 15..1, sum mod 11 = 0. */
export function cnsValid(digits: string): boolean {
  if (!allDigits(digits, 15) || !/^[12789]/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 15; i++) sum += dig(digits, i) * (15 - i);
  return sum % 11 === 0;
}

/** Canadian SIN: 9 digits, Luhn (8 starts business numbers, not people). */
export function canadianSinValid(digits: string): boolean {
  return allDigits(digits, 9) && digits.charAt(0) !== "8" && digits !== "000000000" && luhnValid(digits);
}

/**
 * Australian Medicare card: 10 digits (+ optional 1-digit IRN), first 2-6, 9th digit =
 * weights 1,3,7,9,1,3,7,9 over the first 8, mod 10; the issue number (10th) is never 0.
 */
export function australianMedicareValid(digits: string): boolean {
  if (!/^[2-6]\d{9,10}$/.test(digits) || digits.charAt(9) === "0") return false;
  return weighted(digits, [1, 3, 7, 9, 1, 3, 7, 9]) % 10 === dig(digits, 8);
}

/** Australian Individual Healthcare Identifier: 16 digits, prefix 800360, Luhn. */
export function australianIhiValid(digits: string): boolean {
  return allDigits(digits, 16) && digits.startsWith("800360") && luhnValid(digits);
}

/**
 * Medi-Cal Benefits Identification Card ID (14 characters): the Client Index Number (8 digits,
 * the first a 9, and a letter), a check digit, then a 4-digit Julian issue date (year digit and
 * day of year 001-366). The check digit's algorithm is not published, so the date is checked.
 */
export function mediCalBicValid(id: string): boolean {
  const m = /^9\d{7}[A-Z]\d(\d)(\d{3})$/.exec(id);
  if (!m) return false;
  const day = Number(m[2]);
  return day >= 1 && day <= 366;
}

/**
 * German Krankenversichertennummer (KVNR): a letter and 9 digits. The letter becomes 01-26; the
 * resulting 10 digits (letter pair + first 8 digits) are weighted 1,2,1,2..., each product's digit
 * sum is added, and the sum mod 10 is the last digit.
 */
export function kvnrValid(id: string): boolean {
  if (!/^[A-Z]\d{9}$/.test(id)) return false;
  const letter = id.charCodeAt(0) - 64;
  const s = `${letter < 10 ? "0" : ""}${letter}${id.slice(1, 9)}`;
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    const p = dig(s, i) * (i % 2 === 0 ? 1 : 2);
    sum += p > 9 ? p - 9 : p;
  }
  return sum % 10 === dig(id, 9);
}

/** n mod 97 of a digit string of any length, without overflow. */
function mod97(digits: string): number {
  let r = 0;
  for (let i = 0; i < digits.length; i++) {
    const c = digits.charCodeAt(i);
    r = (r * (c >= 65 ? 100 : 10) + (c >= 65 ? c - 55 : c - 48)) % 97;
  }
  return r;
}

/**
 * French NIR (numéro de sécurité sociale): 13 characters (sex, year, month, department — Corsica
 * 2A/2B —, commune, order) and a 2-digit key = 97 - (number mod 97). 2A counts as 19, 2B as 18.
 */
export function frenchNirValid(id: string): boolean {
  const m = /^([1-478]\d{4})(\d{2}|2[AB])(\d{6})(\d{2})$/.exec(id);
  if (!m) return false;
  const dept = m[2] === "2A" ? "19" : m[2] === "2B" ? "18" : (m[2] ?? "");
  const n = `${m[1]}${dept}${m[3]}`;
  return 97 - mod97(n) === Number(m[4]);
}

/** IBAN: country code, 2 check digits, up to 30 alphanumerics; moved to the end, mod 97 = 1. */
export function ibanValid(id: string): boolean {
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(id)) return false;
  return mod97(id.slice(4) + id.slice(0, 4)) === 1;
}

/**
 * Irish PPSN: 7 digits, a check letter, and optionally a second letter (A, B, H, W, T, X).
 * Digits weigh 8..2, the second letter 9 (A=1 ... W=0); sum mod 23 indexes "WABC...V".
 */
export function irishPpsnValid(id: string): boolean {
  const m = /^(\d{7})([A-W])([ABHWTX])?$/.exec(id);
  if (!m) return false;
  const second = m[3] && m[3] !== "W" ? m[3].charCodeAt(0) - 64 : 0;
  const sum = weighted(m[1] ?? "", [8, 7, 6, 5, 4, 3, 2]) + second * 9;
  return "WABCDEFGHIJKLMNOPQRSTUV".charAt(sum % 23) === m[2];
}

const DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE";

/** Spanish DNI (8 digits + control letter) and NIE (X/Y/Z + 7 digits + control letter). */
export function spanishDniValid(id: string): boolean {
  const m = /^([XYZ]?)(\d{7,8})([A-Z])$/.exec(id);
  if (!m) return false;
  const prefix = m[1] ? String("XYZ".indexOf(m[1])) : "";
  const n = `${prefix}${m[2]}`;
  if (n.length !== 8) return false;
  return DNI_LETTERS.charAt(Number(n) % 23) === m[3];
}

/** South African ID: 13 digits, YYMMDD birth date, citizenship digit 0-2, Luhn. */
export function southAfricanIdValid(digits: string): boolean {
  if (!allDigits(digits, 13) || !validDayMonth(Number(digits.slice(4, 6)), Number(digits.slice(2, 4)))) return false;
  return /[012]/.test(digits.charAt(10)) && luhnValid(digits);
}

/** UK National Insurance number: 2 prefix letters (issuer's exclusions), 6 digits, suffix A-D. */
export function ukNinoValid(id: string): boolean {
  if (!/^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$/.test(id)) return false;
  return !/^(?:BG|GB|NK|KN|TN|NT|ZZ)/.test(id);
}

/** Singapore NRIC/FIN: S/T/F/G/M, 7 digits, check letter. */
export function singaporeNricValid(id: string): boolean {
  const m = /^([STFGM])(\d{7})([A-Z])$/.exec(id);
  if (!m) return false;
  const p = m[1] ?? "";
  let sum = weighted(m[2] ?? "", [2, 7, 6, 5, 4, 3, 2]);
  if (p === "T" || p === "G") sum += 4;
  if (p === "M") sum += 3;
  const table = p === "S" || p === "T" ? "JZIHGFEDCBA" : p === "M" ? "KLJNPQRTUWX" : "XWUTRQPNMLK";
  return table.charAt(sum % 11) === m[3];
}

/** Chinese resident identity number: 18 characters, YYYYMMDD birth date, ISO 7064 MOD 11-2. */
export function chineseResidentIdValid(id: string): boolean {
  if (!/^\d{17}[\dX]$/.test(id)) return false;
  if (!validDayMonth(Number(id.slice(12, 14)), Number(id.slice(10, 12)))) return false;
  const sum = weighted(id, [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]);
  return "10X98765432".charAt(sum % 11) === id.charAt(17);
}

/** Swedish personnummer: (YY)YYMMDD + 4 digits; Luhn over the 10 short digits; day may be +60. */
export function swedishPersonnummerValid(digits: string): boolean {
  const short = digits.length === 12 ? digits.slice(2) : digits;
  if (!allDigits(short, 10)) return false;
  const day = Number(short.slice(4, 6));
  return validDayMonth(day > 60 ? day - 60 : day, Number(short.slice(2, 4))) && luhnValid(short);
}

/** Korean resident registration number: YYMMDD + 7 digits (gender digit 1-8); the date is checked. */
export function koreanRrnValid(digits: string): boolean {
  return allDigits(digits, 13) && /^[1-8]$/.test(digits.charAt(6)) && validDayMonth(Number(digits.slice(4, 6)), Number(digits.slice(2, 4)));
}

/**
 * New Zealand NHI: 3 letters (no I or O), then either 4 digits with a mod-11 check (old format)
 * or 2 digits and 2 letters with a check letter worth 23 - sum mod 23 (new format, HISO 10046:2023).
 */
export function nzNhiValid(id: string): boolean {
  if (!/^[A-HJ-NP-Z]{3}\d{2}(?:\d{2}|[A-HJ-NP-Z]{2})$/.test(id)) return false;
  const val = (i: number) => {
    const c = id.charCodeAt(i);
    if (c <= 57) return c - 48;
    const v = c - 64;
    return v - (c > 79 ? 2 : c > 73 ? 1 : 0);
  };
  let sum = 0;
  for (let i = 0; i < 6; i++) sum += val(i) * (7 - i);
  if (/\d$/.test(id)) {
    const r = sum % 11;
    return r !== 0 && (11 - r) % 10 === dig(id, 6);
  }
  return 23 - (sum % 23) === val(6);
}

/** Mexican CURP: 4 letters, YYMMDD (a real date), sex, state, consonants, 2 check characters. */
export function curpValid(id: string): boolean {
  return /^[A-Z]{4}\d{6}[HMX][A-Z]{5}[A-Z0-9]\d$/.test(id) && validDayMonth(Number(id.slice(8, 10)), Number(id.slice(6, 8)));
}

/**
 * Turkish T.C. Kimlik No: 11 digits, the first not 0; the 10th digit is (7 x the sum of the odd
 * places - the sum of the even places among the first nine) mod 10, the 11th the sum of the first
 * ten mod 10.
 */
export function turkishKimlikValid(digits: string): boolean {
  if (!allDigits(digits, 11) || digits.charAt(0) === "0") return false;
  const odd = dig(digits, 0) + dig(digits, 2) + dig(digits, 4) + dig(digits, 6) + dig(digits, 8);
  const even = dig(digits, 1) + dig(digits, 3) + dig(digits, 5) + dig(digits, 7);
  const tenth = (((odd * 7 - even) % 10) + 10) % 10;
  return tenth === dig(digits, 9) && (odd + even + tenth) % 10 === dig(digits, 10);
}

/**
 * Polish PESEL: YYMMDD (the month carries the century: +20 for 2000-2099, +80 for the 1800s),
 * a serial and a check digit = (10 - weights 1,3,7,9,... sum mod 10) mod 10.
 */
export function peselValid(digits: string): boolean {
  if (!allDigits(digits, 11)) return false;
  if (!validDayMonth(Number(digits.slice(4, 6)), Number(digits.slice(2, 4)) % 20)) return false;
  const sum = weighted(digits, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]);
  return (10 - (sum % 10)) % 10 === dig(digits, 10);
}

/**
 * Norwegian fødselsnummer and D-number: DDMMYY (a D-number adds 4 to the day's first digit) and
 * five digits whose last two are mod-11 checks over weights 3,7,6,1,8,9,4,5,2 and 5,4,3,2,7,...
 */
export function norwegianFnrValid(digits: string): boolean {
  if (!allDigits(digits, 11)) return false;
  const day = Number(digits.slice(0, 2));
  if (!validDayMonth(day > 40 ? day - 40 : day, Number(digits.slice(2, 4)))) return false;
  const k = (w: readonly number[]) => {
    const r = 11 - (weighted(digits, w) % 11);
    return r === 11 ? 0 : r;
  };
  const k1 = k([3, 7, 6, 1, 8, 9, 4, 5, 2]);
  return k1 !== 10 && k1 === dig(digits, 9) && k([5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) === dig(digits, 10);
}

/**
 * Danish CPR number: DDMMYY and four digits. Numbers issued before 2007 pass the mod-11 test with
 * weights 4,3,2,7,6,5,4,3,2,1; later ones need not, so only a passing number counts without a label.
 */
export function danishCprValid(digits: string): boolean {
  if (!allDigits(digits, 10) || !validDayMonth(Number(digits.slice(0, 2)), Number(digits.slice(2, 4)))) return false;
  return weighted(digits, [4, 3, 2, 7, 6, 5, 4, 3, 2, 1]) % 11 === 0;
}

/**
 * Finnish henkilötunnus: DDMMYY, a century sign (+, -, A-F, U-Y), a 3-digit serial and a check
 * character indexing "0123456789ABCDEFHJKLMNPRSTUVWXY" by (DDMMYY + serial) mod 31.
 */
export function finnishHetuValid(id: string): boolean {
  const m = /^(\d{6})[-+A-FU-Y]?(\d{3})([0-9A-Y])$/.exec(id);
  if (!m || !validDayMonth(Number(id.slice(0, 2)), Number(id.slice(2, 4)))) return false;
  return "0123456789ABCDEFHJKLMNPRSTUVWXY".charAt(Number(`${m[1]}${m[2]}`) % 31) === m[3];
}

/** Israeli Teudat Zehut: 9 digits (shorter ones are zero-padded), Luhn. */
export function israeliIdValid(digits: string): boolean {
  return /^\d{5,9}$/.test(digits) && !/^0+$/.test(digits) && luhnValid(digits.padStart(9, "0"));
}

/** Emirates ID: 784, the birth year, a 7-digit serial and a Luhn check (15 digits). */
export function emiratesIdValid(digits: string): boolean {
  return allDigits(digits, 15) && digits.startsWith("784") && /^(?:19|20)/.test(digits.slice(3, 5)) && luhnValid(digits);
}

/**
 * Malaysian MyKad: YYMMDD, a 2-digit place-of-birth code (states 01-16, 21-59, 71-72 and 74-79
 * abroad, 82-93 other countries, 98-99 stateless or unknown) and a 4-digit serial. No check digit:
 * the date and the code are checked.
 */
export function myKadValid(digits: string): boolean {
  if (!allDigits(digits, 12) || !validDayMonth(Number(digits.slice(4, 6)), Number(digits.slice(2, 4)))) return false;
  const pb = Number(digits.slice(6, 8));
  return (pb >= 1 && pb <= 16) || (pb >= 21 && pb <= 59) || (pb >= 71 && pb <= 72) || (pb >= 74 && pb <= 79) || (pb >= 82 && pb <= 93) || pb >= 98;
}

/**
 * Indonesian NIK: a 6-digit region (province 11-19, 31-36, 51-53, 61-65, 71-76, 81-82, 91-96),
 * DDMMYY (women add 40 to the day) and a 4-digit serial other than 0000. No check digit.
 */
export function indonesianNikValid(digits: string): boolean {
  if (!allDigits(digits, 16) || digits.endsWith("0000")) return false;
  const p = Number(digits.slice(0, 2));
  const province =
    (p >= 11 && p <= 19) || (p >= 31 && p <= 36) || (p >= 51 && p <= 53) || (p >= 61 && p <= 65) || (p >= 71 && p <= 76) || p === 81 || p === 82 || (p >= 91 && p <= 96);
  const day = Number(digits.slice(6, 8));
  return province && validDayMonth(day > 40 ? day - 40 : day, Number(digits.slice(8, 10)));
}

/** Dutch BSN: 9 digits, the "11-proof": weights 9..2 and -1 sum to a multiple of 11. */
export function dutchBsnValid(digits: string): boolean {
  if (!allDigits(digits, 9) || digits === "000000000") return false;
  return (weighted(digits, [9, 8, 7, 6, 5, 4, 3, 2]) - dig(digits, 8)) % 11 === 0;
}

const CF_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];

/**
 * Italian codice fiscale: 15 characters and a check letter. Odd places (1st, 3rd, ...) map through
 * the issuer's table, even places count 0-25 (digits 0-9); the sum mod 26 is the letter.
 */
export function codiceFiscaleValid(id: string): boolean {
  if (!/^[A-Z0-9]{15}[A-Z]$/.test(id)) return false;
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const c = id.charCodeAt(i);
    const v = c <= 57 ? c - 48 : c - 65;
    sum += i % 2 === 0 ? (CF_ODD[v] ?? 0) : v;
  }
  return String.fromCharCode(65 + (sum % 26)) === id.charAt(15);
}
