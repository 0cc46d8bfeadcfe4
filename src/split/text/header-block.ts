/**
 * Headers printed over several lines: "level 2 / goalie_dad_88 / · 7h" (Reddit), "Margaret Olsen,
 * Duluth / Jun 4, 2019 at 8:41 pm" (newspapers), "Name / 3 hours ago". Every line must be a header
 * part, and a date or a one-line header must be among them.
 */
import { isActionLine, matchBoilerplate } from './boilerplate.js';
import type { Block } from './blocks.js';
import { DATE, matchHeader, SCORE_LINE, type HeaderMatch } from './headers.js';

/** "In reply to mireille.dupont": the replied-to name, printed in the header. */
export const REPLY_TO =
  /^(?:in reply to|reply to|replying to|replied to|in response to|antwort an|als antwort auf|en respuesta a|respuesta a|en réponse à|réponse à|in risposta a|em resposta a|↳|➦|→)\s*@?(\S.{0,60})$/diu;
/** Forum profile lines printed beside each post, and vBulletin's "Default" post-icon label. */
const PROFILE_LINE =
  /^(?:(?:join(?:ed)? date|joined|location|posts|messages|reputation|rep power|likes received|member since|karma|age|gender|thanks(?: received)?|status|blog entries)\s*:\s*.{0,60}|#\d{1,7}|default(?:\s.{0,200})?)$/iu;
/** Profile lines under a commenter's name: "Works at Leeds Beckett University". */
export const AFFILIATION_LINE = new RegExp(
  `^(?:(?:works at|worked at|studied at|studies at|lives in|went to|attended|retired (?:at|from)|owner at|top fan|top commenter|verified|moderator|staff|subscriber|liked by|pinned by|hearted by|loved by)\\b.{0,80}|${[
    // Badges printed on their own line under a name: the site's, never the commenter's name.
    'author', 'post author', 'op', 'mod', 'admin', 'administrator', 'guest', 'host', 'co-host', 'creator', 'editor', 'staff writer',
    'member', 'new member', 'senior member', 'junior member', 'regular', 'verified (?:buyer|purchase|owner|reviewer)', 'verified',
    'top \\d+% commenter', 'stickied comment', 'staff pick', 'featured', 'pinned', 'highlighted comment', 'original poster',
    'redaktion', 'autor(?:in)?', 'moderador(?:a)?', 'autor del artículo', 'rédaction', 'abonné(?:e)?', 'suscriptor(?:a)?',
  ].join('|')})$`,
  'iu',
);

const BYLINE_LINE = /^(?:by|von|por|par|di|door|af|av)\s+\p{Lu}/u;
/** An avatar image's alt text, printed where the picture was: part of the header, never the name. */
const AVATAR_LINE =
  /^(?:(?:default |user ?)?(?:avatar|image|icon)|(?:profile )?(?:picture|photo|image|avatar)(?: (?:of|for) .{1,40})?|.{1,40}['’]s (?:avatar|profile (?:picture|photo|image)|picture|photo))$/iu;
const LEVEL = /^level\s+(\d{1,2})$/iu;
const BULLET_DATE = new RegExp(`^[·•|–-]\\s*(${DATE})(?:\\s*[·•|]\\s*edited.*)?$`, 'iud');
const USERNAME = /^(?:u\/[\w-]{2,40}|\[deleted\]|\[removed\]|@?[\p{L}\p{N}_.-]{2,40})$/u;
const MAX_HEADER_LINES = 6;

export function matchHeaderBlock(
  block: Block,
  text: string,
  looksLikeName: (line: string) => boolean,
  headerOfLine: (line: string) => HeaderMatch | null = matchHeader,
): HeaderMatch | null {
  if (block.lines.length < 2 || block.lines.length > MAX_HEADER_LINES) return null;
  let author: [number, number] | null = null;
  let postedAt: [number, number] | null = null;
  let level: number | undefined;
  let rule = 'header:multi-line';
  let replyTo: [number, number] | undefined;
  let profileLines = 0;
  for (const line of block.lines) {
    const content = text.slice(line.contentStart, line.contentEnd);
    const offset = line.contentStart - block.start;
    const shift = (range: [number, number] | null): [number, number] | null => (range ? [range[0] + offset, range[1] + offset] : null);
    const levelMatch = LEVEL.exec(content);
    if (levelMatch) {
      level = Number(levelMatch[1]);
      continue;
    }
    const replyMatch = REPLY_TO.exec(content);
    if (replyMatch) {
      replyTo = shift([replyMatch.indices![1]![0], replyMatch.indices![1]![1]])!;
      continue;
    }
    if (AFFILIATION_LINE.test(content) || AVATAR_LINE.test(content)) continue;
    // "By Priya Raman" over a date is the article's byline, not a commenter.
    if (BYLINE_LINE.test(content)) return null;
    if (PROFILE_LINE.test(content)) {
      profileLines++;
      continue;
    }
    const bulletDate = BULLET_DATE.exec(content);
    const header = bulletDate ? null : headerOfLine(content);
    if (bulletDate || (header && header.author === null)) {
      postedAt ??= shift(bulletDate ? [bulletDate.indices![1]![0], bulletDate.indices![1]![1]] : header!.postedAt);
      continue;
    }
    if (header) {
      author ??= shift(header.author);
      postedAt ??= shift(header.postedAt);
      rule = header.rule;
      continue;
    }
    if (SCORE_LINE.test(content)) continue;
    // "Reply", "Like · Share": the action row of the comment above, never part of a header.
    if (isActionLine(content) || matchBoilerplate(content) !== null) return null;
    // The first name-shaped line is the author; later ones are a flair or a user title.
    if ((USERNAME.test(content) || looksLikeName(content)) && content.length <= 40) {
      author ??= [offset, offset + content.length];
      continue;
    }
    return null;
  }
  // A block of profile lines alone continues the header above it.
  if (profileLines === block.lines.length) return { rule: 'header:profile', author: null, postedAt: null, strong: false };
  if (!postedAt && (author === null || level === undefined)) return null;
  return { rule, author, postedAt, strong: true, ...(level === undefined ? {} : { level }), ...(replyTo ? { replyTo } : {}) };
}
