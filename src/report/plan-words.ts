import type { PlanCostsByKind } from '../domain/plan.js';
import type { Lang } from './labels.js';

/** The words of `spp plan` (table, md, xlsx), in Dutch and English. Sentences take formatted numbers. */
export interface PlanWords {
  title: (name: string, id: string, from: number, to: number) => string;
  objective: Record<'cost' | 'redundancy', string>;
  objectiveLabel: string;
  intro: string;
  /** The year table's column of those who left without a decision (natural outflow and newcomer loss). */
  left: string;
  year: string;
  fte: string;
  demand: string;
  hire: string;
  /** The year table's column of FTE moving over pathways: reskilling and redeployment together. */
  moves: string;
  movedIn: string;
  movedOut: string;
  outside: string;
  over: string;
  short: string;
  cost: string;
  function: string;
  from: string;
  to: string;
  years: string;
  pathwaysTitle: string;
  noPathway: string;
  noPathwayShort: string;
  /** Over the decision years: the start year's entry is the snapshot, without decisions (SPEC §3.3). */
  decisionsTitle: (first: number, last: number) => string;
  costTitle: string;
  /** The cost per year table: by the year the costs are paid (SPEC §3.3), not the year's row of 1 January. */
  costPerYearTitle: string;
  /** Under it: what "paid in" means. */
  costPerYearNote: string;
  /** Said when the whole euros shown do not add up to a shown total. */
  costRoundingNote: string;
  /** Its first column's header. */
  paidIn: string;
  /** Its short headers per kind (terminal and md). */
  kindsShort: Record<keyof PlanCostsByKind, string>;
  kinds: Record<keyof PlanCostsByKind, string>;
  planTotal: string;
  withoutPathways: string;
  /** In place of the cost of an alternative no plan meets the limits of (the plan needs its pathways). */
  impossible: string;
  noPlan: string;
  saves: (euros: string) => string;
  /** When the alternative is cheaper than the plan (it ignores the plan's limits or rules). */
  costsMore: (euros: string) => string;
  /** Beside an alternative that costs the same as the plan (to the euro). */
  sameCost: string;
  /** Demand left unmet by the plan and each alternative (FTE-years); `free`: unmet demand has no price in the comparison. */
  unmet: (plan: string, noPathways: string | null, noPlan: string, free: boolean) => string;
  alternativesNote: string;
  /** After "plan bespaart € x" when the plan leaves more demand unmet than that alternative (FTE-years). */
  unmetCaveat: (fte: string) => string;
  /** The same as a sentence of its own (spp reskill's business case), `alternative` named in words. */
  unmetCaveatSentence: (fte: string, alternative: 'noPlan' | 'noPathways') => string;
  /**
   * Under the year table when people work reduced hours: the FTE per year, so that the rows add up, and
   * the persons in words (report/reduced-hours-words.ts: whole, rounded up, "ongeveer").
   */
  reducedHours: (years: string, persons: string) => string;
  shortfallTitle: string;
  shortfallLine: (fte: string, cause: string) => string;
  moreFunctions: (n: number) => string;
  bindingTitle: string;
  moreBinding: (n: number) => string;
  note: string;
  notesTitle: string;
  /** xlsx */
  sheets: {
    perYear: string;
    hire: string;
    movedIn: string;
    movedOut: string;
    outside: string;
    over: string;
    short: string;
    routes: string;
    costs: string;
    shortfalls: string;
    binding: string;
  };
  quantity: string;
  supplyFte: string;
  /** Plan per jaar: natural outflow and newcomer loss, so each column adds up from the one before. */
  leftFte: string;
  demandFte: string;
  /** xlsx: the FTE people on reduced hours give up, and the persons as whole people (rounded up per function). */
  reducedHoursFte: string;
  reducedHoursPersons: string;
  hoursPerPerson: string;
  retention: string;
  explicit: string;
  costsRow: string;
  savingVsPlan: string;
  limit: string;
  perUnitShortage: string;
  perUnitSaving: string;
  description: string;
  shortFte: string;
  cause: string;
  /** Under the Kosten sheet; `discount`: the rate ("3%") and start year when costs are discounted, else null. */
  costSheetNote: (discount: { rate: string; year: number } | null) => string;
  /** excel-nl CSV: the headers of the spp.plan/1 keys per function and year. */
  csv: Record<'function' | 'name' | 'year' | 'fte' | 'demand_fte' | 'hired_fte' | 'moved_in_fte' | 'moved_out_fte' | 'redundant_fte' | 'reduced_hours_persons' | 'overstaffing_fte' | 'shortage_fte' | 'newcomer_loss_fte' | 'natural_outflow_fte' | 'natural_moved_in_fte' | 'natural_moved_out_fte', string>;
  noShortfall: string;
  noBinding: string;
}

export const PLAN_WORDS: Record<Lang, PlanWords> = {
  nl: {
    title: (name, id, from, to) => `Actieplan: ${name} (${id}), ${from}–${to}`,
    objective: {
      cost: 'eerst zo weinig mogelijk onvervulde vraag, dan de laagste kosten',
      redundancy: 'eerst zo weinig mogelijk onvervulde vraag, dan zo weinig mogelijk mensen buiten geplaatst, dan de laagste kosten',
    },
    objectiveLabel: 'Doel',
    intro:
      'Een jaarregel is de stand op 1 januari met de besluiten die die dag ingaan (genomen in het jaar ervoor). Vertrek = wie in het jaar ervoor vertrok zonder besluit (pensioen, verloop, einde contract) of als nieuwkomer of overstapper het eerste jaar niet bleef; zo is Fte = Fte van het jaar ervoor + Werven − Vertrek − Buiten. Routes = fte die via een route naar een andere functie overstappen (omscholing en herplaatsing); Buiten = buiten de organisatie geplaatst (van-werk-naar-werk-traject); Boven = overbezetting (boven de formatie in dienst, in de eigen functie; geen boventalligverklaring); Onvervuld = vraag die het plan niet vervult. De kosten staan per jaar waarin ze betaald worden onder Kosten per jaar.',
    year: 'Jaar',
    fte: 'Fte',
    demand: 'Vraag',
    hire: 'Werven',
    left: 'Vertrek',
    moves: 'Routes',
    movedIn: 'In',
    movedOut: 'Uit',
    outside: 'Buiten',
    over: 'Boven',
    short: 'Onvervuld',
    cost: 'Kosten',
    function: 'Functie',
    from: 'Van',
    to: 'Naar',
    years: 'Jaren',
    pathwaysTitle: 'Omscholing en herplaatsing (routes)',
    noPathway:
      'Geen route wordt gebruikt: werven en plaatsing zijn goedkoper, of er is geen haalbare, wenselijke en veilige route (spp pathways F laat zien waarom).',
    noPathwayShort: 'Geen route wordt gebruikt.',
    decisionsTitle: (first, last) => `Besluiten per functie, ${first === last ? first : `${first}–${last}`} (fte; Boven/Onvervuld: fte-jaren)`,
    costTitle: 'Kosten en businesscase',
    costPerYearTitle: 'Kosten per jaar (betaald in)',
    costPerYearNote:
      'Een besluit wordt betaald in het jaar waarin het genomen wordt, het jaar vóór de 1 januari waarop het ingaat; overbezetting, minder uren en onvervulde vraag in hun eigen jaar.',
    costRoundingNote: 'Elk bedrag is op hele euro’s afgerond, een totaal uit de onafgeronde bedragen: een rij of kolom kan daardoor een paar euro van haar totaal afwijken (afrondingsverschil).',
    paidIn: 'Betaald in',
    kindsShort: { hiring: 'Werven', reskilling: 'Routes', redundancy: 'Buiten', overstaffing: 'Boven', reduced_hours: 'Min.uren', shortage: 'Onvervuld' },
    kinds: {
      hiring: 'Wervingskosten',
      reskilling: 'Omscholingskosten',
      redundancy: 'Plaatsing buiten',
      overstaffing: 'Overbezetting',
      reduced_hours: 'Minder uren',
      shortage: 'Onvervulde vraag',
    },
    planTotal: 'Totaal plan',
    withoutPathways: 'Zonder routes',
    impossible: 'geen plan binnen de grenzen',
    noPlan: 'Geen plan',
    saves: (euros) => `plan bespaart ${euros}`,
    costsMore: (euros) => `plan kost ${euros} meer`,
    sameCost: 'plan kost evenveel',
    unmet: (plan, noPathways, noPlan, free) =>
      `Onvervulde vraag over de horizon: plan ${plan} fte-jaar${noPathways === null ? '' : `, zonder routes ${noPathways}`}, geen plan ${noPlan}.` +
      (free ? ' Onvervulde vraag kost in deze vergelijking niets: een regel die meer vraag onvervuld laat, is daardoor goedkoper zonder beter te zijn.' : ''),
    reducedHours: (years, persons) =>
      `Minder uren (vrijwillig; fte die mensen minder werken): ${years}; dat zijn ${persons} (naar boven afgerond op hele personen). In die jaren is Fte − minder uren − Boven + Onvervuld = Vraag.`,
    unmetCaveat: (fte) => `maar laat ${fte} fte-jaar meer vraag onvervuld`,
    unmetCaveatSentence: (fte, alternative) =>
      `Maar het actieplan laat ${fte} fte-jaar meer vraag onvervuld dan ${alternative === 'noPlan' ? 'geen plan (werven zonder grenzen)' : 'het plan zonder routes'}.`,
    alternativesNote:
      'Geen plan: elk jaar elk tekort werven en elk overschot buiten plaatsen, zonder grenzen. Zonder routes: hetzelfde plan zonder omscholing of herplaatsing.',
    shortfallTitle: 'Vraag die niet vervuld kan worden (fte onvervuld per jaar; --format json geeft elk jaar)',
    shortfallLine: (fte, cause) => `${fte} fte; ${cause}`,
    moreFunctions: (n) => `… en nog ${n} ${n === 1 ? 'functie' : 'functies'}`,
    bindingTitle: 'Wat het plan begrenst',
    moreBinding: (n) => `… en nog ${n} (zie --format json)`,
    note: 'Noot',
    notesTitle: 'Noten',
    sheets: {
      perYear: 'Plan per jaar',
      hire: 'Werven (fte)',
      movedIn: 'Instroom routes (fte)',
      movedOut: 'Uitstroom routes (fte)',
      outside: 'Buiten geplaatst (fte)',
      over: 'Overbezetting (fte)',
      short: 'Onvervuld (fte)',
      routes: 'Routes',
      costs: 'Kosten',
      shortfalls: 'Onvervulde vraag',
      binding: 'Knelpunten',
    },
    quantity: 'Onderdeel',
    csv: {
      function: 'Functiecode',
      name: 'Naam',
      year: 'Jaar',
      fte: 'Bezetting (fte)',
      demand_fte: 'Vraag (fte)',
      hired_fte: 'Werven (fte)',
      moved_in_fte: 'Instroom routes (fte)',
      moved_out_fte: 'Uitstroom routes (fte)',
      redundant_fte: 'Buiten geplaatst (fte)',
      reduced_hours_persons: 'Minder uren (personen)',
      overstaffing_fte: 'Overbezetting (fte)',
      shortage_fte: 'Onvervuld (fte)',
      newcomer_loss_fte: 'Vertrek nieuwkomers (fte)',
      natural_outflow_fte: 'Natuurlijk vertrek (fte)',
      natural_moved_in_fte: 'Doorstroom in (fte)',
      natural_moved_out_fte: 'Doorstroom uit (fte)',
    },
    supplyFte: 'Bezetting (fte)',
    leftFte: 'Vertrek (fte)',
    demandFte: 'Vraag (fte)',
    reducedHoursFte: 'Minder uren (fte)',
    reducedHoursPersons: 'Minder uren (personen, naar boven afgerond)',
    hoursPerPerson: 'Uren per persoon',
    retention: 'Blijft na een jaar',
    explicit: 'Route uit het scenario',
    costsRow: 'Kosten betaald in dat jaar (€)',
    savingVsPlan: 'Plan bespaart',
    limit: 'Grens',
    perUnitShortage: 'Minder onvervulde vraag per eenheid meer (fte-jaar)',
    perUnitSaving: 'Besparing per eenheid meer (budget: per € 1.000)',
    description: 'Toelichting',
    shortFte: 'Onvervuld (fte)',
    cause: 'Oorzaak',
    noShortfall: 'Geen: alle vraag wordt vervuld.',
    noBinding: 'Geen grens beperkt het plan.',
    costSheetNote: (discount) =>
      `Per jaar waarin betaald: de besluiten die in dat jaar genomen worden (ze gaan 1 januari van het jaar erna in) en de lasten van dat jaar (overbezetting, minder uren, onvervulde vraag)${discount === null ? '' : `, contant gemaakt naar het startjaar ${discount.year} tegen ${discount.rate} per jaar (plan.discount_rate)`}.`,
  },
  en: {
    title: (name, id, from, to) => `Action plan: ${name} (${id}), ${from}–${to}`,
    objective: {
      cost: 'least unmet demand, then least cost',
      redundancy: 'least unmet demand, then fewest placed outside, then least cost',
    },
    objectiveLabel: 'Objective',
    intro:
      "A year's row is the state on 1 January and the decisions that took effect that day (made the year before); Left = those who left during the year before without a decision (retirement, attrition, contracts ending) or did not stay their first year as a newcomer or mover, so FTE = the year before's FTE + Hire − Left − Outside; Moves = FTE moving to another function over a pathway (reskilling and redeployment), Outside = placed outside (van-werk-naar-werk-traject, work-to-work), Over = overstaffing (kept on above the formation, in their own function; not a declaration of redundancy), Unmet = demand the plan leaves unmet. The costs are given by the year they are paid in, under Cost per year.",
    year: 'Year',
    fte: 'FTE',
    demand: 'Demand',
    hire: 'Hire',
    left: 'Left',
    moves: 'Moves',
    movedIn: 'In',
    movedOut: 'Out',
    outside: 'Outside',
    over: 'Over',
    short: 'Unmet',
    cost: 'Cost',
    function: 'Function',
    from: 'From',
    to: 'To',
    years: 'Years',
    pathwaysTitle: 'Reskilling and redeployment (pathways)',
    noPathway: 'No pathway is used: hiring and placement are cheaper, or no viable, desirable and safe pathway exists (spp pathways F shows why).',
    noPathwayShort: 'No pathway is used.',
    decisionsTitle: (first, last) => `Decisions per function, ${first === last ? first : `${first}–${last}`} (FTE; Over/Unmet: FTE-years)`,
    costTitle: 'Cost and business case',
    costPerYearTitle: 'Cost per year (paid in)',
    costPerYearNote:
      'A decision is paid in the year it is made, the year before the 1 January it takes effect; overstaffing, reduced hours and unmet demand in their own year.',
    costRoundingNote: 'Each amount is rounded to the euro on its own, a total from the unrounded amounts: a row or column may differ from its total by a few euros (a rounding difference).',
    paidIn: 'Paid in',
    kindsShort: { hiring: 'Hire', reskilling: 'Moves', redundancy: 'Outside', overstaffing: 'Over', reduced_hours: 'Reduced', shortage: 'Unmet' },
    kinds: {
      hiring: 'Hiring',
      reskilling: 'Reskilling',
      redundancy: 'Placement outside',
      overstaffing: 'Overstaffing',
      reduced_hours: 'Reduced hours',
      shortage: 'Unmet demand',
    },
    planTotal: 'Plan total',
    withoutPathways: 'Without pathways',
    impossible: 'no plan within the limits',
    noPlan: 'No plan',
    saves: (euros) => `plan saves ${euros}`,
    costsMore: (euros) => `plan costs ${euros} more`,
    sameCost: 'plan costs the same',
    unmet: (plan, noPathways, noPlan, free) =>
      `Demand left unmet over the horizon: plan ${plan} FTE-years${noPathways === null ? '' : `, without pathways ${noPathways}`}, no plan ${noPlan}.` +
      (free ? ' Unmet demand costs nothing in this comparison: a line that leaves more demand unmet is cheaper for it without being better.' : ''),
    reducedHours: (years, persons) =>
      `Reduced hours (voluntary; FTE people work less): ${years}; that is ${persons} (rounded up to whole people). In those years FTE − reduced hours − Over + Unmet = Demand.`,
    unmetCaveat: (fte) => `but leaves ${fte} FTE-years more demand unmet`,
    unmetCaveatSentence: (fte, alternative) =>
      `But the action plan leaves ${fte} FTE-years more demand unmet than ${alternative === 'noPlan' ? 'no plan (hiring without limits)' : 'the plan without pathways'}.`,
    alternativesNote:
      'No plan: each year, every shortage hired and every surplus placed outside, limits ignored. Without pathways: the same plan with no reskilling or redeployment.',
    shortfallTitle: 'Demand that cannot be met (FTE unmet per year; --format json has every year)',
    shortfallLine: (fte, cause) => `${fte} FTE; ${cause}`,
    moreFunctions: (n) => `… and ${n} more ${n === 1 ? 'function' : 'functions'}`,
    bindingTitle: 'What constrains the plan',
    moreBinding: (n) => `… and ${n} more (see --format json)`,
    note: 'Note',
    notesTitle: 'Notes',
    sheets: {
      perYear: 'Plan per year',
      hire: 'Hire (FTE)',
      movedIn: 'Pathways in (FTE)',
      movedOut: 'Pathways out (FTE)',
      outside: 'Placed outside (FTE)',
      over: 'Overstaffing (FTE)',
      short: 'Unmet (FTE)',
      routes: 'Pathways',
      costs: 'Costs',
      shortfalls: 'Unmet demand',
      binding: 'Binding limits',
    },
    quantity: 'Item',
    csv: {
      function: 'Function id',
      name: 'Name',
      year: 'Year',
      fte: 'Supply (FTE)',
      demand_fte: 'Demand (FTE)',
      hired_fte: 'Hire (FTE)',
      moved_in_fte: 'Pathways in (FTE)',
      moved_out_fte: 'Pathways out (FTE)',
      redundant_fte: 'Placed outside (FTE)',
      reduced_hours_persons: 'Reduced hours (persons)',
      overstaffing_fte: 'Overstaffing (FTE)',
      shortage_fte: 'Unmet (FTE)',
      newcomer_loss_fte: 'Newcomers leaving (FTE)',
      natural_outflow_fte: 'Natural outflow (FTE)',
      natural_moved_in_fte: 'Transitions in (FTE)',
      natural_moved_out_fte: 'Transitions out (FTE)',
    },
    supplyFte: 'Supply (FTE)',
    leftFte: 'Left (FTE)',
    demandFte: 'Demand (FTE)',
    reducedHoursFte: 'Reduced hours (FTE)',
    reducedHoursPersons: 'Reduced hours (persons, rounded up)',
    hoursPerPerson: 'Hours per person',
    retention: 'Stays after a year',
    explicit: 'Pathway from the scenario',
    costsRow: 'Cost paid in that year (€)',
    savingVsPlan: 'Plan saves',
    limit: 'Limit',
    perUnitShortage: 'Less unmet demand per unit more (FTE-years)',
    perUnitSaving: 'Saving per unit more (budget: per €1,000)',
    description: 'Description',
    shortFte: 'Unmet (FTE)',
    cause: 'Cause',
    noShortfall: 'None: all demand is met.',
    noBinding: 'No limit constrains the plan.',
    costSheetNote: (discount) =>
      `Per year paid in: the decisions made in that year (they take effect on 1 January of the next year) and that year's carrying costs (overstaffing, reduced hours, unmet demand)${discount === null ? '' : `, discounted to the start year ${discount.year} at ${discount.rate} a year (plan.discount_rate)`}.`,
  },
};
