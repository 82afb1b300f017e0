// #/runs/{id}/map — states of Mexico filled by COVID occupancy or days of supply on one day.
import { api } from './api.js';
import { el, svgEl, replace, fmtNum, options, debounce, errorBox, query } from './util.js';
import { ITEMS } from './launch.js';

// Viridis (colour-blind safe, perceptually uniform, readable in greyscale), low → high.
const VIRIDIS = ['#440154', '#482878', '#3e4989', '#31688e', '#26828e', '#1f9e89', '#35b779', '#6ece58', '#b5de2b', '#fde725'];
export const NO_DATA = '#d0d0d0';

export function colour(t) {
  if (!Number.isFinite(t)) return NO_DATA;
  const x = Math.max(0, Math.min(1, t)) * (VIRIDIS.length - 1);
  const i = Math.min(VIRIDIS.length - 2, Math.floor(x));
  const f = x - i;
  const a = hex(VIRIDIS[i]);
  const b = hex(VIRIDIS[i + 1]);
  const mix = a.map((v, k) => Math.round(v + (b[k] - v) * f));
  return `rgb(${mix.join(',')})`;
}

function hex(h) {
  return [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16));
}

let svgText = null;
async function loadSvg() {
  if (svgText) return svgText;
  const r = await fetch('/maps/mexico.svg');
  if (!r.ok) throw new Error(`map not found (${r.status})`);
  svgText = await r.text();
  return svgText;
}

function formatter(metric, max) {
  if (metric === 'occupancy' && (max ?? 0) <= 1.5) return (v) => `${fmtNum(v * 100, 1)}%`;
  if (metric === 'days-of-supply') return (v) => `${fmtNum(v, 1)} days`;
  return (v) => fmtNum(v, 2);
}

export async function render(root, ctx) {
  const id = ctx.params[0];
  const enc = encodeURIComponent(id);
  const state = { metric: ctx.query.metric || 'occupancy', item: ctx.query.item || 'n95', day: ctx.query.day ?? '', days: 0 };

  const metric = el('select', { id: 'map-metric', 'data-testid': 'map-metric' }, options([{ value: 'occupancy', label: 'COVID occupancy' }, { value: 'days-of-supply', label: 'Days of supply (hospitals)' }], state.metric));
  const item = el('select', { id: 'map-item', 'data-testid': 'map-item' }, options(ITEMS, state.item));
  const day = el('input', { id: 'map-day', type: 'number', min: 0, step: 1, 'data-testid': 'map-day', class: 'day-input' });
  const slider = el('input', { type: 'range', min: 0, step: 1, 'aria-label': 'Day slider', class: 'day-slider' });
  const dateLabel = el('span', { class: 'hint', 'data-testid': 'map-date' });
  const mapHost = el('div', { class: 'map-host' }, el('p', { class: 'hint' }, 'Loading map…'));
  const legend = el('div', { class: 'legend-box', 'data-testid': 'map-legend' });
  const tableBody = el('tbody', {});
  const msg = el('div', {});
  const f = (label, input) => el('label', { class: 'field' }, el('span', { class: 'field-label' }, label), input);

  root.append(
    el('p', { class: 'crumbs' }, el('a', { href: '#/' }, 'Runs'), ' / ', el('a', { href: `#/runs/${enc}`, class: 'mono' }, id), ' / map'),
    el('div', { class: 'title-row' }, el('h1', {}, 'Map by state'), el('a', { href: `#/runs/${enc}/stock`, class: 'btn btn-secondary' }, 'Stock')),
    el('section', { class: 'card controls' },
      f('Metric', metric), f('Item', item),
      el('div', { class: 'field day-field' }, el('span', { class: 'field-label' }, 'Day'), el('div', { class: 'inline' }, day, slider, dateLabel))),
    msg,
    el('div', { class: 'map-layout' },
      el('section', { class: 'card map-card' }, mapHost,
        el('p', { class: 'attribution', 'data-testid': 'map-attribution' }, 'Map: ',
          el('a', { href: 'https://github.com/VictorCazanave/svg-maps/tree/master/packages/mexico', rel: 'noopener' }, '@svg-maps/mexico 2.0.0'),
          ' by Victor Cazanave, licensed ', el('a', { href: 'https://creativecommons.org/licenses/by/4.0/', rel: 'noopener license' }, 'CC BY 4.0'), '.')),
      el('section', { class: 'card map-side' }, legend,
        el('div', { class: 'table-wrap tall' }, el('table', { class: 'table compact', 'data-testid': 'map-values' },
          el('thead', {}, el('tr', {}, el('th', {}, 'State'), el('th', {}, 'OOADs'), el('th', { class: 'num' }, 'Value'))), tableBody)))));

  let svg = null;
  try {
    const text = await loadSvg();
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    svg = document.importNode(doc.documentElement, true);
    svg.setAttribute('data-testid', 'state-map');
    svg.setAttribute('class', 'state-map');
    svg.setAttribute('role', 'img');
    for (const p of svg.querySelectorAll('path[id]')) {
      p.setAttribute('data-state-id', p.id);
      p.setAttribute('fill', NO_DATA);
      p.append(svgEl('title', {}, p.getAttribute('aria-label') || p.dataset.stateId));
    }
    replace(mapHost, svg);
  } catch (err) {
    replace(mapHost, errorBox(err, 'map-error'));
  }

  // Items and run length from the stock endpoint (cheap with limit=1); fall back to the known item codes.
  try {
    const s = await api.get(`/api/runs/${enc}/stock?limit=1`);
    if (s.items?.length) replace(item, options(s.items, s.items.includes(state.item) ? state.item : s.items[0]));
    state.item = item.value;
    if (s.days) {
      state.days = s.days;
      day.max = String(s.days - 1);
      slider.max = String(s.days - 1);
    }
  } catch {
    /* the map call below reports the problem */
  }

  let token = 0;
  async function load() {
    const mine = ++token;
    if (ctx.alive()) history.replaceState(null, '', `#/runs/${enc}/map${query({ metric: state.metric === 'occupancy' ? '' : state.metric, item: state.metric === 'days-of-supply' ? state.item : '', day: state.day })}`);
    item.disabled = state.metric !== 'days-of-supply';
    try {
      const r = await api.get(`/api/runs/${enc}/map${query({ day: state.day, metric: state.metric, item: state.metric === 'days-of-supply' ? state.item : '' })}`);
      if (mine !== token || !ctx.alive()) return;
      replace(msg);
      paint(r);
    } catch (err) {
      if (mine === token) replace(msg, errorBox(err, 'map-load-error'));
    }
  }

  function paint(r) {
    if (Number.isFinite(r.day)) {
      if (document.activeElement !== day) day.value = String(r.day);
      slider.value = String(r.day);
      if (state.day === '') state.day = r.day;
    }
    dateLabel.textContent = r.date ? `${r.date}${state.days ? ` (of ${fmtNum(state.days)} days)` : ''}` : '';
    const values = r.states.map((s) => s.value).filter(Number.isFinite);
    const min = Number.isFinite(r.min) ? r.min : Math.min(...values);
    const max = Number.isFinite(r.max) ? r.max : Math.max(...values);
    const fmt = formatter(r.metric, max);
    const span = max - min;
    const t = (v) => (span > 0 ? (v - min) / span : 0.5);
    const byId = new Map(r.states.map((s) => [s.stateId, s]));
    if (svg) {
      svg.setAttribute('aria-label', `Map of Mexico: ${r.metric}${r.item ? ` ${r.item}` : ''} on ${r.date}`);
      for (const p of svg.querySelectorAll('path[data-state-id]')) {
        const s = byId.get(p.dataset.stateId);
        const v = s?.value;
        const has = Number.isFinite(v);
        p.setAttribute('fill', has ? colour(t(v)) : NO_DATA);
        if (has) p.dataset.value = String(v);
        else delete p.dataset.value;
        const name = s?.state || p.getAttribute('aria-label') || p.dataset.stateId;
        const ooads = s?.ooads?.length ? ` · OOAD ${s.ooads.join(', ')}` : '';
        let title = p.querySelector('title');
        if (!title) p.append((title = svgEl('title')));
        title.textContent = `${name}: ${has ? fmt(v) : 'no data'}${ooads}`;
      }
    }
    const label = r.metric === 'occupancy' ? 'COVID occupancy (census ÷ COVID beds)' : `Days of supply of ${r.item || state.item} (hospitals)`;
    const stops = Array.from({ length: 11 }, (_, i) => `${colour(i / 10)} ${i * 10}%`).join(', ');
    replace(legend,
      el('h2', {}, label),
      el('div', { class: 'legend-bar', style: `background: linear-gradient(to right, ${stops})` }),
      el('div', { class: 'legend-ticks' },
        el('span', { 'data-testid': 'legend-min' }, values.length ? fmt(min) : '—'),
        el('span', {}, values.length && span > 0 ? fmt(min + span / 2) : ''),
        el('span', { 'data-testid': 'legend-max' }, values.length ? fmt(max) : '—')),
      el('div', { class: 'legend-nodata' }, el('span', { class: 'swatch', style: `background:${NO_DATA}` }), ' no data (no OOAD of the run in this state, or no COVID beds that day)'));
    const rows = [...r.states].sort((a, b) => (Number.isFinite(b.value) ? b.value : -Infinity) - (Number.isFinite(a.value) ? a.value : -Infinity) || a.state.localeCompare(b.state));
    tableBody.replaceChildren(...rows.map((s) => el('tr', { 'data-state-id': s.stateId },
      el('td', {}, el('span', { class: 'swatch', style: `background:${Number.isFinite(s.value) ? colour(t(s.value)) : NO_DATA}` }), ' ', s.state),
      el('td', { class: 'mono' }, (s.ooads || []).join(', ') || '—'),
      el('td', { class: 'num' }, Number.isFinite(s.value) ? fmt(s.value) : '—'))));
  }

  const onDay = debounce((v) => {
    if (v === '' || !Number.isFinite(Number(v))) return;
    state.day = Math.max(0, state.days ? Math.min(Number(v), state.days - 1) : Number(v));
    load();
  }, 200);
  day.addEventListener('input', () => { slider.value = day.value; onDay(day.value); });
  slider.addEventListener('input', () => { day.value = slider.value; onDay(slider.value); });
  metric.addEventListener('change', () => { state.metric = metric.value; load(); });
  item.addEventListener('change', () => { state.item = item.value; load(); });

  await load();
  return () => {};
}
