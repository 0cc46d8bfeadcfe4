/**
 * Check fixture pages come in batches, each written blind by someone who had not read the rules.
 * A batch stays its own eval column: once a batch's figures have steered work (a session read its
 * totals and changed rules), the next batch is the honest figure, so every batch is shown apart.
 * Pages are numbered 3NN; a batch is the pages from `first` up to the next batch's first number.
 */
export interface CheckBatch {
  first: number;
  /** Why this batch stands apart (shown nowhere; for the reader of this file). */
  note: string;
}

/** Label of batch `index` of `batches` (sorted by `first`), e.g. "323-330". */
function batchLabel(batches: readonly CheckBatch[], index: number): string {
  const first = batches[index]!.first;
  const next = batches[index + 1];
  return next ? `${first}-${next.first - 1}` : `${first}- (fresh)`;
}

/** The page number a fixture name starts with ("331_forum" -> 331), or NaN. */
export function pageNumber(page: string): number {
  const digits = /^(\d+)_/u.exec(page);
  return digits ? Number(digits[1]) : Number.NaN;
}

/** Columns of check pages by batch, newest last, each labelled with its page range. */
export function checkColumns<T>(batches: readonly CheckBatch[], items: readonly T[], pageOf: (item: T) => string): [string, T[]][] {
  return batches.map((batch, index) => {
    const next = batches[index + 1];
    const inBatch = items.filter((item) => {
      const n = pageNumber(pageOf(item));
      return n >= batch.first && (next === undefined || n < next.first);
    });
    return [`check: ${batchLabel(batches, index)}`, inBatch];
  });
}
