/**
 * False alarms: things that sit where comments sit (or wear a comment class) but that no reader
 * wrote. Each rule gets positive and negative rows; every result is checked against the schema
 * and the span contract.
 */
import { describe, expect, it } from 'vitest';
import { PageAnalysis, type Segment } from '../src/schema/index.js';
import { splitHtml } from '../src/split/html/index.js';
import { parseHtml } from '../src/split/html/dom.js';
import { render } from '../src/split/html/render.js';
import { isSectionHeading, pingbackElements } from '../src/split/html/comments/not-comments.js';
import { overlaps } from './spans.js';

const ARTICLE = `<article class="post"><h1 class="entry-title">Library extends its opening hours</h1>
<div class="entry-content"><p>The town library will open until nine in the evening from next month, after a survey of readers asked for later hours.</p>
<p>The change costs little, the librarian said, because volunteers will staff the desk on two of the evenings.</p></div></article>`;

function page(body: string): string {
  return `<!doctype html><html><head><title>Library extends its opening hours</title></head><body>${body}</body></html>`;
}

function split(html: string): PageAnalysis {
  const result = splitHtml(html, {});
  if (!result) throw new Error('splitHtml returned null');
  PageAnalysis.parse({ ...result, schemaVersion: '1.0.0' });
  const segments: Segment[] = [...result.boilerplate];
  if (result.title) segments.push(result.title);
  if (result.body) segments.push(result.body, ...result.body.paragraphs);
  for (const c of result.comments) segments.push(c, ...c.paragraphs, ...(c.header ? [c.header] : []), ...(c.replyEvidence ? [c.replyEvidence] : []));
  for (const s of segments) expect(result.text.slice(s.start, s.end)).toBe(s.text);
  return result;
}

/** A WordPress-style comment item; `extra` classes mark pingbacks. */
function item(id: number, author: string, date: string, text: string, extra = 'comment', inner = ''): string {
  return `<li class="${extra} depth-1" id="li-comment-${id}"><div id="comment-${id}">
  <div class="comment-author vcard"><cite class="fn">${author}</cite> <span class="says">says:</span></div>
  <div class="comment-meta commentmetadata"><a href="#comment-${id}">${date}</a></div>
  <p>${text}</p>${inner}</div></li>`;
}

const READER_1 = item(1, 'Maud', 'May 2, 2019 at 8:10 am', 'Finally! I can only get there after work, so this helps a lot.');
const READER_2 = item(3, 'Tobias', 'May 2, 2019 at 9:45 am', 'Will the reading room be open too, or only the lending desk?');
const thread = (...items: string[]) => page(`${ARTICLE}<div id="comments"><h3>Responses</h3><ol class="commentlist">${items.join('\n')}</ol></div>`);

/** How WordPress shows a pingback's author: a link to the linking post, titled "Post « Blog". */
const POST_LINK = '<a href="http://civic.example/2019/05/evening-hours" rel="external nofollow" class="url">Evening hours everywhere « Civic Blog</a>';

const pingbackCases: { name: string; html: string; comments: string[]; pingbacks: string[] }[] = [
  {
    name: 'an item classed "pingback" among reader comments',
    html: thread(READER_1, item(2, 'Town notes | a local blog', 'May 2, 2019 at 9:00 am', 'Our weekly round-up links to the library story and more.', 'pingback'), READER_2),
    comments: ['Finally! I can only get there after work, so this helps a lot.', 'Will the reading room be open too, or only the lending desk?'],
    pingbacks: ['Our weekly round-up links to the library story and more.'],
  },
  {
    name: 'an item classed "trackback"',
    html: thread(READER_1, item(2, 'Reading list', 'May 3, 2019 at 7:00 am', 'Seen elsewhere this week: longer hours at the library.', 'trackback')),
    comments: ['Finally! I can only get there after work, so this helps a lot.'],
    pingbacks: ['Seen elsewhere this week: longer hours at the library.'],
  },
  {
    name: 'an unclassed item labelled "Pingback:"',
    html: page(`${ARTICLE}<div id="comments"><ol class="commentlist">${READER_1}
      <li class="comment" id="li-comment-7"><div id="comment-7"><p>Pingback: <a href="http://x.example/p">Evening hours everywhere | Civic Blog</a></p></div></li></ol></div>`),
    comments: ['Finally! I can only get there after work, so this helps a lot.'],
    pingbacks: ['Pingback: Evening hours everywhere | Civic Blog'],
  },
  {
    name: 'an unclassed item quoting the linking post as "[...] excerpt [...]", its author a link titled like a post',
    html: thread(READER_1, item(8, POST_LINK, 'May 4, 2019 at 1:00 pm', '[...] the library will open until nine, which we welcome [...]'), READER_2),
    comments: ['Finally! I can only get there after work, so this helps a lot.', 'Will the reading room be open too, or only the lending desk?'],
    pingbacks: ['[...] the library will open until nine, which we welcome [...]'],
  },
  {
    name: 'a trackback list that is the only thing in the comment section',
    html: page(`${ARTICLE}<div id="comments"><div id="trackbacks-list" class="comments"><h3>One Trackback</h3><ul>
      ${item(9, 'Civic Blog', 'May 5, 2019 at 2:00 pm', 'A neighbouring town is thinking about the same change.', 'pingback')}</ul></div></div>`),
    comments: [],
    pingbacks: ['A neighbouring town is thinking about the same change.'],
  },
  {
    name: 'a reader reply nested inside a pingback item stays a comment',
    html: thread(
      item(2, 'Civic Blog', 'May 2, 2019 at 9:00 am', '[...] evening hours at the library [...]', 'pingback',
        `<ul class="children">${item(4, 'Ines', 'May 2, 2019 at 10:00 am', 'That blog got the closing time wrong, it is nine not ten.', 'comment')}</ul>`),
    ),
    comments: ['That blog got the closing time wrong, it is nine not ten.'],
    pingbacks: ['[...] evening hours at the library [...]'],
  },
  {
    name: 'a Kubrick-era item: the excerpt, then "Pingback by <a>Post title</a>" in the <cite>',
    html: page(`${ARTICLE}<div id="comments"><ol id="commentlist">
      <li id="comment-39"><p>Finally, later hours for those of us who work.</p><div class="commentby"><cite>Maud</cite> &#8212; May 4, 2019 @ 8:00</div></li>
      <li id="comment-40"><p>[...] via [...]</p><div class="commentby"><cite>Pingback by ${POST_LINK}</cite> &#8212; May 5, 2019 @ 9:00</div></li>
      <li id="comment-41"><p>Will the reading room be open too?</p><div class="commentby"><cite>Tobias</cite> &#8212; May 5, 2019 @ 10:00</div></li></ol></div>`),
    comments: ['Finally, later hours for those of us who work.', 'Will the reading room be open too?'],
    pingbacks: ['[...] via [...]'],
  },
  // A reader's own words never make a pingback on their own.
  {
    name: 'a reader quoting the post with "[...]" marks, signed with a plain name',
    html: thread(READER_1, item(2, 'Ines', 'May 3, 2019 at 7:00 am', '[...] you wrote "open until nine" [...] but I think that is wrong [...]')),
    comments: ['Finally! I can only get there after work, so this helps a lot.', '[...] you wrote "open until nine" [...] but I think that is wrong [...]'],
    pingbacks: [],
  },
  {
    name: 'a reader quoting with "[...]" marks whose name links to their own site',
    html: thread(READER_1, item(2, '<a href="http://ines.example/" rel="external nofollow" class="url">Ines Berger</a>', 'May 3, 2019 at 7:00 am', '[…] the reading room closes at six […]')),
    comments: ['Finally! I can only get there after work, so this helps a lot.', '[…] the reading room closes at six […]'],
    pingbacks: [],
  },
  {
    name: 'a reader starting with "Pingback:" and no link after it',
    html: thread(READER_1, item(2, 'Ines', 'May 3, 2019 at 7:00 am', 'Pingback: what is that? I keep seeing it on blogs.')),
    comments: ['Finally! I can only get there after work, so this helps a lot.', 'Pingback: what is that? I keep seeing it on blogs.'],
    pingbacks: [],
  },
  {
    name: 'a reader starting with "Trackback:" and no link after it',
    html: thread(READER_1, item(2, 'Ines', 'May 3, 2019 at 7:00 am', 'Trackback: I linked this from my blog, hope that is fine.')),
    comments: ['Finally! I can only get there after work, so this helps a lot.', 'Trackback: I linked this from my blog, hope that is fine.'],
    pingbacks: [],
  },
  // Classes around the thread say nothing about one item.
  {
    name: 'the post is tagged "pingback" (WordPress puts tag-pingback on the <article> around the thread)',
    html: page(`<article class="post-5 post type-post hentry tag-pingback">${ARTICLE}<div id="comments" class="comments-area"><ol class="comment-list">${READER_1}${READER_2}</ol></div></article>`),
    comments: ['Finally! I can only get there after work, so this helps a lot.', 'Will the reading room be open too, or only the lending desk?'],
    pingbacks: [],
  },
  {
    name: 'a "comments-pings" wrapper holding comments and pings together',
    html: page(`${ARTICLE}<div id="comments"><div id="comments-pings"><ol class="commentlist">${READER_1}${READER_2}</ol></div></div>`),
    comments: ['Finally! I can only get there after work, so this helps a lot.', 'Will the reading room be open too, or only the lending desk?'],
    pingbacks: [],
  },
  {
    name: 'a "no-pings" class on the comment section',
    html: page(`${ARTICLE}<div id="comments" class="comments-area no-pings"><ol class="commentlist">${READER_1}${READER_2}</ol></div>`),
    comments: ['Finally! I can only get there after work, so this helps a lot.', 'Will the reading room be open too, or only the lending desk?'],
    pingbacks: [],
  },
  {
    name: 'a pings class outside the comment section, on the page wrapper',
    html: page(`<div class="pings">${ARTICLE}<div id="comments"><ol class="commentlist">${READER_1}${READER_2}</ol></div></div>`),
    comments: ['Finally! I can only get there after work, so this helps a lot.', 'Will the reading room be open too, or only the lending desk?'],
    pingbacks: [],
  },
  {
    name: 'WordPress\'s "comment-type-pingback" class, with a reader beside it',
    html: thread(READER_1, item(2, POST_LINK, 'May 3, 2019 at 7:00 am', 'Our round-up links to the library story.', 'comment-type-pingback')),
    comments: ['Finally! I can only get there after work, so this helps a lot.'],
    pingbacks: ['Our round-up links to the library story.'],
  },
];

describe('pingbacks and trackbacks are not reader comments', () => {
  it.each(pingbackCases)('$name', ({ html, comments, pingbacks }) => {
    const result = split(html);
    expect(result.comments.map((c) => c.text)).toEqual(comments);
    const found = result.boilerplate.filter((b) => b.rule === 'html-pingback');
    expect(found.map((b) => b.kind)).toEqual(pingbacks.map(() => 'other'));
    pingbacks.forEach((text, i) => expect(found[i]!.text).toContain(text));
    // Ids stay consecutive once the pingbacks are gone.
    expect(result.comments.map((c) => c.id)).toEqual(comments.map((_, i) => `c${i + 1}`));
  });

  it('a standard WordPress pingback (li.pingback > article > footer.comment-meta) is one leaf, its footer no separate boilerplate', () => {
    // WordPress 3.6+ html5 markup: the item type (comment, pingback) is a class of the <li>.
    const wp = (n: number, type: string, author: string, text: string) => `<li id="comment-${n}" class="${type} even thread-even depth-1"><article id="div-comment-${n}" class="comment-body">
      <footer class="comment-meta"><div class="comment-author vcard"><b class="fn">${author}</b> <span class="says">says:</span></div>
      <div class="comment-metadata"><a href="#comment-${n}"><time datetime="2019-05-0${n}">May ${n}, 2019 at 7:00 am</time></a></div></footer>
      <div class="comment-content"><p>${text}</p></div></article></li>`;
    const items = wp(2, 'comment', 'Maud', 'Finally, later hours.') + wp(3, 'pingback', POST_LINK, '[…] the library will open until nine […]') + wp(4, 'comment', 'Tobias', 'And the reading room?');
    const result = split(page(`${ARTICLE}<div id="comments" class="comments-area"><ol class="comment-list">${items}</ol></div>`));
    expect(result.comments.map((c) => c.text)).toEqual(['Finally, later hours.', 'And the reading room?']);
    expect(overlaps(result)).toEqual([]);
    const found = result.boilerplate.filter((b) => b.rule === 'html-pingback');
    expect(found).toHaveLength(1);
    expect(found[0]!.text).toContain('the library will open until nine');
    expect(result.boilerplate.filter((b) => b.start >= found[0]!.start && b.end <= found[0]!.end)).toEqual(found);
  });

  it('keeps "trackback URL" links in the post meta from hiding the thread', () => {
    const html = page(`${ARTICLE}<div class="postmeta">Leave a comment or a <a class="trackback-link" href="/p/trackback/">trackback</a>.</div>
      <div id="comments"><ol class="commentlist">${READER_1}${READER_2}</ol></div>`);
    expect(split(html).comments).toHaveLength(2);
  });
});

const metaCases: { name: string; html: string; comments: number }[] = [
  {
    name: 'a byline and a dateline styled as "comment", each with a "Leave a Comment" link to #comments',
    html: page(`<div class="entry"><h1>Library extends its opening hours</h1>
      <div class="Comment">Written by <a rel="author" href="/a/staff">Staff</a> - <a href="/2019/05/library/#comments">Leave a Comment</a></div>
      ${ARTICLE}
      <div class="Comment">Published on <span class="date">May 1st, 2019</span> - <a href="/2019/05/library/#comments">Leave a Comment</a><br>Filed under: <a href="/c/town">Town</a>
      <div class="AboutAuthor"><p><b>About the author:</b> <a href="/a/staff" rel="author">Staff</a> is the team that writes the town news on this site every week.</p></div></div></div>`),
    comments: 0,
  },
  {
    name: 'meta lines with a comment count linking to #respond',
    html: page(`<div class="entry">${ARTICLE}
      <div class="comment">Posted by <span class="author">Staff</span> on <span class="date">May 1, 2019</span> in the town section | <a href="#respond">3 Comments</a></div>
      <div class="comment">Updated by <span class="author">Staff</span> on <span class="date">May 2, 2019</span> with new times | <a href="#respond">3 Comments</a></div></div>`),
    comments: 0,
  },
  {
    name: 'a post toolbar classed "comments" with "Write Comment", "Email" and "Print" links',
    html: page(`<div class="entry">${ARTICLE}
      <div class="entryFooter"><div class="comments"><a href="/2019/05/library.php#comments">Write Comment</a> <a href="/send?u=/2019/05/library">Email to Friend</a> <a href="/2019/05/library.php?print=true">Print Article</a></div></div></div>
      <div id="comments"><div class="comment" id="c-1"><span class="author">Maud</span> <span class="date">May 2, 2019</span><div class="content">Later hours, at last, thank you.</div></div></div>`),
    comments: 1,
  },
  {
    name: 'the same lines without the link to the comments stay comments (the rule needs the link)',
    html: page(`<div class="entry">${ARTICLE}
      <div class="comment">Posted by <span class="author">Staff</span> on <span class="date">May 1, 2019</span> in the town section</div>
      <div class="comment">Updated by <span class="author">Staff</span> on <span class="date">May 2, 2019</span> with new times</div></div>`),
    comments: 2,
  },
  {
    name: 'comments outside a section with a reply toggle to one comment ("2 replies" to #comment-1)',
    html: page(`${ARTICLE}
      <div class="comment" id="comment-1"><span class="author">Maud</span> <span class="date">May 2, 2019</span><p>Later hours, at last, thank you.</p><a href="#comment-1">2 replies</a></div>
      <div class="comment" id="comment-2"><span class="author">Tobias</span> <span class="date">May 2, 2019</span><p>What about the reading room?</p><a href="#comment-2">No replies</a></div>`),
    comments: 2,
  },
  {
    name: 'a comment permalink labelled "Comments" is no link to the section',
    html: page(`<div class="entry">${ARTICLE}
      <div class="comment">Posted by <span class="author">Staff</span> on <span class="date">May 1, 2019</span> in the town section | <a href="#comments-7">3 Comments</a></div>
      <div class="comment">Updated by <span class="author">Staff</span> on <span class="date">May 2, 2019</span> with new times | <a href="#comment-8">Comments (3)</a></div></div>`),
    comments: 2,
  },
  {
    name: 'a meta line linking to the comment form anchor (#comment-form) is still post meta',
    html: page(`<div class="entry">${ARTICLE}
      <div class="comment">Posted by <span class="author">Staff</span> on <span class="date">May 1, 2019</span> in the town section | <a href="/2019/05/library#comment-form">Leave a comment</a></div>
      <div class="comment">Updated by <span class="author">Staff</span> on <span class="date">May 2, 2019</span> with new times | <a href="#reply-title">Add a reply</a></div></div>`),
    comments: 0,
  },
  {
    name: 'inside a comment section, a comment with such a link is still a comment',
    html: page(`${ARTICLE}<div id="comments"><ol class="commentlist">
      ${item(1, 'Maud', 'May 2, 2019 at 8:10 am', 'Agreed with the others below, see <a href="#comments">the comments</a> and <a href="#respond">Leave a reply</a> if you disagree.')}
      ${READER_2}</ol></div>`),
    comments: 2,
  },
];

describe('a post meta line styled as a comment is not a comment', () => {
  it.each(metaCases)('$name', ({ html, comments }) => {
    const result = split(html);
    expect(result.comments).toHaveLength(comments);
    expect(result.body?.text).toContain('The town library will open until nine');
  });
});

const FORM = `<div id="respond"><h3>Leave a Comment</h3><form><p><input name="author"> Name (required)</p><p><input name="email"> Email (will not be published) (required)</p>
  <p><input name="url"> Website URL</p><textarea name="comment"></textarea><p><label>Enter the correct number below and click Submit.</label><br><input name="n"> + three = 10</p>
  <input type="submit" value="Submit Comment"></form></div>`;
const AFTER = `<p><a href="/prev">« The council meets on Friday</a><br><a href="/next">New bus timetable published »</a></p>`;

describe('the text fallback needs words a reader wrote', () => {
  it.each([
    {
      name: 'feed links under the comment form are not a comment',
      section: `<div class="comments">${FORM}<div class="block"><h4>Subscribe</h4><div><a href="./feed">RSS Feed</a><p>Comments feed for this post only.<br></p></div></div>
        <div class="block"><h4>Tags</h4><p><a href="/t/1">Library Hours</a>, <a href="/t/2">Town News</a></p></div></div>${AFTER}`,
      comments: [],
    },
    {
      // The text splitter reads no headerless comments under a comment form (the form closes a
      // WordPress-style comment list; what follows is the sidebar), so a headerless line in a
      // widget after the form is not a comment either, however personal its wording.
      name: 'headerless text in a widget under the comment form is not a comment',
      section: `<div class="comments">${FORM}<div class="block"><h4>Subscribe</h4><div><a href="./feed">RSS Feed</a><p>I asked for these hours in the survey and I am glad they listened to us.<br></p></div></div>
        <div class="block"><h4>Tags</h4><p><a href="/t/1">Library Hours</a>, <a href="/t/2">Town News</a></p></div></div>${AFTER}`,
      comments: [],
    },
    {
      name: 'real comments in a comment section with no per-comment markup',
      section: `<div id="comments"><div class="body">Maud says:<br>May 2, 2019 at 8:10 am<br><br>Finally, hours that suit people who work late.<br><br>
        Tobias says:<br>May 2, 2019 at 9:45 am<br><br>Will the reading room be open too, or only the desk?</div></div>`,
      comments: ['Finally, hours that suit people who work late.', 'Will the reading room be open too, or only the desk?'],
    },
  ])('$name', ({ section, comments }) => {
    const result = split(page(`${ARTICLE}${section}`));
    expect(result.comments.map((c) => c.text)).toEqual(comments);
  });

  it('leaves pingback markup to the boilerplate, whatever its text', () => {
    const html = page(`${ARTICLE}<div id="comments"><ol><li class="post pingback"><p>Mentioned in <a href="/x">Evening hours everywhere</a></p></li>
      <li class="post trackback"><p>Linked from <a href="/y">A weekly reading list</a></p></li></ol></div>`);
    const doc = parseHtml(html);
    render(doc);
    const elements = pingbackElements(doc.elements);
    expect(elements.map((e) => e.tokens.filter((t) => /back/.test(t)))).toEqual([['pingback'], ['trackback']]);
  });
});

describe('a comment section heading is not a comment', () => {
  it('drops the section\'s own "Discussion / 1 Comment" text when the section is taken for an item', () => {
    // Section and inner list share the class "comments", so with a single comment they form the item group.
    const html = page(`${ARTICLE}<div id="comments" class="box comments"><h6 class="info">Discussion</h6><h2 id="commentcount">1 Comment</h2>
      <div class="container comments"><div id="comment_11" class="comment odd"><div class="info"><span class="author">Maud</span><span class="date"> / May 2, 2019 at 08:10 am</span></div>
        <div class="entry-body content">Later hours, at last, thank you.</div></div></div></div>`);
    expect(split(html).comments.map((c) => c.text)).toEqual(['Later hours, at last, thank you.']);
  });

  it.each([
    [['Discussion', '1 Comment'], true],
    [['12 Responses to “Library extends its opening hours”'], true],
    [['One thought'], true],
    [['3 comments so far, and I agree with all of them, the hours were far too short before.'], false],
    [['Discussion'], false],
    [['Agreed', '2 comments above say it better than I could, the hours matter for people who work.'], false],
  ])('%j is a section heading: %s', (paragraphs, expected) => {
    expect(isSectionHeading(paragraphs)).toBe(expected);
  });
});

describe('comment authors', () => {
  it.each([
    ['http://www.example.org/ <span>riverwatcher</span>', 'riverwatcher'],
    ['www.example.org <span>Ana Lopes</span>', 'Ana Lopes'],
    ['http://example.org/', 'http://example.org/'],
    ['<span>Ana Lopes</span>', 'Ana Lopes'],
  ])('a <cite> holding %j gives the author %j', (cite, author) => {
    // The Disqus WordPress plugin's static markup: the commenter's website, then the name, in one <cite>.
    const li = (id: number, text: string) => `<li class="comment" id="dsq-comment-${id}"><div class="dsq-comment-header"><cite>${cite}</cite></div>
      <div class="dsq-comment-body"><div class="dsq-comment-message"><p>${text}</p></div></div></li>`;
    const html = page(`${ARTICLE}<div id="disqus_thread"><ul id="dsq-comments">${li(1, 'Later hours are very welcome here.')}${li(2, 'Agreed, though weekends matter more to me.')}</ul></div>`);
    expect(split(html).comments.map((c) => c.author)).toEqual([author, author]);
  });
});
