/**
 * How the clauses around a target's mention are read before their tone counts. Pure functions
 * over a text's words (the core's text view gives the same words, sentences and clause breaks):
 *
 * - a word whose tone is not the writer's evaluation does not count: "like" as a comparison
 *   ("abortion clinics would be like Starbucks"), "dear" as a salutation, "right" outside "X is
 *   right", and words of the target's own frame ("legal" when the target is the legalization of X);
 * - an if-clause is not asserted: "IF FEMINISTS WERE HONEST …" praises nobody;
 * - irony markers ("lol", "#sarcasm", "gotta love") lower the weight of praise and the confidence
 *   of the label rather than flip it blindly.
 */
import type { WordToken } from '../../text/tokens.js';

/** Words whose AFINN value only counts in the verb or predicate use named here. */
const SUBJECTS = new Set(['i', 'we', 'you', 'they', 'u', 'ya', 'really', 'would', "i'd", "we'd", 'do', "don't", 'dont', 'to', 'just', 'also', 'still', 'totally', 'actually', 'gotta']);
const PREDICATE = new Set(['is', 'are', 'was', 'were', "it's", "that's", "she's", "he's", "they're", 'so', 'totally', 'absolutely', 'be']);

/** Tone mask values: the word's tone does not count, counts, or counts turned around. */
export const TONE_SKIPPED = 0;
export const TONE_COUNTS = 1;
export const TONE_COUNTERFACTUAL = 2;
/**
 * Inside a clause someone else is reported to say or think ("he says the unborn have rights"): its
 * side words are not the writer's. Its tone still counts (writers report a view to mock it as often
 * as to share it; skipping that tone too cost SemEval tune 0.001-0.005 on feminism).
 */
export const TONE_REPORTED = 3;

/**
 * TONE_COUNTS where a word's tone may count toward a stance, TONE_SKIPPED where its use is not an
 * evaluation, TONE_COUNTERFACTUAL inside a counterfactual if-clause ("if feminists were honest",
 * "if she had any integrity"): the writer asserts the opposite of what it says.
 */
export function toneMask(tokens: readonly WordToken[], text: string): Uint8Array {
  const mask = new Uint8Array(tokens.length).fill(TONE_COUNTS);
  let ifFrom = -1;
  let ifOpens = false;
  let modalSince = -1; // the last would/could of the sentence so far: a main clause before an if-clause
  for (let k = 0; k <= tokens.length; k++) {
    // A clause break ends an if-clause: "If she wins, we are doomed" counts "doomed".
    const broken = k === tokens.length || k === 0 || clauseBreakBefore(tokens, k, text);
    if (broken && ifFrom >= 0) {
      markIfClause(mask, tokens, ifFrom, k, ifOpens);
      ifFrom = -1;
    }
    if (k === tokens.length) break;
    if (k === 0 || /[.!?…]/u.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start))) modalSince = -1;
    const word = tokens[k]!.lower;
    const previous = k > 0 ? tokens[k - 1]!.lower : '';
    if (MAIN_MODALS.has(word)) modalSince = k;
    if (ifFrom < 0 && (word === 'if' || word === 'unless')) {
      ifFrom = k;
      ifOpens = broken || IF_OPENERS.has(previous) || modalSince >= 0;
    }
    else if (word === 'like' && !SUBJECTS.has(previous)) mask[k] = TONE_SKIPPED;
    else if (word === 'right' && !PREDICATE.has(previous)) mask[k] = TONE_SKIPPED;
    else if (word === 'dear' && broken) mask[k] = TONE_SKIPPED;
    else if (REPORT_VERBS.has(word) && k > 0 && REPORTING_SUBJECTS.has(previous) && !clauseBreakBefore(tokens, k, text)) markReported(mask, tokens, k + 1, text);
  }
  return mask;
}

/** A third party as the subject of a reporting verb: "he says …", "they claim …", "people think …". */
const REPORTING_SUBJECTS = new Set(['he', 'she', 'they', 'people', 'others', 'someone', 'somebody']);
const REPORT_VERBS = new Set(['says', 'said', 'say', 'claims', 'claimed', 'claim', 'thinks', 'thought', 'think', 'believes', 'believed', 'believe', 'insists', 'insisted', 'insist', 'argues', 'argued', 'argue']);

/** The reported clause: from the word after the verb to the end of its sentence or the next clause break after a word of it. */
function markReported(mask: Uint8Array, tokens: readonly WordToken[], from: number, text: string): void {
  for (let k = from; k < tokens.length; k++) {
    if (k > from && (clauseBreakBefore(tokens, k, text) || /[.!?…]/u.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start)))) return;
    if (mask[k] === TONE_COUNTS) mask[k] = TONE_REPORTED;
  }
}

/** Words before "if" after which it still opens a conditional clause ("even if", "but if"). */
const IF_OPENERS = new Set(['and', 'but', 'or', 'so', 'because', 'cause', 'even', 'as', 'only', 'then', 'that']);
/** A main clause's modal: "they would stop complaining if feminists were happy" is a condition. */
const MAIN_MODALS = new Set(['would', 'could', "would've", "could've", 'wouldnt', "wouldn't", 'couldnt', "couldn't", "i'd", "we'd", "you'd", "they'd", "she'd", "he'd", "it'd"]);

/**
 * An if-clause is not asserted; one in the past subjunctive ("were") asserts its opposite, when
 * "if" opens a condition (`opens`: at a clause break, after "even"/"but", or after a main clause
 * with would/could). After another verb ("I asked him if feminists were happy", "wonder if") it
 * is an indirect question: not asserted, and not turned around.
 */
function markIfClause(mask: Uint8Array, tokens: readonly WordToken[], from: number, to: number, opens: boolean): void {
  let counterfactual = false;
  for (let k = from; k < to; k++) if (opens && tokens[k]!.lower === 'were' && tokens[from]!.lower === 'if') counterfactual = true;
  mask.fill(counterfactual ? TONE_COUNTERFACTUAL : TONE_SKIPPED, from, to);
}

/** Punctuation or "then" between word k-1 and word k; one plain space (the common case) is none. */
function clauseBreakBefore(tokens: readonly WordToken[], k: number, text: string): boolean {
  const end = tokens[k - 1]!.end;
  if (tokens[k]!.start === end + 1 && text.charCodeAt(end) === 32) return tokens[k - 1]!.lower === 'then';
  return /[,;:.!?…]/u.test(text.slice(end, tokens[k]!.start)) || tokens[k - 1]!.lower === 'then';
}

/**
 * Stems of a target name's frame words, whose tone describes the target rather than judging it:
 * "Legalization of Abortion" → "legal" (so "abortion is legal" and "make it illegal" are facts
 * about the frame, not praise or blame). Words of five letters or more outside the subject.
 */
export function frameStems(name: string, subject: readonly string[]): string[] {
  const inSubject = new Set(subject.map((w) => w.toLowerCase()));
  return name
    .toLowerCase()
    .split(/\s+/u)
    .filter((w) => w.length >= 5 && !inSubject.has(w))
    .map((w) => w.slice(0, 5));
}

/** A word of the target's own frame ("illegal" for the legalization of X): its tone is not a judgement. */
export function isFrameWord(word: string, stems: readonly string[]): boolean {
  return stems.length > 0 && stems.some((stem) => word.includes(stem));
}
