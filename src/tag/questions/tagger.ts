/** The questions tagger: one field, `questions`, and answer links over the thread. */
import * as z from 'zod';
import { Question } from '../../schema/tags.js';
import { defineTagger } from '../define.js';
import { linkAnswers } from './answers.js';
import { findQuestions } from './find.js';

export const questionsTagger = defineTagger({
  id: 'questions',
  needs: [],
  fields: { questions: z.array(Question) },
  compile: () => null,
  run: ({ view }) => ({ questions: findQuestions(view) }),
  // Answers come after their question, so links are made once the whole thread is tagged.
  thread: (comments) =>
    linkAnswers(
      comments.map((comment) => ({
        id: comment.id,
        text: comment.view.text,
        parentId: comment.parentId,
        view: comment.view,
        questions: comment.tags.questions as Question[],
      })),
    ),
  columns: {
    questions: ({ questions }) => questions.length,
    factual_questions: ({ questions }) => questions.filter((q) => q.kind === 'factual').length,
    answered_questions: ({ questions }) => questions.filter((q) => q.answeredBy.length > 0).length,
  },
  longRows: ({ questions }) =>
    questions.map((q) => ({ kind: 'question', label: q.kind, score: q.confidence, detail: q.answeredBy.join(';'), rule: q.rule, start: q.start, end: q.end, text: q.text })),
  summary: ({ questions }) => [['questions', questions.length]],
});
