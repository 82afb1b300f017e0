// Small SVG line charts with axes, date ticks and a legend. No dependencies.
import { svgEl, fmtNum } from './util.js';

// Okabe–Ito colours: distinguishable with the common colour-vision deficiencies.
export const COLORS = { blue: '#0072B2', orange: '#E69F00', green: '#009E73', vermillion: '#D55E00', purple: '#CC79A7', sky: '#56B4E9' };

/** The national census vs COVID beds series used by the run and compare pages. */
export const CENSUS_SERIES = [
  { key: 'census', label: 'COVID census (ward + ICU + stretchers)', color: COLORS.vermillion },
  { key: 'covidBeds', label: 'COVID beds (ward + ICU)', color: COLORS.blue, dash: '6 4' },
];

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function niceStep(range, target) {
  const raw = range / Math.max(1, target);
  const mag = 10 ** Math.floor(Math.log10(raw || 1));
  const norm = raw / mag;
  const step = norm <= 1 ? 1 : norm <= 2 ? 2 : norm <= 5 ? 5 : 10;
  return step * mag;
}

function shortDate(iso) {
  if (!iso || iso.length < 10) return iso || '';
  const m = Number(iso.slice(5, 7));
  return `${Number(iso.slice(8, 10))} ${MONTHS[m - 1] || ''}`;
}

function compact(v) {
  const a = Math.abs(v);
  if (a >= 1e6) return `${fmtNum(v / 1e6, 1)}M`;
  if (a >= 1e4) return `${fmtNum(v / 1e3, 0)}k`;
  return fmtNum(v, a < 10 && !Number.isInteger(v) ? 1 : 0);
}

/**
 * Draws a line chart into `svg` (an existing <svg>, kept so that its attributes stay), replacing its content.
 * points: [{day, date, <series key>: number}], series: [{key, label, color, dash}].
 * options: {title, totalDays (x range end when known), width, height, emptyText}.
 */
export function drawLineChart(svg, points, series, options = {}) {
  const width = options.width || 720;
  const height = options.height || 300;
  const m = { top: options.title ? 30 : 14, right: 16, bottom: 58, left: 64 };
  const w = width - m.left - m.right;
  const h = height - m.top - m.bottom;
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  svg.setAttribute('preserveAspectRatio', 'xMidYMid meet');
  svg.setAttribute('role', 'img');
  svg.classList.add('chart');
  svg.replaceChildren();
  if (options.title) {
    svg.append(svgEl('text', { x: m.left, y: 18, class: 'chart-title' }, options.title));
  }
  const data = (points || []).filter((p) => Number.isFinite(p?.day));
  const title = options.title || 'Chart';
  svg.setAttribute('aria-label', `${title}: ${data.length} days`);
  svg.dataset.points = String(data.length);

  const firstDay = data.length ? data[0].day : 0;
  const lastDay = Math.max(data.length ? data[data.length - 1].day : 1, options.totalDays ? firstDay + options.totalDays - 1 : 0, firstDay + 1);
  let yMax = 0;
  for (const p of data) for (const s of series) if (Number.isFinite(p[s.key])) yMax = Math.max(yMax, p[s.key]);
  if (yMax <= 0) yMax = 10;
  const yStep = niceStep(yMax, 5);
  yMax = Math.ceil(yMax / yStep) * yStep;
  const x = (day) => m.left + ((day - firstDay) / (lastDay - firstDay)) * w;
  const y = (v) => m.top + h - (v / yMax) * h;

  const axes = svgEl('g', { class: 'axes' });
  for (let v = 0; v <= yMax + 1e-9; v += yStep) {
    axes.append(svgEl('line', { x1: m.left, x2: m.left + w, y1: y(v), y2: y(v), class: v === 0 ? 'axis-line' : 'grid-line' }));
    axes.append(svgEl('text', { x: m.left - 6, y: y(v) + 4, class: 'tick-label', 'text-anchor': 'end' }, compact(v)));
  }
  axes.append(svgEl('line', { x1: m.left, x2: m.left, y1: m.top, y2: m.top + h, class: 'axis-line' }));

  // Date ticks: dates of the points when known, else derived from the first date.
  const dateOf = new Map(data.map((p) => [p.day, p.date]));
  const startDate = data.length ? data[0].date : options.startDate;
  const dayStep = Math.max(1, niceStep(lastDay - firstDay, 6));
  for (let d = firstDay; d <= lastDay; d += dayStep) {
    const label = dateOf.get(d) || (startDate ? addDaysIso(startDate, d - firstDay) : `day ${d}`);
    axes.append(svgEl('line', { x1: x(d), x2: x(d), y1: m.top + h, y2: m.top + h + 4, class: 'axis-line' }));
    axes.append(svgEl('text', { x: x(d), y: m.top + h + 17, class: 'tick-label', 'text-anchor': 'middle' }, shortDate(label)));
  }
  axes.append(svgEl('text', { x: m.left + w / 2, y: m.top + h + 33, class: 'axis-title', 'text-anchor': 'middle' }, 'date'));
  axes.append(svgEl('text', { x: 14, y: m.top + h / 2, class: 'axis-title', 'text-anchor': 'middle', transform: `rotate(-90 14 ${m.top + h / 2})` }, options.yLabel || 'patients / beds'));
  svg.append(axes);

  if (!data.length) {
    svg.append(svgEl('text', { x: m.left + w / 2, y: m.top + h / 2, class: 'chart-empty', 'text-anchor': 'middle' }, options.emptyText || 'Waiting for the first day…'));
  }
  for (const s of series) {
    const pts = data.filter((p) => Number.isFinite(p[s.key])).map((p) => `${x(p.day).toFixed(1)},${y(p[s.key]).toFixed(1)}`);
    if (!pts.length) continue;
    const path = svgEl('polyline', { points: pts.join(' '), fill: 'none', stroke: s.color, 'stroke-width': 2, 'stroke-dasharray': s.dash, class: 'series', 'data-series': s.key });
    const last = data[data.length - 1];
    path.append(svgEl('title', {}, `${s.label}: ${fmtNum(last[s.key])} on ${last.date || `day ${last.day}`}`));
    svg.append(path);
  }

  // Legend below the axis.
  const legend = svgEl('g', { class: 'legend', transform: `translate(${m.left}, ${height - 10})` });
  let lx = 0;
  for (const s of series) {
    legend.append(svgEl('line', { x1: lx, x2: lx + 22, y1: -4, y2: -4, stroke: s.color, 'stroke-width': 2.5, 'stroke-dasharray': s.dash }));
    const t = svgEl('text', { x: lx + 28, y: 0, class: 'legend-label' }, s.label);
    legend.append(t);
    lx += 40 + s.label.length * 6.4;
  }
  svg.append(legend);
  return svg;
}

function addDaysIso(iso, n) {
  const d = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return '';
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** A new <svg> holding a chart. */
export function lineChart(points, series, options = {}) {
  const svg = svgEl('svg', { 'data-testid': options.testid, class: 'chart' });
  return drawLineChart(svg, points, series, options);
}

/** National rows from `/series/national` (columns + rows) → [{day, date, census, covidBeds}]. */
export function censusPoints(series) {
  const idx = Object.fromEntries((series?.columns || []).map((c, i) => [c, i]));
  const num = (row, c) => (idx[c] === undefined ? 0 : Number(row[idx[c]]) || 0);
  return (series?.rows || []).map((row) => ({
    day: num(row, 'day'),
    date: idx.date === undefined ? '' : row[idx.date],
    census: num(row, 'census_ward') + num(row, 'census_icu') + num(row, 'stretcher_census'),
    covidBeds: num(row, 'covid_ward_beds') + num(row, 'covid_icu_beds'),
  }));
}

export const CENSUS_COLUMNS = 'day,date,census_ward,census_icu,stretcher_census,covid_ward_beds,covid_icu_beds';
