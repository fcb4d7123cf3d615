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

/** A number as a Dutch reader writes it (1.000.000; 0,8); English readers get 1,000,000 and 0.8. */
export function localNumber(n: number, lang: MessageLang): string {
  return n.toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-US', { maximumFractionDigits: 6 });
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
