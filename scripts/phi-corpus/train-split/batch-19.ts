/**
 * Batch 19: a physician community forum as a whole — new case threads with structured fields, replies
 * quoting others, polls with context, curbside one-liners, night-shift vents, admin/billing questions and
 * teaching pearls — written by hand for Ireland, Scotland, Wales, Canada (incl. Québec), Australia, New
 * Zealand, Singapore, Malaysia, Hong Kong, India, Pakistan, Nigeria, Ghana, South Africa, Egypt, Israel,
 * Turkey, Greece, Italy, Spain, Portugal, Argentina, Chile, Peru, Mexico, Brazil and several US states.
 * Identifiers follow how often physicians really leak them (names and places most, then dates, ages
 * over 89, phones, record numbers, national and insurance numbers, e-mails, a few plates, serials,
 * personal URLs, IPs and licences). Settings without a corpus country code are filed under the nearest
 * one and named in `note`: Singapore, Malaysia (Chinese names) and Hong Kong under CN, Malaysia (Malay
 * names) and Pakistan under IN, Ghana under NG, Egypt, Italy and Greece under FR, Turkey under DE,
 * Israel under US, Portugal under BR, Peru under CO. Values without a helper in check-digits.ts
 * (NRIC, T.C. Kimlik, Teudat Zehut, AMKA, codice fiscale) were computed once with their published check
 * algorithms and written in as literals; the rest of the literal numbers are built to their documented shape.
 */
import type { Batch, Ctx, Negative, Template } from "./markup";
import { $ } from "./markup";
import * as K from "./check-digits";
import type { Country } from "./locales";

/** One hand-written post for one country; the note, when given, names the real setting. */
const t = (key: string, country: Country, make: (x: Ctx) => string, note?: string): Template => ({
  key,
  countries: [country],
  make: (x) => (note ? { text: make(x), note } : make(x)),
});
const n = (key: string, country: Country, text: string, note?: string): Negative =>
  note ? { key, country, text, note } : { key, country, text };

const positives: Template[] = [
  // ---------------------------------------------------------------- Ireland
  t("b19-ie-case-derm", "IE", () => `**New case – derm/rheum crossover, thoughts welcome**
**Age/sex:** 52F
**Setting:** GP, west of Ireland
**Hx:** 8/12 photosensitive rash over the knuckles and V of the neck, dysphagia to solids, proximal weakness (can't get up off the low chair at the mart)
**Ix:** CK 2,140, ANA 1:640 speckled, anti-TIF1γ pending
**Q:** how hard do I push for a malignancy screen before the rheum appt comes through? Wait list is 40 weeks.

Edit: mods please blur the photo, I forgot her name was on the lab slip in the corner (${$.name("Bríd Ní Fhlannagáin")}, ${$.addr("Kiltimagh")}) — sorry, long day.`),
  t("b19-ie-vent", "IE", () => `4am and I need to vent somewhere that isn't the nurses' station.

Lovely old man, ${$.age("94")}, brought in by his son from ${$.addr("Macroom")} because he "wasn't himself". Turns out he'd been on the kitchen floor since teatime. CK through the roof, AKI, pressure area on the hip, the lot. The son (${$.name("Donal")}) kept apologising to ME for the wait like it was his fault. 38 on trolleys tonight. I put his dad on a trolley in the corridor beside the vending machine because it was the only spot with a socket for the pump.

This is not medicine. Anyway. Fluids running, he's eating toast, nobody died. Home at 8 to sleep till the next one.`),
  t("b19-ie-billing", "IE", (x) => `PCRS question for the GPs — STC claim for a suture keeps bouncing with "eligibility not found". Patient definitely has a medical card, renewed this year. I entered PPSN ${$.ssn(K.ppsn(x.r, "W"))} exactly as it is on the card. Is the W at the end the problem? Phoned the PCRS line, 40 min on hold, then cut off. Any tips appreciated.`),
  t("b19-ie-reply", "IE", () => `> **drfergal** wrote: anyone else seeing a run of Lyme in the south-west this summer? had 3 erythema migrans in a fortnight

Yep. Had a woman in on the ${$.date("14th of July")}, tick bite hillwalking, classic EM about 9cm, doxy 14 days. Funny thing, she's a neighbour of mine so she has my mobile — texted me a photo of the rash from ${$.phone("087 219 4460")} at 11pm on a Sunday. Boundaries, lads.`),

  // ---------------------------------------------------------------- Scotland (UK)
  t("b19-sco-referral", "UK", (x) => `Sharing a referral I wrote for the "how do you write to surgeons" thread — patient gave consent but I've left more in than I should, mods feel free to trim:

Dear Mr Hendry,
Re: Mrs ${$.name("Morag Sinclair-Beaton")}, DOB ${$.date("03/11/1947")}, CHI ${$.plan(K.chiNumber(x.r, { d: 3, m: 11, y: 1947 }))}
${$.addr("14 Lochside Crescent, Dingwall IV15 9QS")}

Thank you for seeing this retired primary teacher with a 6-month history of post-prandial RUQ pain, two episodes of rigors and an ALP of 412. USS: dilated CBD 11mm, ?stone at the ampulla. I'd be grateful for your view on ERCP vs. MRCP first.
Yours sincerely`, "Scotland (Highland); CHI number filed as health_plan."),
  t("b19-sco-poll", "UK", () => `**POLL: DOAC or not?**
Context: ${$.age("91")}-year-old retired trawlerman, lives alone in a croft outside ${$.addr("Ullapool")}, new AF on a pulse check, CHA2DS2-VASc 4, HAS-BLED 3, two falls this winter (one onto the peat stack). Daughter in ${$.addr("Inverness")} visits monthly. Mini-Cog 4/5, eGFR 48, weight 61kg.

- Apixaban 2.5 bd
- Apixaban 5 bd (he only meets 1 of 3 reduction criteria)
- Nothing, shared decision documented
- Refer for LAAO (ha)`, "Scotland (Highland)."),
  t("b19-sco-voice", "UK", () => `dictated in the car on the way back from a house call so excuse the mess visited mrs ${$.name("isla drummond")} at home in ${$.addr("kirkcaldy")} this afternoon she is ${$.age("ninety two")} new confusion since tuesday urine dip positive nitrites and leucocytes no fever daughter ${$.name("fiona")} on ${$.phone("oh seven seven two three four one eight oh nine six")} wants a call back about respite question is would you treat on the dip alone at that age or send an msu first`, "Scotland (Fife); voice-to-text."),

  // ---------------------------------------------------------------- Wales (UK)
  t("b19-wal-welsh", "UK", (x) => `Bore da pawb. GP in north Wales here. Odd one: Mr ${$.name("Dafydd ap Rhys")}, 58, sheep farmer from ${$.addr("Llanrwst")}, painless jaundice since ${$.date("early March")}, 8kg weight loss, palpable gallbladder (Courvoisier, textbook). CT booked but the 2WW referral got bounced for "incomplete demographics" even though NHS no. ${$.plan(K.nhsNumber(x.r))} was right there on page one. Anyone know who to ring at the HB to unstick these? Diolch yn fawr.`, "Wales."),
  t("b19-wal-pearl", "UK", () => `Teaching pearl 🧠 — give the PCC BEFORE the CT finishes if you're worried. Learned this the hard way with Mrs ${$.name("Eirlys Bowen")} last winter (${$.age("97")}, warfarin for a metal MVR, fell off her back step). INR 4.1, small SDH that became a not-small SDH in the 50 minutes it took to find the Octaplex. It now lives in our resus fridge. Don't wait for the report.`, "Wales."),
  t("b19-wal-file", "UK", () => `How do I get PACS images into the uploader here? It keeps saying "unsupported type" for ${$.oid("Price_Gwenllian_MRI_Lspine_2024-05-02.pdf")} — I want opinions on the L4/5 appearance before I refer to spinal. Should I just screenshot the key slices?`, "Wales; file name holding a name filed as other_id."),

  // ---------------------------------------------------------------- Canada (incl. Québec)
  t("b19-ca-qc-geri", "CA", (x) => `Allô, question de gériatrie. Patiente de ${$.age("93")} ans, Mme ${$.name("Thérèse Gagnon-Lapointe")}, vit seule à ${$.addr("Saint-Hyacinthe")}, 3 chutes depuis janvier, MoCA 19/30, orthostatisme à -28 mmHg. RAMQ ${$.plan(K.ramq(x.r, "Gagnon", "Thérèse", { d: 21, m: 8, y: 1931 }, true))}. Dernière chute le ${$.date("2 mars")}. Sa fille (${$.name("Manon")}) veut une place en CHSLD mais la patiente refuse catégoriquement. Évaluation de l'aptitude : qui fait ça chez vous, gériatre ou psychiatre?`, "Québec; RAMQ filed as health_plan."),
  t("b19-ca-qc-billing", "CA", (x) => `Question facturation RAMQ (omni) : visite à domicile pour un patient en perte d'autonomie, code refusé avec le message 210 « personne non admissible ». Le NAM est ${$.plan(K.ramq(x.r, "Bélanger", "Roger", { d: 4, m: 2, y: 1950 }, false))}, carte valide jusqu'en 2026, et il habite au ${$.addr("1180, rue Principale, Saint-Jean-de-Matha")} depuis toujours. Quelqu'un a déjà eu ce refus? Je soupçonne une erreur d'adresse au dossier de la Régie.`, "Québec; RAMQ (NAM) filed as health_plan."),
  t("b19-ca-on-ohip", "CA", (x) => `OHIP billing q: new consult keeps getting rejected with EH2 (health number/version code mismatch). Card reads ${$.plan(K.ohip(x.r))}. Patient just moved to ${$.addr("Kingston")} (new postal code ${$.addr("K7M 2B4")}) and I suspect ServiceOntario issued a new version code that hasn't propagated. Do I resubmit with the old one or hold the claim?`, "Ontario."),
  t("b19-ca-bc-curb", "CA", (x) => `curbside for peds surg folks: 6yo, 3rd intussusception in 2 yrs, last air enema reduction ${$.date("Apr 19")}, parents asking about a Meckel scan / diagnostic lap. worth it at this point? PHN ${$.plan(K.bcPhn(x.r))} if anyone at Children's wants to look at the imaging (kidding. mostly.)`, "British Columbia."),
  t("b19-ca-nu", "CA", () => `Locum up north this month. Elder flown in from ${$.addr("Pangnirtung")} with a STEMI, 70s, speaks only Inuktitut. His granddaughter ${$.name("Annie Kilabuk")} interpreted by phone and asked me to call her at ${$.phone("867-473-2918")} before any decision about southern transfer. Lytics went in at 52 min door-to-needle, he's reperfused. Just wanted to say the nurses up here are the best I've worked with anywhere.`, "Nunavut."),

  // ---------------------------------------------------------------- Australia
  t("b19-au-rural", "AU", (x) => {
    const m = K.auMedicare(x.r);
    return `G'day. Rural GP, west of the Divide. Bloke from ${$.addr("Gilgandra")}, 61, shearer, came in with a hand he'd "had a bit of a go at" with a wool press. Boxer's-type fracture of the 5th MC plus a nasty dorsal lac. Nearest hand surgeon is 5 hrs away. Medicare ${$.plan(m.number)}, IRN ${m.irn} — the MBS item for closed reduction, is it 47369 or do I need the plastics item? And would you reduce it yourself?`;
  }, "New South Wales; IRN left unlabelled (a card position, not an identifier on its own)."),
  t("b19-au-ute", "AU", () => `Night shift vent. 02:40 a tradie walks in holding his palm with a nail-gun nail through it, drove himself here in the work ute (rego ${$.veh("482 KWF")}, parked across the ambulance bay — security not amused). Nail's through the flexor sheath. Hand team won't come in till 7. Washout in ED under a digital block is not a thing, right?? Please tell me it's not a thing.`, "Queensland."),
  t("b19-au-dva", "AU", (x) => `DVA gold card question: ${$.age("96")}yo Korea veteran in a RACF in ${$.addr("Ballarat")}, file no. ${$.plan(K.dvaFile(x.r))}. Wants home-based palliative oxygen rather than staying in the facility's concentrator — does DVA cover RAP oxygen in aged care or is that the facility's problem? Every time I ring the DVA line I get a different answer.`, "Victoria; DVA file number filed as health_plan."),
  t("b19-au-banner", "AU", () => `Pasted the banner by accident in my last post, reposting properly — mods pls delete the other one.

~~**Pt:** ${$.name("KOWALSKI")}, ${$.name("Zofia")} | **URN:** ${$.mrn("0873142")} | **Adm:** ${$.date("02/06/2024")}~~

Anyway: 78F, ward 7B, day 5 of CAP, now new AF with RVR 150s, K 3.2, Mg 0.58. Replace both, then rate control — metoprolol or digoxin in someone with EF 35%?`, "New South Wales; a banner the poster tried to strike through is still published."),
  t("b19-au-sms", "AU", () => `Forwarded from our practice nurse, no idea what to tell her:

"Hi doc, Mrs ${$.name("Pham")}'s son rang again re her INR, he's on ${$.phone("0412 938 271")}, says she's been on the new antibiotics since ${$.date("Fri 7th")} (the ones from after-hours). INR was 5.8 this arvo. Can u call him b4 3pm pls"

Bactrim + warfarin again. Hold 2 doses and recheck, or vit K?`, "Victoria."),

  // ---------------------------------------------------------------- New Zealand
  t("b19-nz-nhi", "NZ", (x) => `Kia ora koutou. Whānau hui this morning for ${$.name("Wiremu Tautahi")} (NHI ${$.plan(K.nzNhi(x.r))}), 67, from ${$.addr("Kaitaia")} — diagnosed ${$.date("12 Feb")}, metastatic NSCLC, EGFR negative, PD-L1 5%. The whānau want him home for whatever time is left, but home is 40 min from the nearest district nurse base. Anyone done syringe drivers that remote? What worked?`, "Northland; NHI filed as health_plan."),
  t("b19-nz-poll", "NZ", () => `Quick poll for the geris 📊
${$.age("90")} y.o. woman, lives on a lifestyle block near ${$.addr("Waipukurau")} with 2 dogs and a rooster, sodium 121, thiazide started by someone 6 weeks ago.
A) stop thiazide, fluid restrict, recheck in 48h as outpatient
B) admit
C) stop thiazide, recheck in 24h, admit if <120
Go.`, "Hawke's Bay."),
  t("b19-nz-curb", "NZ", () => `curbside – 16yo netballer, 3rd patellar dislocation this season, mum keeps texting me from ${$.phone("021 486 3370")} about whether she can play Saturday. MPFL recon or another block of physio? TT-TG is 19mm.`),
  t("b19-nz-email", "NZ", () => `Has anyone sent an e-referral with the patient cc'd? She insisted, so I put ${$.email("aroha.ngata77@xtra.co.nz")} in the cc field and the whole referral bounced back with "external recipient not permitted". Is there an approved way to give patients a copy of their own referral or do I just print it?`),

  // ---------------------------------------------------------------- Singapore (CN / IN)
  t("b19-sg-case", "CN", () => `**Case for discussion – Geriatrics**
**Patient:** ${$.name("TAN Boon Huat")} (surname first)
**Age:** 89 on the ward list but actually turned ${$.age("90")} last week (NRIC ${$.ssn("S0748213B")})
**Address:** ${$.addr("Blk 512 Bedok North Ave 2, #08-114")}
**PC:** recurrent aspiration pneumonia, 4th admission this year, PEG discussion with family
**Q:** anyone using the new advance care planning template in the cluster? Family are split 2 vs 3.`, "Singapore; NRIC filed as ssn."),
  t("b19-sg-chat", "CN", () => `anyone in polyclinic land know how to get the medisave claim thru for CDMP when the pt's son is the one paying? the uncle from ${$.addr("tampines st 81")} lah, ${$.age("92")} this year, son keep calling the clinic from ${$.phone("9726 4183")} asking why got bill. sian`, "Singapore; lower-case Singlish."),
  t("b19-sg-letter", "IN", () => `Pls critique my referral letter format (private GP → restructured hospital):

Dear Colleague,
Re: Mdm ${$.name("Letchumi d/o Ramasamy")}, DOB ${$.date("12.04.1950")}
Kindly review this lady with T2DM (HbA1c 10.4% on max oral agents) and new onset claudication at 100m. ABI R 0.62, L 0.71. She would prefer insulin to be started in clinic. Contact: ${$.phone("+65 8123 7749")} (her son, ${$.name("Suresh")}).
Thank you.`, "Singapore (Indian-Singaporean patient)."),

  // ---------------------------------------------------------------- Malaysia (IN / CN)
  t("b19-my-mykad", "IN", () => `Salam semua. Need advice from the nephro people. Pakcik ${$.name("Ismail bin Hassan")}, IC ${$.ssn("330814-03-5261")}, from ${$.addr("Kampung Kubang Kerian, Kota Bharu")}, CKD 5 not on dialysis, now K 6.9 with peaked T. Family says "tak mahu dialisis", he wants to balik kampung. Conservative management plan — how aggressive with the binders at his age?`, "Malaysia (Kelantan); MyKad filed as ssn; the IC encodes a 1933 birth."),
  t("b19-my-ip", "CN", () => `IT question, not clinical: our teleconsult platform flagged a login to one of my patient's accounts from ${$.ip("175.139.82.41")} at 3am, and she tells me she has never left ${$.addr("Johor Bahru")} and doesn't own a laptop. Who do I report this to — the vendor, MOH, or PDPC? Her results were viewed.`, "Malaysia."),

  // ---------------------------------------------------------------- Hong Kong (CN)
  t("b19-hk-hkid", "CN", () => `Case: ${$.name("LEUNG Wai-kwan")}, hosp no. ${$.mrn("HN18273645(3)")}, 68F, lives in ${$.addr("Shek Kip Mei Estate")}, ex-smoker 40 pack-yrs. CXR: RUL mass 4cm, PET shows N2 disease. EGFR L858R positive. Osimertinib first line or chemo-IO given the N2? MDT split down the middle.`, "Hong Kong; a hospital number (HN)."),
  t("b19-hk-canto", "CN", () => `婆婆 ${$.name("黃玉蓮")}, ${$.age("91")} 歲, 住 ${$.addr("觀塘")}, admitted with NSTEMI, trop 2,400, Cr 180. Family wants "everything done" including PCI. 個個都話 frail 但係佢自己行得走得. Would you cath her? Honest answers please.`, "Hong Kong; Chinese/English mixed."),
  t("b19-hk-reply", "CN", () => `> "when was her last TACE?"

${$.date("18/3")} at the other cluster, then the follow-up CT was ${$.date("2nd May")} which already showed new arterial enhancement in segment 8. AFP went from 40 to 610. So I'd say TACE-refractory. Lenvatinib vs atezo-bev — her platelets are 68 and she has small varices.`, "Hong Kong."),

  // ---------------------------------------------------------------- India
  t("b19-in-tumourboard", "IN", () => `**Case summary for tumour board input**
Name: Smt. ${$.name("Kamala Devi Yadav")} | Age/Sex: 56/F | UHID: ${$.mrn("202403117762")}
R/o: ${$.addr("Village Bhojpur, Tehsil Phulpur, Distt. Prayagraj")} (U.P.)
C/o: foul-smelling PV discharge x 4 months, post-coital bleeding
O/E: cervix replaced by friable growth, parametrium involved on right, not up to LPW
Biopsy: SCC, moderately differentiated
Stage: FIGO IIB. Plan: CCRT. Query: brachy slot is 6 weeks away — start EBRT now or wait?`, "Uttar Pradesh."),
  t("b19-in-hinglish", "IN", () => `sir ek query hai - ${$.name("Ramesh")} bhai (sabziwala from ${$.addr("Sitabuldi")}) ka HbA1c 11.2 aaya, metformin 1g BD + glimepiride 2 pe hai. unka beta daily ${$.phone("98230 41762")} se call karta hai ki insulin nahi chahiye. SGLT2 add karein ya insulin ke liye convince karein? BMI 24, creat normal.`, "Maharashtra (Nagpur); Hinglish."),
  t("b19-in-abha", "IN", (x) => `Admin/billing q: PM-JAY pre-auth for a CABG got "query raised" because ABHA ${$.plan(K.abha(x.r))} is "not linked with beneficiary ID". Patient (retired railway gangman, ${$.addr("Jhansi")}) did the linking at the Arogya Mitra desk twice. TMS portal keeps showing the old card. Anyone in an empanelled hospital sorted this without waiting 3 weeks?`, "Uttar Pradesh; ABHA filed as health_plan."),
  t("b19-in-pacer", "IN", () => `Device clinic help — Abbott dual-chamber PPM, serial ${$.dev("8127364")}, implanted here ${$.date("11/01/2019")}, now ERI on interrogation much earlier than expected (RV threshold 3.5V @ 0.4ms). Patient is a 74M from ${$.addr("Pollachi")}. Is the high threshold lead worth replacing at gen change or just program higher output and live with it?`, "Tamil Nadu."),
  t("b19-in-vent", "IN", () => `Night duty casualty vent. 2 AM, RTA, rider brought by two strangers, no ID, no phone. GCS 7. We labelled him "unknown male 34" for 4 hours till his wife turned up — ${$.name("Sunita Pawar")}, found him through a WhatsApp forward of his photo from the accident spot near ${$.addr("Hadapsar")}. Somebody photographed a dying man and forwarded it 2,000 times and that's how his family found him. I don't know how to feel about that.`, "Maharashtra (Pune)."),

  // ---------------------------------------------------------------- Pakistan (IN)
  t("b19-pk-cnic", "IN", () => `ID input please (Lahore). ${$.name("Muhammad Arshad")} s/o ${$.name("Ghulam Rasool")}, 45M, CNIC ${$.ssn("35202-4817395-3")}, fever 3 weeks, splenomegaly 16cm, pancytopenia. Typhidot negative, BM shows LD bodies. Amphotericin availability is a problem in public sector — liposomal or conventional with the renal risk?`, "Pakistan (Punjab); CNIC filed as ssn."),
  t("b19-pk-urdu", "IN", () => `Assalam o alaikum doctors. Ammi ji of one of my patients (bechari, ${$.age("93")} saal ki) has bilateral leg cellulitis on top of lymphoedema, non-healing for 2 months. Her grandson calls me from ${$.phone("0300-4721856")} every evening. Hospital admission she will not accept. Home IV options in ${$.addr("Rawalpindi")} anyone?`, "Pakistan; Urdu/English."),
  t("b19-pk-vent", "IN", () => `3rd night in a row in medical emergency. 80 patients on 40 beds. ${$.name("Bashir")} chacha from ${$.addr("Sheikhupura")} — DKA, pH 6.9 — shared a bed with a COPD exacerbation for 6 hours. His son held the insulin drip bag because there was no stand. And the admin asked me today why my discharge summaries are late.`, "Pakistan (Punjab)."),

  // ---------------------------------------------------------------- Nigeria
  t("b19-ng-handover", "NG", () => `Good evening seniors. House officer here, help abeg. Mama ${$.name("Nkechi Ugwuanyi")} (ward 4 bed 12), 64F from ${$.addr("Nsukka")}, DM + HTN, RBS 32 mmol/L, serum K 2.9, no insulin pump on the ward, only sliding scale SC. Hosp. No. ${$.mrn("UNTH/24/08817")} — NHIA desk says the card has expired so pharmacy won't release drugs till Monday. Meanwhile what do I do for the next 6 hours?`, "Enugu State; a hospital number with slashes."),
  t("b19-ng-poll", "NG", () => `POLL 🗳 DAMA or detain?
Context: 23M, HbSS, acute chest syndrome, SpO2 86% on 5L. His uncle (Alhaji ${$.name("Sani Danladi")}) is insisting on taking him to a spiritual home in the morning, and has already posted about "the useless doctors" on ${$.url("facebook.com/sani.danladi.73")}. Patient himself says "I go do wetin my uncle talk".
1. Let him sign DAMA
2. Involve hospital legal/ethics now
3. Negotiate: 48h more then review
4. Other (comment)`, "Kano/north; Pidgin phrase."),
  t("b19-ng-phone", "NG", () => `Quick one. Post-op day 3 laparotomy for typhoid perforation, 19M (Hosp. No. ${$.mrn("LUTH/2019/44172")}), fever spiking again, wound gaping at the lower end. Wife keeps calling from ${$.phone("0803 417 2290")} asking when he'll be discharged because they are paying per day. Relaparotomy or manage the wound and wait for the USS?`, "Lagos; a hospital number with slashes."),
  t("b19-ng-yoruba", "NG", () => `E kaaro o. Baba ${$.name("Adewale")} from ${$.addr("Ilesa")}, ${$.age("95")} years (his birth cert is a church record but family swears by it), presented with urinary retention, PSA 84. Family: "e je ko sinmi" — let him rest. Would you still do a TRUS biopsy or start ADT empirically?`, "Osun State; Yoruba."),

  // ---------------------------------------------------------------- Ghana (NG)
  t("b19-gh-card", "NG", () => `Good day colleagues, writing from a teaching hospital in Kumasi. ${$.name("Kwabena Asante-Mensah")}, 38M, Ghana Card ${$.ssn("GHA-714903625-8")}, NHIS ${$.plan("18273645")}. Progressive dyspnoea, echo shows EF 20% with dilated LV, peripartum-like picture but he's male obviously — alcohol 6 bottles/day. HIV negative. NHIS won't cover sacubitril. Options?`, "Ghana; Ghana Card filed as ssn, NHIS membership as health_plan."),
  t("b19-gh-twi", "NG", () => `Maame ${$.name("Akosua Darkwah")} from ${$.addr("Techiman")}, 58F, came with her sister saying "me yare aba no bio" (the sickness has returned). Known breast Ca 2021, now back pain and hypercalcaemia 3.4. Zoledronic acid is out of stock everywhere in the region. Pamidronate alternatives anyone?`, "Ghana; Twi phrase."),
  t("b19-gh-email", "NG", () => `Forwarded email, need help replying professionally:

From: ${$.email("kofi.boateng.tema@gmail.com")}
Subject: my father's results
"Doctor please I am the son of the patient from ward B, my father ${$.name("Yaw Boateng")} his biopsy result came out on ${$.date("Friday 9th")} but no one has explained..."

He's right, nobody has. Result is adenocarcinoma of the rectum. Do you reply by email at all?`, "Ghana (Tema)."),

  // ---------------------------------------------------------------- South Africa
  t("b19-za-id", "ZA", (x) => `Registrar in Jo'burg. 41F, ID ${$.ssn(K.zaId(x.r, { d: 17, m: 6, y: 1983 }, true))}, from ${$.addr("Orlando East, Soweto")}, on TLD for 6 years, admitted ${$.date("Sat 14/09")}, now cryptococcal meningitis with CSF opening pressure 38. VL was suppressed 3 months ago?! Adherence club says she's been collecting. Is this IRIS or treatment failure — and do we do serial LPs daily?`, "Gauteng."),
  t("b19-za-afr", "ZA", () => `Goeie môre kollegas. Oom ${$.name("Koos van der Westhuizen")} van ${$.addr("Graaff-Reinet")}, 79, boer, bilateral basal cell carcinomas on the nose and ear, one eroding into cartilage. Refuses to travel to Port Elizabeth for Mohs — "ek gaan nie stad toe nie". Radiotherapy at his age vs. wide local excision under local in the rooms? His grandson e-mails me the photos from ${$.email("wynand.vdwesthuizen@telkomsa.net")} every week.`, "Eastern Cape; Afrikaans."),
  t("b19-za-plate", "ZA", () => `Trauma unit vent, Cape Town. Pedestrian knocked down, driver fled, bystanders got the registration (${$.veh("CA 418-273")}) and the SAPS officer asked ME to "keep it safe". Patient has a pelvic binder on and a FAST positive. I am a doctor not an evidence locker.`, "Western Cape; the vehicle is the assailant's, tied to the patient's event."),

  // ---------------------------------------------------------------- Egypt (FR)
  t("b19-eg-natid", "FR", () => `Salam colleagues, from Cairo. Hagg ${$.name("Mahmoud Abdel-Fattah")}, national ID ${$.ssn("23405120102837")}, lives in ${$.addr("Shubra")}, HCV treated 2016 (SVR), now HCC 3.5cm segment 6, Child-Pugh A6. He is ${$.age("90")} and very insistent on surgery. Resection vs. ablation?`, "Egypt; filed under FR as nearest; the 14-digit national ID encodes a 1934 birth, filed as ssn."),
  t("b19-eg-arabic", "FR", () => `ya gama'a, need help. Om Ahmed — ${$.name("Zeinab Hassanein")} — from ${$.addr("Mansoura")}, 62, SLE on HCQ, now visual complaints. Ophtho says bull's eye maculopathy. Her son calls me from ${$.phone("010 2847 1936")} every day asking which drug to switch to. Mycophenolate or azathioprine as steroid-sparing?`, "Egypt; filed under FR as nearest; Arabic transliteration."),

  // ---------------------------------------------------------------- Israel (US)
  t("b19-il-tz", "US", () => `Shalom all. ${$.name("Yaakov Ben-David")}, teudat zehut ${$.ssn("031729585")}, 71, from the ${$.addr("Ramot")} neighbourhood in ${$.addr("Be'er Sheva")}, Clalit. TAVI vs SAVR for severe AS, STS 3.2%, porcelain aorta on CT. Heart team says TAVI, patient's son (a cardiologist abroad) says SAVR. Thoughts?`, "Israel; filed under US; Teudat Zehut filed as ssn."),
  t("b19-il-savta", "US", () => `Not a medical question exactly. My patient's savta, ${$.name("Rivka Mizrahi")}, ${$.age("98")}, moshav ${$.addr("Nahalal")}, asked me to sign a form that she is "fit to drive a tractor". She's sharp as anything, MMSE 29, vision corrected 6/9. What would you do?`, "Israel; filed under US."),

  // ---------------------------------------------------------------- Turkey (DE)
  t("b19-tr-tc", "DE", () => `Merhaba. ${$.name("Fatma Yıldırım")}, TC ${$.ssn("38401927510")}, 49F, ${$.addr("Kadıköy")}, Behçet's, new IVC thrombosis on the ${$.date("8 Ekim")} CT. Warfarin or immunosuppression alone? Our rheumatologist says anticoagulation is controversial in Behçet's vasculitis.`, "Turkey; filed under DE; T.C. Kimlik filed as ssn."),
  // ---------------------------------------------------------------- Greece (FR)
  t("b19-gr-amka", "FR", () => `Καλημέρα. Patient κα ${$.name("Σταυρούλα Παπαδάκη")}, AMKA ${$.ssn("12033107421")}, from the village of ${$.addr("Anogeia")} in Crete. New onset giant cell arteritis, ESR 102, jaw claudication, visual blurring R. Started prednisolone 60 mg. At her age (the AMKA says it all) — tocilizumab or not?`, "Greece; filed under FR; AMKA (encodes a 1931 birth) filed as ssn."),
  t("b19-gr-kyrios", "FR", () => `Question about ICD leads, from Thessaloniki. Kyrios ${$.name("Giorgos Karamanlidis")}, born ${$.date("22/09/1949")}, shocked 4 times last night at home in ${$.addr("Kalamaria")}. Interrogation: appropriate shocks for VT. Amiodarone already on board. Ablation or add mexiletine? EP slot offered for ${$.date("Nov 5th")}.`, "Greece; filed under FR."),

  // ---------------------------------------------------------------- Italy (FR)
  t("b19-it-cf", "FR", () => `Buongiorno a tutti. Signora ${$.name("Carmela Esposito")}, CF ${$.ssn("SPSCML34H59F839Q")}, ${$.age("90")} anni, vive da sola a ${$.addr("Fuorigrotta")}, femore rotto al mercato. The orthopaedic team wants to wait 4 days for "cardiological clearance" for a ${$.age("90")}-year-old with normal ECG and no symptoms. Help me argue for surgery within 48h.`, "Italy (Napoli); filed under FR; codice fiscale filed as ssn."),
  t("b19-it-torino", "FR", () => `Referral I received today (translated): "Si invia il sig. ${$.name("Giuseppe Bianchi")}, nato il ${$.date("14/01/1931")}, per valutazione di calo ponderale". That's it. That's the whole referral. 8kg weight loss. No bloods. Who writes these?`, "Italy (Torino); filed under FR."),
  // ---------------------------------------------------------------- Spain
  t("b19-es-dni", "ES", () => `Hola desde Sevilla. Doña ${$.name("Encarnación Ruiz Montero")}, NHC ${$.mrn("3.184.227")}, 84 años, vive en ${$.addr("Triana")}, ingresó el ${$.date("12 de noviembre")}, pénfigo ampolloso con lesiones en el 40% de superficie corporal. Corticoides tópicos vs. orales — la familia no puede aplicar clobetasol dos veces al día.`, "Andalucía."),
  t("b19-es-catalan", "ES", () => `Bon dia. La senyora ${$.name("Montserrat Puig i Ferrer")}, de ${$.addr("Vic")}, 81, demència moderada, la filla ens truca del ${$.phone("938 86 31 74")} cada dia perquè diu que no menja. Pes estable. Mirtazapine for appetite or is that a bad idea in dementia?`, "Catalunya; Catalan/English."),
  t("b19-es-email", "ES", () => `¿Se puede responder a un paciente por email? Me escribió desde ${$.email("jmgarcia.lopez1962@hotmail.es")} pidiendo resultados de la biopsia de próstata. Gleason 7 (3+4). No quiero dar esa noticia por correo pero tampoco ignorarle.`, "Spain."),

  // ---------------------------------------------------------------- Portugal (BR)
  t("b19-pt-utente", "BR", () => `Olá colegas. D. ${$.name("Maria da Conceição Ferreira")}, nº utente ${$.plan("274918356")}, de ${$.addr("Viseu")}, 77, fibrilhação auricular, INR lábil. Passar para DOAC — comparticipação ainda é um problema para ela? Reforma de 400€.`, "Portugal; filed under BR; número de utente SNS as health_plan."),
  t("b19-pt-senhor", "BR", () => `Bom dia. Senhor ${$.name("Joaquim")} from ${$.addr("Alcochete")}, 68, gout flares every month despite allopurinol 300. His wife calls the centro de saúde from ${$.phone("912 473 085")} asking for more colchicina. Febuxostat next or push allopurinol to 600?`, "Portugal; filed under BR."),

  // ---------------------------------------------------------------- Argentina
  t("b19-ar-pami", "AR", () => `Consulta de clínica. Paciente ${$.name("Héctor Lanzillotta")}, internado desde el ${$.date("28/10")}, afiliado PAMI ${$.plan("150847362913 00")}, vive en ${$.addr("Villa Crespo")}, 79, con IC FEr 25%. PAMI no me cubre sacubitril/valsartán. ¿Alguien logró aprobación por vía de excepción?`, "Buenos Aires; PAMI affiliate number as health_plan."),
  t("b19-ar-che", "AR", () => `che, pregunta rápida: la abuela de un paciente (según ella, ${$.age("noventa y uno")} recién cumplidos) se cayó y tiene fractura de muñeca. La vieja vive sola en ${$.addr("Chacarita")}. Yeso o cirugía? Osteoporosis severa.`, "Buenos Aires; Rioplatense Spanish/English."),
  // ---------------------------------------------------------------- Chile
  t("b19-cl-rut", "CL", (x) => `Hola. Paciente ${$.name("Rosa Elena Cáceres Millán")}, RUT ${$.ssn(K.rut(x.r))}, FONASA tramo B, de ${$.addr("Puente Alto")}, 55, AR seropositiva refractaria a MTX + leflunomida. GES cubre biológico? Tengo que hacer la solicitud al comité.`, "Santiago."),
  t("b19-cl-poll", "CL", () => `ENCUESTA: 17M with appendicitis, phlegmon on CT, 5 days of symptoms. Operate now or antibiotics + interval appy? Parents (don ${$.name("Patricio")} mostly) want no surgery. He is from ${$.addr("Curacautín")}, 2 hrs from here, symptoms since ${$.date("Monday the 4th")}.
- Cirugía ahora
- ATB + interval
- ATB, no interval`, "Araucanía; the title don is outside the name span."),
  t("b19-cl-date", "CL", () => `Pregunta sobre vacunas: a 6-month-old, born ${$.date("3 de febrero")} premature at 29 weeks, missed the 4-month dose of hexavalente. Catch-up schedule? Mum says they live in ${$.addr("Valparaíso")} and the vacunatorio there says no.`, "Chile."),

  // ---------------------------------------------------------------- Peru (CO)
  t("b19-pe-dni", "CO", () => `Colegas, escribo desde Lima. ${$.name("QUISPE MAMANI")}, ${$.name("Rosa")}, DNI ${$.ssn("41827365")}, 46F, from ${$.addr("Villa El Salvador")}, TB pulmonar MDR confirmada por GeneXpert. Bedaquiline regimen availability at MINSA? She travels 2 hours each way for DOT.`, "Peru; filed under CO; DNI filed as ssn."),
  // ---------------------------------------------------------------- Mexico
  t("b19-mx-curp", "MX", (x) => `Saludos desde Guadalajara. ${$.name("Guadalupe Hernández Ochoa")}, CURP ${$.ssn(K.curp(x.r, { paterno: "Hernández", materno: "Ochoa", nombre: "Guadalupe", dob: { d: 9, m: 12, y: 1967 }, female: true, state: "JC" }))}, colonia ${$.addr("Santa Tere")}, CP ${$.addr("44600")}, DM2 con pie diabético Wagner 3. Amputación vs. salvamento con VAC?`, "Jalisco."),
  t("b19-mx-imss", "MX", () => `IMSS trámite: incapacidad from ${$.date("3 de octubre")} rejected because the UMF says the NSS has a typo. Patient: ${$.name("Jesús Alberto")}, works in a maquiladora in ${$.addr("Ciudad Juárez")}. Who fixes this?`, "Chihuahua."),
  t("b19-mx-phone", "MX", () => `Urgencias, Monterrey. Paciente de ${$.age("94")} años con volvulus de sigmoides, la familia quiere llevarlo a casa. Nieto en ${$.phone("81 2847 3391")}. ¿Descompresión endoscópica y alta, o cirugía?`, "Nuevo León."),

  // ---------------------------------------------------------------- Brazil
  t("b19-br-cpf", "BR", (x) => `Oi pessoal. Paciente ${$.name("Antônia Aparecida dos Santos")}, CPF ${$.ssn(K.cpf(x.r))}, 63, de ${$.addr("Itaquera")}, LES com nefrite classe IV. Ciclofosfamida ou micofenolato na indução? SUS tem os dois mas o micofenolato demora.`, "São Paulo."),
  t("b19-br-cns", "BR", (x) => `Dúvida de faturamento: AIH nº ${$.acct("3524100873615")} rejeitada porque o CNS ${$.plan(K.cns(x.r))} "não consta no CADSUS". O paciente é da ${$.addr("Vila Kennedy")}. Alguém sabe onde atualizar?`, "Rio de Janeiro; CNS filed as health_plan, AIH number as account."),
  t("b19-br-prontuario", "BR", () => `Caso interessante de dermato: prontuário ${$.mrn("2024/18733-4")}, homem 35a, lesões ulceradas nas pernas, PCR para leishmania positiva. Veio de ${$.addr("Xapuri")}, Acre. Antimoniato ou anfotericina lipossomal considerando o QT longo?`, "Brazil (Acre)."),
  t("b19-br-whatsapp", "BR", () => `gente, a filha da minha paciente me mandou msg no zap (${$.phone("(11) 98472-3316")}) às 2h perguntando se a mãe pode tomar dipirona com varfarina. A mãe, dona ${$.name("Lurdes")}, tem ${$.age("96")} anos. Dipirona ok? E como colocar limites nisso?`, "São Paulo; lower-case Portuguese."),

  // ---------------------------------------------------------------- United States
  t("b19-us-tx-ssn", "US", (x) => `Billing question from a FQHC in the Valley (Texas). Medicaid MCO denied a well-child claim (ICN ${$.acct("2024318774210")}), "member not found". Turns out the front desk keyed the mom's SSN (${$.ssn(K.ssn(x.r))}) into the subscriber field instead of the kid's Medicaid ID. Family lives in ${$.addr("Harlingen")} and have no idea why they got a bill. Does the resubmission go as a corrected claim (freq code 7) or a brand-new claim? Our biller retired and I am the biller now apparently.`, "Texas; a parent's SSN counts; the claim ICN filed as account."),
  t("b19-us-ca-mbi", "US", (x) => `Dual-eligible headache. Patient turned 65, new Medicare card came with MBI ${$.plan(K.mbi(x.r))}, but Medi-Cal is still showing as primary in our system so every crossover claim fails. She's in ${$.addr("Boyle Heights")}, no car, and I don't want her schlepping to the county office again. How long did the MMCS/MMA update take for your patients? Weeks? Months? Her coverage lapses ${$.date("12/31")}.`, "California; MBI filed as health_plan."),
  t("b19-us-oh-mrn", "US", () => `PSA / Epic question (Ohio). Registration merged two charts by mistake — MRN ${$.mrn("E4827193")} and MRN ${$.mrn("E4827196")}, two different men with the same name and birth year. HIM says 48h to unmerge. In the meantime the med list shows apixaban for a man who is actually on warfarin. I've put a FYI flag and a sticky note. What else? Who do you escalate to at 9pm?`, "Ohio."),
  t("b19-us-ny-url", "US", () => `Awkward one. Found out a patient's family set up a fundraiser for his liver transplant evaluation — ${$.url("gofundme.com/f/help-marcus-get-a-new-liver")} — and the page quotes my clinic note almost word for word and names me as "his amazing hepatologist". Nice sentiment, but do I ask them to take my name off? Has anyone had compliance get involved in something like this?`, "New York; URL of a personal fundraising page (holds the given name)."),
  t("b19-us-fl-dl", "US", () => `Seizure + driving, Florida. 44M, first unprovoked GTC last week, EEG pending. Florida doesn't mandate physician reporting but he told me he drives a delivery truck and just renewed his license ${$.lic("W425-718-49-862-0")} "so it's fine". I documented the counselling. Would you go further and report voluntarily to FLHSMV?`, "Florida; the patient's own driving licence filed as license."),
  t("b19-us-mn-ip", "US", () => `Portal security question (Minnesota). Patient's wife says someone logged into his MyChart from ${$.ip("73.158.204.19")} and downloaded his HIV results while he was in inpatient rehab. She's the only other person at home in ${$.addr("Duluth")}; IT says the IP resolves to their own router. Messy family situation. Do I document her allegation in the chart? Privacy office is closed till Monday.`, "Minnesota."),
  t("b19-us-ga-pump", "US", () => `Pump recall Q, peds endo (Georgia). 11yo T1D, the PDM on her tubeless pump, serial ${$.dev("PDM-4473918-B")}, is on the recall list. Replacement ships in 5-7 days. Parents called from ${$.phone("(404) 683-2157")} asking if they can keep using it. Do you switch kids to MDI for the week or keep going with closer CGM watch?`, "Georgia."),
  t("b19-us-az-fax", "US", () => `HIPAA/ROI question. 80-something patient signed a release for her daughter (a paralegal) to get the full record, and the daughter wants it faxed to her office fax ${$.fax("(480) 732-9914")} rather than via the portal. Medical records says fax is fine with a cover sheet. Is anyone still faxing outside records in 2024, or is that a liability now?`, "Arizona; a relative's fax number."),
  t("b19-us-nm", "US", () => `IHS physician here. ${$.name("Loretta Begay")}, 58, from ${$.addr("Chinle")}, diabetic foot with osteomyelitis of the 2nd metatarsal head, probe-to-bone positive, MRI confirms. Family wants a healing ceremony before any amputation and it will take about 10 days to arrange. IV abx in the meantime seems reasonable — how long would you be comfortable waiting if she remains afebrile?`, "Arizona (Navajo Nation)."),
  t("b19-us-la", "US", () => `Louisiana geri question. Mr ${$.name("Alcide Boudreaux")}, ${$.age("99")}, from ${$.addr("Breaux Bridge")}, mechanical fall at his daughter's, displaced intertrochanteric fracture. Walks with a cane, plays bourré every Thursday, family says "he's gonna make 100 if it kills him". Ortho happy to fix. Anesthesia says RCRI 2. Fascia iliaca block + spinal, and go?`, "Louisiana."),
  t("b19-us-pa-rn", "US", () => `Ethics-ish question. Patient of mine is an RN; her Pennsylvania license ${$.lic("RN712843")} was suspended after a DUI and she's now in a PNAP monitoring program. She wants me (her PCP, not her addiction doc) to write a letter saying she's "fit for practice". I've seen her twice. Is that even my letter to write?`, "Pennsylvania; the patient's own nursing licence filed as license."),
  t("b19-us-ma-dc", "US", () => `Can someone look at this discharge summary I was sent and tell me whether it's normal for a "stable for discharge" to have a lactate of 3.9 on the day of discharge?

ADMIT: ${$.date("10/14/2024")}  DISCHARGE: ${$.date("10/17/2024")}
PATIENT: ${$.name("Dolores Fitzsimmons")}   MRN: ${$.mrn("0047281936")}
DX: Urosepsis, E. coli, pan-sensitive
DISPO: home with VNA, ${$.addr("Quincy")}

The daughter brought her back to us 18 hours later.`, "Massachusetts."),
  t("b19-us-wa-reply", "US", () => `> **@ruralFM_WA**: anyone else seeing kids with valley fever this far north?

Yes! 9yo, lives on an orchard outside ${$.addr("Wapato")}, pleuritic pain and erythema nodosum in ${$.date("late August")}, cocci serologies positive, IgM and IgG. Health dept was surprised. Fluconazole 12 mg/kg. His mom (${$.name("Yesenia")}) asked if the dust from the new housing development is to blame.`, "Washington State."),
  t("b19-us-ky-vent", "US", () => `Long vent, skip if you're not in the mood.

Eastern Kentucky, solo on nights again, 42 miles to the nearest cath lab. Man in his 50s, inferior STEMI, we gave TNK at 28 min. Helicopter grounded for fog. Ground crew 55 min out. His wife ${$.name("Darlene")} sat in the corner knitting the whole time because "it keeps my hands from shaking". He reperfused, ST back to baseline by the time the truck arrived. She gave me the half-finished scarf. I am keeping it in my locker. Some nights are good nights.`, "Kentucky."),

  // ---------------------------------------------------------------- more voices
  t("b19-ie-table", "IE", () => `Handover list someone left on the shared drive at the weekend, posting as a "don't do this" example (initials would've been fine!):

| Bed | Patient | Issue | To do |
|---|---|---|---|
| 3 | ${$.name("Ó Briain, Tadhg")} | CAP, day 3 | step down to oral if afebrile |
| 7 | ${$.name("Róisín McGrath")} | NSTEMI | awaiting angio ${$.date("Tues 22nd")} |
| 11 | 88M | delirium | collateral hx from wife |

Mods — leaving up for 10 min so people see it, then pls delete.`, "Ireland; a pasted markdown handover table."),
  t("b19-sco-psych", "UK", () => `Psych liaison question. Young man, 19, admitted after a paracetamol OD, medically fit now. Posted on his public Instagram (${$.oid("@jamie_strachan_dundee")}) a goodbye message last night. Do we detain under an EDO or does a public post alone not meet the threshold if he's engaging with us this morning?`, "Scotland; a social handle filed as other_id."),
  t("b19-au-rural-obs", "AU", () => `OB question from a remote clinic (WA). G5P4 at 36+2, lives on a station 3 hrs out of ${$.addr("Fitzroy Crossing")}, BP 162/108, proteinuria 3+. RFDS is 2 hrs away. MgSO4 loading before retrieval — yes, obviously, but what dose of labetalol IV can I give without an arterial line? Her partner ${$.name("Kane")} is driving the other kids in.`, "Western Australia."),
  t("b19-in-tsv", "IN", () => `Can anyone suggest a simple OPD register format? We use this (pasted from Excel) and the registrar says it's a HIPAA-style disaster:

Sl	Name	Age	Place	Dx
1	${$.name("Lakshmi Narayanan")}	67	${$.addr("Tiruvannamalai")}	DM foot
2	${$.name("Selvi")}	45	${$.addr("Polur")}	Ca cervix f/u
3	(unknown)	30s	—	RTA

Should we just use OP numbers?`, "Tamil Nadu; a TSV paste."),
  t("b19-ca-teach", "CA", () => `Teaching pearl for residents: always check the Medic Alert bracelet. Last month a 22yo unconscious in a Tim's washroom — bracelet said "${$.name("Brayden Sinclair")} – ADDISON'S – ${$.phone("306-782-4419")}" and the number on it was his mum's. Hydrocortisone 100 mg IV and he was talking in 20 minutes.`, "Saskatchewan; the relative's phone on a medical bracelet."),
];

const negatives: Negative[] = [
  // ---------------------------------------------------------------- Ireland
  n("b19n-ie-webinar", "IE", `Reminder: ICGP webinar on the updated HSE benzodiazepine tapering guidance is this Thursday, 14 November, 8–9pm. Speakers are Dr Niamh Kavanagh (GP, Athlone) and Prof. Colm O'Doherty (addiction psychiatry). Link is in the ICGP members' area. It counts for 1 CPD credit. Bring your awkward cases — de-identified please!`),
  n("b19n-ie-pearl", "IE", `Teaching pearl: in anyone with a drink history and a "query intoxicated" label, give Pabrinex BEFORE glucose. Our protocol: 2 pairs IV TDS for 3 days if Wernicke's is suspected, 1 pair daily for prophylaxis. Ataxia, ophthalmoplegia and confusion together occur in under 20% — don't wait for the triad. Credit to Dr Fergal Moloney who drilled this into me as an SHO in Cork.`),
  n("b19n-ie-vent", "IE", `Vent, sorry. Lady in her late 80s, lives alone, daughter abroad, brought in at 2am with a UTI and delirium. She was the 41st patient on a trolley. She asked me three times whether she had "done something wrong" by coming in. No. She hadn't. We did. I'm so tired of apologising for a system I can't fix.`),
  n("b19n-ie-billing", "IE", `GMS question: does anyone know whether the Chronic Disease Management programme covers a review done by the practice nurse alone, or does the GP have to see the patient on the same day? The 2023 agreement wording is vague. PCRS helpdesk is 01 864 7100 if anyone's braver than me.`),

  // ---------------------------------------------------------------- Scotland / Wales (UK)
  n("b19n-sco-poll", "UK", `**POLL** — SIGN/BTS asthma guideline (SIGN 158) vs the joint BTS/NICE/SIGN guideline published 27 November 2024: which one is your practice following for new diagnoses right now?
- Old SIGN 158 (FeNO optional)
- New joint guideline (FeNO + eosinophils up front)
- Whatever the respiratory nurse says
- Waiting for the health board to tell me`),
  n("b19n-sco-mailbox", "UK", `PSA for Highland GPs: dermatology referrals now go via SCI Gateway only. Urgent clinical queries to the department mailbox (nhsh.dermatology@nhs.scot) or through Raigmore switchboard on 01463 704000, ask for the on-call derm registrar. Photos must come through the approved app, not email. Clinic is Mon–Fri 08:30–17:00.`),
  n("b19n-sco-pearl", "UK", `Pearl from the Aberdeen MRCP course: the Glasgow-Blatchford score of 0 means outpatient management is safe in upper GI bleeding; the Rockall needs an endoscopy to finish it. Blatchford was derived in Glasgow (Lancet 2000); Rockall came out of a UK national audit (Gut 1996).`),
  n("b19n-wal-conf", "UK", `Diolch i bawb who came to the RCGP Wales conference in Llandudno, 21–22 March. Slides from Dr Siân Llewellyn's talk on farmers' mental health are on the faculty page, and the DPJ Foundation number (0800 587 4262, the Share the Load line) is worth having on your wall.`),
  n("b19n-wal-labs", "UK", `Can someone sanity-check this pattern? (Not my patient, from a teaching set.)

| Test | Result | Ref |
|---|---|---|
| Na | 128 | 133–146 mmol/L |
| K | 5.9 | 3.5–5.3 mmol/L |
| Urea | 9.2 | 2.5–7.8 mmol/L |
| Glucose (random) | 3.4 | 3.0–7.8 mmol/L |
| Cortisol 09:00 | 62 | 133–537 nmol/L |

Addisonian crisis until proven otherwise — short Synacthen 250 mcg, cortisol at 0, 30 and 60 min?`),

  // ---------------------------------------------------------------- Canada
  n("b19n-ca-qc-fmoq", "CA", `Rappel : la formation FMOQ sur la déprescription chez la personne âgée a lieu le 6 février 2025 au Centre des congrès de Québec. Conférencière : Dre Geneviève Bélanger (gériatre, CHU de Québec). Pour les patients, Info-Santé reste au 811 et la ligne Info-Social au 811 option 2.`, "Québec."),
  n("b19n-ca-on-codes", "CA", `OHIP billing question, no patient involved: if I see someone for a mental health visit (K005) and also do a Pap in the same visit, can I bill K005 + G365 or does the K-code absorb it? OMA billing guide says time units are per half hour. Billing for 2 units needs 46 minutes minimum, right?`, "Ontario."),
  n("b19n-ca-bc-race", "CA", `For BC folks: the RACE line (604-696-2131) gets you a specialist callback usually within 2 hours — cardiology, nephro, psych, even addiction medicine. HealthLink BC at 8-1-1 for patients. I use RACE probably twice a week in my rural practice in the Kootenays. Not sponsored, just grateful.`, "British Columbia."),
  n("b19n-ca-pearl-peds", "CA", `Peds EM pearl: the Ottawa ankle rules don't apply under 5, but the Low Risk Ankle Rule (Boutis, Toronto SickKids) does for 3–16 years. Tenderness and swelling isolated to the distal fibula and adjacent lateral ligaments = no X-ray. Cut X-rays by about a fifth in the implementation study (CMAJ 2013) with no missed fractures that mattered.`),
  n("b19n-ca-vent", "CA", `Night shift vent from a northern nursing station. Patient in his 60s, chest pain, ECG shows LBBB (old? new? no old ECG available, fax machine broken since August). Medevac weather hold for 9 hours. We did everything we could over Telehealth. He's fine. I'm not. Anyway, who else is buying their own portable ECG?`),

  // ---------------------------------------------------------------- Australia / New Zealand
  n("b19n-au-vanc", "AU", `Dosing question, Therapeutic Guidelines (eTG, Antibiotic v16, 2019): vancomycin loading 25–30 mg/kg (actual body weight, max 3 g), then 15–20 mg/kg 12-hourly, trough target 15–20 mg/L for serious infections — but most of our ICUs now use AUC-guided dosing (400–600 mg·h/L) with the DoseMeRx software. Is anyone still dosing by trough alone?`),
  n("b19n-au-poisons", "AU", `Reminder for juniors: the Poisons Information Centre is 13 11 26, 24/7, for all of Australia. For paracetamol, the revised Australian nomogram line (150 mg/L at 4 h) and the 2019 two-bag NAC regimen (200 mg/kg over 4 h, then 100 mg/kg over 16 h). Chiew et al., MJA 2020 is the reference.`),
  n("b19n-au-conf", "AU", `Anyone going to RACP Congress in Melbourne, 26–28 May? The geriatric medicine stream has Dr Bronwyn Fitzpatrick on deprescribing in RACFs. I'll be at the trivia night Tuesday, find the person in the Darwin Hospital lanyard.`),
  n("b19n-au-ramping", "AU", `Ramping vent. Six ambulances outside at 1800, one patient in her 80s with a NOF waited 7 hours on a stretcher. Our ED has 38 cubicles and 51 admitted patients. The state health minister was on the radio this morning saying the system is "under pressure but coping". Coping is a strong word.`),
  n("b19n-nz-healthline", "NZ", `Useful numbers for new registrars in Aotearoa: Healthline 0800 611 116, Need to Talk? free call or text 1737, the National Poisons Centre 0800 764 766. And a huge thank you to Dr Hemi Parata for the tikanga session at orientation — best hour of the week.`),
  n("b19n-nz-poll", "NZ", `Poll for GPs: would you start a statin in an 85-year-old with no CVD, total cholesterol 6.9, NZ PREDICT 5-year risk 19%?
A) yes, moderate intensity
B) no, primary prevention over 80 is not evidence-based
C) shared decision, mostly no
(Context: the PREDICT equations weren't validated above 74.)`),

  // ---------------------------------------------------------------- Singapore / Malaysia / Hong Kong
  n("b19n-sg-acg", "CN", `For those sitting the GDFM: the MOH ACE Clinical Guidance on T2DM (2023 update) recommends SGLT2i or GLP-1 RA early in people with ASCVD, HF or CKD regardless of HbA1c. Empagliflozin 10 mg OD, dapagliflozin 10 mg OD. The subsidy list changed on 1 April. Dr Tan's lecture slides are on the college portal.`, "Singapore."),
  n("b19n-my-dengue", "IN", `Dengue season again. Reminder of the Malaysian CPG (Management of Dengue Infection in Adults, 3rd ed. 2015) warning signs: abdominal pain, persistent vomiting, mucosal bleed, lethargy, hepatomegaly > 2 cm, rising HCT with rapid drop in platelets. Fluid: 5–7 ml/kg/h for 1–2 h, then reduce. Don't chase platelet counts.`, "Malaysia."),
  n("b19n-hk-lks", "CN", `Just back from the HKU Li Ka Shing Faculty CME on NPC screening. EBV DNA screening (Chan et al., NEJM 2017) picked up mostly stage I–II disease. Queen Mary Hospital ENT team's numbers were impressive. Talk by Prof. Anthony Chan recorded, link on the Academy website.`, "Hong Kong."),
  n("b19n-hk-vent", "CN", `Medical ward at 130% occupancy again. Camp beds between the beds, an old man in his 80s and his oxygen cylinder in the corridor. Winter surge every year, and every year we act surprised. Sorry. Back to the ward.`, "Hong Kong."),

  // ---------------------------------------------------------------- India / Pakistan
  n("b19n-in-dengue-table", "IN", `Platelet trend from a teaching case (de-identified, 30s male):

| Day | Time | Plt (x10^3/µL) | HCT % |
|---|---|---|---|
| 3 | 08:00 | 98 | 42 |
| 4 | 08:00 | 54 | 47 |
| 4 | 20:00 | 31 | 49 |
| 5 | 08:00 | 22 | 44 |

Critical phase with haemoconcentration on day 4, recovery by day 5. No platelet transfusion needed. WHO 2009 classification.`),
  n("b19n-in-apicon", "IN", `APICON 2025 is in Kolkata, 23–26 January. The Sir William Osler oration is by Dr S. Arulrhaj this year. Anyone sharing a cab from Netaji Subhas airport? Registration closes 31 December.`),
  n("b19n-in-helpline", "IN", `For patients asking about mental health support: Tele-MANAS 14416 (or 1-800-891-4416), 24x7, multiple languages. Kiran helpline was merged into it. Also PM-JAY beneficiary helpline is 14555. Please share with your OPD staff.`),
  n("b19n-in-eponyms", "IN", `Pearl for PG exams: Kayser–Fleischer rings are seen in ~95% of neurological Wilson's but only ~50% of hepatic presentations. Slit-lamp by ophthalmology, don't rely on bedside torch. Serum caeruloplasmin < 20 mg/dL, 24-h urine copper > 100 µg. Leipzig score ≥ 4 confirms.`),
  n("b19n-pk-pmdc", "IN", `Admin question: has the PMDC licence renewal portal been working for anyone this week? Keeps timing out on the CPD hours page. Also, does the Punjab Healthcare Commission now require the registration number on every prescription pad? Our hospital printed 5,000 without it.`, "Pakistan."),
  n("b19n-pk-training", "IN", `Trained at King Edward Medical University in Lahore, did FCPS in Karachi, now working in Manchester. Ask me anything about the PLAB/MRCP route — happy to help juniors. (Not a patient post, mods.)`, "Pakistan/UK."),

  // ---------------------------------------------------------------- Nigeria / Ghana
  n("b19n-ng-lassa", "NG", `Lassa fever season. NCDC national guideline (2018) — ribavirin IV: 33 mg/kg loading (max 2.64 g), then 16 mg/kg 6-hourly for 4 days (max 1.32 g/dose), then 8 mg/kg 8-hourly for 6 days. NCDC toll-free line 6232. Prof. Sylvanus Okogbenin's team at Irrua has the best data on this.`),
  n("b19n-ng-rota", "NG", `Ward round timings from Monday: Consultant round 8am Mon/Wed/Fri, SR round Tue/Thu, house officers pre-round from 6:30. Call rota for the month is on the notice board outside ward 3. Dr Babatunde (SR) is coordinating swaps. No swaps on the weekend of the 20th — exam weekend.`),
  n("b19n-gh-stg", "NG", `For colleagues in Ghana: the Standard Treatment Guidelines 7th ed. (2017) still list artemether-lumefantrine 20/120 as first line for uncomplicated malaria — 4 tabs at 0, 8, 24, 36, 48 and 60 h for adults > 35 kg. Injectable artesunate 2.4 mg/kg at 0, 12, 24 h then daily for severe. Korle Bu's pharmacy has stock again.`, "Ghana."),
  n("b19n-gh-conf", "NG", `Ghana College of Physicians and Surgeons convocation is at the Accra International Conference Centre on 8 December. Congratulations to all the new fellows — especially the two from the Tamale family medicine programme!`, "Ghana."),

  // ---------------------------------------------------------------- South Africa
  n("b19n-za-washkansky", "ZA", `History corner: 3 December 1967, Groote Schuur, Christiaan Barnard's team transplanted Denise Darvall's heart into Louis Washkansky, aged 53. He lived 18 days and died of pneumonia. The operating theatre is now a museum — worth a visit if you're in Cape Town for the SA Heart congress.`, "Historical, published patients."),
  n("b19n-za-bpal", "ZA", `DR-TB update: the 2023 NDoH clinical reference guide uses BPaLM for 6 months for most RR-TB. Bedaquiline 400 mg daily x 2 weeks then 200 mg three times a week; pretomanid 200 mg daily; linezolid 600 mg daily; moxifloxacin 400 mg. Baseline ECG, QTcF < 500 ms. SADAG helpline for the depression that comes with 6 months of pills: 0800 567 567.`),
  n("b19n-za-poll", "ZA", `POLL for the district hospital folks: what's your threshold for transferring a paediatric burn to a regional unit?
- > 10% TBSA
- > 15% TBSA
- any face/hands/perineum
- when the family can get transport (be honest)`),

  // ---------------------------------------------------------------- Egypt / Israel / Turkey / Greece / Italy
  n("b19n-eg-hcv", "FR", `For those interested in public health: Egypt's 100 Million Healthy Lives campaign screened about 50 million adults for HCV in 2018–2019. Sofosbuvir 400 mg + daclatasvir 60 mg for 12 weeks was the backbone. Dr Gamal Esmat's group at Kasr Al Ainy published the outcomes.`, "Egypt; filed under FR."),
  n("b19n-il-gaucher", "US", `Pearl: Gaucher disease type 1 is about 1 in 850 in Ashkenazi Jews (N370S most common). Unexplained splenomegaly + thrombocytopenia + bone pain → beta-glucocerebrosidase assay. Enzyme replacement with imiglucerase 60 U/kg every 2 weeks. Sheba has a national referral clinic.`, "Israel; filed under US."),
  n("b19n-tr-behcet", "DE", `Tarih notu: Hulusi Behçet described the triad in Istanbul in 1937. Pathergy test positive in ~60% of Turkish patients vs. much lower in northern Europeans. ISG criteria (1990) vs ICBD (2014): ICBD is more sensitive. Colchicine 0.5 mg BD for mucocutaneous, azathioprine 2.5 mg/kg for eye disease.`, "Turkey; filed under DE."),
  n("b19n-gr-pap", "FR", `Did you know Georgios Papanikolaou was born in Kymi, Evia, in 1883? The Pap smear came out of his work at Cornell on vaginal cytology in guinea pigs. Greek EOPYY now funds HPV primary screening for women 30–65 every 5 years. Good reading for the exam.`, "Greece; filed under FR; an eponym's birthplace."),
  n("b19n-it-aifa", "FR", `Per i colleghi italiani: la Nota AIFA 97 (2020) permette al MMG di prescrivere i DOAC nella FANV. Apixaban 5 mg BID (AIC 040940031), riduzione a 2,5 mg se 2 su 3: età ≥ 80, peso ≤ 60 kg, creatinina ≥ 1,5 mg/dL. Il piano terapeutico cartaceo non serve più.`, "Italy; filed under FR."),
  n("b19n-it-cotugno", "FR", `Grazie to the ID team at Cotugno in Napoli for the webinar on monkeypox/mpox last night — Dr Esposito's slides on tecovirimat 600 mg BD x 14 days are the clearest summary I've seen. Recording on the SIMIT site.`, "Italy; filed under FR; a colleague who shares a common surname."),

  // ---------------------------------------------------------------- Spain / Portugal
  n("b19n-es-semes", "ES", `¿Alguien va al congreso SEMES en Palma, 11–13 junio? La mesa sobre Código Ictus la modera la Dra. Montserrat Puig (Hospital del Mar). Código Ictus: activar si < 24 h de evolución, RANKIN previo ≤ 2, NIHSS ≥ 4. Teléfono de emergencias 112.`),
  n("b19n-es-labs", "ES", `Tabla de un caso docente, ¿qué os parece?
Hb 8,2 g/dL (12–16) | VCM 112 fL (80–100) | B12 98 pg/mL (200–900) | ácido fólico 6,1 ng/mL (3–17) | LDH 1.840 U/L (135–225) | haptoglobina < 10 mg/dL
Anemia megaloblástica con hemólisis intramedular. Cianocobalamina IM 1.000 µg días alternos x 2 semanas.`),
  n("b19n-pt-sns24", "BR", `Lembrete para os internos: SNS 24 é o 808 24 24 24, e o INEM é o 112. A norma DGS 015/2013 sobre antibioterapia em cistite não complicada foi atualizada em 2022 — fosfomicina 3 g dose única continua a primeira linha. Obrigado à Dra. Conceição Ferreira pela sessão clínica de ontem.`, "Portugal; filed under BR; a colleague."),
  n("b19n-pt-vent", "BR", `Urgência de Santa Maria ontem: 14 horas de espera para a cor amarela de Manchester. Uma senhora de 87 anos numa maca no corredor desde as 9h. Eu fiz o que pude. Sinceramente já não sei quanto tempo aguento isto.`, "Portugal; filed under BR; age under 90, no patient identifiers."),

  // ---------------------------------------------------------------- Latin America
  n("b19n-ar-favaloro", "AR", `Homenaje: René Favaloro hizo el primer bypass coronario con vena safena en la Cleveland Clinic en 1967. Volvió a Buenos Aires y fundó la Fundación Favaloro. La Sociedad Argentina de Cardiología tiene su congreso en La Rural del 17 al 19 de octubre.`),
  n("b19n-ar-dosing", "AR", `Pregunta de dosis pediátrica: amoxicilina 80–90 mg/kg/día cada 12 h para OMA según el consenso SAP 2020. Para un nene de 14 kg serían ~600 mg cada 12 h. Suspensión 750 mg/5 ml → 4 ml cada 12 h. ¿Ok?`),
  n("b19n-cl-ges", "CL", `Para los colegas chilenos: la Ley Ricarte Soto cubre tratamientos de alto costo; GES tiene 87 problemas de salud garantizados. AR en mayores de 15 años es GES 59. El FONASA no cubre el biológico fuera de la ley. Salud Responde: 600 360 7777.`),
  n("b19n-pe-carrion", "CO", `Efeméride: el 5 de octubre es el Día de la Medicina Peruana, en honor a Daniel Alcides Carrión, estudiante que se inoculó con sangre de un paciente con verruga peruana en 1885 y murió de fiebre de La Oroya, demostrando que ambas eran la misma enfermedad (Bartonella bacilliformis).`, "Peru; filed under CO; a historical, published case."),
  n("b19n-mx-nom", "MX", `Recordatorio: la NOM-004-SSA3-2012 del expediente clínico exige nota de egreso con diagnósticos finales y pronóstico. Línea de la Vida 800 911 2000 para adicciones. Capacitación en el Instituto Nacional de Cardiología, CDMX, el 22 de febrero.`),
  n("b19n-mx-poll", "MX", `ENCUESTA: paciente de 75 años, FA, CHA2DS2-VASc 5, sin acceso a DOAC en el IMSS. ¿Warfarina con control de INR cada mes o acenocumarol? ¿Cuál usan en su unidad?`),
  n("b19n-br-samu", "BR", `Lembrete de números úteis: SAMU 192, CVV 188 (prevenção ao suicídio, 24h), Disque Saúde 136. Protocolo de Manchester: vermelho imediato, laranja 10 min, amarelo 60 min, verde 120 min, azul 240 min.`),
  n("b19n-br-chagas", "BR", `Aula de história: Carlos Chagas descreveu a doença em 1909 em Lassance, MG, incluindo o primeiro caso, a menina Berenice. Benznidazol 5 mg/kg/dia por 60 dias. O Instituto Oswaldo Cruz tem um museu excelente no Rio.`, "Brazil; a historical, published case and the town of a discovery."),
  n("b19n-br-vent", "BR", `Desabafo de plantão: UPA lotada, 3 intubados esperando vaga de UTI pela CROSS há 30 horas. Uma senhora nos seus 70 anos, DPOC, no BiPAP da própria família. Ninguém da gestão aparece. Só queria escrever isso em algum lugar.`),

  // ---------------------------------------------------------------- United States
  n("b19n-us-gage", "US", `Neuro teaching pearl: Phineas Gage (1848, Cavendish, Vermont) — tamping iron through the left frontal lobe, personality change documented by Dr John Harlow. And H.M. (Henry Molaison), bilateral medial temporal lobectomy by Scoville in Hartford in 1953, anterograde amnesia studied by Brenda Milner for decades. Two patients who taught us more than most textbooks.`, "Historical, published patients."),
  n("b19n-us-lacks", "US", `Research ethics journal club next Wednesday at noon: "The Immortal Life of Henrietta Lacks" (Skloot, 2010) and the 2013 NIH agreement with the Lacks family on HeLa genome access. Pizza in the Osler conference room. Dr Kowalczyk is leading.`, "A historical, published patient."),
  n("b19n-us-mallon", "US", `Occ med pearl: Mary Mallon ("Typhoid Mary"), cook in New York, asymptomatic S. Typhi carrier, linked to ~51 cases and 3 deaths, quarantined on North Brother Island. Today: stool cultures x3 for food handlers after typhoid; chronic carriers can need cholecystectomy.`, "A historical, published patient."),
  n("b19n-us-ndc", "US", `Pharmacy keeps substituting and I can't tell if it's the same product: NDC 0078-0357-15 vs 0078-0357-34? Lot B4471K, exp 08/2026. Both Diovan 160 mg. Anyone know if the packaging difference matters for the recall that came out last month?`),
  n("b19n-us-988", "US", `For your clinic walls: 988 Suicide & Crisis Lifeline (call/text), Poison Control 1-800-222-1222, Veterans Crisis Line 988 then press 1. Our behavioral health intake line is ext. 4471 during business hours (8–5). Thanks to the SW team for updating the laminated cards.`),
  n("b19n-us-trials", "US", `Journal club summary: EMPACT-MI (NCT04509674) — empagliflozin after MI didn't reduce HF hospitalisation + death (HR 0.90, 95% CI 0.76–1.06). DOI 10.1056/NEJMoa2314051, PMID 38587237. Compare DAPA-MI. Presented at ACC.24 in Atlanta, 6 April.`),
  n("b19n-us-cpt", "US", `Billing Q: 99214 + 96127 (PHQ-9) + G2211 for a Medicare pt — does G2211 need modifier 25 when there's a separate procedure? CMS 2024 final rule says no G2211 with modifier 25 on the same E/M. Our MAC (Noridian) is rejecting them all anyway.`),
  n("b19n-us-hf-table", "US", `GDMT titration cheat sheet (2022 AHA/ACC/HFSA):
| Drug | Start | Target |
|---|---|---|
| Sacubitril/valsartan | 24/26 mg BID | 97/103 mg BID |
| Metoprolol succinate | 12.5–25 mg daily | 200 mg daily |
| Spironolactone | 12.5–25 mg daily | 25–50 mg daily |
| Dapagliflozin | 10 mg daily | 10 mg daily |
Check K and creatinine 1–2 weeks after each change.`),
  n("b19n-us-89", "US", `Curbside: 89-year-old, independent, walks 2 miles a day, new Mobitz II on a pre-op ECG for cataract surgery. Asymptomatic. Pacemaker before the cataract, or is that overkill? Her cardiologist retired last year.`, "Age 89 is under the threshold."),
  n("b19n-us-mn-policy", "US", `Local policy heads-up: from 1 January our system's opioid stewardship policy (OS-14, rev. 3) requires a PDMP check before every controlled prescription > 3 days, and naloxone co-prescribing for MME ≥ 50. Questions to the stewardship mailbox, opioid.stewardship@ourhealth.org.`),
  n("b19n-us-la-hurricane", "US", `Hurricane prep for dialysis patients (Louisiana): the LKDF emergency diet, 3-day supply of meds, and KCER hotline 1-866-901-3773 for displaced dialysis patients. Our unit's emergency plan is in the binder at the nurses' station. Thanks to the Lafayette unit for sharing theirs.`),
  n("b19n-uk-nice", "UK", `NICE NG136 (hypertension, 2019, updated Nov 2023): stage 1 treat if < 80 with target organ damage, CVD, renal disease, diabetes or QRISK ≥ 10%. ACEi/ARB first line under 55 and not of Black African/African-Caribbean family origin; CCB otherwise. Clinic target < 140/90, < 150/90 if ≥ 80.`),
  n("b19n-uk-bleeps", "UK", `New F1 survival list: med reg bleep 2247, haem lab ext. 4410, outreach bleep 1150, switchboard 0. Pharmacy open 08:30–17:30 weekdays, on-call pharmacist via switch out of hours. Ward 24 is the one with the broken lift. Welcome, and drink water.`),
  n("b19n-sco-poll2", "UK", `Quick poll: in your practice, do you code "frailty" from the eFI alone, or only after a clinical Rockwood CFS? Our health board wants eFI-based lists for the flu clinic but half of the "severe frailty" group are fitter than me.`),
  n("b19n-ie-thanks", "IE", `Huge thanks to Dr Aisling Gallagher and the palliative care team at St James's for the home-visit teaching last week. The Milford Care Centre syringe driver chart is the best one I've seen; ask them for a copy. Irish Hospice Foundation bereavement line: 1800 80 70 77.`),
  n("b19n-au-bleep", "AU", `Switchboard tip for new interns at RPA: dial 0 for switch, 2222 for MET calls, and page the renal reg on 81234. Clinic hours 08:00–16:30, admin on the 3rd floor. Healthdirect (1800 022 222) is for patients, not referrers.`),
  n("b19n-nz-pearl", "NZ", `Pearl: rheumatic fever is still a big deal in Aotearoa, especially for Māori and Pacific kids aged 5–14. Jones criteria (2015 revision) for moderate/high-risk populations: monoarthralgia counts as a major criterion. Benzathine penicillin 1.2 MU IM every 28 days. Thanks to Dr Aroha Tawhiri for the lecture.`),
  n("b19n-ca-sin-policy", "CA", `Policy question (Ontario): our clinic's new intake form asks for the SIN. Patients are NOT required to give their SIN for health care, and the Privacy Commissioner has said so. Only the health card number is needed. Removing that line from our forms as of next week.`),
];

export const batch19: Batch = { name: "batch-19", positives, negatives };
