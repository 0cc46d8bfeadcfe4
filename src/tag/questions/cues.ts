/** The question cue list, validated and compiled once at load. */
import { compileCues } from '../../text/cues.js';
import data from './data/questions.json' with { type: 'json' };

const compiled = compileCues(data, 'questions.json');

export const QUESTION_CUES_VERSION = compiled.version;
/** The `source` of question findings: the question cue file and its version. */
export const QUESTION_CUES_SOURCE = `question-cues@${compiled.version}`;
export const INDIRECT = compiled.cues.filter((cue) => cue.label === 'indirect');
export const UNMARKED = compiled.cues.filter((cue) => cue.label === 'indirect-unmarked');
export const KIND_CUES = compiled.cues.filter((cue) => ['rhetorical', 'opinion', 'factual'].includes(cue.label));
export const ANSWER_OPENERS = compiled.cues.filter((cue) => cue.label === 'answer-opener');
