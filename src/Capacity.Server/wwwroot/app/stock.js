// #/runs/{id}/stock — stock by node and item on one day, stock-outs and shipments of that day.
import { api } from './api.js';
import { el, replace, badge, fmtNum, options, debounce, errorBox, query, numCell } from './util.js';

const PAGE = 100;

const COLUMNS = [
  { key: 'entityId', label: 'Node', sort: 'entityId' },
  { key: 'ooad', label: 'OOAD' },
  { key: 'item', label: 'Item' },
  { key: 'onHand', label: 'On hand', sort: 'onHand', num: true },
  { key: 'daysOfSupply', label: 'Days of supply', sort: 'daysOfSupply', num: true, digits: 1 },
  { key: 'onOrder', label: 'On order', sort: 'onOrder', num: true },
  { key: 'inTransit', label: 'In transit', sort: 'inTransit', num: true },
  { key: 'stockOut', label: 'Status' },
];

export async function render(root, ctx) {
  const id = ctx.params[0];
  const enc = encodeURIComponent(id);
  const state = { day: ctx.query.day ?? '', level: ctx.query.level || 'hospital', ooad: ctx.query.ooad || '', item: ctx.query.item || '', sort: 'entityId', desc: false, offset: 0, days: 0 };

  const dayInput = el('input', { id: 'stock-day', type: 'number', min: 0, step: 1, 'data-testid': 'stock-day', class: 'day-input' });
  const daySlider = el('input', { type: 'range', min: 0, step: 1, 'aria-label': 'Day slider', class: 'day-slider' });
  const dateLabel = el('span', { class: 'hint', 'data-testid': 'stock-date' });
  const level = el('select', { id: 'stock-level', 'data-testid': 'stock-level' }, options([{ value: 'hospital', label: 'Hospitals' }, { value: 'warehouse', label: 'Warehouses' }], state.level));
  const ooadSel = el('select', { id: 'stock-filter-ooad', 'data-testid': 'stock-filter-ooad' }, el('option', { value: '' }, 'All OOADs'));
  const itemSel = el('select', { id: 'stock-filter-item', 'data-testid': 'stock-filter-item' }, el('option', { value: '' }, 'All items'));
  const headRow = el('tr', {});
  const body = el('tbody', {});
  const table = el('table', { class: 'table stock', 'data-testid': 'stock-table' }, el('thead', {}, headRow), body);
  const pager = el('div', { class: 'pager', 'data-testid': 'stock-pager' });
  const tableMsg = el('div', {});
  const stockOutBody = el('tbody', {});
  const stockOuts = el('table', { class: 'table compact', 'data-testid': 'stockout-list' },
    el('thead', {}, el('tr', {}, el('th', {}, 'Node'), el('th', {}, 'Level'), el('th', {}, 'OOAD'), el('th', {}, 'Item'), el('th', {}, 'Out since'))), stockOutBody);
  const stockOutCount = el('span', { class: 'hint' });
  const shipBody = el('tbody', {});
  const shipments = el('table', { class: 'table compact', 'data-testid': 'shipments-table' },
    el('thead', {}, el('tr', {}, el('th', {}, 'Movement'), el('th', {}, 'Node'), el('th', {}, 'To'), el('th', {}, 'OOAD'), el('th', {}, 'Item'), el('th', { class: 'num' }, 'Quantity'), el('th', {}, 'Due'))), shipBody);
  const shipCount = el('span', { class: 'hint' });

  const f = (label, input) => el('label', { class: 'field' }, el('span', { class: 'field-label' }, label), input);
  root.append(
    el('p', { class: 'crumbs' }, el('a', { href: '#/' }, 'Runs'), ' / ', el('a', { href: `#/runs/${enc}`, class: 'mono' }, id), ' / stock'),
    el('div', { class: 'title-row' }, el('h1', {}, 'Stock'), el('a', { href: `#/runs/${enc}/map`, class: 'btn btn-secondary' }, 'Map')),
    el('section', { class: 'card controls' },
      el('div', { class: 'field day-field' }, el('span', { class: 'field-label' }, 'Day'), el('div', { class: 'inline' }, dayInput, daySlider, dateLabel)),
      f('Level', level), f('OOAD', ooadSel), f('Item', itemSel)),
    el('section', { class: 'card' }, el('div', { class: 'card-head' }, el('h2', {}, 'Stock on hand'), pager), tableMsg, el('div', { class: 'table-wrap tall' }, table)),
    el('div', { class: 'grid grid-2' },
      el('section', { class: 'card' }, el('div', { class: 'card-head' }, el('h2', {}, 'Stock-outs'), stockOutCount), el('div', { class: 'table-wrap' }, stockOuts)),
      el('section', { class: 'card' }, el('div', { class: 'card-head' }, el('h2', {}, 'Shipments'), shipCount), el('div', { class: 'table-wrap' }, shipments))));

  function header() {
    headRow.replaceChildren(...COLUMNS.map((c) => {
      const th = el('th', { class: c.num ? 'num' : '', scope: 'col' });
      if (c.sort) {
        th.dataset.sort = c.sort;
        const active = state.sort === c.sort;
        th.setAttribute('aria-sort', active ? (state.desc ? 'descending' : 'ascending') : 'none');
        th.append(el('button', { type: 'button', class: 'sort-btn', title: `Sort by ${c.label}` }, c.label, el('span', { class: 'sort-mark', 'aria-hidden': 'true' }, active ? (state.desc ? ' ▼' : ' ▲') : ' ↕')));
        th.addEventListener('click', () => {
          if (state.sort === c.sort) state.desc = !state.desc;
          else {
            state.sort = c.sort;
            state.desc = c.num === true;
          }
          state.offset = 0;
          header();
          loadTable();
        });
      } else th.textContent = c.label;
      if (c.key === 'inTransit' && state.level === 'hospital') th.title = 'Hospitals: their on-order covers transit and backorders';
      return th;
    }));
  }

  // The day, level and filters stay in the address (shareable, kept on reload) without a new navigation.
  function remember() {
    if (!ctx.alive()) return;
    history.replaceState(null, '', `#/runs/${enc}/stock${query({ day: state.day, level: state.level === 'hospital' ? '' : state.level, ooad: state.ooad, item: state.item })}`);
  }

  let tableToken = 0;
  async function loadTable() {
    const mine = ++tableToken;
    remember();
    const q = query({ day: state.day, level: state.level, ooad: state.ooad, item: state.item, sort: state.sort, desc: state.desc ? 'true' : 'false', offset: state.offset, limit: PAGE });
    try {
      const r = await api.get(`/api/runs/${enc}/stock${q}`);
      if (mine !== tableToken || !ctx.alive()) return;
      replace(tableMsg);
      setDays(r);
      fillFilters(r);
      body.replaceChildren(...r.rows.map((row) => el('tr', { 'data-ooad': row.ooad, 'data-item': row.item, 'data-entity-id': row.entityId, class: row.stockOut ? 'row-alert' : '' },
        el('td', { class: 'mono nowrap' }, row.entityId), el('td', {}, ooadText(row.ooad)), el('td', {}, row.item),
        numCell(row.onHand), numCell(row.daysOfSupply, 1), numCell(row.onOrder), numCell(row.inTransit),
        el('td', {}, row.stockOut ? badge('stock-out', { class: 'badge badge-failed' }) : badge('ok', { class: 'badge badge-completed' })))));
      if (!r.rows.length) body.append(el('tr', { class: 'empty' }, el('td', { colspan: COLUMNS.length }, 'No rows for these filters.')));
      const from = r.total ? state.offset + 1 : 0;
      const to = state.offset + r.rows.length;
      const prev = el('button', { type: 'button', class: 'btn btn-secondary', disabled: state.offset === 0, 'data-testid': 'stock-prev' }, '‹ Prev');
      const next = el('button', { type: 'button', class: 'btn btn-secondary', disabled: to >= r.total, 'data-testid': 'stock-next' }, 'Next ›');
      prev.addEventListener('click', () => { state.offset = Math.max(0, state.offset - PAGE); loadTable(); });
      next.addEventListener('click', () => { state.offset += PAGE; loadTable(); });
      replace(pager, el('span', { class: 'hint', 'data-testid': 'stock-total' }, `${fmtNum(from)}–${fmtNum(to)} of ${fmtNum(r.total)}`), prev, next);
    } catch (err) {
      if (mine === tableToken) replace(tableMsg, errorBox(err, 'stock-error'));
    }
  }

  function setDays(r) {
    if (Number.isFinite(r.days) && r.days > 0) {
      state.days = r.days;
      dayInput.max = String(r.days - 1);
      daySlider.max = String(r.days - 1);
    }
    if (Number.isFinite(r.day)) {
      if (document.activeElement !== dayInput) dayInput.value = String(r.day);
      daySlider.value = String(r.day);
      if (state.day === '') state.day = r.day;
    }
    dateLabel.textContent = r.date ? `${r.date}${state.days ? ` (of ${fmtNum(state.days)} days)` : ''}` : '';
  }

  let filtersFilled = false;
  function fillFilters(r) {
    if (filtersFilled) return;
    filtersFilled = true;
    replace(ooadSel, el('option', { value: '' }, 'All OOADs'), options(r.ooads || [], state.ooad));
    replace(itemSel, el('option', { value: '' }, 'All items'), options(r.items || [], state.item));
  }

  // Stock-outs and shipments of the day, filtered here by the OOAD and item selects (the endpoints take only `day`).
  const dayData = { outs: null, ships: null };
  const keep = (x) => (!state.ooad || x.ooad === state.ooad) && (!state.item || x.item === state.item);
  const ooadText = (o) => o || '—';
  const filterNote = () => (state.ooad || state.item ? ' (filtered)' : '');

  function renderDay() {
    if (dayData.outs) {
      const outs = dayData.outs.filter(keep);
      stockOutBody.replaceChildren(...outs.map((o) => el('tr', { 'data-ooad': o.ooad, 'data-item': o.item },
        el('td', { class: 'mono nowrap' }, o.entityId), el('td', {}, o.level), el('td', {}, ooadText(o.ooad)), el('td', {}, o.item), el('td', { class: 'nowrap' }, `day ${o.sinceDay} · ${o.sinceDate}`))));
      if (!outs.length) stockOutBody.append(el('tr', { class: 'empty' }, el('td', { colspan: 5 }, 'No node is out of stock on this day.')));
      stockOutCount.textContent = `${fmtNum(outs.length)} node-item${outs.length === 1 ? "" : "s"}${filterNote()}`;
    }
    if (dayData.ships) {
      // A consignment belongs to the OOAD it leaves and to the one it is bound for.
      const shipped = dayData.ships.shipped.filter((x) => keep(x) || keep({ ooad: x.toOoad, item: x.item }));
      const received = dayData.ships.received.filter(keep);
      const rows = [
        ...shipped.map((x) => el('tr', { 'data-ooad': x.ooad, 'data-item': x.item, 'data-kind': 'shipped' },
          el('td', {}, 'shipped'), el('td', { class: 'mono nowrap' }, x.warehouseId), el('td', { class: 'mono nowrap' }, x.to ? `→ ${x.to}` : '—'),
          el('td', {}, ooadText(x.ooad)), el('td', {}, x.item), numCell(x.quantity),
          el('td', { class: 'nowrap' }, x.dueDay != null ? `day ${x.dueDay} · ${x.dueDate}` : '—'))),
        ...received.map((x) => el('tr', { 'data-ooad': x.ooad, 'data-item': x.item, 'data-kind': 'received' },
          el('td', {}, 'received'), el('td', { class: 'mono nowrap' }, x.entityId), el('td', {}, `(${x.level})`), el('td', {}, ooadText(x.ooad)), el('td', {}, x.item), numCell(x.quantity), el('td', {}, 'today'))),
      ];
      shipBody.replaceChildren(...rows);
      if (!rows.length) shipBody.append(el('tr', { class: 'empty' }, el('td', { colspan: 7 }, 'Nothing shipped or received on this day.')));
      shipCount.textContent = `${fmtNum(shipped.length)} shipped · ${fmtNum(received.length)} received${filterNote()}`;
    }
  }

  let dayToken = 0;
  async function loadDay() {
    const mine = ++dayToken;
    const q = query({ day: state.day });
    const [outs, ships] = await Promise.allSettled([
      api.get(`/api/runs/${enc}/stock-outs${q}`),
      api.get(`/api/runs/${enc}/shipments${q}`),
    ]);
    if (mine !== dayToken || !ctx.alive()) return;
    if (outs.status === 'fulfilled') dayData.outs = outs.value;
    else {
      dayData.outs = null;
      replace(stockOutBody, el('tr', {}, el('td', { colspan: 5 }, errorBox(outs.reason, 'stockout-error'))));
    }
    if (ships.status === 'fulfilled') dayData.ships = ships.value;
    else {
      dayData.ships = null;
      replace(shipBody, el('tr', {}, el('td', { colspan: 6 }, errorBox(ships.reason, 'shipments-error'))));
    }
    renderDay();
  }

  const onDay = debounce((value) => {
    if (value === '' || !Number.isFinite(Number(value))) return;
    state.day = Math.max(0, Math.min(Number(value), state.days ? state.days - 1 : Number(value)));
    state.offset = 0;
    loadTable();
    loadDay();
  }, 250);
  dayInput.addEventListener('input', () => { daySlider.value = dayInput.value; onDay(dayInput.value); });
  daySlider.addEventListener('input', () => { dayInput.value = daySlider.value; onDay(daySlider.value); });
  level.addEventListener('change', () => {
    state.level = level.value;
    state.offset = 0;
    if (state.level === 'warehouse' && state.sort === 'daysOfSupply') state.sort = 'entityId';
    header();
    loadTable();
  });
  ooadSel.addEventListener('change', () => { state.ooad = ooadSel.value; state.offset = 0; loadTable(); renderDay(); });
  itemSel.addEventListener('change', () => { state.item = itemSel.value; state.offset = 0; loadTable(); renderDay(); });

  header();
  await loadTable();
  await loadDay();
  return () => {};
}
