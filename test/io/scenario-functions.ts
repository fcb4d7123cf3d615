import type { FunctionProfile } from '../../src/domain/workforce.js';

/** Three function profiles the scenario rule fixtures refer to. */
export const testFunctions: FunctionProfile[] = [
  {
    id: 'F010',
    name: 'Medewerker burgerzaken',
    family: 'Publiekszaken',
    level: 7,
    pay: 45000,
    formationFte: null,
    tasks: { administrative: 0.6, customer_contact: 0.4 },
    skills: { digital: 2, communication: 3 },
  },
  {
    id: 'F020',
    name: 'Klantcontactmedewerker',
    family: 'Publiekszaken',
    level: 6,
    pay: 40000,
    formationFte: null,
    tasks: { customer_contact: 1 },
    skills: { communication: 4 },
  },
  {
    id: 'F031',
    name: 'Beleidsmedewerker sociaal domein',
    family: 'Sociaal domein',
    level: 10,
    pay: 60000,
    formationFte: null,
    tasks: { advice: 0.7, administrative: 0.3 },
    skills: { analysis: 3, communication: 3 },
  },
];
