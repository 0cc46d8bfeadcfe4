/**
 * Writes docs/conspiracy-cues.md: every conspiracy cue rule with its role, weight, terms, note and
 * source, generated from src/tag/conspiracy/data/*.json (validated on the way, so a bad file fails
 * the build). Run: npx tsx scripts/build/conspiracy-doc.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { CONSPIRACY_CUES_VERSION, CueFile, DEFAULT_CUE_FILES, loadDefaultCues } from '../../src/tag/conspiracy/cues.js';
import { FrameFile, DEFAULT_FRAME_FILE, loadDefaultFrames } from '../../src/tag/conspiracy/frames.js';
import { DEFAULT_THRESHOLD } from '../../src/tag/conspiracy/score.js';
import { CLAIM_MAX_WORDS } from '../../src/tag/conspiracy/spans.js';

const escape = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function renderConspiracyDoc(): string {
  loadDefaultCues(); // validates ids, fields and duplicates across all files
  loadDefaultFrames();
  const lines = [
    '# Conspiracy cues',
    '',
    `Generated from \`src/tag/conspiracy/data/*.json\` by \`scripts/build/conspiracy-doc.ts\`; do not edit by hand. Cue version ${CONSPIRACY_CUES_VERSION}.`,
    '',
    '## How a label is decided',
    '',
    `- Each rule (phrase cue or plot frame) that fires counts once, with its **weight**; the sum is the plot evidence. At ${DEFAULT_THRESHOLD} or more the text is \`conspiracy\`; \`score\` = evidence / (evidence + threshold), so 0.5 at the threshold.`,
    '- Rules with role `critical` are opposition cues: they never add plot evidence and produce no marker. A text is `critical` when plot evidence is ≥ 0.5 (or plot + opposition ≥ 0.75) from at least two cues, or opposition ≥ 1, or opposition ≥ 0.25 with an agent or facilitator named.',
    '- Otherwise the label is `none`, and no markers are returned.',
    '- Overlapping phrase matches: the longest wins, so each character carries at most one marker. A frame counts as evidence even when phrases lie inside it, but its marker only fills characters no phrase marker took. The marker `rule` is `conspiracy/<id>` and its `source` `conspiracy-cues@' + CONSPIRACY_CUES_VERSION + '` (`custom-conspiracy-cues@unversioned` for cues and frames a caller adds).',
    `- Markers of the claim roles (objective, negative-effect) widen to the clause that states the claim: up to ${CLAIM_MAX_WORDS} words each way, never across punctuation or into another marker, without a joining word (and, of, the...) at either edge.`,
    '',
    '## Term syntax',
    '',
    'Words are matched as whole word tokens, case-insensitively unless `caseSensitive`. `(a|b)` gives alternatives (an empty one makes the group optional), `word*` matches a prefix, `_` any one word. Multi-word terms are also matched joined, as in a hashtag (`#GreatReset`). Contractions match however they were tokenised (`don\'t`, `don \'t`, `do n\'t`). `patterns` are regular expressions over the raw text.',
    '',
  ];
  const frames = FrameFile.parse(DEFAULT_FRAME_FILE);
  lines.push(
    `## ${frames.file}`,
    '',
    frames.description,
    '',
    'A frame fires when a word of each slot occurs in order inside one sentence (. ! ? ; … | or a line break ends one), each within `window` words of the previous slot; `anyOrder` two-slot frames also match reversed. Slot words are single words; `*` makes a prefix.',
    '',
    '| id | role | weight | window | slots | note | source |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  );
  for (const frame of frames.frames) {
    const slots = frame.slots.map((slot, i) => `**${i + 1}:** ${slot.join(', ')}`).join('<br>');
    lines.push(`| \`${frame.id}\` | ${frame.role} | ${frame.weight} | ${frame.window}${frame.anyOrder ? ' (any order)' : ''} | ${escape(slots)} | ${escape(frame.note)} | ${escape(frame.source)} |`);
  }
  lines.push('');
  for (const raw of DEFAULT_CUE_FILES) {
    const file = CueFile.parse(raw);
    lines.push(`## ${file.file}`, '', file.description, '', '| id | role | weight | terms / patterns | note | source |', '| --- | --- | --- | --- | --- | --- |');
    for (const cue of file.cues) {
      const terms = [...(cue.terms ?? []), ...(cue.patterns ?? []).map((p) => `regex \`${p}\``)];
      const shown = terms.map((t) => (t.startsWith('regex') ? t : `\`${t}\``)).join(', ');
      lines.push(`| \`${cue.id}\` | ${cue.role} | ${cue.weight} | ${escape(shown)}${cue.caseSensitive ? ' (case-sensitive)' : ''} | ${escape(cue.note)} | ${escape(cue.source)} |`);
    }
    lines.push('');
  }
  return `${lines.join('\n')}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = new URL('../../docs/conspiracy-cues.md', import.meta.url);
  mkdirSync(new URL('./', out), { recursive: true });
  writeFileSync(out, renderConspiracyDoc());
  process.stdout.write(`wrote ${out.pathname}\n`);
}
