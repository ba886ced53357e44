import { scanForPhi } from "/work/main/src/server/privacy/index";
const samples = process.argv.slice(2).length ? process.argv.slice(2) : [
"Her mobile is 06 12 34 56 78.", "Call the son on +33 1 42 68 53 00.", "Daughter's mobile 0412 345 678.", "Home (02) 9876 5432.",
"Wife's cell (11) 98765-4321.", "Son: +91 98765 43210", "Landline 022-24567890.", "Mrs O'Malley, mobile 07700 900461, rang.",
"His number is 020 7946 0123.", "Tochter 0151 23456789", "Tel. +49 30 1234567", "Brother +234 803 123 4567", "Call his mother on 082 555 1234.",
"Irish mobile 087 123 4567", "Spanish mobile 612 345 678", "Chinese mobile 138 0013 8000", "Daughter's keitai 090-1234-5678", "Tel 03-1234-5678",
"Mobile 0803 123 4567", "platelets 150000", "Hb 12.3, WBC 11 000, plt 150 000", "Seen 03.12.2023 10:30 in clinic", "Samaritans 116 123", "NHS 111 or call 0800 123 4567",
"Lifeline 13 11 14", "Call 1800 123 456", "His number is 0491 570 156.", "Fax: 01 23 45 67 89", "Ref 0123 4567 89", "Tel 480-555-0114, fax 480-555-0115",
"Pt's phone 9123 4567", "Lot 0123 4567", "Mob: 0417 123 456", "M: 0417 123 456", "Telefon 030/1234567", "contact: 912 34 567", "WBC 4.5-11.0 x10^9/L", "ICD I21.4", "CURB-65 score 3",
"Dose 2 x 500 mg 3 times", "BP 150/90 HR 88 RR 18", "Pt was 0.5 1.5 2.5 3.5", "Levels 120 140 160 180 200", "Reading 12 34 56 78 90 mmHg", "+1 773 555 0102", "(916) 555-0191   Fax: (916) 555-0192",
];
for (const t of samples) {
  const f = scanForPhi(t).map((x) => `${x.level}:${x.category}:${JSON.stringify(t.slice(x.start, x.end))}`);
  console.log(JSON.stringify(t).padEnd(60), f.join(" | "));
}
