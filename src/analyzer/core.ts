/**
 * What an analyzer holds between calls: the prepared taggers, the caller's compiled targets, and
 * the views of recently used parent and article texts (bounded; a repeated parent, such as a
 * thread's source post, is read once).
 */
import type { TargetInput } from '../schema/index.js';
import type { PreparedTaggers } from '../tag/run.js';
import { findSalientTargets } from '../tag/stance/salient.js';
import { compileTargets, type CompiledTarget } from '../tag/stance/targets/index.js';
import { TextView } from '../text/view.js';

export interface AnalyzerCore {
  prepared: PreparedTaggers;
  /** The analyzer's own targets, compiled; undefined: each text's article decides. */
  targets: CompiledTarget[] | undefined;
  views: RecentViews;
}

/**
 * Parent and article views by text, the most recently used ones up to `limit` texts and `budget`
 * characters together: a thread's source post or a shared article is read once, and memory stays
 * bounded whatever the rows hold.
 */
export class RecentViews {
  readonly #known = new Map<string, TextView>();
  #characters = 0;
  constructor(
    private readonly limit: number,
    private readonly budget: number,
  ) {}

  of(text: string): TextView {
    const hit = this.#known.get(text);
    if (hit) {
      this.#known.delete(text);
      this.#known.set(text, hit);
      return hit;
    }
    const view = new TextView(text);
    if (text.length > this.budget) return view;
    this.#known.set(text, view);
    this.#characters += text.length;
    while (this.#known.size > this.limit || this.#characters > this.budget) {
      const oldest = this.#known.keys().next().value as string;
      this.#known.delete(oldest);
      this.#characters -= oldest.length;
    }
    return view;
  }
}

/**
 * The targets a text is read against: the call's, else the analyzer's, else the salient actors of
 * its article (found once per article view), else none.
 */
export function targetsFor(core: AnalyzerCore, given: TargetInput[] | null | undefined, article: TextView | undefined): readonly CompiledTarget[] {
  if (given !== undefined && given !== null) return compileTargets(given);
  if (core.targets) return core.targets;
  if (!article || article.text === '') return [];
  return article.derive('salient-targets', () => compileTargets(findSalientTargets(article)));
}
