import type { CommentTags } from '../schema/index.js';
import { detectLanguage } from '../language/index.js';
import { tagConspiracy } from './conspiracy/index.js';
import { tagQuestions } from './questions/index.js';
import { tagStance } from './stance/index.js';
import { tagToxicity } from './toxicity/index.js';
import type { TagContext } from './types.js';

export type { TagContext, TargetInput } from './types.js';

/**
 * Tags one comment on its own. Spans are relative to `text`. The same taggers run inside
 * `analyzePage`, which also supplies the parent, the article and thread-level answer links.
 */
export function tagComment(text: string, context: TagContext = {}): CommentTags {
  const input = typeof text === 'string' ? text : String(text ?? '');
  // Word-list taggers first: they are cheap scans and need no context.
  const { slurs, insults, profanity } = tagToxicity(input, context.lexicon);
  const conspiracy = tagConspiracy(input, context.conspiracy);
  // Questions before stance: a bare "source?" is both a question and a query stance cue.
  const questions = tagQuestions(input);
  const stance = tagStance(input, {
    parent: context.parent ?? context.article,
    source: context.source,
    targets: context.targets ?? [],
    questions,
  });
  return { stance, conspiracy, slurs, insults, profanity, questions, language: context.language ?? detectLanguage(input) };
}
