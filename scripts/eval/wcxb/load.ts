/**
 * WCXB 2026 development pages (../shared/data/wcxb/dev): gzipped HTML, its ground truth and its page
 * type. Gunzipping and charset-decoding 1,497 pages (416 MB of HTML) takes about ten seconds, so the
 * decoded text is cached once in `.tmp/` (git-ignored, never packed), keyed by the files' names,
 * sizes and times; a rerun reads one file instead.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { decodeHtmlBytes } from '../../../src/split/charset.js';
import { SHARED_DATA } from '../../lib/table.js';

export const WCXB_DIR = `${SHARED_DATA}wcxb/dev/`;
const CACHE_DIR = new URL('../../../.tmp/cache/', import.meta.url).pathname;

export const PAGE_TYPES = ['article', 'forum', 'product', 'collection', 'listing', 'documentation', 'service'] as const;
export type PageType = (typeof PAGE_TYPES)[number];

export interface WcxbPage {
  id: string;
  url: string;
  type: PageType;
  html: string;
  /** Ground truth: the benchmark scores extracted text against `mainContent`. */
  mainContent: string;
  title: string;
  with: string[];
  without: string[];
}

interface GroundTruthFile {
  url?: string;
  _internal?: { page_type?: { primary?: string } | string } | null;
  ground_truth?: { main_content?: string | null; title?: string | null; with?: string[] | null; without?: string[] | null };
}

/** Every page id in the folder, in order. */
export function wcxbIds(): string[] {
  if (!existsSync(WCXB_DIR)) return [];
  return readdirSync(WCXB_DIR)
    .filter((name) => name.endsWith('.html.gz'))
    .map((name) => name.slice(0, -'.html.gz'.length))
    .sort();
}

/** The pages with decoded HTML; `ids` limits which (the default is all of them). */
export function loadWcxb(ids: string[] = wcxbIds()): WcxbPage[] {
  if (ids.length === 0) return [];
  const types = readPageTypes();
  const html = decodedHtml(ids);
  return ids.map((id) => {
    const file = JSON.parse(readFileSync(`${WCXB_DIR}${id}.json`, 'utf8')) as GroundTruthFile;
    const truth = file.ground_truth ?? {};
    return {
      id,
      url: file.url ?? '',
      type: types.get(id) ?? typeOf(file),
      html: html.get(id) ?? '',
      mainContent: truth.main_content ?? '',
      title: truth.title ?? '',
      with: truth.with ?? [],
      without: truth.without ?? [],
    };
  });
}

/** `page-types.json`, which leaves out some pages; those take the type in their own file. */
function readPageTypes(): Map<string, PageType> {
  const path = `${WCXB_DIR}page-types.json`;
  if (!existsSync(path)) return new Map();
  const raw = JSON.parse(readFileSync(path, 'utf8')) as Record<string, string>;
  return new Map(Object.entries(raw).map(([id, type]) => [id, asType(type)]));
}

/** As the benchmark's evaluate.py reads it: `_internal.page_type.primary`, category as collection, else article. */
function typeOf(file: GroundTruthFile): PageType {
  const raw = file._internal?.page_type;
  return asType(typeof raw === 'string' ? raw : (raw?.primary ?? 'article'));
}

function asType(value: string): PageType {
  if (value === 'category') return 'collection';
  return (PAGE_TYPES as readonly string[]).includes(value) ? (value as PageType) : 'article';
}

/** Decoded HTML per id, from the cache when it matches the files, else decoded and cached. */
function decodedHtml(ids: string[]): Map<string, string> {
  const all = wcxbIds();
  const key = createHash('sha1')
    .update(all.map((id) => `${id}:${statSync(`${WCXB_DIR}${id}.html.gz`).size}:${statSync(`${WCXB_DIR}${id}.html.gz`).mtimeMs}`).join('\n'))
    .digest('hex')
    .slice(0, 16);
  const cache = `${CACHE_DIR}wcxb-dev-${key}`;
  const wanted = new Set(ids);
  if (existsSync(`${cache}.json`) && existsSync(`${cache}.bin`)) return readCache(cache, wanted);
  const texts = new Map<string, string>();
  for (const id of all) texts.set(id, decodeHtmlBytes(gunzipSync(readFileSync(`${WCXB_DIR}${id}.html.gz`))).text);
  writeCache(cache, texts);
  return new Map([...texts].filter(([id]) => wanted.has(id)));
}

/** The cache: one UTF-8 file of all pages back to back, and a JSON index of byte ranges. */
function writeCache(cache: string, texts: Map<string, string>): void {
  mkdirSync(CACHE_DIR, { recursive: true });
  const chunks: Buffer[] = [];
  const index: [string, number, number][] = [];
  let offset = 0;
  for (const [id, text] of texts) {
    const bytes = Buffer.from(text, 'utf8');
    index.push([id, offset, bytes.length]);
    chunks.push(bytes);
    offset += bytes.length;
  }
  writeFileSync(`${cache}.bin`, Buffer.concat(chunks));
  writeFileSync(`${cache}.json`, JSON.stringify(index));
}

function readCache(cache: string, wanted: Set<string>): Map<string, string> {
  const bytes = readFileSync(`${cache}.bin`);
  const index = JSON.parse(readFileSync(`${cache}.json`, 'utf8')) as [string, number, number][];
  const texts = new Map<string, string>();
  for (const [id, offset, length] of index) if (wanted.has(id)) texts.set(id, bytes.toString('utf8', offset, offset + length));
  return texts;
}
