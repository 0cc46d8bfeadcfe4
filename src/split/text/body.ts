/**
 * The article part: paragraphs between the title and the comment section, with captions, media
 * placeholders and bylines set aside as boilerplate.
 */
import type { BoilerplateKind } from '../../schema/index.js';
import type { ClassifiedBlock } from './classify.js';
import { endsSentence, isArticleParagraph } from './article.js';

export interface BodyPlan {
  paragraphs: ClassifiedBlock[];
  boilerplate: { block: ClassifiedBlock; kind: BoilerplateKind; rule: string }[];
}

/** `firstLong` is the article's first paragraph in `blocks` (from the page's main run), or -1 to find it here. */
export function planBody(blocks: ClassifiedBlock[], firstLong = blocks.findIndex(isArticleParagraph)): BodyPlan {
  const plan: BodyPlan = { paragraphs: [], boilerplate: [] };
  const lastLong = findLastIndex(blocks, (block, i) => isArticleParagraph(block) && !underAboutLabel(blocks, i));
  blocks.forEach((block, i) => {
    const role = block.role;
    if (role.kind === 'furniture') return plan.boilerplate.push({ block, kind: role.match.kind, rule: role.match.rule });
    if (role.kind === 'action') return plan.boilerplate.push({ block, kind: 'widget', rule: 'comment-actions' });
    if (role.kind === 'header') return plan.boilerplate.push({ block, kind: 'dateline', rule: 'dateline:header-shaped' });
    // Above the first paragraph, a bare name is the byline and a short unpunctuated line the lead photo's caption.
    if (i < firstLong && role.kind === 'name') return plan.boilerplate.push({ block, kind: 'byline', rule: 'byline:name' });
    // Between the headline and the first paragraph: standfirst, lead-photo caption, kicker.
    // A lead-in ending in a colon right above the paragraph ("From the Star Tribune:") is text.
    if (i < firstLong && !(block.text.endsWith(':') && i + 1 === firstLong)) return plan.boilerplate.push({ block, kind: 'caption', rule: 'caption:lead' });
    if (introducesMissingMedia(blocks, i)) return plan.boilerplate.push({ block, kind: 'media', rule: 'media:placeholder' });
    // "About the author" over a paragraph: the writer's bio.
    if (underAboutLabel(blocks, i)) return plan.boilerplate.push({ block, kind: 'byline', rule: 'author-bio' });
    // Lines printed inside a widget, between two of its furniture lines (a subscribe box's blurb).
    const widget = insideWidget(blocks, i);
    if (widget) return plan.boilerplate.push({ block, kind: widget.kind, rule: 'widget:inside' });
    // Past the last paragraph, lines that do not end like sentences are link lists and labels.
    if (i > lastLong && lastLong >= 0 && !endsSentence(block.text)) return plan.boilerplate.push({ block, kind: 'navigation', rule: 'after-article' });
    plan.paragraphs.push(block);
  });
  return plan;
}

/**
 * "Videos from the area:" introduces media the scraper dropped. A colon-ended block followed by a
 * paragraph is an ordinary lead-in ("summarized the situation as follows:") and stays.
 */
function introducesMissingMedia(blocks: ClassifiedBlock[], index: number): boolean {
  const block = blocks[index]!;
  if (!block.text.endsWith(':') || block.text.length > 300) return false;
  const next = blocks[index + 1];
  return next === undefined || next.role.kind !== 'prose' || next.text.endsWith(':');
}

function findLastIndex<T>(items: readonly T[], test: (item: T, index: number) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i]!, i)) return i;
  return -1;
}

function underAboutLabel(blocks: ClassifiedBlock[], index: number): boolean {
  const label = blocks[index - 1];
  return label !== undefined && label.role.kind === 'furniture' && label.role.match.rule === 'section-label' && /^about\b/iu.test(label.text);
}

/** How far a widget's inner lines are looked through for its furniture on either side. */
const WIDGET_REACH = 3;

/**
 * A short line with no blank line around it, furniture above and below within the same printed
 * block: the inside of a widget. Returns the furniture below, whose kind the line takes.
 */
function insideWidget(blocks: ClassifiedBlock[], index: number): { kind: BoilerplateKind } | null {
  const block = blocks[index]!;
  if (block.gapBefore !== 0 || block.text.length > 200 || isArticleParagraph(block) && block.text.length >= 120) return null;
  let above = false;
  for (let i = index; i > Math.max(0, index - WIDGET_REACH - 1) && blocks[i]!.gapBefore === 0; i--) {
    if (blocks[i - 1]!.role.kind === 'furniture') above = true;
  }
  if (!above) return null;
  for (let i = index + 1; i <= Math.min(blocks.length - 1, index + WIDGET_REACH) && blocks[i]!.gapBefore === 0; i++) {
    const role = blocks[i]!.role;
    if (role.kind === 'furniture') return { kind: role.match.kind };
  }
  return null;
}
