/**
 * The meaning classes and where in WordNet each comes from. A class is a set of synsets: a root
 * with every hyponym below it (nouns, verbs) or a head adjective with its similar-to satellites.
 * Big trees are thinned by SemCor tag count (a word sense tagged at least `minTagCount` times in
 * running text), so rare species and disease names stay out. `exclude` drops ordinary senses that
 * ride along (the tree of "animal" holds "man", "head" and "queen"); `add` brings forms WordNet
 * lacks ("subhuman", "cockroaches"). Each exclusion and addition says why.
 *
 * Roles say how the clause matcher reads a class:
 *  - dehumanising: a predicate noun that makes a group vermin, animals, filth or disease
 *  - negative-attribute / negative-person: a derogatory judgement ("vile", "stupid", "criminals")
 *  - positive-attribute / positive-emotion: denied ("never any good", "no compassion for") it derogates
 *  - hate-verb, emotion-noun, emotion-cause: negative emotion toward a target
 *  - harm-verb: the act of a threat ("I will stab …", "should be hanged")
 *  - ruin-verb: what a group is said to do to a country or people ("ruining", "invading", "poisoning")
 *  - harm-noun: killing named as a noun ("death to …", "execution is the only answer")
 *  - person: a human target (threats need one: "those weeds" are not threatened)
 *  - animal-place: where animals are kept or treated ("belong in a zoo", "taken to a vet")
 */
import type { Pos } from '../wordnet/read.js';

export type Role =
  | 'dehumanising'
  | 'negative-attribute'
  | 'negative-person'
  | 'positive-attribute'
  | 'positive-emotion'
  | 'hate-verb'
  | 'emotion-noun'
  | 'emotion-cause'
  | 'harm-verb'
  | 'harm-noun'
  | 'ruin-verb'
  | 'person'
  | 'animal-place';

export interface Root {
  /** "n:1318471": part-of-speech letter and WordNet 3.1 offset. */
  synset: string;
  /** The synset's first word, checked against WordNet so a wrong offset fails the build. */
  lemma: string;
  /** Follow hyponyms (nouns, verbs) or similar-to satellites (adjectives). Default true. */
  below?: boolean;
  /** Words below the root need this SemCor count in their sense (the root's own words are kept). */
  minTagCount?: number;
  /** Keep a word below the root only when its most frequent sense is in the class ("case" is not a person first). */
  primarySense?: boolean;
}

export interface ClassSpec {
  id: string;
  pos: Pos;
  role: Role;
  note: string;
  roots: Root[];
  exclude?: Record<string, string>;
  add?: Record<string, string>;
}

const ANIMAL_HOMONYMS = {
  man: 'the person', head: 'head of cattle; a body part', female: 'the person', male: 'the person', queen: 'the person',
  young: 'the adjective', game: 'the pastime', worker: 'the person', mount: 'the verb', mate: 'the person',
  human: 'the person', adult: 'the person', giant: 'the person', prey: 'a victim, not an animal metaphor',
  captive: 'the person', survivor: 'the person', feeder: 'the device', stray: 'the adjective', drone: 'the aircraft',
  gray: 'the colour', dun: 'the colour', charger: 'the device', buckskin: 'the leather', whiteface: 'the make-up',
  pet: 'a term of endearment', beef: 'the meat', chicken: 'the meat; "chicken" for a coward is an insult, not a dehumanisation',
  fly: 'the verb', bat: 'the club', mouse: 'the computer device', bug: 'a software fault', cricket: 'the sport',
  crab: 'the food', turkey: 'the country', fish: 'the food', duck: 'the verb', drake: 'the name', hound: 'the verb',
  stock: 'shares', lamb: 'a term of endearment', kitten: 'a term of endearment',
  puppy: 'a term of endearment', nestling: 'rare', filly: 'a girl (archaic)', colt: 'the gun', steed: 'literary',
  rider: 'the person', racer: 'the person', runner: 'the person', pacer: 'the person', jumper: 'the garment',
  grub: 'food (slang)', nymph: 'the mythical being', larva: 'rare as a metaphor', mammal: 'a neutral taxon',
  vertebrate: 'a neutral taxon', tadpole: 'a child (endearment)', oyster: 'food',
  salmon: 'food; the colour', sardine: 'food', bluefish: 'food', clam: 'food', eagle: 'a national emblem',
  lion: 'praise ("lions")', tiger: 'praise', falcon: 'praise', hawk: 'a political hawk', dove: 'a political dove',
  owl: 'praise (wise)', peacock: 'vanity, not dehumanisation', nightingale: 'praise', swan: 'praise',
  crow: 'the verb (boast)', loon: 'a crazy person (an insult, kept out of animal)', parrot: 'the verb (repeat)',
  newfoundland: 'the place', carabao: 'rare', armadillo: 'rare', anteater: 'rare', walrus: 'rare', seahorse: 'rare',
  ocelot: 'rare', possum: '"playing possum"', porcupine: 'rare', andrena: 'rare genus', rhinoceros: 'rare',
  rhino: 'rare', buffalo: 'the city', panther: 'praise', pheasant: 'food', cockatoo: 'rare', parakeet: 'rare',
  gamecock: 'praise', jackdaw: 'rare', magpie: 'a collector (metaphor)', seagull: 'rare', sparrow: 'rare',
  woodpecker: 'rare', pigeon: 'a dupe (own insult)', squirrel: 'the verb', fox: 'praise ("foxy")',
  deer: 'a term of endearment (dear)', bronc: 'rare', mare: 'rare', gelding: 'rare', pony: 'the verb',
  spaniel: 'rare', terrier: 'praise', bloodhound: 'a detective', honeybee: 'praise (busy)', bee: 'praise (busy)',
  bumblebee: 'praise', ant: 'praise (industrious)', butterfly: 'praise', cicada: 'rare', leafhopper: 'rare',
  silkworm: 'rare', caterpillar: 'the vehicle', 'cuckoo-bumblebee': 'rare', hookworm: 'rare', sidewinder: 'the missile',
  cottonmouth: 'rare', rattler: 'rare', python: 'the programming language', anaconda: 'the software distribution',
  rattlesnake: 'rare', alligator: 'rare', lizard: 'rare', salamander: 'rare', frog: 'a slur for French people, kept in the slur lexicon',
  toad: 'rare', snail: 'slowness, not dehumanisation', moth: 'rare', oxen: 'rare', ox: 'strength (praise)',
  elephant: 'memory (praise)', mule: 'a drug courier', goat: 'GOAT: greatest of all time', calf: 'a body part',
  horse: 'the verb (horse around)', cat: 'a person (slang, neutral)', hen: 'a woman (slang, neutral)',
  wildcat: 'a strike', crowbait: 'rare', pup: 'rare', poultry: 'food', fowl: 'food', chick: 'a woman (slang)',
  bull: 'nonsense (bull)', bear: 'the verb', cow: 'the verb (cow someone)', bird: 'a woman (slang, neutral)',
  coyote: 'a people smuggler', wolf: 'praise ("lone wolf")', shark: 'a swindler (own insult)', spider: 'rare',
  tick: 'the mark', beetle: 'the car',
};

export const SPEC: ClassSpec[] = [
  {
    id: 'vermin',
    pos: 'noun',
    role: 'dehumanising',
    note: 'Vermin, pests and insects said of people: the classic rhetoric of extermination.',
    roots: [
      { synset: 'n:1318471', lemma: 'vermin' },
      { synset: 'n:10768174', lemma: 'vermin' },
      { synset: 'n:1316879', lemma: 'pest' },
      { synset: 'n:10811668', lemma: 'worm' },
      { synset: 'n:2235990', lemma: 'cockroach' },
      { synset: 'n:2333698', lemma: 'rat', minTagCount: 1 },
      { synset: 'n:2162607', lemma: 'insect', minTagCount: 1 },
      { synset: 'n:2332053', lemma: 'rodent', minTagCount: 2 },
      { synset: 'n:2314827', lemma: 'maggot' },
    ],
    exclude: { peacock: 'vanity, not vermin', gnawer: 'rare', blackbeetle: 'rare', crotonbug: 'rare',
      grasshopper: 'praise (a pupil)', bee: 'praise (busy)', honeybee: 'praise', bumblebee: 'praise', andrena: 'rare genus',
      ant: 'praise (industrious)', drone: 'the aircraft', worker: 'the person', queen: 'the person', fly: 'the verb',
      cricket: 'the sport', bug: 'a software fault', beetle: 'the car', squirrel: 'the verb', mouse: 'the computer device',
      'cuckoo-bumblebee': 'rare', leafhopper: 'rare', cicada: 'rare', silkworm: 'rare', caterpillar: 'the vehicle',
      butterfly: 'praise', nymph: 'the mythical being', larva: 'rare as a metaphor', moth: 'rare', tick: 'the mark', porcupine: 'rare',
    },
    add: {
      cockroaches: 'plural the tokenizer meets', roaches: 'plural', termites: 'insects that eat houses (a common metaphor)',
      termite: 'as above', locusts: 'a swarm that strips the land (a common metaphor)', locust: 'as above',
      lice: 'plural of louse', fleas: 'plural of flea', flea: 'a pest insect', ticks: 'parasitic pests, plural only (the singular is the mark)',
      varmint: 'a pest', varmints: 'plural', infestation: 'a swarm of pests',
    },
  },
  {
    id: 'parasite',
    pos: 'noun',
    role: 'dehumanising',
    note: 'Parasites and bloodsuckers: people cast as living off a host.',
    roots: [
      { synset: 'n:1387328', lemma: 'parasite', minTagCount: 1 },
      { synset: 'n:10272371', lemma: 'leech' },
      { synset: 'n:1940550', lemma: 'leech' },
    ],
    exclude: { sponge: 'the object', },
    add: { bloodsuckers: 'plural' },
  },
  {
    id: 'animal',
    pos: 'noun',
    role: 'dehumanising',
    note: 'Animals said of people ("animals", "apes", "pigs", "dogs"); common species only, praise animals out.',
    roots: [
      { synset: 'n:15568', lemma: 'animal', minTagCount: 1 },
      { synset: 'n:9864997', lemma: 'beast' },
      { synset: 'n:10572830', lemma: 'savage', below: false },
      { synset: 'n:9815626', lemma: 'anthropoid' },
      { synset: 'n:2472956', lemma: 'ape', minTagCount: 1 },
      { synset: 'n:2486953', lemma: 'monkey', minTagCount: 1 },
      { synset: 'n:2397655', lemma: 'swine', minTagCount: 1 },
      { synset: 'n:1729333', lemma: 'snake', minTagCount: 5 },
      { synset: 'n:10635218', lemma: 'snake' },
    ],
    exclude: ANIMAL_HOMONYMS,
    add: {
      baboons: 'primates used as a racist metaphor', baboon: 'as above', gorillas: 'as above', gorilla: 'as above',
      chimps: 'as above', chimp: 'as above', hyenas: 'scavengers', hyena: 'as above', jackals: 'scavengers', jackal: 'as above',
      mongrels: 'mixed-breed dogs, said of people', mongrel: 'as above', dogs: 'plural', curs: 'plural of cur', cur: 'a mongrel dog',
      vipers: 'venomous snakes', viper: 'as above', serpents: 'plural', livestock: 'farm animals', cattle: 'farm animals',
      barbarians: 'plural of barbarian', barbarian: 'an uncivilised person', savages: 'plural', brutes: 'plural',
      creatures: 'beings less than human', creature: 'as above',
    },
  },
  {
    id: 'subhuman',
    pos: 'noun',
    role: 'dehumanising',
    note: 'Words that deny a person is human at all; WordNet has none of them, so they are added.',
    roots: [{ synset: 'n:10349658', lemma: 'monster' }],
    exclude: { hare: 'rare as a metaphor', rabbit: 'praise and children; "breed like rabbits" is a frame', rooster: 'rare', antelope: 'rare', goose: 'a silly person (mild)', grasshopper: 'praise (a pupil)', fauna: 'neutral', reptile: 'kept via snake', ophidian: 'rare', 'animate being': 'rare', devil: 'a term of endearment ("lucky devil")', demon: 'praise ("a demon on the pitch")' },
    add: {
      subhuman: 'not human', subhumans: 'plural', 'sub-human': 'spelling', 'sub-humans': 'spelling', untermensch: 'the Nazi term',
      untermenschen: 'plural', 'lesser beings': 'inferior beings', 'inferior beings': 'as above', 'lower beings': 'as above',
      'lesser humans': 'as above', 'inferior race': 'as above', 'inferior species': 'as above', 'lesser species': 'as above',
      orcs: 'fantasy monsters used for enemies', goblins: 'as above', mutants: 'as above',
    },
  },
  {
    id: 'filth',
    pos: 'noun',
    role: 'dehumanising',
    note: 'Filth, excrement, garbage and scum said of people ("human garbage", "worthless dirt").',
    roots: [
      { synset: 'n:14880903', lemma: 'filth' },
      { synset: 'n:14521680', lemma: 'dirt', below: false },
      { synset: 'n:14878732', lemma: 'crap' },
      { synset: 'n:14878134', lemma: 'body waste', minTagCount: 1 },
      { synset: 'n:14878449', lemma: 'fecal matter', below: false },
      { synset: 'n:14881648', lemma: 'rubbish' },
      { synset: 'n:14881302', lemma: 'garbage', below: false },
      { synset: 'n:8419104', lemma: 'trash' },
      { synset: 'n:14881044', lemma: 'sewage' },
      { synset: 'n:14980800', lemma: 'sludge', below: false },
      { synset: 'n:4164764', lemma: 'scum', below: false },
    ],
    exclude: { dust: 'the ordinary sense', litter: 'young animals; rubbish in the street', rubble: 'literal', slack: 'the adjective', debris: 'literal', detritus: 'literal',
      soil: 'the earth', stain: 'a mark', grease: 'the lubricant', grunge: 'the music', stool: 'the seat',
      dejection: 'the mood', bm: 'an abbreviation', scrap: 'the verb; a fight', scraps: 'leftovers',
      'food waste': 'literal', refuse: 'the verb', urine: 'literal', sweat: 'literal', shit: 'profanity, matched by the lexicon',
      crap: 'profanity, matched by the lexicon', poop: 'literal', shite: 'profanity', muck: 'the verb',
      ooze: 'the verb', goo: 'rare', goop: 'rare', gook: 'a slur, kept in the slur lexicon', guck: 'rare', gunk: 'rare',
      skank: 'an insult in the insult lexicon', crud: 'rare', excretion: 'literal', excreta: 'literal',
      'excretory product': 'literal', 'body waste': 'literal', 'fecal matter': 'literal', 'faecal matter': 'literal',
    },
    add: { waste: 'as in "a waste of space"', 'human waste': 'said of people', vomit: 'filth', slime: 'filth', feces: 'excrement', faeces: 'excrement', excrement: 'filth', sewage: 'filth', dirt: 'filth said of people', rubbish: 'as above', garbage: 'as above' },
  },
  {
    id: 'disease',
    pos: 'noun',
    role: 'dehumanising',
    note: 'Disease, infection and tumour said of people ("a cancer", "a plague", "a virus").',
    roots: [
      { synset: 'n:14093842', lemma: 'disease', minTagCount: 3 },
      { synset: 'n:14263400', lemma: 'cancer', minTagCount: 2 },
      { synset: 'n:14258682', lemma: 'tumor', minTagCount: 2 },
      { synset: 'n:14162173', lemma: 'plague', below: false },
      { synset: 'n:14099961', lemma: 'plague', below: false },
      { synset: 'n:5840263', lemma: 'plague', below: false },
      { synset: 'n:1331343', lemma: 'virus', below: false },
      { synset: 'n:14031349', lemma: 'virus', below: false },
      { synset: 'n:1388648', lemma: 'pathogen', below: false },
      { synset: 'n:1387132', lemma: 'microbe', below: false },
      { synset: 'n:1351171', lemma: 'bacteria', below: false },
      { synset: 'n:14198031', lemma: 'infection', below: false },
      { synset: 'n:7450133', lemma: 'epidemic', below: false },
    ],
    exclude: { cold: 'the temperature', scours: 'rare', goitre: 'rare', emphysema: 'rare', tuberculosis: 'rare as a metaphor',
      pest: 'in vermin', bug: 'a software fault', germ: 'the seed of an idea', growth: 'the economy',
      neoplasm: 'literal', pestis: 'rare', 'malignant neoplastic disease': 'literal',
    },
    add: {
      germs: 'plural', pandemic: 'disease', scourge: 'a plague', blight: 'a plant disease said of people', contagion: 'infection',
      pestilence: 'plague', 'a disease': 'article form', tumors: 'plural', tumours: 'plural', tumour: 'spelling', cancers: 'plural',
      viruses: 'plural', plagues: 'plural', diseases: 'plural', infections: 'plural', gangrene: 'rot',
    },
  },
  {
    id: 'disgusting',
    pos: 'adj',
    role: 'negative-attribute',
    note: 'Disgusting, repulsive, vile: a group judged revolting.',
    roots: [
      { synset: 'a:1628814', lemma: 'offensive' },
      { synset: 'a:2570765', lemma: 'nauseating' },
      { synset: 'a:1136517', lemma: 'despicable' },
      { synset: 'a:907770', lemma: 'contemptible' },
      { synset: 'a:1629244', lemma: 'abhorrent' },
    ],
    exclude: {
      offensive: 'the sports and military sense', rank: 'the noun', obscene: 'obscene language, not a person',
      queasy: 'the speaker\'s feeling', nauseous: 'the speaker\'s feeling', wicked: 'praise (slang)', low: 'the ordinary sense',
      mean: 'the verb', charnel: 'rare', sepulchral: 'rare', ghoulish: 'rare', morbid: 'not a judgement',
      outrageous: 'often praise', horrific: 'describes events', miserable: 'the feeling', abject: 'describes poverty',
    },
    add: {
      sickening: 'disgusting', disgusting: 'as above', repugnant: 'as above', repulsive: 'as above', revolting: 'as above',
      vile: 'as above', gross: 'slang for disgusting', nasty: 'as above', horrible: 'as above', awful: 'as above', terrible: 'as above',
      abhorrent: 'as above', detestable: 'as above', loathsome: 'as above', hateful: 'as above', appalling: 'as above', worst: '"the worst"',
    },
  },
  {
    id: 'evil',
    pos: 'adj',
    role: 'negative-attribute',
    note: 'Evil, wicked, cruel, dangerous: a group judged morally bad or a menace.',
    roots: [
      { synset: 'a:1134543', lemma: 'evil' },
      { synset: 'a:2524157', lemma: 'evil' },
      { synset: 'a:226107', lemma: 'malefic' },
    ],
    exclude: {
      bad: 'too general', black: 'the colour and the group', dark: 'the ordinary sense', grievous: 'describes injuries',
      atrocious: 'describes events', unworthy: 'in worthless', worthless: 'in worthless', ugly: 'in ugly', wretched: 'the feeling',
    },
    add: {
      cruel: 'morally bad', violent: 'a menace', dangerous: 'a menace', criminal: 'as an adjective', savage: 'as an adjective',
      barbaric: 'as above', barbarous: 'as above', immoral: 'as above', depraved: 'as above', degenerate: 'as above',
      wicked: 'as above', sinful: 'as above', corrupt: 'as above', treacherous: 'as above', vicious: 'as above',
    },
  },
  {
    id: 'stupid',
    pos: 'adj',
    role: 'negative-attribute',
    note: 'Stupid, ignorant, brainless: a group judged unintelligent.',
    roots: [
      { synset: 'a:441328', lemma: 'stupid' },
      { synset: 'a:1339540', lemma: 'unintelligent' },
      { synset: 'a:834764', lemma: 'ignorant', below: false },
    ],
    exclude: {
      dense: 'the physical sense', dim: 'the light', dull: 'boring', slow: 'the speed', weak: 'the strength', thick: 'the size', senseless: 'describes acts', soft: 'rare', jerky: 'the motion', headless: 'the literal sense',
      unlearned: 'rare', unlettered: 'rare', nescient: 'rare', lumpen: 'rare', lumpish: 'rare',
      yokel: 'rare', 'yokel-like': 'rare', dopy: 'rare', dopey: 'rare', goosey: 'rare', goosy: 'rare', gooselike: 'rare',
      anserine: 'rare', duncical: 'rare', duncish: 'rare', loggerheaded: 'rare', gaumless: 'rare',
    },
    add: { dumb: 'unintelligent', idiotic: 'as above', moronic: 'as above', brainless: 'as above', ignorant: 'as above', clueless: 'as above', },
  },
  {
    id: 'worthless',
    pos: 'adj',
    role: 'negative-attribute',
    note: 'Worthless, useless, inferior, pathetic: a group judged of no value or of lower rank.',
    roots: [
      { synset: 'a:2512179', lemma: 'worthless' },
      { synset: 'a:908403', lemma: 'pathetic', below: false },
      { synset: 'a:2353767', lemma: 'inferior', below: false },
    ],
    exclude: {
      sorry: 'the apology', null: 'the value', negligible: 'describes amounts', paltry: 'describes amounts', trifling: 'describes amounts',
      otiose: 'rare', pointless: 'describes acts', purposeless: 'describes acts', senseless: 'describes acts', superfluous: 'describes things',
      wasted: 'drunk', manky: 'rare', chaffy: 'rare', tinpot: 'rare', nugatory: 'rare', rubbishy: 'rare', trashy: 'describes things',
      valueless: 'describes things',
    },
    add: {
      useless: 'of no value', 'good-for-nothing': 'as above', inferior: 'lower rank', 'second-class': 'as above', subhuman: 'as above',
      lesser: 'as above', pathetic: 'as above', parasitic: 'as above', primitive: 'said of people', uncivilised: 'as above',
      uncivilized: 'as above', backward: 'as above', defective: 'said of people', degenerate: 'as above',
    },
  },
  {
    id: 'dirty',
    pos: 'adj',
    role: 'negative-attribute',
    note: 'Dirty, filthy, smelly: a group judged unclean.',
    roots: [{ synset: 'a:420808', lemma: 'dirty' }],
    exclude: {
      black: 'the colour and the group', buggy: 'software', cobwebby: 'rare', greasy: 'food', oily: 'food', muddy: 'literal',
      mucky: 'literal', sooty: 'literal', smudgy: 'literal', unswept: 'literal', 'dirty-faced': 'rare', 'travel-soiled': 'rare',
      'travel-stained': 'rare', augean: 'rare', bedraggled: 'rare', draggled: 'rare', maculate: 'rare', flyblown: 'rare',
      feculent: 'rare', befouled: 'rare', fouled: 'sports', raunchy: 'sexual slang', ratty: 'rare', snotty: 'arrogant', soiled: 'literal', uncleanly: 'rare', lousy: 'bad quality', squalid: 'describes places',
      sordid: 'describes affairs', dingy: 'describes places', grimy: 'describes places', grungy: 'the style',
    },
    add: { filthy: 'unclean', smelly: 'as above', stinking: 'as above', stinky: 'as above', unwashed: 'as above', unclean: 'as above', dirty: 'as above' },
  },
  {
    id: 'dishonest',
    pos: 'adj',
    role: 'negative-attribute',
    note: 'Dishonest, deceitful, thieving: a group judged untrustworthy.',
    roots: [{ synset: 'a:1225555', lemma: 'dishonest' }],
    exclude: {
      ambidextrous: 'the ordinary sense', beguiling: 'often praise', false: 'describes claims', misleading: 'describes claims',
      deceptive: 'describes claims', fallacious: 'describes claims', picaresque: 'literary', rascally: 'playful', roguish: 'playful',
    },
    add: { untrustworthy: 'as above', lying: 'as above', sneaky: 'as above', greedy: 'as above', lazy: 'idle (a stereotype)', 'work-shy': 'as above' },
  },
  {
    id: 'ugly',
    pos: 'adj',
    role: 'negative-attribute',
    note: 'Ugly, hideous, grotesque: a group judged repellent to look at.',
    roots: [{ synset: 'a:222548', lemma: 'ugly' }],
    exclude: { disfigured: 'describes injuries', scrofulous: 'rare', unlovely: 'rare', unpicturesque: 'rare', 'ill-favored': 'rare', 'ill-favoured': 'rare', 'evil-looking': 'rare' },
    add: {},
  },
  {
    id: 'menace',
    pos: 'noun',
    role: 'negative-attribute',
    note: 'A menace, burden, curse or disgrace: a group cast as harm to others ("a threat to civilisation", "a burden on society").',
    roots: [
      { synset: 'n:14566833', lemma: 'menace', below: false },
      { synset: 'n:10722264', lemma: 'terror', below: false },
      { synset: 'n:5841069', lemma: 'burden', below: false },
      { synset: 'n:10411212', lemma: 'pain', below: false },
      { synset: 'n:14468692', lemma: 'bane', below: false },
      { synset: 'n:14463603', lemma: 'shame', below: false },
      { synset: 'n:1064179', lemma: 'drain', below: false },
      { synset: 'n:14499874', lemma: 'catastrophe', below: false },
      { synset: 'n:218366', lemma: 'disaster', below: false },
    ],
    exclude: { load: 'the ordinary sense', encumbrance: 'rare', incumbrance: 'rare', onus: 'rare', pain: 'the feeling; "a pain in the neck" is the phrase kept', shame: 'the feeling ("what a shame")', ignominy: 'rare', nemesis: 'neutral in sport', drainage: 'literal' },
    add: { danger: 'a source of danger', dangers: 'plural', disgrace: 'a cause of shame', disgraces: 'plural', curse: 'a bane', curses: 'plural', liability: 'a burden', liabilities: 'plural', nuisance: 'a burden', nuisances: 'plural', 'pain in the neck': 'a nuisance', problem: 'said of people ("they are the problem")' },
  },
  {
    id: 'bad-character',
    pos: 'adj',
    role: 'negative-attribute',
    note: 'Bad character and mind: arrogant, selfish, cowardly, incompetent, insane, hostile, abnormal, perverted, ungrateful, childish.',
    roots: [
      { synset: 'a:1895886', lemma: 'arrogant' },
      { synset: 'a:2105605', lemma: 'selfish' },
      { synset: 'a:644966', lemma: 'ill-mannered', below: false },
      { synset: 'a:265642', lemma: 'cowardly' },
      { synset: 'a:513139', lemma: 'incompetent' },
      { synset: 'a:2081496', lemma: 'insane' },
      { synset: 'a:90253', lemma: 'annoying', below: false },
      { synset: 'a:1247284', lemma: 'hostile', below: false },
      { synset: 'a:1600178', lemma: 'abnormal' },
      { synset: 'a:624143', lemma: 'depraved', below: false },
      { synset: 'a:1150547', lemma: 'ungrateful', below: false },
      { synset: 'a:1496164', lemma: 'childish', below: false },
      { synset: 'a:1932775', lemma: 'irrational' },
      { synset: 'a:308272', lemma: 'incapable' },
      { synset: 'a:2475336', lemma: 'untrustworthy' },
    ],
    exclude: {
      'ill-mannered': 'rare', 'bad-mannered': 'rare', unmannered: 'rare', unmannerly: 'rare', chesty: 'the body', proud: 'praise',
      'self-loving': 'rare', 'self-seeking': 'rare', faint: 'the feeling', timid: 'mild', 'faint-hearted': 'mild', fainthearted: 'mild',
      yellow: 'the colour', chicken: 'the food', caitiff: 'rare', recreant: 'rare', dastard: 'rare', feckless: 'rare', unworkmanlike: 'rare',
      ineffective: 'describes measures', inefficient: 'describes systems', balmy: 'the weather', bats: 'the animal', buggy: 'software', cracked: 'literal',
      crackers: 'the food', fruity: 'the taste', haywire: 'machines', loco: 'rare', 'round the bend': 'rare', 'around the bend': 'rare',
      wacky: 'playful', whacky: 'playful', kooky: 'playful', kookie: 'playful', dotty: 'playful', daft: 'mild', unbalanced: 'literal',
      antidromic: 'medical', anomalous: 'neutral', atypical: 'neutral', irregular: 'neutral', 'brachydactylic': 'medical', brachydactylous: 'medical',
      subnormal: 'medical', exceptional: 'praise', thankless: 'describes tasks', unthankful: 'rare', infantile: 'medical', pestiferous: 'rare',
      plaguy: 'rare', plaguey: 'rare', teasing: 'playful', nettlesome: 'rare', galling: 'describes events', vexatious: 'legal', reprobate: 'rare',
      perverse: 'describes reasoning', certified: 'the ordinary sense', sick: 'illness', brainsick: 'rare', certifiable: 'rare', touched: 'moved (the feeling)', wild: 'the ordinary sense',
      funky: 'the music', fearful: 'the feeling', supernormal: 'praise', fey: 'rare', vicarious: 'the ordinary sense', unsound: 'describes arguments',
      hebephrenic: 'medical', moonstruck: 'rare', 'poor-spirited': 'rare', poltroon: 'rare', unmanly: 'gendered',
      blind: 'a disability, and "blind to" the ordinary sense', unable: 'the ordinary sense ("unable to attend")', tricky: 'describes tasks',
      slippery: 'the literal sense', superstitious: 'mild', 'fly-by-night': 'rare', nonrational: 'rare', reasonless: 'rare', untrusty: 'rare',
    },
    add: {
      crazy: 'insane', mad: 'insane', psycho: 'insane', psychotic: 'insane', deranged: 'insane', unhinged: 'insane', delusional: 'insane',
      hysterical: 'as above', rude: 'as above', aggressive: 'as above', unnatural: 'as above',
      perverted: 'as above', deviant: 'as above', degenerate: 'as above', freakish: 'as above',
      weird: 'as above', irresponsible: 'as above', ungrateful: 'as above', entitled: 'as above', hypocritical: 'as above',
      treacherous: 'as above', inept: 'as above', useless: 'as above', hopeless: 'as above', ridiculous: 'as above', toxic: 'as above',
      rotten: 'as above', lousy: 'as above', murderous: 'as above', predatory: 'as above', mindless: 'as above', unethical: 'as above',
      undesirable: 'as above', unfit: 'as above', unworthy: 'as above', intolerable: 'as above', unbearable: 'as above', insufferable: 'as above',
      obnoxious: 'as above', annoying: 'as above', irritating: 'as above', parasitic: 'as above', backwards: 'as above',
    },
  },
  {
    id: 'unpleasant-person',
    pos: 'noun',
    role: 'negative-person',
    note: 'Nouns for a despicable or unpleasant person, said of a group ("they are all scumbags").',
    roots: [
      { synset: 'n:9654651', lemma: 'unpleasant person', minTagCount: 1 },
      { synset: 'n:10438792', lemma: 'pervert', below: false },
    ],
    exclude: { junior: 'the rank', operator: 'the job', user: 'the ordinary sense', cynic: 'mild', detractor: 'neutral', egotist: 'mild', gadfly: 'mild', misanthrope: 'describes a bigot, not a group', misogynist: 'describes a bigot, not a group', mocker: 'mild', poseur: 'mild', tormentor: 'neutral', windbag: 'mild', wisenheimer: 'rare', cuss: 'the verb', devil: 'a term of endearment', 'so-and-so': 'neutral', crumb: 'the food', bum: 'the body part', puke: 'the verb', deviate: 'the verb' },
    add: { abomination: 'a loathsome person or thing', abominations: 'plural', freaks: 'people seen as abnormal', freak: 'as above', weirdos: 'as above', weirdo: 'as above', losers: 'as above', loser: 'as above', cowards: 'as above', coward: 'as above' },
  },
  {
    id: 'wrongdoer',
    pos: 'noun',
    role: 'negative-person',
    note: 'Criminals and offenders, said of a whole group ("they are all criminals, rapists and thieves").',
    roots: [
      { synset: 'n:9657157', lemma: 'wrongdoer', minTagCount: 1 },
      { synset: 'n:9997190', lemma: 'criminal', minTagCount: 1 },
    ],
    exclude: {
      sinner: 'religious, not a judgement of a group', debtor: 'neutral', runner: 'the athlete', front: 'the position', fox: 'the animal',
      hood: 'the garment', punk: 'the music', quack: 'the sound', pander: 'the verb', wildcat: 'the strike', beast: 'in animal',
      brute: 'in animal', phony: 'describes things', fraud: 'the act', nymphomaniac: 'not a judgement of a group', procurer: 'neutral', outlaw: 'the verb',
      pirate: 'the verb; software', ghoul: 'the monster', collaborator: 'a co-worker', conspirator: 'kept out: conspiracy markers are another tagger',
      rustler: 'rare', barnburner: 'an exciting game', offender: 'neutral in news', culprit: 'neutral in news', wretch: 'pity', reprobate: 'rare',
      muscleman: 'praise', roughneck: 'an oil worker', rowdy: 'the adjective', wrongdoer: 'rare', evildoer: 'rare', malfeasant: 'rare', briber: 'rare',
      faker: 'rare', despoiler: 'rare', safebreaker: 'rare', housebreaker: 'rare', highwayman: 'rare', bootlegger: 'rare', gunslinger: 'praise',
      'double-crosser': 'rare', 'plug-ugly': 'rare',
    },
    add: { terrorists: 'plural', terrorist: 'an attacker', rapists: 'plural', rapist: 'as above', paedophiles: 'as above', pedophiles: 'as above', paedophile: 'as above', pedophile: 'as above', groomers: 'as above', invaders: 'as above', invader: 'as above', thugs: 'as above', thug: 'as above' },
  },
  {
    id: 'good',
    pos: 'adj',
    role: 'positive-attribute',
    note: 'Good, intelligent, worthy, honest: praise that derogates when denied ("never any good", "not worthy").',
    roots: [
      { synset: 'a:1126910', lemma: 'good', below: false },
      { synset: 'a:1133477', lemma: 'good', below: false },
      { synset: 'a:1337350', lemma: 'intelligent' },
      { synset: 'a:2595419', lemma: 'worthy' },
      { synset: 'a:1225031', lemma: 'honest', below: false },
      { synset: 'a:2000490', lemma: 'decent', below: false },
    ],
    exclude: {
      'cum laude': 'rare', 'magna cum laude': 'rare', 'summa cum laude': 'rare', quotable: 'rare', sacred: 'religious', model: 'the noun',
      natural: 'the ordinary sense', born: 'the verb', innate: 'rare', quick: 'the speed', ready: 'the ordinary sense',
      prehensile: 'rare', searching: 'the verb', trenchant: 'rare', agile: 'the body', nimble: 'the body', apt: 'rare',
      scintillating: 'rare', worth: 'handled as "worth nothing"', valued: 'the verb',
    },
    add: { human: 'denied humanity ("not human")', smart: 'as above', clever: 'as above', trustworthy: 'as above', useful: 'as above', capable: 'as above', welcome: 'as above', 'fit': 'as above' },
  },
  {
    id: 'goodwill',
    pos: 'noun',
    role: 'positive-emotion',
    note: 'Compassion, respect, sympathy: denied toward a group ("no compassion for", "no respect for") they are contempt.',
    roots: [
      { synset: 'n:7569189', lemma: 'compassion', below: false },
      { synset: 'n:4836781', lemma: 'compassion', below: false },
      { synset: 'n:6216535', lemma: 'respect', below: false },
      { synset: 'n:7568767', lemma: 'sympathy', below: false },
      { synset: 'n:7569430', lemma: 'commiseration', below: false },
      { synset: 'n:6214141', lemma: 'tolerance', below: false },
    ],
    exclude: { ruth: 'the name', pathos: 'literary', regard: 'the verb', compassionateness: 'rare' },
    add: { mercy: 'as above', patience: 'as above', empathy: 'as above', love: 'as above', time: '"no time for X"', use: '"no use for X"' },
  },
  {
    id: 'hate',
    pos: 'verb',
    role: 'hate-verb',
    note: 'Verbs of strong dislike with the speaker as subject ("I detest …").',
    roots: [{ synset: 'v:1780648', lemma: 'dislike' }],
    exclude: { stew: 'the food', grudge: 'a grudge is not hatred of a group' },
    add: { "can't stand": 'strong dislike', 'cannot stand': 'as above', "can't bear": 'as above', 'cannot bear': 'as above', "can't tolerate": 'as above' },
  },
  {
    id: 'hatred',
    pos: 'noun',
    role: 'emotion-noun',
    note: 'Nouns of hatred and contempt ("so much hatred for", "nothing but contempt for").',
    roots: [
      { synset: 'n:7561835', lemma: 'hate', below: false },
      { synset: 'n:7518219', lemma: 'contempt', below: false },
      { synset: 'n:6728866', lemma: 'contempt', below: false },
      { synset: 'n:7518499', lemma: 'disgust', below: false },
    ],
    exclude: { despite: 'the preposition', spite: 'the preposition "in spite of"', },
    add: { disdain: 'contempt', revulsion: 'disgust', loathing: 'hatred', abhorrence: 'hatred', rage: 'anger', anger: 'anger', fury: 'anger', animosity: 'hatred', hostility: 'hatred', distaste: 'disgust' },
  },
  {
    id: 'disgust',
    pos: 'verb',
    role: 'emotion-cause',
    note: 'Verbs whose object feels disgust or rage ("they disgust me", "they sicken me").',
    roots: [
      { synset: 'v:1812341', lemma: 'disgust' },
      { synset: 'v:2199359', lemma: 'disgust' },
      { synset: 'v:2199637', lemma: 'sicken', below: false },
      { synset: 'v:1799899', lemma: 'enrage', below: false },
      { synset: 'v:1790725', lemma: 'infuriate', below: false },
    ],
    exclude: { shock: 'surprise', scandalize: 'rare', scandalise: 'rare', 'churn up': 'rare', appal: 'events appal', appall: 'as above', outrage: 'the noun', incense: 'the noun', offend: 'too mild', exasperate: 'too mild', 'gross out': 'slang, rare', 'turn one\'s stomach': 'an idiom the frame reads apart' },
    add: { repulse: 'as disgust' },
  },
  {
    id: 'harm',
    pos: 'verb',
    role: 'harm-verb',
    note: 'Killing, injuring, torture, rape and extermination: the act of a threat.',
    roots: [
      { synset: 'v:1326622', lemma: 'kill' },
      { synset: 'v:2488014', lemma: 'murder' },
      { synset: 'v:1139564', lemma: 'shoot' },
      { synset: 'v:2490159', lemma: 'shoot' },
      { synset: 'v:1234216', lemma: 'knife' },
      { synset: 'v:70949', lemma: 'torture' },
      { synset: 'v:2573434', lemma: 'rape' },
      { synset: 'v:1122487', lemma: 'assail' },
      { synset: 'v:1399864', lemma: 'beat' },
      { synset: 'v:1573763', lemma: 'strangle' },
      { synset: 'v:479991', lemma: 'drown', below: false },
      { synset: 'v:480107', lemma: 'massacre' },
      { synset: 'v:471632', lemma: 'eliminate', below: false },
      { synset: 'v:1666012', lemma: 'uproot', below: false },
      { synset: 'v:1330264', lemma: 'exterminate', below: false },
      { synset: 'v:1127799', lemma: 'gas', below: false },
      { synset: 'v:1574185', lemma: 'decapitate' },
      { synset: 'v:64414', lemma: 'hurt', below: false },
      { synset: 'v:1121587', lemma: 'attack', below: false },
    ],
    exclude: { cripple: 'a disability slur: the group term, not an act', belabor: 'criticise', belabour: 'criticise', lambast: 'criticise', lambaste: 'criticise', chine: 'butchery term', destroy: 'figurative ("destroy in a debate")', erase: 'figurative', neutralize: 'chemistry',
      remove: 'the ordinary sense', hit: 'the ordinary sense', off: 'the particle', dispatch: 'to send',
      brain: 'the noun', fry: 'the food', flight: 'the noun', draw: 'the ordinary sense', quarter: 'the noun', pip: 'rare', neutralise: 'as above', liquidate: 'finance', overlie: 'rare', overlay: 'rare',
      saber: 'rare', burke: 'rare', stake: 'the noun', gibbet: 'rare',
      halter: 'rare', decollate: 'rare', scrag: 'rare', garotte: 'rare', garrotte: 'rare', strangulate: 'rare', eliminate: 'the ordinary sense ("eliminate errors")', extinguish: 'fires',
      uproot: 'plants', extirpate: 'rare', 'carry off': 'the ordinary sense', grass: 'the noun', jump: 'the ordinary sense', rush: 'the ordinary sense', charge: 'the ordinary sense', set: 'the ordinary sense',
      bait: 'fishing', sic: 'the quotation mark', beset: 'rare', reassail: 'rare', bulldog: 'rare', desecrate: 'things', profane: 'language', outrage: 'the feeling', violate: 'laws', dishonor: 'rare',
      dishonour: 'rare', ravish: 'rare', savage: 'criticism', assail: 'criticism', spank: 'children',
      paddle: 'boats', larrup: 'rare', baste: 'cooking', lam: 'rare', flail: 'arms', kayo: 'rare', welt: 'rare', lather: 'soap',
      strap: 'the noun', trounce: 'games', birch: 'the tree', cat: 'the animal', cowhide: 'rare', switch: 'the ordinary sense',
      leather: 'the material', thresh: 'grain', thrash: 'games', cane: 'the noun', belt: 'the noun', slash: 'prices',
      lash: 'rare', whip: 'cooking', clobber: 'games', fire: 'jobs', crucify: 'criticism', poniard: 'rare',
      excruciate: 'rare', rack: 'the noun', martyrize: 'rare', martyrise: 'rare', 'polish off': 'food', slay: 'praise (slang: "you slay")',
    },
    add: {
      butcher: 'kill brutally', slaughter: 'as above', lynch: 'kill without trial', behead: 'as above', stab: 'as above', burn: 'burn alive',
      hang: 'kill by hanging', 'wipe out': 'exterminate', eradicate: 'as above', annihilate: 'as above', exterminate: 'as above',
      genocide: 'as a verb in slang', nuke: 'as above', bomb: 'as above', 'blow up': 'as above', 'run over': 'as above',
      torch: 'as above', 'beat up': 'as above', maim: 'as above', mutilate: 'as above', punch: 'as above',
      kick: 'as above', choke: 'as above', poison: 'as above', 'get rid of': 'as above', 'do away with': 'as above',
      stone: 'kill by stoning', whip: 'flog', flog: 'as above', injure: 'as above', wound: 'as above', harm: 'as above',
      'put down': 'kill (an animal)', 'gun down': 'as above', 'put an end to': 'kill (said of people)', 'wipe off': '"wiped off the face of the earth"', 'end the life of': 'as above',
      'take out': 'kill (slang)', 'wipe off the map': 'as above', 'finish off': 'as above', 'burn alive': 'as above',
    },
  },
  {
    id: 'killing',
    pos: 'noun',
    role: 'harm-noun',
    note: 'Killing as a noun: "death to …", "extermination is the only answer for …".',
    roots: [
      { synset: 'n:219879', lemma: 'killing' },
      { synset: 'n:220442', lemma: 'death', below: false },
      { synset: 'n:1166269', lemma: 'execution', below: false },
    ],
    exclude: {
      suicide: 'self-harm is not a threat to others', 'self-destruction': 'as above', 'self-annihilation': 'as above', suttee: 'rare',
      harakiri: 'as above', 'hara-kiri': 'as above', harikari: 'as above', seppuku: 'as above', 'felo-de-se': 'as above', fell: 'the verb',
      dispatch: 'the message', despatch: 'the message', hit: 'the ordinary sense', alamo: 'the place', battue: 'rare', euthanasia: 'medical',
      sacrifice: 'the ordinary sense', immolation: 'rare', hecatomb: 'rare', 'shoot-down': 'aircraft', thuggee: 'rare', gore: 'the name; blood',
      'chance-medley': 'rare', deathblow: 'figurative', liquidation: 'finance', elimination: 'sport', kill: 'the verb', 'dry-gulching': 'rare',
      executing: 'the verb form', 'capital punishment': 'the legal term in news', 'death penalty': 'the legal term in news', tyrannicide: 'rare',
      regicide: 'rare', uxoricide: 'rare', mariticide: 'rare', filicide: 'rare', 'putting to death': 'rare',
    },
    add: { extermination: 'killing a whole group', eradication: 'as above', annihilation: 'as above', 'final solution': 'the Nazi term', 'ethnic cleansing': 'as above', 'a bullet': 'as above', bullets: 'as above', 'the gas chamber': 'as above', 'gas chambers': 'as above', 'the noose': 'as above', 'the rope': 'as above', 'firing squad': 'as above', 'the firing squad': 'as above' },
  },
  {
    id: 'ruin',
    pos: 'verb',
    role: 'ruin-verb',
    note: 'Ruining, invading, corrupting, polluting: a group cast as destroying a country or its people.',
    roots: [
      { synset: 'v:1566925', lemma: 'destroy', below: false },
      { synset: 'v:2564777', lemma: 'ruin', below: false },
      { synset: 'v:2585532', lemma: 'corrupt', below: false },
      { synset: 'v:493642', lemma: 'pollute', below: false },
      { synset: 'v:1128786', lemma: 'invade', below: false },
      { synset: 'v:2660781', lemma: 'invade', below: false },
      { synset: 'v:2440481', lemma: 'infiltrate', below: false },
    ],
    exclude: { occupy: 'the ordinary sense', penetrate: 'the ordinary sense', subvert: 'rare', demoralize: 'the feeling', demoralise: 'the feeling', debauch: 'rare', vitiate: 'rare', misdirect: 'rare', profane: 'language', foul: 'sport' },
    add: { wreck: 'ruin', poison: 'corrupt', infect: 'as disease', contaminate: 'as above', degrade: 'as above', plague: 'as disease', flood: 'as a swarm', swamp: 'as a swarm', overrun: 'as a swarm', infest: 'as vermin', 'take over': 'invade', 'spread disease': 'as disease', steal: 'as thieves', 'leech off': 'as parasites', 'sponge off': 'as parasites', 'bleed dry': 'as parasites', rot: 'as disease' },
  },
  {
    id: 'person',
    pos: 'noun',
    role: 'person',
    note: 'Nouns for people: a threat needs a human target ("those landlords", not "those weeds").',
    roots: [{ synset: 'n:7846', lemma: 'person', minTagCount: 1, primarySense: true }],
    exclude: {
      general: 'the adjective', head: 'the body part', figure: 'the number', private: 'the adjective', right: 'the direction',
      native: 'the adjective', white: 'the colour', black: 'the colour', square: 'the shape', model: 'the object',
      christ: 'the exclamation', adam: 'the name', plato: 'the name', shakespeare: 'the name', rousseau: 'the name',
      pa: 'an abbreviation', ma: 'an abbreviation', sir: 'the address', major: 'the adjective', saint: 'the title',
      second: 'the number', sub: 'the prefix', party: 'the event', cover: 'the object', host: 'the computer', tool: 'the object', date: 'the day', guide: 'the object', judge: 'the verb',
      will: 'the modal', hope: 'the verb', love: 'the verb', sort: 'the noun "kind"', type: 'the noun "kind"', kind: 'the adjective',
      thing: 'the object', one: 'the number', none: 'the pronoun', nobody: 'the pronoun', someone: 'the pronoun',
      somebody: 'the pronoun', anyone: 'the pronoun', everyone: 'the pronoun', individual: 'the adjective',
      lot: 'the quantity', set: 'the noun', world: 'the planet', public: 'the adjective',
    },
    add: { people: 'plural of person', folks: 'people', guys: 'people', kids: 'children', humans: 'people', citizens: 'people' },
  },
  {
    id: 'animal-place',
    pos: 'noun',
    role: 'animal-place',
    note: 'Where animals are kept, bred or treated: people sent there are cast as animals.',
    roots: [
      { synset: 'n:3750637', lemma: 'menagerie', below: false },
      { synset: 'n:10769383', lemma: 'veterinarian', below: false },
      { synset: 'n:3615737', lemma: 'kennel', below: false },
      { synset: 'n:2940098', lemma: 'cage', below: false },
    ],
    exclude: { menagerie: 'rare', veterinary: 'the adjective', doghouse: '"in the doghouse" is an idiom', 'dog house': 'as above', },
    add: { zoo: 'as above', zoos: 'plural', vet: 'as above', vets: 'plural', cages: 'plural', kennels: 'plural', barn: 'as above', pigsty: 'as above', 'animal shelter': 'as above', slaughterhouse: 'as above', abattoir: 'as above', 'dog pound': 'as above' },
  },
];
