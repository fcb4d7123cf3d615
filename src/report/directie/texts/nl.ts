import { firstParts, type Texts } from './texts.js';
import { QUADRANT_NAMES } from '../../../domain/organise.js';
import { yearSpan } from '../../words.js';

/** "1 functie", "3 functies", "geen functies": a count with the right noun (counts of functions, < 1000). */
function count(n: number, one: string, many: string): string {
  const word = n === 1 ? one : many;
  const number = n === 0 ? 'geen' : n.toLocaleString('nl-NL');
  return word === '' ? `${number} ` : `${number} ${word}`;
}

/** The text with its first letter (after an opening quote) in capitals: „Stabiel”. */
const capitalise = (text: string): string => text.replace(/^(\P{L}*)(\p{L})/u, (_, quote: string, letter: string) => quote + letter.toUpperCase());

/** "A", "A en B", "A, B en C". */
const listNl = (items: string[]): string => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} en ${items.at(-1)!}`);
/** What the plan's cost is made of (the summary): ", waarvan … en …", or one kind in brackets. */
const COST_PART_NL = { hiring: 'wervingskosten', reskilling: 'omscholingskosten', redundancy: 'voor plaatsing buiten de organisatie', overstaffing: 'voor overbezetting', reduced_hours: 'voor minder uren', shortage: 'voor onvervulde vraag' } as const;
const costPartsNl = (parts: { kind: keyof typeof COST_PART_NL; amount: string }[]): string =>
  parts.length === 0 ? '' : parts.length === 1 ? `, alles ${COST_PART_NL[parts[0]!.kind]}` : `, waarvan ${listNl(parts.map((p) => `${p.amount} ${COST_PART_NL[p.kind]}`))}`;

/** Dutch texts of the report (the default language). */
/** The summary's clause on placement outside: no one, or how much (van-werk-naar-werk). */
function placesNl(outside: string | null): string {
  return outside === null ? 'plaatst niemand buiten de organisatie' : `plaatst ${outside} fte buiten de organisatie (van-werk-naar-werk)`;
}

/**
 * spp's own rules, which every plan keeps whatever the scenario says (README "The action plan",
 * "A vacaturestop is not circumvented" and the two rules after it): no plan keeps them, which is why
 * it can cost less on paper even when the scenario sets no limits.
 */
const PLAN_RULES_NL =
  'De vaste regels van het plan: niemand buiten de organisatie plaatsen om later voor dezelfde functie weer te werven (een tijdelijk overschot blijft in dienst), een functie met een vacaturestop alleen vullen met mensen die elders blijvend over zijn, en niet werven voor een functie zonder werk. '

export const nl = {
  lang: 'nl',
  htmlLang: 'nl',
  title: 'Strategische personeelsplanning',
  subtitle: (scenario, start, end) => `Scenario ${scenario}, ${yearSpan(start, end)}`,
  exampleNotice: 'Dit rapport is gemaakt op het meegeleverde voorbeeld, Gemeente Voorbeeld (fictief).',
  story: {
    title: 'Het scenario',
    driversTitle: 'De aannames die de uitkomst bepalen',
    driversNote: 'De volledige lijst van aannames staat in de bijlage.',
    curve: { linear: 'in een gelijkmatig tempo', 's-curve': 'eerst langzaam, dan snel, dan afvlakkend' },
    automation: (label, share, range, end, pace) =>
      `${label}: ${range ? `gemiddeld ${share}` : share} van het werk geautomatiseerd in ${end}${range ? ` (onzeker: tussen ${range[0]} en ${range[2]}, waarschijnlijk ${range[1]})` : ''}, ${pace === null ? 'in één keer in dat jaar' : `vanaf ${pace.start} ${pace.curve}`}.`,
    reinvested: (share) => `${share} van de tijd die automatisering vrijmaakt, blijft in de functie (betere dienstverlening, nieuwe taken).`,
    growth: (scope, rate, shrinking) => `${scope}: ${shrinking ? `de vraag krimpt ${rate} per jaar` : `de vraag groeit ${rate} per jaar`}.`,
    noGrowth: (scope) => `${scope}: de vraag groeit niet.`,
    discontinue: (fn, year) => `${fn}: vervalt vanaf ${year}.`,
    change: (fn, change, end, start) => `${fn}: vraag ${change} in ${end}, ${start === null ? 'in één keer in dat jaar' : `vanaf ${start} in een gelijkmatig tempo`}.`,
    emerging: (names, fte, end) => `Nieuwe ${names.length === 1 ? 'functie' : 'functies'}: ${names.join(', ')} (samen ${fte} fte in ${end}).`,
    hiringFreeze: (scopes) => `Vacaturestop in ${listNl(scopes)}: geen werving.`,
    hiringLimit: (scope, fte) => `${scope}: werving ten hoogste ${fte} fte per functie per jaar.`,
    overstaffingCap: (fte) => `Overbezetting (medewerkers boven de formatie in dienst) in de hele organisatie ten hoogste ${fte} fte per jaar.`,
    allFunctions: 'Alle functies',
  },
  summaryTitle: 'Samenvatting',
  stepsNote: null,
  contentsTitle: 'Inhoud',
  status: {
    disappearing: 'verdwijnend',
    changing: 'veranderend',
    emerging: 'opkomend',
    growing: 'groeiend',
    shrinking: 'krimpend',
    stable: 'stabiel',
  },
  vulnerable: 'kwetsbaar',
  yes: 'ja',
  no: 'nee',
  total: 'Totaal',
  noFamily: '(geen familie)',
  none: '—',
  otherFunctions: (n) => `Overige functies (${n})`,
  withheldRouteEnd: (n) => `${n} functies samen (afgeschermd voor privacy)`,
  suppressedSmall: (m) => `< ${m}`,
  suppressedComplement: '•',
  suppressionNote: (m) =>
    `Groepen van minder dan ${m} personen staan als „< ${m}”; een • is verborgen zodat zo’n kleine groep niet uit het totaal is terug te rekenen.`,
  chartDataTitle: 'Gegevens bij de grafiek',
  units: { fte: 'fte', persons: 'personen', euro: 'euro', hours: 'uur', year: 'jaar', percent: '%' },

  summary: {
    workforce: (persons, fte, functions, families, meanAge) =>
      `Vandaag ${persons === '1' ? 'werkt 1 medewerker' : `werken ${persons} medewerkers samen`} ${fte} fte in ${functions} ${functions === '1' ? 'functie' : 'functies'} en ${families} ${families === '1' ? 'functiefamilie' : 'functiefamilies'}; de gemiddelde leeftijd is ${meanAge} jaar.`,
    gap: (end, supply, demand, gap, shortage, sources) =>
      shortage === null
        ? `Zonder nieuwe werving is de bezetting ${supply} fte in ${end}, precies het benodigde werk: geen tekort en geen overschot${sources}.`
        : shortage
          ? `Zonder nieuwe werving daalt de bezetting tot ${supply} fte in ${end}, terwijl ${demand} fte werk nodig is: een tekort van ${gap} fte${sources}.`
          : `Zonder nieuwe werving is de bezetting ${supply} fte in ${end}, bij ${demand} fte benodigd werk: een overschot van ${gap} fte${sources}.`,
    gapSources: (years, leave, work, grows, cause, atStart) =>
      (atStart === null ? '' : `; in ${atStart.year} is er al ${atStart.shortage ? 'een tekort' : 'een overschot'} van ${atStart.gap} fte (${atStart.supply} fte bezetting bij ${atStart.demand} fte benodigd)`) +
      `; in ${years} vertrekt ${leave} fte door pensioen, uitstroom en aflopende contracten (vervangingsvraag)` +
      (grows === null ? ' en blijft het benodigde werk gelijk (uitbreidingsvraag)' : ` en ${grows ? 'groeit' : 'krimpt'} het benodigde werk met ${work} fte (${grows ? 'uitbreidingsvraag' : 'negatieve uitbreidingsvraag'})`) +
      (cause === 'leavers' ? ', dus het tekort ontstaat vooral doordat mensen vertrekken' : cause === 'work' ? ', dus het tekort ontstaat vooral doordat het werk verandert' : ''),
    gapOneYear: (year, supply, demand, gap, shortage) =>
      `Met een horizon van één jaar (${year}) valt er niets vooruit te rekenen: de bezetting is ${supply} fte en er is ${demand} fte werk nodig, ${shortage ? 'een tekort' : 'een overschot'} van ${gap} fte.`,
    gapBand: (end, runs, low, high) =>
      runs === '1'
        ? `Dat is de verwachte waarde; één doorrekening met onzekere aannames en toevallige uitstroom geeft in ${end} een verschil van ${low} fte (voor een marge zijn meer doorrekeningen nodig).`
        : `Dat is de verwachte waarde; bij ${runs} doorrekeningen met onzekere aannames en toevallige uitstroom ligt het verschil (bezetting min benodigd) in ${end} in 8 van de 10 gevallen tussen ${low} en ${high} fte.`,
    retirement: (fte, share, years, end, inEnd) =>
      `In ${years} gaat ${fte} fte met pensioen, ${share} van de huidige bezetting${inEnd === null ? '' : `; in ${end} nog ${inEnd} fte`}.`,
    metamorphosis: (n, first, discontinued) =>
      n.disappearing + n.changing + n.emerging === 0
        ? `Geen functie verdwijnt, verandert ingrijpend of ontstaat nieuw; ${count(n.shrinking, 'functie krimpt', 'functies krimpen')} en ${count(n.growing, 'functie groeit', 'functies groeien')} met meer dan de drempel.`
        : `In dit scenario ${n.disappearing === 1 ? 'verdwijnt' : 'verdwijnen'} ${count(n.disappearing, 'functie', 'functies')}` +
          (discontinued === 0 ? '' : discontinued === n.disappearing ? ` (het scenario heft ${discontinued === 1 ? 'die' : 'ze'} op)` : ` (waarvan ${discontinued} opgeheven door het scenario)`) +
          `, ${n.changing === 1 ? 'verandert' : 'veranderen'} er ${count(n.changing, '', '')}ingrijpend en ${n.emerging === 1 ? 'komt' : 'komen'} er ${count(n.emerging, '', '')}nieuwe bij` +
          firstParts(
            first,
            (year) => `een bestaande functie verandert of verdwijnt voor het eerst in ${year}`,
            (e) => `de eerste nieuwe functie (${e.name}) begint in ${e.year}`,
          ),
    vulnerable: (functions, persons, fte) =>
      functions === 0
        ? 'Geen enkele functie is kwetsbaar.'
        : `${count(functions, 'functie is', 'functies zijn')} kwetsbaar; daarin werken nu ${persons} mensen (${fte} fte).`,
    plan: ({ period, hired, moved, pathways, reskilled, redeployed, outside, shortage }) =>
      (pathways === 0
        ? `Het actieplan werft ${hired} fte in ${period} en ${placesNl(outside)}; het gebruikt geen interne route (hoofdstuk 4).`
        : `Het actieplan werft ${hired} fte in ${period}, laat ${moved} fte intern overstappen via ${count(pathways, 'route', 'routes')} (${[reskilled === null ? '' : `${reskilled} fte met omscholing`, redeployed === null ? '' : `${redeployed} fte herplaatsing zonder opleiding`].filter((x) => x).join(', ')}) en ${placesNl(outside)}.`) +
      (shortage === null ? '' : ` Binnen de grenzen van het scenario blijft ${shortage} fte-jaar vraag onvervuld.`),
    businessCase: ({ period, total, parts, noPathways, noPlan, saving, cheaper, why, unmet }) =>
      `Het plan kost ${total} over ${period}${costPartsNl(parts)}; ${
        noPathways === null
          ? `zonder interne routes blijft geen enkel plan binnen de grenzen van het scenario, en zonder plan (elk jaar het tekort werven en het overschot buiten plaatsen) kost het ${noPlan}`
          : `zonder interne routes zou het ${noPathways} kosten, zonder plan (elk jaar het tekort werven en het overschot buiten plaatsen) ${noPlan}`
      }` +
      (cheaper && unmet !== null
        ? `: het plan is ${saving} goedkoper, maar laat ${unmet} fte-jaar vraag onvervuld die zonder plan (werven zonder grenzen) wel wordt vervuld.`
        : cheaper ? `: het plan bespaart ${saving}.` : why !== null ? `. ${why}` : `. Zonder plan is ${saving} goedkoper, maar dat negeert de grenzen van het scenario (zoals een vacaturestop) en plaatst mensen buiten die later weer geworven moeten worden.`),
    planNoYears: 'Het actieplan heeft bij een horizon van één jaar geen jaar om in te handelen: het werft niemand en laat niemand overstappen of buiten de organisatie plaatsen.',
  },

  chapters: {
    doorlichten: { title: 'Doorlichten', lead: 'Het personeelsbestand van vandaag: wie werkt waar, hoe oud, en wie gaat wanneer met pensioen.' },
    doorbreken: { title: 'Doorbreken', lead: 'Welke functies verdwijnen, veranderen of ontstaan, wanneer, en waarom: door digitalisering, of door wat het scenario verder aanneemt.' },
    doorselecteren: { title: 'Doorselecteren', lead: 'Kwetsbare functies en hoeveel mensen daarin werken.' },
    doorontwikkelen: { title: 'Doorontwikkelen', lead: 'Interne overstappen in het actieplan: wie van welke functie naar welke gaat, wanneer, met hoeveel opleidingsuren en tegen welke kosten.' },
    doorverbinden: { title: 'Doorverbinden', lead: 'Het actieplan jaar voor jaar: werving, interne overstappen, plaatsing buiten de organisatie (van-werk-naar-werk) en overbezetting, en wat het plan kost tegenover de alternatieven.' },
    comparison: { title: 'Scenario’s vergeleken', lead: 'Dezelfde organisatie onder verschillende aannames: wat verschilt, en wat dat doet met het tekort.' },
    sensitivity: { title: 'Gevoeligheid', lead: 'Welke aanname bepaalt de uitkomst het meest: elke aanname een stap omlaag en omhoog, één tegelijk.' },
    appendix: { title: 'Bijlage: aannames en herkomst', lead: 'Alle aannames van het scenario, en de gegevens om deze uitkomsten te reproduceren.' },
  },

  doorlichten: {
    familiesTitle: 'Bezetting per functiefamilie',
    family: 'Functiefamilie',
    persons: 'Personen',
    fte: 'Fte',
    partTime: 'Deeltijdfactor',
    familiesText: (persons, fte, partTime) =>
      `${persons} medewerkers vullen ${fte} fte; de gemiddelde deeltijdfactor is ${partTime}.`,
    supplyTitle: 'Bezetting per functiefamilie en benodigde formatie per jaar (fte)',
    supplyCaption: (start, end, supplyStart, supplyEnd, demandEnd) =>
      start === end
        ? `In ${end} is de bezetting ${supplyEnd} fte en de benodigde formatie ${demandEnd} fte (een horizon van één jaar).`
        : `Zonder werving daalt de bezetting van ${supplyStart} fte in ${start} naar ${supplyEnd} fte in ${end}; de benodigde formatie is dan ${demandEnd} fte.`,
    withheldFamilies: (n) => `${n} ${n === 1 ? 'familie' : 'families'} samen (privacy)`,
    withheldFamiliesNote: (minGroup) =>
      `Functiefamilies met minder dan ${minGroup} personen staan hier samen met een andere familie in één reeks, zodat hun bezetting niet te herleiden is (privacy.min_group).`,
    demandLabel: 'benodigd',
    year: 'Jaar',
    pyramidTitle: 'Leeftijdsopbouw (personen per leeftijdsklasse van 5 jaar)',
    ageBand: 'Leeftijd',
    meanAge: 'Gemiddelde leeftijd (jaar)',
    pyramidCaption: (meanAge, over60, under35) =>
      `De gemiddelde leeftijd is ${meanAge} jaar; ${over60} is 60 of ouder en ${under35} jonger dan 35.`,
    retirementTitle: 'Pensioengolf (fte die per jaar met pensioen gaat)',
    retiringFte: 'Pensioen (fte)',
    cumulative: 'Cumulatief (fte)',
    retirementCaption: (total, peakYear, peak, years, span, before, beforeYears) =>
      years === 1
        ? `In ${peakYear} gaat ${total} fte met pensioen.`
        : `In ${span} gaat in totaal ${total} fte met pensioen${before === total ? '' : `, waarvan ${before} fte in ${beforeYears}`}; de piek ligt in ${peakYear} met ${peak} fte.`,
  },

  doorbreken: {
    overviewTitle: 'Functies naar status aan het eind van de horizon',
    count: 'Aantal functies',
    statusCol: 'Status',
    functionCol: 'Functie',
    yearCol: 'Vanaf',
    whyCol: 'Waarom',
    taskShiftCol: 'Grootste verschuivingen in het takenpakket',
    disappearingTitle: 'Verdwijnende functies',
    changingTitle: 'Veranderende functies',
    emergingTitle: 'Opkomende functies',
    otherTitle: 'Groeiende en krimpende functies',
    noneOfKind: 'Geen.',
    changesTop: (listed, all) => `Van de ${all} functies staan hier de ${listed} met het meeste werk (vraag bij de start); spp project noemt ze allemaal, met hun status.`,
    replacementTop: (listed, all) => `Van de ${all} functies staan hier de ${listed} waar het minst van de huidige bezetting overblijft; spp project noemt ze allemaal.`,
    replacementTitle: 'Werk blijft, mensen vertrekken',
    replacementText: (n, end, volume, statuses) =>
      `Bij ${count(n, 'functie', 'functies')} krimpt het werk niet, of met minder dan ${volume}, maar is in ${end} hooguit de helft van de huidige bezetting nog aanwezig, door pensioen en verloop. ${capitalise(listNl(statuses.map((s) => `„${s}”`)))} ${statuses.length === 1 ? 'gaat' : 'gaan'} daar over het werk, niet over de mensen: ${n === 1 ? 'deze functie heeft' : 'deze functies hebben'} een grote vervangingsvraag.`,
    replacementPrivacy: (m) =>
      `Functies met minder dan ${m} personen (en functies die verborgen zijn zodat die niet uit een totaal volgen) staan niet in deze lijst: hun bezetting per jaar zou laten zien wanneer iemand vertrekt (privacy).`,
    overviewPrivacy: (n, m) =>
      `De kolom ‘Waarvan vervanging nodig’ telt ${count(n, 'functie', 'functies')} niet mee: functies met minder dan ${m} personen, en functies die verborgen zijn zodat die niet uit een totaal volgen (privacy). De kolom ‘Aantal functies’ telt ze wel.`,
    replacementCol: 'Waarvan vervanging nodig',
    supplyStart: (start) => `Bezetting ${start} (fte)`,
    supplyEnd: (end) => `Bezetting ${end} (fte)`,
    demandEnd: (end) => `Vraag ${end} (fte)`,
    remaining: 'Nog aanwezig',
    discontinued: (year) => `opgeheven per ${year}`,
    demandRatio: (ratio, start, end) => `vraag ${end} is ${ratio} van ${start}`,
    automated: (share) => `${share} van het werk geautomatiseerd`,
    taskShift: (shift) => `takenpakket verschuift ${shift}`,
    emergingDemand: (fte, end) => `nieuw; ${fte} fte nodig in ${end}`,
    volume: (change) => `vraag ${change}`,
    taskMixTitle: 'Takenpakket van de hele organisatie (aandeel van het werk, gewogen naar fte)',
    taskMixText: 'Zo verschuift het werk tussen taakcategorieën doordat routinewerk wordt geautomatiseerd.',
    taskMixOneYear: (year) => `Zo is het werk in ${year} over de taakcategorieën verdeeld (een horizon van één jaar: er verschuift nog niets).`,
    category: 'Taakcategorie',
    shareStart: (start) => `Aandeel ${start}`,
    shareEnd: (end) => `Aandeel ${end}`,
    change: 'Verschil (procentpunt)',
    organiseTitle: 'Standaardwerk en maatwerk',
    organiseText:
      'Werk laat zich organiseren naar twee vragen: hoe voorspelbaar is de vraag ernaar, en hoe complex is het? Voorspelbaar, eenvoudig werk ' +
      '(standaardwerk) gaat het best in vaste functies binnen afdelingen; onvoorspelbaar, complex werk (maatwerk) het best door mensen die vanuit ' +
      'een flexibele pool in rollen aan projecten en opdrachten werken. Elke functie krijgt een plaats naar het takenpakket: de voorspelbaarheid ' +
      'en complexiteit van elke taakcategorie, gewogen naar het aandeel van die taak. Automatisering neemt het voorspelbare werk het eerst over, ' +
      'zodat wat overblijft opschuift naar maatwerk.',
    quadrant: { ...QUADRANT_NAMES.nl },
    quadrantChartTitle: (start, end) => `Functies naar voorspelbaarheid en complexiteit, ${start === end ? start : `${start} → ${end}`}`,
    axisPredictability: 'voorspelbaarheid',
    axisComplexity: 'complexiteit',
    quadrantCaption: (start, end, moved, labelled) =>
      start === end
        ? `Elke stip is een functie in ${end} (een horizon van één jaar), zo groot als het werk (fte).`
        : `Elke stip is een functie in ${end}, zo groot als het werk (fte); de pijl komt van de plaats in ${start}. ` +
      (moved === 0 ? 'Geen functie wisselt van kwadrant.' : moved === 1 ? 'Eén functie wisselt van kwadrant (zwart, met code).' : labelled < moved ? `${moved} functies wisselen van kwadrant (zwart; de ${labelled} grootste met code, de tabel hieronder noemt ze allemaal).` : `${moved} functies wisselen van kwadrant (zwart, met code).`),
    quadrantCol: 'Kwadrant',
    functionsIn: (year) => `Functies ${year}`,
    fteIn: (year) => `Werk ${year} (fte)`,
    intoCustom: (names) => `Deze functies schuiven op naar maatwerk: ${names}.`,
    since: (name, year) => `${name} (vanaf ${year})`,
    noneIntoCustom: (end) => `Geen functie schuift tot en met ${end} op naar maatwerk.`,
    organiseUncovered: ({ placed, functions, share, categories }) =>
      `Slechts ${placed} van de ${functions} functies (${share} van het werk) ${placed === 1 ? 'heeft' : 'hebben'} een plaats: ${categories.length === 1 ? 'de taakcategorie' : 'de taakcategorieën'} ${categories.map((c) => `'${c}'`).join(', ')} ${categories.length === 1 ? 'heeft' : 'hebben'} geen profiel voor voorspelbaarheid en complexiteit, dus trekt dit rapport geen conclusies over standaardwerk en maatwerk. ` +
      `Geef ze elk een profiel in het scenario (task_profile.${categories[0] ?? 'categorie'} enzovoort, met predictability en complexity elk van 0 tot 1; zie README, Task profiles); spp validate noemt ze ook.`,
    noPositions: (ids) => `${ids} hebben geen positie: geen van hun taakcategorieën heeft een profiel.`,
    newInCustom: (names, count, noneMoves, end) =>
      (noneMoves ? `Geen bestaande functie schuift tot en met ${end} op naar maatwerk; ` : '') +
      (count === 1 ? `${noneMoves ? 'wel' : 'Daarnaast'} begint een nieuwe functie als maatwerk: ${names}.` : `${noneMoves ? 'wel' : 'Daarnaast'} beginnen nieuwe functies als maatwerk: ${names}.`),
    poolText: (functions, fte, end, roles) =>
      `In ${end} is het werk van ${functions} functies maatwerk, samen ${fte} fte: zoveel werk zou een flexibele pool kunnen dragen waarin mensen ` +
      `in rollen werken. De grootste rollen daarin: ${roles}.`,
    noPool: (end) => `In ${end} is geen functie maatwerk; voor een flexibele pool van rollen is (nog) geen werk.`,
    moversTitle: 'Functies die van kwadrant wisselen',
    fromCol: (start) => `In ${start}`,
    toCol: (end) => `In ${end}`,
    sinceCol: 'Vanaf',
    poolTitle: (end) => `Kandidaten voor een pool van rollen (maatwerk in ${end})`,
    poolLater: (start, n, laterFte, customFte) =>
      `Het werk in ${start} telt ook ${n === 1 ? 'de functie die pas later maatwerk wordt' : `de ${n} functies die pas later maatwerk worden`} (${laterFte} fte); het maatwerk zelf was in ${start} ${customFte} fte.`,
    poolTop: (listed, all) => `De ${listed} grootste van de ${all} functies staan er elk apart, de overige samen in één regel; spp organise noemt ze allemaal.`,
    rolesCol: 'Rollen (grootste eerst)',
    poolYearsTitle: 'Maatwerk per jaar (de jaren waarin het beeld verandert)',
    poolFunctionsCol: 'Functies in maatwerk',
    poolFteCol: 'Fte maatwerk',
  },

  doorselecteren: {
    text: (functions, persons, fte) =>
      `${count(functions, 'functie is', 'functies zijn')} kwetsbaar. Daarin werken nu ${persons} mensen, samen ${fte} fte. Zij hebben als eersten baat bij een ontwikkelgesprek en een omscholingsroute.`,
    noneText: 'Er zijn in dit scenario geen kwetsbare functies.',
    tableTitle: 'Kwetsbare functies',
    vulnerableTop: (listed, all, rest, withheld) =>
      `Van de ${all} kwetsbare functies staan hier de ${listed} met de meeste fte bij de start elk apart, de overige ${rest} samen in één regel${withheld > 0 ? ` (daarin ook ${count(withheld, 'functie die', 'functies die')} om privacy niet apart ${withheld === 1 ? 'staat' : 'staan'})` : ''}; spp project noemt ze allemaal (kwetsbaar: een ! achter de status).`,
    vulnerableHiring: (n, gone) =>
      `Let op: ${count(n, 'kwetsbare functie staat', 'kwetsbare functies staan')} ook bij de externe wervingsbehoefte (hoofdstuk 5).` +
      (gone < n
        ? ` ${gone > 0 ? 'Bij een functie die krimpt is dat' : 'Dat is'} geen tegenspraak: het werk krimpt, maar de mensen vertrekken (pensioen, verloop) sneller dan het werk verdwijnt. Wie daar nu werkt, houdt werk; nieuwe mensen werft u er alleen voor de kleinere formatie, bij voorkeur via interne mobiliteit.`
        : '') +
      (gone > 0
        ? ` ${gone === n ? (n === 1 ? 'Die functie verdwijnt' : 'Die functies verdwijnen') : gone === 1 ? 'Eén ervan verdwijnt' : `${gone} ervan verdwijnen`} binnen de horizon: daar overbrugt de werving alleen de jaren tot het werk vervalt, en wie dan nog in de functie werkt, moet ander werk krijgen. Tijdelijke inhuur of een detachering ligt daar meer voor de hand dan een vaste aanstelling.`
        : ''),
    personsStart: (start) => `Personen ${start}`,
    fteStart: (start) => `Fte ${start}`,
    demandEnd: (end) => `Vraag ${end} (fte)`,
    automatedCol: 'Geautomatiseerd',
    definition: (volume, change) =>
      `Kwetsbaar is een functie die verdwijnt, of waarvan de vraag met ten minste ${volume} daalt terwijl ten minste ${change} van het werk wordt geautomatiseerd.`,
  },

  doorontwikkelen: {
    text: ({ moved, pathways, first, last, reskilled, hours, cost, redeployed, given }) =>
      `Het plan laat ${moved} fte intern overstappen via ${count(pathways, 'route', 'routes')}, ${first === last ? `in ${first}` : `van ${first} tot en met ${last}`}: ` +
      [
        reskilled === null
          ? ''
          : `${reskilled} fte met omscholing (samen ${hours} opleidingsuren en ${cost} omscholingskosten${given === null ? '' : `, waarvan ${given} voor de routes die het scenario zelf opgeeft, tegen de prijs die het noemt`})`,
        redeployed === null ? '' : `${redeployed} fte door herplaatsing in een functie die geen opleiding vraagt`,
      ]
        .filter((x) => x)
        .join(' en ') +
      '.',
    noneText:
      'Het plan gebruikt geen interne route: werven en buiten plaatsen is goedkoper, of er is geen haalbare, wenselijke en veilige route van een functie met overschot naar een functie met tekort.',
    flowTitle: 'Interne overstappen: van functie (links) naar functie (rechts), breedte naar fte',
    flowCaption: (fte, pathways) => `${count(pathways, 'route brengt', 'routes brengen samen')} ${fte} fte naar een andere functie.`,
    flowTop: (n, listed) =>
      `De grafiek toont alleen de ${n} grootste routes; de tabel noemt ${listed === null ? 'ze allemaal' : `de ${listed} grootste`}. Het getal bij een functie telt al haar overstappen, ook over routes die niet getekend zijn.`,
    otherRoutes: (n) => `Overige routes (${n})`,
    routesTop: (listed, rest) => `De ${listed} grootste routes staan er elk apart, de overige ${rest} samen in één regel; spp reskill noemt ze allemaal (ook als werkmap, --format xlsx).`,
    flowHidden: (n, minGroup) => `${count(n, 'route', 'routes')} uit functies met minder dan ${minGroup} medewerkers ${n === 1 ? 'staat' : 'staan'} niet in de grafiek.`,
    pathwaysTitle: 'Routes in het plan',
    given: 'opgegeven in het scenario',
    givenNote: (routes, count, costPerHour, allPriced) =>
      `${count === 1 ? 'De route' : 'De routes'} ${routes} ${count === 1 ? 'is' : 'zijn'} opgegeven in het scenario (plan.pathways): de voorwaarden hierboven gelden ${count === 1 ? 'er' : 'ervoor'} niet, en de omscholingskosten zijn ` +
      (allPriced ? `de prijs per fte die het scenario noemt, niet de opleidingsuren × ${costPerHour}` : `de prijs per fte die het scenario noemt waar het er een noemt, anders de opleidingsuren × ${costPerHour}`) +
      '; de uren zijn die van de ontbrekende vaardigheidsniveaus.',
    routesInRows: (routes, rows) => `De ${routes} routes van het plan staan in ${rows} regels: een regel van of naar de afgeschermde functies telt hun routes samen.`,
    pathwaysNote:
      'Fte telt wie overstapt (vóór uitval in het eerste jaar); de jaren zijn de 1 januari waarop de overstappers in de nieuwe functie beginnen. Zonder opleidingsuren is het een herplaatsing.',
    from: 'Van',
    to: 'Naar',
    fte: 'Fte',
    hoursPerPerson: 'Uren per persoon',
    levelStep: 'Schaal',
    stepDown: (fte, routes) =>
      `${fte} fte stapt over naar een functie in een lagere schaal (${routes}). Of zij hun salaris houden (een garantie), regelt het sociaal plan; de kosten van het plan zijn alleen opleidingskosten, zonder het salarisverschil of een garantietoelage.`,
    // A soft hyphen: in the narrow column Chromium otherwise breaks the word as 'Omscholingsk-osten'.
    cost: 'Omscholings\u00adkosten',
    years: 'Jaren',
    movesTitle: (first, last) => `Overstappen per route en jaar, ${yearSpan(first, last)} (fte)`,
    pathwayCol: 'Route',
    rules: (minSimilarity, maxStep, minPay, hoursPerLevel, costPerHour) =>
      `Een route telt mee als de functies voor ten minste ${minSimilarity} op elkaar lijken, ten hoogste ${maxStep} ${maxStep === '1' ? 'schaal' : 'schalen'} verschillen, het salaris ten minste ${minPay} van het huidige is en de nieuwe functie niet kwetsbaar is. Elk ontbrekend vaardigheidsniveau kost ${hoursPerLevel} opleidingsuren van ${costPerHour}.`,
    notesTitle: 'Opmerkingen bij het plan',
  },

  doorverbinden: {
    gapTitle: 'Bezetting en benodigde formatie per jaar zonder werving (fte)',
    gapCaption: (end, gap, shortage) =>
      shortage ? `In ${end} is het tekort ${gap} fte als er niet wordt geworven.` : `In ${end} is het overschot ${gap} fte als er niet wordt geworven.`,
    bandCaption: (runs, seed) =>
      runs === '1'
        ? `De grijze banden lopen van P10 tot P90; bij 1 doorrekening (seed ${seed}) vallen die samen.`
        : `De grijze banden rond de lijnen lopen van P10 tot P90: bij ${runs} doorrekeningen (seed ${seed}) ligt de waarde in 8 van de 10 gevallen daartussen.`,
    bandCol: 'Verschil P10 … P90',
    replacementCol: (start) => `Vervangingsvraag sinds ${start} (fte)`,
    expansionCol: (start) => `Uitbreidingsvraag sinds ${start} (fte)`,
    supplyLabel: 'bezetting',
    demandLabel: 'benodigd',
    supplyCol: 'Bezetting (fte)',
    demandCol: 'Benodigd (fte)',
    gapLabel: 'Verschil (fte)',
    planTitle: (first, last) => `Het actieplan per jaar, ${yearSpan(first, last)}`,
    planText: (objective, unmet, dearer, reducedHours, reducedHoursAllowed) =>
      `Het actieplan zegt wat er elk jaar moet gebeuren om de benodigde formatie te halen: werven, intern laten overstappen, via een van-werk-naar-werk-traject buiten de organisatie plaatsen, ${reducedHoursAllowed ? 'minder uren werken voor wie dat wil, ' : ''}of tijdelijk meer mensen in dienst houden dan de formatie vraagt (overbezetting). ` +
      'Overbezetting is geen boventalligverklaring in de zin van de Cao Gemeenten: wie erin meetelt, blijft in dienst in de eigen functie, met het eigen salaris. ' +
      (reducedHours
        ? 'Minder uren werken is vrijwillig: een werkgever kan het niet eenzijdig opleggen. Het plan neemt aan dat er medewerkers zijn die minder willen werken, tot het aantal dat het scenario daarvoor toestaat; wie minder werkt, levert naar rato salaris in, tenzij het sociaal plan iets anders regelt. '
        : '') +
      (unmet ? 'De grenzen van het scenario laten niet toe de hele vraag te vervullen: het plan vervult er zoveel mogelijk van, ' : '') +
      (objective === 'cost'
        ? unmet
          ? 'en is daarbinnen de goedkoopste combinatie. '
          : `Van de plannen die de vraag vervullen binnen de grenzen van het scenario (wervingsgrenzen, een vacaturestop, de toegestane routes) en de vaste regels van het plan is dit het goedkoopste. ${PLAN_RULES_NL}`
        : unmet
          ? 'plaatst daarbinnen zo min mogelijk mensen buiten de organisatie en is dan de goedkoopste combinatie. '
          : `Het plaatst zo min mogelijk mensen buiten de organisatie en is daarbinnen de goedkoopste combinatie die de vraag vervult binnen de grenzen van het scenario (wervingsgrenzen, een vacaturestop, de toegestane routes) en de vaste regels van het plan. ${PLAN_RULES_NL}`) +
      (unmet
        ? 'Zonder plan (werven zonder grenzen) wordt meer vraag vervuld: de kosten in de kostenvergelijking aan het eind van dit hoofdstuk zijn dus niet één op één te vergelijken. '
        : dearer
          ? 'De kolom zonder plan houdt zich aan geen van die grenzen en regels en is daardoor op papier goedkoper (zie de kostenvergelijking aan het eind van dit hoofdstuk). '
          : '') +
      'Een kolom is de stand op 1 januari van dat jaar: de besluiten die die dag ingaan, genomen in het jaar ervoor.',
    planChartTitle: 'Het actieplan per jaar, per soort besluit',
    planCaption: ({ period, hired, moved, outside, overstaffing }) =>
      `Over ${period} werft het plan ${hired} fte, laat het ${moved === null ? 'niemand' : `${moved} fte`} intern overstappen en plaatst het ${outside === null ? 'niemand' : `${outside} fte`} buiten de organisatie; overbezetting telt op tot ${overstaffing} fte-jaar. Elk paneel heeft een eigen schaal.`,
    action: {
      hired: 'Werving (fte)',
      reskilled: 'Omscholing (fte)',
      redeployed: 'Herplaatsing zonder opleiding (fte)',
      outside: 'Plaatsing buiten de organisatie (fte)',
      reducedHours: 'Minder uren, vrijwillig (fte)',
      overstaffing: 'Overbezetting (fte)',
      shortage: 'Onvervulde vraag (fte)',
    },
    actionCol: 'Besluit',
    totalsNote: (withShortage, reducedPersons, reducedHours) =>
      `Werving, omscholing, herplaatsing en plaatsing buiten de organisatie zijn besluiten per jaar: hun totaal is de som. ${reducedHours ? `Minder uren${withShortage ? ', overbezetting en onvervulde vraag' : ' en overbezetting'} zijn` : withShortage ? 'Overbezetting en onvervulde vraag zijn' : 'Overbezetting is'} de stand in een jaar: het totaal telt die op tot fte-jaren.` +
      (reducedPersons === null ? '' : ` Minder uren is de fte die medewerkers vrijwillig minder werken: dat zijn ${reducedPersons} (naar boven afgerond op hele personen).`),
    hiringTitle: (period) => `Werving per functie, ${period}`,
    hiringText: (fte, functions, period) => `Het plan werft ${fte} fte in ${period}, verdeeld over ${count(functions, 'functie', 'functies')}; dat vervangt vooral wie met pensioen gaat of vertrekt.`,
    hiringBalance: (b) =>
      `Zo loopt de bezetting: ${b.start} fte op 1 januari ${b.startYear}, plus ${b.hired} fte geworven, min ${b.outflow} fte die in ${b.leavePeriod} vanzelf vertrekt (pensioen, verloop, aflopende contracten)${b.loss === null ? '' : `, min ${b.loss} fte ${b.movers ? 'nieuwkomers en overstappers' : 'nieuwkomers'} die hun eerste jaar in de functie niet blijven`}${b.outside === null ? '' : `, min ${b.outside} fte buiten de organisatie geplaatst`}: ${b.end} fte op 1 januari ${b.endYear}${b.off === null ? '' : ` (afgerond; de delen tellen daardoor ${b.off} fte anders op)`}.` +
      (b.replacement === null ? '' : ` Er vertrekt meer dan de ${b.replacement} fte vervangingsvraag zonder werving (de eerste tabel van dit hoofdstuk): wie geworven wordt, gaat later ook met pensioen of vertrekt, en een bezetting die op peil blijft, verliest meer mensen dan een die zonder werving krimpt.`),
    vulnerableCol: 'Kwetsbaar',
    vulnerableHiringNote:
      'Kwetsbaar en toch werven: daar krimpt het werk, maar vertrekken de mensen sneller dan het werk verdwijnt. De wervingsbehoefte is de kleinere formatie die overblijft (zie hoofdstuk 3).',
    hiringFte: 'Werving (fte)',
    outsideTitle: (period) => `Plaatsing buiten de organisatie per functie, ${period}`,
    outsideText: (fte, functions, objective) =>
      `Het plan plaatst ${fte} fte uit ${count(functions, 'functie', 'functies')} buiten de organisatie: via een van-werk-naar-werk-traject naar werk bij een andere werkgever. Fte is niet het aantal mensen: wie in deeltijd werkt, telt voor een deel. ` +
      (objective === 'cost'
        ? 'Het is een kostenafweging van het plan (een traject kost in het plan minder dan deze mensen boven de formatie in dienst houden, of de grenzen van het scenario laten niets anders toe), geen vaststelling dat er binnen de gemeente geen passend werk is; een scenario kan het plan ook als eerste doel geven zo weinig mogelijk mensen buiten de organisatie te plaatsen. '
        : 'Ook met het doel zo weinig mogelijk mensen buiten te plaatsen laten de grenzen van het scenario (zoals de grens op overbezetting) voor hen geen plek binnen de organisatie. ') +
      'Wie het betreft en of iemand boventallig wordt verklaard, volgt pas uit een reorganisatiebesluit en het sociaal plan (Cao Gemeenten). Het is de opgave voor regionale mobiliteit, samen met buurgemeenten en de regio.',
    outsideFte: 'Buiten geplaatst (fte)',
    noHiring: 'Het plan hoeft niemand te werven.',
    noOutside: 'Het plan plaatst niemand buiten de organisatie.',
    shortfallTitle: 'Waar de vraag niet te vervullen is',
    shortfallText: (fteYears, functions, withheld) => {
      const hidden = `${count(withheld, 'functie', 'functies')} waarvan de getallen zijn afgeschermd (privacy)`;
      const where = withheld === 0 ? count(functions, 'functie', 'functies') : functions === 0 ? hidden : `${count(functions, 'functie', 'functies')}, en in ${hidden},`;
      return `In ${where} laten de grenzen van het scenario (zoals een vacaturestop) samen ${fteYears} fte-jaar vraag onvervuld.`;
    },
    shortfallTop: (listed, rest, withheld) =>
      `De ${listed} functies met de meeste onvervulde vraag staan er elk apart, de overige ${rest} samen in één regel${withheld > 0 ? ` (daarin ook ${count(withheld, 'functie die', 'functies die')} om privacy niet apart ${withheld === 1 ? 'staat' : 'staan'})` : ''}; spp plan noemt ze allemaal.`,
    shortfallCol: 'Onvervuld (fte-jaar)',
    yearsCol: 'Jaren',
    yearsWithheld: 'afgeschermd',
    businessTitle: (period) => `Kostenvergelijking: kosten per soort over ${period}`,
    unmetNote: (plan, noPathways, noPlan) =>
      `Onvervulde vraag over de horizon: actieplan ${plan} fte-jaar${noPathways === null ? '' : `, zonder interne routes ${noPathways}`}, zonder plan ${noPlan}. Onvervulde vraag kost in deze vergelijking niets, maar is werk dat blijft liggen, door collega’s wordt opgevangen (werkdruk) of wordt ingehuurd: een kolom die meer werk onvervuld laat, is daardoor goedkoper zonder beter te zijn.`,
    kindCol: 'Kostensoort',
    planCol: 'Actieplan',
    noPathwaysCol: 'Zonder interne routes',
    noPlanCol: 'Zonder plan',
    kind: {
      hiring: 'Wervingskosten',
      reskilling: 'Omscholingskosten',
      redundancy: 'Kosten van plaatsing buiten de organisatie',
      overstaffing: 'Kosten van overbezetting',
      reduced_hours: 'Kosten van minder uren',
      shortage: 'Kosten van onvervulde vraag',
    },
    savingRow: 'Het actieplan is',
    cheaperBy: (euros) => `${euros} goedkoper`,
    dearerBy: (euros) => `${euros} duurder`,
    sameCost: 'even duur',
    impossible: 'geen plan binnen de grenzen',
    businessText: ({ period, total, noPathways, noPlan, cheaper, why, discounted, unmet }) =>
      (unmet === null ? '' : `De kolommen zijn niet één op één te vergelijken: binnen de grenzen van het scenario laat het actieplan ${unmet} fte-jaar vraag onvervuld die zonder plan (werven zonder grenzen) wel wordt vervuld. `) +
      `Het actieplan kost ${total} over ${period}. ${
        noPathways === null
          ? `Zonder interne routes (hetzelfde plan, maar niemand stapt over) blijft geen enkel plan binnen de grenzen van het scenario: de routes maken dit plan mogelijk. Zonder plan (elk jaar het tekort werven en het overschot buiten plaatsen, zonder grenzen) kost het ${noPlan}.`
          : `Zonder interne routes (hetzelfde plan, maar niemand stapt over) is dat ${noPathways}; zonder plan (elk jaar het tekort werven en het overschot buiten plaatsen, zonder grenzen) ${noPlan}.`
      }` +
      (cheaper ? '' : why !== null ? ` ${why}` : ' Zonder plan is alleen op papier goedkoper: het negeert de grenzen van het scenario (zoals een vacaturestop) en plaatst mensen buiten die later weer geworven moeten worden, waar het plan hen in dienst houdt tot natuurlijk verloop of een route hen opneemt.') +
      ' Kosten vallen in het jaar van het besluit: een aanstelling per 1 januari wordt in het jaar ervoor betaald.' +
      (discounted ? ' De bedragen zijn contant gemaakt naar het startjaar.' : ''),
  },

  comparison: {
    intro: (count, reference, year) =>
      `Dit hoofdstuk zet ${count} scenario’s naast elkaar, op dezelfde personeelsgegevens. Verschillen zijn steeds ten opzichte van ${reference}; de cijfers per functie gelden voor ${year}.`,
    scenarioCol: 'Scenario',
    titleCol: 'Omschrijving',
    gapTitle: 'Tekort of overschot per scenario',
    gapCaption: (end, smallest, smallestGap, largest, largestGap, kind) =>
      (kind === 'shortage'
        ? `In ${end} is het tekort het kleinst in ${smallest} (${smallestGap} fte) en het grootst in ${largest} (${largestGap} fte).`
        : kind === 'surplus'
          ? `In ${end} is het overschot het grootst in ${smallest} (${smallestGap} fte) en het kleinst in ${largest} (${largestGap} fte).`
          : `In ${end} is het verschil tussen bezetting en benodigd werk het hoogst in ${smallest} (${smallestGap} fte) en het laagst in ${largest} (${largestGap} fte).`) +
      ' Negatief is een tekort. Dit vergelijkt alleen het tekort of overschot, niet de kwetsbare functies of de kosten van het plan.',
    gapBand: (runs, seed) =>
      runs === '1'
        ? `De grijze banden en de marges in de tabel tonen P10 tot P90 van 1 Monte-Carlo-run per scenario (seed ${seed}); bij één run vallen die samen.`
        : `De grijze banden en de marges in de tabel tonen P10 tot P90 van ${runs} Monte-Carlo-runs per scenario (seed ${seed}): in 80% van de runs ligt het verschil daartussen.`,
    totalsTitle: (year) => `Kerncijfers in ${year} (fte)`,
    supply: 'Bezetting',
    demand: 'Benodigd werk',
    gap: 'Tekort (−) of overschot (+)',
    replacement: 'waarvan vertrek sinds de start (vervangingsvraag)',
    expansion: 'waarvan verandering van het werk (uitbreidingsvraag)',
    shortage: 'Tekort, opgeteld over functies',
    vulnerable: 'Kwetsbare functies',
    planCost: 'Kosten actieplan, hele horizon',
    planUnmet: 'Onvervulde vraag in het actieplan (fte-jaren)',
    planNote: 'Kosten actieplan: alle kosten van het plan over de horizon van het scenario; een plan dat binnen de grenzen van zijn scenario vraag onvervuld laat (een vacaturestop), is daardoor goedkoper.',
    planDefaults: 'Een scenario zonder eigen instellingen voor het actieplan is doorgerekend met de standaardwaarden van spp.',
    differsTitle: 'Aannames die verschillen',
    differsNone: 'De scenario’s hebben dezelfde aannames.',
    differsNoneOtherData: 'De scenario’s hebben dezelfde aannames, maar lezen verschillende gegevensbestanden: de verschillen hieronder komen uit de gegevens.',
    assumptionCol: 'Aanname',
    notSet: '—',
    statusTitle: (year) => `Functies met een andere status in ${year}`,
    statusNone: 'Elke functie heeft in alle scenario’s dezelfde status.',
  },

  sensitivity: {
    intro: (delta, end, gap, shortage, scenario) =>
      (scenario === null ? '' : `Deze gevoeligheid gaat over het eerste scenario, ${scenario}. `) +
      `Elke aanname van het scenario is ${delta} omlaag en ${delta} omhoog gezet, één tegelijk, binnen wat geldig is (de AOW-leeftijd met twee jaar bij 20%). Het scenario zelf komt in ${end} uit op ${gap} fte en ${shortage} tekort-fte-jaren; de grafiek toont hoeveel elke aanname dat verschuift.`,
    tornadoTitle: 'Wat bepaalt het tekort het meest',
    tornadoCaption: (end, top) =>
      top.length === 0 ? `Geen aanname verandert het tekort in ${end}.` : `Het meest bepalend voor het tekort in ${end}: ${top.join(', ')}.`,
    low: (d) => `aanname −${d}`,
    high: (d) => `aanname +${d}`,
    assumptionCol: 'Aanname',
    valuesLow: (d) => `Waarde −${d}`,
    valuesHigh: (d) => `Waarde +${d}`,
    gapLow: (d) => `Δ tekort/overschot −${d}`,
    gapHigh: (d) => `Δ tekort/overschot +${d}`,
    shortageLow: (d) => `Δ tekort-fte-jaren −${d}`,
    shortageHigh: (d) => `Δ tekort-fte-jaren +${d}`,
    note: 'Δ is de verandering ten opzichte van het scenario: een negatieve Δ tekort/overschot betekent meer tekort. Een waarde [laag, waarschijnlijk, hoog] telt met haar gemiddelde. Bij elke aanname staat haar instelling in het scenariobestand (zie de bijlage).',
    notRun: 'niet doorgerekend',
    planIntro: (cost) => `Het actieplan van het scenario kost in totaal ${cost}. Bij elke verschoven aanname is het plan opnieuw berekend; ook de kostenparameters van het plan zelf zijn verschoven.`,
    planTornadoTitle: 'Wat bepaalt de kosten van het plan het meest',
    planTornadoCaption: (top) =>
      top.length === 0 ? 'Geen aanname verandert de kosten van het plan.' : `Het meest bepalend voor de kosten van het plan: ${top.join(', ')}.`,
    planLow: (d) => `Δ kosten plan −${d}`,
    planHigh: (d) => `Δ kosten plan +${d}`,
  },

  appendix: {
    assumptionsTitle: 'Aannames van het scenario',
    key: 'Instelling',
    value: 'Waarde',
    source: 'Bron',
    defaultSource: 'standaardwaarde',
    commandLine: (flag) => `opdrachtregel (${flag})`,
    givenNote: 'Staat er ‘opdrachtregel’, dan is de waarde bij het maken van dit rapport gegeven (zoals --headcount) in plaats van de waarde in het scenario: dit bestand is gelezen.',
    inheritedNote: 'De kolom Bron noemt het scenariobestand waarin de waarde staat (bij extends ook een overgeërfd bestand), of dat de standaardwaarde van spp geldt.',
    modelNotesTitle: 'Aannames van het rekenmodel',
    modelNotesNote: 'Deze aannames maakt het rekenmodel zelf, waar het scenario of de gegevens niets zeggen.',
    stampTitle: 'Reproduceerbaarheid',
    version: 'spp-versie',
    scenarioId: 'Scenario',
    inputRole: 'Invoer',
    inputFile: 'Bestand',
    sha256: 'SHA-256',
    seed: 'Seed',
    privacyTitle: 'Privacy',
    privacyText: (m) =>
      `Dit rapport bevat geen personeelsnummers of gegevens van individuele medewerkers. Aantallen personen onder ${m} zijn verborgen, met aanvullende onderdrukking zodat ze niet uit totalen zijn af te leiden.`,
    roles: { headcount_previous: 'eerder personeelsbestand (--previous)', headcount_actual: 'werkelijk personeelsbestand (--actual)', scenario: 'scenario', functions: 'functieprofielen', headcount: 'personeelsbestand', columns: 'kolomkoppeling', similarity: 'gelijkenis' },
    backtestTitle: 'Hoe goed projecteerde dit model vorig jaar?',
    backtestTable: { item: 'Totaal', onDate: (year) => `1 januari ${year}`, projected: 'Geprojecteerd', actual: 'Werkelijk', error: 'Afwijking', fte: 'Fte', persons: 'Personen', wape: 'Gewogen afwijking per functie (WAPE)' },
  },

  charts: {
    supplyByFamily: (start, end) => `Bezetting in fte per functiefamilie, ${start}–${end}, gestapeld, met de benodigde formatie als lijn`,
    agePyramid: 'Aantal personen per leeftijdsklasse van 5 jaar',
    retirementWave: 'Fte die per jaar met pensioen gaat',
    gap: 'Bezetting en benodigde formatie in fte per jaar; het vlak ertussen is het verschil',
    flow: 'Interne overstappen van functie naar functie, breedte naar fte',
    plan: 'Het actieplan per jaar: werving, omscholing, herplaatsing, plaatsing buiten de organisatie, minder uren, overbezetting en onvervulde vraag, elk op een eigen schaal',
    compareGap: 'Tekort (−) of overschot (+) per scenario en jaar, fte',
    planTornado: 'Verschuiving van de kosten van het plan per aanname, euro',
    planTornadoAxis: 'Verschuiving van de kosten van het plan (euro)',
    tornado: (end) => `Verschuiving van het tekort of overschot in ${end} per aanname, fte`,
    tornadoAxis: (end) => `Verschuiving van het tekort of overschot in ${end} (fte)`,
    hidden: (m) => `< ${m}`,
  },
} satisfies Texts;
