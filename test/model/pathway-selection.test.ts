import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { evaluatePathwayVerdicts, evaluatePathways, pathwaysFrom, type PathwayFunction, type PathwaySelection } from '../../src/model/pathways.js';
import type { Pathway, PathwayVerdict } from '../../src/domain/pathway.js';
import { ScenarioSchema } from '../../src/domain/scenario-schema.js';

/**
 * The commands evaluate only the pathways they need (#13 item 10): a selection of pairs, without
 * reason texts for the plans. That must give exactly what evaluating every ordered pair and
 * filtering afterwards gives — this pins it on random small instances.
 */

const defaults = ScenarioSchema.parse({ id: 't', horizon: { start: 2026, end: 2030 } }).reskilling;
const IDS = ['A', 'B', 'C', 'D', 'E', 'F', 'G'];
const SKILLS = ['digital', 'data', 'law', 'communication'];

const fnArb = (id: string): fc.Arbitrary<PathwayFunction> =>
  fc.record({
    id: fc.constant(id),
    name: fc.constant(`Functie ${id}`),
    family: fc.constantFrom('X', 'Y', ''),
    level: fc.option(fc.integer({ min: 5, max: 12 }), { nil: null }),
    pay: fc.option(fc.integer({ min: 30_000, max: 80_000 }), { nil: null }),
    requirements: fc.dictionary(fc.constantFrom(...SKILLS), fc.integer({ min: 0, max: 5 })),
    vulnerable: fc.boolean(),
  });

const functionsArb = fc.subarray(IDS, { minLength: 2 }).chain((ids) => fc.tuple(...ids.map(fnArb)));

const rulesArb = fc.record({
  min_similarity: fc.constantFrom(0, 0.3, 0.6, 0.9),
  max_level_step: fc.integer({ min: 0, max: 3 }),
  min_pay_ratio: fc.constantFrom(0.5, 0.9, 1),
  closed: fc.subarray(IDS),
});

const selectionArb: fc.Arbitrary<PathwaySelection> = fc.record(
  {
    from: fc.subarray(IDS).map((a) => new Set(a)),
    to: fc.subarray(IDS).map((a) => new Set(a)),
    pairs: fc.array(fc.record({ from: fc.constantFrom(...IDS, 'Z'), to: fc.constantFrom(...IDS, 'Z') }), { maxLength: 5 }),
    keep: fc.constantFrom((p: PathwayVerdict) => p.viable, (p: PathwayVerdict) => p.safe && !p.closed),
  },
  { requiredKeys: [] },
);

function withoutReasons({ reasons: _reasons, ...verdict }: Pathway): PathwayVerdict {
  return verdict;
}

/** The full evaluation filtered afterwards: the reference the selection must match. */
function filtered(all: Pathway[], s: PathwaySelection): Pathway[] {
  const inSides = (p: Pathway) => (s.from === undefined || s.from.has(p.from)) && (s.to === undefined || s.to.has(p.to));
  const listed = (p: Pathway) => (s.pairs ?? []).some((q) => q.from === p.from && q.to === p.to);
  return all.filter((p) => (inSides(p) && (s.keep === undefined || s.keep(p))) || listed(p));
}

describe('pathway selection', () => {
  it('evaluating a selection equals evaluating every pair and filtering afterwards, reasons only where asked', () => {
    fc.assert(
      fc.property(functionsArb, rulesArb, selectionArb, (functions, r, selection) => {
        const rules = { ...defaults, ...r, closed_destinations: { functions: r.closed, families: ['Y'] } };
        const all = evaluatePathways(functions, rules);
        const expected = filtered(all, selection);
        expect(evaluatePathwayVerdicts(functions, rules, undefined, selection)).toEqual(expected.map(withoutReasons));
        const { keep: _keep, ...shown } = selection;
        expect(evaluatePathways(functions, rules, undefined, shown)).toEqual(filtered(all, shown));
      }),
      { seed: 1313, numRuns: 300 },
    );
  });

  it('spp pathways F: only the pairs from F give the same list, with the same reasons', () => {
    fc.assert(
      fc.property(functionsArb, rulesArb, (functions, r) => {
        const rules = { ...defaults, ...r };
        const id = functions[0]!.id;
        expect(pathwaysFrom(evaluatePathways(functions, rules, undefined, { from: new Set([id]) }), id)).toEqual(pathwaysFrom(evaluatePathways(functions, rules), id));
      }),
      { seed: 1314, numRuns: 100 },
    );
  });
});
