/** The identity-attack tagger: one field, `identityAttacks` (rules "identityAttacks/<frame>"). */
import * as z from 'zod';
import { IdentityAttack } from '../../schema/tags.js';
import { defineTagger } from '../define.js';
import { compileGroups } from '../groups/index.js';
import { findIdentityAttacks } from './index.js';

export const identityAttacksTagger = defineTagger({
  id: 'identity-attacks',
  needs: [],
  fields: { identityAttacks: z.array(IdentityAttack) },
  compile: (options) => compileGroups(options.identity?.groups),
  run: ({ view }, groups) => ({ identityAttacks: findIdentityAttacks(view, groups) }),
  columns: { identity_attacks: ({ identityAttacks }) => identityAttacks.length },
  longRows: ({ identityAttacks }) =>
    identityAttacks.map((attack) => ({
      kind: 'identity-attack',
      label: attack.kind,
      term: attack.group,
      category: attack.category,
      detail: attack.obfuscated ? 'obfuscated' : '',
      rule: attack.rule,
      start: attack.start,
      end: attack.end,
      text: attack.text,
    })),
  summary: ({ identityAttacks }) => [['identity attacks', identityAttacks.length]],
});
