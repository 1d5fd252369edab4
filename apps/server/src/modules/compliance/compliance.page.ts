import { escapeHtml, formatFigure } from '@regflow/domain';
import { ScorecardReport, ScorecardRow } from './compliance.service';

/** Background and text colours with enough contrast to read (amber takes dark text). */
const RAG_COLOURS: Readonly<Record<string, readonly [string, string]>> = {
  Green: ['#00703c', '#ffffff'],
  Amber: ['#ffdd00', '#0b0c0c'],
  Red: ['#d4351c', '#ffffff'],
  'No Status': ['#505a5f', '#ffffff'],
};

const STYLE = `
  @page { size: A4 landscape; margin: 12mm; }
  body { font-family: Arial, sans-serif; font-size: 11pt; color: #0b0c0c; margin: 8mm; }
  @media print { body { margin: 0; } }
  h1 { font-size: 16pt; margin: 0 0 4mm; }
  p.period { margin: 0 0 6mm; color: #505a5f; }
  table { border-collapse: collapse; width: 100%; }
  th, td { border: 1px solid #b1b4b6; padding: 2mm; vertical-align: top; text-align: left; }
  th { background: #f3f2f1; font-size: 9pt; }
  tr { break-inside: avoid; }
  .rag { display: inline-block; padding: 0 2mm; font-weight: bold; }
  .figure { font-weight: bold; display: block; margin-bottom: 1mm; }
`;

function figureLine(row: ScorecardRow): string {
  // Deaths registered with no date of death are in neither count: said beside the figure, or in place of it.
  const missing = row.dateOfDeathMissing ? `; date of death missing: ${formatFigure(row.dateOfDeathMissing, 'count')}` : '';
  if (row.value === null) return `No figure for this period${missing}`;
  const counts = row.denominator === null ? '' : ` (${formatFigure(row.numerator ?? 0, 'count')} of ${formatFigure(row.denominator, 'count')})`;
  const previous = row.previous.value === null ? '' : `; previous period ${formatFigure(row.previous.value, row.unit)}`;
  const benchmarks = [row.benchmarks.region === null ? '' : `region ${formatFigure(row.benchmarks.region, 'percent')}`, row.benchmarks.england === null ? '' : `England ${formatFigure(row.benchmarks.england, 'percent')}`]
    .filter(Boolean)
    .join(', ');
  return `${formatFigure(row.value, row.unit)}${counts}${missing}${previous}${benchmarks ? `; ${benchmarks}` : ''}`;
}

function cell(text: string | null): string {
  return `<td>${text === null ? '' : escapeHtml(text)}</td>`;
}

/** The scorecard as a page to print or save as PDF, in the reference report's columns. No script, nothing loaded from elsewhere. */
export function scorecardPage(report: ScorecardReport, heading: string): string {
  const rows = report.indicators
    .map(
      (row) => `<tr>
  <th scope="row">${escapeHtml(row.title)}</th>
  <td><span class="rag" style="background:${(RAG_COLOURS[row.rag] ?? RAG_COLOURS['No Status'])[0]};color:${(RAG_COLOURS[row.rag] ?? RAG_COLOURS['No Status'])[1]}">${escapeHtml(row.rag)}</span></td>
  ${cell(row.direction)}
  <td><span class="figure">${escapeHtml(figureLine(row))}</span>${row.performanceDetails === null ? '' : escapeHtml(row.performanceDetails)}</td>
  ${cell(row.currentActivity)}
  ${cell(row.futureActivity)}
</tr>`,
    )
    .join('\n');
  return `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>${escapeHtml(heading)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${escapeHtml(heading)}</h1>
<p class="period">${escapeHtml(`${report.period.from} to ${report.period.to}, compared with ${report.previousPeriod.from} to ${report.previousPeriod.to}`)}</p>
<table>
<thead><tr><th scope="col">INDICATOR TITLE</th><th scope="col">RAG</th><th scope="col">DIRECTION OF TRAVEL</th><th scope="col">PERFORMANCE DETAILS</th><th scope="col">CURRENT ACTIVITY</th><th scope="col">FUTURE ACTIVITY</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
</body>
</html>
`;
}
