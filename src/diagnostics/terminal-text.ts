/** C0 and C1 control characters (ESC, BEL, CR, backspace, CSI…) but none of tab and newline. */
export const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

/**
 * One escape or control sequence as a terminal reads it (ECMA-48), so that what is removed is the
 * sequence and nothing more:
 * - CSI, `ESC [` or C1 `\x9b`, with its parameter, intermediate and final bytes (`ESC [ 3 1 m`);
 * - a control string — OSC `ESC ]`, DCS `ESC P`, SOS `ESC X`, PM `ESC ^`, APC `ESC _` or their C1
 *   forms — only when it is terminated (BEL, `ESC \` or C1 ST) by printable text: the hyperlink
 *   `ESC ] 8 ; ; url BEL` goes whole;
 * - any other escape (`ESC ( B`), and the introducer of a control string that is never terminated:
 *   `ESC ]` is dropped and the text after it stays (a terminal would hide the rest of the line, so
 *   taking the string up to the end, as before, ate the rest of a message or a name);
 * - a lone ESC.
 */
const SEQUENCE = /\u001B\[[0-?]*[ -/]*[@-~]|\u009B[0-?]*[ -/]*[@-~]|(?:\u001B[\]PX^_]|[\u0090\u0098\u009D-\u009F])[^\u0000-\u001F\u007F-\u009F]*(?:\u0007|\u001B\\|\u009C)|\u001B[ -/]*[0-~]|\u001B/g;

/**
 * Invisible characters a terminal draws as nothing, or uses to reorder the line: every format
 * character (Unicode category Cf: the zero-width space and joiners, the soft hyphen, the left-to-right,
 * right-to-left and Arabic letter marks, the bidirectional embeddings, overrides and isolates —
 * "Trojan source", text after a U+202E reads reversed — the word joiner, the byte-order mark, the
 * interlinear annotation marks and the tag characters), the line and paragraph separators, the
 * combining grapheme joiner and the Hangul and Khmer fillers. A table counted each as a column and the
 * row slid out of line. Emoji joined by a zero-width joiner show as their parts.
 */
const INVISIBLE = /[\p{Cf}\u2028\u2029\u034F\u115F\u1160\u17B4\u17B5\u3164\uFFA0]/gu;

/** Text from the data, safe for a terminal: escape sequences, control and invisible format characters removed, line breaks and tabs as spaces. */
export function terminalText(text: string): string {
  return text.replace(SEQUENCE, '').replace(/[\r\n\t]+/g, ' ').replace(CONTROL, '').replace(INVISIBLE, '');
}

/** Like terminalText, but line breaks (LF) and tabs stay, for a format that escapes them itself (GitHub annotations: `%0A`). */
export function terminalLines(text: string): string {
  return text.replace(SEQUENCE, '').replace(/\r\n/g, '\n').replace(CONTROL, '').replace(INVISIBLE, '');
}

/**
 * The characters of `text` a terminal does not show (control and invisible format characters), as
 * code points ('U+200B'), each once: what makes 'F\u200B01' read as F01 in a message.
 */
export function hiddenCharacters(text: string): string[] {
  const found = text.match(new RegExp(`${CONTROL.source}|${INVISIBLE.source}`, 'gu')) ?? [];
  return [...new Set(found.map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`))];
}
