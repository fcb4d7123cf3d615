/**
 * The function house (functiehuis) of Gemeente Voorbeeld, the fictional municipality bundled with spp.
 * It is modelled on the shape of municipal function houses (HR21 families and levels), with function
 * names as Dutch municipalities use them; all numbers are invented but kept plausible. The generator
 * (src/app/generate.ts) turns it into functions.csv and a headcount; see fixtures/example/README.md.
 */

/** Task categories of functions.csv (`task.<category>`), in column order. */
export const TASK_CATEGORIES = [
  'administrative',
  'customer_contact',
  'case_handling',
  'analysis',
  'advice',
  'policy',
  'coordination',
  'fieldwork',
  'ict',
  'management',
] as const;
type TaskCategory = (typeof TASK_CATEGORIES)[number];

/** Skills of functions.csv (`skill.<name>`, required proficiency 0–5), in column order. */
export const SKILLS = [
  'digital',
  'data_analysis',
  'communication',
  'legal',
  'administration',
  'customer_service',
  'policy_writing',
  'project_management',
  'coaching',
  'technical',
  'leadership',
] as const;
type Skill = (typeof SKILLS)[number];

export const FAMILIES = [
  'Dienstverlening',
  'Bedrijfsvoering',
  'Beleid',
  'Sociaal domein',
  'Ruimte',
  'Openbare ruimte',
  'Informatievoorziening',
  'Management',
] as const;
export type Family = (typeof FAMILIES)[number];

/** Departments (afdelingen) of Gemeente Voorbeeld: the `afdeling` column of the headcount. */
const DEPARTMENTS = [
  'Publiekszaken',
  'Bedrijfsvoering',
  'Bestuur en Concernstaf',
  'Sociaal Domein',
  'Ruimte en Economie',
  'Openbare Ruimte',
  'Informatievoorziening en ICT',
] as const;
type Department = (typeof DEPARTMENTS)[number];

export interface FunctionDefinition {
  name: string;
  family: Family;
  /** Salary scale (schaal) of the cao Gemeenten, 4–14. */
  level: number;
  /** Relative size: persons in this function at 1,500 employees (before scaling). */
  weight: number;
  /** Task shares in hundredths; they sum to 1. */
  tasks: Partial<Record<TaskCategory, number>>;
  /** Required proficiency 1–5; skills left out are not required (0). */
  skills: Partial<Record<Skill, number>>;
  /** Departments where people of this function work, with relative weights. */
  departments: readonly (readonly [Department, number])[];
  /** Vacant share of the formation: formation = occupied FTE × (1 + vacancy); negative = overstaffed. */
  vacancy: number;
}

const only = (d: Department): readonly (readonly [Department, number])[] => [[d, 1]];
/** Generic functions (advisers, assistants, team leaders) work in several departments. */
const spread: readonly (readonly [Department, number])[] = [
  ['Publiekszaken', 2],
  ['Bedrijfsvoering', 2],
  ['Bestuur en Concernstaf', 1],
  ['Sociaal Domein', 3],
  ['Ruimte en Economie', 2],
  ['Openbare Ruimte', 2],
  ['Informatievoorziening en ICT', 1],
];

/** The functions of Gemeente Voorbeeld in id order (F001 is the first). */
export const VOORBEELD_FUNCTIONS: readonly FunctionDefinition[] = [
  // --- Dienstverlening: front office, burgerzaken, post and archive -----------------------------
  {
    name: 'Medewerker Klantcontactcentrum', family: 'Dienstverlening', level: 6, weight: 62,
    tasks: { administrative: 0.25, customer_contact: 0.6, case_handling: 0.1, ict: 0.05 },
    skills: { digital: 2, communication: 3, administration: 2, customer_service: 4 },
    departments: only('Publiekszaken'), vacancy: 0.04,
  },
  {
    name: 'Senior medewerker Klantcontactcentrum', family: 'Dienstverlening', level: 7, weight: 12,
    tasks: { administrative: 0.2, customer_contact: 0.45, case_handling: 0.2, coordination: 0.15 },
    skills: { digital: 3, communication: 4, administration: 2, customer_service: 4, coaching: 2 },
    departments: only('Publiekszaken'), vacancy: 0.03,
  },
  {
    name: 'Medewerker Burgerzaken', family: 'Dienstverlening', level: 7, weight: 44,
    tasks: { administrative: 0.4, customer_contact: 0.4, case_handling: 0.2 },
    skills: { digital: 2, communication: 3, legal: 2, administration: 4, customer_service: 4 },
    departments: only('Publiekszaken'), vacancy: 0.03,
  },
  {
    name: 'Specialist Burgerzaken (BRP)', family: 'Dienstverlening', level: 8, weight: 10,
    tasks: { administrative: 0.35, customer_contact: 0.1, case_handling: 0.35, analysis: 0.1, advice: 0.1 },
    skills: { digital: 3, data_analysis: 2, legal: 3, administration: 4, customer_service: 3 },
    departments: only('Publiekszaken'), vacancy: 0.02,
  },
  {
    name: 'Medewerker Receptie en Bode', family: 'Dienstverlening', level: 4, weight: 12,
    tasks: { administrative: 0.2, customer_contact: 0.5, fieldwork: 0.3 },
    skills: { communication: 3, administration: 1, customer_service: 3, technical: 1 },
    departments: only('Publiekszaken'), vacancy: 0,
  },
  {
    name: 'Medewerker Post en Archief', family: 'Dienstverlening', level: 5, weight: 18,
    tasks: { administrative: 0.8, customer_contact: 0.05, ict: 0.15 },
    skills: { digital: 2, administration: 4, customer_service: 1 },
    // Already over formation: digital mail and e-archiving made posts redundant.
    departments: only('Publiekszaken'), vacancy: -0.1,
  },
  {
    name: 'Medewerker Documentaire Informatievoorziening (DIV)', family: 'Dienstverlening', level: 6, weight: 16,
    tasks: { administrative: 0.65, case_handling: 0.15, ict: 0.2 },
    skills: { digital: 3, legal: 1, administration: 4 },
    departments: only('Publiekszaken'), vacancy: 0.02,
  },
  {
    name: 'Medewerker Meldingen Openbare Ruimte', family: 'Dienstverlening', level: 6, weight: 10,
    tasks: { administrative: 0.3, customer_contact: 0.45, case_handling: 0.25 },
    skills: { digital: 2, communication: 3, administration: 3, customer_service: 4 },
    departments: only('Publiekszaken'), vacancy: 0.03,
  },
  {
    name: 'Coördinator Publiekszaken', family: 'Dienstverlening', level: 9, weight: 5,
    tasks: { administrative: 0.1, case_handling: 0.1, advice: 0.15, coordination: 0.45, management: 0.2 },
    skills: { digital: 3, communication: 4, administration: 3, project_management: 3, coaching: 3, leadership: 2 },
    departments: only('Publiekszaken'), vacancy: 0,
  },
  // --- Bedrijfsvoering: finance, belastingen, HR, inkoop, facilitair, communicatie ---------------
  {
    name: 'Medewerker Financiële Administratie', family: 'Bedrijfsvoering', level: 6, weight: 26,
    tasks: { administrative: 0.75, case_handling: 0.1, analysis: 0.1, ict: 0.05 },
    skills: { digital: 3, data_analysis: 2, administration: 4 },
    departments: only('Bedrijfsvoering'), vacancy: 0.03,
  },
  {
    name: 'Medewerker Belastingen', family: 'Bedrijfsvoering', level: 7, weight: 24,
    tasks: { administrative: 0.5, customer_contact: 0.15, case_handling: 0.3, analysis: 0.05 },
    skills: { digital: 3, legal: 2, administration: 4, customer_service: 3 },
    departments: only('Bedrijfsvoering'), vacancy: 0.03,
  },
  {
    name: 'Taxateur WOZ', family: 'Bedrijfsvoering', level: 8, weight: 8,
    tasks: { administrative: 0.15, case_handling: 0.25, analysis: 0.35, fieldwork: 0.25 },
    skills: { digital: 3, data_analysis: 3, legal: 2, administration: 2, technical: 3 },
    departments: only('Bedrijfsvoering'), vacancy: 0.06,
  },
  {
    name: 'Medewerker Invordering', family: 'Bedrijfsvoering', level: 6, weight: 10,
    tasks: { administrative: 0.55, customer_contact: 0.15, case_handling: 0.3 },
    skills: { digital: 2, legal: 2, administration: 4, customer_service: 3 },
    departments: only('Bedrijfsvoering'), vacancy: 0.02,
  },
  {
    name: 'Financieel Adviseur', family: 'Bedrijfsvoering', level: 10, weight: 18,
    tasks: { administrative: 0.1, analysis: 0.35, advice: 0.4, coordination: 0.15 },
    skills: { digital: 3, data_analysis: 3, communication: 3, administration: 3, policy_writing: 2 },
    departments: only('Bedrijfsvoering'), vacancy: 0.06,
  },
  {
    name: 'Controller', family: 'Bedrijfsvoering', level: 11, weight: 6,
    tasks: { analysis: 0.4, advice: 0.35, policy: 0.1, coordination: 0.15 },
    skills: { digital: 3, data_analysis: 4, communication: 3, legal: 2, administration: 3, policy_writing: 3 },
    departments: only('Bedrijfsvoering'), vacancy: 0.05,
  },
  {
    name: 'Salarisadministrateur', family: 'Bedrijfsvoering', level: 7, weight: 10,
    tasks: { administrative: 0.7, customer_contact: 0.1, case_handling: 0.15, ict: 0.05 },
    skills: { digital: 3, legal: 2, administration: 5, customer_service: 2 },
    departments: only('Bedrijfsvoering'), vacancy: 0.03,
  },
  {
    name: 'Medewerker Personeelsadministratie', family: 'Bedrijfsvoering', level: 6, weight: 10,
    tasks: { administrative: 0.7, customer_contact: 0.15, case_handling: 0.15 },
    skills: { digital: 2, legal: 1, administration: 4, customer_service: 3 },
    departments: only('Bedrijfsvoering'), vacancy: 0.02,
  },
  {
    name: 'HR-adviseur', family: 'Bedrijfsvoering', level: 10, weight: 16,
    tasks: { case_handling: 0.2, advice: 0.5, policy: 0.15, coordination: 0.15 },
    skills: { digital: 2, communication: 4, legal: 3, policy_writing: 2, coaching: 3 },
    departments: only('Bedrijfsvoering'), vacancy: 0.04,
  },
  {
    name: 'Inkoopadviseur', family: 'Bedrijfsvoering', level: 10, weight: 9,
    tasks: { administrative: 0.1, case_handling: 0.25, analysis: 0.15, advice: 0.4, coordination: 0.1 },
    skills: { digital: 2, data_analysis: 2, communication: 3, legal: 3, project_management: 2 },
    departments: only('Bedrijfsvoering'), vacancy: 0.05,
  },
  {
    name: 'Medewerker Facilitaire Zaken', family: 'Bedrijfsvoering', level: 5, weight: 16,
    tasks: { administrative: 0.2, customer_contact: 0.2, coordination: 0.1, fieldwork: 0.5 },
    skills: { communication: 2, administration: 2, customer_service: 3, technical: 2 },
    departments: only('Bedrijfsvoering'), vacancy: 0.02,
  },
  {
    name: 'Communicatieadviseur', family: 'Bedrijfsvoering', level: 10, weight: 16,
    tasks: { customer_contact: 0.2, advice: 0.45, policy: 0.15, coordination: 0.2 },
    skills: { digital: 3, communication: 5, policy_writing: 3, project_management: 2 },
    departments: only('Bestuur en Concernstaf'), vacancy: 0.04,
  },
  {
    name: 'Webredacteur', family: 'Bedrijfsvoering', level: 8, weight: 7,
    tasks: { administrative: 0.15, customer_contact: 0.3, advice: 0.25, ict: 0.3 },
    skills: { digital: 4, communication: 4, policy_writing: 2 },
    departments: only('Bestuur en Concernstaf'), vacancy: 0.03,
  },
  {
    name: 'Managementassistent', family: 'Bedrijfsvoering', level: 7, weight: 26,
    tasks: { administrative: 0.6, customer_contact: 0.15, coordination: 0.25 },
    skills: { digital: 3, communication: 3, administration: 4, customer_service: 3 },
    departments: spread, vacancy: 0.02,
  },
  // --- Beleid: policy, legal, bestuur, projects ---------------------------------------------
  {
    name: 'Beleidsmedewerker', family: 'Beleid', level: 9, weight: 22,
    tasks: { administrative: 0.2, analysis: 0.25, advice: 0.2, policy: 0.35 },
    skills: { digital: 2, data_analysis: 2, communication: 3, legal: 2, policy_writing: 3 },
    departments: [['Bestuur en Concernstaf', 1], ['Sociaal Domein', 2], ['Ruimte en Economie', 2]], vacancy: 0.04,
  },
  {
    name: 'Beleidsadviseur', family: 'Beleid', level: 11, weight: 32,
    tasks: { analysis: 0.15, advice: 0.3, policy: 0.45, coordination: 0.1 },
    skills: { digital: 2, data_analysis: 2, communication: 4, legal: 2, policy_writing: 4, project_management: 3 },
    departments: [['Bestuur en Concernstaf', 2], ['Sociaal Domein', 3], ['Ruimte en Economie', 3]], vacancy: 0.05,
  },
  {
    name: 'Strategisch Adviseur', family: 'Beleid', level: 12, weight: 9,
    tasks: { analysis: 0.1, advice: 0.35, policy: 0.45, coordination: 0.1 },
    skills: { digital: 2, data_analysis: 3, communication: 4, legal: 2, policy_writing: 5, project_management: 3, leadership: 2 },
    departments: only('Bestuur en Concernstaf'), vacancy: 0.05,
  },
  {
    name: 'Beleidsonderzoeker', family: 'Beleid', level: 10, weight: 4,
    tasks: { analysis: 0.55, advice: 0.25, policy: 0.2 },
    skills: { digital: 3, data_analysis: 4, communication: 3, policy_writing: 3 },
    departments: only('Bestuur en Concernstaf'), vacancy: 0.05,
  },
  {
    name: 'Jurist', family: 'Beleid', level: 11, weight: 13,
    tasks: { administrative: 0.1, case_handling: 0.35, advice: 0.4, policy: 0.15 },
    skills: { digital: 2, communication: 3, legal: 5, administration: 2, policy_writing: 4 },
    departments: only('Bestuur en Concernstaf'), vacancy: 0.07,
  },
  {
    name: 'Medewerker Bezwaar en Beroep', family: 'Beleid', level: 9, weight: 10,
    tasks: { administrative: 0.2, customer_contact: 0.1, case_handling: 0.55, advice: 0.15 },
    skills: { digital: 2, communication: 3, legal: 4, administration: 3, policy_writing: 3 },
    departments: only('Bestuur en Concernstaf'), vacancy: 0.04,
  },
  {
    name: 'Bestuursadviseur', family: 'Beleid', level: 11, weight: 7,
    tasks: { advice: 0.5, policy: 0.25, coordination: 0.25 },
    skills: { communication: 5, legal: 2, policy_writing: 4, project_management: 3 },
    departments: only('Bestuur en Concernstaf'), vacancy: 0.03,
  },
  {
    name: 'Adviseur Openbare Orde en Veiligheid', family: 'Beleid', level: 11, weight: 5,
    tasks: { case_handling: 0.1, advice: 0.4, policy: 0.3, coordination: 0.2 },
    skills: { communication: 4, legal: 3, policy_writing: 3, project_management: 2 },
    departments: only('Bestuur en Concernstaf'), vacancy: 0.05,
  },
  {
    name: 'Projectleider', family: 'Beleid', level: 11, weight: 13,
    tasks: { administrative: 0.15, advice: 0.2, coordination: 0.5, management: 0.15 },
    skills: { digital: 2, communication: 4, policy_writing: 2, project_management: 5, leadership: 3 },
    departments: spread, vacancy: 0.05,
  },
  {
    name: 'Adviseur Economische Zaken', family: 'Beleid', level: 10, weight: 5,
    tasks: { analysis: 0.15, advice: 0.35, policy: 0.3, coordination: 0.2 },
    skills: { data_analysis: 2, communication: 4, policy_writing: 3, project_management: 2 },
    departments: only('Ruimte en Economie'), vacancy: 0.03,
  },
  {
    name: 'Medewerker Subsidies', family: 'Beleid', level: 8, weight: 8,
    tasks: { administrative: 0.4, case_handling: 0.45, advice: 0.15 },
    skills: { digital: 2, communication: 3, legal: 2, administration: 4, customer_service: 2 },
    departments: [['Sociaal Domein', 2], ['Bedrijfsvoering', 1]], vacancy: 0.02,
  },
  // --- Sociaal domein: Participatiewet, Wmo, Jeugdwet, schuldhulp, inburgering ------------------
  {
    name: 'Consulent Werk en Inkomen', family: 'Sociaal domein', level: 8, weight: 46,
    tasks: { administrative: 0.2, customer_contact: 0.25, case_handling: 0.5, advice: 0.05 },
    skills: { digital: 2, communication: 4, legal: 3, administration: 3, customer_service: 4, coaching: 2 },
    departments: only('Sociaal Domein'), vacancy: 0.05,
  },
  {
    name: 'Klantmanager Werk', family: 'Sociaal domein', level: 9, weight: 18,
    tasks: { customer_contact: 0.35, case_handling: 0.35, advice: 0.15, coordination: 0.15 },
    skills: { digital: 2, communication: 4, administration: 2, customer_service: 4, coaching: 4 },
    departments: only('Sociaal Domein'), vacancy: 0.04,
  },
  {
    name: 'Medewerker Inkomen', family: 'Sociaal domein', level: 7, weight: 26,
    tasks: { administrative: 0.6, customer_contact: 0.1, case_handling: 0.3 },
    skills: { digital: 3, legal: 3, administration: 4, customer_service: 2 },
    departments: only('Sociaal Domein'), vacancy: 0.03,
  },
  {
    name: 'Schuldhulpverlener', family: 'Sociaal domein', level: 8, weight: 16,
    tasks: { administrative: 0.15, customer_contact: 0.35, case_handling: 0.45, advice: 0.05 },
    skills: { data_analysis: 1, communication: 4, legal: 2, administration: 3, customer_service: 4, coaching: 3 },
    departments: only('Sociaal Domein'), vacancy: 0.06,
  },
  {
    name: 'Klantmanager Wmo', family: 'Sociaal domein', level: 9, weight: 42,
    tasks: { administrative: 0.15, customer_contact: 0.3, case_handling: 0.45, advice: 0.1 },
    skills: { digital: 2, communication: 4, legal: 2, administration: 2, customer_service: 4, coaching: 3 },
    departments: only('Sociaal Domein'), vacancy: 0.06,
  },
  {
    name: 'Consulent Jeugd', family: 'Sociaal domein', level: 9, weight: 28,
    tasks: { administrative: 0.1, customer_contact: 0.3, case_handling: 0.45, advice: 0.15 },
    skills: { communication: 4, legal: 2, administration: 2, customer_service: 4, coaching: 4 },
    departments: only('Sociaal Domein'), vacancy: 0.07,
  },
  {
    name: 'Medewerker Toegang Sociaal Domein', family: 'Sociaal domein', level: 7, weight: 20,
    tasks: { administrative: 0.3, customer_contact: 0.55, case_handling: 0.15 },
    skills: { digital: 2, communication: 4, administration: 3, customer_service: 4 },
    departments: only('Sociaal Domein'), vacancy: 0.03,
  },
  {
    name: 'Administratief Medewerker Sociaal Domein', family: 'Sociaal domein', level: 6, weight: 24,
    tasks: { administrative: 0.7, customer_contact: 0.05, case_handling: 0.25 },
    skills: { digital: 3, legal: 1, administration: 4, customer_service: 1 },
    departments: only('Sociaal Domein'), vacancy: 0.02,
  },
  {
    name: 'Wijkcoach', family: 'Sociaal domein', level: 9, weight: 30,
    tasks: { customer_contact: 0.35, case_handling: 0.35, coordination: 0.1, fieldwork: 0.2 },
    skills: { communication: 5, legal: 1, customer_service: 4, coaching: 4 },
    departments: only('Sociaal Domein'), vacancy: 0.05,
  },
  {
    name: 'Leerplichtambtenaar', family: 'Sociaal domein', level: 9, weight: 8,
    tasks: { administrative: 0.1, customer_contact: 0.25, case_handling: 0.45, fieldwork: 0.2 },
    skills: { communication: 4, legal: 3, administration: 2, coaching: 3 },
    departments: only('Sociaal Domein'), vacancy: 0.03,
  },
  {
    name: 'Contractmanager Sociaal Domein', family: 'Sociaal domein', level: 10, weight: 10,
    tasks: { administrative: 0.1, analysis: 0.3, advice: 0.25, coordination: 0.35 },
    skills: { digital: 2, data_analysis: 3, communication: 3, legal: 3, project_management: 3 },
    departments: only('Sociaal Domein'), vacancy: 0.05,
  },
  {
    name: 'Beleidsadviseur Sociaal Domein', family: 'Sociaal domein', level: 11, weight: 13,
    tasks: { analysis: 0.2, advice: 0.3, policy: 0.5 },
    skills: { data_analysis: 2, communication: 4, legal: 2, policy_writing: 4 },
    departments: only('Sociaal Domein'), vacancy: 0.04,
  },
  {
    name: 'Sociaal Rechercheur', family: 'Sociaal domein', level: 8, weight: 7,
    tasks: { administrative: 0.1, case_handling: 0.5, analysis: 0.2, fieldwork: 0.2 },
    skills: { data_analysis: 2, communication: 3, legal: 4, administration: 2 },
    departments: only('Sociaal Domein'), vacancy: 0.03,
  },
  {
    name: 'Consulent Inburgering', family: 'Sociaal domein', level: 8, weight: 10,
    tasks: { administrative: 0.1, customer_contact: 0.35, case_handling: 0.45, coordination: 0.1 },
    skills: { communication: 4, legal: 2, administration: 2, customer_service: 4, coaching: 3 },
    departments: only('Sociaal Domein'), vacancy: 0.04,
  },
  // --- Ruimte: Omgevingswet, vergunningen, toezicht en handhaving, ruimtelijke ordening -------
  {
    name: 'Vergunningverlener', family: 'Ruimte', level: 9, weight: 24,
    tasks: { administrative: 0.15, customer_contact: 0.1, case_handling: 0.55, analysis: 0.05, advice: 0.15 },
    skills: { digital: 2, communication: 3, legal: 4, administration: 3, technical: 3 },
    departments: only('Ruimte en Economie'), vacancy: 0.08,
  },
  {
    name: 'Toezichthouder Bouw- en Woningtoezicht', family: 'Ruimte', level: 8, weight: 13,
    tasks: { administrative: 0.15, customer_contact: 0.05, case_handling: 0.3, fieldwork: 0.5 },
    skills: { communication: 3, legal: 3, administration: 2, technical: 4 },
    departments: only('Ruimte en Economie'), vacancy: 0.07,
  },
  {
    name: 'Handhaver Openbare Ruimte (boa)', family: 'Ruimte', level: 7, weight: 22,
    tasks: { administrative: 0.1, customer_contact: 0.05, case_handling: 0.15, fieldwork: 0.7 },
    skills: { digital: 1, communication: 4, legal: 3, administration: 1, customer_service: 3 },
    departments: only('Ruimte en Economie'), vacancy: 0.05,
  },
  {
    name: 'Juridisch Medewerker Handhaving', family: 'Ruimte', level: 9, weight: 8,
    tasks: { administrative: 0.2, case_handling: 0.55, advice: 0.25 },
    skills: { communication: 2, legal: 5, administration: 2, policy_writing: 3 },
    departments: only('Ruimte en Economie'), vacancy: 0.05,
  },
  {
    name: 'Medewerker Omgevingsloket', family: 'Ruimte', level: 7, weight: 10,
    tasks: { administrative: 0.35, customer_contact: 0.4, case_handling: 0.25 },
    skills: { digital: 3, communication: 3, legal: 2, administration: 3, customer_service: 4 },
    departments: only('Ruimte en Economie'), vacancy: 0.04,
  },
  {
    name: 'Adviseur Ruimtelijke Ordening', family: 'Ruimte', level: 10, weight: 16,
    tasks: { analysis: 0.15, advice: 0.35, policy: 0.35, coordination: 0.15 },
    skills: { communication: 4, legal: 3, policy_writing: 4, project_management: 3, technical: 2 },
    departments: only('Ruimte en Economie'), vacancy: 0.08,
  },
  {
    name: 'Stedenbouwkundige', family: 'Ruimte', level: 11, weight: 6,
    tasks: { analysis: 0.2, advice: 0.35, policy: 0.3, coordination: 0.15 },
    skills: { digital: 3, communication: 4, policy_writing: 3, project_management: 3, technical: 4 },
    departments: only('Ruimte en Economie'), vacancy: 0.1,
  },
  {
    name: 'Omgevingsadviseur Milieu', family: 'Ruimte', level: 10, weight: 10,
    tasks: { case_handling: 0.1, analysis: 0.25, advice: 0.45, policy: 0.2 },
    skills: { communication: 3, legal: 3, policy_writing: 3, technical: 4 },
    departments: only('Ruimte en Economie'), vacancy: 0.07,
  },
  {
    name: 'Verkeerskundige', family: 'Ruimte', level: 10, weight: 7,
    tasks: { analysis: 0.3, advice: 0.35, policy: 0.2, coordination: 0.15 },
    skills: { data_analysis: 3, communication: 3, policy_writing: 3, technical: 4 },
    departments: only('Ruimte en Economie'), vacancy: 0.06,
  },
  {
    name: 'Projectmanager Gebiedsontwikkeling', family: 'Ruimte', level: 12, weight: 7,
    tasks: { policy: 0.15, advice: 0.2, coordination: 0.5, management: 0.15 },
    skills: { communication: 4, legal: 2, project_management: 5, technical: 2, leadership: 3 },
    departments: only('Ruimte en Economie'), vacancy: 0.06,
  },
  {
    name: 'Medewerker Vastgoed', family: 'Ruimte', level: 8, weight: 7,
    tasks: { administrative: 0.35, case_handling: 0.35, coordination: 0.15, fieldwork: 0.15 },
    skills: { communication: 3, legal: 2, administration: 3, technical: 2 },
    departments: only('Ruimte en Economie'), vacancy: 0.03,
  },
  {
    name: 'Administratief Medewerker Ruimte', family: 'Ruimte', level: 6, weight: 12,
    tasks: { administrative: 0.7, customer_contact: 0.1, case_handling: 0.2 },
    skills: { digital: 2, legal: 1, administration: 4, customer_service: 2 },
    departments: only('Ruimte en Economie'), vacancy: 0.02,
  },
  // --- Openbare ruimte: buitendienst, groen, wegen, riolering -------------------------------
  {
    name: 'Medewerker Buitendienst', family: 'Openbare ruimte', level: 4, weight: 96,
    tasks: { administrative: 0.05, customer_contact: 0.05, fieldwork: 0.9 },
    skills: { digital: 1, communication: 2, customer_service: 2, technical: 3 },
    departments: only('Openbare Ruimte'), vacancy: 0.03,
  },
  {
    name: 'Medewerker Groenvoorziening', family: 'Openbare ruimte', level: 4, weight: 54,
    tasks: { administrative: 0.05, fieldwork: 0.95 },
    skills: { communication: 1, customer_service: 1, technical: 3 },
    departments: only('Openbare Ruimte'), vacancy: 0.03,
  },
  {
    name: 'Voorman Buitendienst', family: 'Openbare ruimte', level: 6, weight: 17,
    tasks: { administrative: 0.1, coordination: 0.3, fieldwork: 0.55, management: 0.05 },
    skills: { digital: 1, communication: 3, administration: 1, technical: 3, leadership: 2 },
    departments: only('Openbare Ruimte'), vacancy: 0.02,
  },
  {
    name: 'Chauffeur/Machinist', family: 'Openbare ruimte', level: 5, weight: 20,
    tasks: { administrative: 0.1, fieldwork: 0.9 },
    skills: { digital: 1, communication: 1, technical: 4 },
    departments: only('Openbare Ruimte'), vacancy: 0.04,
  },
  {
    name: 'Medewerker Begraafplaats', family: 'Openbare ruimte', level: 4, weight: 6,
    tasks: { administrative: 0.05, customer_contact: 0.15, fieldwork: 0.8 },
    skills: { communication: 3, customer_service: 3, technical: 2 },
    departments: only('Openbare Ruimte'), vacancy: 0,
  },
  {
    name: 'Toezichthouder Civiele Werken', family: 'Openbare ruimte', level: 8, weight: 12,
    tasks: { administrative: 0.15, advice: 0.1, coordination: 0.3, fieldwork: 0.45 },
    skills: { communication: 3, legal: 2, administration: 2, project_management: 2, technical: 4 },
    departments: only('Openbare Ruimte'), vacancy: 0.08,
  },
  {
    name: 'Beheerder Openbare Ruimte', family: 'Openbare ruimte', level: 9, weight: 17,
    tasks: { administrative: 0.1, analysis: 0.25, advice: 0.25, coordination: 0.3, fieldwork: 0.1 },
    skills: { digital: 3, data_analysis: 3, communication: 3, project_management: 3, technical: 4 },
    departments: only('Openbare Ruimte'), vacancy: 0.06,
  },
  {
    name: 'Werkvoorbereider', family: 'Openbare ruimte', level: 8, weight: 12,
    tasks: { administrative: 0.25, analysis: 0.2, coordination: 0.4, fieldwork: 0.15 },
    skills: { digital: 3, administration: 3, project_management: 3, technical: 4 },
    departments: only('Openbare Ruimte'), vacancy: 0.07,
  },
  {
    name: 'Projectleider Civiele Techniek', family: 'Openbare ruimte', level: 10, weight: 10,
    tasks: { administrative: 0.1, advice: 0.2, coordination: 0.5, fieldwork: 0.1, management: 0.1 },
    skills: { communication: 3, legal: 2, project_management: 4, technical: 4, leadership: 2 },
    departments: only('Openbare Ruimte'), vacancy: 0.09,
  },
  {
    name: 'Adviseur Riolering en Water', family: 'Openbare ruimte', level: 10, weight: 5,
    tasks: { analysis: 0.3, advice: 0.4, coordination: 0.15, fieldwork: 0.15 },
    skills: { data_analysis: 3, communication: 3, technical: 5 },
    departments: only('Openbare Ruimte'), vacancy: 0.1,
  },
  // --- Informatievoorziening: applicaties, beheer, informatiebeheer, geo --------------------
  {
    name: 'Applicatiebeheerder', family: 'Informatievoorziening', level: 9, weight: 17,
    tasks: { administrative: 0.1, customer_contact: 0.15, analysis: 0.15, ict: 0.6 },
    skills: { digital: 5, data_analysis: 3, communication: 3, technical: 3 },
    departments: only('Informatievoorziening en ICT'), vacancy: 0.08,
  },
  {
    name: 'Functioneel Beheerder', family: 'Informatievoorziening', level: 9, weight: 16,
    tasks: { customer_contact: 0.15, analysis: 0.2, advice: 0.1, coordination: 0.1, ict: 0.45 },
    skills: { digital: 5, data_analysis: 3, communication: 3, administration: 2 },
    departments: [['Informatievoorziening en ICT', 2], ['Sociaal Domein', 1], ['Publiekszaken', 1]], vacancy: 0.06,
  },
  {
    name: 'Systeembeheerder', family: 'Informatievoorziening', level: 9, weight: 10,
    tasks: { administrative: 0.05, customer_contact: 0.1, ict: 0.85 },
    skills: { digital: 5, technical: 4 },
    departments: only('Informatievoorziening en ICT'), vacancy: 0.1,
  },
  {
    name: 'Servicedeskmedewerker ICT', family: 'Informatievoorziening', level: 7, weight: 10,
    tasks: { administrative: 0.1, customer_contact: 0.5, ict: 0.4 },
    skills: { digital: 4, communication: 3, customer_service: 4, technical: 2 },
    departments: only('Informatievoorziening en ICT'), vacancy: 0.05,
  },
  {
    name: 'Informatiebeheerder', family: 'Informatievoorziening', level: 9, weight: 10,
    tasks: { administrative: 0.3, advice: 0.3, policy: 0.15, ict: 0.25 },
    skills: { digital: 4, data_analysis: 2, communication: 3, legal: 3, administration: 4 },
    departments: only('Informatievoorziening en ICT'), vacancy: 0.05,
  },
  {
    name: 'Informatieadviseur', family: 'Informatievoorziening', level: 10, weight: 8,
    tasks: { analysis: 0.35, advice: 0.4, coordination: 0.1, ict: 0.15 },
    skills: { digital: 5, data_analysis: 4, communication: 4, project_management: 3 },
    departments: only('Informatievoorziening en ICT'), vacancy: 0.08,
  },
  {
    name: 'Medewerker Basisregistraties (BAG/BGT)', family: 'Informatievoorziening', level: 7, weight: 12,
    tasks: { administrative: 0.55, analysis: 0.1, fieldwork: 0.1, ict: 0.25 },
    skills: { digital: 4, data_analysis: 2, administration: 4, technical: 2 },
    departments: only('Informatievoorziening en ICT'), vacancy: 0.03,
  },
  {
    name: 'Geo-informatiespecialist', family: 'Informatievoorziening', level: 9, weight: 6,
    tasks: { analysis: 0.45, advice: 0.15, ict: 0.4 },
    skills: { digital: 5, data_analysis: 4, technical: 3 },
    departments: only('Informatievoorziening en ICT'), vacancy: 0.1,
  },
  {
    name: 'Privacy Officer', family: 'Informatievoorziening', level: 11, weight: 3,
    tasks: { case_handling: 0.2, analysis: 0.1, advice: 0.5, policy: 0.2 },
    skills: { digital: 3, communication: 3, legal: 5, policy_writing: 3 },
    departments: only('Informatievoorziening en ICT'), vacancy: 0.05,
  },
  {
    name: 'Informatiearchitect', family: 'Informatievoorziening', level: 12, weight: 3,
    tasks: { analysis: 0.3, advice: 0.4, policy: 0.1, ict: 0.2 },
    skills: { digital: 5, data_analysis: 4, policy_writing: 3, project_management: 2, technical: 3 },
    departments: only('Informatievoorziening en ICT'), vacancy: 0.1,
  },
  // --- Management ---------------------------------------------------------------------------
  {
    name: 'Directeur', family: 'Management', level: 14, weight: 3,
    tasks: { policy: 0.2, coordination: 0.2, management: 0.6 },
    skills: { communication: 5, policy_writing: 3, project_management: 3, leadership: 5 },
    departments: only('Bestuur en Concernstaf'), vacancy: 0,
  },
  {
    name: 'Afdelingshoofd', family: 'Management', level: 13, weight: 8,
    tasks: { advice: 0.1, policy: 0.15, coordination: 0.2, management: 0.55 },
    skills: { communication: 4, policy_writing: 3, project_management: 3, coaching: 3, leadership: 5 },
    departments: [
      ['Publiekszaken', 1], ['Bedrijfsvoering', 1], ['Bestuur en Concernstaf', 1], ['Sociaal Domein', 2],
      ['Ruimte en Economie', 1], ['Openbare Ruimte', 1], ['Informatievoorziening en ICT', 1],
    ],
    vacancy: 0,
  },
  {
    name: 'Teamleider', family: 'Management', level: 11, weight: 40,
    tasks: { administrative: 0.1, case_handling: 0.1, advice: 0.05, coordination: 0.3, management: 0.45 },
    skills: { administration: 2, communication: 4, project_management: 3, coaching: 4, leadership: 4 },
    departments: spread, vacancy: 0.05,
  },
  {
    name: 'Teamleider Buitendienst', family: 'Management', level: 9, weight: 7,
    tasks: { administrative: 0.1, coordination: 0.35, fieldwork: 0.15, management: 0.4 },
    skills: { communication: 3, coaching: 3, technical: 3, leadership: 4 },
    departments: only('Openbare Ruimte'), vacancy: 0,
  },
  {
    name: 'Griffier', family: 'Management', level: 13, weight: 1,
    tasks: { advice: 0.4, coordination: 0.3, management: 0.3 },
    skills: { communication: 5, legal: 3, policy_writing: 4, leadership: 3 },
    departments: only('Bestuur en Concernstaf'), vacancy: 0,
  },
];

/**
 * Approximate gross monthly salary (euros) in the middle of each scale of the cao Gemeenten, level
 * 2026 (rounded to €50; the official table is at caogemeenten.nl). The floor of €16 an hour
 * (€2,496 a month) applies from 1 January 2026.
 */
const MONTHLY_PAY_BY_SCALE: Readonly<Record<number, number>> = {
  4: 2700,
  5: 2900,
  6: 3150,
  7: 3450,
  8: 3850,
  9: 4350,
  10: 4850,
  11: 5500,
  12: 6250,
  13: 6950,
  14: 7750,
};

/** Individueel Keuzebudget (IKB) of the cao Gemeenten: 17.05% of the annual salary, on top of 12 months. */
const IKB_SHARE = 0.1705;

/** Annual pay in euros for a scale: 12 months plus the IKB, rounded to €100. */
export function annualPayForScale(scale: number): number {
  const monthly = MONTHLY_PAY_BY_SCALE[Math.min(14, Math.max(4, Math.round(scale)))] ?? 0;
  return Math.round((monthly * 12 * (1 + IKB_SHARE)) / 100) * 100;
}
