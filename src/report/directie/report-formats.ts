import type { ReportLang } from './texts/texts.js';

// The report's formats and languages, apart from its renderers (render-report.ts) so that the CLI can
// offer them without loading the renderers and their charting libraries (spp start-up time).

/** The formats of the directieteam report; render-report.ts has a renderer for each (`satisfies`). */
export const REPORT_FORMATS = ['md', 'html'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** The languages the report is written in. */
export const REPORT_LANGS = ['nl', 'en'] as const satisfies readonly ReportLang[];
