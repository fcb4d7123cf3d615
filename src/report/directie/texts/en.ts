import { firstParts, type Texts } from './texts.js';
import { QUADRANT_NAMES } from '../../../domain/organise.js';
import { yearSpan } from '../../words.js';

/** "1 function", "3 functions", "no functions": a count with the right noun (counts of functions, < 1000). */
function count(n: number, one: string, many: string): string {
  const word = n === 1 ? one : many;
  const number = n === 0 ? 'no' : n.toLocaleString('en-GB');
  return word === '' ? `${number} ` : `${number} ${word}`;
}

/** The text with its first letter (after an opening quote) in capitals: "Stable". */
const capitalise = (text: string): string => text.replace(/^(\P{L}*)(\p{L})/u, (_, quote: string, letter: string) => quote + letter.toUpperCase());

/** "A", "A and B", "A, B and C". */
const listEn = (items: string[]): string => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)!}`);
/** What the plan's cost is made of (the summary): ", of which … and …", or the one kind. */
const COST_PART_EN = { hiring: 'hiring costs', reskilling: 'reskilling costs', redundancy: 'for placement outside', overstaffing: 'for overstaffing', reduced_hours: 'for reduced hours', shortage: 'for unmet demand' } as const;
const COST_ALL_EN = { hiring: 'all of it hiring costs', reskilling: 'all of it reskilling costs', redundancy: 'all of it for placement outside', overstaffing: 'all of it for overstaffing', reduced_hours: 'all of it for reduced hours', shortage: 'all of it for unmet demand' } as const;
const costPartsEn = (parts: { kind: keyof typeof COST_PART_EN; amount: string }[]): string =>
  parts.length === 0 ? '' : parts.length === 1 ? `, ${COST_ALL_EN[parts[0]!.kind]}` : `, of which ${listEn(parts.map((p) => `${p.amount} ${COST_PART_EN[p.kind]}`))}`;

/** English texts of the report. */
/** The summary's clause on placement outside: no one, or how much (van-werk-naar-werk). */
function placesEn(outside: string | null): string {
  return outside === null ? 'places no one outside the organisation' : `places ${outside} FTE outside the organisation (van-werk-naar-werk)`;
}

/** spp's own rules, which every plan keeps whatever the scenario says (see PLAN_RULES_NL in nl.ts). */
const PLAN_RULES_EN =
  "The plan's fixed rules: nobody is placed outside the organisation only to hire for the same function again later (a temporary surplus stays on the payroll), a function under a hiring freeze is filled only with people who are lastingly surplus elsewhere, and nobody is hired for a function without work. "

export const en = {
  lang: 'en',
  htmlLang: 'en',
  title: 'Strategic workforce planning',
  subtitle: (scenario, start, end) => `Scenario ${scenario}, ${yearSpan(start, end)}`,
  exampleNotice: 'This report was made on the bundled example, Gemeente Voorbeeld (fictional).',
  story: {
    title: 'The scenario',
    driversTitle: 'The assumptions that drive the outcome',
    driversNote: 'The appendix lists every assumption.',
    curve: { linear: 'at a steady pace', 's-curve': 'slowly at first, then fast, then levelling off' },
    automation: (label, share, range, end, pace) =>
      pace === null
        ? `${label}: ${range ? `on average ${share}` : share} of the work automated in ${end}${range ? ` (uncertain: between ${range[0]} and ${range[2]}, likely ${range[1]})` : ''}, all at once that year.`
        : `${label}: ${range ? `on average ${share}` : share} of the work automated by ${end}${range ? ` (uncertain: between ${range[0]} and ${range[2]}, likely ${range[1]})` : ''}, from ${pace.start} ${pace.curve}.`,
    reinvested: (share) => `${share} of the time automation frees stays in the function (better service, new tasks).`,
    growth: (scope, rate, shrinking) => `${scope}: ${shrinking ? `demand shrinks ${rate} a year` : `demand grows ${rate} a year`}.`,
    noGrowth: (scope) => `${scope}: demand does not grow.`,
    discontinue: (fn, year) => `${fn}: discontinued from ${year}.`,
    change: (fn, change, end, start) => (start === null ? `${fn}: demand ${change} in ${end}, all at once that year.` : `${fn}: demand ${change} by ${end}, from ${start} at a steady pace.`),
    emerging: (names, fte, end) => `New ${names.length === 1 ? 'function' : 'functions'}: ${names.join(', ')} (together ${fte} FTE in ${end}).`,
    hiringFreeze: (scopes) => `Hiring freeze (vacaturestop) in ${listEn(scopes)}: no hiring.`,
    hiringLimit: (scope, fte) => `${scope}: hiring at most ${fte} FTE per function a year.`,
    overstaffingCap: (fte) => `Overstaffing across the organisation at most ${fte} FTE a year.`,
    allFunctions: 'All functions',
  },
  summaryTitle: 'Summary',
  stepsNote:
    'Chapters 1 to 5 follow the five steps of the dynamic organisation, a Dutch approach to strategic workforce planning, under their Dutch names: ' +
    'Doorlichten (“looking through”: today’s workforce), Doorbreken (“breaking through”: which functions disappear, change or emerge), ' +
    'Doorselecteren (“selecting”: the vulnerable functions and the people in them), Doorontwikkelen (“developing further”: reskilling and internal moves) ' +
    'and Doorverbinden (“connecting onwards”: hiring, and mobility to work inside or outside the organisation).',
  contentsTitle: 'Contents',
  status: {
    disappearing: 'disappearing',
    changing: 'changing',
    emerging: 'emerging',
    growing: 'growing',
    shrinking: 'shrinking',
    stable: 'stable',
  },
  vulnerable: 'vulnerable',
  yes: 'yes',
  no: 'no',
  total: 'Total',
  noFamily: '(no family)',
  none: '—',
  otherFunctions: (n) => `Other functions (${n})`,
  withheldRouteEnd: (n) => `${n} functions together (withheld for privacy)`,
  suppressedSmall: (m) => `< ${m}`,
  suppressedComplement: '•',
  suppressionNote: (m) =>
    `Groups of fewer than ${m} people are shown as “< ${m}”; a • is hidden so that such a small group cannot be derived from the total.`,
  chartDataTitle: 'Data behind the chart',
  units: { fte: 'FTE', persons: 'people', euro: 'euros', hours: 'hours', year: 'year', percent: '%' },

  summary: {
    workforce: (persons, fte, functions, families, meanAge) =>
      `Today ${persons} ${persons === '1' ? 'employee fills' : 'employees fill'} ${fte} FTE in ${functions} ${functions === '1' ? 'function' : 'functions'} and ${families} ${families === '1' ? 'function family' : 'function families'}; their average age is ${meanAge}.`,
    gap: (end, supply, demand, gap, shortage, sources) =>
      shortage === null
        ? `Without new hiring the workforce is ${supply} FTE in ${end}, exactly the work needed: no shortage and no surplus${sources}.`
        : shortage
          ? `Without new hiring the workforce falls to ${supply} FTE in ${end}, while ${demand} FTE of work is needed: a shortage of ${gap} FTE${sources}.`
          : `Without new hiring the workforce is ${supply} FTE in ${end}, against ${demand} FTE of work needed: a surplus of ${gap} FTE${sources}.`,
    gapSources: (years, leave, work, grows, cause, atStart) =>
      (atStart === null ? '' : `; in ${atStart.year} there is already ${atStart.shortage ? 'a shortage' : 'a surplus'} of ${atStart.gap} FTE (${atStart.supply} FTE workforce against ${atStart.demand} FTE needed)`) +
      `; in ${years}, ${leave} FTE leave through retirement, attrition and ending contracts (replacement demand)` +
      (grows === null ? ' and the work needed stays the same (expansion demand)' : ` and the work needed ${grows ? 'grows' : 'shrinks'} by ${work} FTE (${grows ? 'expansion demand' : 'negative expansion demand'})`) +
      (cause === 'leavers' ? ', so the shortage comes mostly from people who leave' : cause === 'work' ? ', so the shortage comes mostly from the change of the work' : ''),
    gapOneYear: (year, supply, demand, gap, shortage) =>
      `With a one-year horizon (${year}) there is nothing to project: the workforce is ${supply} FTE and ${demand} FTE of work is needed, ${shortage ? 'a shortage' : 'a surplus'} of ${gap} FTE.`,
    gapBand: (end, runs, low, high) =>
      runs === '1'
        ? `That is the expected value; one run with uncertain assumptions and chance outflow gives a gap of ${low} FTE in ${end} (a range needs more runs).`
        : `That is the expected value; across ${runs} runs with uncertain assumptions and chance outflow, the gap (workforce minus need) in ${end} lies between ${low} and ${high} FTE in 8 cases out of 10.`,
    retirement: (fte, share, years, end, inEnd) =>
      `In ${years}, ${fte} FTE retire, ${share} of today's workforce${inEnd === null ? '' : `; in ${end}, another ${inEnd} FTE`}.`,
    metamorphosis: (n, first, discontinued) =>
      n.disappearing + n.changing + n.emerging === 0
        ? `No function disappears, changes substantially or emerges; ${count(n.shrinking, 'function shrinks', 'functions shrink')} and ${count(n.growing, 'function grows', 'functions grow')} beyond the threshold.`
        : `In this scenario ${count(n.disappearing, 'function disappears', 'functions disappear')}` +
          (discontinued === 0 ? '' : discontinued === n.disappearing ? ` (the scenario discontinues ${discontinued === 1 ? 'it' : 'them'})` : ` (${discontinued} of them discontinued by the scenario)`) +
          `, ${n.changing === 0 ? 'none' : n.changing} ${n.changing === 1 ? 'changes' : 'change'} substantially and ${n.emerging === 0 ? 'none' : n.emerging} ${n.emerging === 1 ? 'emerges' : 'emerge'}` +
          firstParts(
            first,
            (year) => `an existing function first changes or disappears in ${year}`,
            (e) => `the first new function (${e.name}) starts in ${e.year}`,
          ),
    vulnerable: (functions, persons, fte) =>
      functions === 0
        ? 'No function is vulnerable.'
        : `${count(functions, 'function is', 'functions are')} vulnerable; ${persons} people (${fte} FTE) work in ${functions === 1 ? 'it' : 'them'} today.`,
    plan: ({ period, hired, moved, pathways, reskilled, redeployed, outside, shortage }) =>
      (pathways === 0
        ? `The action plan hires ${hired} FTE in ${period} and ${placesEn(outside)}; it uses no internal pathway (chapter 4).`
        : `The action plan hires ${hired} FTE in ${period}, moves ${moved} FTE internally over ${count(pathways, 'pathway', 'pathways')} (${[reskilled === null ? '' : `${reskilled} FTE with reskilling`, redeployed === null ? '' : `${redeployed} FTE redeployed without training`].filter((x) => x).join(', ')}) and ${placesEn(outside)}.`) +
      (shortage === null ? '' : ` Within the scenario's limits ${shortage} FTE-years of demand stay unmet.`),
    businessCase: ({ period, total, parts, noPathways, noPlan, saving, cheaper, why, unmet }) =>
      `The plan costs ${total} over ${period}${costPartsEn(parts)}; ${
        noPathways === null
          ? `without internal pathways no plan stays within the scenario's limits, and without a plan (each year hiring the shortage and placing the surplus outside) it costs ${noPlan}`
          : `without internal pathways it would cost ${noPathways}, without a plan (each year hiring the shortage and placing the surplus outside) ${noPlan}`
      }` +
      (cheaper && unmet !== null
        ? `: the plan costs ${saving} less, but leaves ${unmet} FTE-years of demand unmet that no plan (hiring without limits) would meet.`
        : cheaper ? `: the plan saves ${saving}.` : why !== null ? `. ${why}` : `. No plan is ${saving} cheaper, but it ignores the scenario's limits (such as a hiring freeze) and places people outside who must be hired again later.`),
    planNoYears: 'With a one-year horizon the action plan has no year to act in: it hires no one, moves no one and places no one outside.',
  },

  chapters: {
    doorlichten: { title: 'Doorlichten — today’s workforce', lead: 'Who works where, how old they are, and who retires when.' },
    doorbreken: { title: 'Doorbreken — functions in transition', lead: 'Which functions disappear, change or emerge, when, and why: through digitalisation, or through what else the scenario assumes.' },
    doorselecteren: { title: 'Doorselecteren — vulnerable functions', lead: 'Vulnerable functions and how many people work in them.' },
    doorontwikkelen: { title: 'Doorontwikkelen — reskilling', lead: 'Internal moves in the action plan: who moves from which function to which, when, with how many training hours and at what cost.' },
    doorverbinden: { title: 'Doorverbinden — hiring and mobility', lead: 'The action plan year by year: hiring, internal moves, placement outside the organisation (van-werk-naar-werk) and overstaffing, and what the plan costs against the alternatives.' },
    comparison: { title: 'Scenarios compared', lead: 'The same organisation under different assumptions: what differs, and what it does to the gap.' },
    sensitivity: { title: 'Sensitivity', lead: 'Which assumption drives the outcome most: each assumption one step down and up, one at a time.' },
    appendix: { title: 'Appendix: assumptions and provenance', lead: 'Every assumption of the scenario, and what is needed to reproduce these results.' },
  },

  doorlichten: {
    familiesTitle: 'Workforce by function family',
    family: 'Function family',
    persons: 'People',
    fte: 'FTE',
    partTime: 'Part-time factor',
    familiesText: (persons, fte, partTime) => `${persons} employees fill ${fte} FTE; the average part-time factor is ${partTime}.`,
    supplyTitle: 'Workforce by function family and required FTE per year',
    supplyCaption: (start, end, supplyStart, supplyEnd, demandEnd) =>
      start === end
        ? `In ${end} the workforce is ${supplyEnd} FTE and ${demandEnd} FTE is required (a one-year horizon).`
        : `Without hiring the workforce falls from ${supplyStart} FTE in ${start} to ${supplyEnd} FTE in ${end}; ${demandEnd} FTE is then required.`,
    withheldFamilies: (n) => `${n} ${n === 1 ? 'family' : 'families'} together (privacy)`,
    withheldFamiliesNote: (minGroup) =>
      `Function families with fewer than ${minGroup} people are shown here together with another family as one series, so their workforce cannot be derived (privacy.min_group).`,
    demandLabel: 'required',
    year: 'Year',
    pyramidTitle: 'Age structure (people per 5-year age band)',
    ageBand: 'Age',
    meanAge: 'Average age (years)',
    pyramidCaption: (meanAge, over60, under35) => `The average age is ${meanAge}; ${over60} are 60 or older and ${under35} are under 35.`,
    retirementTitle: 'Retirement wave (FTE retiring per year)',
    retiringFte: 'Retiring (FTE)',
    cumulative: 'Cumulative (FTE)',
    retirementCaption: (total, peakYear, peak, years, span, before, beforeYears) =>
      years === 1
        ? `In ${peakYear}, ${total} FTE retire.`
        : `In ${span}, ${total} FTE retire in all${before === total ? '' : `, ${before} FTE of them in ${beforeYears}`}; the peak is in ${peakYear} with ${peak} FTE.`,
  },

  doorbreken: {
    overviewTitle: 'Functions by status at the end of the horizon',
    count: 'Functions',
    statusCol: 'Status',
    functionCol: 'Function',
    yearCol: 'From',
    whyCol: 'Why',
    taskShiftCol: 'Largest shifts in the task mix',
    disappearingTitle: 'Disappearing functions',
    changingTitle: 'Changing functions',
    emergingTitle: 'Emerging functions',
    otherTitle: 'Growing and shrinking functions',
    noneOfKind: 'None.',
    changesTop: (listed, all) => `Of the ${all} functions, the ${listed} with the most work (demand at the start) are listed; spp project lists them all, with their status.`,
    replacementTop: (listed, all) => `Of the ${all} functions, the ${listed} where the least of today's staff remains are listed; spp project lists them all.`,
    replacementTitle: 'The work stays, the people leave',
    replacementText: (n, end, volume, statuses) =>
      `In ${count(n, 'function', 'functions')} the work does not shrink, or by less than ${volume}, but by ${end} at most half of today's staff is still there, through retirement and attrition. ${capitalise(listEn(statuses.map((s) => `"${s}"`)))} there ${statuses.length === 1 ? 'describes' : 'describe'} the work, not the people: ${n === 1 ? 'this function has' : 'these functions have'} a large replacement need.`,
    replacementPrivacy: (m) =>
      `Functions with fewer than ${m} people (and functions hidden so that those cannot be derived from a total) are not in this list: their supply year by year would show when someone leaves (privacy).`,
    overviewPrivacy: (n, m) =>
      `The column "Of which need replacement" does not count ${count(n, 'function', 'functions')}: functions with fewer than ${m} people, and functions hidden so that those cannot be derived from a total (privacy). The column "Functions" does count them.`,
    replacementCol: 'Of which need replacement',
    supplyStart: (start) => `Workforce ${start} (FTE)`,
    supplyEnd: (end) => `Workforce ${end} (FTE)`,
    demandEnd: (end) => `Demand ${end} (FTE)`,
    remaining: 'Still there',
    discontinued: (year) => `discontinued from ${year}`,
    demandRatio: (ratio, start, end) => `demand ${end} is ${ratio} of ${start}`,
    automated: (share) => `${share} of the work automated`,
    taskShift: (shift) => `task mix shifts ${shift}`,
    emergingDemand: (fte, end) => `new; ${fte} FTE needed in ${end}`,
    volume: (change) => `demand ${change}`,
    taskMixTitle: 'Task mix of the whole organisation (share of the work, FTE-weighted)',
    taskMixText: 'How the work shifts between task categories as routine work is automated.',
    taskMixOneYear: (year) => `How the work in ${year} divides over the task categories (a one-year horizon: nothing shifts yet).`,
    category: 'Task category',
    shareStart: (start) => `Share ${start}`,
    shareEnd: (end) => `Share ${end}`,
    change: 'Change (points)',
    organiseTitle: 'Standard work and custom work',
    organiseText:
      'Work can be organised by two questions: how predictable is the demand for it, and how complex is it? Predictable, simple work ' +
      '(standard work) is done best in fixed functions within departments; unpredictable, complex work (custom work) is served best by people ' +
      'working in roles from a flexible pool that supplies projects and assignments. Each function is placed by its task mix: the predictability ' +
      'and complexity of each task category, weighted by the share of that task. Automation takes over the predictable work first, so what ' +
      'remains drifts towards custom work.',
    quadrant: { ...QUADRANT_NAMES.en },
    quadrantChartTitle: (start, end) => `Functions by predictability and complexity, ${start === end ? start : `${start} → ${end}`}`,
    axisPredictability: 'predictability',
    axisComplexity: 'complexity',
    quadrantCaption: (start, end, moved, labelled) =>
      start === end
        ? `Each dot is a function in ${end} (a one-year horizon), sized by its work (FTE).`
        : `Each dot is a function in ${end}, sized by its work (FTE); the arrow comes from its place in ${start}. ` +
      (moved === 0 ? 'No function changes quadrant.' : moved === 1 ? 'One function changes quadrant (black, with its code).' : labelled < moved ? `${moved} functions change quadrant (black; the ${labelled} largest with their codes, the table below lists them all).` : `${moved} functions change quadrant (black, with their codes).`),
    quadrantCol: 'Quadrant',
    functionsIn: (year) => `Functions ${year}`,
    fteIn: (year) => `Work ${year} (FTE)`,
    intoCustom: (names) => `These functions move into custom work: ${names}.`,
    since: (name, year) => `${name} (from ${year})`,
    noneIntoCustom: (end) => `No function moves into custom work by ${end}.`,
    organiseUncovered: ({ placed, functions, share, categories }) =>
      `Only ${placed} of the ${functions} functions (${share} of the work) ${placed === 1 ? 'has' : 'have'} a position: the task ${categories.length === 1 ? 'category' : 'categories'} ${categories.map((c) => `'${c}'`).join(', ')} ${categories.length === 1 ? 'has' : 'have'} no profile for predictability and complexity, so this report draws no conclusions on standard and custom work. ` +
      `Give each a profile in the scenario (task_profile.${categories[0] ?? 'category'} and so on, predictability and complexity each from 0 to 1; see README, Task profiles); spp validate names them too.`,
    noPositions: (ids) => `${ids} have no position: none of their task categories has a profile.`,
    newInCustom: (names, count, noneMoves, end) =>
      (noneMoves ? `No existing function moves into custom work by ${end}; ` : '') +
      (count === 1 ? `${noneMoves ? 'a' : 'A'} new function starts as custom work: ${names}.` : `${noneMoves ? 'new' : 'New'} functions start as custom work: ${names}.`),
    poolText: (functions, fte, end, roles) =>
      `In ${end} the work of ${functions} functions is custom work, together ${fte} FTE: the work a flexible pool of people working in roles ` +
      `could hold. Its largest roles: ${roles}.`,
    noPool: (end) => `In ${end} no function is custom work; there is no work (yet) for a flexible pool of roles.`,
    moversTitle: 'Functions that change quadrant',
    fromCol: (start) => `In ${start}`,
    toCol: (end) => `In ${end}`,
    sinceCol: 'From',
    poolTitle: (end) => `Candidates for a pool of roles (custom work in ${end})`,
    poolLater: (start, n, laterFte, customFte) =>
      `The work in ${start} includes ${n === 1 ? 'the function that becomes custom work later' : `the ${n} functions that become custom work later`} (${laterFte} FTE); custom work itself was ${customFte} FTE in ${start}.`,
    poolTop: (listed, all) => `The ${listed} largest of the ${all} functions are listed one by one, the others together in one row; spp organise lists them all.`,
    rolesCol: 'Roles (largest first)',
    poolYearsTitle: 'Custom work per year (the years the picture changes)',
    poolFunctionsCol: 'Functions in custom work',
    poolFteCol: 'FTE custom work',
  },

  doorselecteren: {
    text: (functions, persons, fte) =>
      `${count(functions, 'function is', 'functions are')} vulnerable. ${persons} people work in ${functions === 1 ? 'it' : 'them'} today, together ${fte} FTE. They are the first to benefit from a development talk and a reskilling pathway.`,
    noneText: 'There are no vulnerable functions in this scenario.',
    tableTitle: 'Vulnerable functions',
    vulnerableTop: (listed, all, rest, withheld) =>
      `Of the ${all} vulnerable functions, the ${listed} with the most FTE at the start are listed one by one, the other ${rest} together in one row${withheld > 0 ? ` (with ${count(withheld, 'function', 'functions')} not listed apart for privacy)` : ''}; spp project lists them all (vulnerable: a ! after the status).`,
    vulnerableHiring: (n, gone) =>
      `Note: ${count(n, 'vulnerable function also appears', 'vulnerable functions also appear')} in the external hiring need (chapter 5).` +
      (gone < n
        ? ` ${gone > 0 ? 'For a shrinking function that is' : 'That is'} no contradiction: the work shrinks, but people leave (retirement, attrition) faster than the work disappears. Those who work there now keep their work; new people are hired only for the smaller formation, preferably through internal mobility.`
        : '') +
      (gone > 0
        ? ` ${gone === n ? (n === 1 ? 'That function disappears' : 'Those functions disappear') : gone === 1 ? 'One of them disappears' : `${gone} of them disappear`} within the horizon: there the hires only bridge the years until the work ends, and whoever still works there then needs other work. Temporary staff or a secondment suits that better than a permanent appointment.`
        : ''),
    personsStart: (start) => `People ${start}`,
    fteStart: (start) => `FTE ${start}`,
    demandEnd: (end) => `Demand ${end} (FTE)`,
    automatedCol: 'Automated',
    definition: (volume, change) =>
      `A function is vulnerable when it disappears, or when its demand falls by at least ${volume} while at least ${change} of its work is automated.`,
  },

  doorontwikkelen: {
    text: ({ moved, pathways, first, last, reskilled, hours, cost, redeployed, given }) =>
      `The plan moves ${moved} FTE internally over ${count(pathways, 'pathway', 'pathways')}, ${first === last ? `in ${first}` : `from ${first} to ${last}`}: ` +
      [
        reskilled === null
          ? ''
          : `${reskilled} FTE with reskilling (${hours} training hours and ${cost} of reskilling costs in all${given === null ? '' : `, of which ${given} for the pathways the scenario gives itself, at the price it names`})`,
        redeployed === null ? '' : `${redeployed} FTE redeployed to a function that needs no training`,
      ]
        .filter((x) => x)
        .join(' and ') +
      '.',
    noneText:
      'The plan uses no internal pathway: hiring and placing outside is cheaper, or there is no viable, desirable and safe pathway from a function with a surplus to a function with a shortage.',
    flowTitle: 'Internal moves: from function (left) to function (right), width by FTE',
    flowCaption: (fte, pathways) => `${count(pathways, 'pathway moves', 'pathways move')} ${fte} FTE to another function.`,
    flowTop: (n, listed) =>
      `The chart shows only the ${n} largest pathways; the table lists ${listed === null ? 'them all' : `the ${listed} largest`}. The figure beside a function counts all its moves, also over pathways not drawn.`,
    otherRoutes: (n) => `Other pathways (${n})`,
    routesTop: (listed, rest) => `The ${listed} largest pathways are listed one by one, the other ${rest} together in one row; spp reskill lists them all (also as a workbook, --format xlsx).`,
    flowHidden: (n, minGroup) => `${count(n, 'pathway', 'pathways')} out of functions with fewer than ${minGroup} employees ${n === 1 ? 'is' : 'are'} left out of the chart.`,
    pathwaysTitle: 'Pathways in the plan',
    given: 'given in the scenario',
    givenNote: (routes, count, costPerHour, allPriced) =>
      `${count === 1 ? 'The pathway' : 'The pathways'} ${routes} ${count === 1 ? 'is' : 'are'} given in the scenario (plan.pathways): the conditions above do not apply to ${count === 1 ? 'it' : 'them'}, and the reskilling cost is ` +
      (allPriced ? `the price per FTE the scenario names, not the training hours × ${costPerHour}` : `the price per FTE the scenario names where it names one, else the training hours × ${costPerHour}`) +
      '; the hours are those of the missing skill levels.',
    routesInRows: (routes, rows) => `The plan's ${routes} pathways are in ${rows} rows: a row from or to the withheld functions sums their pathways.`,
    pathwaysNote:
      'FTE counts those who move (before first-year attrition); the years are the 1 January on which the movers start in their new function. Without training hours it is a redeployment.',
    from: 'From',
    to: 'To',
    fte: 'FTE',
    hoursPerPerson: 'Hours per person',
    levelStep: 'Scale',
    stepDown: (fte, routes) =>
      `${fte} FTE move to a function in a lower salary scale (${routes}). Whether they keep their pay (a guarantee) is for the social plan (sociaal plan) to settle; the plan's costs are training costs only, without the pay difference or a guarantee allowance.`,
    cost: 'Reskilling cost',
    years: 'Years',
    movesTitle: (first, last) => `Moves per pathway and year, ${yearSpan(first, last)} (FTE)`,
    pathwayCol: 'Pathway',
    rules: (minSimilarity, maxStep, minPay, hoursPerLevel, costPerHour) =>
      `A pathway counts when the functions are at least ${minSimilarity} similar, differ by at most ${maxStep} salary scale, the pay is at least ${minPay} of the current pay and the destination is not vulnerable. Each missing skill level takes ${hoursPerLevel} training hours at ${costPerHour}.`,
    notesTitle: 'Notes on the plan',
  },

  doorverbinden: {
    gapTitle: 'Workforce and required FTE per year without hiring',
    gapCaption: (end, gap, shortage) =>
      shortage ? `In ${end} the shortage is ${gap} FTE if nobody is hired.` : `In ${end} the surplus is ${gap} FTE if nobody is hired.`,
    bandCaption: (runs, seed) =>
      runs === '1'
        ? `The grey ribbons run from P10 to P90; with 1 run (seed ${seed}) they coincide.`
        : `The grey ribbons around the lines run from P10 to P90: across ${runs} runs (seed ${seed}) the value lies between them in 8 cases out of 10.`,
    bandCol: 'Gap P10 … P90',
    replacementCol: (start) => `Replacement demand since ${start} (FTE)`,
    expansionCol: (start) => `Expansion demand since ${start} (FTE)`,
    supplyLabel: 'workforce',
    demandLabel: 'required',
    supplyCol: 'Workforce (FTE)',
    demandCol: 'Required (FTE)',
    gapLabel: 'Gap (FTE)',
    planTitle: (first, last) => `The action plan per year, ${yearSpan(first, last)}`,
    planText: (objective, unmet, dearer, reducedHours, reducedHoursAllowed) =>
      `The action plan says what to do each year to reach the required formation: hire, move people internally, place people outside the organisation through a van-werk-naar-werk-traject (work-to-work), ${reducedHoursAllowed ? 'let people who want to work fewer hours do so, ' : ''}or keep more people on than the formation needs for a while (overstaffing). ` +
      'Overstaffing is not a declaration of redundancy (boventalligverklaring) under the Cao Gemeenten: those counted in it stay employed in their own function, on their own pay. ' +
      (reducedHours
        ? 'Working fewer hours is voluntary: an employer cannot impose it unilaterally. The plan assumes there are employees who want to work less, up to the number the scenario allows; who works less gives up pay pro rata, unless the social plan (sociaal plan) provides otherwise. '
        : '') +
      (unmet ? 'The scenario\'s limits do not allow all demand to be met: the plan meets as much of it as they allow, ' : '') +
      (objective === 'cost'
        ? unmet
          ? 'and is, within that, the cheapest combination. '
          : `Of the plans that meet demand within the scenario's limits (hiring caps, freezes, the pathways it allows) and the plan's fixed rules, it is the cheapest. ${PLAN_RULES_EN}`
        : unmet
          ? 'places as few people outside the organisation as possible within that, and is then the cheapest combination. '
          : `It places as few people outside the organisation as possible and is, within that, the cheapest combination that meets demand within the scenario's limits (hiring caps, freezes, the pathways it allows) and the plan's fixed rules. ${PLAN_RULES_EN}`) +
      (unmet
        ? 'No plan (hiring without limits) meets more demand, so the costs in the business case at the end of this chapter are not like for like. '
        : dearer
          ? 'The no-plan column follows none of those limits and rules and so costs less on paper (see the business case at the end of this chapter). '
          : '') +
      'A column is the state on 1 January of that year: the decisions that take effect that day, made in the year before.',
    planChartTitle: 'The action plan per year, by kind of decision',
    planCaption: ({ period, hired, moved, outside, overstaffing }) =>
      `Over ${period} the plan hires ${hired} FTE, moves ${moved === null ? 'no one' : `${moved} FTE`} internally and places ${outside === null ? 'no one' : `${outside} FTE`} outside the organisation; overstaffing adds up to ${overstaffing} FTE-years. Each panel has its own scale.`,
    action: {
      hired: 'Hiring (FTE)',
      reskilled: 'Reskilling (FTE)',
      redeployed: 'Redeployment without training (FTE)',
      outside: 'Placement outside the organisation (FTE)',
      reducedHours: 'Reduced hours, voluntary (FTE)',
      overstaffing: 'Overstaffing (FTE)',
      shortage: 'Unmet demand (FTE)',
    },
    actionCol: 'Decision',
    totalsNote: (withShortage, reducedPersons, reducedHours) =>
      `Hiring, reskilling, redeployment and placement outside are decisions per year: their total is the sum. ${reducedHours ? `Reduced hours${withShortage ? ', overstaffing and unmet demand' : ' and overstaffing'} are` : withShortage ? 'Overstaffing and unmet demand are' : 'Overstaffing is'} the position in a year: the total adds those up to FTE-years.` +
      (reducedPersons === null ? '' : ` Reduced hours is the FTE employees voluntarily give up: that is ${reducedPersons} (rounded up to whole people).`),
    hiringTitle: (period) => `Hiring per function, ${period}`,
    hiringText: (fte, functions, period) => `The plan hires ${fte} FTE in ${period}, in ${count(functions, 'function', 'functions')}; mostly replacing those who retire or leave.`,
    hiringBalance: (b) =>
      `So the workforce runs: ${b.start} FTE on 1 January ${b.startYear}, plus ${b.hired} FTE hired, minus ${b.outflow} FTE leaving of their own accord in ${b.leavePeriod} (retirement, attrition, contracts ending)${b.loss === null ? '' : `, minus ${b.loss} FTE of ${b.movers ? 'newcomers and movers' : 'newcomers'} who do not stay their first year in the function`}${b.outside === null ? '' : `, minus ${b.outside} FTE placed outside the organisation`}: ${b.end} FTE on 1 January ${b.endYear}${b.off === null ? '' : ` (rounded; the parts therefore add up ${b.off} FTE differently)`}.` +
      (b.replacement === null ? '' : ` More leave than the ${b.replacement} FTE replacement demand without hiring (the first table of this chapter): those hired later retire or leave too, and a workforce kept at strength loses more people than one that shrinks without hiring.`),
    vulnerableCol: 'Vulnerable',
    vulnerableHiringNote:
      'Vulnerable and still hiring: there the work shrinks, but people leave faster than the work disappears. The hiring need is the smaller formation that remains (see chapter 3).',
    hiringFte: 'Hiring (FTE)',
    outsideTitle: (period) => `Placement outside the organisation per function, ${period}`,
    outsideText: (fte, functions, objective) =>
      `The plan places ${fte} FTE from ${count(functions, 'function', 'functions')} outside the organisation: through a van-werk-naar-werk-traject (work-to-work) to work with another employer. FTE is not the number of people: part-timers count for a part. ` +
      (objective === 'cost'
        ? 'It is the plan\'s choice on cost (a traject costs less in the plan than keeping these people on above the formation, or the scenario\'s limits leave no other way), not a finding that there is no suitable work within the municipality; a scenario can also give the plan the first aim of placing as few people outside the organisation as it can. '
        : 'Even with the goal of placing as few people outside as possible, the scenario\'s limits (such as the cap on overstaffing) leave no place for them within the organisation. ') +
      'Who it concerns, and whether anyone is declared redundant (boventallig), only follows from a reorganisation decision and the social plan (Cao Gemeenten). It is the task for regional mobility, with neighbouring municipalities and the region.',
    outsideFte: 'Placed outside (FTE)',
    noHiring: 'The plan needs to hire nobody.',
    noOutside: 'The plan places nobody outside the organisation.',
    shortfallTitle: 'Where demand cannot be met',
    shortfallText: (fteYears, functions, withheld) => {
      const hidden = `${count(withheld, 'function', 'functions')} whose figures are withheld (privacy)`;
      const where = withheld === 0 ? count(functions, 'function', 'functions') : functions === 0 ? hidden : `${count(functions, 'function', 'functions')}, and in ${hidden},`;
      return `In ${where} the scenario's limits (such as a hiring freeze) leave ${fteYears} FTE-years of demand unmet in all.`;
    },
    shortfallTop: (listed, rest, withheld) =>
      `The ${listed} functions with the most unmet demand are listed one by one, the other ${rest} together in one row${withheld > 0 ? ` (with ${count(withheld, 'function', 'functions')} not listed apart for privacy)` : ''}; spp plan lists them all.`,
    shortfallCol: 'Unmet (FTE-years)',
    yearsCol: 'Years',
    yearsWithheld: 'withheld',
    businessTitle: (period) => `Business case: costs by kind over ${period}`,
    unmetNote: (plan, noPathways, noPlan) =>
      `Demand left unmet over the horizon: action plan ${plan} FTE-years${noPathways === null ? '' : `, without internal pathways ${noPathways}`}, without a plan ${noPlan}. Unmet demand costs nothing in this comparison, but it is work left undone, absorbed by colleagues (workload) or hired in: a column that leaves more work undone is cheaper for it without being better.`,
    kindCol: 'Kind of cost',
    planCol: 'Action plan',
    noPathwaysCol: 'Without internal pathways',
    noPlanCol: 'No plan',
    kind: {
      hiring: 'Hiring costs',
      reskilling: 'Reskilling costs',
      redundancy: 'Costs of placement outside',
      overstaffing: 'Costs of overstaffing',
      reduced_hours: 'Costs of reduced hours',
      shortage: 'Costs of unmet demand',
    },
    savingRow: 'The action plan is',
    cheaperBy: (euros) => `${euros} cheaper`,
    dearerBy: (euros) => `${euros} dearer`,
    sameCost: 'the same cost',
    impossible: 'no plan within the limits',
    businessText: ({ period, total, noPathways, noPlan, cheaper, why, discounted, unmet }) =>
      (unmet === null ? '' : `The columns are not like for like: within the scenario's limits the action plan leaves ${unmet} FTE-years of demand unmet, which no plan (hiring without limits) meets. `) +
      `The action plan costs ${total} over ${period}. ${
        noPathways === null
          ? `Without internal pathways (the same plan, but nobody moves) no plan stays within the scenario's limits: the pathways make this plan possible. Without a plan (each year hiring the shortage and placing the surplus outside, without limits) it costs ${noPlan}.`
          : `Without internal pathways (the same plan, but nobody moves) it is ${noPathways}; without a plan (each year hiring the shortage and placing the surplus outside, without limits) ${noPlan}.`
      }` +
      (cheaper ? '' : why !== null ? ` ${why}` : ' No plan is cheaper on paper: it ignores the scenario\'s limits (such as a hiring freeze) and places people outside in one year who must be hired again later, where the plan carries them until natural outflow or a pathway absorbs them.') +
      ' Costs fall in the year of the decision: an appointment on 1 January is paid in the year before.' +
      (discounted ? ' The amounts are discounted to the start year.' : ''),
  },

  comparison: {
    intro: (count, reference, year) =>
      `This chapter puts ${count} scenarios side by side, on the same workforce data. Differences are against ${reference}; the figures per function are for ${year}.`,
    scenarioCol: 'Scenario',
    titleCol: 'Description',
    gapTitle: 'Shortage or surplus per scenario',
    gapCaption: (end, smallest, smallestGap, largest, largestGap, kind) =>
      (kind === 'shortage'
        ? `In ${end} the shortage is smallest in ${smallest} (${smallestGap} FTE) and largest in ${largest} (${largestGap} FTE).`
        : kind === 'surplus'
          ? `In ${end} the surplus is largest in ${smallest} (${smallestGap} FTE) and smallest in ${largest} (${largestGap} FTE).`
          : `In ${end} the difference between workforce and work needed is highest in ${smallest} (${smallestGap} FTE) and lowest in ${largest} (${largestGap} FTE).`) +
      ' Negative is a shortage. This compares the shortage or surplus only, not the vulnerable functions or the cost of the plan.',
    gapBand: (runs, seed) =>
      runs === '1'
        ? `The grey ribbons and the ranges in the table show P10 to P90 of 1 Monte Carlo run per scenario (seed ${seed}); with one run they coincide.`
        : `The grey ribbons and the ranges in the table show P10 to P90 of ${runs} Monte Carlo runs per scenario (seed ${seed}): in 80% of the runs the gap lies between them.`,
    totalsTitle: (year) => `Key figures in ${year} (FTE)`,
    supply: 'Workforce',
    demand: 'Work needed',
    gap: 'Shortage (−) or surplus (+)',
    replacement: 'of which people who left since the start (replacement demand)',
    expansion: 'of which change of the work (expansion demand)',
    shortage: 'Shortage, summed over functions',
    vulnerable: 'Vulnerable functions',
    planCost: 'Action plan cost, whole horizon',
    planUnmet: 'Demand the action plan leaves unmet (FTE-years)',
    planNote: 'Action plan cost: all costs of the plan over the scenario\'s horizon; a plan that leaves demand unmet within its scenario\'s limits (a hiring freeze) is cheaper for it.',
    planDefaults: "A scenario without settings of its own for the action plan is solved with spp's defaults.",
    differsTitle: 'Assumptions that differ',
    differsNone: 'The scenarios have the same assumptions.',
    differsNoneOtherData: 'The scenarios have the same assumptions but read different data files: the differences below come from the data.',
    assumptionCol: 'Assumption',
    notSet: '—',
    statusTitle: (year) => `Functions with another status in ${year}`,
    statusNone: 'Every function has the same status in all scenarios.',
  },

  sensitivity: {
    intro: (delta, end, gap, shortage, scenario) =>
      (scenario === null ? '' : `This sensitivity is for the first scenario, ${scenario}. `) +
      `Each assumption of the scenario was moved ${delta} down and ${delta} up, one at a time, within its valid range (the AOW age by two years at 20%). The scenario itself ends at ${gap} FTE in ${end} and ${shortage} shortage FTE-years; the chart shows how far each assumption moves that.`,
    tornadoTitle: 'What drives the shortage most',
    tornadoCaption: (end, top) =>
      top.length === 0 ? `No assumption changes the gap in ${end}.` : `What matters most for the gap in ${end}: ${top.join(', ')}.`,
    low: (d) => `assumption −${d}`,
    high: (d) => `assumption +${d}`,
    assumptionCol: 'Assumption',
    valuesLow: (d) => `Value −${d}`,
    valuesHigh: (d) => `Value +${d}`,
    gapLow: (d) => `Δ gap −${d}`,
    gapHigh: (d) => `Δ gap +${d}`,
    shortageLow: (d) => `Δ shortage FTE-years −${d}`,
    shortageHigh: (d) => `Δ shortage FTE-years +${d}`,
    note: 'Δ is the change against the scenario: a negative Δ gap means more shortage. A [low, likely, high] value counts with its mean. Each assumption shows its key in the scenario file (see the appendix).',
    notRun: 'not run',
    planIntro: (cost) => `The scenario's action plan costs ${cost} in total. For every moved assumption the plan was solved again; the plan's own cost parameters were moved too.`,
    planTornadoTitle: 'What drives the plan cost most',
    planTornadoCaption: (top) => (top.length === 0 ? 'No assumption changes the plan cost.' : `What matters most for the plan cost: ${top.join(', ')}.`),
    planLow: (d) => `Δ plan cost −${d}`,
    planHigh: (d) => `Δ plan cost +${d}`,
  },

  appendix: {
    assumptionsTitle: 'Scenario assumptions',
    key: 'Setting',
    value: 'Value',
    source: 'Source',
    defaultSource: 'default',
    commandLine: (flag) => `command line (${flag})`,
    givenNote: 'Where it says ‘command line’, the value was given when this report was made (such as --headcount) instead of the scenario’s own: that file was read.',
    inheritedNote: 'The Source column names the scenario file that sets the value (with extends, possibly an inherited file), or says that the spp default applies.',
    modelNotesTitle: 'Model assumptions',
    modelNotesNote: 'The model makes these assumptions itself, where the scenario or the data say nothing.',
    stampTitle: 'Reproducibility',
    version: 'spp version',
    scenarioId: 'Scenario',
    inputRole: 'Input',
    inputFile: 'File',
    sha256: 'SHA-256',
    seed: 'Seed',
    privacyTitle: 'Privacy',
    privacyText: (m) =>
      `This report contains no employee numbers or data of individual employees. Counts of fewer than ${m} people are hidden, with complementary suppression so that they cannot be derived from totals.`,
    backtestTitle: 'How well did this model project last year?',
    backtestTable: { item: 'Total', onDate: (year) => `1 January ${year}`, projected: 'Projected', actual: 'Actual', error: 'Error', fte: 'FTE', persons: 'People', wape: 'Weighted error per function (WAPE)' },
    roles: { headcount_previous: 'earlier headcount (--previous)', headcount_actual: 'actual headcount (--actual)', scenario: 'scenario', functions: 'function profiles', headcount: 'headcount', columns: 'column map', similarity: 'similarity' },
  },

  charts: {
    supplyByFamily: (start, end) => `Workforce in FTE by function family, ${start}–${end}, stacked, with the required FTE as a line`,
    agePyramid: 'Number of people per 5-year age band',
    retirementWave: 'FTE retiring per year',
    gap: 'Workforce and required FTE per year; the band between them is the gap',
    flow: 'Internal moves from function to function, width by FTE',
    plan: 'The action plan per year: hiring, reskilling, redeployment, placement outside, reduced hours, overstaffing and unmet demand, each on its own scale',
    compareGap: 'Shortage (−) or surplus (+) per scenario and year, FTE',
    planTornado: 'Change of the plan cost per assumption, euro',
    planTornadoAxis: 'Change of the plan cost (euro)',
    tornado: (end) => `Change of the shortage or surplus in ${end} per assumption, FTE`,
    tornadoAxis: (end) => `Change of the shortage or surplus in ${end} (FTE)`,
    hidden: (m) => `< ${m}`,
  },
} satisfies Texts;
