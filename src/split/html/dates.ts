/** Date text as comment and post headers show it, shared by the facts table and the comment readers. */
import type { Element } from './dom.js';
import { FOREIGN_MONTH, FOREIGN_WEEKDAY } from '../month-names.js';
import { AGO_AFTER, AGO_BEFORE, FOREIGN_UNIT } from '../text/time-units.js';

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
/** A month's name whole or cut short, and no longer word that starts like one ("market", "decision"). */
const MONTH_NAME = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\b\\.?';
// Whole day names or their abbreviations, never any word that starts like one ("month", "sunny").
const WEEKDAY = '(?:mon(?:day)?|tue(?:s|sday)?|wed(?:s|nesday)?|thu(?:r|rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\\b\\.?';
// No whitespace after the clock unless "am"/"pm" follows: the wiki signature puts `,?\s+` after it, and
// two whitespace runs in a row made a long `&nbsp;` filler after a time quadratic.
// A numeric zone after the clock ("20:02:11 +0100", "10:02:48 +01:00", "09:14 -05:00") is part of the
// time as shown; a '-' glued to the clock and followed by another clock ("10:30-11:45") ends a range.
// A named zone after the clock ("10:12:33 GMT", "09:47 BST", "GMT+1") is part of it too.
const ZONE = '(?:\\s?(?:utc|gmt)(?:[+-]\\d{1,2}(?::?\\d{2})?)?|\\s(?:[cmp][sd]t|edt|ces?t|bst|aes?t|aedt))(?![\\w])';
const CLOCK = `\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s*[ap]\\.?m\\.?)?(?:(?:\\s?\\+|\\s-)\\d{2}:?\\d{2}(?!\\d)|-\\d{4}(?![\\d:])|${ZONE})?`;
const UNIT = '(?:second|minute|hour|day|week|month|year)s?';
const SHORT_UNIT = '(?:s|m|h|d|w|mo|y|yr|yrs|min|mins|hr|hrs|sec|secs)\\.?';
/** An age or a date as Chinese, Japanese and Korean pages print them: "3 天前", "2時間前", "3일 전". */
const CJK_AGE = '\\d+\\s*(?:秒|分钟|分鐘|分|小时|小時|時間|天|日|周|週|个月|個月|か月|ヶ月|年|초|분|시간|일|주|개월|달|년)\\s*(?:前|전)';
/** Words that name what a number is the version of: "version 3.10.12", "Python 3.10.12", "Linux 2.6.32". */
const VERSION_WORD = String.raw`\b(?:v|ver|version|release|build|kernel|python|linux|node|php|java|ruby|perl)\.?`;

/**
 * Date text as pages show it: month names with or without a year, numeric dates, "3 hours ago",
 * "2h", "Yesterday at 9:12 PM", "Monday at 07:12 PM", bare times. Bounded gaps keep it linear.
 */
export const DATE_TEXT = new RegExp(
  [
    // "Monday, " before a date, "March 3, 2019 at 4:12 pm", "Mar 4"; a day of one or two digits, so
    // "May 2024" is no "May 20" (the next alternative reads it whole).
    `(?:\\b${WEEKDAY},?\\s+(?=\\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))?(?:\\b${MONTH}\\s+\\d{1,2}(?!\\d)(?:st|nd|rd|th)?,?\\s*(?:\\d{4})?(?:[^\\n]{0,25}?${CLOCK})?`,
    // "May 2024": a month and its year, the month's name whole or cut short (never "market 2024").
    `\\b${MONTH_NAME}\\s+\\d{4}(?!\\d)`,
    // "3rd of March 2019, 10:00".
    `\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH},?\\s+\\d{4}(?:[^\\n]{0,25}?${CLOCK})?`,
    // "2019-03-03 10:00", "03/03/2019", "3.3.24". A year has two or four digits and a day or month
    // no more than two, and no further number part follows, so "5.1.2" and "1.21.3" are no dates;
    // a dotted triple with two digits last ("3.10.12") is one unless a version's word names it
    // ("Python 3.10.12", "version 10.15.70"): alone it may be either.
    `\\b(?:\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}|\\d{1,2}[-/.]\\d{1,2}(?:[-/.]\\d{4}|[-/]\\d{2})|(?<!${VERSION_WORD}\\s?)\\d{1,2}[-/.]\\d{1,2}\\.\\d{2})(?!\\.?\\d)(?:[^\\n]{0,15}?${CLOCK})?`,
    // "29/Jan/24 07:12", "29-Jan-2024" (Jira, Apache logs).
    `\\b\\d{1,2}[-/]${MONTH}[-/](?:\\d{4}|\\d{2})\\b(?:[^\\n]{0,15}?${CLOCK})?`,
    // "Yesterday at 9:12 PM", "Today, 08:03 AM", "Monday at 07:12 PM", "昨天 22:10".
    `(?:\\b(?:today|yesterday|${WEEKDAY})(?:,|\\s+at)?\\s+|(?:昨天|今天|前天)\\s*)${CLOCK}`,
    // "3 hours ago", "an hour ago", "1 month 3 weeks ago", "2 years and a month ago", "6 hr. ago", "2h", "58m";
    // "about 1 year ago", "over 2 years ago", "less than a minute ago" as date libraries round them.
    // Up to one part per unit after the first, so no part of a long age is cut off its front.
    `\\b(?:(?:about|almost|nearly|over|around|less\\s+than|more\\s+than)\\s+)?(?:\\d+|an?|one)\\s+${UNIT}(?:,?\\s+(?:and\\s+)?(?:\\d+|an?|one)\\s+${UNIT}){0,6}\\s+ago\\b`,
    `\\b\\d+\\s*${SHORT_UNIT}(?:\\s+ago)?(?![\\w.])`,
    // Other languages: "12. März 2024, 09:40", "12 de mayo de 2026", a month of another language
    // between a day and a year; "2026年5月14日 18:32", "5月14日", "2024년 10월 27일"; ages ("vor 3 Tagen", "3 天前").
    `(?:(?<![\\w\\u00c0-\\u024f])${FOREIGN_WEEKDAY},?\\s+)?\\b\\d{1,2}\\.?\\s+(?:de\\s+)?${FOREIGN_MONTH}\\s+(?:de\\s+)?\\d{4}(?:,?\\s+(?:[^\\s\\d]{1,5}\\.?\\s+)?${CLOCK})?`,
    // Korean writes the same date with its own year, month and day signs: "2024년 10월 27일".
    `(?:\\d{4}\\s*[年년]\\s*)?\\d{1,2}\\s*[月월]\\s*\\d{1,2}\\s*[日일](?:\\s*${CLOCK})?`,
    CJK_AGE,
    `\\b${AGO_BEFORE}\\s+(?:\\d+|une?|un|una|uma|einem|einer)\\s+${FOREIGN_UNIT}(?![\\wà-ÿ])`,
    `\\b\\d+\\s*${FOREIGN_UNIT}\\s+${AGO_AFTER}(?![\\wà-ÿ])`,
    // A time before the date, as wiki signatures write it: "18:52, 4 March 2024 (UTC)".
    `\\b${CLOCK},?\\s+(?:\\d{1,2}\\s+${MONTH}|${MONTH}\\s+\\d{1,2},?)\\s+\\d{4}(?:\\s*\\((?:UTC|GMT|CES?T|[ECMP][SD]T|BST)\\))?`,
    // A bare time.
    `\\b${CLOCK})`,
  ].join('|'),
  'i',
);

/**
 * DATE_TEXT with the `g` flag, made once. V8 compiles a regex on its first exec, and this one (8 KB
 * of alternatives, case-insensitive) takes 100-300 ms to compile; a `new RegExp(DATE_TEXT.source, 'gi')`
 * per call, or the copy `matchAll` makes, reuses the compiled code only while V8's compilation cache
 * holds it, and that cache ages at every full GC: a worker recompiled it on about half the calls (21
 * compiles in 40 calls over 40 Dragnet pages). It is private and stateful (`g`): callers go through
 * dateMatches and blankDates, which reset it, never `matchAll` or `split`, which copy it.
 */
const DATE_TEXT_ALL = new RegExp(DATE_TEXT.source, 'gi');

/** Every DATE_TEXT match in text, in order (as matchAll, without copying the compiled regex). */
export function* dateMatches(text: string): Generator<RegExpExecArray> {
  DATE_TEXT_ALL.lastIndex = 0;
  for (let match = DATE_TEXT_ALL.exec(text); match !== null; match = DATE_TEXT_ALL.exec(text)) {
    if (match[0].length === 0) DATE_TEXT_ALL.lastIndex++;
    yield match;
  }
}

/** text with every date replaced by a space. */
export function blankDates(text: string): string {
  return text.replace(DATE_TEXT_ALL, ' ');
}

/** A year, a clock time, a month name, a relative day, an age's words in any language DATE_TEXT reads ("3 dagen geleden", "há 2 dias", "3일 전"). */
const MOMENT = /\d{4}|\d:\d\d|yesterday|today|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|[年月日前년월일전]/i;
/** The ago words, bounded by any letter, not by \\w alone ("önce", "há" start or end in one \\b does not see). */
const AGO_WORD = new RegExp(`(?<!\\p{L})(?:ago|${AGO_BEFORE}|${AGO_AFTER})(?!\\p{L})`, 'iu');

/** Date text that says it is a moment: a rating ("4.7/5") or a lamp life ("000 Hrs") reads as date text too. */
export function showsMoment(value: string): boolean {
  return MOMENT.test(value) || AGO_WORD.test(value);
}

/** A time of day alone, as DATE_TEXT reads one: "09:02 PM", "21:02", "20:02:11 +0100". */
export const CLOCK_ONLY = new RegExp(`^${CLOCK}$`, 'i');

/** Whether an element's whole text (up to 60 characters) is mostly a date: "6 hours ago", "Mar 4". */
export function isDateText(value: string): boolean {
  if (value.length === 0 || value.length > 60) return false;
  const match = DATE_TEXT.exec(value);
  return !!match && match[0].length >= 0.6 * value.trim().length;
}

/** The most characters a label standing for a date in its title may show ("9 months", "5 Dec"). */
const SHORT_LABEL = 30;

/** What a label standing for a date shows: a number ("9 months", "5 Dec") or a day or age in words ("yesterday", "an hour"). */
const SHOWN_DATE = new RegExp(`\\d|\\b(?:today|yesterday|now|(?:an?|one)\\s+${UNIT})\\b|^${MONTH}$|^${WEEKDAY}$`, 'i');

/**
 * A short label whose title holds the full date it stands for: `<span title="5 Dec 2026 7:58am">5 Dec</span>`.
 * A link labelled "Archive" or "Permalink" titled with a date names a place, not the date.
 */
export function titledDate(element: Element, text: string): boolean {
  if (element.end - element.start > SHORT_LABEL || !isDateText(element.attrs.title ?? '')) return false;
  return labelShowsDate(text.slice(element.start, element.end));
}

export function labelShowsDate(label: string): boolean {
  return SHOWN_DATE.test(label.trim());
}
