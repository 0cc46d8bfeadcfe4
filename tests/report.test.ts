/**
 * renderReport as a string: one self-contained document whose policy forbids every request,
 * whose only scripts are its own, and whose embedded records parse back exactly, hostile text
 * included. What the page draws is tested in a browser (tests/report-browser.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { isThreadlensError, renderReport, type AnalyzedPage } from '../src/index.js';
import { REPORT_CSP } from '../src/report/document.js';
import { recordWith } from './report-records.js';

function embedded(html: string, id: string): unknown {
  const match = new RegExp(`<script type="application/json" id="${id}">([^]*?)</script>`).exec(html);
  if (!match) throw new Error(`no ${id} block`);
  return JSON.parse(match[1]!);
}

function pageWith(texts: string[]): AnalyzedPage {
  return recordWith('A headline for the hostile page', texts.map((text) => ({ text })));
}

const HOSTILE = [
  '<script>window.__pwned = 1</script> see </script> and </SCRIPT > too',
  '<!-- <script> --> <img src=x onerror="window.__pwned=2"> &amp; &lt;b&gt;',
  'line\u2028separator\u2029paragraph and a lone \ud800 high and \udc00 low surrogate, you idiot',
  '"quotes" \'single\' `back` \\ backslash {"json": [1]} ]]> <![CDATA[ x',
];

describe('renderReport', () => {
  it('writes one document with a policy that allows its own style and script and no request of any kind', () => {
    const html = renderReport(pageWith(['Hello there, a plain comment.']));
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">`);
    expect(REPORT_CSP).toMatch(/^default-src 'none'; script-src 'sha256-[A-Za-z0-9+/]+=*'; style-src 'sha256-[A-Za-z0-9+/]+=*';/);
    expect(REPORT_CSP).not.toMatch(/unsafe|https?:|data:|\*/);
    // Nothing is linked: no src, no href to another document, no stylesheet link.
    expect(html).not.toMatch(/\ssrc=|<link|@import|url\(/i);
    expect(html.match(/<script\b/gi)).toHaveLength(3);
  });

  it('embeds hostile text as JSON that ends no element early and parses back exactly', () => {
    const page = pageWith(HOSTILE);
    expect(page.comments.map((c) => c.text)).toEqual(HOSTILE);
    const html = renderReport([page, { source: 'gone.html', error: { code: 'unreadable', message: '</script><script>alert(1)</script>' } }]);
    // Only the document's own three script elements open and close.
    expect(html.match(/<script\b/gi)).toHaveLength(3);
    expect(html.match(/<\/script/gi)).toHaveLength(3);
    expect(html).not.toContain('<!--');
    expect(html).not.toMatch(/[\u2028\u2029]/);
    const records = embedded(html, 'threadlens-records') as [AnalyzedPage, unknown];
    expect(records[0]).toEqual(JSON.parse(JSON.stringify(page)));
    expect(records[0].comments.map((c) => c.text)).toEqual(HOSTILE);
    expect(records[1]).toEqual({ source: 'gone.html', error: { code: 'unreadable', message: '</script><script>alert(1)</script>' } });
  });

  it('embeds a 1 MB comment whole', () => {
    const big = 'word '.repeat(200_000) + 'the end';
    const page = pageWith([big]);
    expect(page.comments[0]!.text).toBe(big);
    const html = renderReport(page);
    expect((embedded(html, 'threadlens-records') as AnalyzedPage[])[0]!.comments[0]!.text).toBe(big);
  });

  it('accepts one record, an array or any iterable, and keeps records JSON cannot hold as error entries', () => {
    const page = pageWith(['Just one comment here.']);
    const one = embedded(renderReport(page), 'threadlens-records') as unknown[];
    const fromSet = embedded(renderReport((function* () { yield page; yield { ...page, source: 'b' }; })()), 'threadlens-records') as unknown[];
    expect(one).toHaveLength(1);
    expect(fromSet).toHaveLength(2);
    const cyclic: Record<string, unknown> = { text: 'x', comments: [] };
    cyclic.self = cyclic;
    const odd = embedded(renderReport([cyclic as never, { big: 1n } as never, undefined as never, page]), 'threadlens-records') as unknown[];
    expect(odd).toHaveLength(4);
    expect(odd[0]).toMatchObject({ error: { code: 'invalid-input' } });
    expect(odd[1]).toMatchObject({ error: { code: 'invalid-input' } });
    expect(odd[2]).toBeNull();
  });

  it('lists the schema tag fields as the legend kinds, and takes a title', () => {
    const html = renderReport([], { title: 'Moderation sample </title><script>x</script>' });
    const settings = embedded(html, 'threadlens-settings') as { title: string; kinds: string[] };
    expect(settings.kinds).toEqual(['stance', 'conspiracy', 'slurs', 'insults', 'profanity', 'identityAttacks', 'threats', 'attributes', 'questions', 'reply']);
    expect(settings.title).toBe('Moderation sample </title><script>x</script>');
    expect(html).toContain('<title>Moderation sample &#60;/title&#62;&#60;script&#62;x&#60;/script&#62;</title>');
  });

  it('rejects unknown or mistyped options with a typed error', () => {
    for (const options of [{ titel: 'x' }, { title: 3 }]) {
      try {
        renderReport([], options as never);
        expect.unreachable();
      } catch (error) {
        expect(isThreadlensError(error) && error.code).toBe('invalid-options');
      }
    }
  });
});
