/**
 * Plot frames: conspiracy talk is less a vocabulary than a shape, an agent + an intent or act + a
 * harm or objective ("they want to kill us", "Fauci worked with China to create this chimera", "the
 * jab installs DNA"). A frame is two or three word classes that must occur in that order inside one
 * sentence, each within `window` words of the previous one. Each word class is a plain set of single
 * words (a trailing `*` makes a prefix), so matching stays a linear scan with a constant look-around.
 *
 * Frames are data (./data/frames.json), validated like the phrase cues, and report markers too.
 */
import * as z from 'zod';
import { ConspiracyRole } from '../../schema/tags.js';
import type { CueEntry } from './cues.js';
import framesFile from './data/frames.json';
import type { CueHit } from './match.js';
import type { CueToken as Token } from '../../text/tokens.js';

const Word = z.lazy(() =>
  z.string().regex(/^[\p{L}\p{N}']+\*?$/u, 'one word, letters/digits/apostrophe, optional trailing *'),
);

export const FrameEntry = z.lazy(() =>
  z
    .object({
      id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ids are kebab-case'),
      role: ConspiracyRole,
      weight: z.number().min(0).max(2),
      /** Two or three word classes, in reading order. */
      slots: z.array(z.array(Word).min(1)).min(2).max(3),
      /** Most words allowed between consecutive slots (plus one). */
      window: z.number().int().min(1).max(8),
      /** Two-slot frames only: the slots may also occur in the reverse order ("DNA-destroying jab"). */
      anyOrder: z.boolean().optional(),
      note: z.string().min(1),
      source: z.string().min(1),
    })
    .strict()
    .refine((entry) => !entry.anyOrder || entry.slots.length === 2, 'anyOrder needs exactly two slots'),
);
export type FrameEntry = z.infer<typeof FrameEntry>;

export const FrameFile = z.lazy(() =>
  z.object({ file: z.string(), description: z.string(), frames: z.array(FrameEntry) }).strict(),
);

interface WordClass {
  exact: Set<string>;
  prefixes: string[];
}

export interface CompiledFrame {
  entry: FrameEntry;
  /** The frame as a cue, so its hits flow through the same marker and scoring code. */
  cue: CueEntry;
  slots: WordClass[];
}

export function parseFrames(input: unknown[]): FrameEntry[] {
  const ids = new Set<string>();
  return input.map((raw, i) => {
    const parsed = FrameEntry.safeParse(raw);
    const id = (raw as { id?: unknown })?.id ?? `#${i}`;
    if (!parsed.success) {
      throw new Error(`conspiracy frame ${String(id)}: ${parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`).join('; ')}`);
    }
    if (ids.has(parsed.data.id)) throw new Error(`conspiracy frame ${parsed.data.id}: duplicate id`);
    ids.add(parsed.data.id);
    return parsed.data;
  });
}

export function loadDefaultFrames(): FrameEntry[] {
  return parseFrames(FrameFile.parse(framesFile).frames);
}

export const DEFAULT_FRAME_FILE = framesFile;

export function compileFrames(entries: FrameEntry[]): CompiledFrame[] {
  return entries.map((entry) => ({
    entry,
    cue: { id: entry.id, terms: [], role: entry.role, weight: entry.weight, note: entry.note, source: entry.source },
    slots: entry.slots.map(compileClass),
  }));
}

function compileClass(words: string[]): WordClass {
  const exact = new Set<string>();
  const prefixes: string[] = [];
  for (const word of words) {
    const lower = word.toLowerCase();
    if (lower.endsWith('*')) prefixes.push(lower.slice(0, -1));
    else exact.add(lower);
  }
  return { exact, prefixes };
}

function inClass(token: Token, cls: WordClass): boolean {
  if (cls.exact.has(token.norm)) return true;
  for (const prefix of cls.prefixes) if (token.norm.startsWith(prefix)) return true;
  return false;
}

/** Nearest token of `cls` within `window` tokens of `from`, stepping `dir`, inside the sentence. */
function seek(tokens: readonly Token[], from: number, dir: 1 | -1, window: number, cls: WordClass): number {
  for (let step = 1; step <= window; step++) {
    const k = from + dir * step;
    if (k < 0 || k >= tokens.length) return -1;
    // Crossing into another sentence: going forward, token k starts it; going back, token k+1 did.
    if (dir === 1 ? tokens[k]!.sentenceBefore : tokens[k + 1]!.sentenceBefore) return -1;
    if (inClass(tokens[k]!, cls)) return k;
  }
  return -1;
}

/**
 * Each frame is anchored on its second slot, then looks back for the first and (three slots)
 * forward for the third. The marker covers the anchor to the end of the frame for three-slot
 * frames (the intent and its objective: "want to kill"), and both words for two-slot ones.
 */
export function findFrameHits(tokens: readonly Token[], frames: CompiledFrame[]): CueHit[] {
  const hits: CueHit[] = [];
  for (const frame of frames) {
    const [first, anchor, third] = frame.slots as [WordClass, WordClass, WordClass | undefined];
    const { window, anyOrder } = frame.entry;
    for (let i = 0; i < tokens.length; i++) {
      if (!inClass(tokens[i]!, anchor)) continue;
      let before = seek(tokens, i, -1, window, first);
      let after = i;
      if (third) {
        if (before < 0) continue;
        after = seek(tokens, i, 1, window, third);
        if (after < 0) continue;
        before = i;
      } else if (before < 0) {
        if (!anyOrder) continue;
        after = seek(tokens, i, 1, window, first);
        if (after < 0) continue;
        before = i;
      }
      hits.push({ start: tokens[before]!.start, end: tokens[after]!.end, cue: frame.cue });
    }
  }
  return hits;
}
