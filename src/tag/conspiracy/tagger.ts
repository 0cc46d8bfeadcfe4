/** The conspiracy tagger: one field, `conspiracy`, a label with narrative-role markers. */
import { Conspiracy } from '../../schema/tags.js';
import { defineTagger } from '../define.js';
import { compileConspiracy } from './compile.js';
import { findConspiracy } from './find.js';

export const conspiracyTagger = defineTagger({
  id: 'conspiracy',
  needs: [],
  fields: { conspiracy: Conspiracy },
  compile: (options) => compileConspiracy(options.conspiracy),
  run: ({ view }, sets) => ({ conspiracy: findConspiracy(view, sets) }),
  columns: {
    conspiracy: ({ conspiracy }) => conspiracy.label,
    conspiracy_score: ({ conspiracy }) => conspiracy.score,
    conspiracy_markers: ({ conspiracy }) => conspiracy.markers.length,
  },
  longRows: ({ conspiracy }) => [
    { kind: 'conspiracy', label: conspiracy.label, score: conspiracy.score },
    ...conspiracy.markers.map((marker) => ({ kind: 'conspiracy-marker', label: marker.role, rule: marker.rule, start: marker.start, end: marker.end, text: marker.text })),
  ],
  summary: ({ conspiracy }) => [
    ['conspiracy markers', conspiracy.markers.length],
    ['conspiracy comments', conspiracy.label === 'conspiracy' ? 1 : 0],
  ],
});
