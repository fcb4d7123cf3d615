import type { Label } from '../domain/scenario-schema.js';
import { own } from '../domain/dict.js';

/** The languages of human output (`--lang`). */
export type Lang = 'nl' | 'en';
export const LANGS = ['nl', 'en'] as const satisfies readonly Lang[];

/**
 * Display names of the task categories and skills that spp's own examples use (the bundled
 * Gemeente Voorbeeld, `spp init`): identifiers such as `customer_contact` are for files, readers get
 * words. A scenario's `labels:` block adds or overrides names for its own identifiers.
 */
export const BUILT_IN_LABELS: Readonly<Record<string, Required<Label>>> = {
  // Task categories
  administrative: { nl: 'Administratief werk', en: 'Administrative work' },
  customer_contact: { nl: 'Klantcontact', en: 'Customer contact' },
  case_handling: { nl: 'Zaakbehandeling', en: 'Case handling' },
  analysis: { nl: 'Analyse', en: 'Analysis' },
  advice: { nl: 'Advies', en: 'Advice' },
  policy: { nl: 'Beleid', en: 'Policy' },
  coordination: { nl: 'Coördinatie', en: 'Coordination' },
  fieldwork: { nl: 'Buitenwerk', en: 'Fieldwork' },
  ict: { nl: 'ICT', en: 'ICT' },
  management: { nl: 'Leidinggeven', en: 'Management' },
  // Skills
  administration: { nl: 'Administratie', en: 'Administration' },
  coaching: { nl: 'Coaching', en: 'Coaching' },
  communication: { nl: 'Communicatie', en: 'Communication' },
  customer_service: { nl: 'Klantgerichtheid', en: 'Customer service' },
  data_analysis: { nl: 'Data-analyse', en: 'Data analysis' },
  digital: { nl: 'Digitale vaardigheid', en: 'Digital skills' },
  leadership: { nl: 'Leiderschap', en: 'Leadership' },
  legal: { nl: 'Juridische kennis', en: 'Legal knowledge' },
  policy_writing: { nl: 'Beleidsschrijven', en: 'Policy writing' },
  project_management: { nl: 'Projectmanagement', en: 'Project management' },
  technical: { nl: 'Technische kennis', en: 'Technical knowledge' },
  ai_governance: { nl: 'Verantwoord AI-gebruik', en: 'AI governance' },
  energy_transition: { nl: 'Energietransitie', en: 'Energy transition' },
};

/**
 * The label of a task category or skill in `lang`: the scenario's own label, else the built-in one,
 * else the identifier with spaces for underscores (a name the user chose, shown as written).
 */
export function labelOf(id: string, lang: Lang, labels: Readonly<Record<string, Label>> = {}): string {
  // own(): a category or skill called `constructor` or `__proto__` is a name, not a property of Object.
  return own(labels, id)?.[lang] ?? own(BUILT_IN_LABELS, id)?.[lang] ?? capitalise(id.replace(/_/g, ' ').trim() || id);
}

/** A labeller bound to one language and a scenario's labels. */
export function labeller(lang: Lang, labels: Readonly<Record<string, Label>> = {}): (id: string) => string {
  return (id) => labelOf(id, lang, labels);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

