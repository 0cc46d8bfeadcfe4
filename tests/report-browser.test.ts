/**
 * Reports opened in Debian's Chromium: every finding is one highlight with its rule and exact
 * text, the thread nests as parentId says, filters and search hide and show, tooltips appear on
 * keyboard focus, hostile text stays text, nothing is requested, nothing logs an error, and axe
 * finds no serious or critical accessibility problem. Skips where Chromium is missing (not in CI).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzePage, renderReport, type AnalyzedPage } from '../src/index.js';
import { takeReportScreenshot } from '../scripts/build/report-screenshot.js';
import { threadPage } from '../scripts/lib/thread-page.js';
import { browserSkipReason, launchBrowser, openReport, type Browser, type OpenedReport } from './browser.js';
import { recordWith } from './report-records.js';

const skip = browserSkipReason();
if (skip) console.warn(`report browser tests skipped: ${skip}`);

const FIXTURES = new URL('../fixtures/', import.meta.url);
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

function fixture(path: string): AnalyzedPage {
  return { ...analyzePage(readFileSync(new URL(path, FIXTURES))), source: path };
}

/** What the record says should be highlighted, read straight from its fields: kind|rule|start|end|text. */
function expectedMarks(page: AnalyzedPage): string[] {
  const out: string[] = [];
  for (const c of page.comments) {
    const add = (kind: string, f: { rule: string; start: number; end: number; text: string }) => out.push(`${kind}|${f.rule}|${f.start}|${f.end}|${f.text}`);
    for (const kind of ['slurs', 'insults', 'profanity', 'questions'] as const) c[kind]?.forEach((f) => add(kind, f));
    c.conspiracy?.markers.forEach((f) => add('conspiracy', f));
    c.stance?.toParent.evidence.forEach((f) => add('stance', f));
    c.stance?.toSource?.evidence.forEach((f) => add('stance', f));
    c.stance?.targets.forEach((t) => t.evidence.forEach((f) => add('stance', f)));
    const reply = c.replyEvidence;
    if (reply && reply.end > reply.start && reply.start >= c.start && reply.end <= c.end) add('reply', reply);
  }
  return out.sort();
}

/** The highlights in the live DOM, one entry per finding (its pieces joined in order). */
function drawnMarks(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const groups = new Map<string, HTMLElement[]>();
    document.querySelectorAll<HTMLElement>('mark[data-finding]').forEach((mark) => {
      const list = groups.get(mark.dataset.finding!) ?? [];
      list.push(mark);
      groups.set(mark.dataset.finding!, list);
    });
    return [...groups.values()]
      .map((marks) => {
        marks.sort((a, b) => Number(a.dataset.part) - Number(b.dataset.part));
        const first = marks[0]!.dataset;
        return `${first.tag}|${first.rule}|${first.start}|${first.end}|${marks.map((m) => m.textContent).join('')}`;
      })
      .sort();
  });
}

function visibleCommentIds(page: Page): Promise<string[]> {
  return page.evaluate(() => [...document.querySelectorAll<HTMLElement>('article.comment')].filter((el) => el.offsetParent !== null).map((el) => el.dataset.id!));
}

async function axeProblems(page: Page): Promise<string[]> {
  // Injected through the debugger, which the report's CSP does not govern; the page's own scripts are.
  await page.evaluate(AXE);
  const violations = await page.evaluate(async () => (await (window as any).axe.run(document, { resultTypes: ['violations'] })).violations as { id: string; impact: string; nodes: { target: string[] }[] }[]);
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.impact} ${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

function onlyItself(report: OpenedReport): string[] {
  return report.requests.filter((url) => url.split('#')[0] !== report.url);
}

describe.skipIf(skip !== null)('report in Chromium', () => {
  let browser: Browser;
  let disqus: AnalyzedPage;
  let opened: OpenedReport;

  beforeAll(async () => {
    browser = await launchBrowser();
    disqus = fixture('pages/102_disqus.txt');
    opened = await openReport(browser, renderReport(disqus));
  });
  afterAll(async () => browser?.close());

  it('draws one highlight per finding, with its tag, rule, offsets and exact text', async () => {
    const expected = expectedMarks(disqus);
    expect(expected.length).toBeGreaterThan(20);
    expect(await drawnMarks(opened.page)).toEqual(expected);
    // The comment text itself is drawn whole, marks and all.
    const texts = await opened.page.evaluate(() => [...document.querySelectorAll('article.comment > .ctext')].map((el) => el.textContent));
    expect(texts.sort()).toEqual(disqus.comments.map((c) => c.text).sort());
  });

  it('nests each comment under the comment its parentId names, and gives it the id of its permalink', async () => {
    const drawn = await opened.page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('article.comment')].map((el) => ({
        id: el.dataset.id,
        elementId: el.id,
        parent: el.parentElement!.closest<HTMLElement>('article.comment')?.dataset.id ?? null,
        permalink: el.querySelector<HTMLAnchorElement>(':scope > header a.permalink')!.getAttribute('href'),
      })),
    );
    expect(drawn.map((d) => d.id).sort()).toEqual(disqus.comments.map((c) => c.id).sort());
    for (const comment of disqus.comments) {
      const element = drawn.find((d) => d.id === comment.id)!;
      expect(element.parent, comment.id).toBe(comment.parentId);
      expect(element.elementId).toBe(comment.id);
      expect(element.permalink).toBe(`#${comment.id}`);
    }
    expect(disqus.comments.some((c) => c.parentId !== null)).toBe(true);
  });

  it('shows the stance toward the parent on the reply edge, and links answered questions to their answers', async () => {
    const page = opened.page;
    for (const comment of disqus.comments) {
      const edge = (await page.locator(`article.comment#${comment.id} > .edge`).textContent())!;
      expect(edge, comment.id).toContain(comment.stance.toParent.label);
      if (comment.parentId) expect(edge).toMatch(/reply to/);
    }
    const answered = disqus.comments.flatMap((c) => c.questions.filter((q) => q.answeredBy.length > 0).map((q) => ({ comment: c.id, answers: q.answeredBy })));
    expect(answered.length).toBeGreaterThan(0);
    for (const { comment, answers } of answered) {
      const links = await page.locator(`article.comment#${comment} > .tags a.answer-link`).evaluateAll((els) => els.map((el) => el.getAttribute('href')));
      for (const id of answers) expect(links).toContain(`#${id}`);
    }
  });

  it('hides and shows a tag kind from its legend checkbox, and hides untagged comments on request', async () => {
    const page = opened.page;
    const kind = 'conspiracy';
    const marks = page.locator(`mark[data-tag="${kind}"]`);
    expect(await marks.count()).toBeGreaterThan(0);
    const lineColour = () => marks.evaluateAll((els) => [...new Set(els.map((el) => getComputedStyle(el).borderBottomColor))]);
    expect(await lineColour()).not.toContain('rgba(0, 0, 0, 0)');
    await page.locator(`.controls input[data-kind="${kind}"]`).uncheck();
    expect(await lineColour()).toEqual(['rgba(0, 0, 0, 0)']);
    expect(await page.locator(`mark[data-tag="${kind}"][tabindex]`).count()).toBe(0);
    await page.locator(`.controls input[data-kind="${kind}"]`).check();
    expect(await lineColour()).not.toContain('rgba(0, 0, 0, 0)');

    // Only tagged comments, with every kind but insults hidden: insulting comments and their ancestors remain.
    const all = await visibleCommentIds(page);
    for (const box of await page.locator('.controls input[data-kind]').all()) if ((await box.getAttribute('data-kind')) !== 'insults') await box.uncheck();
    await page.locator('#only-tagged').check();
    const insulting = new Set(disqus.comments.filter((c) => (c.insults ?? []).length > 0).map((c) => c.id));
    const ancestors = new Set<string>();
    for (const id of insulting) for (let c = disqus.comments.find((x) => x.id === id); c?.parentId; c = disqus.comments.find((x) => x.id === c!.parentId)) ancestors.add(c.parentId);
    expect(insulting.size).toBeGreaterThan(0);
    expect((await visibleCommentIds(page)).sort()).toEqual([...new Set([...insulting, ...ancestors])].sort());
    await page.locator('#only-tagged').uncheck();
    for (const box of await page.locator('.controls input[data-kind]').all()) await box.check();
    expect((await visibleCommentIds(page)).sort()).toEqual(all.sort());
  });

  it('searches comment text and authors', async () => {
    const page = opened.page;
    const author = disqus.comments.find((c) => c.author && c.parentId === null)!.author!;
    await page.locator('#comment-search').fill(author);
    await expect.poll(() => page.locator('.status').first().textContent()).toMatch(/comments match/);
    const shown = await visibleCommentIds(page);
    const byAuthor = disqus.comments.filter((c) => c.author?.toLowerCase().includes(author.toLowerCase()) || c.text.toLowerCase().includes(author.toLowerCase()));
    for (const c of byAuthor) expect(shown).toContain(c.id);
    expect(shown.length).toBeLessThan(disqus.comments.length);
    await page.locator('#comment-search').fill('');
    await expect.poll(async () => (await visibleCommentIds(page)).length).toBe(disqus.comments.length);
  });

  it('shows a tooltip with tag, rule, source and offsets when a highlight gets keyboard focus', async () => {
    const page = opened.page;
    const tooltip = page.locator('#tl-tooltip');
    expect(await tooltip.isHidden()).toBe(true);
    // Tab from the search box into the thread: the first tab stop after it is a highlight or a link.
    await page.locator('#comment-search').focus();
    let focused: Record<string, string | undefined> = {};
    for (let i = 0; i < 40 && !focused.finding; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => ({ ...(document.activeElement as HTMLElement).dataset }));
    }
    expect(focused.finding).toBeDefined();
    expect(await tooltip.isVisible()).toBe(true);
    const text = (await tooltip.textContent())!;
    expect(text).toContain(focused.rule!);
    expect(text).toContain(`${focused.start}–${focused.end}`);
    expect(text).toMatch(/source/);
    expect(await page.evaluate(() => document.activeElement!.getAttribute('aria-describedby'))).toBe('tl-tooltip');
    await page.keyboard.press('Escape');
    expect(await tooltip.isHidden()).toBe(true);
    await page.locator('mark[data-finding]').first().hover();
    expect(await tooltip.isVisible()).toBe(true);
  });

  it('saves a screenshot of a fixture page\'s report with a tooltip showing (what docs/report.png is made by)', async () => {
    const out = new URL('../.tmp/report-browser.png', import.meta.url).pathname;
    const rule = await takeReportScreenshot(browser, out);
    expect(rule).toMatch(/^insults\//);
    const png = readFileSync(out);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    // Width and height from the IHDR chunk: the viewport the script sets.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1100, 1250]);
  });

  it('asks for nothing but itself and logs no error', () => {
    expect(onlyItself(opened)).toEqual([]);
    expect(opened.requests.length).toBeGreaterThan(0);
    expect(opened.errors).toEqual([]);
  });

  it('passes axe with no serious or critical violations, on a page view and on the overview', async () => {
    expect(await axeProblems(opened.page)).toEqual([]);
    const html = fixture('html/written/203_xenforo.html');
    const corpus = await openReport(browser, renderReport([disqus, html, { source: 'gone.txt', error: { code: 'unreadable', message: 'no such file' } }]));
    expect(await axeProblems(corpus.page)).toEqual([]);
    await corpus.page.close();
  });

  it('shows hostile comment text as text and runs none of it; the policy blocks requests a script would make', async () => {
    const hostile = [
      '<script>window.__pwned = 1</script></script>',
      '<img src=x onerror="window.__pwned = 2"><!-- x -->',
      'a\u2028b\u2029c \ud800 lone, you idiot',
      '<iframe src="https://example.com/"></iframe><link rel=stylesheet href=//example.com/x.css>',
      // A megabyte of comment, with a finding at its very end.
      `${'word '.repeat(200_000)}and you idiot`,
    ];
    const record = recordWith('Hostile <b>title</b></title>', hostile.map((text) => ({ text })));
    const report = await openReport(browser, renderReport(record));
    const page = report.page;
    const state = await page.evaluate(() => ({
      pwned: (window as any).__pwned ?? null,
      texts: [...document.querySelectorAll('article.comment > .ctext')].map((el) => el.textContent),
      title: document.querySelector('h1')!.textContent,
      injected: document.querySelectorAll('img, iframe, link, #app script, b').length,
    }));
    expect(state).toEqual({ pwned: null, texts: record.comments.map((c) => c.text), title: 'Hostile <b>title</b></title>', injected: 0 });
    // "you idiot" is an insult: the hostile page has highlights to get right too.
    expect(expectedMarks(record).length).toBeGreaterThan(0);
    expect(await drawnMarks(page)).toEqual(expectedMarks(record));
    expect(onlyItself(report)).toEqual([]);
    expect(report.errors).toEqual([]);
    // Even a script that got in could not reach the network: fetch and images are refused by the policy.
    const attempt = await page.evaluate(async () => {
      const image = new Image();
      image.src = 'https://example.com/beacon.png';
      return fetch('https://example.com/x').then(() => 'fetched', () => 'refused');
    });
    expect(attempt).toBe('refused');
    await expect.poll(() => report.failed.map((f) => f.url)).toContain('https://example.com/beacon.png');
    expect(report.failed.find((f) => f.url.includes('beacon'))!.reason).toMatch(/csp/i);
    expect(report.finished.filter((url) => url.split('#')[0] !== report.url)).toEqual([]);
    await page.close();
  });

  it('opens a corpus on its overview: sorts, filters by tag, and links to each page view', async () => {
    const pages = [disqus, fixture('pages/101_wordpress.txt'), fixture('pages/107_nocomments.txt')];
    const report = await openReport(browser, renderReport([...pages, { source: 'gone.txt', error: { code: 'unreadable', message: 'no such file' } }]));
    const page = report.page;
    const rows = page.locator('table.pages tbody tr');
    expect(await rows.count()).toBe(4);
    expect(await page.locator('.totals').textContent()).toBe(`3 pages · ${pages.reduce((n, p) => n + p.comments.length, 0)} comments · 1 error`);
    // Sort by comment count, descending on the second click.
    const commentsHeader = page.locator('th button', { hasText: /^Comments$/ });
    await commentsHeader.click();
    await commentsHeader.click();
    const firstSource = await rows.first().locator('td').nth(1).textContent();
    const busiest = [...pages].sort((a, b) => b.comments.length - a.comments.length)[0]!;
    expect(firstSource).toBe(busiest.source);
    // Filter: only pages with insults.
    await page.locator('.legend input[data-kind="insults"]').check();
    const withInsults = pages.filter((p) => p.comments.some((c) => (c.insults ?? []).length > 0)).map((p) => p.source);
    const shownSources = await page.locator('table.pages tbody tr:visible td:nth-child(2)').allTextContents();
    expect(shownSources.sort()).toEqual(withInsults.sort());
    await page.locator('.legend input[data-kind="insults"]').uncheck();
    expect(await page.locator('table.pages tbody tr:visible').count()).toBe(4);
    // Follow a link into a page view, and a comment permalink there.
    await page.locator('table.pages a', { hasText: 'pages/101_wordpress.txt' }).click();
    await page.waitForSelector('html[data-ready="true"] article.comment');
    expect(await page.locator('h1').textContent()).toBe(pages[1]!.title!.text);
    expect(await page.locator('article.comment').count()).toBe(pages[1]!.comments.length);
    const last = pages[1]!.comments.at(-1)!;
    await page.locator(`a.permalink[href="#p2-${last.id}"]`).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(`p2-${last.id}`);
    expect(onlyItself(report)).toEqual([]);
    expect(report.errors).toEqual([]);
    await page.close();
  });

  it('draws a page of 2,000 comments lazily: a first slice at once, then every comment and highlight; a permalink draws only up to its comment', async () => {
    const big = { ...analyzePage(threadPage(2000).text), source: 'synthetic-2000' };
    expect(big.comments).toHaveLength(2000);
    const html = renderReport(big);
    // Notes how many comments were in the page the first time the count changed, and at first focus.
    const watch = () => {
      const seen: { firstDrawn: number | null; focus: { id: string; drawn: number } | null } = { firstDrawn: null, focus: null };
      (window as any).__seen = seen;
      new MutationObserver(() => {
        seen.firstDrawn ??= Number(document.documentElement.dataset.drawn);
      }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-drawn'] });
      document.addEventListener('focusin', (event) => {
        seen.focus ??= { id: (event.target as HTMLElement).id, drawn: document.querySelectorAll('article.comment').length };
      }, true);
    };
    const report = await openReport(browser, html, '', { waitForAll: false, init: watch });
    const page = report.page;
    await page.waitForSelector('html[data-ready="true"]', { timeout: 120_000 });
    const first = await page.evaluate(() => (window as any).__seen.firstDrawn as number);
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThan(200);
    expect(await page.locator('article.comment').count()).toBe(2000);
    expect(await drawnMarks(page)).toEqual(expectedMarks(big));
    expect(onlyItself(report)).toEqual([]);
    expect(report.errors).toEqual([]);
    await page.close();
    const target = big.comments[1000]!.id;
    const deep = await openReport(browser, html, `#${target}`, { waitForAll: false, init: watch });
    await deep.page.waitForFunction(() => (window as any).__seen.focus !== null, undefined, { timeout: 30_000 });
    const focus = await deep.page.evaluate(() => (window as any).__seen.focus as { id: string; drawn: number });
    expect(focus.id).toBe(target);
    expect(focus.drawn).toBeGreaterThan(1000);
    expect(focus.drawn).toBeLessThan(1100);
    await deep.page.close();
  });
});
