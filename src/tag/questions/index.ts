/**
 * Questions in a comment: which sentences ask something, what kind of asking it is, and (over the
 * thread) which later comments answer the factual ones.
 */
export { findQuestions, findQuestionsWithFeatures, tagQuestions, type QuestionWithFeatures } from './find.js';
export { linkAnswers, type ThreadComment } from './answers.js';
export { QUESTION_CUES_VERSION, QUESTION_CUES_SOURCE } from './cues.js';
export { questionsTagger } from './tagger.js';
