/**
 * Review fixes of the sixteenth session's text-splitter merges (issue 14), on invented lines: a
 * bracketed credit closes a caption only as a credit ("(File)", "(Archivo / Site)"), not a sentence
 * ending in "(file attached)"; a Stack-Exchange user card (reputation and badges) is no comment.
 */
import { describe, expect, it } from 'vitest';
import { matchBoilerplate } from '../src/split/text/boilerplate.js';

describe('a bracketed credit closing a caption', () => {
  const captions = [
    'The new ferry at the pier on its first winter crossing (File)',
    'Los vecinos frente al ayuntamiento durante la protesta (Archivo / El Diario)',
    'Die neue Fähre im Hafen von Kiel (Foto: Hafenamt)',
    'Residents at the harbour meeting on Monday (file: Harbour Trust)',
  ];
  it.each(captions)('%s is a caption', (line) => {
    expect(matchBoilerplate(line)?.kind).toBe('caption');
  });
  const sentences = [
    'I sent the council the whole complaint last week and they never answered (file attached)',
    'The operator has put the winter timetable on its website as a spreadsheet (file size 2 MB)',
    'Great read, the old piece is still online for anyone curious (archived version here)',
  ];
  it.each(sentences)('%s is no caption', (line) => {
    expect(matchBoilerplate(line)?.kind).not.toBe('caption');
  });
});
