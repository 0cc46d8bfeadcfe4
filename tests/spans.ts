/** The span contract, checked the same way by every test that produces a page. */
import type { AnalyzedComment, PageAnalysis, Segment } from '../src/schema/index.js';

export function allSegments(page: PageAnalysis): { where: string; segment: Segment }[] {
  const out: { where: string; segment: Segment }[] = [];
  const add = (where: string, segment: Segment | null | undefined) => {
    if (segment) out.push({ where, segment });
  };
  add('title', page.title);
  add('body', page.body);
  page.body?.paragraphs.forEach((p, i) => add(`body.paragraphs[${i}]`, p));
  page.boilerplate.forEach((b, i) => add(`boilerplate[${i}]`, b));
  page.comments.forEach((split, i) => {
    // Split pages have no tags; analysed pages do: both are checked.
    const comment = split as Partial<AnalyzedComment> & typeof split;
    add(`comments[${i}]`, comment);
    add(`comments[${i}].header`, comment.header);
    add(`comments[${i}].replyEvidence`, comment.replyEvidence);
    comment.paragraphs.forEach((p, j) => add(`comments[${i}].paragraphs[${j}]`, p));
    for (const key of ['slurs', 'insults', 'profanity', 'questions'] as const) {
      comment[key]?.forEach((finding, j) => add(`comments[${i}].${key}[${j}]`, finding));
    }
    for (const key of ['identityAttacks', 'threats'] as const) {
      comment[key]?.forEach((finding, j) => {
        add(`comments[${i}].${key}[${j}]`, finding);
        add(`comments[${i}].${key}[${j}].target`, finding.target);
      });
    }
    comment.conspiracy?.markers.forEach((marker, j) => add(`comments[${i}].conspiracy.markers[${j}]`, marker));
    comment.stance?.toParent.evidence.forEach((e, j) => add(`comments[${i}].stance.toParent.evidence[${j}]`, e));
    comment.stance?.toSource?.evidence.forEach((e, j) => add(`comments[${i}].stance.toSource.evidence[${j}]`, e));
    comment.stance?.targets.forEach((t, k) => t.evidence.forEach((e, j) => add(`comments[${i}].stance.targets[${k}].evidence[${j}]`, e)));
  });
  return out;
}

/** Every span slices back to its text; returns the places where it does not. */
export function spanViolations(page: PageAnalysis): string[] {
  return allSegments(page)
    .filter(({ segment }) => segment.start > segment.end || segment.end > page.text.length || page.text.slice(segment.start, segment.end) !== segment.text)
    .map(({ where, segment }) => `${where} [${segment.start},${segment.end}) ${JSON.stringify(segment.text.slice(0, 40))}`);
}

/**
 * Title, body paragraphs, comment paragraphs, comment headers and boilerplate are the page's
 * leaves: no two may share a character.
 */
export function overlaps(page: PageAnalysis): string[] {
  const leaves: { where: string; start: number; end: number }[] = [];
  if (page.title) leaves.push({ where: 'title', ...page.title });
  page.body?.paragraphs.forEach((p, i) => leaves.push({ where: `body.paragraphs[${i}]`, ...p }));
  page.boilerplate.forEach((b, i) => leaves.push({ where: `boilerplate[${i}]`, ...b }));
  page.comments.forEach((c, i) => {
    c.paragraphs.forEach((p, j) => leaves.push({ where: `comments[${i}].paragraphs[${j}]`, ...p }));
    if (c.header) leaves.push({ where: `comments[${i}].header`, ...c.header });
  });
  leaves.sort((a, b) => a.start - b.start || a.end - b.end);
  const problems: string[] = [];
  for (let i = 1; i < leaves.length; i++) {
    const previous = leaves[i - 1]!;
    const current = leaves[i]!;
    if (current.start < previous.end && current.end > current.start && previous.end > previous.start) {
      problems.push(`${previous.where} [${previous.start},${previous.end}) overlaps ${current.where} [${current.start},${current.end})`);
    }
  }
  return problems;
}
