/**
 * A day and month in figures tied to a weekday or a day word: "Sat 2/8", "Tues 14/3", "ngày 9/9",
 * "am Mo. 3.4.". A weekday before figures makes them a calendar date, not a score ("9/10") or a
 * ratio; Safe Harbor counts every element of a date but the year.
 */
import type { Detector, RawFinding, ScanContext } from "../types";

const WEEKDAY_THEN_DAY_MONTH =
  /(?<![\p{L}\d])(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?|lun|mar|mer|jeu|ven|sam|dim|lunes|martes|miércoles|jueves|viernes|sábado|domingo|segunda|terça|quarta|quinta|sexta|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|ngày)\.?,?[ \t](\d{1,2}[/.]\d{1,2}(?:[/.](?:\d{4}|\d{2}))?)(?![\d/.]\d)/giu;

export const detectWeekdayNumericDates: Detector = (ctx: ScanContext) => {
  const out: RawFinding[] = [];
  WEEKDAY_THEN_DAY_MONTH.lastIndex = 0;
  for (const m of ctx.text.matchAll(WEEKDAY_THEN_DAY_MONTH)) {
    const value = m[1] ?? "";
    const [a = 0, b = 0] = value.split(/[/.]/).map(Number);
    // One part must be a month; neither may be zero.
    if (a < 1 || b < 1 || a > 31 || b > 31 || (a > 12 && b > 12)) continue;
    const start = m.index + m[0].length - value.length;
    out.push({ category: "date", start: m.index, end: start + value.length, level: "block", priority: 70 });
  }
  return out;
};
