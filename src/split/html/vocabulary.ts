/**
 * Class/id vocabulary the detectors read. The word lists follow what Readability, trafilatura and
 * Dragnet publish as telling tokens; each pattern is matched against single class tokens or the id.
 */
import type { BoilerplateKind } from '../../schema/index.js';
import type { Element } from './dom.js';

/** Words that mark the main article container. */
export const POSITIVE = /article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|single/;
/** Words that mark anything but the article. */
export const NEGATIVE =
  /comment|combx|disqus|respond|reply|sidebar|side-bar|widget|nav|menu|footer|header|masthead|related|share|sharing|social|sponsor|promo|advert|banner|cookie|newsletter|subscribe|signup|popup|modal|breadcrumb|pagination|pager|tags|tagcloud|categor|meta|byline|author|shoutbox|skyscraper|tool|print|rss|outbrain|taboola|recommend|trending|popular|most-|login|register|search|hidden/;

/** A class token naming one comment: `comment`, `comment-123`, `dsq-comment`, `commentlist-item`. */
const COMMENT_ITEM =
  /^(?:comment|comments?-?item|comment_item|comment-?\d+|comment_\d+|dsq-comment|li-comment-\d+|commentlist-item|comment-entry|comment_entry|commententry|single-comment|comment-wrap|comment-container|comment-block|usercomment|user-comment|reader-comment|post-comment|reply|talkback|cmt|cmt-item|comentario|kommentar|idc-c|fyre-comment-wrapper|gig-comment|js-comment|comment-row|commentrow|comment-box|commentbox|comment-list-item|media-comment|comment-thread-item|c-comment|comment-level-\d+|commentitem|comment-single)$/;
/** A container of all comments. */
const COMMENT_SECTION =
  /^(?:comments?|commentlist|comment-list|comments-list|comment_list|commentslist|comments-area|comments_area|comment-area|commentsarea|comments-section|comment-section|comments-container|comments_container|commentscontainer|comments-content|comments-wrapper|comment-wrapper|comments-block|disqus_thread|dsq-comments|dsq-content|respond|responses|responses-section|responses-list|responses-container|discussion|discussions|talkback|talkbacks|thecomments|allcomments|comment-thread|comments-thread|user-comments|usercomments|reader-comments|readercomments|idc-container|livefyre|fyre|commentsblock|comments_block|commentblock|comment_block|the-comments|article-comments|story-comments|blog-comments|post-comments|postcomments|comms|cmts|kommentare|comentarios)$/;
/** Author of a comment. */
const AUTHOR = /^(?:fn|author|comment-author|comment_author|commentauthor|comment-author-name|commentname|comment-name|comment_name|username|user-name|user_name|user|name|nick|nickname|vnick|poster|postername|commenter|commenter-name|dsq-comment-header|dsq-commenter|dsq-commenter-name|byline|by|posted-by|postedby|comment-user|cmt-author|cmt-name|author-name|authorname|vcard|idc-i-author|fyre-comment-username|commentor|comment-poster)$/;
/** Date of a comment. */
const DATE = /^(?:date|time|timestamp|datetime|posted|posted-on|postedon|published|comment-date|comment_date|commentdate|comment-time|comment_time|commenttime|comment-meta|commentmetadata|comment_meta|comment-metadata|dsq-comment-header-time|dsq-permalink|meta|cmt-date|cmt-time|post-date|postdate|date-posted|dateposted|comment-timestamp|when|ago|idc-i-time|fyre-comment-date|time-ago|published-date|submitted|comment-submitted)$/;
/** Parts of a comment that are not its text. */
const COMMENT_CHROME =
  /^(?:reply|replylink|reply-link|comment-reply-link|comment-reply|reply-button|replybutton|comment-reply-login|avatar|avatar-\d+|photo|gravatar|userpic|vote|votes|voting|vote-count|votecount|rating|rate|score|karma|like|likes|like-count|dislike|points|report|report-abuse|flag|permalink|comment-permalink|comment-link|comment-actions|comment-tools|comment-footer|post-actions|post-options|postfoot|post-foot|post-footer|postfooter|comment-options|comment-edit-link|edit-link|quote|comment-quote-link|comment-share|comment_share|share|actions|tools|comment-number|comment-num|comment_num|commentnum|count|number|reply-count|dsq-comment-footer|dsq-comment-header|comment-header|comment-head|comment_header|comment-meta|commentmetadata|comment_meta|comment-metadata|comment-info|comment_info|comment-author|comment_author|commentauthor|vcard|comment-avatar|comment_avatar|commentstatus|comment_title|comment-title|commenttop|says|comment-?_{0,2}links|comment-forbidden)$/;
/** Comment bodies: the text proper. */
const COMMENT_BODY =
  /^(?:comment-body|comment_body|commentbody|comment-content|comment_content|commentcontent|comment-text|comment_text|commenttext|commentext|comment-entry|comment_entry|comment-message|dsq-comment-message|dsq-comment-text|comment-txt|cmt-body|cmt-text|comment-copy|text|content|message|body|entry|fyre-comment|comment-excerpt|usertext-body|user_content|user-content|usercontent|usermessage|user-message|(?:e?mail|msg)[-_]?(?:body|text|content))$/;
/** Body tokens that also name wrappers of a whole comment (old Reddit's div.entry): a more specific body inside wins. */
const WEAK_BODY = /^(?:text|content|message|body|entry)$/;
/** Lists that hold replies to the comment they sit in. */
const REPLY_LIST = /^(?:children|child-comments|comment-replies|comment-children|replies|sub-comments|subcomments|dsq-children|comment-thread|thread-children|nested-comments|nested|comments-children|idc-thread)$/;
/** Script-loaded comment systems. */
export const EMBED_PROVIDERS: [string, RegExp][] = [
  ['Disqus', /disqus\.com|disqus_shortname|disqus_thread|dsq\.src|disqus_identifier/i],
  ['Facebook comments', /fb-comments|fb:comments|facebook\.com\/plugins\/comments/i],
  ['Livefyre', /livefyre/i],
  ['IntenseDebate', /intensedebate/i],
  ['Echo', /js-kit\.com|echoenabled|aboutecho/i],
  ['Viafoura', /viafoura/i],
  ['Spot.IM', /spot\.im|spotim/i],
  ['Coral Talk', /coral-talk|coralproject/i],
  ['Google+ comments', /apis\.google\.com\/js\/plusone|g-comments/i],
  ['Gigya comments', /gigya.*comments/i],
];

const anyToken = (element: Element, pattern: RegExp) => element.tokens.some((token) => pattern.test(token));

/** A comment element: by class, or a custom element named for one (`<shreddit-comment>`). */
export const isCommentItemToken = (element: Element) => anyToken(element, COMMENT_ITEM) || /^[a-z][\w]*-comment$/.test(element.tag);
export const isCommentItemTokenValue = (token: string) => COMMENT_ITEM.test(token);
/** A site's own block named for its comments with a short site prefix: `hcc-comments`, `nyt-comments-section`. */
const PREFIXED_SECTION = /^[a-z]{2,5}[-_]comments(?:[-_](?:section|area|wrapper|container|block|list))?$/;
export const isCommentSection = (element: Element) =>
  anyToken(element, COMMENT_SECTION) || (element.tag !== 'a' && element.tag !== 'li' && anyToken(element, PREFIXED_SECTION));
export const isReplyList = (element: Element) => anyToken(element, REPLY_LIST);
/** Web components place the text in a named slot: `<div slot="comment">`, `<div slot="text-body">`. */
const SLOT_BODY = /^(?:comment|text-?body|post-?body|body|content|message)$/i;
/** `data-role="commentContent"` (Invision), `data-testid="comment-body"`: the text named by a data attribute. */
const BODY_ROLE = /^(?:comment-?content|comment-?body|comment-?text|post-?content|post-?body|message-?body|content|body|text)$/i;
/** A comment body named only by a generic word. */
export const isWeakCommentBody = (element: Element) =>
  element.tokens.length > 0 && element.tokens.every((t) => !COMMENT_BODY.test(t) || WEAK_BODY.test(t)) && !element.attrs.itemprop && !element.attrs['data-role'] && !element.attrs['data-testid'] && !element.attrs.slot;
export const isCommentBody = (element: Element) =>
  anyToken(element, COMMENT_BODY) ||
  element.attrs.itemprop === 'text' ||
  element.attrs.itemprop === 'commentText' ||
  BODY_ROLE.test(element.attrs['data-role'] ?? '') ||
  BODY_ROLE.test(element.attrs['data-testid'] ?? '') ||
  SLOT_BODY.test(element.attrs.slot ?? '');
export const isCommentChrome = (element: Element) =>
  anyToken(element, COMMENT_CHROME) || anyToken(element, POST_ACTIONS) || element.tag === 'img' || element.tag === 'form' || (element.tag === 'button' && element.hidden);
/** A post's or a message's row of action links, whatever the post is called (`email-actions`, `message-actions`). */
const POST_ACTIONS = /^(?:comment|post|email|mail|message|msg|entry|reply)[-_]actions$/;

/**
 * Links to a member's profile: `/u/name`, `/user/name/`, `/users/123/name/`, `/members/name.123/`, `/@name`, `/~name`
 * (Lobsters, tilde hosts),
 * `user?id=name`, and a forum script's profile page by number (FluxBB's `profile.php?id=48211`,
 * SMF's `?action=profile;u=12`), a wiki's user page (`/wiki/User:Name`, `Special:Contributions/IP`).
 * Each captures what names the member, so the handle a link names (profileHandle) and whether it
 * is a profile link (isProfileHref) come from one list.
 */
const PROFILE_HREFS: RegExp[] = [
  /\/@([\w.-]+)(?:@[\w.-]+)?\/?$/i,
  /(?:^|\/)~([\w.-]+)\/?$/i,
  /(?:^|\/)(?:u|user|users|member|members|profile|profiles|people|author|authors)\/([^/?#\s]+)\/?$/i,
  // A member's number then their name (Stack Exchange, Askbot: `/users/4821/jane-doe/`).
  /(?:^|\/)(?:u|user|users|member|members|profile|profiles|people)\/\d+\/([^/?#\s]+)\/?$/i,
  /memberlist\.php\?mode=viewprofile/i,
  // A forum script's profile page by number, whatever the script is called (`profile.php?id=`, Snitz's `pop_profile.asp?mode=display&id=`).
  // The name around the word is bounded: two open `\w*` backtrack quadratically on a long hostile href.
  /(?:^|\/)\w{0,24}(?:profile|user|member)\w{0,24}\.(?:php|asp|aspx|pl|cgi|jsp)\?(?:[^#]*&)?(?:id|uid|u|userid|user_id)=(\d+)/i,
  // SMF's `?action=profile;u=123`, YaBB's `?action=viewprofile;username=Ken_Marlow`.
  /[?&;]action=(?:view)?profile[;&](?:u|username)=([^&;#]+)/i,
  /(?:^|[/=])User:([^/?#&:]+)$/i,
  /Special:Contributions\/([^/?#&]+)$/i,
  /(?:^|\/)user\?id=([^&]+)$/i,
  /[?&](?:u|user|userid|user_id|uid)=([^&]+)$/i,
];
/** The first profile pattern the href matches, with the handle it captures when it names one. */
function profileMatch(href: string): RegExpExecArray | null {
  for (const pattern of PROFILE_HREFS) {
    const match = pattern.exec(href);
    if (match) return match;
  }
  return null;
}

/**
 * A class naming whose name it shows, run together as camelCase names are once lower-cased:
 * `UFICommentActorName`, `commentAuthorName`, `memberDisplayName`.
 */
const NAME_OF_PERSON = /(?:author|actor|user|commenter|poster|member|display|sender)[-_]?name$/;

/** A share button's link (`facebook.com/sharer/sharer.php?u=…`, `twitter.com/intent/tweet?url=…`): its `?u=` is the page shared, no member. */
const SHARE_HREF = /\/(?:sharer|share|sharing|intent\/(?:tweet|post)|pin\/create|submitlink|shareArticle)(?:[/.?]|$)/i;

/** The site's own account pages (`/users/sign_up`, `/user/login`): no member's profile. */
const ACCOUNT_HREF = /\/(?:sign[_-]?(?:in|up|out)|log[_-]?(?:in|out)|register|password|settings)\/?(?:[?#]|$)/i;

/**
 * A link to a member's profile, tracking parameters or a fragment after the path or not
 * (Medium's `/@name?source=post_page---`): the path alone is tested too.
 */
export function isProfileHref(href: string): boolean {
  if (/^https?:\/\/[^/]+\/?$/.test(href) || SHARE_HREF.test(href) || ACCOUNT_HREF.test(href)) return false;
  return profileMatch(href) !== null || profileMatch(href.replace(/[?#].*$/s, '')) !== null;
}

/**
 * The handle a profile link names, as replies "@mention" it: `/@tomr@mastodon.social` and
 * `/@kyleb?source=…` give `tomr` and `kyleb`, `/u/name`, `/users/name/`, `/members/name.123/`,
 * `/~name`, `/author/name`, `/wiki/User:Name`, `user?id=name`, `?u=name` give the name. A profile by
 * number (`profile.php?id=48211`) names none.
 */
export function profileHandle(href: string): string | null {
  // The path first: tracking parameters after a handle (`/@kyleb?source=…`) are no part of it.
  const path = href.replace(/[?#].*$/s, '').replace(/\/+$/, '');
  const handle = (profileMatch(path)?.[1] ?? profileMatch(href.replace(/#.*$/s, ''))?.[1])?.replace(/\.\d+$/, '');
  if (!handle || !/\p{L}/u.test(handle)) return null;
  try {
    return decodeURIComponent(handle).toLowerCase();
  } catch {
    return handle.toLowerCase();
  }
}

/**
 * A name a site shows for nobody in particular ("Guest", "Anonymous", "[deleted]"): it names no
 * one, and two posts showing it are not by one person.
 */
const PLACEHOLDER_NAME = /^\W*(?:guest|anonymous|deleted|removed|unknown)\b/i;

export function isPlaceholderName(name: string): boolean {
  return PLACEHOLDER_NAME.test(name.trim());
}

/**
 * Whose name an element shows. A word naming a person in a class token counts unless the token
 * names something of theirs: `user-avatar`, `author-bio`, and what users wrote, `user_content`
 * (Canvas), `user-message` (an `author-content` panel beside a post shows the name).
 */
export function isAuthor(element: Element): boolean {
  if (element.tag === 'cite') return true;
  // The only buttons shown are those showing a commenter's name (dom.ts, name-buttons.ts).
  if (element.tag === 'button' && !element.hidden) return true;
  // A link classed as a mention (`a.mention`, `u-mention`) names whom the text addresses, not its writer.
  if (element.tag === 'a' && isProfileHref(element.attrs.href ?? '')) return !element.tokens.some((t) => /mention/.test(t));
  const prop = element.attrs.itemprop;
  if (prop === 'author' || prop === 'creator' || (prop === 'name' && !namesAThing(element))) return true;
  if (element.attrs.rel === 'author') return true;
  return (
    anyToken(element, AUTHOR) ||
    element.tokens.some((t) => NAME_OF_PERSON.test(t)) ||
    element.tokens.some((t) => /^comment-?author|author-?name|^by-?line|(?:^|[-_])(?:author|user|username|nick|commenter|poster|name|sender)(?:$|[-_])|^(?:e?mail|msg|message|comment|post|reply)[-_]?from$/.test(t) && !/url|link|avatar|pic|img|photo|info|box|bio|time|date|action|badge|flair|title|heading|stats|site|product|file|brand|categor|tag|company|field|input|label|form|mention|user[-_]?(?:content|message|text|body)/.test(t))
  );
}

/** How far up a microdata name looks for the item it names. */
const ITEM_REACH = 12;

/**
 * A microdata name of an item that is no person: a category's (`itemprop=about` typed Thing), a
 * product's, a place's. A name in a person's item, an author's or creator's, or in no typed item, may be one;
 * so may a comment's (schema.org's Comment.name is a title, but pages put the commenter there).
 */
function namesAThing(element: Element): boolean {
  let current: Element | null = element;
  for (let depth = 0; current && depth < ITEM_REACH; current = current.parent, depth++) {
    if (!('itemscope' in current.attrs)) continue;
    const prop = current.attrs.itemprop ?? '';
    const type = current.attrs.itemtype ?? '';
    return !!type && !/person|\/(?:Comment|UserComments)\b/i.test(type) && !/^(?:author|creator|contributor|editor)$/.test(prop);
  }
  return false;
}

/** A class naming an update or an edit: `postedit`, `last-edit`, `edited-date`, `updated`. */
const EDIT_CLASS = /update|(?:^|[-_])(?:post|last)?edit(?:ed)?(?:$|[-_])/;

export function isDate(element: Element): boolean {
  if (element.tag === 'time' || element.tag === 'abbr' && 'title' in element.attrs && /\d{4}/.test(element.attrs.title!)) {
    return true;
  }
  const prop = element.attrs.itemprop;
  if (prop === 'datePublished' || prop === 'dateCreated' || prop === 'commentTime') return true;
  // An edit note (FluxBB's `postedit`, "Last edited by … (date)") dates the edit, not the post;
  // "edit" as a word of the class, so `edition-date`, `credit-date` stay dates.
  return anyToken(element, DATE) || element.tokens.some((t) => /date|time(?!line)|posted/.test(t) && !EDIT_CLASS.test(t));
}

/** A quoted earlier post inside a comment: `<blockquote>`, or a block whose class names a quote (not a "Quote" button). */
const QUOTE_CLASS = /^(?:bb_?code_?quote|quote_?container|quote_?box|quotebox|ipsquote|quote|bbcodeblock--quote|postquote|post-quote|quoted|quotation)$/;
export function isQuoteBlock(element: Element): boolean {
  if (element.tag === 'blockquote') return true;
  if (element.tag !== 'div' && element.tag !== 'aside' && element.tag !== 'section') return false;
  return anyToken(element, QUOTE_CLASS);
}

/** Longest link text a control shows ("Click to expand...", "Show more replies", "Add to cart"); longer is prose. */
export const CONTROL_LINK_CHARS = 80;

/** A link that opens a part of the page it sits in (a FAQ question over its answer) says so: it is content. */
export function isDisclosureLink(element: Element): boolean {
  return 'aria-expanded' in element.attrs || 'aria-controls' in element.attrs;
}

/** Where a script's button "goes": nowhere, a bare `#`, `javascript:`. */
const SCRIPT_HREF = /^\s*(?:#?|javascript:.*)$/is;

/**
 * A link that says it is a button (`<a role="button">` that leads nowhere and opens no disclosure:
 * XenForo's "Click to expand..." under a long quote, "Load more"): a control a script drives, never
 * words anyone wrote. One with a page to go to is a link someone posted; a disclosure is content.
 */
export function isControlLink(element: Element): boolean {
  if (element.tag !== 'a' || element.attrs.role?.toLowerCase() !== 'button' || isDisclosureLink(element)) return false;
  return SCRIPT_HREF.test(element.attrs.href ?? '') && element.end - element.start <= CONTROL_LINK_CHARS;
}

/** Microdata comment: itemtype schema.org/Comment or UserComments, or itemprop="comment". */
export function isMicrodataComment(element: Element): boolean {
  const type = element.attrs.itemtype;
  if (type && /schema\.org\/(?:Comment|UserComments)\b/i.test(type)) return true;
  return element.attrs.itemprop === 'comment' || element.attrs.itemprop === 'comments';
}

const SCREEN_READER_ONLY =
  /^(?!not-)(?:(?:tw-|usa-|u-|govuk-|nhsuk-|slds-)?(?:sr-?only(?:-focusable)?|visually-?hidden(?:-focusable)?|hidden-visually|assistive-text)|screen-?reader(?:-text|-only)?|element-invisible|show-for-sr|offscreen|(?:[a-z\d]+-)?a11y-?text)$/;

/** Text only a screen reader reads ("Offline" beside an avatar, "(opens in a new window)"): no reader sees it. */
export function isScreenReaderOnly(element: Element): boolean {
  return element.tokens.length > 0 && anyToken(element, SCREEN_READER_ONLY);
}

/**
 * Utility classes that hide an element until a script shows it (Bootstrap's `d-none`, Tailwind's
 * `hidden`, `invisible`, `is-hidden`): a store locator's closed dialog, a demo popup, a
 * find-in-store link not yet wired, a second price. A responsive class beside it (`d-md-block`,
 * `md:flex`, `show@medium`) shows it on a desktop screen. `hide` is left out: themes put it on a
 * whole article that a script fades in.
 */
const HIDING_CLASS = /^(?:hidden|d-none|invisible|is-hidden)$/;
/**
 * A class that shows the element from a screen or container size on: a width variant (any screen
 * name, `sm:` to `2xl:` or a theme's own `desktop:`, a container's `@md:`, an arbitrary
 * `min-[768px]:`) setting a display or visibility value (`md:block`, `lg:!flex`, `md:visible`);
 * Bootstrap's `d-md-block`; UIkit's `show@medium`. A variant that sets anything else (`md:px-4`)
 * leaves the element hidden, as does one for a state or a smaller screen (`hover:`, `group-hover:`,
 * `max-md:`, `print:`).
 */
const RESPONSIVE_SHOW =
  /^(?:(?!(?:max|hover|focus|active|visited|group|peer|print|motion|aria|data|has|open|disabled|checked|dark|first|last|odd|even|before|after|placeholder|file|marker|selection)\b)@?(?:min-)?(?:[a-z\d]+|\[[^\]]+\]):!?(?:block|inline|inline-block|flex|inline-flex|grid|inline-grid|table(?:-[a-z-]+)?|contents|flow-root|list-item|visible)$|d-(?:sm|md|lg|xl|xxl)-(?!none)|show@)/;

/** Whether the element's own classes hide it (the parser reads only the `hidden` attribute and inline styles). */
export function isHiddenByClass(element: Element): boolean {
  return anyToken(element, HIDING_CLASS) && !anyToken(element, RESPONSIVE_SHOW);
}

/**
 * Inline elements: screen-reader text inside a paragraph ("was historic<span class=sr-only> (opens
 * in a new window)</span> and ...") stays in the paragraph's text rather than cutting it into
 * fragments, since a paragraph is one span of the page.
 */
const INLINE = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'em', 'i', 'kbd', 'label', 'mark', 'q', 's', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u']);
const PARAGRAPHS = new Set(['p', 'blockquote', 'dd', 'li', 'td', 'th']);

/** An inline element inside a paragraph: its nearest block ancestor is a paragraph-like one. */
function inParagraph(element: Element): boolean {
  if (!INLINE.has(element.tag)) return false;
  let current = element.parent;
  while (current && INLINE.has(current.tag)) current = current.parent;
  return current !== null && PARAGRAPHS.has(current.tag);
}

/**
 * Class words of a prompt or a row of controls (`paywall-login`, `article-feedback`, `likes-section`)
 * that also name boxes of the text itself (`paywall` around a news site's gated paragraphs, a
 * `feedback-summary` of what readers said): such a box holding a paragraph of prose is no boilerplate.
 */
export const PROMPT_BOX_WORD = /(?:^|[-_])(?:paywall|feedback|likes?)(?:$|[-_])/;
/** Prefixed and BEM names of sign-up, related and sell boxes (`join-cta`, `subscription-widget`, `up-sells`). */
export const BOX_WORD = /(?:^|[-_])(?:newsletter|subscribe|subscription|signup|optin|cta|related|up-?sells?|cross-?sells?)(?:$|[-_])/;

const BOILERPLATE_RULES: [RegExp, BoilerplateKind, string][] = [
  [/^(?:ad|ads|advert|advertisement|adsense|ad-\w+|ads-\w+|\w+-ad|\w+-ads|sponsor\w*|dfp\w*|gpt-ad\w*|banner-ad|adbox|adwrap\w*|adblock)$/, 'advertisement', 'class-advertisement'],
  [/^(?:nav|navbar|navigation|menu|main-menu|breadcrumbs?|pagination|pager|site-nav|topnav|subnav|skip-link)$/, 'navigation', 'class-navigation'],
  [/^(?:share|sharing|social|share-buttons|sharethis|addthis\w*|social-share|sharedaddy|share-links|socialbar|social-links|sociable|tweetmeme|fb-like)$/, 'widget', 'class-share'],
  [/^(?:cookie\w*|gdpr|consent|newsletter\w*|subscribe\w*|signup|mailchimp\w*|popup|modal)$/, 'widget', 'class-cookie-newsletter'],
  [/^(?:related\w*|yarpp\w*|more-stories|recommended|outbrain\w*|taboola\w*|trending|popular\w*|most-\w+|also-read|read-more-links)$/, 'widget', 'class-related'],
  [/^(?:sidebar\w*|widget\w*|side-bar|rail|right-rail|left-rail|secondary)$/, 'widget', 'class-sidebar'],
  // WooCommerce's `product_meta` is a product's SKU, categories and tags line (no tune shop's gold keeps it: 0 of 5).
  [/^(?:tags|post-tags|tagcloud|tag-links|entry-tags|categories|post-categories|cat-links|filed-under|product_meta)$/, 'tags', 'class-tags'],
  [/^(?:comment-count|comments-count|commentcount|comment-number|num-comments|num_comments|comments-link)$/, 'comment-count', 'class-comment-count'],
  [/^(?:footer|site-footer|page-footer|colophon|copyright|site-info)$/, 'footer', 'class-footer'],
  // Prefixed and BEM names of the same boxes (`join-cta`, `subscription-widget`, `lvz-article-sharing`,
  // `hero-author--bio`): matched as one word of the class. Long prose is never boilerplate, so an
  // article classed `newsletter-post` stays the article.
  // A prefixed share row (`tld-share-row`, `article-sharing`) is the same share row as `share`: it can end an article.
  [/(?:^|[-_])(?:share|sharing)(?:$|[-_])/, 'widget', 'class-share'],
  [BOX_WORD, 'widget', 'class-box-word'],
  // A paywall bar, a page-feedback box, a likes row: prompts and controls, the same boxes, but their
  // names also wrap text (a news site's gated paragraphs in `paywall`): see PROMPT_BOX_WORD.
  [PROMPT_BOX_WORD, 'widget', 'class-box-word'],
  [/(?:^|[-_])(?:author[-_]*(?:bio|box|card|about|profile|description)|about[-_]*(?:the[-_]*)?author|bio[-_]*box)(?:$|[-_])/, 'widget', 'class-author-box'],
  // Consent managers (OneTrust's `onetrust-consent-sdk`) hold pages of prose about cookies.
  [/(?:^|[-_])(?:cookies?|consent|gdpr|onetrust)(?:$|[-_])/, 'widget', 'class-consent'],
  // Text only a screen reader announces, clipped off screen by the CSS frameworks' utility classes
  // (Bootstrap's `sr-only`, `visually-hidden`, WordPress's `screen-reader-text`, Drupal's
  // `element-invisible`, Foundation's `show-for-sr`): labels for controls, never shown to a reader.
  // The classes as the frameworks spell them, with their own prefixes, never any prefix: Tailwind's
  // `not-sr-only` shows the element again, Amazon's `a-offscreen` holds prices. A site's own
  // `<name>-a11y-text` says what it is whatever the name.
  [SCREEN_READER_ONLY, 'other', 'class-screen-reader'],
];

const ROLE_BOILERPLATE: Record<string, [BoilerplateKind, string]> = {
  navigation: ['navigation', 'role-navigation'],
  banner: ['navigation', 'role-banner'],
  contentinfo: ['footer', 'role-contentinfo'],
  complementary: ['widget', 'role-complementary'],
  dialog: ['widget', 'role-dialog'],
  alertdialog: ['widget', 'role-dialog'],
  // A tooltip shows only while the pointer rests on its control ("Etsy's Picks are hand selected …").
  tooltip: ['widget', 'role-tooltip'],
};

const TAG_BOILERPLATE: Record<string, [BoilerplateKind, string]> = {
  nav: ['navigation', 'tag-nav'],
  footer: ['footer', 'tag-footer'],
  aside: ['widget', 'tag-aside'],
  header: ['navigation', 'tag-header'],
  figcaption: ['caption', 'tag-figcaption'],
  form: ['widget', 'tag-form'],
};

/**
 * Class words of menus: a side menu, a drop-down, a header's link panel. Wider than the
 * class-navigation rule (prefixed words, sidebars, toolbars), since it only asks of a short link
 * block whether it sits in a menu, never takes a whole element out.
 */
const MENU_WORD = /^(?:header|footer)$|(?:^|[-_])(?:nav|navbar|navigation|menu|menus|submenu|sidemenu|dropdown|breadcrumbs?|sidebar|toolbar|flyout|megamenu)(?:$|[-_])/;
/** The furniture tags of TAG_BOILERPLATE: a caption or a form is no menu. */
const MENU_TAGS = new Set(Object.keys(TAG_BOILERPLATE).filter((tag) => tag !== 'figcaption' && tag !== 'form'));

/** Whether an element is a menu by its tag, role or class words (a link block inside one is furniture). */
export function isMenu(element: Element): boolean {
  return MENU_TAGS.has(element.tag) || element.attrs.role === 'navigation' || anyToken(element, MENU_WORD);
}

/** Every answer `boilerplateIndex` can give, in one list: class rules, then roles, then tags. */
export const BOILERPLATE_KINDS: [BoilerplateKind, string][] = [
  ...BOILERPLATE_RULES.map(([, kind, rule]): [BoilerplateKind, string] => [kind, rule]),
  ...Object.values(ROLE_BOILERPLATE),
  ...Object.values(TAG_BOILERPLATE),
];
const ROLE_OFFSET = BOILERPLATE_RULES.length;
const SCREEN_READER_RULE = BOILERPLATE_RULES.findIndex(([pattern]) => pattern === SCREEN_READER_ONLY);
const TAG_OFFSET = ROLE_OFFSET + Object.keys(ROLE_BOILERPLATE).length;
const ROLES = Object.keys(ROLE_BOILERPLATE);
const TAGS = Object.keys(TAG_BOILERPLATE);

/** What kind of boilerplate an element is by its markup alone, as an index into BOILERPLATE_KINDS, or -1. */
export function boilerplateIndex(element: Element): number {
  // Most elements have no class or id: nothing for the token rules to read.
  if (element.tokens.length > 0) {
    for (let i = 0; i < BOILERPLATE_RULES.length; i++) {
      if (!anyToken(element, BOILERPLATE_RULES[i]![0])) continue;
      if (i === SCREEN_READER_RULE && inParagraph(element)) continue;
      return i;
    }
  }
  const role = element.attrs.role;
  if (role !== undefined && Object.hasOwn(ROLE_BOILERPLATE, role)) return ROLE_OFFSET + ROLES.indexOf(role);
  return Object.hasOwn(TAG_BOILERPLATE, element.tag) ? TAG_OFFSET + TAGS.indexOf(element.tag) : -1;
}
