import type { PlanBinding, PlanLimitOf, PlanNoteFact, PlanShortfall } from '../domain/plan.js';
import { formatAsWritten, formatMoney, formatNumber } from '../domain/round.js';
import type { Lang } from './labels.js';
import { translateNote } from './notes.js';

/**
 * The plan's sentences that name functions — the limits that bind, the causes of unmet demand, the
 * notes that list functions — said in the reader's language from the plan's data (PlanBinding.limit,
 * PlanShortfall.reason, PlanResult.noteFacts), never read back from the English of the JSON: a
 * function id is the user's and may hold spaces, brackets, "→" or "would". `fn` names a function
 * (its id by default; "F014 Financieel Adviseur" where a line of its own should say what F014 is).
 */

type Name = (id: string) => string;
const asIs: Name = (id) => id;

/** FTE-years with one decimal, as every other FTE figure of the output; two where one would read 0,0. */
function fteYears(value: number, lang: Lang): string {
  return formatNumber(value, value < 0.05 ? 2 : 1, lang);
}

/** A number as the model wrote it (a limit the user gave, an FTE rounded for a note), with as many decimals as it has. */
function given(value: number, lang: Lang): string {
  return formatAsWritten(String(value), lang);
}

/** The first half of a binding limit's sentence: what one step more of the limit would be. */
function limitPhrase(limit: PlanLimitOf, year: number, lang: Lang, fn: Name): string {
  const nl = lang === 'nl';
  switch (limit.constraint) {
    case 'plan.hiring max_per_year':
      return nl ? `Eén fte extra werving toestaan in ${fn(limit.function)} per 1 januari ${year}` : `One more hire allowed in ${fn(limit.function)} for 1 January ${year}`;
    case 'plan.redundancy max_per_year':
      return nl
        ? `Eén fte extra plaatsing buiten de organisatie (van-werk-naar-werk) toestaan uit ${fn(limit.function)} per 1 januari ${year}`
        : `One more placement outside allowed from ${fn(limit.function)} for 1 January ${year}`;
    case 'plan.reduced_hours max_persons':
      return nl ? `Eén persoon extra met minder uren toestaan in ${fn(limit.function)} in ${year}` : `One more person on reduced hours allowed in ${fn(limit.function)} in ${year}`;
    case 'plan.overstaffing max_total_fte':
      return nl ? `Eén fte extra overbezetting toestaan in ${year}` : `One more FTE of overstaffing allowed in ${year}`;
    case 'plan.pathways max_per_year':
      return nl
        ? `Eén fte extra toestaan op de route ${fn(limit.from)} → ${fn(limit.to)} per 1 januari ${year}`
        : `One more FTE allowed on the pathway ${fn(limit.from)} → ${fn(limit.to)} for 1 January ${year}`;
    case 'plan.pathways max_share_of_destination':
      return nl
        ? `Ruimte voor één fte extra instroom in ${fn(limit.to)} (uit ${fn(limit.from)}) per 1 januari ${year}`
        : `Room for one more FTE of movers into ${fn(limit.to)} (from ${fn(limit.from)}) for 1 January ${year}`;
    case 'reskilling.budget_per_year':
      return nl ? `€ 1.000 extra omscholingsbudget in ${year}` : `€1,000 more reskilling budget in ${year}`;
    case 'reskilling.capacity_per_year':
      return nl ? `Eén extra omscholingsplaats in ${year}` : `One more reskilling place in ${year}`;
  }
}

/**
 * A binding limit as a sentence of its own (the plan's table and Markdown, the workbook's
 * Knelpunten): "Eén fte extra werving toestaan in F014 Financieel Adviseur per 1 januari 2027 zou de
 * onvervulde vraag met 6,6 fte-jaar verminderen." / "One more hire allowed in F014 Financieel
 * Adviseur for 1 January 2027 would cut unmet demand by 6.6 FTE-years."
 */
export function bindingSentence(binding: Pick<PlanBinding, 'limit' | 'year' | 'step'>, lang: Lang, fn: Name = asIs): string {
  const { cut, saving } = binding.step;
  const parts: string[] = [];
  if (lang === 'nl') {
    if (cut > 0) parts.push(`de onvervulde vraag met ${fteYears(cut, lang)} fte-jaar verminderen`);
    if (saving > 0) parts.push(`${formatMoney(saving, lang)} besparen`);
  } else {
    if (cut > 0) parts.push(`cut unmet demand by ${fteYears(cut, lang)} FTE-years`);
    if (saving > 0) parts.push(`save ${formatMoney(saving, lang)}`);
  }
  return `${limitPhrase(binding.limit, binding.year, lang, fn)} ${lang === 'nl' ? 'zou' : 'would'} ${parts.join(lang === 'nl' ? ' en ' : ' and ')}.`;
}

/** The function a limit is named by in a cause: its own, or a pathway's destination (whose demand it holds). */
function limitFunction(limit: PlanLimitOf): string | null {
  return 'function' in limit ? limit.function : 'to' in limit ? limit.to : null;
}

/**
 * Why a function's demand falls short, in the reader's language, for use after "…; " (lower case, no
 * full stop): "werven is niet toegestaan in F014 (plan.hiring max_per_year: 0), en routes en
 * doorstroom vullen het tekort niet". English reads as the JSON's `cause`.
 */
export function shortfallCause(shortfall: Pick<PlanShortfall, 'function' | 'reason'>, lang: Lang, fn: Name = asIs): string {
  const nl = lang === 'nl';
  const id = fn(shortfall.function);
  const reason = shortfall.reason;
  switch (reason.kind) {
    case 'hiring_forbidden':
      return nl
        ? `werven is niet toegestaan in ${id} (plan.hiring max_per_year: 0), en routes en doorstroom vullen het tekort niet`
        : `hiring is not allowed in ${id} (plan.hiring max_per_year: 0), and pathways and transitions do not fill the gap`;
    case 'hiring_capped':
      return nl
        ? `werven in ${id} is begrensd op ${given(reason.max_per_year, lang)} fte per jaar (plan.hiring max_per_year)`
        : `hiring in ${id} is limited to ${given(reason.max_per_year, lang)} FTE a year (plan.hiring max_per_year)`;
    case 'hires_leave':
      return nl
        ? `elke nieuwe medewerker in ${id} vertrekt in het eerste jaar (plan.hiring first_year_attrition: 1)`
        : `every hire in ${id} leaves in the first year (plan.hiring first_year_attrition: 1)`;
    case 'limit': {
      const of = limitFunction(reason.limit);
      const limit = `${reason.limit.constraint}${of === null ? '' : ` (${fn(of)})`} in ${reason.year}`;
      return nl ? `de grens ${limit} is bereikt` : `${limit} binds`;
    }
    case 'limits':
      return nl ? 'de grenzen samen laten geen manier over om het te vullen' : 'the limits together leave no way to fill it';
    case 'withheld':
      return nl ? 'de vraag in deze functies is binnen de grenzen niet te vervullen' : 'demand in these functions cannot be met within the limits';
  }
}

/** A note that names functions, from its data (the functions by their ids, as in the JSON's note). */
function noteOf(fact: PlanNoteFact, lang: Lang): string {
  const nl = lang === 'nl';
  switch (fact.kind) {
    case 'two_way': {
      const { a, b } = fact;
      const [there, back] = [given(fact.a_to_b_fte, lang), given(fact.b_to_a_fte, lang)];
      const close = `{ from: ${fact.close.from}, to: ${fact.close.to}, max_per_year: 0 }`;
      return nl
        ? `In ${fact.year} laat het plan mensen in beide richtingen overstappen tussen ${a} en ${b} (${there} en ${back} fte). Het enige dat dit oplevert, is dat een deel van de overstappers in het eerste jaar vertrekt (behoud onder 1): dat vermindert de overbezetting, maar vult geen vraag. Wilt u dat niet, sluit dan één richting af in plan.pathways: ${close}.`
        : `In ${fact.year} the plan moves people both ways between ${a} and ${b} (${there} and ${back} FTE). All it gains is the movers who leave in their first year (retention below 1): that lowers overstaffing but fills no demand. To rule it out, close one direction in plan.pathways: ${close}.`;
    }
    case 'hired_then_surplus': {
      const named = fact.functions.join(', ');
      const total = fact.functions.length + fact.more;
      const list = fact.more === 0 ? named : nl ? `${total} functies (${named} en ${fact.more} andere)` : `${total} functions (${named} and ${fact.more} others)`;
      return nl
        ? `Het plan werft in ${list} en houdt daar later mensen boven de formatie in dienst of plaatst er mensen buiten: elke werving vult de vraag van dat jaar tegen de laagste kosten, maar zulke vacatures kunnen ook tijdelijk worden ingevuld (een tijdelijk contract, inhuur); dat rekent het plan niet door.`
        : `The plan hires into ${list} and later carries overstaffing or places people outside in the same function: each hire meets the demand of its year at the least cost, but such vacancies could be filled temporarily (a temporary contract, agency or interim staff), which the plan does not model.`;
    }
  }
}

/**
 * One of the plan's notes in the reader's language: a note that names functions from its data
 * (`facts`, PlanResult.noteFacts), any other by translateNote; `label` names task categories.
 */
export function planNote(note: string, facts: readonly PlanNoteFact[], lang: Lang, label: Name = asIs): string {
  const fact = facts.find((f) => f.text === note);
  return fact === undefined ? translateNote(note, lang, label) : noteOf(fact, lang);
}
