import type { Texts } from './texts.js';
import { QUADRANT_NAMES } from '../../../domain/organise.js';

/** "1 functie", "3 functies", "geen functies": a count with the right noun (counts of functions, < 1000). */
function count(n: number, one: string, many: string): string {
  const word = n === 1 ? one : many;
  const number = n === 0 ? 'geen' : n.toLocaleString('nl-NL');
  return word === '' ? `${number} ` : `${number} ${word}`;
}

/** Dutch texts of the report (the default language). */
export const nl = {
  lang: 'nl',
  htmlLang: 'nl',
  title: 'Strategische personeelsplanning',
  subtitle: (scenario, start, end) => `Scenario ${scenario}, ${start}–${end}`,
  exampleNotice: 'Dit rapport is gemaakt op het meegeleverde voorbeeld, Gemeente Voorbeeld (fictief).',
  story: {
    title: 'Het scenario',
    driversTitle: 'De aannames die de uitkomst bepalen',
    driversNote: 'De volledige lijst van aannames staat in de bijlage.',
    curve: { linear: 'in een gelijkmatig tempo', 's-curve': 'eerst langzaam, dan snel, dan afvlakkend', step: 'in één keer' },
    automation: (label, share, range, start, end, curve) =>
      `${label}: ${share} van het werk geautomatiseerd in ${end}${range ? ` (onzeker: tussen ${range[0]} en ${range[2]})` : ''}, vanaf ${start} ${curve}.`,
    reinvested: (share) => `${share} van de tijd die automatisering vrijmaakt, blijft in de functie (betere dienstverlening, nieuwe taken).`,
    growth: (scope, rate, shrinking) => `${scope}: ${shrinking ? `de vraag krimpt ${rate} per jaar` : `de vraag groeit ${rate} per jaar`}.`,
    discontinue: (fn, year) => `${fn}: vervalt vanaf ${year}.`,
    change: (fn, change, end) => `${fn}: vraag ${change}${end === null ? '' : ` in ${end}`}.`,
    emerging: (names, fte, end) => `Nieuwe ${names.length === 1 ? 'functie' : 'functies'}: ${names.join(', ')} (samen ${fte} fte in ${end}).`,
  },
  summaryTitle: 'Samenvatting',
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
  suppressedSmall: (m) => `< ${m}`,
  suppressedComplement: '•',
  suppressionNote: (m) =>
    `Groepen van minder dan ${m} personen staan als „< ${m}”; een • is verborgen zodat zo’n kleine groep niet uit het totaal is terug te rekenen.`,
  chartDataTitle: 'Gegevens bij de grafiek',
  units: { fte: 'fte', persons: 'personen', euro: 'euro', hours: 'uur', year: 'jaar', percent: '%' },

  summary: {
    workforce: (persons, fte, functions, families, meanAge) =>
      `Vandaag werken ${persons} medewerkers samen ${fte} fte in ${functions} functies en ${families} functiefamilies; de gemiddelde leeftijd is ${meanAge} jaar.`,
    gap: (end, supply, demand, gap, shortage, sources) =>
      shortage
        ? `Zonder nieuwe werving daalt de bezetting tot ${supply} fte in ${end}, terwijl ${demand} fte werk nodig is: een tekort van ${gap} fte${sources}.`
        : `Zonder nieuwe werving is de bezetting ${supply} fte in ${end}, bij ${demand} fte benodigd werk: een overschot van ${gap} fte${sources}.`,
    gapSources: (start, leave, work, grows, cause) =>
      `; sinds ${start} vertrekt ${leave} fte door pensioen, uitstroom en aflopende contracten (vervangingsvraag)` +
      (grows === null ? ' en blijft het benodigde werk gelijk (uitbreidingsvraag)' : ` en ${grows ? 'groeit' : 'krimpt'} het benodigde werk met ${work} fte (uitbreidingsvraag)`) +
      (cause === 'leavers' ? ', dus het tekort ontstaat vooral doordat mensen vertrekken' : cause === 'work' ? ', dus het tekort ontstaat vooral doordat het werk verandert' : ''),
    gapBand: (end, runs, low, high) =>
      `Dat is de verwachte waarde; bij ${runs} doorrekeningen met onzekere aannames en toevallige uitstroom ligt het verschil (bezetting min benodigd) in ${end} in 8 van de 10 gevallen tussen ${low} en ${high} fte.`,
    retirement: (fte, share, start, end) =>
      `Tussen ${start} en ${end} gaat ${fte} fte met pensioen, ${share} van de huidige bezetting.`,
    metamorphosis: (n, firstYear) =>
      n.disappearing + n.changing + n.emerging === 0
        ? `Geen functie verdwijnt, verandert ingrijpend of ontstaat nieuw; ${count(n.shrinking, 'functie krimpt', 'functies krimpen')} en ${count(n.growing, 'functie groeit', 'functies groeien')} met meer dan de drempel.`
        : `Door digitalisering ${n.disappearing === 1 ? 'verdwijnt' : 'verdwijnen'} ${count(n.disappearing, 'functie', 'functies')}, ${n.changing === 1 ? 'verandert' : 'veranderen'} er ${count(n.changing, '', '')}ingrijpend en ${n.emerging === 1 ? 'komt' : 'komen'} er ${count(n.emerging, '', '')}nieuwe bij` +
          (firstYear === null ? '.' : `; de eerste verschuiving is zichtbaar in ${firstYear}.`),
    vulnerable: (functions, persons, fte) =>
      functions === 0
        ? 'Geen enkele functie is kwetsbaar.'
        : `${count(functions, 'functie is', 'functies zijn')} kwetsbaar; daarin werken nu ${persons} mensen (${fte} fte).`,
    reskilling: (fte, pathways, cost, hiring, surplus, start, end) =>
      pathways === 0
        ? `Er is geen omscholingsroute van een overschot- naar een tekortfunctie die aan de regels voldoet; ${hiring} fte blijft extern te werven en ${surplus} fte boventallig voor regionale mobiliteit (${start}–${end}).`
        : `Het omscholingsplan brengt ${fte} fte via ${count(pathways, 'route', 'routes')} naar tekortfuncties, voor ${cost} omscholingskosten over ${start}–${end}; daarna blijft ${hiring} fte extern te werven en ${surplus} fte boventallig voor regionale mobiliteit.`,
    businessCase: (total, allHire, saving, cheaper, start, end) =>
      cheaper
        ? `Omscholings-, wervings- en afvloeiingskosten samen zijn ${total} over ${start}–${end}, ${saving} minder dan alles extern werven en het overschot laten afvloeien (${allHire}).`
        : `Omscholings-, wervings- en afvloeiingskosten samen zijn ${total} over ${start}–${end}; alles extern werven en het overschot laten afvloeien kost ${allHire}.`,
  },

  chapters: {
    doorlichten: { title: 'Doorlichten', lead: 'Het personeelsbestand van vandaag: wie werkt waar, hoe oud, en wie gaat wanneer met pensioen.' },
    doorbreken: { title: 'Doorbreken', lead: 'Welke functies verdwijnen, veranderen of ontstaan door digitalisering, wanneer, en waarom.' },
    doorselecteren: { title: 'Doorselecteren', lead: 'Kwetsbare functies en hoeveel mensen daarin werken.' },
    doorontwikkelen: { title: 'Doorontwikkelen', lead: 'Omscholingsroutes van overschot- naar tekortfuncties: uren, kosten en de kostenvergelijking met werven.' },
    doorverbinden: { title: 'Doorverbinden', lead: 'Wat overblijft: externe wervingsbehoefte en boventallige capaciteit voor regionale mobiliteit (van-werk-naar-werk).' },
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
      `Zonder werving daalt de bezetting van ${supplyStart} fte in ${start} naar ${supplyEnd} fte in ${end}; de benodigde formatie is dan ${demandEnd} fte.`,
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
    retirementCaption: (total, peakYear, peak) =>
      `In totaal gaat ${total} fte met pensioen; de piek ligt in ${peakYear} met ${peak} fte.`,
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
    replacementTitle: 'Werk blijft, mensen vertrekken',
    replacementText: (n, end) =>
      `Bij ${count(n, 'functie', 'functies')} blijft het werk (ongeveer) even groot, maar is in ${end} hooguit de helft van de huidige bezetting nog aanwezig, door pensioen en verloop. „Stabiel” gaat daar over het werk, niet over de mensen: deze functies hebben een grote vervangingsvraag.`,
    replacementPrivacy: (m) =>
      `Functies met minder dan ${m} personen (en functies die verborgen zijn zodat die niet uit een totaal volgen) staan niet in deze lijst: hun bezetting per jaar zou laten zien wanneer iemand vertrekt (privacy).`,
    replacementCol: 'Waarvan vervanging nodig',
    supplyStart: (start) => `Bezetting ${start} (fte)`,
    supplyEnd: (end) => `Bezetting ${end} (fte)`,
    demandEnd: (end) => `Vraag ${end} (fte)`,
    remaining: 'Nog aanwezig',
    replacementFlagCol: 'Vervanging',
    replacementFlag: 'nodig',
    discontinued: (year) => `opgeheven per ${year}`,
    demandRatio: (ratio, start, end) => `vraag ${end} is ${ratio} van ${start}`,
    automated: (share) => `${share} van het werk geautomatiseerd`,
    taskShift: (shift) => `takenpakket verschuift ${shift}`,
    emergingDemand: (fte, end) => `nieuw; ${fte} fte nodig in ${end}`,
    volume: (change) => `vraag ${change}`,
    taskMixTitle: 'Takenpakket van de hele organisatie (aandeel van het werk, gewogen naar fte)',
    taskMixText: 'Zo verschuift het werk tussen taakcategorieën doordat routinewerk wordt geautomatiseerd.',
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
    quadrantChartTitle: (start, end) => `Functies naar voorspelbaarheid en complexiteit, ${start} → ${end}`,
    axisPredictability: 'voorspelbaarheid',
    axisComplexity: 'complexiteit',
    quadrantCaption: (start, end, moved) =>
      `Elke stip is een functie in ${end}, zo groot als het werk (fte); de pijl komt van de plaats in ${start}. ` +
      (moved === 0 ? 'Geen functie wisselt van kwadrant.' : moved === 1 ? 'Eén functie wisselt van kwadrant (zwart, met code).' : `${moved} functies wisselen van kwadrant (zwart, met code).`),
    quadrantCol: 'Kwadrant',
    functionsIn: (year) => `Functies ${year}`,
    fteIn: (year) => `Fte ${year}`,
    intoCustom: (names) => `Deze functies schuiven op naar maatwerk: ${names}.`,
    since: (name, year) => `${name} (vanaf ${year})`,
    noneIntoCustom: (end) => `Geen functie schuift vóór ${end} op naar maatwerk.`,
    poolText: (functions, fte, end, roles) =>
      `In ${end} is het werk van ${functions} functies maatwerk, samen ${fte} fte: zoveel werk zou een flexibele pool kunnen dragen waarin mensen ` +
      `in rollen werken. De grootste rollen daarin: ${roles}.`,
    noPool: (end) => `In ${end} is geen functie maatwerk; voor een flexibele pool van rollen is (nog) geen werk.`,
    moversTitle: 'Functies die van kwadrant wisselen',
    fromCol: (start) => `In ${start}`,
    toCol: (end) => `In ${end}`,
    sinceCol: 'Vanaf',
    poolTitle: (end) => `Kandidaten voor een pool van rollen (maatwerk in ${end})`,
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
    vulnerableHiring: (n) =>
      `Let op: ${count(n, 'kwetsbare functie staat', 'kwetsbare functies staan')} ook bij de externe wervingsbehoefte (hoofdstuk 5). Dat is geen tegenspraak: het werk krimpt, maar de mensen vertrekken (pensioen, verloop) sneller dan het werk verdwijnt. Wie daar nu werkt, houdt werk; nieuwe mensen werft u er alleen voor de kleinere formatie, bij voorkeur via interne mobiliteit.`,
    personsStart: (start) => `Personen ${start}`,
    fteStart: (start) => `Fte ${start}`,
    demandEnd: (end) => `Vraag ${end} (fte)`,
    automatedCol: 'Geautomatiseerd',
    definition: (volume, change) =>
      `Kwetsbaar is een functie die verdwijnt, of waarvan de vraag met ten minste ${volume} daalt terwijl ten minste ${change} van het werk wordt geautomatiseerd.`,
  },

  doorontwikkelen: {
    text: (fte, pathways, hours, cost) =>
      `Het plan schoolt ${fte} fte om via ${count(pathways, 'route', 'routes')}, samen ${hours} opleidingsuren, voor ${cost} omscholingskosten.`,
    noneText: 'Het plan vindt geen omscholingsroute die goedkoper is dan werven en afvloeien, of er is geen overschot naast een tekort.',
    flowTitle: 'Omscholingsroutes: van functie (links) naar functie (rechts), breedte naar fte',
    flowCaption: (fte, pathways) => `${count(pathways, 'route brengt', 'routes brengen samen')} ${fte} fte van een overschot- naar een tekortfunctie.`,
    flowTop: (n) => `De grafiek toont de ${n} grootste routes; de tabel noemt ze allemaal.`,
    pathwaysTitle: 'Omscholingsroutes',
    from: 'Van',
    to: 'Naar',
    fte: 'Fte',
    hoursPerPerson: 'Uren per persoon',
    cost: 'Omscholingskosten',
    firstYear: 'Start',
    perYearTitle: (start, end) => `Omscholing per jaar, ${start}–${end}`,
    perYearFte: 'Start omscholing (fte)',
    perYearCost: 'Omscholingskosten in dat jaar',
    businessTitle: (start, end) => `Kostenvergelijking: kosten over ${start}–${end} (eenmalig, niet verdisconteerd)`,
    item: 'Post',
    amount: 'Bedrag',
    reskillCost: (start, end) => `Omscholingskosten, totaal ${start}–${end}`,
    hireCost: (perFte) => `Wervingskosten van het resterende tekort (${perFte} per geworven fte)`,
    surplusCost: (perFte) => `Afvloeiingskosten van het resterende overschot (${perFte} per fte)`,
    planTotal: (start, end) => `Totale kosten met omscholingsplan, ${start}–${end}`,
    allHire: (start, end) => `Alternatief zonder omscholing: alles extern werven, overschot laten afvloeien, ${start}–${end}`,
    saving: 'Verschil',
    businessText: (total, allHire, saving, cheaper) =>
      cheaper
        ? `Met omscholing kost het geheel ${total}; alles extern werven en het overschot laten afvloeien kost ${allHire}. Omscholen bespaart ${saving}.`
        : `Met omscholing kost het geheel ${total}, evenveel als of meer dan alles extern werven (${allHire}).`,
    rules: (minSimilarity, maxStep, minPay, hoursPerLevel, costPerHour) =>
      `Een route telt mee als de functies voor ten minste ${minSimilarity} op elkaar lijken, ten hoogste ${maxStep} schaal verschillen, het salaris ten minste ${minPay} van het huidige is en de nieuwe functie niet kwetsbaar is. Elk ontbrekend vaardigheidsniveau kost ${hoursPerLevel} opleidingsuren van ${costPerHour}.`,
    notesTitle: 'Opmerkingen bij het plan',
  },

  doorverbinden: {
    gapTitle: 'Bezetting en benodigde formatie per jaar (fte)',
    gapCaption: (end, gap, shortage) =>
      shortage ? `In ${end} is het tekort ${gap} fte als er niet wordt geworven.` : `In ${end} is het overschot ${gap} fte als er niet wordt geworven.`,
    bandCaption: (runs, seed) =>
      `De grijze banden rond de lijnen lopen van P10 tot P90: bij ${runs} doorrekeningen (seed ${seed}) ligt de waarde in 8 van de 10 gevallen daartussen.`,
    bandCol: 'Verschil P10 … P90',
    replacementCol: (start) => `Vervangingsvraag sinds ${start} (fte)`,
    expansionCol: (start) => `Uitbreidingsvraag sinds ${start} (fte)`,
    supplyLabel: 'bezetting',
    demandLabel: 'benodigd',
    supplyCol: 'Bezetting (fte)',
    demandCol: 'Benodigd (fte)',
    gapLabel: 'Verschil (fte)',
    hiringTitle: 'Externe wervingsbehoefte na omscholing',
    hiringText: (fte, functions) => `Na omscholing blijft ${fte} fte extern te werven, verdeeld over ${count(functions, 'functie', 'functies')}.`,
    vulnerableCol: 'Kwetsbaar',
    vulnerableHiringNote:
      'Kwetsbaar en toch werven: daar krimpt het werk, maar vertrekken de mensen sneller dan het werk verdwijnt. De wervingsbehoefte is de kleinere formatie die overblijft (zie hoofdstuk 3).',
    reconcileTitle: (end) => `Van tekort naar wervingsbehoefte, ${end} (fte)`,
    reconcileText:
      'Het verschil in de tabel hierboven is een saldo over alle functies. Hier staat hoe het uiteenvalt: tekorten en overschotten per functie, wat omscholing daarvan oplost, en wat overblijft.',
    reconcile: {
      shortage: 'Tekort in functies met een tekort',
      surplus: 'Overschot in functies met een overschot',
      net: 'Saldo (verschil in de tabel hierboven)',
      reskilled: 'Via omscholing van overschot naar tekort',
      hiring: 'Extern te werven',
      surplusLeft: 'Boventallig, voor regionale mobiliteit',
    },
    hiringFte: 'Te werven (fte)',
    surplusTitle: 'Boventallig na omscholing: voor regionale mobiliteit',
    surplusText: (fte, functions) =>
      `${fte} fte in ${count(functions, 'functie', 'functies')} vindt binnen de organisatie geen passende plek. Dat is de opgave voor regionale mobiliteit en van-werk-naar-werkbegeleiding, samen met buurgemeenten en de regio.`,
    surplusFte: 'Boventallig (fte)',
    noHiring: 'Na omscholing blijft er geen tekort over.',
    noSurplus: 'Na omscholing blijft er geen overschot over.',
  },

  comparison: {
    intro: (count, reference, year) =>
      `Dit hoofdstuk zet ${count} scenario’s naast elkaar, op dezelfde personeelsgegevens. Verschillen zijn steeds ten opzichte van ${reference}; de cijfers per functie gelden voor ${year}.`,
    scenarioCol: 'Scenario',
    titleCol: 'Omschrijving',
    gapTitle: 'Tekort of overschot per scenario',
    gapCaption: (end, smallest, smallestGap, largest, largestGap) =>
      `In ${end} is het verschil tussen bezetting en benodigd werk het gunstigst in ${smallest} (${smallestGap} fte) en het ongunstigst in ${largest} (${largestGap} fte). Negatief is een tekort.`,
    totalsTitle: (year) => `Kerncijfers in ${year} (fte)`,
    supply: 'Bezetting',
    demand: 'Benodigd werk',
    gap: 'Tekort (−) of overschot (+)',
    replacement: 'waarvan vertrek sinds de start (vervangingsvraag)',
    expansion: 'waarvan verandering van het werk (uitbreidingsvraag)',
    shortage: 'Tekort, opgeteld over functies',
    vulnerable: 'Kwetsbare functies',
    differsTitle: 'Aannames die verschillen',
    differsNone: 'De scenario’s hebben dezelfde aannames.',
    assumptionCol: 'Aanname',
    notSet: '—',
    statusTitle: (year) => `Functies met een andere status in ${year}`,
    statusNone: 'Elke functie heeft in alle scenario’s dezelfde status.',
  },

  sensitivity: {
    intro: (delta, end, gap, shortage) =>
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
    note: 'Δ is de verandering ten opzichte van het scenario: een negatieve Δ tekort/overschot betekent meer tekort. Een waarde [laag, waarschijnlijk, hoog] telt met haar gemiddelde.',
    notRun: 'niet doorgerekend',
  },

  appendix: {
    assumptionsTitle: 'Aannames van het scenario',
    key: 'Instelling',
    value: 'Waarde',
    source: 'Bron',
    defaultSource: 'standaardwaarde',
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
    roles: { scenario: 'scenario', functions: 'functieprofielen', headcount: 'personeelsbestand', columns: 'kolomkoppeling', similarity: 'gelijkenis' },
  },

  charts: {
    supplyByFamily: (start, end) => `Bezetting in fte per functiefamilie, ${start}–${end}, gestapeld, met de benodigde formatie als lijn`,
    agePyramid: 'Aantal personen per leeftijdsklasse van 5 jaar',
    retirementWave: 'Fte die per jaar met pensioen gaat',
    gap: 'Bezetting en benodigde formatie in fte per jaar; het vlak ertussen is het verschil',
    flow: 'Omscholingsroutes van overschotfuncties naar tekortfuncties, breedte naar fte',
    compareGap: 'Tekort (−) of overschot (+) per scenario en jaar, fte',
    tornado: (end) => `Verschuiving van het tekort of overschot in ${end} per aanname, fte`,
    hidden: (m) => `< ${m}`,
  },
} satisfies Texts;
