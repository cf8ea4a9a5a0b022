/**
 * The grammar symbol-supported text needs: the little words that never get a symbol, the words that
 * turn the next word into its opposite, and the other forms of a word to look for in a word list.
 */

/** Little words that carry grammar, not meaning: shown as words, never with a symbol. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  `a an the and or nor but so if then than because as of to in on at by for from with without into onto
  up down out off over under about after before until while when where what which who whom whose why
  how that this these those there here it its it's i i'm i've i'll i'd me my mine we our us you your
  you're he him his she her they them their is am are was were be been being do does did doing done
  don't doesn't didn't can can't could will won't would shall should may might must have has had having
  not no yes too very just also only even still again all any some each every other others more most
  much many lot lots few bit thing things something anything nothing someone anyone nobody else way
  get gets got getting want wants let lets really rather especially exactly instead within around
  away sometimes never always often ever what's that's there's let's whole own same such quite ones
  one two three four five six seven eight nine ten twice half once mr mrs ms miss dr isn't aren't
  wasn't weren't haven't hasn't couldn't wouldn't shouldn't you'd you'll we're they're he's she's`.split(/\s+/),
);

/**
 * Words that deny what follows: "I'm not lazy", "I don't answer", "without warning". The word they
 * deny gets no symbol, because a symbol would say the opposite of the sentence.
 */
export const NEGATORS: ReadonlySet<string> = new Set(
  `not never no nobody without don't doesn't didn't can't cannot won't isn't aren't wasn't weren't
  haven't hasn't couldn't wouldn't shouldn't`.split(/\s+/),
);

/**
 * Little words a denial reaches past to the word it denies: "not being lazy", "not the loud dryer",
 * "not me being lazy", "nobody else notices". Any other little word takes the denial itself ("don't
 * want people to see" denies "want", not "people").
 */
export const NEGATION_PASSES: ReadonlySet<string> = new Set(
  `a an the be being been so too very really just quite me him her them us you my your his their else
  in on at`.split(/\s+/),
);

/** Words that carry a denial on to the next word: "not lazy or slow". */
export const NEGATION_JOINS: ReadonlySet<string> = new Set(['or', 'nor', 'and']);

/** Other forms of a word to try: "reading" → "read", "friends" → "friend", "tried" → "try". */
export function wordForms(word: string): string[] {
  const forms = [word];
  const add = (form: string) => form.length > 1 && !forms.includes(form) && forms.push(form);
  const base = word.replace(/'s$/, '');
  add(base);
  if (/ies$/.test(base)) add(base.replace(/ies$/, 'y'));
  if (/es$/.test(base)) add(base.slice(0, -2));
  if (/s$/.test(base) && !/ss$/.test(base)) add(base.slice(0, -1));
  for (const suffix of ['ing', 'ed', 'er', 'ly']) {
    if (!base.endsWith(suffix) || base.length < suffix.length + 2) continue;
    const stem = base.slice(0, -suffix.length);
    add(stem);
    add(`${stem}e`);
    if (/(.)\1$/.test(stem)) add(stem.slice(0, -1));
    if (suffix === 'ed' && stem.endsWith('i')) add(`${stem.slice(0, -1)}y`);
  }
  return forms;
}

/** Whether a word as written is one of the forms of a word in a list: "arguing" is "argue". */
export const isFormOf = (written: string, listed: string): boolean => written === listed || wordForms(written).includes(listed);
