/**
 * National, insurance and card numbers with valid check digits, so that a scanner validating check
 * digits finds the corpus values valid. Each generator returns the number in its usual printed form;
 * numbers without a public check algorithm are built to their documented shape.
 */
import { Rng, pad } from "./rng";

const onlyDigits = (s: string): string => s.replace(/\D/g, "");

export function luhnValid(num: string): boolean {
  const d = onlyDigits(num);
  let sum = 0;
  for (let i = 0; i < d.length; i++) {
    let v = Number(d[d.length - 1 - i]);
    if (i % 2 === 1) {
      v *= 2;
      if (v > 9) v -= 9;
    }
    sum += v;
  }
  return d.length > 0 && sum % 10 === 0;
}

/** Appends the Luhn digit to a digit string. */
export function withLuhn(body: string): string {
  for (let c = 0; c <= 9; c++) if (luhnValid(body + String(c))) return body + String(c);
  throw new Error("unreachable");
}

// --- UK -------------------------------------------------------------------------------------

/** NHS number (England/Wales) or CHI (Scotland, first six digits = DOB ddmmyy): mod 11. */
export function nhsNumber(r: Rng, prefix?: string): string {
  for (;;) {
    const body = (prefix ?? String(r.pick([4, 6, 7]))) + r.digits(9 - (prefix ?? "x").length);
    let sum = 0;
    for (let i = 0; i < 9; i++) sum += Number(body[i]) * (10 - i);
    let check = 11 - (sum % 11);
    if (check === 11) check = 0;
    if (check === 10) continue;
    const d = body + String(check);
    return `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`;
  }
}
export function nhsValid(s: string): boolean {
  const d = onlyDigits(s);
  if (d.length !== 10) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(d[i]) * (10 - i);
  let check = 11 - (sum % 11);
  if (check === 11) check = 0;
  return check !== 10 && check === Number(d[9]);
}
/** CHI number: DOB ddmmyy + 4 digits, mod 11 like the NHS number. */
export function chiNumber(r: Rng, dob: { d: number; m: number; y: number }): string {
  return onlyDigits(nhsNumber(r, pad(dob.d, 2) + pad(dob.m, 2) + pad(dob.y % 100, 2)));
}

/** National Insurance number: two prefix letters (not D F I Q U V; second not O), six digits, suffix A-D. */
export function niNumber(r: Rng): string {
  const first = r.letters(1, "ABCEGHJKLMNPRSTWXYZ");
  let second = r.letters(1, "ABCEGHJKLMNPRSTWXYZ");
  while (["BG", "GB", "NK", "KN", "TN", "NT", "ZZ"].includes(first + second)) second = r.letters(1, "ABCEHJKLMPRSTWXY");
  return `${first}${second} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.letters(1, "ABCD")}`;
}

// --- Ireland --------------------------------------------------------------------------------

/** PPSN: seven digits, a mod-23 check letter, optionally a second letter (A, B, H, W). */
export function ppsn(r: Rng, second?: "A" | "B" | "H" | "W"): string {
  const body = r.digits(7);
  const w = [8, 7, 6, 5, 4, 3, 2];
  let sum = 0;
  for (let i = 0; i < 7; i++) sum += Number(body[i]) * (w[i] ?? 0);
  if (second && second !== "W") sum += (second.charCodeAt(0) - 64) * 9;
  const rem = sum % 23;
  const letter = rem === 0 ? "W" : String.fromCharCode(64 + rem);
  return body + letter + (second ?? "");
}

// --- India ----------------------------------------------------------------------------------

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
const vget = (t: number[][], a: number, b: number): number => (t[a] as number[])[b] as number;

export function verhoeffValid(num: string): boolean {
  const d = onlyDigits(num);
  let c = 0;
  for (let i = 0; i < d.length; i++) c = vget(VD, c, vget(VP, i % 8, Number(d[d.length - 1 - i])));
  return c === 0;
}
function verhoeffDigit(body: string): number {
  let c = 0;
  for (let i = 0; i < body.length; i++) c = vget(VD, c, vget(VP, (i + 1) % 8, Number(body[body.length - 1 - i])));
  return VINV[c] as number;
}
/** Aadhaar: 12 digits, first 2-9, Verhoeff check digit, printed 4-4-4. */
export function aadhaar(r: Rng, sep = " "): string {
  const body = String(r.int(2, 9)) + r.digits(10);
  const d = body + String(verhoeffDigit(body));
  return [d.slice(0, 4), d.slice(4, 8), d.slice(8)].join(sep);
}
/** PAN: 5 letters (4th = P for a person, 5th = surname initial), 4 digits, 1 letter. */
export function pan(r: Rng, surname: string): string {
  const initial = (surname.replace(/[^A-Za-z]/g, "").charAt(0) || "K").toUpperCase();
  return `${r.letters(3, "ABCDEFGHJKLMNPQRSTUVWXYZ")}P${initial}${r.digits(4)}${r.letters(1, "ABCDEFGHJKLMNPQRSTUVWXYZ")}`;
}
/** ABHA number: 14 digits printed 2-4-4-4. */
export function abha(r: Rng): string {
  return `91-${r.digits(4)}-${r.digits(4)}-${r.digits(4)}`;
}

// --- Brazil ---------------------------------------------------------------------------------

export function cpf(r: Rng, formatted = true): string {
  const d = r.digits(9).split("").map(Number);
  if (d.every((x) => x === d[0])) d[0] = ((d[0] ?? 0) + 1) % 10;
  for (const len of [9, 10]) {
    let sum = 0;
    for (let i = 0; i < len; i++) sum += (d[i] ?? 0) * (len + 1 - i);
    let c = (sum * 10) % 11;
    if (c === 10) c = 0;
    d.push(c);
  }
  const s = d.join("");
  return formatted ? `${s.slice(0, 3)}.${s.slice(3, 6)}.${s.slice(6, 9)}-${s.slice(9)}` : s;
}
export function cpfValid(s: string): boolean {
  const d = onlyDigits(s).split("").map(Number);
  if (d.length !== 11) return false;
  for (const len of [9, 10]) {
    let sum = 0;
    for (let i = 0; i < len; i++) sum += (d[i] ?? 0) * (len + 1 - i);
    let c = (sum * 10) % 11;
    if (c === 10) c = 0;
    if (c !== d[len]) return false;
  }
  return true;
}
/** Cartão Nacional de Saúde (provisional, starts 7-9): weighted sum 15..1 divisible by 11. */
export function cns(r: Rng): string {
  for (;;) {
    const body = String(r.int(7, 9)) + r.digits(13);
    let sum = 0;
    for (let i = 0; i < 14; i++) sum += Number(body[i]) * (15 - i);
    const last = (11 - (sum % 11)) % 11;
    if (last > 9) continue;
    const d = body + String(last);
    return `${d.slice(0, 3)} ${d.slice(3, 7)} ${d.slice(7, 11)} ${d.slice(11)}`;
  }
}
export function cnsValid(s: string): boolean {
  const d = onlyDigits(s);
  if (d.length !== 15) return false;
  let sum = 0;
  for (let i = 0; i < 15; i++) sum += Number(d[i]) * (15 - i);
  return sum % 11 === 0;
}
/** São Paulo RG: 8 digits + mod-11 check (X for 10). */
export function rgSp(r: Rng): string {
  const b = r.digits(8);
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(b[i]) * (i + 2);
  const rem = sum % 11;
  const c = rem === 10 ? "X" : String(rem);
  return `${b.slice(0, 2)}.${b.slice(2, 5)}.${b.slice(5)}-${c}`;
}

// --- Canada ---------------------------------------------------------------------------------

/** SIN: 9 digits, Luhn; first digit 1-7 (9 = temporary resident). */
export function sin(r: Rng, sep = " "): string {
  const d = withLuhn(String(r.pick([1, 2, 3, 4, 5, 6, 7, 9])) + r.digits(7));
  return [d.slice(0, 3), d.slice(3, 6), d.slice(6)].join(sep);
}
/** Ontario health card: 10 digits, Luhn, plus a two-letter version code. */
export function ohip(r: Rng, sep = "-"): string {
  const d = withLuhn(String(r.int(1, 9)) + r.digits(8));
  return `${d.slice(0, 4)}${sep}${d.slice(4, 7)}${sep}${d.slice(7)}${sep === "" ? "" : sep}${r.letters(2, "ABCDEFGHJKLMNPRSTVWXYZ")}`;
}
/** BC Personal Health Number: 10 digits starting 9, mod 11 over digits 2-9. */
export function bcPhn(r: Rng): string {
  const w = [2, 4, 8, 5, 10, 9, 7, 3];
  for (;;) {
    const body = "9" + r.digits(8);
    let sum = 0;
    for (let i = 0; i < 8; i++) sum += (Number(body[i + 1]) * (w[i] ?? 0)) % 11;
    const c = 11 - (sum % 11);
    if (c > 9) continue;
    const d = body + String(c);
    return `${d.slice(0, 4)} ${d.slice(4, 7)} ${d.slice(7)}`;
  }
}
/** Quebec RAMQ: 3 letters of the surname, first letter of the given name, yy, mm (+50 female), dd, 2 digits. */
export function ramq(r: Rng, surname: string, given: string, dob: { d: number; m: number; y: number }, female: boolean): string {
  const s = surname.normalize("NFD").replace(/[^A-Za-z]/g, "").toUpperCase().padEnd(3, "X").slice(0, 3);
  const g = given.normalize("NFD").replace(/[^A-Za-z]/g, "").toUpperCase().charAt(0) || "X";
  return `${s}${g} ${pad(dob.y % 100, 2)}${pad(dob.m + (female ? 50 : 0), 2)} ${pad(dob.d, 2)}${r.digits(2)}`;
}

// --- Australia / New Zealand ----------------------------------------------------------------

/** Medicare card: 8 digits (first 2-6) + weighted check + issue number; IRN printed apart. */
export function auMedicare(r: Rng): { number: string; irn: number } {
  const b = String(r.int(2, 6)) + r.digits(7);
  const w = [1, 3, 7, 9, 1, 3, 7, 9];
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(b[i]) * (w[i] ?? 0);
  const d = b + String(sum % 10) + String(r.int(1, 5));
  return { number: `${d.slice(0, 4)} ${d.slice(4, 9)} ${d.slice(9)}`, irn: r.int(1, 5) };
}
export function auMedicareValid(s: string): boolean {
  const d = onlyDigits(s);
  if (d.length < 10) return false;
  const w = [1, 3, 7, 9, 1, 3, 7, 9];
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(d[i]) * (w[i] ?? 0);
  return sum % 10 === Number(d[8]);
}
/** Individual Healthcare Identifier: 16 digits, 800360 prefix, Luhn. */
export function ihi(r: Rng): string {
  const d = withLuhn("800360" + r.digits(9));
  return `${d.slice(0, 4)} ${d.slice(4, 8)} ${d.slice(8, 12)} ${d.slice(12)}`;
}
/** Tax file number: 9 digits, weights 1 4 3 7 5 8 6 9 10, sum divisible by 11. */
export function tfn(r: Rng): string {
  const w = [1, 4, 3, 7, 5, 8, 6, 9, 10];
  for (;;) {
    const b = r.digits(8);
    let sum = 0;
    for (let i = 0; i < 8; i++) sum += Number(b[i]) * (w[i] ?? 0);
    for (let c = 0; c <= 9; c++) {
      if ((sum + c * 10) % 11 === 0) {
        const d = b + String(c);
        return `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`;
      }
    }
  }
}
/** NZ NHI (AAANNNC): letters without I and O, weights 7..2, mod-11 check digit. */
export function nzNhi(r: Rng): string {
  const alpha = "ABCDEFGHJKLMNPQRSTUVWXYZ";
  for (;;) {
    const letters = r.letters(3, alpha);
    const nums = r.digits(3);
    const vals = [...letters].map((c) => alpha.indexOf(c) + 1).concat([...nums].map(Number));
    let sum = 0;
    for (let i = 0; i < 6; i++) sum += (vals[i] ?? 0) * (7 - i);
    const rem = sum % 11;
    if (rem === 0) continue;
    let check = 11 - rem;
    if (check === 10) check = 0;
    return letters + nums + String(check);
  }
}
/** DVA file number: state letter, war code, digits. */
export function dvaFile(r: Rng): string {
  return `${r.pick(["N", "V", "Q", "W", "S", "T"])}${r.pick(["X", "", "SM", "SS"])}${r.digits(r.pick([5, 6]))}`;
}

// --- France ---------------------------------------------------------------------------------

/** NIR (numéro de sécurité sociale): 13 digits + key 97 - (n mod 97). */
export function nir(r: Rng, female: boolean, dob: { m: number; y: number }, dept?: string): string {
  const d = dept ?? pad(r.pick([1, 6, 13, 31, 33, 34, 35, 38, 44, 59, 67, 69, 75, 92, 93, 94]), 2);
  const body = `${female ? 2 : 1}${pad(dob.y % 100, 2)}${pad(dob.m, 2)}${d}${pad(r.int(1, 400), 3)}${pad(r.int(1, 999), 3)}`;
  const key = 97 - Number(BigInt(body) % 97n);
  return `${body[0]} ${body.slice(1, 3)} ${body.slice(3, 5)} ${body.slice(5, 7)} ${body.slice(7, 10)} ${body.slice(10, 13)} ${pad(key, 2)}`;
}
export function nirValid(s: string): boolean {
  const d = onlyDigits(s);
  if (d.length !== 15) return false;
  return 97 - Number(BigInt(d.slice(0, 13)) % 97n) === Number(d.slice(13));
}

// --- Germany --------------------------------------------------------------------------------

const crossSum = (n: number): number => (n > 9 ? Math.floor(n / 10) + (n % 10) : n);

/** Krankenversichertennummer: letter + 8 digits + check (letter as 01-26, weights 1 2 1 2 ...). */
export function kvnr(r: Rng): string {
  const letter = r.letters(1, "ABCDEFGHIJKLMNOPQRSTUVWXYZ");
  const nums = String(r.int(1, 9)) + r.digits(7);
  const all = pad(letter.charCodeAt(0) - 64, 2) + nums;
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += crossSum(Number(all[i]) * (i % 2 === 0 ? 1 : 2));
  return letter + nums + String(sum % 10);
}
export function kvnrValid(s: string): boolean {
  if (!/^[A-Z]\d{9}$/.test(s)) return false;
  const all = pad(s.charCodeAt(0) - 64, 2) + s.slice(1, 9);
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += crossSum(Number(all[i]) * (i % 2 === 0 ? 1 : 2));
  return sum % 10 === Number(s[9]);
}
/** Rentenversicherungsnummer: area, ddmmyy, birth-name initial, serial, check (weights 2 1 2 5 7 1 2 1 2 1 2 1). */
export function rvnr(r: Rng, dob: { d: number; m: number; y: number }, birthName: string, female: boolean): string {
  const area = pad(r.pick([4, 12, 13, 15, 17, 18, 23, 24, 25, 26, 28, 38, 42, 53, 65]), 2);
  const date = pad(dob.d, 2) + pad(dob.m, 2) + pad(dob.y % 100, 2);
  const letter = (birthName.normalize("NFD").replace(/[^A-Za-z]/g, "").charAt(0) || "M").toUpperCase();
  const serial = pad(female ? r.int(50, 99) : r.int(0, 49), 2);
  const all = area + date + pad(letter.charCodeAt(0) - 64, 2) + serial;
  const w = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1];
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += crossSum(Number(all[i]) * (w[i] ?? 0));
  return `${area} ${date} ${letter} ${serial}${sum % 10}`;
}

// --- Spain / Latin America ------------------------------------------------------------------

const DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE";
export function dni(r: Rng, sep = ""): string {
  const n = r.int(10_000_000, 79_999_999);
  return `${n}${sep}${DNI_LETTERS.charAt(n % 23)}`;
}
export function nie(r: Rng): string {
  const prefix = r.pick(["X", "Y", "Z"]);
  const body = r.digits(7);
  const n = Number(String("XYZ".indexOf(prefix)) + body);
  return `${prefix}${body}${DNI_LETTERS.charAt(n % 23)}`;
}
export function dniValid(s: string): boolean {
  const m = /^([XYZ]?)(\d{7,8})-?([A-Z])$/.exec(s);
  if (!m) return false;
  const n = Number((m[1] ? String("XYZ".indexOf(m[1])) : "") + m[2]);
  return DNI_LETTERS.charAt(n % 23) === m[3];
}
/** Número de la Seguridad Social: province (2) + number (8) + control (number mod 97). */
export function nuss(r: Rng): string {
  const prov = pad(r.pick([8, 28, 41, 46, 29, 48, 15, 18, 30, 35]), 2);
  const num = String(r.int(10_000_000, 99_999_999));
  const control = Number(BigInt(prov + num) % 97n);
  return `${prov} ${num} ${pad(control, 2)}`;
}
/** Chile RUT: body + mod-11 check (K for 10). */
export function rut(r: Rng): string {
  const n = r.int(6_000_000, 24_999_999);
  const s = String(n);
  let sum = 0;
  let m = 2;
  for (let i = s.length - 1; i >= 0; i--) {
    sum += Number(s[i]) * m;
    m = m === 7 ? 2 : m + 1;
  }
  const v = 11 - (sum % 11);
  const c = v === 11 ? "0" : v === 10 ? "K" : String(v);
  return `${s.slice(0, -6)}.${s.slice(-6, -3)}.${s.slice(-3)}-${c}`;
}
/** CURP: name letters, yymmdd, sex, state, inner consonants, homoclave, check digit. */
export function curp(r: Rng, p: { paterno: string; materno: string; nombre: string; dob: { d: number; m: number; y: number }; female: boolean; state: string }): string {
  const clean = (s: string): string => s.normalize("NFD").replace(/[^A-Za-z]/g, "").toUpperCase() || "X";
  const pa = clean(p.paterno);
  const ma = clean(p.materno);
  const no = clean(p.nombre);
  const vowel = pa.slice(1).match(/[AEIOU]/)?.[0] ?? "X";
  const cons = (s: string): string => s.slice(1).match(/[B-DF-HJ-NP-TV-Z]/)?.[0] ?? "X";
  const body =
    pa.charAt(0) + vowel + ma.charAt(0) + no.charAt(0) +
    pad(p.dob.y % 100, 2) + pad(p.dob.m, 2) + pad(p.dob.d, 2) + (p.female ? "M" : "H") + p.state +
    cons(pa) + cons(ma) + cons(no) + (p.dob.y < 2000 ? String(r.int(0, 9)) : r.letters(1, "ABCDEFGH"));
  const chars = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ";
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += chars.indexOf(body.charAt(i)) * (18 - i);
  return body + String((10 - (sum % 10)) % 10);
}
/** IMSS número de seguridad social: 10 digits + Luhn. */
export function imssNss(r: Rng): string {
  return withLuhn(r.digits(2) + pad(r.int(60, 99), 2) + pad(r.int(40, 99), 2) + r.digits(4));
}

// --- Africa ---------------------------------------------------------------------------------

/** South African ID: yymmdd, gender (0-4999 F, 5000-9999 M), citizenship, 8, Luhn. */
export function zaId(r: Rng, dob: { d: number; m: number; y: number }, female: boolean): string {
  const g = female ? r.int(0, 4999) : r.int(5000, 9999);
  return withLuhn(pad(dob.y % 100, 2) + pad(dob.m, 2) + pad(dob.d, 2) + pad(g, 4) + "08");
}
/** Nigerian NIN: 11 digits (no public check algorithm). */
export function nigeriaNin(r: Rng): string {
  return String(r.int(1, 9)) + r.digits(10);
}

// --- East Asia ------------------------------------------------------------------------------

/** Korean resident registration number: yymmdd-SNNNNNC, weights 2..9,2..5, (11 - sum mod 11) mod 10. */
export function krRrn(r: Rng, dob: { d: number; m: number; y: number }, female: boolean): string {
  const s = dob.y >= 2000 ? (female ? 4 : 3) : female ? 2 : 1;
  const body = pad(dob.y % 100, 2) + pad(dob.m, 2) + pad(dob.d, 2) + String(s) + r.digits(5);
  const w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(body[i]) * (w[i] ?? 0);
  return `${body.slice(0, 6)}-${body.slice(6)}${(11 - (sum % 11)) % 10}`;
}
/** Japanese My Number: 11 digits + check. */
export function myNumber(r: Rng): string {
  const body = r.digits(11);
  let sum = 0;
  for (let n = 1; n <= 11; n++) sum += Number(body[11 - n]) * (n <= 6 ? n + 1 : n - 5);
  const rem = sum % 11;
  const d = body + String(rem <= 1 ? 0 : 11 - rem);
  return `${d.slice(0, 4)} ${d.slice(4, 8)} ${d.slice(8)}`;
}
/** Chinese resident identity number: area (6), yyyymmdd, sequence (odd = male), ISO 7064 MOD 11-2. */
export function cnId(r: Rng, area: string, dob: { d: number; m: number; y: number }, female: boolean): string {
  let seq = r.int(0, 99) * 10 + (female ? r.pick([0, 2, 4, 6, 8]) : r.pick([1, 3, 5, 7, 9]));
  seq = seq % 1000;
  const body = area + String(dob.y) + pad(dob.m, 2) + pad(dob.d, 2) + pad(seq, 3);
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(body[i]) * (w[i] ?? 0);
  return body + "10X98765432".charAt(sum % 11);
}

// --- United States --------------------------------------------------------------------------

/** SSN shape: area 001-899 except 666, group 01-99, serial 0001-9999. */
export function ssn(r: Rng, sep = "-"): string {
  let area = r.int(1, 899);
  if (area === 666) area = 667;
  return `${pad(area, 3)}${sep}${pad(r.int(1, 99), 2)}${sep}${pad(r.int(1, 9999), 4)}`;
}
/** Medicare Beneficiary Identifier: C A AN N A AN N A A N N (no S L O I B Z). */
export function mbi(r: Rng, sep = "-"): string {
  const a = "ACDEFGHJKMNPQRTUVWXY";
  const an = a + "0123456789";
  const c = (): string => String(r.int(1, 9));
  const n = (): string => String(r.int(0, 9));
  return `${c()}${r.letters(1, a)}${r.letters(1, an)}${n()}${sep}${r.letters(1, a)}${r.letters(1, an)}${n()}${sep}${r.letters(2, a)}${n()}${n()}`;
}
/** Medi-Cal BIC id: CIN (8 digits + letter), a digit, issue date yddd. Built to shape. */
export function mediCalBic(r: Rng): string {
  return `9${r.digits(7)}${r.letters(1, "ABCDEFGHJKLMNPQRSTUVWXYZ")}${r.digits(1)}${r.int(1, 9)}${pad(r.int(1, 365), 3)}`;
}
/** Credit card number with a valid Luhn digit, printed in groups of four. */
export function cardNumber(r: Rng, prefix: string): string {
  const d = withLuhn(prefix + r.digits(15 - prefix.length));
  return d.replace(/(\d{4})(?=\d)/g, "$1 ");
}
/** VIN with the North American check digit at position 9. */
export function vin(r: Rng, wmi: string): string {
  const chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789";
  const body = (wmi + Array.from({ length: 14 }, () => chars.charAt(r.int(0, chars.length - 1))).join("")).slice(0, 17).split("");
  body[9] = r.pick(["E", "F", "G", "H", "J", "K", "L", "M", "N"]);
  const translit = (c: string): number => {
    if (/\d/.test(c)) return Number(c);
    const map: Record<string, number> = { A: 1, B: 2, C: 3, D: 4, E: 5, F: 6, G: 7, H: 8, J: 1, K: 2, L: 3, M: 4, N: 5, P: 7, R: 9, S: 2, T: 3, U: 4, V: 5, W: 6, X: 7, Y: 8, Z: 9 };
    return map[c] ?? 0;
  };
  const w = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];
  let sum = 0;
  for (let i = 0; i < 17; i++) if (i !== 8) sum += translit(body[i] ?? "0") * (w[i] ?? 0);
  const c = sum % 11;
  body[8] = c === 10 ? "X" : String(c);
  return body.join("");
}
/** NPI: 10 digits, Luhn over the 80840 prefix + 9 digits. */
export function npi(r: Rng): string {
  const body = String(r.pick([1, 2])) + r.digits(8);
  for (let c = 0; c <= 9; c++) if (luhnValid("80840" + body + String(c))) return body + String(c);
  throw new Error("unreachable");
}
/** DEA registration: 2 letters + 6 digits + check ((d1+d3+d5) + 2(d2+d4+d6)) mod 10. */
export function dea(r: Rng, surname: string): string {
  const d = r.digits(6);
  const n = d.split("").map(Number);
  const c = ((n[0] ?? 0) + (n[2] ?? 0) + (n[4] ?? 0) + 2 * ((n[1] ?? 0) + (n[3] ?? 0) + (n[5] ?? 0))) % 10;
  const initial = (surname.replace(/[^A-Za-z]/g, "").charAt(0) || "M").toUpperCase();
  return `${r.pick(["A", "B", "F", "M"])}${initial}${d}${c}`;
}
/** IBAN with valid mod-97 check digits. */
export function iban(country: string, bban: string): string {
  const rearranged = bban + country + "00";
  const numeric = rearranged.replace(/[A-Z]/g, (ch) => String(ch.charCodeAt(0) - 55));
  const check = 98 - Number(BigInt(numeric) % 97n);
  const s = country + pad(check, 2) + bban;
  return s.replace(/(.{4})(?=.)/g, "$1 ");
}

/** UK driving licence number from surname, DOB, sex and initials. */
export function ukLicence(r: Rng, surname: string, given: string, dob: { d: number; m: number; y: number }, female: boolean): string {
  const s = surname.replace(/^(Mac|Mc)/i, "MC").replace(/[^A-Za-z]/g, "").toUpperCase().padEnd(5, "9").slice(0, 5);
  const y = pad(dob.y % 100, 2);
  const m = pad(dob.m + (female ? 50 : 0), 2);
  const init = (given.replace(/[^A-Za-z]/g, "").charAt(0).toUpperCase() || "9") + "9";
  return `${s}${y[0]}${m}${pad(dob.d, 2)}${y[1]}${init}${r.int(0, 9)}${r.letters(2, "ABCDEFGHJKLMNPRSTUVWXY")}`;
}

export function selfTest(): void {
  const ok = (cond: boolean, what: string): void => {
    if (!cond) throw new Error(`check-digit self test failed: ${what}`);
  };
  ok(nhsValid("943 476 5919"), "NHS known-good");
  ok(verhoeffValid("2363"), "Verhoeff known-good");
  ok(cpfValid("529.982.247-25"), "CPF known-good");
  ok(luhnValid("046 454 286"), "SIN known-good");
  ok(kvnrValid("A123456780"), "KVNR known-good");
  ok(dniValid("12345678Z"), "DNI known-good");
  ok(auMedicareValid("2123 45670 1"), "Medicare AU known-good");
  const r = new Rng(7);
  for (let i = 0; i < 200; i++) {
    ok(nhsValid(nhsNumber(r)), "NHS generated");
    ok(verhoeffValid(aadhaar(r)), "Aadhaar generated");
    ok(cpfValid(cpf(r)), "CPF generated");
    ok(cnsValid(cns(r)), "CNS generated");
    ok(luhnValid(sin(r)), "SIN generated");
    ok(kvnrValid(kvnr(r)), "KVNR generated");
    ok(dniValid(dni(r)) && dniValid(nie(r)), "DNI/NIE generated");
    ok(auMedicareValid(auMedicare(r).number), "Medicare AU generated");
    ok(nirValid(nir(r, i % 2 === 0, { m: 5, y: 1961 })), "NIR generated");
    ok(luhnValid(zaId(r, { d: 3, m: 4, y: 1979 }, i % 2 === 0)), "ZA id generated");
  }
}
