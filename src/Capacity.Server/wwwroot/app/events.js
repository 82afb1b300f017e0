// The run's events (events.csv) as a paged table with kind and entity filters; used by the run page.
import { api } from './api.js';
import { el, replace, fmtNum, options, debounce, errorBox, query } from './util.js';

export const EVENT_KINDS = [
  'capacity_reached', 'capacity_relieved', 'stock_out_started', 'stock_out_ended', 'reconverted', 'unit_opened',
  'unit_closed', 'staff_limited', 'equipment_limited', 'transfer_wave_started', 'transfer_wave_ended',
  'ventilator_shortage_started', 'ventilator_shortage_ended', 'oxygen_stock_out_started', 'oxygen_stock_out_ended',
  'oxygen_safety_alarm',
];

const PAGE = 100;

/** A card listing the events of run `id` (replica 0 of an ensemble). */
export function eventsCard(id, ctx) {
  const enc = encodeURIComponent(id);
  const state = { kind: '', entity: '', offset: 0 };
  const kind = el('select', { 'data-testid': 'events-kind', 'aria-label': 'Event kind' }, options([{ value: '', label: 'All kinds' }, ...EVENT_KINDS], ''));
  const entity = el('input', { type: 'text', 'data-testid': 'events-entity', 'aria-label': 'Entity', placeholder: 'hospital, warehouse or OOAD id', size: 24 });
  const body = el('tbody', {});
  const pager = el('div', { class: 'pager' });
  const msg = el('div', {});
  const card = el('section', { class: 'card' },
    el('div', { class: 'card-head' }, el('h2', {}, 'Events'), el('div', { class: 'inline' }, kind, entity, pager)),
    msg,
    el('div', { class: 'table-wrap' }, el('table', { class: 'table compact', 'data-testid': 'events-table' },
      el('thead', {}, el('tr', {}, el('th', { class: 'num' }, 'Day'), el('th', {}, 'Date'), el('th', {}, 'Entity'), el('th', {}, 'Kind'), el('th', {}, 'Subject'), el('th', {}, 'Detail'))),
      body)));

  let token = 0;
  async function load() {
    const mine = ++token;
    try {
      const r = await api.get(`/api/runs/${enc}/events${query({ kind: state.kind, entity: state.entity, offset: state.offset, limit: PAGE })}`);
      if (mine !== token || !ctx.alive()) return;
      replace(msg);
      body.replaceChildren(...r.rows.map((e) => el('tr', { 'data-kind': e.kind },
        el('td', { class: 'num' }, e.day), el('td', { class: 'nowrap' }, e.date), el('td', { class: 'mono nowrap' }, e.entityId),
        el('td', { class: 'nowrap' }, e.kind), el('td', {}, e.subject), el('td', {}, e.detail))));
      if (!r.rows.length) body.append(el('tr', { class: 'empty' }, el('td', { colspan: 6 }, 'No events for these filters.')));
      const to = state.offset + r.rows.length;
      const prev = el('button', { type: 'button', class: 'btn btn-secondary', disabled: state.offset === 0 }, '‹ Prev');
      const next = el('button', { type: 'button', class: 'btn btn-secondary', disabled: to >= r.total }, 'Next ›');
      prev.addEventListener('click', () => { state.offset = Math.max(0, state.offset - PAGE); load(); });
      next.addEventListener('click', () => { state.offset += PAGE; load(); });
      replace(pager, el('span', { class: 'hint' }, `${fmtNum(r.total ? state.offset + 1 : 0)}–${fmtNum(to)} of ${fmtNum(r.total)}`), prev, next);
    } catch (err) {
      if (mine === token) replace(msg, errorBox(err, 'events-error'));
    }
  }

  kind.addEventListener('change', () => { state.kind = kind.value; state.offset = 0; load(); });
  entity.addEventListener('input', debounce(() => { state.entity = entity.value.trim(); state.offset = 0; load(); }, 300));
  load();
  return card;
}
