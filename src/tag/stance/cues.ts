/** The stance cue lists, validated and compiled once at load. */
import { compileCues } from '../../text/cues.js';
import parentData from './data/parent-cues.json' with { type: 'json' };
import targetData from './data/target-cues.json' with { type: 'json' };
import cardData from './data/name-cards.json' with { type: 'json' };

const parent = compileCues(parentData, 'parent-cues.json');
const target = compileCues(targetData, 'target-cues.json');

/** The parent cues, the target cues and the name-card rules, each file's own version. */
export const STANCE_CUES_VERSION = `${parent.version}+${target.version}+${cardData.version}`;
/** Finding `source`s: the parent-stance cue file and the target-stance cue file, each with its version. */
export const PARENT_CUES_SOURCE = `stance-cues@${parent.version}`;
export const TARGET_CUES_SOURCE = `stance-target-cues@${target.version}`;
export const PARENT_CUES = parent.cues;
export const FRAME_CUES = target.cues.filter((cue) => cue.id.startsWith('frame-'));
export const WISH_CUES = target.cues.filter((cue) => cue.id.startsWith('wish-'));
export const IRONY_CUES = target.cues.filter((cue) => cue.id.startsWith('irony-'));
