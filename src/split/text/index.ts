// Minimal version; replaced by the full splitter in this same issue.
import type { PageAnalysis } from '../../schema/index.js';

export function splitText(text: string): PageAnalysis {
  return { schemaVersion: '', inputType: 'text', text, title: null, body: null, comments: [], boilerplate: [], warnings: [] };
}
