/**
 * Windows-1252 → text. Node's TextDecoder('windows-1252') decodes as ISO-8859-1 (nodejs/node#56542):
 * it turns 0x80 into U+0080 instead of €. So bytes are read as latin1 and the 0x80–0x9F range,
 * where the two differ, is mapped with the WHATWG table.
 */
const HIGH: readonly number[] = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d, 0x017d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
];

/** Decodes Windows-1252 bytes to a string (single-byte: no state between chunks). */
export function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  return latin1.replace(/[\x80-\x9f]/g, (ch) => String.fromCharCode(HIGH[ch.charCodeAt(0) - 0x80]!));
}
