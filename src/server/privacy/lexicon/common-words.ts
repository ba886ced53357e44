/**
 * Words that are never read as part of a person's name, even when capitalised (sentence starts,
 * headings, forms in capitals) or sitting right after a name cue: "pt is Diabetic", "her son Says",
 * "Name: Unknown". Lower-case; compare with `word.toLowerCase()`.
 *
 * Rule: function words, pronouns, common verbs and adjectives, clinical vocabulary and form labels.
 * Keep real given names and family names out of this list, even ones that are also words
 * (Rose, Hope, Young): they are handled by the cue rules, not by the list.
 */
const RAW = `
a about above across after again against ago all also although always am among an and another any
anyone anything are around as at away back bad be because been before being below best better
between both but by can cannot could did do does doing done down during each either else enough
even ever every few first for from further get gets getting go goes going gone good got had has
have having he hence her here hers herself him himself his how however i if in instead into is it
its itself just last least less let like likely many may maybe me might mine more most much must my
myself neither never new next no none nor not nothing now of off often old on once one only onto or
other others otherwise our ours ourselves out over own per perhaps please quite rather re really
same several shall she should since so some someone something sometimes soon still such than that
the their theirs them themselves then there therefore these they this those though through thus
to today together tomorrow too toward towards under until up upon us very via was we well were what
whatever when where whether which while who whom whose why will with within without would yes yet
yesterday you your yours yourself
able actually added admitted advised agreed allowed already anyway apparently arrived asked assessed
asking became become becomes began begin believe brought call called calling calls came cannot
changed check checked checking come comes coming complained concerned confirmed consider continue
continued could currently decided declined denied denies describes developed did died discharged
doing emailed ended ensure examined explained feels felt fell finally found gave gets give given
gives going had happened has hates have heard held help helped here hopes including insists is keeps
knew know known left let lives living looked looks lost made make makes may means met mentioned
moved needed needs noted noticed now ok okay passed presented presents probably refused refuses
remains reported reports requested requests returned said saw says see seeing seems seen sent
should showed shows started starts stated states stopped suggested takes taking tells thinks told
tried tries turned underwent uses using waiting wants was went were will wished wishes works would
writes wrote
acute admission adult advanced afib age aged allergies allergy also anemia angina anterior anxiety
asthma bilateral blood bowel brain breast cancer cardiac care case chest child chronic clinic
clinical cold colleague colleagues copd cough daughter day days dear diabetes diabetic diagnosis dose
doses elderly emergency female fever fine follow followup friday gentleman guy hello hi history home
hospital husband ill infant inpatient kid lady left male man mild moderate monday month months mother
night normal note nurse obese outpatient pain patient patients pediatric person post pregnant
primary pt pts resident right saturday severe sick son status stable sunday teen thanks thursday
today tuesday unknown unnamed urgent wednesday week weeks wife woman year years young
name names dob mrn ssn dx hx rx tx sx fx pmh psh meds labs vitals plan assessment impression
admit discharge attending provider physician doctor dr md do np pa rn nurse team staff unit ward
bed room floor service consult consultant referral referring primary pcp surgeon surgery
re fwd fw subject cc attn ref mr mrs ms mx miss mister herr frau madame mme mlle sir madam
hgb hb hct plt wbc anc rbc mcv inr ptt pt na k cl co2 hco3 bun cr crcl egfr gfr ca mg phos alb ast alt
alp ggt ldh ck cpk bnp tsh ft4 ft3 psa crp esr hr rr bp sbp dbp map spo2 sao2 fio2 peep temp gcs bmi
ef lvef tte tee ecg ekg eeg ct mri cxr us abg vbg ua ucx bcx lft lfts cbc bmp cmp icu ed er or pacu
npo prn bid tid qid qd qhs iv im sq po
`;

export const COMMON_WORDS: ReadonlySet<string> = new Set(RAW.split(/\s+/).filter((w) => w.length > 0));

/**
 * Listed first names and surnames that are also ordinary English or clinical words: "frank
 * hematuria", "lance the abscess", "crystal arthropathy", "colon cancer", "stone in the CBD",
 * "chest wall", "ana positive", "li level", "foster care", "gross hematuria", "small bowel".
 * Consulted only for lower-case tokens: written in lower case these are read as the word, while a
 * capitalised "Frank" or "Mrs. Stone" is still a name.
 */
const ENGLISH_WORD_NAMES_RAW = `
amber ana angelica aurora carina crystal daisy earl frank hazel heather homer jasmine jay kay kelvin
lance lily myrtle opal rosemary ruby sierra vera viola violet wade
archer baker ball banks barber barrett bass bean bell berry bishop bond booth branch bridges brooks
brown buck bullock burns bush butler cannon carpenter chambers chase cherry church clay collier
colon combs cook cooper corona cox crane cross curry drake duke fields flowers ford foster fox frost
fry gates gentry gilbert glass golden grant gray green gross hale hall hardy hart heath hill hood
hoover horn house hull hunt hunter king knight lamb lane leach li little long love lynch ma mack
marks marsh marshall mason meadows mills moon moss newton noble pace page park parks peck pierce
pope porter potter powers price prince proctor reed rice rich rivers roach roman rose rush savage
sawyer sharp shepherd short skinner small snow song sparks stark stevens stone stout strong summers
tang tanner turner walker wall walls ware warren waters weaver wilson winters wise wolf wolfe wood
woods
`;

export const ENGLISH_WORD_NAMES: ReadonlySet<string> = new Set(
  ENGLISH_WORD_NAMES_RAW.split(/\s+/).filter((w) => w.length > 0),
);
