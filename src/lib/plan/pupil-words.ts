/**
 * The pupil's words in a plan: every piece of pupil wording, with where it is (for the symbol
 * check and the tests), and "What helps me" as the pupil view and the poster list it — the pupil's
 * own items first, then each whole-day strategy that does not say the same thing again.
 */
import { audienceTexts, readIn } from '../content/audience-text.ts';
import type { SchoolContent } from '../content/school-content.ts';
import { withoutSymbolChoices } from '../symbols/symbols.ts';
import { FUNCTION_WORDS, wordForms } from '../symbols/words.ts';
import { resolveStrategy, withWording } from './plan-words.ts';
import type { Plan } from '../../schemas/index.ts';

export interface PupilWording {
  /** Where it is in the plan, as a path: ['targets', 0, 'pupil']. */
  path: (string | number)[];
  text: string;
}

/**
 * Every piece of pupil wording in a plan that the pupil view shows with symbols, with where it is
 * (audience-text.ts lists them). A bank strategy's pupil wording counts where the plan uses it.
 */
export function pupilWording(content: SchoolContent, pupilIndex: number): PupilWording[] {
  const { plan } = content.pupils[pupilIndex]!;
  const resolved = { ...plan, strategies: plan.strategies.map((use) => resolveStrategy(content, use)) };
  return readIn(audienceTexts('plan', resolved), 'pupil')
    .filter((text) => !text.field.noSymbols)
    .map(({ path, text }) => ({ path, text }));
}

/** The words that carry a text's meaning: "I get the reading before the lesson" → reading, lesson. */
const keyWords = (text: string) =>
  withoutSymbolChoices(text)
    .toLowerCase()
    .replace(/’/g, "'")
    .split(/[^a-z']+/)
    .filter((word) => word && !FUNCTION_WORDS.has(word));

/** Whether two texts say the same thing: the same key words, in any form ("Sitting…" and "I sit…"). */
export function saySameThing(a: string, b: string): boolean {
  const [first, second] = [keyWords(a), keyWords(b)];
  if (first.length === 0 || first.length !== second.length) return false;
  const sameWord = (x: string, y: string) => wordForms(x).some((form) => form.length > 2 && wordForms(y).includes(form));
  return first.every((word) => second.some((other) => sameWord(word, other)));
}

export interface HelpItem {
  text: string;
  /** A strategy's symbol word, shown on the poster beside it. */
  symbol?: string | undefined;
}

/** "What helps me": the pupil's own items, then each strategy in the pupil's words that is not a repeat. */
export function whatHelpsMe(content: SchoolContent, plan: Plan): HelpItem[] {
  const items: HelpItem[] = plan.aboutMe.helpsMe.map((text) => ({ text }));
  const strategies = withWording(
    plan.strategies.map((use) => resolveStrategy(content, use)),
    'pupil',
  );
  for (const strategy of strategies) {
    if (!items.some((item) => saySameThing(item.text, strategy.pupil))) items.push({ text: strategy.pupil, symbol: strategy.symbol });
  }
  return items;
}
