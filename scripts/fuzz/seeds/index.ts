/**
 * The pages mutants start from: the tune fixture pages (text, and written HTML when the folder
 * exists), tune threads re-rendered in other text and HTML layouts, and small instances of the
 * growth bench's pathological shapes. Never fixtures/check, never ../shared/data.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES } from '../../../tests/gold.js';
import { SHAPES } from '../shapes/index.js';
import { HTML_ENGINES, htmlPage } from './html-engines.js';
import { TEXT_STYLES } from './text-styles.js';
import { loadThreads } from './thread.js';

export interface SeedPage {
  /** Where the page comes from, e.g. `fixture:101_wordpress` or `html:disqus:101_wordpress`. */
  name: string;
  text: string;
}

/** Characters a growth shape is scaled to when it serves as a seed: small, so mutants stay fast. */
const SHAPE_SEED_CHARS = 3000;

export function loadSeeds(): SeedPage[] {
  const seeds: SeedPage[] = [];
  // Steps: real layouts first, then the same threads in other layouts, then hostile shapes.
  seeds.push(...filesIn(join(FIXTURES, 'pages'), '.txt', 'fixture'));
  seeds.push(...filesIn(join(FIXTURES, 'html', 'written'), '.html', 'written-html'));
  for (const thread of loadThreads()) {
    for (const [engine, render] of Object.entries(HTML_ENGINES)) seeds.push({ name: `html:${engine}:${thread.name}`, text: htmlPage(thread, engine, render(thread)) });
    for (const [style, render] of Object.entries(TEXT_STYLES)) seeds.push({ name: `text:${style}:${thread.name}`, text: render(thread) });
  }
  for (const shape of SHAPES) seeds.push({ name: `shape:${shape.name}`, text: shape.make(SHAPE_SEED_CHARS) });
  return seeds;
}

function filesIn(dir: string, extension: string, origin: string): SeedPage[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith(extension))
    .sort()
    .map((name) => ({ name: `${origin}:${name}`, text: readFileSync(join(dir, name), 'utf8') }));
}
