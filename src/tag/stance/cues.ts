/**
 * The stance cue lists, validated and compiled on first use, so importing threadlens stays cheap
 * (compiling the regexes and their literal prefilters takes tens of milliseconds).
 */
import { compileCues, cueList, type CueList } from '../../text/cues.js';
import parentData from './data/parent-cues.json' with { type: 'json' };
import targetData from './data/target-cues.json' with { type: 'json' };
import cardData from './data/name-cards.json' with { type: 'json' };

/** The parent cues, the target cues and the name-card rules, each file's own version. */
export const STANCE_CUES_VERSION = `${parentData.version}+${targetData.version}+${cardData.version}`;
/** Finding `source`s: the parent-stance cue file and the target-stance cue file, each with its version. */
export const PARENT_CUES_SOURCE = `stance-cues@${parentData.version}`;
export const TARGET_CUES_SOURCE = `stance-target-cues@${targetData.version}`;

interface StanceCues {
  parent: CueList;
  frames: CueList;
  wishes: CueList;
  irony: CueList;
}

let compiled: StanceCues | undefined;

export function stanceCues(): StanceCues {
  if (compiled) return compiled;
  const parent = compileCues(parentData, 'parent-cues.json');
  const target = compileCues(targetData, 'target-cues.json');
  const withPrefix = (prefix: string) => cueList(target.cues.filter((cue) => cue.id.startsWith(prefix)));
  compiled = {
    parent: cueList(parent.cues),
    frames: withPrefix('frame-'),
    wishes: withPrefix('wish-'),
    irony: withPrefix('irony-'),
  };
  return compiled;
}
