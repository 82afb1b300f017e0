// #/compare?a=&b= — KPIs of two completed runs with deltas, and their national charts side by side.
import { api } from './api.js';
import { el, replace, fmtValue, errorBox, query } from './util.js';
import { lineChart, CENSUS_SERIES, CENSUS_COLUMNS, censusPoints } from './chart.js';

export async function render(root, ctx) {
  let a = ctx.query.a || '';
  let b = ctx.query.b || '';
  const selA = el('select', { id: 'compare-a', 'data-testid': 'compare-a' }, el('option', { value: '' }, 'Loading…'));
  const selB = el('select', { id: 'compare-b', 'data-testid': 'compare-b' }, el('option', { value: '' }, 'Loading…'));
  const body = el('tbody', {});
  const headA = el('th', { class: 'num' }, 'A');
  const headB = el('th', { class: 'num' }, 'B');
  const table = el('table', { class: 'table kpis', 'data-testid': 'compare-table' },
    el('thead', {}, el('tr', {}, el('th', {}, 'KPI'), headA, headB, el('th', { class: 'num' }, 'Δ (B − A)'))), body);
  const msg = el('div', {});
  const chartA = el('div', { class: 'chart-wrap', 'data-testid': 'compare-chart-a' });
  const chartB = el('div', { class: 'chart-wrap', 'data-testid': 'compare-chart-b' });
  const f = (label, input) => el('label', { class: 'field' }, el('span', { class: 'field-label' }, label), input);

  root.append(
    el('h1', {}, 'Compare two runs'),
    el('section', { class: 'card controls' }, f('Run A', selA), f('Run B', selB)),
    msg,
    el('div', { class: 'grid grid-2' },
      el('section', { class: 'card' }, el('h2', {}, 'Run A'), chartA),
      el('section', { class: 'card' }, el('h2', {}, 'Run B'), chartB)),
    el('section', { class: 'card' }, el('h2', {}, 'Key figures'), el('div', { class: 'table-wrap' }, table)));

  let runs = [];
  try {
    runs = (await api.runs()).filter((r) => r.status === 'completed');
  } catch (err) {
    replace(msg, errorBox(err, 'compare-error'));
  }
  const opts = (selected) => [el('option', { value: '' }, '— choose a completed run —'),
    ...runs.map((r) => el('option', { value: r.id, selected: r.id === selected }, `${r.id} · ${r.scenario || '?'} · seed ${r.seed ?? '?'} · ${r.days} d`)),
    ...(selected && !runs.some((r) => r.id === selected) ? [el('option', { value: selected, selected: true }, `${selected} (not completed)`)] : [])];
  replace(selA, opts(a));
  replace(selB, opts(b));
  if (!runs.length) replace(msg, el('div', { class: 'alert alert-info' }, 'No completed runs yet. Launch two runs from the Runs page.'));

  async function drawChart(host, id, label) {
    if (!id) {
      replace(host, el('p', { class: 'hint' }, `Choose run ${label}.`));
      return;
    }
    try {
      const s = await api.get(`/api/runs/${encodeURIComponent(id)}/series/national${query({ columns: CENSUS_COLUMNS, limit: 5000 })}`);
      if (!ctx.alive()) return;
      replace(host, lineChart(censusPoints(s), CENSUS_SERIES, { title: `${id}: national census vs COVID beds`, height: 320 }));
    } catch (err) {
      replace(host, errorBox(err, `compare-chart-${label.toLowerCase()}-error`));
    }
  }

  async function load() {
    headA.textContent = a ? `A · ${a}` : 'A';
    headB.textContent = b ? `B · ${b}` : 'B';
    drawChart(chartA, a, 'A');
    drawChart(chartB, b, 'B');
    body.replaceChildren();
    if (!a || !b) {
      body.append(el('tr', { class: 'empty' }, el('td', { colspan: 4 }, 'Choose two completed runs.')));
      return;
    }
    try {
      const c = await api.get(`/api/compare${query({ a, b })}`);
      if (!ctx.alive()) return;
      replace(msg);
      body.replaceChildren(...c.rows.map((r) => el('tr', { 'data-kpi': r.name },
        el('td', {}, r.name), el('td', { class: 'num' }, fmtValue(r.a)), el('td', { class: 'num' }, fmtValue(r.b)),
        el('td', { class: `num ${typeof r.delta === 'number' && r.delta !== 0 ? (r.delta > 0 ? 'delta-up' : 'delta-down') : ''}` },
          typeof r.delta === 'number' && r.delta > 0 ? `+${fmtValue(r.delta)}` : fmtValue(r.delta)))));
    } catch (err) {
      replace(msg, errorBox(err, 'compare-error'));
    }
  }

  const onChange = () => {
    a = selA.value;
    b = selB.value;
    // Keep the address shareable without re-rendering the page.
    history.replaceState(null, '', `#/compare${query({ a, b })}`);
    load();
  };
  selA.addEventListener('change', onChange);
  selB.addEventListener('change', onChange);
  await load();
  return () => {};
}
