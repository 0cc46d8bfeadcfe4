/**
 * Forum posts that print the writer's profile as a stack of short lines ("hopjockey_71 / Well-Known
 * Member / Joined / Mar 5, 2019 / Messages / 688"), then a blank line, then the post's date line
 * ("Posted December 3", "Thursday at 4:30 PM / #3"). The date line alone names nobody; the stack
 * over it is the rest of its header, its first line the writer. Only where the page repeats the
 * pair: one name over one date may be a sidebar's last entry above an article's dateline.
 */
import type { ClassifiedBlock } from './classify.js';
import { HeaderFold, headerPartOf, MAX_HEADER_LINES } from './header-block.js';

/** The pair must recur this many times on the page. */
const STACKS_MIN = 2;
/** The most blank lines between the stack and its date line. */
const STACK_GAP_MAX = 1;

/** The blocks with every profile stack and the date line under it merged into one header block. */
export function profileStacksOverDates(text: string, blocks: ClassifiedBlock[]): ClassifiedBlock[] {
  const found: { from: number; date: number; author: [number, number] }[] = [];
  for (let i = 1; i < blocks.length; i++) {
    const stack = stackOver(text, blocks, i);
    if (stack) found.push(stack);
  }
  if (found.length < STACKS_MIN) return blocks;
  const out: ClassifiedBlock[] = [];
  let next = 0;
  for (const { from, date, author } of found) {
    out.push(...blocks.slice(next, from));
    out.push(merged(text, blocks, from, date, author));
    next = date + 1;
  }
  out.push(...blocks.slice(next));
  return out;
}

/** The stack over the date line `date`, or null: the run of glued blocks right above it, read as one header. */
function stackOver(text: string, blocks: ClassifiedBlock[], date: number): { from: number; date: number; author: [number, number] } | null {
  const role = blocks[date]!.role;
  if (role.kind !== 'header' || role.header.author !== null || role.header.postedAt === null) return null;
  const gap = blocks[date]!.gapBefore;
  if (gap < 1 || gap > STACK_GAP_MAX) return null;
  let from = date - 1;
  let lines = blocks[from]!.lines.length;
  while (from > 0 && blocks[from]!.gapBefore === 0) {
    from--;
    lines += blocks[from]!.lines.length;
    if (lines > MAX_HEADER_LINES) return null;
  }
  if (lines < 2 || lines > MAX_HEADER_LINES) return null;
  // Text, or a header that names or dates something, is no profile.
  for (let i = from; i < date; i++) {
    const kind = blocks[i]!.role;
    if (kind.kind === 'prose' || (kind.kind === 'header' && (kind.header.author !== null || kind.header.postedAt !== null))) return null;
  }
  const start = blocks[from]!.start;
  // The stack opens with the writer's name line.
  if (headerPartOf(blocks[from]!.firstLine).kind !== 'name') return null;
  const fold = new HeaderFold();
  for (let i = from; i < date; i++) {
    for (const line of blocks[i]!.lines) {
      const content = line.text;
      if (!fold.add(headerPartOf(content), line.contentStart - start, content.length, content)) return null;
    }
  }
  const author = fold.stackAuthor();
  return author ? { from, date, author } : null;
}

function merged(text: string, blocks: ClassifiedBlock[], from: number, date: number, author: [number, number]): ClassifiedBlock {
  const first = blocks[from]!;
  const dateBlock = blocks[date]!;
  const header = (dateBlock.role as Extract<ClassifiedBlock['role'], { kind: 'header' }>).header;
  const shift = dateBlock.start - first.start;
  const postedAt: [number, number] = [header.postedAt![0] + shift, header.postedAt![1] + shift];
  return {
    ...first,
    end: dateBlock.end,
    lines: blocks.slice(from, date + 1).flatMap((block) => block.lines),
    text: text.slice(first.start, dateBlock.end),
    role: { kind: 'header', header: { rule: 'header:profile-stack', author, postedAt, strong: true } },
  };
}
