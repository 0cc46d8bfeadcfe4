import type { GroupOptions } from '../groups/schema.js';

/** Options of the identity-attack and threat taggers. */
export interface IdentityOptions {
  /** Extra protected groups, or built-in ones to leave out. */
  groups?: GroupOptions;
}
