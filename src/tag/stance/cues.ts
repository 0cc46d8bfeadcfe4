/**
 * The stance cue lists, validated and compiled on first use, so importing threadlens stays cheap
 * (compiling the regexes and their literal prefilters takes tens of milliseconds).
 */
import * as z from 'zod';
import { compileCues, cueList, type CueList } from '../../text/cues.js';
import parentData from './data/parent-cues.json' with { type: 'json' };
import targetData from './data/target-cues.json' with { type: 'json' };
import cardData from './data/name-cards.json' with { type: 'json' };

/** The parent cues, the target cues and the name-card rules, each file's own version. */
export const STANCE_CUES_VERSION = `${parentData.version}+${targetData.version}+${cardData.version}`;
/** Finding `source`s: the parent-stance cue file and the target-stance cue file, each with its version. */
export const PARENT_CUES_SOURCE = `stance-cues@${parentData.version}`;
export const TARGET_CUES_SOURCE = `stance-target-cues@${targetData.version}`;

/**
 * How a parent cue is read beyond its pattern (properties of its entry in parent-cues.json, which
 * the shared cue schema leaves aside): `parent: "article"` counts only under the article, `parent:
 * "comment"` only in a reply to a comment;
 * `judgement` judges the parent's thing ('overrated') and is dropped when negated, asked about or
 * the parent's own word; `openingSentenceOnly` lists match texts that count only in the opening sentence;
 * `statementOnly` counts only outside the comment's questions ('Isn't the deadline Friday?' asks);
 * `welcome` welcomes the news and is read with the sentence after it (sarcasm, a turn); `concession`
 * grants a point in order to argue ('True, but'): support inside it does not count; `answersWriter`
 * answers the person replied to ('Yes', 'Exactly', 'Nope', 'Actually'), so a deeper reply's use of
 * it is not read toward the thread's source; `notPraise` is dropped when its own words are praise
 * (AFINN sum above zero: 'Another superb read' is no weary 'Another consultation'); `notComplaint` is
 * dropped when the rest of its sentence is a complaint (AFINN sum below zero: 'Made these and they
 * were a disaster').
 */
export interface ParentCueReading {
  parent?: 'article' | 'comment';
  judgement?: boolean;
  openingSentenceOnly?: string[];
  statementOnly?: boolean;
  welcome?: boolean;
  concession?: boolean;
  answersWriter?: boolean;
  notPraise?: boolean;
  notComplaint?: boolean;
}

/** The shared cue schema's keys (src/text/cues.ts), checked there: with them known, a misspelt reading ('judgment') throws. */
const SHARED_KEYS = Object.fromEntries(['label', 'patterns', 'terms', 'weight', 'position', 'note', 'source', 'examples', 'counterExamples'].map((key) => [key, z.unknown().optional()]));

const ParentCueReadings = z.object({
  cues: z.array(
    z
      .object({
        id: z.string(),
        parent: z.enum(['article', 'comment']).optional(),
        judgement: z.boolean().optional(),
        openingSentenceOnly: z.array(z.string().min(1)).optional(),
        statementOnly: z.boolean().optional(),
        welcome: z.boolean().optional(),
        concession: z.boolean().optional(),
        answersWriter: z.boolean().optional(),
        notPraise: z.boolean().optional(),
        notComplaint: z.boolean().optional(),
        ...SHARED_KEYS,
      })
      .strict(),
  ),
});

const NO_READING: ParentCueReading = {};
let readings: Map<string, ParentCueReading> | undefined;

/** The reading of a parent cue by its id; a cue with none of the properties gets an empty one. */
export function parentCueReading(id: string): ParentCueReading {
  readings ??= new Map(
    ParentCueReadings.parse(parentData)
      .cues.filter((cue) => [cue.parent, cue.judgement, cue.openingSentenceOnly, cue.statementOnly, cue.welcome, cue.concession, cue.answersWriter, cue.notPraise, cue.notComplaint].some((v) => v !== undefined))
      .map(({ id: cueId, parent, judgement, openingSentenceOnly, statementOnly, welcome, concession, answersWriter, notPraise, notComplaint }) => [
        cueId,
        { parent, judgement, openingSentenceOnly: openingSentenceOnly?.map((text) => text.toLowerCase()), statementOnly, welcome, concession, answersWriter, notPraise, notComplaint },
      ]),
  );
  return readings.get(id) ?? NO_READING;
}

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
