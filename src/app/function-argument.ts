import { didYouMean, UserError } from '../diagnostics/diagnostic.js';
import type { Message } from '../diagnostics/message.js';

/** What a function argument is checked against: the code and the name of each function. */
interface NamedFunction {
  id: string;
  name: string;
}

/** Lower case, white space runs as one space, trimmed: how a name typed or copied from a table compares. */
function loose(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * The function code a command-line argument (`spp explain F`, `spp pathways F`) names: the code as
 * typed, or with the white space around it dropped (functions.csv's codes are read trimmed, so none has
 * any; a code copied from a table often brings a space along). Otherwise a usage error (exit 2) that
 * names the nearest code, or the code of the one function whose name — or whose code and name, as the
 * tables show a function — was typed, or else says where the codes are listed.
 */
export function knownFunctionId(typed: string, functions: readonly NamedFunction[]): string {
  const ids = functions.map((f) => f.id);
  if (ids.includes(typed)) return typed;
  const trimmed = typed.trim();
  if (trimmed !== typed && ids.includes(trimmed)) return trimmed;
  throw new UserError(unknownFunction(typed, functions), 2);
}

function unknownFunction(typed: string, functions: readonly NamedFunction[]): Message {
  const head = { en: `unknown function '${typed}'.`, nl: `onbekende functie '${typed}'.` };
  const wanted = loose(typed);
  const named = wanted === '' ? [] : functions.filter((f) => loose(f.name) === wanted || loose(`${f.id} ${f.name}`) === wanted);
  if (named.length === 1) {
    const id = named[0]!.id;
    const name = named[0]!.name.replace(/\s+/g, ' ');
    return { en: `${head.en} Did you mean '${id}' (${name})? Give the function's code.`, nl: `${head.nl} Bedoelt u '${id}' (${name})? Geef de code van de functie.` };
  }
  const near = didYouMean(typed.trim(), functions.map((f) => f.id));
  if (near.en !== '') return { en: head.en + near.en, nl: head.nl + near.nl };
  return { en: `${head.en} spp project lists the functions with their codes.`, nl: `${head.nl} spp project toont de functies met hun code.` };
}
