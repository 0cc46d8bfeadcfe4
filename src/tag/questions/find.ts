/** Which sentences of a text are questions, and of what kind. */
import type { Question } from '../../schema/index.js';
import { TextView, viewOf } from '../../text/view.js';
import { namespaceRules } from '../rules.js';
import { QUESTION_CUES_SOURCE } from './cues.js';
import { findQuestionSentences } from './detect.js';
import { classifyQuestion } from './kind.js';

/** The questions of one text, rules without their namespace (the tagger's `run`). */
export function findQuestions(view: TextView): Question[] {
  const text = view.text;
  if (text.length === 0) return [];
  // Cheap gate: no "?" and no indirect-question word means no question at all.
  if (!text.includes('?') && !text.includes('？') && !INDIRECT_HINT.test(text)) return [];
  const out: Question[] = [];
  for (const sentence of findQuestionSentences(view)) {
    const previous = out[out.length - 1];
    // "What would you cut instead? Parks, police overtime, snow removal?": a verbless follow-up
    // continues the question before it and takes its kind.
    const continues = previous && /^\s*$/u.test(text.slice(previous.end, sentence.start)) && isFollowUpFragment(sentence.text);
    const kind = continues
      ? { kind: previous.kind, confidence: previous.confidence, cues: ['follow-up'] }
      : classifyQuestion(view, sentence, sentence.next, sentence.indirect !== null);
    out.push({
      text: sentence.text,
      start: sentence.start,
      end: sentence.end,
      // How the question was found, then the cues that decided its kind: question-mark.rhet-idiom.
      rule: [sentence.rule, ...kind.cues].join('.'),
      source: QUESTION_CUES_SOURCE,
      kind: kind.kind,
      confidence: kind.confidence,
      answeredBy: [],
    });
  }
  return out;
}

/** The questions of one text, as `tagComment` returns them (rules namespaced `questions/…`). */
export function tagQuestions(text: string | TextView): Question[] {
  if (typeof text !== 'string' && !(text instanceof TextView)) return [];
  return namespaceRules('questions', findQuestions(viewOf(text)));
}

// Indirect-question verbs anywhere, or a wh-word or auxiliary opening a sentence (the unmarked
// "what did he say", "is there a live feed"), also after a run of @handles at the very start.
// Only spaces and tabs after a break: a run of newlines must not be re-scanned from every one of them.
const INDIRECT_HINT =
  /wonder|tell|know|explain|curious|anyone|anybody|someone|(?:^|[.!\n][ \t]*|^\S+ |^(?:@[\w.]+ +)+)(?:what|where|when|why|how|who|which|is|are|was|were|do|does|did|can|could|will|would|has|have)(?:\b|['’]s)/iu;
const ASKING_WORD = /\b(?:who|what|when|where|why|how|which|whose|is|are|was|were|do|does|did|can|could|will|would|should|has|have|had)\b/iu;

function isFollowUpFragment(sentence: string): boolean {
  const words = sentence.match(/\p{L}+/gu) ?? [];
  return words.length > 0 && words.length <= 6 && !ASKING_WORD.test(sentence);
}
