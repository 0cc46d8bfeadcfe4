/** Which sentences of a text are questions, and of what kind. */
import type { Question } from '../../schema/index.js';
import { TextView, viewOf } from '../../text/view.js';
import { namespaceRules } from '../rules.js';
import { QUESTION_CUES_SOURCE } from './cues.js';
import { findQuestionSentences } from './detect.js';
import { kindFeatures } from './features.js';
import { decideKind } from './kind.js';
import { ASKING_WORDS, isScrap } from './scraps.js';

/** The questions of one text, rules without their namespace (the tagger's `run`). */
export function findQuestions(view: TextView): Question[] {
  return findQuestionsWithFeatures(view).map(({ question }) => question);
}

/** A question with the features its kind was decided from (`null`: a follow-up that took the kind before it). */
export interface QuestionWithFeatures {
  question: Question;
  features: string[] | null;
}

/** The questions of one text with their kind features, for the kind model's fitting script. */
export function findQuestionsWithFeatures(view: TextView): QuestionWithFeatures[] {
  const text = view.text;
  if (text.length === 0) return [];
  // Cheap gate: no "?" and no indirect-question word means no question at all.
  if (!text.includes('?') && !text.includes('？') && !INDIRECT_HINT.test(text)) return [];
  const out: QuestionWithFeatures[] = [];
  for (const sentence of findQuestionSentences(view)) {
    const previous = out[out.length - 1]?.question;
    // "What would you cut instead? Parks, police overtime, snow removal?": a verbless follow-up
    // continues the question before it and takes its kind.
    const continues = previous && /^\s*$/u.test(text.slice(previous.end, sentence.start)) && isFollowUpFragment(sentence.text);
    const features = continues ? null : kindFeatures(view, sentence);
    const kind = features ? decideKind(features) : { kind: previous!.kind, confidence: previous!.confidence, cues: ['follow-up'] };
    const question: Question = {
      text: sentence.text,
      start: sentence.start,
      end: sentence.end,
      // How the question was found, then the features that decided its kind: question-mark.rhet-idiom.
      rule: [sentence.rule, ...kind.cues].join('.'),
      source: QUESTION_CUES_SOURCE,
      kind: kind.kind,
      confidence: kind.confidence,
      answeredBy: [],
    };
    out.push({ question, features });
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

/** "Parks, police overtime?": up to six words that ask nothing on their own. */
function isFollowUpFragment(sentence: string): boolean {
  return isScrap(sentence, 6, ASKING_WORDS);
}
