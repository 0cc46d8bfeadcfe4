/** The threat tagger: one field, `threats` (rules "threats/<frame>"). */
import * as z from 'zod';
import { Threat } from '../../schema/tags.js';
import { defineTagger } from '../define.js';
import { compileGroups } from '../groups/index.js';
import { findThreats } from './index.js';

export const threatsTagger = defineTagger({
  id: 'threats',
  needs: [],
  fields: { threats: z.array(Threat) },
  compile: (options) => compileGroups(options.identity?.groups),
  run: ({ view }, groups) => ({ threats: findThreats(view, groups) }),
  columns: { threats: ({ threats }) => threats.length },
  longRows: ({ threats }) =>
    threats.map((threat) => ({
      kind: 'threat',
      label: threat.kind,
      term: threat.target.text,
      category: threat.category ?? '',
      detail: threat.obfuscated ? 'obfuscated' : '',
      rule: threat.rule,
      start: threat.start,
      end: threat.end,
      text: threat.text,
    })),
  summary: ({ threats }) => [['threats', threats.length]],
});
