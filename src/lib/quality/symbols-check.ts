/**
 * Symbol warnings for npm run check: a symbol word the set does not know (a `symbol:` field, or a
 * choice like "overlay[reading]"), and the key words in a pupil's wording that will show without a
 * symbol. Warnings, never errors: a word without a symbol is still shown as a word.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { displayPath } from '../content/display-path.ts';
import { fieldLabel } from '../content/field-meta.ts';
import { pupilWording } from '../plan/pupil-words.ts';
import type { Problem } from '../content/problems.ts';
import type { SchoolContent } from '../content/school-content.ts';
import { symbolSet, type SymbolSet } from '../symbols/symbol-sets.ts';
import { NO_SYMBOL, splitSentences, tokenize } from '../symbols/symbols.ts';
import { readYamlSource } from '../content/yaml-source.ts';
import { isPlaceholder } from './placeholders.ts';

function unknownChoice(file: string, line: number | undefined, field: string, choice: string, set: SymbolSet): Problem {
  return {
    file,
    line,
    field,
    severity: 'warning',
    message: `The symbol "${choice}" is not in the ${set.name} symbols, so it is not shown.`,
    fix:
      set.id === 'openmoji'
        ? 'Use a word from the school word list (src/lib/symbols/lexicon.ts), like reading, calm or timer, or an OpenMoji name.'
        : 'Use a word from content/symbols/manifest.yaml, or add an image for it there.',
  };
}

/** Warnings about symbols across the whole school's content. */
export function checkSymbols(content: SchoolContent, set: SymbolSet = symbolSet(content.folder)): Problem[] {
  const problems: Problem[] = [];
  for (const strategy of content.strategies.values()) {
    if (strategy.symbol && !set.lookup(strategy.symbol)) {
      const file = path.join(content.folder, 'strategies', `${strategy.id}.md`);
      const source = readYamlSource(readFileSync(file, 'utf8'), 'frontmatter');
      problems.push(unknownChoice(displayPath(file), source.lineOf(['symbol']), '"Symbol"', strategy.symbol, set));
    }
  }
  content.pupils.forEach((pupil, pupilIndex) => {
    const file = path.join(content.folder, 'pupils', pupil.id, 'plan.mdx');
    const source = readYamlSource(readFileSync(file, 'utf8'), 'frontmatter');
    const shown = displayPath(file);
    pupil.plan.targets.forEach((target, index) => {
      const where = ['targets', index, 'symbol'];
      if (target.symbol && !set.lookup(target.symbol)) {
        problems.push(unknownChoice(shown, source.lineOf(where), fieldLabel(where), target.symbol, set));
      }
    });
    const without = new Set<string>();
    for (const { path: where, text } of pupilWording(content, pupilIndex)) {
      if (isPlaceholder(text)) continue;
      for (const sentence of splitSentences(text)) {
        for (const token of tokenize(sentence, set)) {
          if (token.chosen && token.chosen !== NO_SYMBOL && !token.symbol) {
            problems.push(unknownChoice(shown, source.lineOf(where), fieldLabel(where), token.chosen, set));
          } else if (token.reason === 'not in the word list') without.add(token.word);
        }
      }
    }
    if (without.size > 0) {
      const words = [...without].sort();
      problems.push({
        file: shown,
        field: 'Pupil wording',
        severity: 'warning',
        message: `${words.length} key word${words.length === 1 ? ' has' : 's have'} no symbol, so ${words.length === 1 ? 'it is shown as a word' : 'they are shown as words'} only: ${words.join(', ')}.`,
        fix: `Choose a symbol after the word in square brackets, like ${words[0]}[help], or none with ${words[0]}[-]; npm run check -- --symbols ${pupil.id} lists every word and its symbol.`,
      });
    }
  });
  return problems;
}
