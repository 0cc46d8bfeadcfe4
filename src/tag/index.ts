import type { CommentTags } from '../schema/index.js';
import { detectLanguage } from '../language/index.js';
import { summarizeAttributes } from './attributes/index.js';
import { tagConspiracy } from './conspiracy/index.js';
import { tagIdentityAttacks } from './identity-attacks/index.js';
import { tagQuestions } from './questions/index.js';
import { tagStance } from './stance/index.js';
import { tagThreats } from './threats/index.js';
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
  // Clause taggers share one clause view of the comment: groups attacked, people threatened.
  const identityAttacks = tagIdentityAttacks(input, context.identity);
  const threats = tagThreats(input, context.identity);
  // The attribute summary is a function of the findings above, nothing else.
  const attributes = summarizeAttributes({ slurs, insults, profanity, identityAttacks, threats });
  const conspiracy = tagConspiracy(input, context.conspiracy);
  // Questions before stance: a bare "source?" is both a question and a query stance cue.
  const questions = tagQuestions(input);
  const stance = tagStance(input, {
    parent: context.parent ?? context.article,
    targets: context.targets ?? [],
    questions,
  });
  return {
    stance,
    conspiracy,
    slurs,
    insults,
    profanity,
    identityAttacks,
    threats,
    attributes,
    questions,
    language: context.language ?? detectLanguage(input),
  };
}
