/**
 * The question cue lists, validated and compiled on first use, so importing threadlens stays cheap
 * (compiling the regexes and their literal prefilters takes tens of milliseconds).
 */
import { compileCues, cueList, type CueList } from '../../text/cues.js';
import data from './data/questions.json' with { type: 'json' };
import { KIND_MODEL_VERSION } from './kind-model.js';

/** The cue file's version and the kind weights' version: both decide a question's kind. */
export const QUESTION_CUES_VERSION = `${data.version}+kind-weights.${KIND_MODEL_VERSION}`;
/** The `source` of question findings: the question cue file and the kind weights, with their versions. */
export const QUESTION_CUES_SOURCE = `question-cues@${data.version}+kind-weights@${KIND_MODEL_VERSION}`;

interface QuestionCues {
  indirect: CueList;
  unmarked: CueList;
  kinds: CueList;
  answerOpeners: CueList;
}

let compiled: QuestionCues | undefined;

export function questionCues(): QuestionCues {
  if (compiled) return compiled;
  const { cues } = compileCues(data, 'questions.json');
  compiled = {
    indirect: cueList(cues.filter((cue) => cue.label === 'indirect')),
    unmarked: cueList(cues.filter((cue) => cue.label === 'indirect-unmarked')),
    kinds: cueList(cues.filter((cue) => ['rhetorical', 'opinion', 'factual'].includes(cue.label))),
    answerOpeners: cueList(cues.filter((cue) => cue.label === 'answer-opener')),
  };
  return compiled;
}

/** The set phrases of questions that ask nothing (`rhet-idiom`): the stance tagger reads the same list. */
export function rhetoricalIdioms(): readonly string[] {
  return data.cues.find((cue) => cue.id === 'rhet-idiom')?.patterns ?? [];
}
