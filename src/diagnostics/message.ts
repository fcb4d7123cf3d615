import { textNumber } from '../domain/round.js';

/** The languages spp speaks to its users (`--lang nl|en`, default nl). */
export type MessageLang = 'nl' | 'en';

/**
 * A text for the user in both languages spp speaks, written side by side where the problem is found.
 * Both are required, so a forgotten Dutch (or English) text does not compile; the formatter picks one.
 */
export interface Message {
  readonly en: string;
  readonly nl: string;
}

/**
 * A hint a message ends with (`; zo'n getal is hoe Excel een datum opslaat …`), with its gist in a few
 * words (`een Excel-datumgetal in plaats van een datum`): a later row with the same error in the same
 * column says the gist and the line where the hint stands in full (README, "Diagnostics"). Without a
 * hint both texts are empty and there is no gist.
 */
export interface Hint extends Message {
  readonly gist?: Message;
}

/**
 * A number of spp's own in a message, as a Dutch reader writes it (0,8; 1.000.000; a year or another
 * four-digit number without a point: 2200); English readers get 0.8, 1,000,000 and 2200. Values quoted
 * from the user's files stay as written.
 */
export function localNumber(n: number, lang: MessageLang): string {
  return textNumber(n, lang);
}

/** The language asked for on the command line (`--lang nl|en`, the last one counts), else nl. */
export function langOfArgv(argv: readonly string[]): MessageLang {
  let lang: MessageLang = 'nl';
  argv.forEach((arg, i) => {
    const value = arg === '--lang' ? argv[i + 1] : arg.startsWith('--lang=') ? arg.slice('--lang='.length) : undefined;
    if (value === 'nl' || value === 'en') lang = value;
  });
  return lang;
}
