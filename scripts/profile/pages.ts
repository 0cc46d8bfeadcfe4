/**
 * The pages the profilers run over: the tune fixture pages as text (fixtures/pages) and the
 * hand-written HTML tune pages (fixtures/html/written), so both split paths are sampled. Never
 * fixtures/check.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES } from '../../tests/gold.js';

export const PAGE_KINDS = ['all', 'text', 'html'] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

export interface ProfilePage {
  name: string;
  kind: 'text' | 'html';
  text: string;
}

export function profilePages(kind: PageKind = 'all'): ProfilePage[] {
  if (!PAGE_KINDS.includes(kind)) throw new Error(`pages: one of ${PAGE_KINDS.join(', ')}, not ${kind}`);
  const pages: ProfilePage[] = [];
  if (kind !== 'html') pages.push(...filesIn(join(FIXTURES, 'pages'), '.txt', 'text'));
  if (kind !== 'text') pages.push(...filesIn(join(FIXTURES, 'html', 'written'), '.html', 'html'));
  return pages;
}

function filesIn(dir: string, extension: string, kind: ProfilePage['kind']): ProfilePage[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith(extension))
    .sort()
    .map((name) => ({ name: join(dir, name), kind, text: readFileSync(join(dir, name), 'utf8') }));
}
