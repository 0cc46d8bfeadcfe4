/**
 * The report document: one file with its stylesheet, script and data inline. The
 * Content-Security-Policy allows exactly that stylesheet and script (by hash) and no request of
 * any kind, so a report cannot fetch, beacon or load anything even if a record carried markup.
 */
import { REPORT_SCRIPT, REPORT_SCRIPT_SHA256, REPORT_STYLE, REPORT_STYLE_SHA256 } from './assets.generated.js';
import { escapeHtml } from './embed.js';

export const REPORT_CSP = [
  "default-src 'none'",
  `script-src 'sha256-${REPORT_SCRIPT_SHA256}'`,
  `style-src 'sha256-${REPORT_STYLE_SHA256}'`,
  "img-src 'none'",
  "connect-src 'none'",
  "font-src 'none'",
  "media-src 'none'",
  "object-src 'none'",
  "frame-src 'none'",
  "worker-src 'none'",
  "manifest-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

export interface DocumentParts {
  title: string;
  /** Already escaped for a script element (see scriptJson). */
  settingsJson: string;
  recordsJson: string;
}

export function reportDocument(parts: DocumentParts): string {
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="threadlens">',
    `<title>${escapeHtml(parts.title)}</title>`,
    `<style>${REPORT_STYLE}</style>`,
    '</head>',
    '<body>',
    '<div id="app"><noscript><p>This report is drawn by its inline script; allow JavaScript for this file to see it. It makes no network requests.</p></noscript></div>',
    `<script type="application/json" id="threadlens-settings">${parts.settingsJson}</script>`,
    `<script type="application/json" id="threadlens-records">${parts.recordsJson}</script>`,
    `<script>${REPORT_SCRIPT}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
