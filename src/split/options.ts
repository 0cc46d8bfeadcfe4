export interface SplitOptions {
  /** 'auto' (default) detects HTML; 'text' and 'html' force a path. */
  format?: 'auto' | 'text' | 'html';
  /** Stored as `source` on the result, e.g. the file path. */
  source?: string;
}
