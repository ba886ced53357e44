/**
 * Month names of the languages clinicians post in beyond French, German, Spanish, Portuguese,
 * Italian and Dutch (which dates.ts lists itself), as one regex source to join that list: a day
 * and one of these ("17 Agustus", "19 Mayıs", "3 lipca", "14. tammikuuta", "3 Ramadan") is a date.
 * Only spellings that differ from the English month are here, so that English dates keep their
 * own, cue-based rules. Read case-insensitively; the caller adds the word boundaries.
 *
 * Indonesian/Malay, Swahili, Tagalog, Turkish, Polish (genitive and nominative), Scandinavian,
 * Finnish, the Hijri months (Arabic, Urdu, Malay, Turkish spellings) and the Hebrew months
 * ("Nisan" is also Turkish April; "Av" is left out as too short).
 */
export const MORE_MONTHS =
  "(?:maret|agustus|augusti|ogos|d[ei]sember|marts|maj|machi|aprili|julai|agosti|septemba|oktoba|novemba|desemba|pebrero|marso|hunyo|hulyo|setyembre|oktubre|nobyembre|disyembre|ocak|[şs]ubat|mart|nisan|may[ıi]s|haziran|temmuz|a[ğg]ustos|eyl[üu]l|ekim|kas[ıi]m|aral[ıi]k|stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|wrze[śs]nia|pa[źz]dziernika|listopada|grudnia|stycze[ńn]|luty|marzec|kwiecie[ńn]|czerwiec|lipiec|sierpie[ńn]|wrzesie[ńn]|pa[źz]dziernik|listopad|grudzie[ńn]|(?:tammi|helmi|maalis|huhti|touko|kes[äa]|hein[äa]|elo|syys|loka|marras|joulu)kuuta?|muharram|safar|rabi(?:[ʿ'‘’]|\\s|-)?(?:(?:al|ul|us)[\\s-]?)?(?:awwal|thani|akhir|[I]{1,2})|jumad[ae]?[\\s-]?(?:(?:al|ul)[\\s-]?)?(?:ula|awwal|akhirah?|thani|ukhra|[I]{1,2})|rajab|sha[ʿ'‘’]?ban|ramad[h]?an|ramazan|shawwal|(?:dhu|zu)[\\s-]?(?:al|l)?[\\s-]?(?:qa[ʿ'‘’]?dah?|hijjah?)|tishrei|c?heshvan|kislev|tevet|shevat|adar|iyar|sivan|tammuz|elul)";
