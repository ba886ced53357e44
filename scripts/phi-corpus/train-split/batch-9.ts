/**
 * Batch 9 of the train split: small places tied to the patient (counties, villages, townlands,
 * outward postcodes, "lives out past X", streets without numbers, First Nations communities),
 * phone numbers in each country's own punctuation, lower-case chat and one-line curbside
 * questions, long narratives whose identifier sits deep in a later paragraph, quoted texts and
 * voicemails from relatives, East Asian dates and names, and nicknames and kinship names; plus hard
 * negatives (places that are not the patient's, helplines, times, shifts, chat with no identifier).
 */
import { MOIS, full, fullHisp, monthName, ordinal } from "./locales";
import { $, type Batch } from "./markup";
import { pad } from "./rng";

const slug = (s: string): string => s.toLowerCase().normalize("NFD").replace(/[^a-z0-9]+/g, "");
const DIGIT_WORDS = ["oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
/** A number read aloud digit by digit, as a dictation transcript writes it. */
const spoken = (digits: string): string => digits.replace(/\D/g, "").split("").map((d) => DIGIT_WORDS[Number(d)] ?? d).join(" ");
const ERA_SHOWA = 1925;

export const batch9: Batch = {
  name: "batch-9",
  positives: [
    // --- Small places tied to the patient ------------------------------------------------------
    {
      key: "b9-lives-out-past-us",
      countries: ["US"],
      make: (x) => {
        const town = x.pick(["Pelahatchie", "Wewahitchka", "Cut Bank", "Hominy", "Grundy", "Vanceburg", "Kermit", "Crossett"]);
        return { text: `He lives out past ${$.addr(town)}, off ${$.addr(`County Road ${x.int(3, 480)}`)}, no running water, and his "clinic" is the Dollar General pharmacy aisle. Came in with a foot ulcer down to bone. How do you plan 6 weeks of IV antibiotics for someone 90 minutes from anywhere?`, note: "the town and the county road he lives on are addresses" };
      },
    },
    {
      key: "b9-county-us",
      countries: ["US"],
      make: (x) => {
        const county = x.pick(["Harlan County", "Yazoo County", "McDowell County", "Owsley County", "Apache County", "Holmes County", "Perry County"]);
        return `Family drove 3 hours from ${$.addr(county)} because the only hospital there closed last year. 58F with an incarcerated hernia, now strangulated. The rural closures are killing people. How are other tertiary centers handling the extra load?`;
      },
    },
    {
      key: "b9-zip-alone",
      countries: ["US"],
      make: (x) => {
        const pl = x.pl();
        return `Her zip is ${$.addr(pl.post)} - nearest pharmacy that stocks naloxone is 40 miles away. Discharging her after an overdose with a kit in hand, but refills? Anyone doing mail-order naloxone programs?`;
      },
    },
    {
      key: "b9-postcode-outward",
      countries: ["UK"],
      make: (x) => {
        const pl = x.pl();
        const outward = pl.post.split(" ")[0] ?? pl.post;
        return `Community team won't take him because his postcode (${$.addr(outward)}) sits on the wrong side of the CCG boundary - sorry, ICB now. He's 79, lives alone, had two falls this month. Who do I even escalate to?`;
      },
    },
    {
      key: "b9-eircode",
      countries: ["IE"],
      make: (x) => {
        const pl = x.pl();
        return `Ambulance couldn't find the house - the Eircode (${$.addr(pl.post)}) brings you to a field. ${x.pick(["She", "He"])} was down 14 hours, CK 28,000. Are any of ye GPs putting directions in the notes for rural patients?`;
      },
    },
    {
      key: "b9-village-uk",
      countries: ["UK"],
      make: (x) => {
        const v = x.pick(["Robin Hood's Bay", "Castleton", "Mousehole", "Aysgarth", "Clovelly", "Llanwrtyd Wells", "Plockton", "Hutton-le-Hole"]);
        return `Home visit to a tiny place - ${$.addr(v)}, population about 500 - and the whole village knows she has MND. She's asked me not to tell the district nurse who lives next door. How do you handle confidentiality when the nurse is also the neighbour?`;
      },
    },
    {
      key: "b9-townland-ie",
      countries: ["IE"],
      make: (x) => {
        const p = x.p({ female: false, minYear: 1945, maxYear: 1960 });
        const [townland, county] = x.pick<[string, string]>([["Gortnahoe", "Co. Tipperary"], ["Knockanevin", "Co. Cork"], ["Annaghdown", "Co. Galway"], ["Ballyhahill", "Co. Limerick"], ["Cloonfad", "Co. Roscommon"]]);
        return `Out-of-hours call to ${$.name(p.family)}'s farm at ${$.addr(`${townland}, ${county}`)} - 66M, crushing chest pain, ECG shows anterior STEMI, ambulance 50 minutes out. Thrombolysis in the kitchen? I carry tenecteplase.`;
      },
    },
    {
      key: "b9-suburb-au",
      countries: ["AU"],
      make: (x) => {
        return `Young mum from out ${$.addr(x.pick(["Logan", "Elizabeth", "Mt Druitt", "Frankston", "Armadale"]))} way, 3 kids under 5, EPDS of 22 and passive SI. Perinatal mental health waitlist is 8 weeks. Start sertraline today and see her weekly?`;
      },
    },
    {
      key: "b9-street-no-number",
      countries: ["UK", "AU"],
      make: (x) => {
        const st = x.pick(["Lime Street", "Cemetery Road", "Nelson Parade", "Chapel Lane", "Wattle Grove", "Kookaburra Close"]);
        return `Everyone at the practice knows him as the chap on ${$.addr(st)} with the hoarding - fire service has now flagged the house. He's 71, capacity intact, refuses help. Self-neglect safeguarding referral without consent?`;
      },
    },
    {
      key: "b9-ca-first-nation",
      countries: ["CA"],
      make: (x) => {
        const p = x.p({ female: true, minYear: 1990, maxYear: 2004 });
        return `Medevac question: ${$.name(p.given)}, 24, G1 at 33 weeks, from ${$.addr(x.pick(["Attawapiskat", "Pikangikum", "Fort Severn", "Sandy Lake", "Kashechewan"]))} First Nation, preterm labour, 4 cm. Weather won't allow a flight for 12 h. Tocolysis with nifedipine and betamethasone at the nursing station?`;
      },
    },
    {
      key: "b9-in-village",
      countries: ["IN"],
      make: (x) => {
        const p = x.p({ female: false, minYear: 1960, maxYear: 1985 });
        return `Farmer ${$.name(full(p))} from village ${$.addr(`${x.pick(["Kherwada", "Borsad", "Umreth", "Petlad"])}, Taluka ${x.pick(["Anand", "Khambhat", "Tarapur"])}`)}, 12 hours after spraying pesticide without protection - miosis, fasciculations, bronchorrhoea. Atropine 40 mg so far. Pralidoxime worth adding or not per current evidence?`;
      },
    },
    {
      key: "b9-ng-village",
      countries: ["NG"],
      make: (x) => {
        const p = x.p({ female: true });
        return `Please help: ${$.name(p.given)}, 19, brought from ${$.addr(x.pick(["Igbo-Ora", "Iseyin", "Okeho", "Saki", "Ogbomoso"]))} by her uncle, VVF after 3 days of obstructed labour at home, stillbirth. We have no fistula surgeon. Which centres take referrals now - still Evangel in Jos?`;
      },
    },
    {
      key: "b9-za-farm",
      countries: ["ZA"],
      make: (x) => {
        return `Farm worker from outside ${$.addr(x.pick(["Graaff-Reinet", "Calvinia", "Prieska", "Beaufort West", "Sutherland"]))}, bitten by a puff adder on the hand 8 hours ago, massive swelling to the shoulder. SAIMR polyvalent: 10 vials now and repeat? We have 12 in the fridge.`;
      },
    },
    {
      key: "b9-de-dorf",
      countries: ["DE"],
      make: (x) => {
        const p = x.p({ female: true, minYear: 1935, maxYear: 1950 });
        return `Hausbesuch: Frau ${$.name(p.family)} wohnt allein im Ortsteil ${$.addr(`${x.pick(["Oberkirchen", "Niederstetten", "Unterweißbach", "Hinterzarten", "Mittelberg"])}`)}, kein Bus, kein Pflegedienst in der Nähe. Herzinsuffizienz NYHA III, Gewicht +4 kg. Telemonitoring mit Waage - zahlt das die Kasse?`;
      },
    },
    {
      key: "b9-fr-lieu-dit",
      countries: ["FR"],
      make: (x) => {
        const p = x.p({ female: false, minYear: 1940, maxYear: 1955 });
        return `Visite à domicile chez M. ${$.name(p.family.toUpperCase())}, au lieu-dit ${$.addr(`${x.pick(["Les Granges", "La Croix-Blanche", "Le Moulin-Neuf", "Les Bordes"])}, commune de ${x.pick(["Saint-Flour", "Mauriac", "Ussel", "Bort-les-Orgues"])}`)}. BPCO sous oxygène, refuse l'hospitalisation. Le prestataire d'O2 met 48 h à venir. Vous faites comment en zone blanche ?`;
      },
    },
    {
      key: "b9-es-pueblo",
      countries: ["ES"],
      make: (x) => {
        const p = x.p({ female: true });
        return `Médico rural en la Serranía: la señora ${$.name(`${p.given} ${p.family}`)} vive sola en ${$.addr(x.pick(["Beteta", "Tragacete", "Valdemeca", "Huélamo", "Uña"]))}, 38 habitantes en invierno. Anticoagulada con acenocumarol, INR cada 3 semanas porque no hay transporte. ¿Cambiar a apixabán aunque no esté financiado?`;
      },
    },
    {
      key: "b9-br-interior",
      countries: ["BR"],
      make: (x) => {
        const p = x.p({ female: false });
        return `Paciente do interior, seu ${$.name(p.given)}, mora em ${$.addr(x.pick(["Xique-Xique", "Cabrobó", "Ouricuri", "Canudos", "Uauá"]))}, doença de Chagas com cardiomiopatia, FE 25%, síncope. Implante de CDI só na capital, fila de 8 meses. Amiodarona enquanto isso?`;
      },
    },
    {
      key: "b9-mx-rancheria",
      countries: ["MX"],
      make: (x) => {
        const p = x.p({ female: true });
        return `Pasante en servicio social: paciente ${$.name(fullHisp(p))}, de la ranchería ${$.addr(`${x.pick(["El Zapote", "Los Naranjos", "La Joya", "San Isidro"])}, municipio de ${x.pick(["Tlacoachistlahuaca", "Metlatónoc", "Cochoapa el Grande", "Xochistlahuaca"])}`)}, embarazo de 36 semanas con preeclampsia severa. Ambulancia a 5 horas. ¿Sulfato de magnesio con qué vigilancia?`;
      },
    },
    // --- Phone numbers in each country's punctuation ----------------------------------------------
    {
      key: "b9-phone-us-dots",
      countries: ["US"],
      make: (x) => {
        const p = x.p({ female: true });
        return `Mom left her cell on the triage sheet as ${$.phone(`${x.int(2, 9)}${x.digits(2)}.${x.int(2, 9)}${x.digits(2)}.${x.digits(4)}`)} and now isn't answering - ${$.name(p.given)}, 15, left AMA after an acetaminophen ingestion with a 4-hour level of 180. Police welfare check or CPS first?`;
      },
    },
    {
      key: "b9-phone-uk-intl",
      countries: ["UK"],
      make: (x) => {
        return `His daughter abroad asked us to ring her on ${$.phone(`+44 (0)7${x.digits(3)} ${x.digits(3)} ${x.digits(3)}`)} - she's on a UK mobile but in Spain. The nurses think we can't phone abroad from the ward. Is that really a thing?`;
      },
    },
    {
      key: "b9-phone-fr-dots",
      countries: ["FR"],
      make: (x) => {
        const p = x.p({ female: true });
        return `La voisine de Mme ${$.name(p.family)} m'a laissé son numéro (${$.phone(`0${x.pick(["6", "7"])}.${x.digits(2)}.${x.digits(2)}.${x.digits(2)}.${x.digits(2)}`)}) en disant qu'elle « s'occupe de tout ». Aucun lien de parenté, pas de personne de confiance désignée. Je lui donne des nouvelles ou pas ?`;
      },
    },
    {
      key: "b9-phone-de-slash",
      countries: ["DE"],
      make: (x) => {
        return `Angehöriger (Sohn) will nur per Handy erreicht werden: ${$.phone(`0${x.pick(["151", "160", "176"])}/${x.digits(3)} ${x.digits(2)} ${x.digits(2)}`)}. Patient ist nicht mehr einwilligungsfähig, keine Vorsorgevollmacht. Darf ich dem Sohn überhaupt Auskunft geben, bis die Betreuung eingerichtet ist?`;
      },
    },
    {
      key: "b9-phone-in-dash",
      countries: ["IN"],
      make: (x) => {
        const p = x.p({ female: false });
        return `Sir, patient's son ${$.name(p.given)} is calling from abroad on ${$.phone(`+971-5${x.digits(1)}-${x.digits(3)}-${x.digits(4)}`)}, and the local attender on ${$.phone(`${x.pick(["98", "94", "99"])}${x.digits(3)}-${x.digits(5)}`)} says something different. Whose consent do we take for the tracheostomy?`;
      },
    },
    {
      key: "b9-phone-ng-nospace",
      countries: ["NG"],
      make: (x) => {
        const p = x.p({ female: false });
        return `The brother, ${$.name(`${p.given} ${p.family}`)}, keeps calling from ${$.phone(`0${x.pick(["803", "806", "813", "703"])}${x.digits(7)}`)} to say they will take the patient to a prayer camp instead of dialysis. Patient is confused with urea 48. Who decides in this situation here?`;
      },
    },
    {
      key: "b9-phone-br-zap",
      countries: ["BR"],
      make: (x) => {
        return `A filha pediu pra eu mandar o laudo no zap dela, ${$.phone(`${x.pick(["11", "21", "31", "71"])} 9 ${x.digits(4)}-${x.digits(4)}`)}. Sei que o CFM permite com consentimento, mas vocês mandam laudo de biópsia com câncer por WhatsApp?`;
      },
    },
    {
      key: "b9-phone-jp",
      countries: ["JP"],
      make: (x) => {
        const p = x.p({ female: true });
        return `Family contact in Japan for a tourist in our ICU: ${$.name(`${p.family} ${p.given}`)}'s husband at ${$.phone(`+81-${x.pick(["90", "80"])}-${x.digits(4)}-${x.digits(4)}`)}. He doesn't speak English and our phone interpreter service has no Japanese overnight. Any tips?`;
      },
    },
    {
      key: "b9-phone-kr",
      countries: ["KR"],
      make: (x) => {
        return `Guardian phone (보호자 연락처) ${$.phone(`010-${x.digits(4)}-${x.digits(4)}`)} - the daughter-in-law, not the son. In Korea the family often decides about telling the patient a cancer diagnosis. How do Western colleagues handle that request?`;
      },
    },
    {
      key: "b9-phone-cn",
      countries: ["CN"],
      make: (x) => {
        return `Patient's son in ${$.addr(x.pick(["Shenzhen", "Dongguan", "Foshan", "Xiamen"]))} wants updates on ${$.phone(`+86 ${x.pick(["138", "139", "186"])}-${x.digits(4)}-${x.digits(4)}`)} via WeChat call. Mother has advanced dementia, on NG feeding, recurrent aspiration. He keeps asking for "the strongest antibiotics". How do you frame comfort care across cultures?`;
      },
    },
    {
      key: "b9-phone-mx",
      countries: ["MX"],
      make: (x) => {
        const p = x.p({ female: false });
        return `El esposo de la paciente, ${$.name(fullHisp(p))}, dejó su celular ${$.phone(`${x.pick(["33", "81", "55"])}-${x.digits(4)}-${x.digits(4)}`)} y se fue a trabajar. Ella tiene una hemorragia postparto controlada pero necesita histerectomía si recurre. ¿Consentimiento por teléfono es válido?`;
      },
    },
    {
      key: "b9-phone-za",
      countries: ["ZA"],
      make: (x) => {
        return `Patient only has a neighbour's number (${$.phone(`0${x.pick(["72", "82", "83", "61"])}-${x.digits(3)}-${x.digits(4)}`)}) for results. Positive CrAg, needs LP and treatment. The neighbour said she'd "pass the message on" two days ago. Home visit by the CHW?`;
      },
    },
    {
      key: "b9-phone-ie-landline",
      countries: ["IE"],
      make: (x) => {
        const p = x.p({ female: true, minYear: 1935, maxYear: 1950 });
        return `${$.name(p.given)} only has the landline, ${$.phone(`0${x.pick(["21", "61", "91", "66"])} ${x.digits(3)} ${x.digits(4)}`)}, and doesn't hear it most of the time. Her INR was 7.2 on the lab ring-back. Guards for a welfare check or do I drive out myself?`;
      },
    },
    {
      key: "b9-phone-spoken",
      countries: ["UK", "AU"],
      make: (x) => {
        const num = x.mob(false);
        return { text: `Dictated handover came through as "next of kin the wife mobile ${$.phone(spoken(num))}" - the typist didn't convert it and the night team couldn't call her when he arrested. Audit point: do your typists convert spoken numbers?`, note: "a phone number dictated digit by digit" };
      },
    },
    {
      key: "b9-phone-us-ext",
      countries: ["US", "CA"],
      make: (x) => {
        const p = x.p({ female: false });
        return `${$.name(p.family)} only gave his work number, ${$.phone(x.mob(false))} ext ${x.int(100, 999)}, and his employer answers. He's got a positive HIV test. Obviously I'm not leaving a message. Certified letter? Home visit? How do you reach these patients?`;
      },
    },
    // --- Lower-case chat and one-liners ----------------------------------------------------
    {
      key: "b9-chat-lower",
      countries: ["US", "UK", "AU"],
      make: (x) => {
        const p = x.p();
        return `anyone know what to do w ${$.name(`${p.given.toLowerCase()} ${p.family.toLowerCase()}`)} in bed 4 k is 6.2 again on the new spiro and cardiology wont answer their pager lol`;
      },
    },
    {
      key: "b9-curbside-oneliner",
      countries: ["US", "CA"],
      make: (x) => {
        const age = `${x.int(90, 99)}${x.pick(["M", "F", "yo M", "yo F"])}`;
        const drug = x.pick(["apixaban", "rivaroxaban", "warfarin", "dabigatran"]);
        const rev = x.c === "CA" ? "Octaplex" : x.pick(["andexanet", "Kcentra", "idarucizumab"]);
        return `Quick q: ${$.age(age)} on ${drug}, fell, small SDH, neurosurg says no op - reversal with ${rev} or just hold?`;
      },
    },
    {
      key: "b9-oneliner-name",
      countries: ["UK", "IE"],
      make: (x) => {
        const p = x.p();
        return `Is anyone else's discharge lounge refusing pts on oxygen? ${p.female ? "mrs" : "mr"} ${$.name(p.family.toLowerCase())} sent back up twice today`;
      },
    },
    {
      key: "b9-chat-ng",
      countries: ["NG"],
      make: (x) => {
        const p = x.p({ female: true, minYear: 1940, maxYear: 1955 });
        return `abeg who fit help, mama ${$.name(p.family.toLowerCase())} for female ward don dey vomit blood since morning, pcv 19, no blood for blood bank, family say dem no get money for endoscopy. wetin una dey do for upper gi bleed without scope?`;
      },
    },
    {
      key: "b9-chat-in",
      countries: ["IN"],
      make: (x) => {
        const p = x.p({ female: false });
        return `sir pt ${$.name(p.family.toLowerCase())} ka creat 6.8 ho gaya, urine output nil since 12 hrs, family dialysis ke liye ready nahi, bol rahe ${$.addr(x.pick(["jhansi", "gwalior", "bhind", "morena"]))} le jaayenge. lama likh dein?`;
      },
    },
    {
      key: "b9-chat-br",
      countries: ["BR"],
      make: (x) => {
        const p = x.p({ female: true });
        return `gente alguém sabe se pode dar tenecteplase em quem tá com plaqueta 90 mil?? a ${$.name(p.given.toLowerCase())} do leito 3 chegou com AVC há 2h e o neuro não atende`;
      },
    },
    {
      key: "b9-chat-es",
      countries: ["ES", "AR"],
      make: (x) => {
        const p = x.p({ female: false });
        return `alguien sabe q hacer con el sr ${$.name(p.family.toLowerCase())} q se arranca la sonda cada noche? ya probamos mitones y no quiere contención, la familia tampoco`;
      },
    },
    {
      key: "b9-chat-fr",
      countries: ["FR"],
      make: (x) => {
        const p = x.p({ female: true });
        return `qqn a déjà vu une hyperkaliémie à 7 sous trimethoprime seul?? mme ${$.name(p.family.toLowerCase())} ch 12 elle a rien d'autre, créat normale`;
      },
    },
    {
      key: "b9-chat-de",
      countries: ["DE"],
      make: (x) => {
        const p = x.p({ female: false });
        return `kurz: hr ${$.name(p.family.toLowerCase())} zi 7 hat seit gestern keinen stuhl mehr unter oxy, abdomen weich, ileus? oder einfach movicol hoch`;
      },
    },
    // --- Long narratives, identifier deep inside ------------------------------------------
    {
      key: "b9-long-us",
      countries: ["US"],
      make: (x) => {
        const p = x.p({ female: false, minYear: 1950, maxYear: 1965 });
        const w = x.p({ female: true });
        return `This one has been bothering me for a week and I'd value the group's thoughts.\n\nA 62-year-old retired machinist with COPD (FEV1 38%) came in with his fourth exacerbation this year. Each time he improves on steroids and nebs, goes home, and bounces back within three weeks. He uses his inhalers correctly when we watch him, his oxygen concentrator works, and he quit smoking two years ago. Eosinophils 400. Nothing on CT beyond emphysema.\n\nIt was only on the last admission that his wife, ${$.name(w.given)}, mentioned that he goes out to the shed every morning to work on furniture - sanding, varnish, no mask. ${$.name(p.given)} thinks it's harmless. I'm wondering about an occupational component layered on top, maybe even hypersensitivity pneumonitis.\n\nWould you push for specific IgG panels, or just counsel him to stop and see what happens? And dupilumab - worth it with eos of 400?`;
      },
    },
    {
      key: "b9-long-uk",
      countries: ["UK"],
      make: (x) => {
        const d = x.recent();
        return `Long post, sorry.\n\nI'm a GP in a semi-rural practice. One of our patients, a woman in her 40s with well-controlled epilepsy on lamotrigine, has been planning a pregnancy for about a year. We did folic acid 5 mg, the neurologist was happy, everything was done by the book.\n\nShe was switched to a different lamotrigine brand by the pharmacy without anyone telling her - generic substitution - and her levels dropped. She had a breakthrough seizure at work.\n\nShe found out she was pregnant on ${$.date(`${d.d} ${monthName(d.m)}`)}, two days after the seizure. She's distraught and asking whether the seizure could have harmed the baby. What do you tell her, and how do you stop brand switching for antiseizure meds in practice?`;
      },
    },
    {
      key: "b9-long-au",
      countries: ["AU"],
      make: (x) => {
        return `Bit of a ramble - bear with me.\n\nI've been looking after a young bloke with type 1 for about three years. Very bright, works on a mine site FIFO, HbA1c all over the place. He's on a pump, but the rosters mean he's often away from any clinic for weeks.\n\nLast swing he had DKA on site and was flown out. The medic there said his insulin had cooked in the ute.\n\nHe's now moved back in with his parents out at ${$.addr(x.pick(["Kambalda", "Leinster", "Mount Magnet", "Meekatharra", "Norseman"]))} and wants to keep working. I'm drafting a letter to the mining company and want to get the cooling and storage advice right. Anyone have a template?`;
      },
    },
    {
      key: "b9-long-in",
      countries: ["IN"],
      make: (x) => {
        const p = x.p({ female: true, minYear: 1985, maxYear: 1998 });
        return `Dear all, long case, please read till the end.\n\nA 29-year-old lady came to our OPD with 6 months of fever, weight loss and joint pains. Initially treated as enteric, then as TB empirically for 2 months without improvement. ANA was positive 1:320, anti-dsDNA strongly positive, C3 low.\n\nShe developed nephrotic-range proteinuria and we did a renal biopsy - class IV lupus nephritis. Started on steroids and MMF.\n\nThe problem: the family has stopped her medicines after a faith healer told them steroids cause infertility. I have been trying to contact the husband, ${$.name(`${x.p({ female: false }).given} ${p.family}`)}, on ${$.phone(x.mob(false))} but he does not pick up. How do you counsel such families and should I involve the social worker?`;
      },
    },
    {
      key: "b9-long-de",
      countries: ["DE"],
      make: (x) => {
        const p = x.p({ female: false, minYear: 1940, maxYear: 1950 });
        return `Etwas länger, sorry.\n\nWir betreuen seit Jahren einen Patienten mit Parkinson im fortgeschrittenen Stadium, tiefe Hirnstimulation 2016, seither stabil. Seit dem Herbst zunehmend Halluzinationen, nächtliche Unruhe und Stürze.\n\nDie Neurologen haben Quetiapin angesetzt, danach orthostatische Synkopen. Clozapin wäre die Alternative, aber die Blutbildkontrollen sind für die Familie kaum machbar.\n\nDie Ehefrau sagt, ${$.name(p.given)} erkenne sie manchmal nicht mehr. Sie wohnen in ${$.addr(x.pick(["Bad Berleburg", "Hallenberg", "Winterberg", "Medebach", "Schmallenberg"]))}, die nächste Neurologie ist 60 km entfernt. Pimavanserin ist hier nicht verfügbar. Was würdet ihr tun?`;
      },
    },
    {
      key: "b9-long-za",
      countries: ["ZA"],
      make: (x) => {
        const p = x.p({ female: true, minYear: 1975, maxYear: 1990 });
        return `Long one, apologies.\n\nWoman in her 40s, HIV on TLD for 5 years, suppressed. Presented with 3 months of headaches, then confusion. CrAg negative, CSF mildly lymphocytic, MRI with multifocal white matter lesions not enhancing.\n\nJC virus PCR is pending but takes 3 weeks from the NHLS referral lab. Meanwhile she's deteriorating.\n\nHer sister ${$.name(`${x.p({ female: true }).given} ${p.family}`)} has taken leave from work to sit with her and is asking me daily what this is. If it's PML, what do we actually offer beyond optimising ART? Any experience with pembrolizumab in PML here?`;
      },
    },
    // --- Quoted messages from relatives --------------------------------------------------------
    {
      key: "b9-quoted-sms",
      countries: ["US", "UK"],
      make: (x) => {
        const dad = x.p({ female: false, minYear: 1940, maxYear: 1955 });
        const d = x.p({ female: true });
        return { text: `Got this text on the practice phone, verbatim: "Hi Dr its ${$.name(d.given)}, ${$.name(`${dad.given} ${dad.family}`)}'s daughter, dad fell again last night and wont let us call 911, he says your the only one he listens to. can you call him". How do you respond to these without setting a precedent?`, note: "quoted text message from a relative" };
      },
    },
    {
      key: "b9-quoted-whatsapp-ng",
      countries: ["NG"],
      make: (x) => {
        const p = x.p({ female: false });
        return `WhatsApp from patient's wife (forwarded with her permission): "Good morning doctor, this is Mrs ${$.name(p.family)}. My husband ${$.name(p.given)} did not sleep, he is saying rubbish since night, the tablets from the hospital finished yesterday." He's on isoniazid for TB - pyridoxine deficiency psychosis? Or TB meningitis?`;
      },
    },
    {
      key: "b9-quoted-email-fr",
      countries: ["FR"],
      make: (x) => {
        const p = x.p({ female: false });
        const fils = x.p({ female: false });
        return `Mail reçu du fils : « Bonjour Docteur, je suis ${$.name(`${fils.given} ${p.family}`)}, le fils de ${$.name(`${p.given} ${p.family}`)}. Mon père refuse de manger depuis le décès de ma mère le mois dernier. » Dépression du sujet âgé ou début de démence ? Il a 84 ans.`;
      },
    },
    {
      key: "b9-quoted-voicemail",
      countries: ["AU", "NZ"],
      make: (x) => {
        const son = x.p({ female: false });
        return `Voicemail transcript from the practice system: "yeah g'day it's ${$.name(son.given.toLowerCase())} calling about mum she's had another one of her turns can you ring me back on ${$.phone(x.mob(false))} cheers". No surname, three possible mums on our list. How do other practices match voicemails to patients?`;
      },
    },
    {
      key: "b9-quoted-letter-es",
      countries: ["CO", "ES"],
      make: (x) => {
        const p = x.p({ female: true });
        return `Carta de la familia que me dejaron en consulta: "Doctora, somos los hijos de ${$.name(fullHisp(p))}. No queremos que le diga que tiene cáncer, ella no lo soportaría." Ella me preguntó directamente ayer. ¿Cómo manejáis el pacto de silencio?`;
      },
    },
    // --- East Asian dates and names --------------------------------------------------------
    {
      key: "b9-jp-era-dob",
      countries: ["JP"],
      make: (x) => {
        const yr = x.int(4, 8);
        const m = x.int(1, 12);
        const d = x.int(1, 28);
        return { text: `The Japanese discharge summary gives the DOB as ${$.date(`昭和${yr}年${m}月${d}日`)} - took me a while to convert the Shōwa era, so she's ${$.age(`${2024 - ERA_SHOWA - yr}`)}. She's visiting her grandson here and has new AF with a ventricular rate of 160. Rate control first?`, note: "Japanese era-dated birth date; the derived age is over 89" };
      },
    },
    {
      key: "b9-kr-date",
      countries: ["KR"],
      make: (x) => {
        const d = x.recent();
        return `The Korean records say "${$.date(`${d.y}년 ${d.m}월 ${d.d}일`)} 위 내시경: 조기 위암 의심". He then moved here before the ESD. Is it safe to wait 8 weeks for our next endoscopy slot? Biopsy was well-differentiated adenocarcinoma.`;
      },
    },
    {
      key: "b9-cn-date",
      countries: ["CN"],
      make: (x) => {
        const d = x.recent();
        return `The Chinese hospital letter: "${$.date(`${d.y}年${d.m}月${d.d}日`)}行冠脉支架植入术" - so a DES was placed then. He stopped clopidogrel when he flew here because his prescription ran out. Now needs a colonoscopy polypectomy. How long should we wait?`;
      },
    },
    {
      key: "b9-cn-surname-caps",
      countries: ["CN"],
      make: (x) => {
        const p = x.p({ female: true });
        return `International student, ${$.name(`${p.family.toUpperCase()} ${p.given}`)}, 22, with TB lymphadenitis in the neck. She's worried her university will find out and cancel her visa. Does TB notification go to the university? She's in ${$.addr(x.pick(["Jesmond", "Headingley", "Fallowfield", "Selly Oak", "Mile End"]))} student housing.`;
      },
    },
    {
      key: "b9-kr-order-mixed",
      countries: ["KR"],
      make: (x) => {
        const p = x.p({ female: false });
        return `Our ward lists him as "${$.name(`${p.given} ${p.family}`)}", his passport as "${$.name(`${p.family.toUpperCase()} ${p.given.toUpperCase()}`)}" - same person, two MRNs. Meanwhile his tacrolimus level got filed under the wrong one. How do your hospitals handle East Asian name order at registration?`;
      },
    },
    {
      key: "b9-vn-order",
      countries: ["VN"],
      make: (x) => {
        const p = x.p({ female: true });
        return `Bà ${$.name(`${p.family} ${p.given}`)} - registration put "${$.name(p.given.split(" ").pop() ?? p.given)}" as her surname. 74F, new diagnosis of HCC on a background of HBV. Family asks us not to use the word "ung thư" in front of her. Any Vietnamese-speaking colleagues with advice?`;
      },
    },
    {
      key: "b9-jp-reading",
      countries: ["JP"],
      make: (x) => {
        const pair = x.pick<[string, string]>([["斎藤 正子", "Saito Masako"], ["森 和夫", "Mori Kazuo"], ["石川 トミ", "Ishikawa Tomi"], ["前田 秀雄", "Maeda Hideo"], ["岡田 キヨ", "Okada Kiyo"]]);
        return `Outside Japan now, treating a tourist: ${$.name(pair[0])} (reads ${$.name(pair[1])}), ${$.age("91")}, aspiration pneumonia on the cruise ship. Her travel insurer wants a "fit to fly" for repatriation next week. SpO2 93% on room air. Would you sign?`;
      },
    },
    // --- Nicknames, kinship names, forms of address ------------------------------------------------
    {
      key: "b9-kinship-ng",
      countries: ["NG"],
      make: (x) => {
        const m = x.p({ female: true });
        return `Mama ${$.name(m.given)} (that's how the whole ward knows her, her son is ${$.name(x.p({ female: false }).given)}) has end-stage breast cancer with lymphoedema of the arm. Morphine is scarce. Oral morphine solution from the pharmacy, how do you titrate when you can't guarantee supply?`;
      },
    },
    {
      key: "b9-nickname-mx",
      countries: ["MX"],
      make: (x) => {
        const pair = x.pick<[string, string]>([["Chuy", "Jesús"], ["Pepe", "José"], ["Nacho", "Ignacio"], ["Lalo", "Eduardo"], ["Beto", "Alberto"]]);
        const p = x.p();
        return `Don ${$.name(pair[0])} (${$.name(`${pair[1]} ${p.family}`)}), del puesto de tacos frente al hospital, llegó con un infarto inferior y se negó a quedarse porque "el negocio no se cuida solo". ¿Alta voluntaria con doble antiagregación y cita en 48 h?`;
      },
    },
    {
      key: "b9-nickname-br",
      countries: ["BR"],
      make: (x) => {
        const pair = x.pick<[string, string]>([["Zé", "José"], ["Tião", "Sebastião"], ["Quinzinho", "Joaquim"], ["Chico", "Francisco"], ["Tonho", "Antônio"]]);
        const p = x.p();
        return `O ${$.name(pair[0])} - ${$.name(`${pair[1]} ${p.family}`)} no prontuário - é paciente da UBS há 30 anos, diabético, e agora com úlcera plantar infectada. Recusa internação porque cuida da esposa acamada. Antibiótico oral e curativo domiciliar?`;
      },
    },
    {
      key: "b9-kunya-uk",
      countries: ["UK"],
      make: (x) => {
        const son = x.pick(["Khalid", "Yusuf", "Omar", "Hamza", "Bilal"]);
        return `The family call him "${$.name(`Abu ${son}`)}" and that's the name the HCAs have written on the whiteboard. His registered name is different. He's 80, post-stroke, and keeps getting the wrong meds offered. How do you handle names of address vs registered names on the ward?`;
      },
    },
    {
      key: "b9-initial-dot-lower",
      countries: ["UK", "IE"],
      make: (x) => {
        const p = x.p({ female: true });
        return `quick one from the ward: mrs ${$.name(`${p.given.charAt(0).toLowerCase()}. ${p.family.toLowerCase()}`)} on warfarin + clarithro, inr 6.4, no bleeding. just hold 2 doses or give 1 mg oral vit k?`;
      },
    },
    // --- Ages ---------------------------------------------------------------------------------
    {
      key: "b9-age-ninety-something",
      countries: ["UK", "AU"],
      make: (x) => {
        const p = x.p({ female: false });
        return `Old ${$.name(p.given)}, ${$.age("ninety-something")} (he won't say exactly), still drives to the shops and has just been found to have a 5 cm renal mass. Active surveillance at this point, surely?`;
      },
    },
    {
      key: "b9-age-caps",
      countries: ["US"],
      make: () => {
        return `TRIAGE NOTE: "${$.age("NINETY-TWO YO")} F FROM ALF, FOUND DOWN, UNKNOWN DOWN TIME, CK PENDING." Every note from that facility is in caps. Anyway - rhabdo with CK 14,000 and AKI. Fluids at what rate in someone with EF 30%?`;
      },
    },
    {
      key: "b9-age-odd",
      countries: ["AU", "NZ"],
      make: (x) => {
        const p = x.p({ female: true });
        return `${$.name(p.given)}'s ${$.age("90-odd")}, lives alone, keeps chooks, and has a new diagnosis of CLL found on a routine FBC. Lymphocytes 24. No symptoms. Watch and wait obviously - but do you even bother with the haem referral?`;
      },
    },
    {
      key: "b9-age-hindi",
      countries: ["IN"],
      make: (x) => {
        const p = x.p({ female: false });
        return `Dadaji (${$.name(p.given)}), umar ${$.age("95 saal")}, hip fracture, family keen on surgery. Anaesthesia fitness: Echo EF 45%, mild AS. Spinal ya GA? Sir please advise.`;
      },
    },
    {
      key: "b9-age-ng-baba",
      countries: ["NG"],
      make: (x) => {
        const p = x.p({ female: false });
        return `Baba ${$.name(p.family)} is ${$.age("98")} by his own account, former headmaster, with obstructive uropathy from a big prostate. Family wants TURP, urologist says catheter for life. What would you advise at his age?`;
      },
    },
    {
      key: "b9-age-kr",
      countries: ["KR"],
      make: (x) => {
        const p = x.p({ female: true });
        return `${$.name(`${p.family} ${p.given}`)} 할머니, ${$.age("93세")}, 요양병원 from ${$.addr(x.pick(["Busan", "Daejeon", "Gwangju", "Ulsan"]))}, MRSA pneumonia. The nursing home wants her back with IV vancomycin. Can they do trough monitoring there? Korean colleagues, how common is this?`;
      },
    },
    {
      key: "b9-age-vn",
      countries: ["VN"],
      make: (x) => {
        const p = x.p({ female: false });
        return `Cụ ông ${$.name(`${p.family} ${p.given}`)}, ${$.age("95 tuổi")}, COPD exacerbation on home oxygen concentrator. Family wants intubation if needed. NIV first of course. How do colleagues discuss ceilings of care with Vietnamese families?`;
      },
    },
    {
      key: "b9-age-fr-agee",
      countries: ["FR", "CA"],
      make: (x) => {
        const p = x.p({ female: true });
        return `Mme ${$.name(p.family)}, ${$.age("âgée de 97 ans")}, chute avec fracture du poignet, vit seule. Le fils veut qu'elle aille en EHPAD, elle refuse. Capacité intacte (MMS 27). On respecte son choix, bien sûr, mais quelles aides mettre en place ?`;
      },
    },
    // --- Dates ---------------------------------------------------------------------------------
    {
      key: "b9-date-ordinal-us",
      countries: ["US"],
      make: (x) => {
        const d = x.recent();
        return `She had her last dose of pembrolizumab on ${$.date(`${monthName(d.m)} ${ordinal(d.d)}`)}, now with new-onset diabetes (glucose 540, C-peptide undetectable) - ICI-induced T1DM. Insulin for life, presumably. Continue immunotherapy?`;
      },
    },
    {
      key: "b9-date-fr-ne",
      countries: ["FR"],
      make: (x) => {
        const p = x.p({ minYear: 1950, maxYear: 1970 });
        return `${p.female ? "Née" : "Né"} le ${$.date(`${p.dob.d} ${MOIS[p.dob.m - 1] ?? "mai"} ${p.dob.y}`)}, ${$.name(`${p.given} ${p.family.toUpperCase()}`)}, syndrome de Lynch (MSH2). Coloscopie tous les 2 ans ou tous les ans ? Son frère a eu un cancer du côlon à 41 ans.`;
      },
    },
    {
      key: "b9-date-us-dob-spelled",
      countries: ["US"],
      make: (x) => {
        const p = x.p({ minYear: 1960, maxYear: 1985 });
        return `Registration put "DOB ${$.date(`${pad(p.dob.m, 2)}${pad(p.dob.d, 2)}${p.dob.y}`)}" with no separators and the lab interface read it as a different date, so ${$.name(`${p.given} ${p.family}`)}'s results went to another chart. How often do you see interface mismatches like this?`;
      },
    },
    // --- Links, files, emails in narratives ---------------------------------------------------------
    {
      key: "b9-url-blog",
      countries: ["UK", "AU"],
      make: (x) => {
        const p = x.p({ female: true });
        return `My patient writes a very open blog about her ME/CFS (${$.url(`https://${slug(p.given)}${slug(p.family)}${x.pick(["writes", "livingwithme", "blog"])}.wordpress.com`)}) and mentioned my consultation - not by name, but anyone local would know it's our practice. Should I say anything, or is it her story to tell?`;
      },
    },
    {
      key: "b9-email-rediff",
      countries: ["IN"],
      make: (x) => {
        const p = x.p({ female: false });
        return `Patient's son in the US keeps sending long emails from ${$.email(`${slug(p.given)}.${slug(p.family)}${x.int(60, 99)}@${x.pick(["rediffmail.com", "yahoo.co.in", "gmail.com"])}`)} with printouts from Dr Google asking to change his father's chemo. How much time do you spend on such emails, and do you charge?`;
      },
    },
    {
      key: "b9-file-jpg",
      countries: ["US", "CA"],
      make: (x) => {
        const p = x.p();
        return `Posting the photo as ${$.oid(`${p.family}_${p.given}_rash_day3.jpg`.replace(/[^A-Za-z0-9_.]/g, ""))} - just noticed the name, mods please rename. Targetoid lesions on the palms after starting lamotrigine 3 weeks ago. EM minor or early SJS?`;
      },
    },
    {
      key: "b9-dicom-path",
      countries: ["UK", "DE"],
      make: (x) => {
        const p = x.p();
        const dir = `${p.family.toUpperCase().replace(/[^A-Z]/g, "")}_${p.given.toUpperCase().replace(/[^A-Z]/g, "")}`;
        return `The CD from the other hospital opens to a folder called ${$.oid(`DICOM\\${dir}\\CT_HEAD`)} and our PACS won't import it. Any IT-savvy colleagues know a viewer that works offline?`;
      },
    },
    // --- Full postal addresses dropped into prose ----------------------------------------------------
    {
      key: "b9-addr-full-us",
      countries: ["US"],
      make: (x) => {
        return `Home health can't find her - the referral says ${$.addr(x.addr())} but she moved in with her sister last month. 81F on home TPN for short bowel. Who updates the address in your system, the clinic or the agency?`;
      },
    },
    {
      key: "b9-addr-full-in",
      countries: ["IN"],
      make: (x) => {
        return `Courier of the biopsy report went back undelivered from ${$.addr(x.addr())} - family has shifted and the phone is switched off. Report shows DLBCL. Any way to trace patients through the Ayushman portal?`;
      },
    },
    {
      key: "b9-addr-full-br",
      countries: ["BR"],
      make: (x) => {
        return `A assistente social foi até ${$.addr(x.addr())} e a família já tinha se mudado. O paciente abandonou o tratamento de tuberculose multirresistente. Busca ativa pela UBS ou notificação à vigilância?`;
      },
    },
    {
      key: "b9-addr-full-za",
      countries: ["ZA"],
      make: (x) => {
        return `CHW tried ${$.addr(x.addr())} three times for a child defaulting on TB prophylaxis - mother works nights and granny doesn't open the gate. Next step? Social worker or clinic sister home visit?`;
      },
    },
    {
      key: "b9-addr-full-de",
      countries: ["DE"],
      make: (x) => {
        return `Der Pflegedienst meldet, dass unter ${$.addr(x.addr())} seit zwei Tagen niemand öffnet - unsere Patientin mit Insulinpumpe. Polizei rufen oder erst den Hausmeister? Angehörige nicht erreichbar.`;
      },
    },
  ],
  negatives: [
    // Places that are not the patient's
    { key: "b9n-trained-places", country: "US", text: "Trained at Mayo, did fellowship at Hopkins, now the only rheumatologist for 200 miles in eastern Montana. Telehealth with the Cleveland Clinic for the weird cases. Anyone else in a rural solo specialty practice?", note: "physician's training places" },
    { key: "b9n-conference-lyon", country: "FR", text: "Le congrès de la SFC à Lyon, puis l'ESC à Londres - je présente nos données sur la TAVI chez les patients dialysés. Quelqu'un veut qu'on se retrouve ?", note: "conference cities" },
    { key: "b9n-criteria-cities", country: "UK", text: "Boston criteria for CAA, Ottawa SAH rule, Glasgow-Blatchford for the GI bleed and Manchester triage at the front door - all before 9 am. Our ED is basically a world tour.", note: "named scores and criteria" },
    { key: "b9n-denver-shunt", country: "US", text: "Denver shunt vs TIPS vs an Alfapump for refractory ascites in a patient who isn't a transplant candidate. Our IR won't do TIPS with MELD over 18. Experience with the Alfapump?" },
    { key: "b9n-brisbane-protocol", country: "AU", text: "We use the Brisbane protocol for ketamine sedation in the agitated patient and the Sydney triage scale for mental health presentations. Anyone compared outcomes with droperidol-first pathways?", note: "protocols named after cities" },
    { key: "b9n-seattle-model", country: "CA", text: "Seattle Heart Failure Model gives him 58% one-year survival, MAGGIC says 62%. The family wants a number. Which do you quote, if either?" },
    { key: "b9n-infections-places", country: "AU", text: "Ross River virus, Murray Valley encephalitis, Hendra and Barmah Forest in the same differential for a febrile farmer. Serology takes a week. Anything to do in the meantime besides supportive care?", note: "diseases named after places" },
    { key: "b9n-infections-places-2", country: "US", text: "Lyme, West Nile, Rocky Mountain spotted fever and Powassan - tick season is here. Doxycycline empirically for anyone with fever and a tick bite in the Northeast?", note: "diseases named after places" },
    { key: "b9n-lassa-marburg", country: "NG", text: "Lassa fever season again. Ribavirin stocks are low at our centre. Marburg and Ebola preparedness drills were last year but staff turnover means most new residents haven't done one." },
    { key: "b9n-classifications-places", country: "DE", text: "Los-Angeles-Klassifikation Grad C, Paris-Klassifikation 0-IIa, Wien-Klassifikation Kategorie 4 - drei Städte in einem Endoskopiebefund. ESD oder chirurgische Resektion?", note: "classifications named after cities" },
    { key: "b9n-hospital-city", country: "IN", text: "Referred our patient to AIIMS Delhi for the Whipple; waiting list is 4 months. Tata Memorial in Mumbai is similar. Any other high-volume pancreatic centres in North India?", note: "referral hospitals" },
    { key: "b9n-physician-town", country: "IE", text: "GP in Clonakilty for 20 years and I've never seen as many Lyme cases as this summer. Anyone else in West Cork noticing the same?", note: "the physician's own town" },
    { key: "b9n-research-site", country: "ZA", text: "Our TB vaccine trial site in Worcester is recruiting adolescents. If you're in the Western Cape and have interested families, the study coordinator's details are on the SAMRC site.", note: "a research site's town" },
    { key: "b9n-outbreak-region", country: "BR", text: "Surto de febre oropouche na Amazônia e agora casos no Espírito Santo. Alguém já viu transmissão vertical confirmada? A secretaria pede notificação de todos os casos suspeitos.", note: "outbreak regions at state level" },
    { key: "b9n-mx-state", country: "MX", text: "En Chiapas y Oaxaca seguimos viendo tuberculosis multirresistente con más frecuencia que en el norte. ¿Alguien usa el esquema BPaLM ya en la Secretaría de Salud?", note: "states" },
    { key: "b9n-kr-seoul", country: "KR", text: "Big five hospitals in Seoul vs regional centres - the outcomes gap for gastric cancer surgery has narrowed. Is centralisation still the right policy?" },
    { key: "b9n-cn-cities", country: "CN", text: "Shanghai and Guangzhou centres now report 5-year survival over 70% for early HCC after resection. Are Western centres seeing similar numbers with more transplant?" },
    { key: "b9n-jp-cities", country: "JP", text: "Hisayama study in Fukuoka and the Ohasama study in Iwate - both shaped our home BP targets. Do other countries have similar community cohorts?", note: "study names from places" },
    // Helplines and public numbers
    { key: "b9n-helplines-nhs", country: "UK", text: "Patients keep calling NHS 111 and being told to go to A&E for things the GP could see tomorrow. Anyone have data on 111 dispositions for their practice population?" },
    { key: "b9n-helplines-000", country: "AU", text: "Told her to call 000 if the chest pain came back, or 13 HEALTH for advice overnight. She called neither and drove herself in 6 hours later. Patient education fail, or system fail?" },
    { key: "b9n-helplines-15", country: "FR", text: "Appelez le 15, pas le 18 - les pompiers arrivent vite mais le SAMU régule. On le répète à chaque consultation de cardio. Et le 112 depuis un portable étranger." },
    { key: "b9n-helplines-911", country: "US", text: "He called 911 three times in one night for the same chest pain. EMS transported each time. Frequent-caller programs with EMS - anyone have one that works?" },
    { key: "b9n-helplines-ie", country: "IE", text: "HSE Live on 1800 700 700 for the public, and Caredoc for out-of-hours. Do your patients know the difference? Mine all just come to the ED." },
    { key: "b9n-helplines-za", country: "ZA", text: "10177 for an ambulance in theory, 112 from a cell. In practice our patients wait 3 hours. Private ER24 costs money most don't have." },
    { key: "b9n-helplines-de", country: "DE", text: "112 für den Notfall, 116117 für den ärztlichen Bereitschaftsdienst - die meisten Patienten kennen den Unterschied nicht und kommen trotzdem in die Notaufnahme." },
    { key: "b9n-helplines-jp", country: "JP", text: "In Japan #7119 is the advice line before calling 119 for an ambulance. It reduced non-urgent ambulance calls in Tokyo. Do other countries have something similar?" },
    // Times, durations, shifts
    { key: "b9n-shift-9-4-gp", country: "AU", text: "Clinic's 9-4 Monday to Thursday, 9-12 Friday, and I do the hospital on-call 1 in 4. Anyone managed to get the on-call paid properly in a rural generalist contract?", note: "'9-4' is opening hours" },
    { key: "b9n-shift-7-7", country: "US", text: "Working 7-7 nights, 7 on 7 off. After 10 years of hospitalist nights I'm starting to get AF myself. Anyone transitioned to days and regretted it?", note: "shift times" },
    { key: "b9n-durations", country: "CA", text: "Door-to-balloon 68 minutes, first medical contact to device 94 minutes, total ischemic time 3 h 40. The 90-minute target for transfers is basically impossible for us." },
    { key: "b9n-clock-times-ng", country: "NG", text: "Patient arrived 02:15, first doctor review 02:40, blood available 05:10, theatre 06:00. The 3 hours waiting for blood is the problem in every PPH we lose." },
    { key: "b9n-times-de", country: "DE", text: "Lyse um 14:32, Thrombektomie-Leiste um 15:10, Rekanalisation um 15:48. NIHSS von 18 auf 6. So sollte es immer laufen." },
    { key: "b9n-durations-fr", country: "FR", text: "Délai d'attente aux urgences : 6 h pour voir un médecin, 14 h pour un lit. La moyenne nationale est à 5 h 30 selon la DREES. On fait pire que la moyenne." },
    // Ages under 90, populations, scores
    { key: "b9n-ages-chat", country: "UK", text: "had an 88yo, an 86yo and an 89yo all with falls and new AF today. anticoag all three or am i being reckless", note: "ages up to 89" },
    { key: "b9n-ages-es", country: "ES", text: "Paciente de 85 años con estenosis aórtica severa, otra de 87 con insuficiencia mitral. ¿TAVI y MitraClip en la misma lista? Nuestro equipo cardíaco es reacio." },
    { key: "b9n-centenarian-study", country: "JP", text: "Okinawa centenarian study data are fascinating, but the diet has changed so much that the current cohort of nonagenarians looks very different. Any good recent papers?", note: "population studies" },
    { key: "b9n-scores-chat", country: "US", text: "gcs 9/15 on arrival, 14 by morning, apache ii 24 on admission, sofa 7. family wants to know 'the odds'. how do you even answer that" },
    // Lower-case chat and one-liners without identifiers
    { key: "b9n-chat-lower-noid", country: "AU", text: "anyone else find the new pathology portal impossible to search by date, keeps timing out. i just want last weeks trops" },
    { key: "b9n-oneliner-noid", country: "US", text: "Quick q: 72F on apixaban for AF needs a dental extraction - hold or no hold?" },
    { key: "b9n-oneliner-noid-2", country: "UK", text: "Does anyone still give Hartmann's instead of saline in DKA? Our new protocol switched." },
    { key: "b9n-chat-ng-noid", country: "NG", text: "abeg who get experience with ketamine infusion for sickle cell crisis? morphine no dey pharmacy since last week" },
    { key: "b9n-chat-br-noid", country: "BR", text: "gente, vocês tão usando o novo protocolo de sepse do ILAS? lactato de novo em 2h ou 4h?" },
    { key: "b9n-chat-in-noid", country: "IN", text: "sir dengue mein platelet 15k ho toh transfuse karein ya nahi, bleeding nahi hai. seniors bol rahe transfuse karo, guidelines bol rahi mat karo" },
    { key: "b9n-chat-es-noid", country: "AR", text: "alguien usa todavía el score de glasgow-blatchford en la guardia o directamente endoscopía a todos??" },
    { key: "b9n-chat-fr-noid", country: "FR", text: "qqn a le protocole de désensibilisation à l'aspirine pour un SCA? la pharma me dit qu'on l'a pas" },
    { key: "b9n-chat-de-noid", country: "DE", text: "kurz gefragt: wer gibt noch metamizol iv bei nierenkolik, oder nur noch ibuprofen? unsere apotheke will metamizol streichen" },
    { key: "b9n-chat-vn-noid", country: "VN", text: "cho em hỏi, sốt xuất huyết có nên truyền tiểu cầu khi dưới 20 không ạ, không có chảy máu" },
    { key: "b9n-chat-kr-noid", country: "KR", text: "quick question for korean colleagues - are you still using cefotaxime for SBP prophylaxis or switched to norfloxacin?" },
    { key: "b9n-chat-cn-noid", country: "CN", text: "does anyone use Xuebijing injection for sepsis outside china? our ICU uses it routinely and i'm not sure about the evidence" },
    // Long narratives without identifiers
    { key: "b9n-long-noid-us", country: "US", text: "Long post, sorry.\n\nI'm a hospitalist at a mid-size community hospital. We have no in-house intensivist at night, so the hospitalist covers the ICU from 7 pm to 7 am.\n\nLast week I had three patients on pressors, two new admits with DKA, and a rapid response on the floor at the same time. I was the only physician in the building. Nobody died, but it wasn't safe.\n\nOur administration says tele-ICU is too expensive. What coverage models have worked for hospitals our size?" },
    { key: "b9n-long-noid-uk", country: "UK", text: "Bit of a vent.\n\nWe've had a new 'frailty SDEC' open at our trust, which is great in principle. In practice it closes at 6 pm and the patients who need it most arrive after 8.\n\nThe frailty consultants are brilliant, but there are two of them covering 900 beds.\n\nHow have other trusts made frailty services work out of hours? Virtual wards? Extended hours? Or is it all just the medical take in the end?" },
    { key: "b9n-long-noid-za", country: "ZA", text: "Long one.\n\nDistrict hospital, 180 beds, 6 doctors including me. We've had three maternal deaths this year from PPH, and every review says the same thing: blood wasn't available quickly enough.\n\nThe nearest blood bank is 90 km away. We keep 4 units of O negative, which expire before they're used most months.\n\nWhat have other rural hospitals done? Walking blood bank? Tranexamic acid earlier? We're already doing the basics." },
    { key: "b9n-long-noid-in", country: "IN", text: "Dear all, a long reflection.\n\nIn our medical college we see 30 to 40 snakebite cases a week in the monsoon. ASV is free but vials run out by August.\n\nWe tried a low-dose protocol last year (10 vials, then reassess) and saw no increase in mortality, though our data are not randomised.\n\nIs anyone else using low-dose ASV, and would anyone like to collaborate on a multicentre registry?" },
    { key: "b9n-long-noid-de", country: "DE", text: "Etwas Frust.\n\nSeit der Krankenhausreform werden bei uns die Innere und die Geriatrie zusammengelegt. Niemand weiß, wer die Frührehabilitation dokumentiert.\n\nDie Pflege ist überlastet, die Assistenzärzte wechseln alle drei Monate.\n\nWie geht ihr mit diesen Umstrukturierungen um? Gibt es gute Beispiele?" },
    // Quoted messages without identifiers
    { key: "b9n-quoted-noid", country: "AU", text: "Text from a family member to the ward phone: \"hi just checking how mum is going, we'll come in after work, thanks for looking after her\". Lovely. If only they were all like that.", note: "quoted message without identifiers" },
    { key: "b9n-quoted-noid-es", country: "ES", text: "Mensaje de la familia en el buzón del centro: \"Gracias por cuidar de nuestro padre estos últimos días.\" A veces hace falta leer estas cosas." },
    // Labels with non-identifying values
    { key: "b9n-label-location", country: "US", text: "Location: ED hallway bed 12\nDisposition: admit, boarding\nHours boarded: 31\nThis is a daily thing now. Does your hospital count hallway beds in the census?", note: "hospital location, not the patient's home" },
    { key: "b9n-label-home", country: "CA", text: "Home: lives alone, bungalow, no stairs\nSupports: PSW twice daily\nMobility: walker\nGoals: return home\nOur discharge planners want 'home safety assessment' before every elderly discharge. Is that standard everywhere?", note: "social history, no address" },
    { key: "b9n-label-contact", country: "IE", text: "Contact: ward phone, ask for the nurse in charge\nFollow-up: OPD in 6 weeks\nGP: informed by letter\nIs that enough on a discharge summary or do your GPs want more?" },
    { key: "b9n-label-from", country: "NZ", text: "From: rest home, hospital-level care\nTo: ED\nReason: 'not herself'\nThird one this month. How do you support rest homes to manage these without transfer?" },
    { key: "b9n-label-next-of-kin", country: "UK", text: "NOK: daughter (details on the spine)\nLPA health & welfare: yes, registered\nDNACPR: in place\nShe's asking whether the LPA can refuse antibiotics on his behalf. Can it?" },
    // Eponyms with place-like or name-like words
    { key: "b9n-eponym-names", country: "US", text: "Stevens-Johnson vs DRESS vs AGEP - the RegiSCAR score for DRESS came back 5. Also ruled out Sweet syndrome. Derm wants a biopsy before steroids." },
    { key: "b9n-eponym-names-2", country: "IN", text: "Takayasu arteritis vs Buerger's disease in a 28-year-old smoker with claudication. Both in the differential, plus Behçet. Angiography shows aortic arch involvement." },
    { key: "b9n-eponym-names-3", country: "FR", text: "Maladie de Horton, syndrome de Gougerot-Sjögren et polyarthrite rhumatoïde chez la même patiente. Le tocilizumab couvre-t-il les trois ?" },
    { key: "b9n-grant-numbers", country: "US", text: "Our R01 (HL-series) renewal got a 22nd percentile, and the K23 is pending. Anyone have advice on resubmitting a clinical trial grant after a first-round triage?", note: "grant mechanisms, no identifiers" },
    { key: "b9n-ward-extension", country: "UK", text: "Ring the ward on ext 5523 for the nurse in charge, or bleep 2190 for the FY1. The switchboard number is on the trust intranet. Can someone update the junior doctors' handbook?", note: "internal extensions" },
    { key: "b9n-bare-years-de", country: "DE", text: "Erstdiagnose 1998, Rezidiv 2009, seit 2016 unter Ibrutinib, jetzt BTK-Resistenz. Venetoclax-Rituximab oder direkt CAR-T? Der Patient ist 67 und fit.", note: "bare years" },
    { key: "b9n-dob-unknown-migrant", country: "ES", text: "Fecha de nacimiento: desconocida. Nacionalidad: sin documentar. Edad estimada por radiografía de muñeca: menor de 18. ¿Qué protocolo seguís para la determinación de edad en menores no acompañados?", note: "no identifier in the labelled fields" },
    { key: "b9n-kr-dose-times", country: "KR", text: "Vancomycin 1 g q12h at 06:00 and 18:00, trough before the 4th dose at 17:30 was 8.2. AUC dosing is now recommended in our hospital. Do you still use troughs?" },
    { key: "b9n-physician-self-chat", country: "CA", text: "hi all, dr marie-claude tremblay here, new ER doc in rimouski. happy to connect with others doing rural emerg in eastern quebec", note: "the posting physician's own name and town" },
  ],
};
