/**
 * Word senses: what a word that means more than one thing means in the phrase around it, as the
 * word whose symbol shows that sense, or null for no symbol. "Tea" in "after tea" is a meal, not a
 * cup; "key" in "key words" means important, so it gets no key; "long" in "a long time" is no ruler.
 * A word that is not here means itself, and the symbol set looks it up as it is.
 *
 * Each phrase is written word for word and also matches other forms of its words ("arguing a point"
 * matches "argue a point"). The first sense whose phrase fits wins; a sense with no phrases is the
 * word's usual sense. A word with no usual sense gets no symbol outside its phrases: a missing symbol
 * says less than a wrong one.
 */
import { isFormOf } from './words.ts';

export interface Sense {
  /** The phrases in which the word has this sense. Left out: the word's usual sense. */
  in?: readonly string[];
  /** The word whose symbol shows this sense, or null for no symbol. */
  means: string | null;
}

/** No symbol in any phrase: the word is too vague to draw ("make", "need", "keep"). */
const NONE: readonly Sense[] = [{ means: null }];

export const SENSES: Readonly<Record<string, readonly Sense[]>> = {
  // Time and how long
  time: [
    { in: ['a long time', 'more time', 'extra time', 'time to think', 'time to finish'], means: 'wait' },
    {
      in: ['break time', 'carpet time', 'tutor time', 'circle time', 'story time', 'play time', 'lunch time', 'at a time', 'first time'],
      means: null,
    },
    { means: 'clock' },
  ],
  times: [{ in: ['times tables', 'times table'], means: 'multiply' }, { in: ['past times', 'the times'], means: 'clock' }, { means: null }],
  long: [{ in: ['long hair'], means: 'long' }, { means: null }],
  short: NONE,
  now: [{ in: ['now and next', 'now next'], means: 'now' }, { means: null }],
  // Meals and drinks
  tea: [
    { in: ['after tea', 'for tea', 'at tea', 'cook tea', 'cooking tea', 'tea time', 'teatime', 'before tea'], means: 'dinner' },
    { means: 'tea' },
  ],
  // Words that mean "important" or "difficult", not the thing
  key: [
    { in: ['key word', 'key adult', 'key worker', 'key stage', 'key skill', 'key point', 'key person', 'key fact'], means: null },
    { means: 'key' },
  ],
  keys: [{ in: ['home keys', 'the keys', 'keys on', 'keyboard keys'], means: 'keyboard' }, { means: 'key' }],
  hard: [
    {
      in: ['work hard', 'works hard', 'worked hard', 'working hard', 'work really hard', 'hard worker', 'hard working', 'try hard'],
      means: 'try',
    },
    {
      in: [
        'hard part',
        'is hard',
        'are hard',
        'be hard',
        'hard for',
        'hard to',
        'hard days',
        'hard day',
        'hard mornings',
        'hard morning',
        'hard times',
      ],
      means: 'difficult',
    },
    { means: null },
  ],
  best: [{ in: ['best friend', 'learn best', 'works best', 'work best', 'best for'], means: null }, { means: 'best' }],
  // Saying and arguing
  argue: [{ in: ['argue a point', 'argue well', 'argue them', 'argue my point', 'argue my case'], means: 'speak' }, { means: 'argue' }],
  point: [
    { in: ['argue a point', 'make a point', 'my point', 'a good point', 'key point'], means: 'idea' },
    { in: ['point to', 'point at'], means: 'point' },
    { in: ['point of'], means: null },
    { means: 'point' },
  ],
  call: [
    { in: ['call out', 'calling out', 'called out'], means: 'shout' },
    { in: ['call me', 'phone call'], means: 'call' },
    { means: null },
  ],
  // Tasks, work and jobs: a job is a task to tick off, not a toolbox
  job: [{ means: 'task' }],
  jobs: [{ means: 'task' }],
  work: [
    { in: ['work hard', 'works hard', 'work really hard', 'hard work', 'hard worker'], means: 'try' },
    { in: ['card works', 'signal works', 'it works', 'that works', 'works for me'], means: 'good' },
    { in: ['work with', 'works with', 'working with', 'work together'], means: 'together' },
    { means: 'schoolwork' },
  ],
  worker: [{ in: ['health worker', 'support worker'], means: 'doctor' }, { means: null }],
  tool: [{ in: ['calm tool'], means: null }, { means: 'tools' }],
  tools: [{ in: ['calm tools'], means: null }, { means: 'tools' }],
  // Breaks: playtime at school, or a pause in a lesson
  break: [
    { in: ['break time', 'at break', 'breaktime', 'morning break', 'after break', 'before break'], means: 'playtime' },
    {
      in: ['a break', 'short break', 'movement break', 'sensory break', 'brain break', 'need a break', 'quiet break', 'calm break'],
      means: 'pause',
    },
    { means: 'pause' },
  ],
  rest: [{ in: ['the rest', 'rest of'], means: null }, { means: 'pause' }],
  // Places and things with a second meaning
  board: [{ in: ['board game', 'board games'], means: 'game' }, { means: 'board' }],
  keyboard: [
    { in: ['play keyboard', 'playing keyboard', 'play the keyboard', 'playing the keyboard', 'keyboard lessons'], means: 'piano' },
    { means: 'keyboard' },
  ],
  model: [{ in: ['model railway', 'model train', 'model trains'], means: 'train' }, { means: null }],
  frame: [{ in: ['photo frame', 'picture frame'], means: 'picture' }, { means: 'page' }],
  reader: [{ in: ['the reader', 'computer reader', 'exam reader', 'reader pen', 'my reader'], means: 'speaker' }, { means: 'read' }],
  light: [{ in: ['light the', 'lighting the', 'light a'], means: 'fire' }, { means: 'light' }],
  busy: [
    { in: ['busy place', 'busy places', 'gets busy', 'busy corridor', 'busy corridors', 'busy room', 'busy hall'], means: 'crowd' },
    { means: 'busy' },
  ],
  loud: [{ in: ['out loud'], means: 'aloud' }, { means: 'loud' }],
  back: [{ in: ['my back', 'your back', 'his back', 'her back'], means: null }, { means: 'back' }],
  front: NONE,
  open: NONE,
  row: [{ in: ['middle row', 'top row', 'bottom row', 'home row'], means: 'keyboard' }, { means: null }],
  turn: [{ in: ['my turn', 'your turn', 'take turns', 'taking turns', 'wait for my turn'], means: 'turn' }, { means: null }],
  // Going, coming and playing
  go: [
    {
      in: ['keep going', 'going up', 'go quiet', 'goes quiet', 'go blank', 'goes blank', 'going to', 'going well', 'go well', 'go wrong'],
      means: null,
    },
    { means: 'go' },
  ],
  come: [{ in: ['comes out', 'come out', 'came out', "what's coming", 'coming up'], means: null }, { means: 'come' }],
  play: [
    {
      in: [
        'play keyboard',
        'play the keyboard',
        'play piano',
        'play the piano',
        'play guitar',
        'play the guitar',
        'play the drums',
        'play music',
      ],
      means: 'music',
    },
    { means: 'play' },
  ],
  tables: [{ in: ['times tables', 'times table'], means: null }, { means: 'table' }],
  // Feelings and likes
  like: [
    { in: ['i like', "i'd like", 'would like', 'really like', 'i really like', 'they like', 'we like', 'you like'], means: 'like' },
    { means: null },
  ],
  kind: [{ in: ['kind of', 'what kind'], means: null }, { means: 'kind' }],
  well: [{ in: ['as well'], means: null }, { means: 'good' }],
  treated: NONE,
  little: [{ in: ['little brother', 'little sister'], means: null }, { means: 'small' }],
  // Words too vague to draw
  make: NONE,
  makes: NONE,
  need: NONE,
  needs: NONE,
  keep: NONE,
  keeps: NONE,
  stay: NONE,
  happen: NONE,
  happens: NONE,
  happening: NONE,
  mean: NONE,
  means: NONE,
  access: NONE,
  present: NONE,
  lead: NONE,
  real: NONE,
  spot: NONE,
  booked: NONE,
  nearly: NONE,
  treat: [{ in: ['a treat', 'my treat'], means: 'treat' }, { means: null }],
};

/** The words of a phrase, lower case. */
const wordsOf = (phrase: string) => phrase.toLowerCase().split(/\s+/).filter(Boolean);

/**
 * What the word at `index` of a sentence's words means there: a sense's word, null for none, or
 * undefined when the word (under `headword`, the form the list knows) has only its own meaning.
 */
export function senseOf(words: readonly string[], index: number, headword: string): { means: string | null; phrase?: string } | undefined {
  const senses = SENSES[headword];
  if (!senses) return undefined;
  for (const sense of senses) {
    if (!sense.in) return { means: sense.means };
    for (const phrase of sense.in) {
      const parts = wordsOf(phrase);
      for (let at = 0; at < parts.length; at++) {
        if (!isFormOf(words[index]!, parts[at]!) && parts[at] !== headword) continue;
        const start = index - at;
        if (start < 0 || start + parts.length > words.length) continue;
        if (parts.every((part, offset) => isFormOf(words[start + offset]!, part))) return { means: sense.means, phrase };
      }
    }
  }
  return { means: null };
}
