import { composeReport, type ReportDocument } from './compose-report.js';
import type { ReportData } from './report-data.js';
import { renderHtmlReport } from './render-html-report.js';
import { renderMarkdownReport } from './render-markdown-report.js';
import type { ReportFormat } from './report-formats.js';
import type { ReportLang } from './texts/texts.js';

export type { ReportFormat } from './report-formats.js';

/** The report renderers by format; `satisfies` keeps the list in step with ReportFormat. */
const reportRenderers = {
  md: renderMarkdownReport,
  html: renderHtmlReport,
} satisfies Record<ReportFormat, (doc: ReportDocument) => string>;

/** Renders the report data as Markdown or HTML in one language. */
export function renderReport(data: ReportData, options: { format: ReportFormat; lang: ReportLang }): string {
  return reportRenderers[options.format](composeReport(data, options.lang));
}
