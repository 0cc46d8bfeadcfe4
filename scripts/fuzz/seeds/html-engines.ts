/**
 * Thread pages rendered as the markup of common comment systems (WordPress, Disqus, Blogger,
 * phpBB, old Reddit, Hacker News, bare paragraphs, JSON-LD with script-loaded comments), each in
 * a page with head, navigation, sidebar, scripts and footer. Class names follow the engines'
 * real markup so the HTML splitter's engine-specific paths are reached.
 */
import { type Thread, type ThreadComment, tree } from './thread.js';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const paragraphs = (text: string) =>
  text
    .split(/\n\s*\n|\n/)
    .filter((line) => line.trim())
    .map((line) => `<p>${escape(line)}</p>`)
    .join('\n');

const author = (comment: ThreadComment) => escape(comment.author ?? 'Anonymous');
const date = (comment: ThreadComment) => escape(comment.postedAt ?? '');

/** Nested markup: each engine gives one comment's markup around the markup of its replies. */
function nested(thread: Thread, item: (comment: ThreadComment, index: number, replies: string, depth: number) => string): string {
  const { roots, children } = tree(thread.comments);
  const render = (index: number, depth: number): string =>
    item(thread.comments[index]!, index, children[index]!.map((child) => render(child, depth + 1)).join('\n'), depth);
  return roots.map((index) => render(index, 1)).join('\n');
}

const wordpress = (thread: Thread) => `<div id="comments" class="comments-area">
<h2 class="comments-title">${thread.comments.length} thoughts on &ldquo;${escape(thread.title)}&rdquo;</h2>
<ol class="comment-list commentlist">
${nested(thread, (c, i, replies, depth) => `<li id="comment-${i + 1}" class="comment ${depth === 1 ? 'even thread-even' : 'odd alt'} depth-${depth}">
<article id="div-comment-${i + 1}" class="comment-body">
<footer class="comment-meta"><div class="comment-author vcard"><img alt="" src="/avatar/${i}.png" class="avatar" height="32" width="32"><b class="fn">${author(c)}</b> <span class="says">says:</span></div>
<div class="comment-metadata"><a href="#comment-${i + 1}"><time datetime="2019-03-03T08:47:00+00:00">${date(c)}</time></a></div></footer>
<div class="comment-content">${paragraphs(c.text)}</div>
<div class="reply"><a rel="nofollow" class="comment-reply-link" href="?replytocom=${i + 1}#respond">Reply</a></div>
</article>${replies ? `\n<ul class="children">\n${replies}\n</ul>` : ''}
</li>`)}
</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3><form action="/wp-comments-post.php" method="post" id="commentform"><p class="comment-notes">Your email address will not be published.</p><textarea id="comment" name="comment"></textarea><input name="submit" type="submit" value="Post Comment"></form></div>
</div>`;

const disqus = (thread: Thread) => `<div id="disqus_thread"><section id="conversation"><div class="nav"><span class="comment-count">${thread.comments.length} Comments</span><a class="sort">Sort by Best</a></div>
<ul id="post-list" class="post-list">
${nested(thread, (c, i, replies) => `<li class="post" id="post-${4000 + i}"><div role="alert"></div><div class="post-content" data-role="post-content">
<div class="avatar hovercard"><a href="https://disqus.com/by/u${i}/" class="user"><img src="/a.jpg" alt="Avatar"></a></div>
<div class="post-body"><header class="comment__header"><span class="post-byline"><span class="author publisher-anchor-color"><a href="https://disqus.com/by/u${i}/">${author(c)}</a></span></span>
<span class="post-meta"><span class="bullet time-ago-bullet">•</span><a href="#comment-${4000 + i}" class="time-ago" title="${date(c)}">${date(c)}</a></span></header>
<div class="post-body-inner"><div class="post-message" data-role="message" dir="auto"><div>${paragraphs(c.text)}</div></div></div>
<footer class="comment__footer"><menu class="comment-footer__menu"><li class="voting"><a class="vote-up count-3" title="Vote up"><span class="updatable count">3</span></a></li><li class="reply"><a href="#"><span class="text">Reply</span></a></li><li class="share"><a class="toggle"><span class="text">Share ›</span></a></li></menu></footer></div></div>
${replies ? `<ul class="children">\n${replies}\n</ul>` : ''}</li>`)}
</ul></section></div>`;

const blogger = (thread: Thread) => `<div class="comments" id="comments"><a name="comments"></a><h4>${thread.comments.length} comments:</h4>
<div class="comments-content"><div class="comment-thread toplevel-thread"><ol id="top-ra">
${nested(thread, (c, i, replies) => `<li class="comment" id="c${900 + i}"><div class="avatar-image-container"><img src="//img/b.png" alt=""></div>
<div class="comment-block"><div class="comment-header"><cite class="user"><a href="https://www.blogger.com/profile/${i}" rel="nofollow">${author(c)}</a></cite><span class="icon user"></span><span class="datetime secondary-text"><a rel="nofollow" href="?showComment=${900 + i}#c${900 + i}">${date(c)}</a></span></div>
<p class="comment-content">${escape(c.text).replace(/\n/g, '<br>')}</p>
<span class="comment-actions secondary-text"><a class="comment-reply" target="_self" data-comment-id="${900 + i}">Reply</a><span class="item-control blog-admin"><a target="_self" href="#">Delete</a></span></span></div>
<div class="comment-replies">${replies ? `<div class="comment-thread inline-thread"><span class="thread-toggle thread-expanded"><span class="thread-arrow"></span><span class="thread-count"><a target="_self">Replies</a></span></span><ol class="thread-chrome thread-expanded"><div>${replies}</div></ol></div>` : ''}</div>
<div class="comment-replybox-single" id="c${900 + i}-ce"></div></li>`)}
</ol></div></div></div>`;

const phpbb = (thread: Thread) => {
  const post = (name: string, when: string, text: string, i: number) => `<div id="p${7000 + i}" class="post has-profile bg${1 + (i % 2)}"><div class="inner">
<dl class="postprofile" id="profile${7000 + i}"><dt class="no-profile-rank no-avatar"><a href="./memberlist.php?mode=viewprofile&amp;u=${i}" class="username">${name}</a></dt><dd class="profile-posts"><strong>Posts:</strong> ${10 + i}</dd></dl>
<div class="postbody"><div id="post_content${7000 + i}"><h3 class="first"><a href="#p${7000 + i}">Re: ${escape(thread.title)}</a></h3>
<p class="author"><a class="unread" href="./viewtopic.php?p=${7000 + i}#p${7000 + i}" title="Post"><i class="icon fa-file"></i></a><span class="responsive-hide">by <strong><a href="./memberlist.php?u=${i}" class="username">${name}</a></strong> &raquo; </span><time datetime="2019-03-03T08:47:00+00:00">${when}</time></p>
<div class="content">${escape(text).replace(/\n/g, '<br>')}</div></div></div>
<div class="back2top"><a href="#top" class="top" title="Top">Top</a></div></div></div>
<hr class="divider">`;
  const first = post('admin', 'Sun Mar 03, 2019 8:00 am', thread.paragraphs.join('\n\n'), 0);
  return `<div class="page-body"><h2 class="topic-title"><a href="./viewtopic.php?t=12">${escape(thread.title)}</a></h2>
<div class="action-bar bar-top"><div class="pagination">${thread.comments.length + 1} posts &bull; Page <strong>1</strong> of <strong>1</strong></div></div>
${first}
${thread.comments.map((c, i) => post(author(c), date(c), c.text, i + 1)).join('\n')}</div>`;
};

const reddit = (thread: Thread) => `<div class="commentarea"><div class="panestack-title"><span class="title">all ${thread.comments.length} comments</span></div><div class="sitetable nestedlisting">
${nested(thread, (c, i, replies) => `<div class="thing id-t1_e${i}x comment" data-author="${author(c)}" data-fullname="t1_e${i}x" data-type="comment"><p class="parent"><a name="e${i}x"></a></p><div class="midcol unvoted"><div class="arrow up" role="button" aria-label="upvote"></div><div class="arrow down" role="button" aria-label="downvote"></div></div>
<div class="entry unvoted"><p class="tagline"><a href="#" class="expand">[–]</a><a href="https://old.reddit.com/user/${author(c)}" class="author may-blank">${author(c)}</a><span class="score unvoted" title="12">12 points</span> <time title="${date(c)}" datetime="2019-03-03T08:47:00+00:00" class="live-timestamp">${date(c)}</time></p>
<form class="usertext"><div class="usertext-body may-blank-within md-container"><div class="md">${paragraphs(c.text)}</div></div></form>
<ul class="flat-list buttons"><li class="first"><a href="#" class="bylink">permalink</a></li><li><a href="#">embed</a></li><li><a href="#">save</a></li><li class="reply-button"><a class="access-required" href="#">reply</a></li></ul></div>
<div class="child">${replies ? `<div class="sitetable listing">${replies}</div>` : ''}</div><div class="clearleft"></div></div>`)}
</div></div>`;

const hackerNews = (thread: Thread) => {
  const { roots, children } = tree(thread.comments);
  const rows: string[] = [];
  const walk = (index: number, depth: number) => {
    const c = thread.comments[index]!;
    rows.push(`<tr class="athing comtr" id="${30000 + index}"><td><table border="0"><tr><td class="ind" indent="${depth}"><img src="s.gif" height="1" width="${depth * 40}"></td><td valign="top" class="votelinks"><center><a id="up_${30000 + index}" href="vote?id=${30000 + index}"><div class="votearrow" title="upvote"></div></a></center></td>
<td class="default"><div style="margin-top:2px; margin-bottom:-10px;"><span class="comhead"><a href="user?id=${author(c)}" class="hnuser">${author(c)}</a> <span class="age" title="2019-03-03T08:47:00"><a href="item?id=${30000 + index}">${date(c)}</a></span> <span id="unv_${30000 + index}"></span><span class="navs"> | <a href="#" class="clicky">next</a></span></span></div><br>
<div class="comment"><div class="commtext c00">${escape(c.text).replace(/\n\s*\n|\n/g, '<p>')}</div><div class="reply"><p><font size="1"><u><a href="reply?id=${30000 + index}" rel="nofollow">reply</a></u></font></p></div></div></td></tr></table></td></tr>`);
    for (const child of children[index]!) walk(child, depth + 1);
  };
  for (const root of roots) walk(root, 0);
  return `<table class="fatitem" border="0"><tr class="athing submission" id="29999"><td class="title"><span class="titleline"><a href="https://example.com/story">${escape(thread.title)}</a></span></td></tr>
<tr><td class="subtext"><span class="score">212 points</span> by <a class="hnuser">poster</a> <span class="age">5 hours ago</span> | <a href="item?id=29999">${thread.comments.length}&nbsp;comments</a></td></tr></table><br>
<table border="0" class="comment-tree">${rows.join('\n')}</table>`;
};

const bareParagraphs = (thread: Thread) => `<div class="responses"><h3>Responses</h3>
${thread.comments.map((c, i) => `<p><strong>${author(c)}</strong>${c.postedAt ? ` &ndash; ${date(c)}` : ''}</p>\n${i % 3 === 2 ? `<blockquote>${paragraphs(c.text)}</blockquote>` : paragraphs(c.text)}\n<hr>`).join('\n')}</div>`;

/** Comments only in structured data; the visible list is filled by a script, as Disqus embeds do. */
const jsonLd = (thread: Thread) => `<script type="application/ld+json">${JSON.stringify({
  '@context': 'https://schema.org',
  '@type': 'DiscussionForumPosting',
  headline: thread.title,
  commentCount: thread.comments.length,
  comment: thread.comments.map((c) => ({ '@type': 'Comment', author: { '@type': 'Person', name: c.author }, dateCreated: c.postedAt, text: c.text })),
}).replace(/</g, '\\u003c')}</script>
<div id="comments-root" data-loading="true"><noscript>Please enable JavaScript to view the comments.</noscript></div>`;

export const HTML_ENGINES: Record<string, (thread: Thread) => string> = {
  wordpress,
  disqus,
  blogger,
  phpbb,
  reddit,
  'hacker-news': hackerNews,
  'bare-paragraphs': bareParagraphs,
  'json-ld': jsonLd,
};

/** A whole page around the comment markup: head, navigation, article, sidebar and footer. */
export function htmlPage(thread: Thread, engine: string, comments: string): string {
  const article = engine === 'phpbb' ? '' : `<article class="post hentry"><header class="entry-header"><h1 class="entry-title">${escape(thread.title)}</h1><div class="entry-meta"><span class="byline">By <a class="url fn n" href="/author/staff/">Staff Writer</a></span> <time class="entry-date published">March 3, 2019</time></div></header>
<div class="entry-content">${thread.paragraphs.map((p) => `<p>${escape(p)}</p>`).join('\n')}
<figure class="wp-caption"><img src="/photo.jpg" alt="Council chamber"><figcaption class="wp-caption-text">The council chamber on Thursday. (Photo: J. Doe)</figcaption></figure></div>
<footer class="entry-footer"><span class="tags-links">Tagged <a href="/tag/local" rel="tag">local</a>, <a href="/tag/politics" rel="tag">politics</a></span><div class="share"><a class="share-facebook">Share on Facebook</a><a class="share-twitter">Tweet</a></div></footer></article>`;
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(thread.title)} | The Daily Example</title><meta property="og:title" content="${escape(thread.title)}">
<link rel="stylesheet" href="/style.css"><style>.comment{margin:0}</style><script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}</script></head>
<body class="single single-post"><a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="/" rel="home">The Daily Example</a></p></div>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu"><li><a href="/news">News</a></li><li><a href="/politics">Politics</a></li><li><a href="/sports">Sports</a></li><li><a href="/opinion">Opinion</a></li></ul></nav></header>
<div id="content" class="site-content"><main id="main" class="site-main">
${article}
${comments}
</main><aside id="secondary" class="widget-area"><section class="widget widget_recent_entries"><h2 class="widget-title">Most read</h2><ul><li><a href="/a">Road works on Elm Street to last until May</a></li><li><a href="/b">School board names new superintendent</a></li></ul></section><div class="advertisement">Advertisement</div></aside></div>
<footer id="colophon" class="site-footer"><div class="site-info">&copy; 2019 The Daily Example. All rights reserved. <a href="/privacy">Privacy policy</a></div></footer>
<script src="/js/app.js"></script><script>document.querySelectorAll('.comment').forEach(function (c) { if (c.innerHTML.length < 2) c.remove(); });</script>
</body></html>`;
}
