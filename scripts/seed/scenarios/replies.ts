/**
 * Shared reply templates. The channel-specific substance (trial citations, pearls, caveats,
 * clarifying questions) lives in each scenario; these templates are the conversational glue around
 * it, so a reply in a cardiology thread quotes cardiology evidence while sounding like a person.
 *
 * Slots available here: {condition}, {ptref} ("your patient"; only in case threads), {setting}
 * ("on our service"), plus whatever scenario slots the thread fixed ({drug}, {dose}...).
 */

export type ReplyKind = "agree" | "disagree" | "tip" | "question" | "plusOne" | "expert" | "anecdote" | "followUp";

/** Weights by depth: top-level replies carry the substance; nested ones are shorter and chattier. */
export const replyWeights: Readonly<Record<"top" | "nested", readonly (readonly [ReplyKind, number])[]>> = {
  top: [
    ["agree", 18], ["disagree", 14], ["tip", 18], ["question", 12],
    ["plusOne", 7], ["expert", 14], ["anecdote", 12], ["followUp", 0],
  ],
  nested: [
    ["agree", 20], ["disagree", 12], ["tip", 12], ["question", 10],
    ["plusOne", 14], ["expert", 3], ["anecdote", 9], ["followUp", 20],
  ],
};

/** Where the replier works, by channel, so "in our ICU" shows up in critical care, not dermatology. */
export const settingsByChannel: Readonly<Record<string, readonly string[]>> = {
  "critical-care": ["in our ICU", "in the MICU", "on our unit", "in a closed ICU like ours"],
  "emergency-medicine": ["in our ED", "in a busy community ED", "at our shop", "on nights"],
  "internal-medicine": ["on our hospitalist service", "on the wards", "in our hospital", "in clinic"],
  anesthesiology: ["in our ORs", "at our ASC", "in our department", "on the obstetric floor"],
  pathology: ["in our lab", "at our institution", "on our sign-out service", "in our group"],
  radiology: ["in our reading room", "in our group", "at our institution", "on our IR service"],
  "practice-career": ["in our group", "at my hospital", "in my region", "where I work"],
  general: ["at my place", "in my practice", "where I work", "at our hospital"],
  "general-surgery": ["on our acute care surgery service", "at our hospital", "in our group", "on call"],
};
export const defaultSettings: readonly string[] = ["in our practice", "in my clinic", "at our institution", "in our group"];

export const agreeOpeners: readonly string[] = [
  "[[Agree|Agreed|Largely agree|Mostly agree]] with the above, [[with one caveat|with a nuance|but I'd add one thing|though I'd add a wrinkle]]:",
  "This is [[roughly|pretty much|more or less]] where I've landed too. [[One nuance|The one thing I'd add|A caveat]]:",
  "[[Same approach here|We do the same|That's our default as well]] {setting}. [[One caveat, though|The nuance|Worth adding]]:",
  "[[Reasonable plan.|Sensible.|I think you're on the right track.]] [[Only thing I'd flag|What I'd add|The nuance I'd add]]:",
  "[[Yes to all of that.|Good summary.|Nothing wrong with that approach.]] [[That said, one thing|Still, worth adding|But keep in mind]]:",
];

/** Pushback openers; followed by one of the scenario's caveats. */
export const disagreeOpeners: readonly string[] = [
  "I'd [[gently|respectfully]] disagree [[on one point|with part of this]]:",
  "[[Devil's advocate|Contrarian take|Playing devil's advocate]] for a moment:",
  "Not sure I agree with the consensus [[forming|building]] [[here|in this thread]].",
  "I'd [[push back on|gently disagree with]] [[a couple of|some of the]] replies [[above|here]].",
  "I'd go further than [[you|most replies here]], actually.",
];

/** Openers that quote the evidence; they work whether the thread agrees or not. */
export const precisionOpeners: readonly string[] = [
  "Worth being precise [[here|about this]]:",
  "[[Small|One]] correction to the discussion so far:",
  "For anyone skimming[[ later|]], the [[numbers|details]] matter here:",
  "I used to [[think otherwise|be more skeptical]] until I [[reread|went back to|actually read]] [[the primary sources|what's published|the data]].",
  "[[To be fair to|Quoting]] the [[data|literature]] [[accurately|properly]]:",
];

export const disagreeBridges: Readonly<Record<"clinical" | "practice", readonly string[]>> = {
  clinical: [
    "", "",
    "So I wouldn't let habit drive the decision here.",
    "Local practice varies, but I'd want a documented reason to deviate.",
    "Happy to be proven wrong, but that's how I read it.",
    "That should [[shape|inform]] how we approach {condition}.",
    "Guidelines aren't gospel, but [[the burden of proof|the onus]] is on the deviation, not the other way round.",
  ],
  practice: [
    "", "",
    "YMMV, but I'd think twice.",
    "So I'd be careful generalising from one group's experience.",
    "Happy to be proven wrong, but that's been my experience.",
    "Worth factoring in before [[deciding|signing anything|committing]].",
  ],
};

export const tipOpeners: readonly string[] = [
  "[[Practical tip|Practical point|Small practical thing]]:",
  "What's [[worked|worked well]] for us {setting}:",
  "[[Pearl|A pearl]] I [[picked up|learned|stole]] from an old attending:",
  "From the trenches:",
  "[[One thing|Something]] that [[helped us a lot|cut down our callbacks|made a real difference]]:",
  "Not glamorous, but it matters:",
];

export const tipClosers: readonly string[] = [
  "", "", "",
  "[[Saves a lot of grief.|Has saved me more than once.|Simple, but it works.]]",
  "YMMV depending on your setup.",
  "[[Colleagues|Others in my group|A few people I trust]] [[have found the same|swear by it|do the same]].",
];

/** Openers for one clarifying question. */
export const questionOpenersOne: readonly string[] = [
  "[[Can you clarify|Quick clarification|One thing I'd want to know first]]:",
  "[[Interesting one.|Good question.|Important question.]] [[Missing piece for me|Before I answer]]:",
  "Before I weigh in:",
];

/** Openers for a short bulleted list of clarifying questions. */
export const questionOpenersMany: readonly string[] = [
  "Before I weigh in, [[a couple of questions|a few questions|some clarifying questions]]:",
  "[[Need a bit more info|A few things would change my answer|Missing pieces for me]]:",
  "[[Interesting one.|Good question.|Important question.]] [[What I'd want to know|Two things I'd want to know]]:",
];

export const questionClosers: readonly string[] = [
  "[[That changes my answer.|The answer changes what I'd do.|I'd go a different way depending on that.]]",
  "[[Depending on that|Depending on the answer]], I'd [[lean|go]] [[very different directions|one of two ways]].",
  "[[Happy to|Will]] [[weigh in|give a fuller answer]] once I know.",
  "",
];

export const plusOneTemplates: readonly string[] = [
  "+1. [[Same experience here|Exactly our experience|We see the same thing|Matches what I see]][[ with {condition}| {setting}|]].",
  "[[This.|This, 100%.|Exactly this.]] [[We changed our protocol|Our group moved|We switched]] [[to the same approach|to this]] [[a couple of years ago|last year|after a near miss|during the pandemic]][[ and haven't looked back| and it's been fine|]].",
  "[[Ditto|Seconded|Agree]]. [[Nothing to add.|Well put.|Saving this thread.|Couldn't have said it better.]][[ {Condition} is trickier than it looks.|]]",
  "[[Bookmarking|Saving|Following]] — [[great|really useful|excellent]] discussion on {condition}[[, thanks all|. Thanks|]].",
  "Same here[[, community practice| in an academic center| in a rural shop| {setting}|]]. [[Works well|No regrets|Fewer callbacks since|Haven't had a problem]][[ so far| in the last few years|, for what it's worth|]].",
  "[[Strongly agree|Agree completely|Hard agree|Fully agree]] with [[the point above|the reply above|this take|the last reply]] about {condition}.",
  "[[Wish I'd read this|Could have used this thread]] [[a few months ago|last year|on my last call night|before my last case like this]]. {Condition} [[always generates|keeps generating|reliably produces]] [[debate|disagreement|strong opinions]] {setting}.",
];

export const expertIntros: readonly string[] = [
  "[[I see a lot of|We manage a fair amount of|This comes up weekly with]] {condition} {setting}, so [[a longer answer|here's how I'd structure it|my two cents, at length]]:",
  "[[Long answer, sorry|Longer reply incoming|Going to be a bit long-winded here]]. [[How I approach|My framework for]] {condition}:",
  "[[Great question|Good case|Important question]], and one where [[practice varies a lot|the guidelines leave room|the evidence is messier than people think]]. [[A few points|Some structure|Points in rough order of importance]]:",
];

export const expertLabels: Readonly<Record<"evidence" | "pearl" | "caveat", readonly string[]>> = {
  evidence: ["**Evidence.**", "**What the data say.**", "**Data.**"],
  pearl: ["**Practically.**", "**Logistics.**", "**In practice.**"],
  caveat: ["**Watch out.**", "**Caveat.**", "**Exceptions.**"],
};

export const expertClosers: readonly string[] = [
  "**Bottom line:** [[individualise|tailor it]], document your reasoning, and [[bring the patient into the decision|make it a shared decision]].",
  "None of this is [[controversial|exotic]], but the order you do it in matters.",
  "[[Happy to|Glad to]] [[share our protocol|send our order set|share our pathway]] if it helps (de-identified, obviously).",
  "[[Would be curious|Curious]] how others [[do it|handle this]] [[at other centers|in community settings|at smaller hospitals|elsewhere]].",
  "[[Good luck|Hope that helps]] — [[post an update|let us know how it goes]] if you can.",
];

export const anecdoteOpeners: Readonly<Record<"case" | "debate" | "practice", readonly string[]>> = {
  case: [
    "Had [[a very similar|an almost identical|a comparable]] case [[a few months ago|last year|a while back|during fellowship|during residency]].",
    "[[We|I]] [[saw|managed]] something [[like this|very close to this]] [[not long ago|on my last stretch of service|earlier this year]].",
    "[[Anecdote, not data, but|For what it's worth,|n=1, but]] we had one of these [[recently|last year|a couple of years ago]].",
  ],
  debate: [
    "We had [[exactly this debate|this same argument|a version of this fight]] {setting} [[last year|a couple of years ago|not long ago]].",
    "[[For what it's worth,|Anecdotally,|Speaking from experience,]] we [[changed|overhauled|rewrote]] our approach to this [[recently|a while back|last year]].",
  ],
  practice: [
    "I went through [[exactly this|something very similar|a version of this]] [[last year|a few years ago|not long ago]].",
    "[[Been there.|Same boat, a couple of years ago.|Lived this one.]]",
  ],
};

export const anecdoteLessons: readonly string[] = [
  "[[It went fine in the end|Outcome was good|It worked out]], but the lesson for me was: {pearl}",
  "What [[bit us|caught us out|surprised us]]: {caveat}",
  "[[In hindsight|Looking back]], the lesson was this: {caveat}",
  "[[We did roughly what's been suggested here|We followed more or less the plan above]]. [[Key step|What made the difference]]: {pearl}",
];

/** Follow-ups that only make sense when the thread is about a patient. */
export const followUpsCase: readonly string[] = [
  "[[Thanks|Thank you|Really helpful]] — [[good point|fair point|that's a good catch]]. [[To answer your question|For context|Re your question]], [[we haven't checked that yet|that was done and was unremarkable|we're still waiting on it]]; [[will update|I'll report back|will post an update]].",
  "[[Appreciate it|Appreciate this|Thanks, all]]. [[That's|This is]] [[roughly|more or less]] where we [[ended up|landed]], and {ptref} is doing okay so far.",
];

export const followUpsAny: readonly string[] = [
  "[[Appreciate it|Appreciate this|Thanks, all]]. [[That's|This is]] [[roughly|more or less]] where [[we|I]] [[ended up|landed]][[, at least for now|]].",
  "[[Fair|Good|Valid]] point. I [[hadn't thought about|underweighted|glossed over]] that [[aspect|part]] of {condition}[[; will discuss with the team| and will bring it up at our next meeting|]].",
  "[[Agree with you in principle|I take the point]], but [[in practice|on the ground]] {setting} [[we don't always have that option|the logistics make that hard|resources are thinner than that]].",
  "[[Exactly|Right]] — and [[to build on that|adding to that]]: {pearl}",
  "[[Interesting|Huh, interesting]]. Do you [[have a reference|have a citation|know where that recommendation comes from]]? [[Genuinely curious|Not doubting you|Would love to read it]] — [[what I've read about|what I've heard about|our local guidance on]] {condition} [[is thinner than I'd like|says something slightly different|is all over the place]].",
];

/** Prefixes for nested tips, questions and anecdotes, which read as responses to the parent. */
export const nestedLeadIns: readonly string[] = [
  "", "", "",
  "[[Good point.|Fair point.|Interesting.|Good thread.]] ",
  "[[Related:|On that note:|Similar story here.]] ",
];
