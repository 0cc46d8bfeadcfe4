/** Small closed word lists the context rules read. Keys are lower-case, apostrophes dropped. */
const set = (words: string) => new Set(words.split(/\s+/).filter(Boolean));

export const SECOND_PERSON = set('you your youre yours u ur ya yall yourself yourselves thou');
export const THIRD_PERSON = set('he she they them him her his their hes shes theyre those these this that');
export const FIRST_PERSON = set('i im me my mine myself we us our ours ourselves ive id ill weve');

/** Words that make a following or preceding slur hostile ("nothing but a", "too many"). */
export const ABUSIVE_BEFORE = set(
  'common typical filthy dirty stinking stinkin bloody fucking fuckin damn damned stupid dumb disgusting worthless lousy ' +
    'useless pathetic ugly fat lazy another many nothing just kill hate deport gas',
);

/** Words of contempt before a noun-only slur used as a modifier: "typical queer behaviour" is the slur. */
export const CONTEMPT_BEFORE = set(
  'typical filthy dirty stinking stinkin fucking fuckin damn damned stupid dumb disgusting worthless lousy useless pathetic',
);

/** Verbs and nouns of talking about a word: a slur after them is reported or discussed. */
export const MENTION_BEFORE = set(
  'call called calling calls say said saying says word words term terms slur slurs spell spelled spelt write wrote ' +
    'writing written shout shouted shouting yell yelled yelling label labelled labeled labeling labelling dub dubbed',
);
export const MENTION_AFTER = set('slur slurs word words term terms');

/** In-group signals that turn a reclaimable slur into reclaimed use. */
export const IN_GROUP = set('homophobes homophobe homophobia proud pride lgbt lgbtq lgbtqia lgbtq+ fellow');
export const POSITIVE = set('great awesome amazing fun wonderful beautiful fabulous best cool fine okay ok valid lovely');

/** Nouns after "queer" that make it the reclaimed identity adjective ("queer people"). */
export const IDENTITY_NOUNS = set(
  'people person persons folks folk community communities culture cultures representation theory youth rights studies ' +
    'pride couple couples identity identities kids women men artists artist characters character love history ' +
    'liberation movement movements spaces space voices friends joy cinema film films art literature scholars ' +
    'scholarship activists activism icon icons family families individuals adults teens students club',
);
export const DEGREE = set('slightly very rather quite most so bit too somewhat pretty really how more');

/** Function words: a word after a slur that is one of these does not make the slur an adjective. */
export const FUNCTION = set(
  'to in on at of for with like and or but nor is are was were be been being am me you him her them us who whom ' +
    'that this these those from by as than then so too here there all ever i my your his its our their a an the ' +
    'if when while because since until unless though although whether not no yes do does did done has have had ' +
    'will would shall should can could may might must just only also even again already still now today ' +
    'tonight tomorrow yesterday always never sometimes s t d ll re ve m',
);

/** Determiners and pronouns: "cripple the economy" is the verb. */
export const DETERMINERS = set('the a an its their his her our your them him us my this that these those every all');

/** Cues that a word lands on a person: name-calling frames. */
export const TARGET_BEFORE = set(
  'you your ur u youre yall ya bunch total complete utter absolute stupid fucking bloody dumb filthy ' +
    'dirty lying pathetic little typical',
);
export const COPULA = set('is are was were be being im youre hes shes theyre isnt arent wasnt');

/** Subjects that make a talking verb the speaker's own use: "I call them …", "we say …". */
export const SPEAKER = set('i we im ive id ill weve wed');
