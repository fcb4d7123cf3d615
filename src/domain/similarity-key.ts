/** The key of an ordered function pair in a similarity map (`Map<string, number>`): `${from}\u0000${to}`. */
export function similarityKey(from: string, to: string): string {
  return `${from}\u0000${to}`;
}
