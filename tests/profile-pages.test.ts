/** The CPU profiler's pages (scripts/profile/pages.ts): both split paths, tune pages only. */
import { describe, expect, it } from 'vitest';
import { profilePages } from '../scripts/profile/pages.js';
import { relative } from 'node:path';
import { looksLikeHtml } from '../src/split/detect-html.js';
import { FIXTURES } from './gold.js';

describe('profilePages', () => {
  it.each([
    // kind, text pages expected, HTML pages expected
    ['all', true, true],
    ['text', true, false],
    ['html', false, true],
  ] as const)('%s: text pages %s, HTML pages %s', (kind, text, html) => {
    const pages = profilePages(kind);
    expect(pages.some((page) => page.kind === 'text')).toBe(text);
    expect(pages.some((page) => page.kind === 'html')).toBe(html);
    for (const page of pages) {
      // Relative to the fixtures folder: the clone itself may sit under a folder named check.
      const name = relative(FIXTURES, page.name);
      expect(name).not.toMatch(/(^|[/\\])check[/\\]/u);
      if (page.kind === 'html') expect(name).toMatch(/^html[/\\]written[/\\][^/\\]+\.html$/u);
      else expect(name).toMatch(/^pages[/\\][^/\\]+\.txt$/u);
      // The HTML pages take the HTML split path, the text pages the text one.
      expect(looksLikeHtml(page.text)).toBe(page.kind === 'html');
    }
  });

  it('profiles both kinds by default and refuses an unknown kind', () => {
    expect(new Set(profilePages().map((page) => page.kind))).toEqual(new Set(['text', 'html']));
    expect(() => profilePages('pdf' as never)).toThrow(/one of all, text, html/u);
  });
});
