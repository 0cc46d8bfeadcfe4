const HTML_START = /^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<!--)/i;
const HTML_TAG = /<\/?(?:html|head|body|div|p|span|a|script|style|article|section|ul|li|table|br|meta|link)\b[^>]*>/gi;

/** Cheap check on the first 4 KB: a document start, or several common tags. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 4096);
  // Both patterns need a '<': a plain-text page is answered by one character search, not two regex scans.
  if (!head.includes('<')) return false;
  if (HTML_START.test(head)) return true;
  let tags = 0;
  HTML_TAG.lastIndex = 0;
  while (HTML_TAG.exec(head) && ++tags < 5);
  return tags >= 5;
}
