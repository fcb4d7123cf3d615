/** C0 and C1 control characters (ESC, BEL, CR, backspace, CSI…) but none of tab and newline. */
export const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

/** Text from the data, safe for a terminal: control and escape sequences removed, line breaks as spaces. */
export function terminalText(text: string): string {
  // An ESC-led sequence goes whole (ESC [ 31 m), so no printable remainder "[31m" is left behind.
  return text.replace(/\u001B(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001B]*(?:\u0007|\u001B\\)?|.)?/g, '').replace(/[\r\n\t]+/g, ' ').replace(CONTROL, '');
}
