/**
 * Which sentences are questions: those ending in "?" that the writer asks (not quoted, not a
 * headline), and indirect questions without a mark ("I wonder whether…", "can anyone tell me…").
 */
import type { Segment } from '../../schema/index.js';
import { matchCues } from '../../text/cues.js';
import { countLetterRuns } from '../../text/letters.js';
import { insideAny } from '../../text/spans.js';
import type { TextView } from '../../text/view.js';
import { questionCues } from './cues.js';

export interface QuestionSentence extends Segment {
  /** `question-mark` or the id of the indirect cue that fired. */
  rule: string;
}

export function findQuestionSentences(view: TextView): QuestionSentence[] {
  const { text, sentences, quotes } = view;
  const out: QuestionSentence[] = [];
  sentences.forEach((sentence) => {
    const span = trimLead(text, sentence);
    if (!span || !/\p{L}/u.test(span.text)) return;
    if (endsWithQuestionMark(span.text)) {
      // Someone else's question, or a quoted headline, is not the writer's question.
      if (insideAny(quotes, lastMark(span), lastMark(span) + 1)) return;
      if (looksLikeHeadline(span.text) || endsWithTitle(span.text)) return;
      out.push({ ...span, rule: 'question-mark' });
      return;
    }
    if (!/[a-z]/iu.test(span.text)) return;
    const indirect = matchCues(questionCues().indirect, span.text).find((m) => !insideAny(quotes, span.start + m.start, span.start + m.end));
    if (indirect) {
      out.push({ ...span, rule: indirect.cue.id });
      return;
    }
    // "lol what did he say": short, no final punctuation, wh-word plus auxiliary up front.
    if (/[\p{L}\p{N}]$/u.test(span.text) && countLetterRuns(span.text, 10) <= 10) {
      const unmarked = matchCues(questionCues().unmarked, span.text)[0];
      if (unmarked) out.push({ ...span, rule: unmarked.cue.id });
    }
  });
  return out;
}

/** Leading emoticons, bullets and @handles; sticky, so `test` leaves its length in lastIndex (no match array). */
const LEAD = /(?:@[\p{L}\p{N}_.]+\s*|[^\p{L}\p{N}"“'‘¿(@])*/uy;

/** Drops leading emoticons, bullets and @handles so the span starts at the first word. */
function trimLead(text: string, sentence: Segment): Segment | null {
  LEAD.lastIndex = 0;
  const lead = LEAD.test(sentence.text) ? LEAD.lastIndex : 0;
  const start = sentence.start + lead;
  if (start >= sentence.end) return null;
  return { text: text.slice(start, sentence.end), start, end: sentence.end };
}

function endsWithQuestionMark(sentence: string): boolean {
  return /[?？][?!？.…\s"'”’)\]»]*$/u.test(sentence.slice(-12));
}

function lastMark(span: Segment): number {
  const local = Math.max(span.text.lastIndexOf('?'), span.text.lastIndexOf('？'));
  return span.start + local;
}

const SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'and', 'or', 'by', 'with', 'vs', 'is', 'as']);

/** "Is This the End of ISIS?" on its own: Title Case with most words capitalised, but not shouting. */
function looksLikeHeadline(sentence: string): boolean {
  const words = sentence.match(/[\p{L}'’]+/gu) ?? [];
  if (words.length < 5) return false;
  if (!/\p{Ll}/u.test(sentence)) return false; // all caps is shouting, not a title
  const content = words.filter((w) => !SMALL_WORDS.has(w.toLowerCase()));
  const capitalised = content.filter((w) => /^\p{Lu}/u.test(w)).length;
  return content.length >= 4 && capitalised / content.length >= 0.85;
}

const ASKING_START = /^(?:who|what|when|where|why|how|which|whose|is|are|was|were|do|does|did|can|could|will|would|should|has|have|had|isn't|aren't|don't|doesn't|didn't|any|anyone|anybody)\b/iu;

/** "…made all of us read Who Moved My Cheese?": a declarative sentence ending in a capitalised title. */
function endsWithTitle(sentence: string): boolean {
  if (ASKING_START.test(sentence)) return false;
  const words = sentence.match(/[\p{L}\p{N}'’]+/gu) ?? [];
  let run = 0;
  for (let i = words.length - 1; i >= 0 && /^\p{Lu}\p{Ll}/u.test(words[i]!); i--) run++;
  return run >= 3 && run < words.length && /^\p{Ll}/u.test(words[words.length - run - 1]!);
}
