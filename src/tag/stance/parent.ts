/**
 * Stance toward the parent (SDQC). Cue phrases vote for support, deny or query with their weight;
 * opening words count more (replies announce their stance first: "Well said.", "Ridiculous.");
 * the comment's own questions vote too, and a reply that restates its parent supports it. When no
 * label gathers enough weight the comment is a plain comment.
 */
import type { ParentStance, Question, TagFinding } from '../../schema/index.js';
import { matchCues, openingOffset, type CueMatch } from '../../text/cues.js';
import { isNegator, scoreTokens, sentimentSum } from '../../text/sentiment.js';
import shapes from './data/parent-shapes.json' with { type: 'json' };
import { contentStems, stem, STOPWORDS } from '../../text/stems.js';
import { scanWords, type WordToken } from '../../text/tokens.js';
import { lowerBound, viewOf, type TextView } from '../../text/view.js';
import { PARENT_CUES_SOURCE, parentCueReading, stanceCues } from './cues.js';
import { CODE_SOURCE } from '../sources.js';
import { dropNested, firstPerSpan, insideAny } from '../../text/spans.js';
import { findQuotes } from '../../text/quotes.js';
import { findQuantities, parentFigures } from './quantities.js';
import { firstContrast } from './contrast.js';
import { findQuestions } from '../questions/find.js';
import { rhetoricalIdioms } from '../questions/cues.js';

type Label = 'support' | 'deny' | 'query';

/** Weight a label needs before it beats "comment". */
const THRESHOLD = 0.9;
/** Opening cues count this much more than the same cue later on. */
const OPENING_BOOST = 1.4;
/**
 * Only this much of a long comment is scanned: stance toward the parent is set early. The
 * English-only rules read the view's language, guessed from the same opening (src/language SAMPLE).
 */
export const SCAN_LIMIT = 1500;

/** The part of a comment the stance rules read: its first SCAN_LIMIT characters. */
export function scanText(view: TextView): string {
  return view.text.length > SCAN_LIMIT ? view.text.slice(0, SCAN_LIMIT) : view.text;
}
/** A reply that negates words of its parent is as strong as a denial cue on its own. */
const NEGATES_WEIGHT = 0.9;
const RESTATES_WEIGHT = 1.2;
/**
 * Per-rule adjustments on top of the cue weights. None are shipped: weights fitted on RumourEval did
 * not hold up under cross-validation (docs/discourse-cues.md, "How the weights were set").
 */
const MULTIPLIERS: Record<string, number> = {};
/** Questions about the truth or origin of a claim: the heart of a query. */
const TRUTH_QUESTION = /\b(?:true|real|really|confirm(?:ed)?|verified|sure|source[sd]?|proof|evidence|legit|accurate|correct|fake|hoax|official|serious(?:ly)?|link|know that|heard|happen(?:ed|ing)?)\b/iu;
/**
 * A question whether the addressee really holds or says something ("are you seriously saying…",
 * "do you honestly think…", "are you really justifying…") challenges them: deny, unless it asks for a
 * source or proof. A verb of saying or believing must follow, or a degree word and an adjective that
 * ends the question ("are you really that naive?"): "Can you really freeze the dough?" and "Did you
 * really use one egg?" ask about doing, and are real questions. So do the addressee's claim put back
 * to them ("So you're saying …?"), a fact they are told they missed ("You do realise …?") and asking
 * what a judgement is based on ("… on what?"): read only inside a question, since "I get what you're
 * saying" agrees.
 */
const CHALLENGE_QUESTION = new RegExp(
  [
    String.raw`\b(?:would|will|are|do|did|have|can|could)\s+you\s+(?:really|seriously|honestly)\s+(?:think(?:ing)?|believe|expect(?:ing)?|mean(?:ing)?|suggest(?:ing)?|say(?:ing)?|claim(?:ing)?|justify(?:ing)?|defend(?:ing)?|argu(?:e|ing)|dispute|deny(?:ing)?|(?:that|this|so)\s+(?!much\b|many\b|sure\b)\p{L}+\s*\?)`,
    // The addressee's own claim put back to them as a question: "So you're saying the cop was right?", "You are claiming that's him?".
    String.raw`\byou(?:['’]re|\s+are)\s+(?:really\s+|seriously\s+|honestly\s+)?(?:saying|suggesting|claiming|implying|telling\s+(?:me|us))\b`,
    // A fact the addressee is said to have missed: "You do realise he was shot later?", "Don't you realise …?",
    // a bare "you realise" only opening its clause ("Wow, you realise …?"): after an auxiliary or a
    // 'when' it asks about the addressee ("Do you realise how late it is?", "When did you realise …?").
    String.raw`\byou\s+do\s+reali[sz]e\b|\b(?:don|didn)['’]?t\s+you\s+reali[sz]e\b|(?:^|[^\p{L}\p{N}\s'’]|\b(?:and|so|but|oh|wait|well)\b)\s*(?:@\w+\s+)*you\s+reali[sz]e\b`,
    // Asking what a judgement rests on: "And you're basing that on what?", "Based on what?".
    String.raw`\b(?:based|basing\s+\p{L}+(?:\s+\p{L}+)?)\s+on\s+what\s*\?`,
  ].join('|'),
  'iu',
);
/**
 * Questions that ask nothing: a set phrase (the question tagger's `rhet-idiom` list, which decides a
 * question's kind, and the stance's own in parent-shapes.json rhetoricalQuestion), or a question the
 * writer answers at once. One list: a phrase mended there ('who needs') is mended here.
 */
const RHETORICAL_IDIOM = new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...shapes.rhetoricalQuestion.idioms, ...rhetoricalIdioms()].join('|')})(?![\\p{L}\\p{N}])`, 'iu');
/** Set phrases rhetorical only as the whole question ('Get it?', 'So what now?'; not 'Where can I get it repainted?'). */
const RHETORICAL_WHOLE = new RegExp(`^(?:@\\w+\\s*)*(?:${shapes.rhetoricalQuestion.wholeQuestions.join('|')})[\\s?!.]*$`, 'iu');
const SELF_ANSWER = selfAnswer(shapes.rhetoricalQuestion.answers);
/** 'Why do it? Because …' answers itself; 'Is it open yet? Because the sign says closed.' gives the reason for asking. */
const SELF_REASON = selfAnswer(shapes.rhetoricalQuestion.reasons);
/** A why-question: 'Why …?', 'Fine, but why you ask?', 'And how come …?', 'What is it for?'. */
const WHY_QUESTION = /\b(?:why|how come|what for)\b|^\W*what\b.*\bfor\W*$/iu;

/** Words opening the text after a question (a hesitation before them aside) that answer it at once. */
function selfAnswer(words: readonly string[]): RegExp {
  return new RegExp(`^[?!.\\s]*(?:(?:hmm+|well|um+|uh+|erm)\\W+)?(?:${words.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
}

/** Whether the words right after a question answer it: a reason only a why-question. */
function answeredAtOnce(question: string, after: string): boolean {
  return SELF_ANSWER.test(after) || (SELF_REASON.test(after) && WHY_QUESTION.test(question));
}
const EVIDENCE_WORDS = /\b(?:confirm(?:ed)?|verified|source[sd]?|proof|evidence|link|sure|know)\b/iu;
const CHALLENGE_WEIGHT = 0.9;
/**
 * A statement the reply exclaims in anger ('Pathetic!!!', 'Absolutely disgusting!', 'Stop those
 * bullies from murdering again!': AFINN sum below 0; 'Great recipe! Can I freeze it?' and 'Spawned!
 * Did you get any fry?' still ask), not an apology:
 * the reply vents, and its plain questions (not those about the claim's truth or a challenge) go
 * with it. On the RumourEval tune replies with a plain question and such an exclamation, none of 11
 * was a query (8 comments); no fixture tune comment changed. Question marks with the bang ('?!',
 * '!?') ask. A reply that swears (an AFINN word of -4 or below: 'For fucks sake, what are you
 * doing?') vents as well: 1 of 9 such tune replies was a query, one fixture comment moved (a comment).
 */
const PLAIN_QUESTION_KEY = /^question-(?:factual|opinion|why)/u;
/** AFINN's swearing ('fuck', 'bastard', 'hell'): a reply that swears vents whether or not it exclaims. */
const SWEARING = -4;
/**
 * Whether a sentence ends in '!' (trailing hashtags, handles and closing marks aside: 'Lock him up!
 * #justice'), not in '?!' or '!?'. Read by walking back over the characters: a pattern anchored at
 * the end would be tried from every '!' and hashtag of a hostile sentence.
 */
function endsExclaiming(text: string): boolean {
  let end = text.length;
  for (;;) {
    while (end > 0 && (isSpace(text.charCodeAt(end - 1)) || CLOSING_MARKS.includes(text[end - 1]!))) end--;
    // A trailing hashtag or handle: back to the space before it, if the word starts with '#' or '@'.
    let start = end;
    while (start > 0 && !isSpace(text.charCodeAt(start - 1))) start--;
    if (start < end && start > 0 && (text[start] === '#' || text[start] === '@')) {
      end = start;
      continue;
    }
    break;
  }
  if (end === 0 || text[end - 1] !== '!') return false;
  let k = end - 1;
  while (k > 0 && text[k - 1] === '!') k--;
  while (k > 0 && isSpace(text.charCodeAt(k - 1))) k--;
  return k === 0 || text[k - 1] !== '?';
}
const CLOSING_MARKS = '"\'”’)]';
/** 'Sorry about that! Was it a glass pan?': an apology is the writer's own, not a grievance. */
const APOLOGY = /\b(?:sorry|apologi[sz]e|apologies|oops|whoops|my bad)\b/iu;

function exclaims(view: TextView, scan: string): boolean {
  for (const sentence of view.sentencesUpTo(SCAN_LIMIT)) {
    // Swearing that cheers ('Hell yes, finally some good news!') vents nothing: the sentence's other words are weighed without it.
    let swears = false;
    let rest = 0;
    for (const token of scoreTokens(view.wordsIn(sentence.start, sentence.end), scan)) {
      if (token.score <= SWEARING) swears = true;
      else rest += token.score;
    }
    if (swears && rest <= 0) return true;
    const text = scan.slice(sentence.start, sentence.end);
    if (!endsExclaiming(text) || !/\p{L}/u.test(text) || APOLOGY.test(text)) continue;
    if (rest < 0) return true;
  }
  return false;
}
/**
 * A wish that opens the clause before a denial ('I sure hope it wasn't …', 'hopefully not true'): the
 * writer fears the news, they do not dispute it. Not a wish aimed at the reader's knowing or doing
 * ('I hope you realise this is fake', 'I wish people would stop sharing this lie'): the denial is the writer's.
 */
const WISHED = /\b(?:hope|hoping|hopefully|let['’]?s hope|pray(?:ing)?|wish(?:ing)?)\b(?![^.!?;]*\b(?:reali[sz]e|know|understand|learn|stop|quit|check|read|wake)\w*\b)[^.!?;]*$/iu;
/** Negators that state an absence rather than contradict ("without a warrant", "hardly surprising"). */
const NOT_A_DENIAL = new Set(['without', 'hardly', 'neither', 'nor']);
const NEGATED_BEFORE = /(?:n't|n’t|\bnot|\bnever|\bno|\bnobody|\bnoone|\bnothing|\bhardly|\bfar from)\s+(?:at\s+all\s+|\w+\s+)?$/iu;
/**
 * Negators of the languages whose endorsements and agreement the cues know ('Nie polecam', 'Geen
 * aanrader', 'Nicht empfehlenswert', 'Non lo consiglio', 'Je ne recommande pas', 'pas tout à fait
 * d'accord', 'не согласен', 'instämmer inte', 'Não concordo', 'ikke helt enig', 'ej helt enig', 'Nu sunt de
 * acord', 'tidak begitu setuju', 'không hoàn toàn đồng ý', Finnish 'en ole samaa mieltä' with its negative
 * verb before 'ole' only, since 'en'/'et' alone are French words): up to two words may stand between ('niet
 * echt een aanrader', 'kann ich nicht wirklich empfehlen'). Chinese and Japanese, written without spaces,
 * are negated in their cue (parent-cues.json).
 */
export const FOREIGN_NEGATED_BEFORE = /(?:^|[^\p{L}])(?:nie|nicht|kein\p{L}*|non|ne|pas|niet|geen|nooit|nunca|jamais|mai|inte|ej|ikke|não|nao|не|nu|tidak|tak|gak|nggak|kurang|belum|bukan|không|chẳng|chưa|(?:en|et|ei|emme|ette|eivät)\s+ole)\s+(?:\p{L}+\s+){0,2}$/iu;
/** A sentence after a welcome that names one more burden ('Finally. Another way to squeeze drivers.') makes it sarcasm. */
const SARCASTIC_SEQUEL = /^\s*(?:another|more|yet another|one more|something else|just what we needed)\b/iu;
/**
 * A sentence after a welcome that says this is not the wanted thing turns it: 'Reform is long
 * overdue. This is not it.', 'Finally a bridge. Just not like this.', 'About time. But not this way.'
 */
// A hedge keeps the welcome ('It is not the answer to everything, but it will help.'): 'the
// answer' must not be limited to everything, nor conceded with a 'but'.
const TURNING_SEQUEL = /^\s*(?:but\s+)?(?:just\s+)?(?:(?:this|that|it)(?:'s|’s|\s+is)?\s+(?:not|isn[’']?t|ain[’']?t)\s+(?:it|the\s+(?:way|answer|solution|fix)(?!\s+(?:to|for)\s+(?:everything|every|all|each|any)\b)(?![^.!?]*\bbut\b))\b|not\s+(?:like\s+)?(?:this|that)\s*[.!]|(?:not|wrong)\s+(?:this|the)\s+way\b)/iu;
/** A sentence after a welcome this negative (AFINN sum) turns it: 'Finally. What a shambles.' */
const SEQUEL_NEGATIVE = -2;
/** A sentence after a welcome that opens in the first person tells the writer's own trouble (see sarcasticSequel). */
const FIRST_PERSON = /^\s*(?:i|we)(?:['’](?:m|ve|d|re))?\s/iu;

/** 'Great. Just great.': the welcome repeated flat is sarcasm. */
const REPEATED_FLAT = /^\s*just\s+(?:great|brilliant|wonderful|perfect|fantastic|lovely|marvellous|excellent)\s*[.!]?\s*$/iu;


/** One piece of evidence for a label. `key` names the rule and where it fired, for tuning and reports. */
export interface ParentVote {
  label: Label;
  weight: number;
  key: string;
  evidence: TagFinding;
}

/** Per-rule weight multipliers and the decision threshold; the defaults are the shipped values. */
export interface ParentTuning {
  threshold?: number;
  multipliers?: Record<string, number>;
}

/** What the parent is: a comment (or tweet) the text answers, or the article a top-level comment sits under. */
export interface ParentKind {
  parentIsArticle?: boolean;
  /**
   * The text read is the thread's source, and the reply answers another reply under it: cues that
   * answer the person replied to (`answersWriter`: 'Yes', 'Exactly', 'Nope', 'Actually', 'tell that
   * to …') say nothing of the source's claim.
   */
  sourceThroughReply?: boolean;
}

export function stanceToParent(text: string | TextView, parent: string | TextView | undefined, questions: Question[], tuning: ParentTuning = {}, kind: ParentKind = {}): ParentStance {
  return decideParentStance(parentVotes(text, parent, questions, kind), tuning);
}

/** Every cue, question and overlap signal in the reply, before they are weighed against each other. */
export function parentVotes(text: string | TextView, parentText: string | TextView | undefined, questions: Question[], kind: ParentKind = {}): ParentVote[] {
  const view = viewOf(text);
  // An empty parent is no parent: nothing to restate, copy or negate.
  const parent = parentText === undefined || parentText === '' || (typeof parentText === 'object' && parentText.text === '') ? undefined : viewOf(parentText);
  const scan = scanText(view);
  const tokens = view.wordsIn(0, SCAN_LIMIT);
  const votes: ParentVote[] = [];
  const openingEnd = openingOffset(scan) + 40;
  const copied = parent ? copiedFromParent(scan, parent) : [];
  // 'Another superb read': a weary shape filled with praise praises; no match at all, so warmth may still read it.
  // 'Made these and they were a disaster', 'Made these. Awful.': a report of trying it that goes on
  // (in its sentence or a verdict right after it) to complain does not back it.
  const matches = parentCueMatches(view, scan).filter(
    (m) => !(parentCueReading(m.cue.id).notPraise && sentimentSum(view.wordsIn(m.start, m.end), scan) > 0) && !(parentCueReading(m.cue.id).notComplaint && sentimentSum(view.wordsIn(m.start, verdictEnd(view, m.end)), scan) < 0),
  );
  // "Great post, but …", "True, but …": the praise inside a concession is there to argue, not to agree.
  const conceded = matches.filter((m) => parentCueReading(m.cue.id).concession);
  for (const match of matches) {
    // Words quoted from the parent ("RT @x: Unconfirmed reports…") are the parent's stance, not the reply's.
    if (copied.some(([a, b]) => a <= match.start && match.end <= b)) continue;
    const reading = parentCueReading(match.cue.id);
    // 'Good.' approves the reported news, but as a reply it answers a person.
    if (reading.parent === 'article' && !kind.parentIsArticle) continue;
    if (reading.answersWriter && kind.sourceThroughReply) continue;
    // 'Does the ship still tender you?' - 'No, …': a bare no answers a real question, it contradicts nothing.
    if (ANSWER_CUES.has(match.cue.id) && BARE_NO.test(match.text) && parent && !kind.parentIsArticle && endsAsking(parent)) continue;
    // 'It's in the second paragraph': pointing a commenter to what they missed; said under the article it points readers to it.
    if (reading.parent === 'comment' && kind.parentIsArticle) continue;
    if (match.cue.label === 'support' && conceded.some((c) => c.start <= match.start && match.end <= c.end)) continue;
    // "I don't agree with you", "not well said": a negated agreement is not support.
    if (match.cue.label === 'support' && negatedSupport(scan, match)) continue;
    // 'I hope this is untrue', 'Hope that is not the case': wishing the news false takes it as it comes.
    if (match.cue.label === 'deny' && WISHED.test(scan.slice(Math.max(0, match.start - 48), match.start))) continue;
    // "Was it the right call?", "Finally. Another tax.": a welcome asked about or followed by a grievance is not one.
    if (reading.welcome && (insideAny(questions, match.start, match.end) || sarcasticSequel(view, scan, match.end))) continue;
    // A judgement of the parent's thing ('overrated') negated ('not at all overrated'), asked about
    // ('Is it overhyped?') or already the parent's own word ('Yes, totally overrated.') does not contradict it.
    if (reading.judgement && (negatedBefore(scan, match) || insideAny(questions, match.start, match.end) || parentSays(parent, match.text))) continue;
    // 'Isn't the deadline Friday?': a correction's shape asked as a question asks.
    if (reading.statementOnly && insideAny(questions, match.start, match.end)) continue;
    // A clause-final 'though' past the opening sentence qualifies the writer's own story, not the parent.
    if (reading.openingSentenceOnly?.includes(match.text.toLowerCase()) && !inOpeningSentence(view, scan, match.start)) continue;
    const opening = match.start < openingEnd;
    const weight = match.cue.weight * (opening ? OPENING_BOOST : 1);
    votes.push({ label: match.cue.label as Label, weight, key: match.cue.id, evidence: finding(match, match.cue.id, PARENT_CUES_SOURCE) });
  }
  const simpler = kind.parentIsArticle ? simplerAlternative(view, tokens) : null;
  if (simpler) votes.push({ label: 'deny', weight: simpler.marked ? SIMPLER_WEIGHT : SIMPLER_BARE_WEIGHT, key: 'simpler-alternative', evidence: simpler.evidence });
  const vents = questions.length > 0 && exclaims(view, scan);
  for (const question of questions) {
    if (question.start >= SCAN_LIMIT) break;
    // A question inside words copied from the parent (a quote-tweet) is the parent's own.
    if (copied.some(([a, b]) => a <= question.start && question.end <= b)) continue;
    const vote = questionVote(scan, question, parent);
    // 'Absolutely disgusting! What about their family?': beside an exclamation a plain question vents, it asks for nothing.
    if (vents && PLAIN_QUESTION_KEY.test(vote.key)) continue;
    votes.push(vote);
  }
  const restated = restatement(scan, view, parent, kind.parentIsArticle === true);
  if (restated) votes.push({ label: 'support', weight: RESTATES_WEIGHT, key: 'restates-parent', evidence: restated });
  const quoted = quotedRebuttal(scan);
  if (quoted) votes.push({ label: 'deny', weight: QUOTED_REBUTTAL_WEIGHT, key: 'quoted-rebuttal', evidence: quoted });
  const echoed = scareQuote(view, parent, copied);
  if (echoed) votes.push({ label: 'deny', weight: SCARE_QUOTE_WEIGHT, key: 'scare-quote', evidence: echoed });
  const negated = negatesParent(scan, tokens, parent, copied, kind.parentIsArticle === true);
  if (negated && !restated) votes.push({ label: 'deny', weight: NEGATES_WEIGHT, key: 'negates-parent', evidence: negated });
  // The article's figures are what top-level comments react to; a parent comment's figure taken up is in dispute.
  const disputed = kind.parentIsArticle || restated ? null : takesUpFigure(scan, parent, copied);
  if (disputed) votes.push({ label: 'deny', weight: FIGURE_WEIGHT, key: 'takes-up-figure', evidence: disputed });
  // A concession cue ('Good idea, but …') already reads the same turn.
  const granted = kind.parentIsArticle && conceded.length === 0 ? praiseThenContrast(view, scan, tokens) : null;
  if (granted) votes.push({ label: 'deny', weight: GRANTED_WEIGHT, key: 'praise-then-contrast', evidence: granted });
  // Last: it speaks only where nothing else did, and no cue matched at all: a welcome dropped as
  // sarcasm ('Great. Another tax.') must not come back as warmth.
  const warm = kind.parentIsArticle && votes.length === 0 && matches.length === 0 ? warmTone(view, scan, tokens) : null;
  if (warm) votes.push({ label: 'support', weight: WARM_WEIGHT, key: 'warm-tone', evidence: warm });
  return votes;
}

/**
 * A question about the claim's truth or origin ("is this confirmed?", "who said that?") is the
 * clearest query. Rhetorical jabs argue. Other questions vote query; their shape (why-question,
 * followed by a statement, after a statement, naming the parent's words) is kept in the vote key so
 * it can be measured, but all shapes weigh the same: on tweets why-questions and questions inside a
 * statement are mostly commentary, in forum threads they are mostly real queries.
 */
function questionVote(text: string, question: Question, parent: TextView | undefined): ParentVote {
  const evidence = { text: question.text, start: question.start, end: question.end, rule: `question-${question.kind}`, source: CODE_SOURCE };
  // "Would you really drop cover on a $15k car?": asks whether the addressee means it, not whether the claim is true.
  if (CHALLENGE_QUESTION.test(question.text) && !EVIDENCE_WORDS.test(question.text)) return { label: 'deny', weight: CHALLENGE_WEIGHT, key: 'question-challenge', evidence: { ...evidence, rule: 'question-challenge' } };
  if (TRUTH_QUESTION.test(question.text)) return { label: 'query', weight: 1.3, key: 'question-truth', evidence: { ...evidence, rule: 'question-truth' } };
  // 'Since when is jaywalking a capital crime?', 'Why do it? Because …': asks nothing (a question about the claim's truth still asks: 'Are you sure? Cause …'), read as the kinds' rhetorical jab.
  if (RHETORICAL_IDIOM.test(question.text) || RHETORICAL_WHOLE.test(question.text.trim()) || answeredAtOnce(question.text, text.slice(question.end, question.end + 24))) return { label: 'deny', weight: 0.5, key: 'question-rhetorical', evidence: { ...evidence, rule: 'question-rhetorical' } };
  if (question.kind === 'rhetorical') return { label: 'deny', weight: 0.5, key: 'question-rhetorical', evidence };
  const words = question.text.replace(/^(?:\s*@\w+)+/u, '').trim();
  const trailing = text.slice(question.end).replace(/https?:\S+|[@#]\w+/gu, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  if (parent && echoQuestion(text, question, words, trailing, parent)) return { label: 'deny', weight: ECHO_WEIGHT, key: 'question-echo', evidence: { ...evidence, rule: 'question-echo' } };
  let key = question.kind === 'factual' ? 'question-factual' : 'question-opinion';
  if (/^(?:why|how come)\b/iu.test(words)) key = 'question-why';
  else if (trailing.length > 40) key += '-then-statement';
  else if (question.start > openingOffset(text) + 2) key += '-after-statement';
  else if (parent && sharesContent(question.text, parent)) key += '-on-parent';
  const base = question.kind === 'factual' ? 1.0 : 0.5;
  return { label: 'query', weight: base, key, evidence };
}

/**
 * An echo question: the reply opens by handing a few of the parent's own words back with a question
 * mark and then says its piece ('Best thing? The trains don't even run after 8pm.', 'Doubles from
 * what? From almost nothing.', '£18 where? Compost alone was £12.', 'Two years?! The last one took
 * six months.'). Repeating the words incredulously puts them in doubt: deny, not a query. The
 * question must open the reply, be short, start with a word (or figure) the parent used rather than
 * a question word or auxiliary ('Which model? The 2019 one …' asks), and be followed by a statement:
 * on RumourEval tune replies, echoes followed by more questions ('Killers? No trial? Can you …?')
 * were labelled queries.
 */
const ECHO_WEIGHT = 1.2;
const ECHO_MAX_WORDS = 4;
const ECHO_MIN_TRAILING = 12;
const ASKING_WORD = /^(?:what|which|who|whom|whose|where|when|why|how|is|are|was|were|am|do|does|did|can|could|would|will|should|shall|has|have|had|may|might|must|isn['’]?t|aren['’]?t|wasn['’]?t|weren['’]?t|don['’]?t|doesn['’]?t|didn['’]?t|can['’]?t|won['’]?t|wouldn['’]?t|shouldn['’]?t|anyone|anybody|any|so|and|but|or|if|you|u|really|seriously|source|sources|proof|link|ok|okay|huh|eh|sorry|pardon)$/iu;

function echoQuestion(text: string, question: Question, words: string, trailing: string, parent: TextView): boolean {
  if (question.start > openingOffset(text) + 2 || trailing.length < ECHO_MIN_TRAILING) return false;
  // 'Killers? No trial? Can you provide the evidence?': a string of questions still asks; 'Police or army?' offers a choice.
  if (/^[^.!?]*\?/u.test(text.slice(question.end).replace(/^[\s?!.]+/u, '')) || /\bor\b/iu.test(words)) return false;
  // A question found from '40 where?' leaves the currency sign of '£40 where?' before it.
  const from = question.start > 0 && /[£$€¥]/u.test(text[question.start - 1]!) ? question.start - 1 : question.start;
  const asked = text.slice(from, question.end);
  const tokens = scanWords(asked);
  if (tokens.length === 0 || tokens.length > ECHO_MAX_WORDS) return false;
  const first = tokens[0]!.lower;
  if (ASKING_WORD.test(first)) return false;
  const figure = findQuantities(asked)[0];
  if (figure && figure.start < 3) return parentFigures(parent).has(figure.key);
  const kept = first.length >= 3 ? contentStems([tokens[0]!]) : new Set<string>();
  if (kept.size === 0) return false;
  const theirs = parentStems(parent);
  for (const s of kept) if (theirs.has(s)) return true;
  return false;
}

/** "I don't agree", "not well said", "Nie polecam": a negated agreement or endorsement is not support. */
function negatedSupport(scan: string, match: CueMatch): boolean {
  if (negatedBefore(scan, match)) return true;
  return FOREIGN_NEGATED_BEFORE.test(scan.slice(Math.max(0, match.start - 30), match.start)) || /^\s+(?:pas|nicht|niet|inte)\b/iu.test(scan.slice(match.end, match.end + 8));
}

/** A negator just before the match: 'not', 'never felt', 'not at all', 'far from', 'nothing'. */
function negatedBefore(scan: string, match: CueMatch): boolean {
  return NEGATED_BEFORE.test(scan.slice(Math.max(0, match.start - 16), match.start));
}

/** Whether the parent uses the matched word itself (hyphens aside): the reply then takes up its judgement. */
function parentSays(parent: TextView | undefined, word: string): boolean {
  if (!parent) return false;
  return parentForms(parent).lower.replace(/-/gu, '').includes(word.toLowerCase().replace(/-/gu, ''));
}

/**
 * Where evidence starting at `start` ends when clipped to `length` UTF-16 units: never between the
 * halves of a surrogate pair ('…🚢'), which UTF-8 output would turn into U+FFFD.
 */
export function clipEnd(text: string, start: number, length: number): number {
  const end = Math.min(text.length, start + length);
  const last = text.charCodeAt(end - 1);
  return end > start && end < text.length && last >= 0xd800 && last <= 0xdbff ? end - 1 : end;
}

/** The opening sentence (the first one past leading @handles), by the view's sentences, and where it starts past them. */
export function openingSentenceOf(view: TextView, scan: string): { start: number; end: number; from: number } | undefined {
  const from = openingOffset(scan);
  const opening = view.sentencesUpTo(SCAN_LIMIT).find((s) => s.end > from);
  return opening && { start: opening.start, end: opening.end, from };
}

/**
 * Where the sentence holding `at` ends, or the next one when it is a verdict on the same thing: a
 * bare verdict of VERDICT_WORDS words at most ('Awful.', 'Way too sweet.') or one about it ('They
 * were a disaster.'). A next sentence about something else ('Sorry about the blurry photo.', 'She
 * is sick of hospital food.') is not read.
 */
function verdictEnd(view: TextView, at: number): number {
  const sentences = view.sentencesUpTo(SCAN_LIMIT);
  const k = sentences.findIndex((s) => s.end >= at);
  if (k < 0) return Math.min(view.text.length, SCAN_LIMIT);
  const next = sentences[k + 1];
  if (!next) return sentences[k]!.end;
  const verdict = view.wordsIn(next.start, next.end).length <= VERDICT_WORDS || ABOUT_IT.test(view.text.slice(next.start, next.end));
  return verdict ? next.end : sentences[k]!.end;
}
const VERDICT_WORDS = 3;
/** A sentence opening with a word for what was just named. */
const ABOUT_IT = /^\W*(?:it|they|these|this|those|that|them|theirs)(?![\p{L}\p{N}])/iu;

/** Whether `at` lies in the opening sentence. */
function inOpeningSentence(view: TextView, scan: string, at: number): boolean {
  const opening = openingSentenceOf(view, scan);
  return opening !== undefined && at < opening.end;
}

/**
 * The reply's parent-cue matches, read once per reply view: stance toward the parent and toward the
 * thread's source both weigh them. "not true" inside "that's not true at all" counts once: the
 * outer match of one label stays.
 */
function parentCueMatches(view: TextView, scan: string): readonly CueMatch[] {
  return view.derive('stance:parent-cues', () => dropNested(matchCues(stanceCues().parent, scan), (m) => m.cue.label));
}

export function decideParentStance(votes: ParentVote[], tuning: ParentTuning = {}): ParentStance {
  const threshold = tuning.threshold ?? THRESHOLD;
  const scale = (v: ParentVote) => v.weight * (tuning.multipliers?.[v.key] ?? MULTIPLIERS[v.key] ?? 1);
  const totals: Record<Label, number> = { support: 0, deny: 0, query: 0 };
  for (const vote of votes) totals[vote.label] += scale(vote);
  const ranked = (Object.keys(totals) as Label[]).sort((a, b) => totals[b] - totals[a]);
  const best = ranked[0]!;
  const margin = totals[best] - totals[ranked[1]!];
  if (totals[best] < threshold || margin <= 0) {
    const confidence = votes.length === 0 ? 0.6 : 0.4;
    return { label: 'comment', confidence, evidence: [] };
  }
  const confidence = Math.min(0.95, 0.45 + 0.25 * Math.min(margin, 2));
  const evidence = votes.filter((v) => v.label === best && scale(v) > 0).map((v) => v.evidence);
  return { label: best, confidence: Math.round(confidence * 100) / 100, evidence: firstPerSpan(evidence) };
}

const WARM = shapes.warmTone;
const NOT_WARMTH = new RegExp(`^(?:${WARM.notWarmth.join('|')})$`, 'u');
/** As strong as a cue on its own: warmth alone decides, but any other vote outweighs or joins it. */
const WARM_WEIGHT = 0.9;

/**
 * A top-level comment that speaks well (AFINN sum of its positive words less its negative ones at
 * least minPositive, the negative ones no more than maxNegativeShare of the positive) of what the article is about supports it: reviews and anecdotes
 * with no cue ("Crisp pastry, kind owners."). Thanks and laughter are not counted (they are
 * comments). Praise with a contrast ("Gorgeous, but …", "worked well until …") grants a point to
 * argue, so it is left out, and so is sarcasm read as for a welcome cue ('Wow. Just wow.'). The
 * evidence runs from the first warm word (or the negator that made it warm) to the last.
 */
function warmTone(view: TextView, scan: string, tokens: readonly WordToken[]): TagFinding | null {
  if (firstContrast(scan, tokens, openingQuotes(view)) >= 0) return null;
  let warmth = 0;
  let first: (WordToken & { negated: boolean }) | null = null;
  let end = -1;
  let cold = 0;
  for (const token of scoreTokens(tokens, scan)) {
    if (token.score === 0 || NOT_WARMTH.test(token.lower)) continue;
    if (token.score < 0) {
      cold -= token.score;
      continue;
    }
    warmth += token.score;
    first ??= token;
    end = token.end;
  }
  // A passing gripe inside praise ('superb pastries, lovely staff, sadly no toilets') leaves it praise; more than a
  // small share of negative words beside the warmth is a complaint or a mixed verdict.
  if (!first || warmth - cold < WARM.minPositive || cold > warmth * WARM.maxNegativeShare) return null;
  if (sarcasticSequel(view, scan, first.end) || sarcasticClause(scan, first)) return null;
  // AFINN is English: a foreign comment's 'Super' or 'top' is not the whole of what it says.
  if (!ENGLISH_OR_UNKNOWN.has(view.language)) return null;
  // 'Not bad, not terrible': the evidence starts at the negator that made the first word warm.
  const start = first.negated ? negatorBefore(tokens, first.start) : first.start;
  return { text: scan.slice(start, end), start, end, rule: 'warm-tone', source: CODE_SOURCE };
}

export const ENGLISH_OR_UNKNOWN = new Set(['en', 'und']);

/** AFINN sum of the tokens, leaving out what is not warmth (thanks, laughter, the preposition 'like'). */
function warmthOf(tokens: readonly WordToken[], text: string): number {
  let sum = 0;
  for (const token of scoreTokens(tokens, text)) if (!NOT_WARMTH.test(token.lower)) sum += token.score;
  return sum;
}

/** Where the last negator before `at` starts ('not' of 'not bad'). */
function negatorBefore(tokens: readonly WordToken[], at: number): number {
  let start = at;
  for (const token of tokens) {
    if (token.start >= at) break;
    if (isNegator(token.lower)) start = token.start;
  }
  return start;
}

/**
 * 'Great, just great, another tax.', 'Wow. Just wow.': a clause after the first warm word that
 * repeats it flat or names one more burden is the sarcasm a welcome cue's sequel is read for.
 */
function sarcasticClause(scan: string, first: WordToken): boolean {
  const repeated = new RegExp(`^\\s*just\\s+${first.lower.replace(/[^\p{L}\p{N}]/gu, '')}\\s*[.!]*\\s*$`, 'iu');
  // The next few clauses, across a sentence end too ('Wow. Just wow.').
  for (const clause of scan.slice(first.end).split(/[,;:.!?—–]+/u).slice(1, 4)) {
    if (SARCASTIC_SEQUEL.test(clause) || REPEATED_FLAT.test(clause) || repeated.test(clause)) return true;
  }
  return false;
}

const GRANTED = shapes.praiseThenContrast;
/** Above a question's query vote (1.0): 'Lovely idea, but who pays for it?' argues through its question. */
const GRANTED_WEIGHT = 1.2;

/**
 * A top-level comment whose opening sentence grants the article something good and then turns
 * ('Lovely colour but mine faded in a week', 'Ran fine until the strap tore'): the
 * praise is there to argue, deny. The words before the contrast must add up to GRANTED.minPositive
 * (AFINN) with no negative word, and at least GRANTED.minWordsAfter words must follow it.
 */
function praiseThenContrast(view: TextView, scan: string, tokens: readonly WordToken[]): TagFinding | null {
  const opening = openingSentenceOf(view, scan);
  if (!opening) return null;
  const words = tokens.filter((t) => t.start >= opening.start && t.end <= opening.end);
  const at = firstContrast(scan, words, openingQuotes(view));
  if (at < 1 || words.length - at - 1 < GRANTED.minWordsAfter) return null;
  let praise = 0;
  for (const token of scoreTokens(words.slice(0, at), scan)) {
    if (token.score < 0) return null;
    praise += token.score;
  }
  if (praise < GRANTED.minPositive) return null;
  // The turn must go against the praise: words after it that are praise by the same measure ('but
  // better late than never', 'though it was perfect') keep it.
  if (warmthOf(words.slice(at + 1), scan) >= GRANTED.minPositive) return null;
  if (!ENGLISH_OR_UNKNOWN.has(view.language)) return null;
  const start = words[0]!.start;
  const end = words[at]!.end;
  return { text: scan.slice(start, end), start, end, rule: 'praise-then-contrast', source: CODE_SOURCE };
}

/** Quotations of the scanned opening only (offsets stay the text's): a long text costs no more. */
function openingQuotes(view: TextView): readonly { start: number; end: number; text: string }[] {
  return view.text.length > SCAN_LIMIT ? view.derive('stance:opening-quotes', () => findQuotes(view.text.slice(0, SCAN_LIMIT))) : view.quotes;
}

function finding(match: { text: string; start: number; end: number }, rule: string, source: string): TagFinding {
  return { text: match.text, start: match.start, end: match.end, rule, source };
}

/** Whether a question names something its parent talked about. */
function sharesContent(question: string, parent: TextView): boolean {
  const theirs = parentStems(parent);
  for (const s of contentStems(scanWords(question))) if (theirs.has(s)) return true;
  return false;
}

/**
 * A reply that repeats most of its parent's content words passes the claim on (retweet-style
 * quoting, "Police confirm X"): support. The evidence is the text's first sentence-sized stretch.
 * Under the article only a verbatim repost counts: a top-level comment uses the article's words
 * whatever it thinks of it (on the tune fixture threads 7 of 20 it read as support were support,
 * 6 were questions its vote outweighed).
 */
function restatement(text: string, view: TextView, parent: TextView | undefined, parentIsArticle: boolean): TagFinding | null {
  if (!parent) return null;
  // A verbatim repost (a retweet, or a source tweet given as its own parent) passes the claim on whole.
  const start0 = openingOffset(text);
  // The parent is clipped as elsewhere (parentForms): the article is every top-level comment's parent.
  if (text.length - start0 >= 12 && repostOf(text, start0, parentForms(parent))) {
    const end = clipEnd(text, start0, 120);
    return { text: text.slice(start0, end), start: start0, end, rule: 'restates-parent', source: CODE_SOURCE };
  }
  if (parentIsArticle) return null;
  // The scanned words' stems, kept on the view: toSource reads the same reply again.
  const own = view.stemsUpTo(SCAN_LIMIT);
  if (own.size < 3) return null;
  const theirs = parentStems(parent);
  let shared = 0;
  for (const s of own) if (theirs.has(s)) shared++;
  if (shared / own.size < 0.6 || shared < 3) return null;
  const start = openingOffset(text);
  const end = clipEnd(text, start, 120);
  if (end <= start) return null;
  return { text: text.slice(start, end), start, end, rule: 'restates-parent', source: CODE_SOURCE };
}

/** Whether the sentence after a welcome names another burden, says this is not the wanted thing, or is plainly negative. */
function sarcasticSequel(view: TextView, scan: string, at: number): boolean {
  const next = view.sentencesUpTo(SCAN_LIMIT).find((s) => s.start >= at);
  if (!next) return false;
  const text = scan.slice(next.start, next.end);
  if (SARCASTIC_SEQUEL.test(text) || TURNING_SEQUEL.test(text) || REPEATED_FLAT.test(text)) return true;
  // A question after the welcome asks about the news ("Finally. How many spaces will we lose?"):
  // its negative words are the topic's, not a sneer, which is made as a statement.
  if (/\?["”’)]*\s*$/u.test(text)) return false;
  // A sentence that opens with the writer telling their own trouble with how things are ('Finally. I
  // take the 6.10 every day and the platform is dangerous at peak.') gives the reason for the welcome;
  // a sneer names the news ('Finally. They're robbing us blind.').
  if (FIRST_PERSON.test(text)) return false;
  return sentimentSum(view.wordsIn(next.start, next.end), scan) <= SEQUEL_NEGATIVE;
}

/**
 * "Or you could just walk.", "Why not just scrap the scheme?": a top-level comment whose
 * sentence proposes doing one plain thing instead sets the article's approach aside as needless:
 * deny. On the tune fixture pages four of six top-level comments of this shape were denials. Read
 * only under an article: in a reply "just swap it" is usually advice to whoever asked. The verb
 * after "just" must be a plain verb of doing (parent-shapes.json): "just got back" reports. Only a
 * sentence with an alternative marker (or, instead, why not, could/should) decides alone; a bare
 * "Just buy it." is as often a tip that agrees with the article and weighs below the threshold.
 */
const SIMPLER_WEIGHT = 0.9;
/** A bare "Just buy it." is as often a tip that agrees: it only adds to other deny evidence. */
const SIMPLER_BARE_WEIGHT = 0.45;
const SIMPLE = shapes.simplerAlternative;
const PLAIN_VERBS = new Set(SIMPLE.plainVerbs);
const FILLERS = new Set(SIMPLE.fillers);
const SUBJECTS = new Set(SIMPLE.subjects);
const MODALS = new Set(SIMPLE.modals);
const ALTERNATIVE = new RegExp(`\\b(?:${SIMPLE.alternativeMarkers.map((m) => m.replace(/ /gu, '\\s+')).join('|')})\\b`, 'iu');

function simplerAlternative(view: TextView, tokens: readonly WordToken[]): { evidence: TagFinding; marked: boolean } | null {
  for (const sentence of view.sentencesUpTo(SCAN_LIMIT)) {
    let k = lowerBound(tokens, (t) => t.start >= sentence.start);
    const first = k;
    const inSentence = (i: number) => i < tokens.length && tokens[i]!.start < sentence.end;
    while (inSentence(k) && k - first < 3 && FILLERS.has(tokens[k]!.lower)) k++;
    // A subject needs a modal: "you could just use" proposes, "we just use ours" reports.
    if (inSentence(k) && SUBJECTS.has(tokens[k]!.lower)) {
      if (!inSentence(k + 1) || !MODALS.has(tokens[k + 1]!.lower)) continue;
      k += 2;
    } else if (inSentence(k) && MODALS.has(tokens[k]!.lower)) continue;
    const just = tokens[k];
    const verb = tokens[k + 1];
    if (!just || !verb || just.lower !== 'just' || verb.end > sentence.end || !PLAIN_VERBS.has(verb.lower)) continue;
    const sentenceText = view.text.slice(sentence.start, sentence.end);
    const marked = ALTERNATIVE.test(sentenceText);
    const evidence = { text: view.text.slice(just.start, verb.end), start: just.start, end: verb.end, rule: 'simpler-alternative', source: CODE_SOURCE };
    return { evidence, marked };
  }
  return null;
}

/**
 * A forum reply that opens by quoting a line of what it answers ("> …", "Quote: Originally Posted
 * by …", "X wrote: …") and then adds its own text is usually taking that line apart: on the tune
 * fixture threads six of nine such replies were denials. Tweets quote differently (RT, “@x: …”).
 */
const QUOTED_OPENING = /^\s*(?:>|quote:?\s|[^\n]{1,40}\bwrote:)/iu;
const QUOTED_REBUTTAL_WEIGHT = 0.9;

function quotedRebuttal(text: string): TagFinding | null {
  const match = QUOTED_OPENING.exec(text);
  if (!match) return null;
  const start = match.index + match[0].length - match[0].trimStart().length;
  const end = match.index + match[0].length;
  return { text: text.slice(start, end), start, end, rule: 'quoted-rebuttal', source: CODE_SOURCE };
}

/**
 * A short phrase of the parent put back in quotation marks ("every bit of smoke is now “climate
 * change.”", "the “durable” coating", "Reporting facts is not “cheering”") holds the parent's word
 * at a distance: scare quotes mock or dispute it. On the tune fixture threads eight of ten such
 * replies were denials. A quotation inside a stretch copied from the parent (a quote-tweet) is the
 * parent's own, and a long quotation is a citation, not an echo. Nor is a word the parent itself put
 * in quotation marks ('Police say the suspects were "prepared to die as martyrs"'): the reply takes
 * up the parent's distance (RumourEval tune: 0 of 12 such replies were denials).
 */
const SCARE_QUOTE_WEIGHT = 0.9;
const SCARE_QUOTE_WORDS = 6;

function scareQuote(view: TextView, parent: TextView | undefined, copied: [number, number][]): TagFinding | null {
  if (!parent) return null;
  for (const quote of openingQuotes(view)) {
    const inner = quote.text.slice(1, -1).trim();
    if (inner.length < 3 || inner.length > 60 || inner.startsWith('@') || !/\p{L}/u.test(inner)) continue;
    const words = inner.split(/\s+/u);
    // A quoted function word ("the “after” year") names the word, it holds no claim at a distance.
    if (words.length > SCARE_QUOTE_WORDS || !words.some((w) => !STOPWORDS.has(w.toLowerCase().replace(/[^\p{L}'’-]/gu, '')))) continue;
    if (copied.some(([a, b]) => a <= quote.start && quote.end <= b)) continue;
    if (!parentForms(parent).lower.includes(inner.toLowerCase())) continue;
    // 'the "highly trained" gunmen' under a parent that quoted the words itself: the distance is the parent's own.
    if (parentQuotations(parent).some((q) => containsWords(q, inner.toLowerCase()))) continue;
    return { text: quote.text, start: quote.start, end: quote.end, rule: 'scare-quote', source: CODE_SOURCE };
  }
  return null;
}

/** Whether `words` occur in `text` as whole words ('free' in 'parking is free', not in 'carefree'). */
function containsWords(text: string, words: string): boolean {
  for (let at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
    if (!/[\p{L}\p{N}]/u.test(text[at - 1] ?? '') && !/[\p{L}\p{N}]/u.test(text[at + words.length] ?? '')) return true;
  }
  return false;
}

/** What the parent puts in quotation marks (double, curly single or guillemets), lower-cased: read once per parent. */
function parentQuotations(parent: TextView): readonly string[] {
  return parent.derive('stance:parent-quotations', () => [...parentForms(parent).lower.matchAll(/["“‘«]([^"”’»\n]{1,200})["”’»]/gu)].map((m) => m[1]!));
}

/**
 * The reply from `start` is, whitespace aside, part of the parent. Most replies fail on their first
 * word, which is looked up before the whole reply is normalised: a stretch without whitespace reads
 * the same normalised or not.
 */
function repostOf(text: string, start: number, forms: ParentForms): boolean {
  let firstGap = start;
  while (firstGap < text.length && firstGap - start < 32 && !isSpace(text.charCodeAt(firstGap))) firstGap++;
  // A cut word loses its last character: lower-casing may depend on the character after it (final sigma).
  const head = firstGap < text.length && !isSpace(text.charCodeAt(firstGap)) ? firstGap - 1 : firstGap;
  if (head > start && !forms.lower.includes(text.slice(start, head).toLowerCase())) return false;
  return normalisedOf(forms).includes(normalise(text.slice(start)));
}

/** The characters `\s` matches (WhiteSpace and LineTerminator). */
function isSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

function normalise(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Minimum length of a stretch copied from the parent for it to count as a quotation. */
const COPY_MIN = 24;

/**
 * Stretches of the reply that also occur in the parent (quote-retweets, pasted lines), as
 * [start, end) pairs. Found by sliding a COPY_MIN-character window and extending matches, so the
 * cost stays linear in the reply times the parent's substring search. A window is looked up by
 * its rolling hash first and confirmed with a substring search only when the hash is the parent's.
 */
function copiedFromParent(text: string, parent: TextView): [number, number][] {
  if (text.length < COPY_MIN || parent.text.length < COPY_MIN) return [];
  const forms = parentForms(parent);
  const lowerParent = forms.lower;
  const lower = text.toLowerCase();
  const hashes = windowHashes(lower);
  const out: [number, number][] = [];
  let i = 0;
  while (i + COPY_MIN <= lower.length) {
    if (!hasWindow(forms.windows, hashes[i]!) || !lowerParent.includes(lower.slice(i, i + COPY_MIN))) {
      i += 8;
      continue;
    }
    // Grow by strides, then by single characters (at most a stride's worth), so a long copied
    // stretch costs a number of searches proportional to its length over the stride.
    let end = i + COPY_MIN;
    while (end < lower.length && lowerParent.includes(lower.slice(i, Math.min(lower.length, end + 8)))) end = Math.min(lower.length, end + 8);
    for (let k = 0; k < 7 && end < lower.length && lowerParent.includes(lower.slice(i, end + 1)); k++) end += 1;
    // Extend backwards over the part of the previous stride that was skipped.
    let start = i;
    for (let k = 0; k < 7 && start > 0 && lowerParent.includes(lower.slice(start - 1, end)); k++) start -= 1;
    out.push([start, end]);
    i = end;
  }
  return out;
}

const HASH_BASE = 0x01000193;
/** HASH_BASE to the power COPY_MIN - 1, modulo 2^32: what the leaving character was multiplied by. */
const HASH_LEAD = (() => {
  let p = 1;
  for (let k = 1; k < COPY_MIN; k++) p = Math.imul(p, HASH_BASE);
  return p;
})();

/** The hash of every COPY_MIN-character window of `text`, by start offset (one rolling pass). */
function windowHashes(text: string): Uint32Array {
  const count = Math.max(0, text.length - COPY_MIN + 1);
  const out = new Uint32Array(count);
  let h = 0;
  for (let k = 0; k < Math.min(COPY_MIN, text.length); k++) h = (Math.imul(h, HASH_BASE) + text.charCodeAt(k)) | 0;
  for (let i = 0; i < count; i++) {
    out[i] = h >>> 0;
    if (i + COPY_MIN < text.length) h = (Math.imul(h - Math.imul(text.charCodeAt(i), HASH_LEAD), HASH_BASE) + text.charCodeAt(i + COPY_MIN)) | 0;
  }
  return out;
}

/** The clipped parent lower-cased, and its windows' hashes, computed once per parent (the article is every top-level comment's parent). */
interface ParentForms {
  lower: string;
  /** Whitespace-normalised `lower`, made on first need (the verbatim-repost check). */
  normalised: string | null;
  /**
   * The hashes of every COPY_MIN-character window of `lower`, as a bitmap of their low WINDOW_BITS
   * bits: a hit is confirmed by a substring search anyway, and a bitmap costs one allocation where a
   * Set of ~3,000 numbers was the larger part of building the forms.
   */
  windows: Uint8Array;
}

const WINDOW_BITS = 16;
const WINDOW_MASK = (1 << WINDOW_BITS) - 1;

function windowBitmap(hashes: Uint32Array): Uint8Array {
  const bits = new Uint8Array(1 << (WINDOW_BITS - 3));
  for (const h of hashes) bits[(h & WINDOW_MASK) >>> 3]! |= 1 << (h & 7);
  return bits;
}

function hasWindow(bits: Uint8Array, hash: number): boolean {
  return (bits[(hash & WINDOW_MASK) >>> 3]! & (1 << (hash & 7))) !== 0;
}

/** Read once per parent view: the article is every top-level comment's parent. */
function parentForms(parent: TextView): ParentForms {
  return parent.derive('stance-parent-forms', () => readParentForms(parent.text));
}

function readParentForms(parent: string): ParentForms {
  const clipped = parent.length > 3000 ? parent.slice(0, 3000) : parent;
  const lower = clipped.toLowerCase();
  return { lower, normalised: null, windows: windowBitmap(windowHashes(lower)) };
}

function normalisedOf(forms: ParentForms): string {
  return (forms.normalised ??= normalise(forms.lower));
}

/** Every top-level comment has the article as parent: its stems are computed once per page, not per comment. */
function parentStems(parent: TextView): Set<string> {
  return parent.stemsUpTo(3000);
}

/**
 * The stems of the words a parent writes as hashtags ("members of #ISIS", "#Ferguson police"): in a
 * tweet the tag is often the claim's own word, though content stems leave tags out. Made once per parent.
 */
function parentTagStems(parent: TextView): Set<string> {
  return parent.derive('stance:parent-tag-stems', () => {
    const out = new Set<string>();
    if (!parent.text.includes('#')) return out;
    for (const token of parent.wordsIn(0, 3000)) {
      if (token.lower[0] !== '#' || token.lower.length < 4) continue;
      const word = token.lower.slice(1);
      if (!STOPWORDS.has(word) && !/^\d+$/u.test(word)) out.add(stem(word));
    }
    return out;
  });
}

/** A parent comment's figure taken up beside a dispute sign weighs as much as a denial cue on its own (quantities.ts). */
const FIGURE_WEIGHT = 0.9;
/**
 * Scale words that put a figure in doubt: "nowhere near 56%", "only 40 months", "not even £20",
 * "more like 5 days", "12% of what?".
 */
const FIGURE_SCALE = /\b(?:nowhere near|only|not even|more like|closer to|at most|barely|hardly|of what)\b/iu;
/** A contrast that opens the argument before the figure ("But 56% was with…", "Yet 40 months…", "Except 40 minutes was…"): the shared contrast list and "actually". */
const FIGURE_CONTRAST = new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...shapes.contrasts, 'actually'].join('|')})(?![\\p{L}\\p{N}])`, 'iu');
/** Negators in set phrases that agree rather than deny ("no complaints", "not bad", "no doubt"). */
const AGREEING_NEGATION = /^(?:problem|problems|complaint|complaints|doubt|wonder|bad|kidding|joke|surprise|question)$/u;

/**
 * The first quantity of the reply that its parent stated too (same value, same unit), outside
 * stretches copied from the parent, in a sentence that disputes it. A repeated figure alone is as
 * often agreement or a follow-up ("At 56% that is impressive", "Mine also took 5 days"): it counts
 * only beside a negator, a contrast before it, a question, or a scale word.
 */
function takesUpFigure(text: string, parent: TextView | undefined, copied: [number, number][]): TagFinding | null {
  if (!parent) return null;
  const theirs = parentFigures(parent);
  if (theirs.size === 0) return null;
  for (const quantity of findQuantities(text)) {
    if (!theirs.has(quantity.key)) continue;
    if (copied.some(([a, b]) => a <= quantity.start && quantity.end <= b)) continue;
    if (!disputesFigure(text, quantity.start, quantity.end)) continue;
    return { text: text.slice(quantity.start, quantity.end), start: quantity.start, end: quantity.end, rule: 'takes-up-figure', source: CODE_SOURCE };
  }
  return null;
}

/** The sentence around [start, end), its terminal mark included. */
function sentenceAround(text: string, start: number, end: number): { before: string; whole: string } {
  const head = text.slice(0, start);
  let from = 0;
  for (const m of head.matchAll(/[.!?](?=\s)|\n/gu)) from = m.index + 1;
  const tail = /[.!?](?=\s|$)|\n|$/u.exec(text.slice(end))!;
  const to = end + tail.index + tail[0].length;
  return { before: text.slice(from, start), whole: text.slice(from, to) };
}

function disputesFigure(text: string, start: number, end: number): boolean {
  const { before, whole } = sentenceAround(text, start, end);
  if (/\?\s*$/u.test(whole)) return true;
  if (FIGURE_SCALE.test(whole)) return true;
  if (FIGURE_CONTRAST.test(before)) return true;
  const words = whole.toLowerCase().replace(/’/gu, "'").match(/[\p{L}']+/gu) ?? [];
  for (let k = 0; k < words.length; k++) {
    if (!isNegator(words[k]!) || NOT_A_DENIAL.has(words[k]!)) continue;
    if (AGREEING_NEGATION.test(words[k + 1] ?? '')) continue;
    return true;
  }
  return false;
}

/**
 * "@cnn no he hasn't", "Rideau shooting didn't happen": a negator in the opening sentence next to
 * words the parent used, so the reply says the parent's thing is not so. Words the parent negated
 * itself ('Flag not an ISIS flag' - 'So it's not ISIS but …') are repeated, not contradicted (on
 * the RumourEval tune replies this dropped about four false denials for one true one).
 */
function negatesParent(text: string, all: readonly WordToken[], parent: TextView | undefined, copied: [number, number][], parentIsArticle: boolean): TagFinding | null {
  if (!parent) return null;
  const opening = /^[\s\S]*?(?:[.!?](?=\s|$)|\n|$)/u.exec(text.length > 300 ? text.slice(0, 300) : text)?.[0] ?? '';
  const tokens = all.filter((t) => t.end <= opening.length);
  const theirs = parentStems(parent);
  const tagged = parentTagStems(parent);
  for (let k = 0; k < tokens.length; k++) {
    if (!isNegator(tokens[k]!.lower) || NOT_A_DENIAL.has(tokens[k]!.lower)) continue;
    // "not just killed, murdered", "even if not innocent": intensifiers and conditions, not denials.
    if (/^(?:just|only|even|to|sure|yet|all|everyone|every)$/u.test(tokens[k + 1]?.lower ?? '')) continue;
    if (/^(?:if|or|whether)$/u.test(tokens[k - 1]?.lower ?? '')) continue;
    if (copied.some(([a, b]) => a <= tokens[k]!.start && tokens[k]!.end <= b)) continue;
    const near = tokens.slice(k + 1, k + 5).filter((t) => !STOPWORDS.has(t.lower) && (theirs.has(stem(t.lower)) || (t.lower[0] !== '#' && tagged.has(stem(t.lower)))));
    if (near.length === 0) continue;
    // 'Does anyone know if it freezes well?' - 'It doesn't freeze very well': the parent's words asked
    // about come back answered. Read only here: most replies negate none of the parent's words.
    const asked = parentIsArticle ? null : askedStems(parent);
    if (asked && near.every((t) => asked.has(stem(t.lower)))) continue;
    // 'Not an ISIS flag' - 'So it's not ISIS but …': the parent's own negation repeated agrees with it.
    const negatedByParent = parentNegatedStems(parent);
    if (near.every((t) => negatedByParent.has(stem(t.lower.replace(/^#/u, ''))))) continue;
    const end = near[near.length - 1]!.end;
    return { text: text.slice(tokens[k]!.start, end), start: tokens[k]!.start, end, rule: 'negates-parent', source: CODE_SOURCE };
  }
  return null;
}

/** Stems of the words the parent itself negates (within four words after a negator, as the reply's are read), read once per parent. */
function parentNegatedStems(parent: TextView): ReadonlySet<string> {
  return parent.derive('stance:parent-negated-stems', () => {
    const out = new Set<string>();
    const tokens = parent.wordsIn(0, 3000);
    for (let k = 0; k < tokens.length; k++) {
      if (!isNegator(tokens[k]!.lower) || NOT_A_DENIAL.has(tokens[k]!.lower)) continue;
      for (const t of tokens.slice(k + 1, k + 5)) if (!STOPWORDS.has(t.lower)) out.add(stem(t.lower.replace(/^#/u, '')));
    }
    return out;
  });
}

/**
 * The deny cues whose matches may be a bare no: contradicting openers ('No,', 'Nope', 'Not really',
 * 'Nein') and a universal put right ('Not always.', 'Not necessarily.'), which answers a real question as
 * a no does.
 */
const ANSWER_CUES = new Set(['deny-opener', 'deny-correction']);
const BARE_NO = /^(?:no|nope|nah|not really|not quite|not (?:always|necessarily|all|every|everyone|everybody|everything)|nei|nej|nein|nie|non|nee|ei|нет)$/iu;

/**
 * The parent's real questions (kind factual: not rhetorical jabs like 'Why is X always cheering for
 * them?'), read once per parent view. On the tune fixture threads, replies negating words of such a
 * question answered it (5 of 5 were comments): 'Are they used to train anything?' - 'No, never used
 * for training.'
 */
function factualQuestions(parent: TextView): readonly Question[] {
  return parent.derive('stance:parent-factual-questions', () => findQuestions(parent).filter((q) => q.kind === 'factual'));
}

/** The stems of the parent's real questions. */
function askedStems(parent: TextView): ReadonlySet<string> | null {
  const questions = factualQuestions(parent);
  if (questions.length === 0) return null;
  return parent.derive('stance:parent-asked-stems', () => new Set(questions.flatMap((q) => [...contentStems(scanWords(q.text))])));
}

/**
 * A statement with a tag that only asks for a nod ("It ran on Sunday, didn't it?", "… , right?"): a
 * no contradicts the statement. The question kinds read some tags as factual.
 */
const TAG_QUESTION = /,\s*(?:\p{L}+n['’]?t\s+(?:it|he|she|they|you|we|there|that|i)|(?:is|are|was|were|do|does|did|has|have|can|will|would)\s+(?:it|he|she|they|you|we|there|that)\s+not|right|correct|true|yes|no|eh|innit)\s*\?+\W*$/iu;

/** Whether the parent ends by asking a real question (a few trailing marks or an emoji aside). */
function endsAsking(parent: TextView): boolean {
  const last = factualQuestions(parent).at(-1);
  return last !== undefined && !/[\p{L}\p{N}]/u.test(parent.text.slice(last.end)) && !TAG_QUESTION.test(last.text);
}
