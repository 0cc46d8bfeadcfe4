/**
 * Page records built around chosen comment texts, for report tests: the layout is made here (so a
 * test does not hang on how the splitter reads a hostile page), the tags come from tagComment,
 * and the result is checked against the PageAnalysis schema and the span contract.
 */
import { AnalyzedPage, LEXICON_VERSION, THREADLENS_VERSION, tagComment, type AnalyzedComment } from '../src/index.js';
import { spanViolations } from './spans.js';

export interface CommentSpec {
  text: string;
  author?: string | null;
  /** Index of an earlier comment this one replies to. */
  parent?: number | null;
}

export function recordWith(title: string, specs: readonly CommentSpec[], source?: string): AnalyzedPage {
  let text = `${title}\n\n`;
  const titleSegment = { text: title, start: 0, end: title.length };
  const bodyText = 'The article itself, one paragraph long.';
  const body = { text: bodyText, start: text.length, end: text.length + bodyText.length, paragraphs: [{ text: bodyText, start: text.length, end: text.length + bodyText.length }] };
  text += `${bodyText}\n\n`;
  const comments: AnalyzedComment[] = [];
  specs.forEach((spec, index) => {
    const author = spec.author === undefined ? `reader_${index}` : spec.author;
    const headerText = author ?? 'Anonymous';
    const header = { text: headerText, start: text.length, end: text.length + headerText.length };
    text += `${headerText}\n`;
    const start = text.length;
    text += `${spec.text}\n\n`;
    const parent = spec.parent === undefined || spec.parent === null ? null : comments[spec.parent]!;
    const tags = tagComment(spec.text, { parent: parent?.text ?? bodyText, article: bodyText });
    comments.push({
      id: `c${index + 1}`,
      index,
      text: spec.text,
      start,
      end: start + spec.text.length,
      author,
      postedAt: `${1 + (index % 28)} March 2019`,
      parentId: parent?.id ?? null,
      depth: parent ? parent.depth + 1 : 0,
      header,
      paragraphs: [{ text: spec.text, start, end: start + spec.text.length }],
      replyEvidence: null,
      ...shifted(tags, start),
    });
  });
  // Parsed with the analysed schema, so a tag field the helper forgot to fill fails here.
  const record = AnalyzedPage.parse({
    schemaVersion: '1.0.0',
    threadlensVersion: THREADLENS_VERSION,
    lexiconVersion: LEXICON_VERSION,
    ...(source ? { source } : {}),
    inputType: 'text',
    text,
    title: titleSegment,
    body,
    comments,
    boilerplate: [],
    warnings: [],
  });
  const problems = spanViolations(record);
  if (problems.length > 0) throw new Error(`test record breaks the span contract: ${problems.join('; ')}`);
  return record;
}

/** Comment-relative spans moved onto the page, by shape: every { start, end } in the tags. */
function shifted<T>(value: T, offset: number): T {
  if (Array.isArray(value)) return value.map((item) => shifted(item, offset)) as T;
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) out[key] = shifted(child, offset);
  if (typeof out.start === 'number' && typeof out.end === 'number') {
    out.start = (out.start as number) + offset;
    out.end = (out.end as number) + offset;
  }
  return out as T;
}
