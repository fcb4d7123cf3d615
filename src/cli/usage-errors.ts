import type { MessageLang } from '../diagnostics/message.js';

/**
 * commander's usage errors in spp's voice: `spp: unknown option '--foo'` like every other message of
 * spp, and in Dutch under `--lang nl` (the default) — "onbekende optie". commander (14) writes them in
 * English as `error: …`; each form it has is matched here (the names and values in them stay as
 * typed), and one it adds later passes through with only the prefix changed.
 */

type Rule = [RegExp, (m: RegExpExecArray) => string];

const RULES: Record<MessageLang, Rule[]> = {
  nl: [
    [/^unknown option '(.*)'$/s, (m) => `onbekende optie '${m[1]}'`],
    [/^unknown command '(.*)'$/s, (m) => `onbekend commando '${m[1]}'`],
    [/^option '(.*)' argument missing$/s, (m) => `optie '${m[1]}' mist haar waarde`],
    [/^missing required argument '(.*)'$/s, (m) => `het argument '${m[1]}' ontbreekt`],
    [/^required option '(.*)' not specified$/s, (m) => `de optie '${m[1]}' is verplicht`],
    [
      /^too many arguments(?: for '(.*)')?\. Expected (\d+) arguments? but got (\d+)\.$/s,
      (m) => `te veel argumenten${m[1] !== undefined ? ` voor '${m[1]}'` : ''}: ${m[2]} verwacht, ${m[3]} gekregen`,
    ],
    [/^option '(.*)' argument '(.*)' is invalid\. Allowed choices are (.*)\.$/s, (m) => `ongeldige waarde '${m[2]}' voor optie '${m[1]}': kies uit ${m[3]}`],
    [/^option '(.*)' argument '(.*)' is invalid\. (.*)$/s, (m) => `ongeldige waarde '${m[2]}' voor optie '${m[1]}': ${m[3]}`],
    [/^command-argument value '(.*)' is invalid for argument '(.*)'\. (.*)$/s, (m) => `ongeldige waarde '${m[1]}' voor argument '${m[2]}': ${m[3]}`],
    [/^option '(.*)' cannot be used with option '(.*)'$/s, (m) => `optie '${m[1]}' gaat niet samen met optie '${m[2]}'`],
  ],
  en: [
    [/^option '(.*)' argument '(.*)' is invalid\. Allowed choices are (.*)\.$/s, (m) => `invalid value '${m[2]}' for option '${m[1]}': choose one of ${m[3]}`],
  ],
};

const SUGGESTION: Record<MessageLang, [RegExp, (m: RegExpExecArray) => string][]> = {
  nl: [
    [/^\(Did you mean one of (.*)\?\)$/s, (m) => `(Bedoelt u een van ${m[1]}?)`],
    [/^\(Did you mean (.*)\?\)$/s, (m) => `(Bedoelt u ${m[1]}?)`],
  ],
  en: [],
};

function apply(rules: Rule[], text: string): string {
  for (const [pattern, replace] of rules) {
    const m = pattern.exec(text);
    if (m !== null) return replace(m);
  }
  return text;
}

/** One of commander's error messages (`error: …`, perhaps a suggestion on the next line) as spp says it in `lang`. */
export function usageError(message: string, lang: MessageLang): string {
  const end = message.endsWith('\n') ? '\n' : '';
  const [first = '', ...rest] = (end === '' ? message : message.slice(0, -1)).split('\n');
  const text = apply(RULES[lang], first.replace(/^error: /, ''));
  const more = rest.map((line) => apply(SUGGESTION[lang], line));
  return `${[`spp: ${text}`, ...more].join('\n')}${end}`;
}
