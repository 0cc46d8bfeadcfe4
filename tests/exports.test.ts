/** The public surface is a contract: adding an export is a decision, removing one is a break. */
import { describe, expect, it } from 'vitest';
import * as threadlens from '../src/index.js';

describe('public exports', () => {
  it('are exactly these', () => {
    expect(Object.keys(threadlens).sort()).toEqual([
      'ATTRIBUTE_NAMES', 'AnalyzedComment', 'AnalyzedPage', 'Attributes', 'Body', 'Boilerplate', 'BoilerplateKind', 'Comment', 'CommentRecord',
      'CommentTags', 'Conspiracy', 'ConspiracyMarker', 'ConspiracyRole', 'ErrorCode', 'ErrorRecord', 'Finding', 'GroupEntry', 'GroupOptions',
      'IdentityAttack', 'IdentityAttackKind', 'InsultFinding', 'LEXICON_VERSION', 'LexiconEntry', 'LexiconFile', 'PageAnalysis', 'PageError',
      'ParentStance', 'ProfanityFinding', 'ProtectedCategory', 'Question', 'RULE_ID', 'RuleId', 'SCHEMA_VERSION', 'Segment', 'Severity',
      'SlurCategory', 'SlurFinding', 'Stance', 'TAGGERS', 'THREADLENS_VERSION', 'TagFinding', 'TargetCard', 'TargetInput', 'TargetStance',
      'ThreadlensError', 'Threat', 'ThreatKind', 'Warning', 'WarningCode', 'analyzePage', 'analyzePages', 'analyzedCommentSchema',
      'commentTagsSchema', 'createAnalyzer', 'defineTagger', 'detectLanguage', 'isPageError', 'isThreadlensError', 'parseLexiconFile',
      'renderReport', 'splitPage', 'tagComment', 'tagComments', 'targetCard', 'toCodepointOffsets',
    ]);
  });

  it('createAnalyzer makes an analyzer with every entry point', () => {
    const analyzer = threadlens.createAnalyzer();
    expect(Object.keys(analyzer).sort()).toEqual(['analyzeOne', 'analyzePage', 'analyzePages', 'tagComment', 'tagComments', 'tagPage']);
    expect(threadlens.TAGGERS.map((tagger) => tagger.id)).toEqual(['stance', 'conspiracy', 'toxicity', 'identity-attacks', 'threats', 'attributes', 'questions']);
  });

  it('stamp versions that trace a record to its code and rules', () => {
    expect(threadlens.THREADLENS_VERSION).toMatch(/^\d+\.\d+\.\d+/);
    expect(threadlens.SCHEMA_VERSION).toMatch(/^\d+\.\d+\.\d+$/);
    expect(threadlens.LEXICON_VERSION).toMatch(/\+conspiracy\.[\d.]+\+stance\..+\+questions\./);
    const page = threadlens.analyzePage('Title here for a page\n\nA paragraph of the article that is long enough to count as one.');
    expect(page.lexiconVersion).toBe(threadlens.LEXICON_VERSION);
    expect(page.threadlensVersion).toBe(threadlens.THREADLENS_VERSION);
  });
});
