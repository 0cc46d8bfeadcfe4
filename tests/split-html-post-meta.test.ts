/**
 * A post's byline and extent on invented pages: a wrapper that holds the headline, the byline, the
 * text and then the replies is the post, not the comment section's preamble; a byline's date may be
 * plain words of its line, or only an update's date; an engine may print the meta line under the
 * text instead of above it.
 */
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../src/split/html/dom.js';
import { splitHtml } from '../src/split/html/index.js';
import { isCommentChrome } from '../src/split/html/vocabulary.js';

const para = (topic: string) => `<p>The ${topic} starts on the first of May, and every plot holder takes a turn checking the troughs morning and evening.</p>`;

const replies = `<div id="comments" class="post-comments"><h3>Replies</h3><ul class="comment-list">
  <li class="comment"><span class="comment-author"><a href="/profile/derek">Derek</a></span> <time datetime="2024-04-09">9 April 2024</time><div class="comment-body"><p>Good idea and about time, the shed trough was empty by nine most Saturdays.</p></div></li>
  <li class="comment"><span class="comment-author"><a href="/profile/nkechi">Nkechi</a></span> <time datetime="2024-04-10">10 April 2024</time><div class="comment-body"><p>Easy to say when your plot is ten steps from the trough, the top slope is another matter.</p></div></li>
</ul></div>`;

function page(main: string, head = '<title>Water trough rota and the new hose rules</title>'): string {
  return `<!doctype html><html><head>${head}</head><body><nav><a href="/">Home</a> <a href="/groups">Groups</a></nav><div class="layout-body">${main}</div></body></html>`;
}

describe('the body of a post whose wrapper also holds its replies', () => {
  it.each([
    ['a short post (under the preamble budget) with its byline, text, tags and replies in one wrapper', 2],
    ['a one-paragraph post', 1],
  ])('%s', (_name, paragraphs) => {
    const text = [para('rota'), para('hose rule')].slice(0, paragraphs).join('');
    // The group's description beside the thread outweighs a short post: the body is read from the whole page.
    const group = `<div class="group-profile"><h3>About the group</h3>${'<p>Brockley Road Allotments has sixty plots on the slope above the railway, with a shed, three troughs and a composting bay.</p>'.repeat(4)}</div>`;
    const html = page(`<div class="layout-header"><h2 class="heading-main">Water trough rota and the new hose rules</h2></div><div class="layout-content"><div class="listing-full"><div class="subtitle">By <a href="/profile/jon">Jon Whitcombe</a> <time datetime="2024-04-08">8 April 2024</time> in <a href="/groups/12">Brockley Road Allotments</a></div><div class="listing-body">${text}</div><ul class="post-tags"><li><a href="/tag/water">water</a></li></ul>${replies}</div></div>${group}`);
    const result = splitHtml(html, {})!;
    expect(result.body?.paragraphs[0]?.text).toMatch(/^The rota starts/);
    expect(result.body?.text).not.toMatch(/Good idea/);
    expect(result.comments).toHaveLength(2);
  });

  it('still keeps a comment section preamble out of the body when the wrapper starts after the article', () => {
    const html = page(`<h1>Water rota</h1><article>${para('rota')}${para('hose rule')}</article><section class="discussion-wrap"><p>Please keep replies civil and on topic.</p>${replies}</section>`);
    const result = splitHtml(html, {})!;
    expect(result.body?.text).toMatch(/hose rule starts/);
    expect(result.body?.text).not.toMatch(/civil/);
  });
});

describe('the byline', () => {
  const article = (header: string, footer = '') => page(`<article><h1>Recapping a disk drive</h1>${header}${para('recap')}${para('cleaning')}${para('alignment')}${footer}</article>`);

  it.each([
    ['a date in the plain words of a byline line', article('<p class="byline">by Martin Greaves &middot; 9 March 2024 &middot; <a href="#c">8 comments</a></p>'), 'Martin Greaves', '9 March 2024'],
    ['only an update date shown', article('<p>Created by <span class="author"><a href="/display/~praman">Priya Raman</a></span>, last modified on <a class="last-modified" href="/diff">Mar 12, 2024</a></p>'), 'Priya Raman', 'Mar 12, 2024'],
    ['a posting date beside an update date', article('<p class="byline">by Ana Ruiz, <time class="published">May 2, 2024</time>, updated <time class="updated">May 9, 2024</time></p>'), 'Ana Ruiz', 'May 2, 2024'],
    ['a month and year in a byline line: no day read off the year', article('<p class="byline">by Martin Greaves &middot; May 2024 &middot; <a href="#c">8 comments</a></p>'), 'Martin Greaves', 'May 2024'],
    ['a meta line under the text', article('', '<aside class="meta"><a class="user-inline" href="/u/kettle_and_chain">kettle_and_chain</a>, <time datetime="2024-06-11T06:20:41Z">8 hours ago</time> to <a href="/m/cycling">cycling</a></aside>'), 'kettle_and_chain', '8 hours ago'],
  ])('%s', (_name, html, author, date) => {
    const result = splitHtml(html, {})!;
    expect(result.body?.author).toBe(author);
    expect(result.body?.postedAt).toBe(date);
  });

  it('takes no meta line that text separates from the body, nor one without a date', () => {
    const separated = article('', '<p>Thanks for reading.</p><div class="card"><a class="user-inline" href="/u/someone">someone</a>, <time datetime="2024-06-11">8 hours ago</time></div>');
    expect(splitHtml(separated, {})!.body?.author ?? null).toBeNull();
    const undated = article('', '<aside class="meta"><a class="user-inline" href="/u/kettle_and_chain">kettle_and_chain</a> to <a href="/m/cycling">cycling</a></aside>');
    expect(splitHtml(undated, {})!.body?.postedAt ?? null).toBeNull();
  });
});

describe("a forum's opening post", () => {
  const post = (n: number, name: string, subject: string, text: string) => `<div class="post ${n === 1 ? 'odd firstpost topicpost' : n % 2 ? 'odd' : 'even'}" id="p${n}">
    <div class="posthead"><h3 class="hn post-ident"><span class="post-num">${n}</span> <span class="post-byline"><span>${n === 1 ? 'Topic' : 'Reply'} by </span><strong>${name}</strong></span> <span class="post-link"><a class="permalink" rel="bookmark" href="/post/${n}/#p${n}">2024-05-14 09:${10 + n}:07</a></span></h3></div>
    <div class="postbody"><div class="post-author"><ul class="author-ident"><li class="username"><a href="/user/${n}/">${name}</a></li><li class="usertitle"><span>Member</span></li></ul>
    <ul class="author-info"><li><span>Registered: <strong>2021-08-30</strong></span></li><li><span>Posts: <strong>${n * 7}</strong></span></li></ul></div>
    <div class="post-entry"><h4 class="entry-title hn">${subject}</h4><div class="entry-content"><p>${text}</p></div></div></div>
    <div class="postfoot"><div class="post-options"><p class="post-actions"><span class="report-post"><a href="/post/${n}/report/">Report<span> Post ${n}</span></a></span> <span class="quote-post"><a href="/post/${n}/quote/">Quote<span> Post ${n}</span></a></span></p></div></div></div>`;
  const thread = (subject: string) =>
    `<!doctype html><html><head><title>${subject} / Tuxhalla</title></head><body><h1 class="main-title">${subject}</h1><div class="main-content main-topic">` +
    post(1, 'halvard', subject, 'Debian box in the cupboard, running a small backup script that works by hand but never from the crontab line.') +
    post(2, 'ftp_maria', `Re: ${subject}`, "cron's PATH is tiny, usually just /usr/bin and /bin, so use the full path to the script in the crontab line.") +
    post(3, 'oskar', `Re: ${subject}`, 'Also check that the script is executable and that cron is running at all with systemctl status cron.') +
    '</div></body></html>';

  it.each(['Cron job runs by hand but never from crontab', 'Backup script [SOLVED]'])('leaves out its subject line repeating the headline and its action links (%s)', (subject) => {
    const body = splitHtml(thread(subject), {})!.body!;
    expect(body.paragraphs[0]?.text).toMatch(/^Debian box in the cupboard/);
    expect(body.paragraphs.at(-1)?.text).toMatch(/crontab line\.$/);
    // The replies' action links are chrome too.
    const result = splitHtml(thread(subject), {})!;
    expect(result.comments.map((c) => c.text).join('\n')).not.toMatch(/Quote Post/);
  });

  it('keeps a first line that only shares words with the headline', () => {
    const html = thread('Cron job runs by hand').replace('<h4 class="entry-title hn">Cron job runs by hand</h4>', '<h4 class="entry-title hn">Cron job runs by hand, why?</h4>');
    expect(splitHtml(html, {})!.body!.paragraphs[0]?.text).toBe('Cron job runs by hand, why?');
  });
});

describe("a post's footer of action links", () => {
  it.each([
    ['postfoot', true],
    ['post-actions', true],
    ['post-options', true],
    ['post-footer', true],
    ['post-content', false],
    ['postfootnote', false],
  ])('class %s is comment chrome: %s', (cls, chrome) => {
    const element = parseHtml(`<div class="${cls}"><a href="/quote">Quote</a></div>`).elements.find((e) => e.tag === 'div')!;
    expect(isCommentChrome(element)).toBe(chrome);
  });
});

describe('a social status page', () => {
  const status = (id: string, name: string, handle: string, text: string, focused = false) => `<div class="Status status-el conversation-status panel-body${focused ? ' -focused' : ''}" id="status-${id}"><div class="status-container">
    <div class="left-side"><a href="/users/${handle}" class="avatar"><img src="/a.png" alt=""></a></div><div class="right-side"><div class="status-heading"><div class="heading-name-row">
    <div class="heading-left"><h4 class="status-username" title="${name}"><span class="RichContent">${name}</span></h4><a href="/users/${handle}" class="account-name">${handle}</a></div>
    <span class="heading-right"><a class="timeago faint-link" href="/notice/${id}"><time datetime="2024-05-11T07:58:12Z" title="Saturday, 11 May 2024, 08:58">2d</time></a></span></div></div>
    <div class="StatusContent"><div class="RichContent media-body text"><p>${text}</p></div></div></div></div></div>`;
  const page = (ogTitle: string) => `<!doctype html><html><head><title>Caledon Social</title><meta content="${ogTitle}" property="og:title"></head><body><div class="Conversation panel"><div class="conversation-body panel-body"><div class="thread-body">
    ${status('a1', 'Fiona Baird', 'fionab', 'Aurora report from the Pentlands last night: with my own eyes it was a faint grey glow over the northern horizon, nothing like the photos.', true)}
    ${status('b2', 'Kenji', 'kenji@pleroma.example', 'Same here in Dundee. The phone showed magenta bands while the sky itself stayed a milky grey all night.')}
    ${status('c3', 'Morag', 'morag@social.example', 'Rods in our eyes do not see colour in dim light, so a faint aurora looks grey until it gets much brighter.')}
    </div></div></div></body></html>`;

  it.each([
    ["the poster's name and handle", 'Fiona Baird (@fionab@akkoma.example)', null],
    ["the poster's name alone", 'Fiona Baird', null],
    ['a name opening a headline', 'Fiona Baird on the aurora over the Pentlands', 'Fiona Baird on the aurora over the Pentlands'],
  ])('takes no title from a heading that is only %s, but keeps a headline', (_name, ogTitle, title) => {
    const result = splitHtml(page(ogTitle), {})!;
    expect(result.body?.author).toBe('Fiona Baird');
    expect(result.title?.text ?? null).toBe(title);
  });
});
