import type { Status } from '../domain/workforce.js';
import type { Lang } from './labels.js';

/** A span of years for people: "2027–2035", or "2026" when it is one year (a one-year horizon). */
export function yearSpan(first: number, last: number): string {
  return first === last ? String(first) : `${first}–${last}`;
}

/**
 * The years something happens, runs of consecutive years as periods: "2027, 2035", "2028, 2032–2033".
 * A route used in 2027 and 2035 read "2027–2035", as if it moved people every year. The report,
 * spp plan and spp reskill name a route's years this way.
 */
export function yearRuns(years: readonly number[]): string {
  const runs: [number, number][] = [];
  for (const y of [...years].sort((a, b) => a - b)) {
    const last = runs.at(-1);
    if (last !== undefined && y === last[1] + 1) last[1] = y;
    else if (last === undefined || y !== last[1]) runs.push([y, y]);
  }
  return runs.map(([a, b]) => yearSpan(a, b)).join(', ');
}

/**
 * The words of the command outputs other than the report (terminal tables, xlsx sheets, excel-nl
 * CSV headers), in Dutch and English. The report's own texts are in directie/texts/.
 */
export interface Words {
  status: Record<Status, string>;
  yes: string;
  no: string;
  total: string;
  noFamily: string;
  function: string;
  functionId: string;
  name: string;
  family: string;
  statusCol: string;
  vulnerable: string;
  year: string;
  statusYear: string;
  rule: string;
  demandRatio: string;
  automatedShare: string;
  shift: string;
  fteAt: (year: number) => string;
  supply: string;
  demand: string;
  gap: string;
  supplyFte: string;
  supplyPersons: string;
  demandFte: string;
  gapFte: string;
  retiredFte: string;
  contractEndedFte: string;
  attritionFte: string;
  movedInFte: string;
  movedOutFte: string;
  /** Replacement and expansion demand since the start (SPEC §3.1). */
  replacementFte: string;
  expansionFte: string;
  /** Monte Carlo: the share of runs that end in the status shown. */
  statusProbability: string;
  /** Sheet names (≤ 31 characters). */
  sheets: {
    gap: string;
    supply: string;
    demand: string;
    retired: string;
    attrition: string;
    status: string;
    assumptions: string;
    pathways: string;
    perYear: string;
    hiring: string;
    surplus: string;
    businessCase: string;
    /** spp project --runs: the Monte Carlo bands (P10, P50, P90). */
    bands: string;
  };
  assumptions: { setting: string; value: string; source: string; defaultSource: string; commandLine: (flag: string) => string; modelNote: string; note: string; version: string; scenario: string; input: string; roles: Record<string, string>; file: string; sha256: string; seed: string; sheetNote: string };
  reskill: {
    from: string;
    fromName: string;
    to: string;
    toName: string;
    fte: string;
    hoursPerPerson: string;
    cost: string;
    firstYear: string;
    years: string;
    year: string;
    /** The reskill workbook's sheet of costs by the year paid. */
    costSheet: string;
    hiringFte: string;
    surplusFte: string;
    reskilledFte: string;
    redeployedFte: string;
    overstaffingFte: string;
    shortageFte: string;
    /** Under *Plan per jaar*: what its Totaal column adds up. */
    perYearNote: string;
    shortageCost: string;
    noPathwaysCost: string;
    /** In place of that cost when no plan without pathways meets the limits. */
    impossible: string;
    item: string;
    amount: string;
    reskillTotal: string;
    hireCost: string;
    surplusCost: string;
    totalCost: string;
    allHireCost: string;
    /** The plan against no plan, as a positive amount: cheaper by, or (when no plan is cheaper) dearer by. */
    saving: string;
    dearer: string;
    /** The plan against the plan without pathways, likewise. */
    savingNoPathways: string;
    dearerNoPathways: string;
    /** The plan costs the same as the alternative (to the euro): its amount, € 0, is the difference. */
    sameNoPlan: string;
    sameNoPathways: string;
  };
  /** The one-line legend under a status table. */
  legend: string;
}

export const WORDS: Record<Lang, Words> = {
  nl: {
    status: { disappearing: 'verdwijnend', changing: 'veranderend', emerging: 'opkomend', growing: 'groeiend', shrinking: 'krimpend', stable: 'stabiel' },
    yes: 'ja',
    no: 'nee',
    total: 'Totaal',
    noFamily: '(geen familie)',
    function: 'Functie',
    functionId: 'Functiecode',
    name: 'Functienaam',
    family: 'Functiefamilie',
    statusCol: 'Status',
    vulnerable: 'Kwetsbaar',
    year: 'Jaar',
    statusYear: 'Status vanaf',
    rule: 'Regel',
    demandRatio: 'Vraag eind / start',
    automatedShare: 'Geautomatiseerd',
    shift: 'Verschuiving',
    fteAt: (year) => `Fte ${year}`,
    supply: 'Bezetting',
    demand: 'Vraag',
    gap: 'Verschil',
    supplyFte: 'Bezetting (fte)',
    supplyPersons: 'Bezetting (personen)',
    demandFte: 'Vraag (fte)',
    gapFte: 'Verschil (fte)',
    retiredFte: 'Pensioen (fte)',
    contractEndedFte: 'Einde contract (fte)',
    attritionFte: 'Verloop (fte)',
    movedInFte: 'Ingestroomd (fte)',
    movedOutFte: 'Doorgestroomd (fte)',
    replacementFte: 'Vervangingsvraag (fte)',
    expansionFte: 'Uitbreidingsvraag (fte)',
    statusProbability: 'Kans op deze status',
    sheets: {
      gap: 'Verschil (fte)',
      supply: 'Bezetting (fte)',
      demand: 'Vraag (fte)',
      retired: 'Pensioen (fte)',
      attrition: 'Verloop (fte)',
      status: 'Status',
      assumptions: 'Aannames',
      pathways: 'Omscholingsroutes',
      perYear: 'Plan per jaar',
      hiring: 'Werving',
      surplus: 'Buiten geplaatst',
      businessCase: 'Kostenvergelijking',
      bands: 'Marge P10-P90',
    },
    assumptions: {
      setting: 'Instelling',
      value: 'Waarde',
      source: 'Bron',
      defaultSource: 'standaardwaarde',
      commandLine: (flag) => `opdrachtregel (${flag})`,
      modelNote: 'Aanname van het rekenmodel',
      note: 'Toelichting',
      version: 'spp-versie',
      scenario: 'Scenario',
      input: 'Invoer',
      // The input files by the names the report's stamp gives them (directie/texts/nl.ts roles), not the JSON's role keys.
      roles: {
        scenario: 'scenario',
        functions: 'functieprofielen',
        headcount: 'personeelsbestand',
        headcount_old: 'oud peilbestand',
        headcount_new: 'nieuw peilbestand',
        headcount_actual: 'werkelijk personeelsbestand',
        columns: 'kolomkoppeling',
        similarity: 'gelijkenis',
      },
      file: 'Bestand',
      sha256: 'SHA-256',
      seed: 'Seed',
      sheetNote: 'Verschil = bezetting − vraag, berekend vóór afronding: negatief is een tekort, positief een overschot. Bezetting zonder nieuwe werving.',
    },
    reskill: {
      from: 'Van',
      fromName: 'Van functie',
      to: 'Naar',
      toName: 'Naar functie',
      fte: 'Fte',
      hoursPerPerson: 'Uren per persoon',
      cost: 'Omscholingskosten',
      firstYear: 'Eerste jaar',
      years: 'Jaren',
      year: 'Jaar',
      costSheet: 'Kosten per jaar',
      hiringFte: 'Werving (fte)',
      surplusFte: 'Buiten geplaatst (fte)',
      reskilledFte: 'Omscholing (fte)',
      redeployedFte: 'Herplaatsing (fte)',
      overstaffingFte: 'Overbezetting (fte)',
      shortageFte: 'Onvervuld (fte)',
      perYearNote:
        'Een kolom is de 1 januari waarop de besluiten ingaan. Werving, omscholing, herplaatsing en buiten geplaatst zijn besluiten per jaar: hun totaal is de som. Overbezetting en onvervuld zijn de stand op 1 januari: het totaal telt die op tot fte-jaren.',
      item: 'Post',
      amount: 'Bedrag',
      reskillTotal: 'Omscholingskosten',
      hireCost: 'Wervingskosten',
      surplusCost: 'Kosten van plaatsing buiten, overbezetting en minder uren',
      shortageCost: 'Kosten van onvervulde vraag',
      totalCost: 'Totale kosten van het actieplan',
      noPathwaysCost: 'Alternatief zonder interne routes',
      impossible: 'geen plan binnen de grenzen',
      // Short enough that label and amount share a line at 80 columns.
      allHireCost: 'Alternatief zonder plan (werven en buiten plaatsen)',
      saving: 'Het actieplan is goedkoper dan geen plan met',
      dearer: 'Het actieplan is duurder dan geen plan met',
      savingNoPathways: 'Het actieplan is goedkoper dan zonder routes met',
      dearerNoPathways: 'Het actieplan is duurder dan zonder routes met',
      sameNoPlan: 'Het actieplan kost evenveel als geen plan, verschil',
      sameNoPathways: 'Het actieplan kost evenveel als zonder routes, verschil',
    },
    legend:
      'Status van het werk aan het eind: verdwijnend, veranderend, opkomend, groeiend, krimpend, stabiel; ! = kwetsbaar (verdwijnt, of krimpt terwijl veel werk wordt geautomatiseerd).',
  },
  en: {
    status: { disappearing: 'disappearing', changing: 'changing', emerging: 'emerging', growing: 'growing', shrinking: 'shrinking', stable: 'stable' },
    yes: 'yes',
    no: 'no',
    total: 'Total',
    noFamily: '(no family)',
    function: 'Function',
    functionId: 'Function id',
    name: 'Name',
    family: 'Family',
    statusCol: 'Status',
    vulnerable: 'Vulnerable',
    year: 'Year',
    statusYear: 'Status from',
    rule: 'Rule',
    demandRatio: 'Demand end / start',
    automatedShare: 'Automated',
    shift: 'Shift',
    fteAt: (year) => `FTE ${year}`,
    supply: 'Supply',
    demand: 'Demand',
    gap: 'Gap',
    supplyFte: 'Supply (FTE)',
    supplyPersons: 'Supply (persons)',
    demandFte: 'Demand (FTE)',
    gapFte: 'Gap (FTE)',
    retiredFte: 'Retired (FTE)',
    contractEndedFte: 'Contract ended (FTE)',
    attritionFte: 'Attrition (FTE)',
    movedInFte: 'Moved in (FTE)',
    movedOutFte: 'Moved out (FTE)',
    replacementFte: 'Replacement demand (FTE)',
    expansionFte: 'Expansion demand (FTE)',
    statusProbability: 'Probability of this status',
    sheets: {
      gap: 'Gap (FTE)',
      supply: 'Supply (FTE)',
      demand: 'Demand (FTE)',
      retired: 'Retired (FTE)',
      attrition: 'Attrition (FTE)',
      status: 'Status',
      assumptions: 'Assumptions',
      pathways: 'Reskilling pathways',
      perYear: 'Plan per year',
      hiring: 'Hiring',
      surplus: 'Placed outside',
      businessCase: 'Business case',
      bands: 'Range P10-P90',
    },
    assumptions: {
      setting: 'Setting',
      value: 'Value',
      source: 'Source',
      defaultSource: 'default',
      commandLine: (flag) => `command line (${flag})`,
      modelNote: 'Model assumption',
      note: 'Note',
      version: 'spp version',
      scenario: 'Scenario',
      input: 'Input',
      roles: {
        scenario: 'scenario',
        functions: 'function profiles',
        headcount: 'headcount',
        headcount_old: 'old snapshot',
        headcount_new: 'new snapshot',
        headcount_actual: 'actual headcount',
        columns: 'column map',
        similarity: 'similarity',
      },
      file: 'File',
      sha256: 'SHA-256',
      seed: 'Seed',
      sheetNote: 'Gap = supply − demand, computed before rounding: negative is a shortage, positive a surplus. Supply without new hiring.',
    },
    reskill: {
      from: 'From',
      fromName: 'From function',
      to: 'To',
      toName: 'To function',
      fte: 'FTE',
      hoursPerPerson: 'Hours per person',
      cost: 'Reskilling cost',
      firstYear: 'First year',
      years: 'Years',
      year: 'Year',
      costSheet: 'Cost per year',
      hiringFte: 'Hiring (FTE)',
      surplusFte: 'Placed outside (FTE)',
      reskilledFte: 'Reskilling (FTE)',
      redeployedFte: 'Redeployment (FTE)',
      overstaffingFte: 'Overstaffing (FTE)',
      shortageFte: 'Unmet (FTE)',
      perYearNote:
        'A column is the 1 January the decisions take effect. Hiring, reskilling, redeployment and placement outside are decisions per year: their total is the sum. Overstaffing and unmet demand are the state on 1 January: the total adds them up to FTE-years.',
      item: 'Item',
      amount: 'Amount',
      reskillTotal: 'Reskilling costs',
      hireCost: 'Hiring costs',
      surplusCost: 'Costs of placement outside, overstaffing and reduced hours',
      shortageCost: 'Costs of unmet demand',
      totalCost: 'Total costs of the action plan',
      noPathwaysCost: 'Alternative without internal pathways',
      impossible: 'no plan within the limits',
      allHireCost: 'Alternative without a plan (hire and place outside)',
      saving: 'The action plan is cheaper than no plan by',
      dearer: 'The action plan costs more than no plan by',
      savingNoPathways: 'The action plan is cheaper than without pathways by',
      dearerNoPathways: 'The action plan costs more than without pathways by',
      sameNoPlan: 'The action plan costs the same as no plan, difference',
      sameNoPathways: 'The action plan costs the same as without pathways, difference',
    },
    legend:
      'Status of the work at the end: disappearing, changing, emerging, growing, shrinking, stable; ! = vulnerable (disappears, or shrinks while much of its work is automated).',
  },
};
