// #/ — launch a run (scenario, YAML, parameters, shocks, overrides) and the list of runs.
import { api, ApiError, getApiKey, setApiKey, formatScenarioError } from './api.js';
import { el, replace, badge, fmtNum, fmtPercent, fmtTime, options, isTerminal, errorBox } from './util.js';

export const RECONVERSION_POLICIES = ['keep', 'no-reconversion', 'schedule', 'occupancy-trigger', 'forecast-trigger'];
export const SUPPLY_POLICIES = ['keep', 'days-of-supply', 'pull-min-max', 'push-proportional'];
export const SHOCK_KINDS = ['demand-surge', 'staff-absence', 'supplier-delay', 'supplier-embargo', 'warehouse-outage', 'transport-disruption', 'oxygen-plant-outage'];
export const ITEMS = ['surgical_mask', 'n95', 'glove_pair', 'gown', 'goggles', 'face_shield'];

// Which scenario field the shock's number goes to, and whether the kind takes an item / a target.
const SHOCK_VALUE_FIELD = {
  'demand-surge': 'factor',
  'supplier-delay': 'factor',
  'staff-absence': 'share',
  'oxygen-plant-outage': 'share',
  'transport-disruption': 'extraDays',
  'supplier-embargo': null,
  'warehouse-outage': null,
};
const SHOCK_TAKES_ITEM = new Set(['supplier-delay', 'supplier-embargo']);
const SHOCK_TARGET_FIELD = { 'demand-surge': 'ooad', 'transport-disruption': 'ooad', 'oxygen-plant-outage': 'ooad', 'warehouse-outage': 'warehouse' };

export async function render(root, ctx) {
  const state = { scenarios: [], selected: null, baseShocks: new Map(), timer: 0, runs: [], checked: new Set(), rows: new Map() };

  // ---- form ----
  const apiKey = el('input', { id: 'api-key', type: 'password', autocomplete: 'off', spellcheck: 'false', 'data-testid': 'api-key', value: getApiKey(), placeholder: 'printed by the server: "API key: …"' });
  apiKey.addEventListener('input', () => setApiKey(apiKey.value.trim()));
  const scenarioSelect = el('select', { id: 'scenario-select', 'data-testid': 'scenario-select' }, el('option', { value: '' }, 'Loading scenarios…'));
  const upload = el('input', { id: 'upload-file', type: 'file', accept: '.yaml,.yml,text/yaml,text/plain', 'data-testid': 'upload-file' });
  const yaml = el('textarea', { id: 'scenario-yaml', 'data-testid': 'scenario-yaml', rows: 16, wrap: 'off', spellcheck: 'false', class: 'code', placeholder: 'Choose a scenario above, upload a file or paste scenario YAML here.' });
  const scenarioInfo = el('p', { class: 'hint', 'data-testid': 'scenario-info' });
  const days = el('input', { id: 'param-days', type: 'number', min: 1, step: 1, 'data-testid': 'param-days', placeholder: 'from scenario' });
  const seed = el('input', { id: 'param-seed', type: 'number', min: 0, step: 1, 'data-testid': 'param-seed', placeholder: 'from scenario' });
  const replicas = el('input', { id: 'param-replicas', type: 'number', min: 1, step: 1, value: '1', 'data-testid': 'param-replicas' });
  const reconversion = el('select', { id: 'param-reconversion-policy', 'data-testid': 'param-reconversion-policy' }, options(RECONVERSION_POLICIES, 'keep'));
  const supply = el('select', { id: 'param-supply-policy', 'data-testid': 'param-supply-policy' }, options(SUPPLY_POLICIES, 'keep'));
  const plots = el('input', { id: 'param-plots', type: 'checkbox', 'data-testid': 'param-plots' });
  const shockBody = el('div', { class: 'shock-rows', 'data-testid': 'shock-rows' });
  const addShock = el('button', { type: 'button', class: 'btn btn-secondary', 'data-testid': 'add-shock' }, '+ Add shock');
  const overrides = el('textarea', { id: 'overrides', 'data-testid': 'overrides', rows: 3, spellcheck: 'false', class: 'code', placeholder: 'one path=value per line, e.g.\ndemand.waves[0].share=0.8\nsupply.items.n95.supplierDailyCapacity=1000' });
  const validateBtn = el('button', { type: 'button', class: 'btn btn-secondary', 'data-testid': 'validate-button' }, 'Validate');
  const launchBtn = el('button', { type: 'submit', class: 'btn btn-primary', 'data-testid': 'launch-button' }, 'Launch run');
  const message = el('div', { class: 'message', 'data-testid': 'launch-message', role: 'status' });
  const errorsList = el('ul', { class: 'validation-errors', 'data-testid': 'validation-errors' });

  const field = (label, input, hint) => el('label', { class: 'field', for: input.id }, el('span', { class: 'field-label' }, label), input, hint ? el('span', { class: 'hint' }, hint) : null);

  const form = el('form', { class: 'card launch', novalidate: true },
    el('h2', {}, 'Launch a run'),
    el('div', { class: 'grid grid-2' },
      field('API key', apiKey, 'Needed to launch, cancel and delete; kept in this browser.'),
      el('div', { class: 'field' }, el('span', { class: 'field-label' }, 'Scenario'),
        el('div', { class: 'inline' }, scenarioSelect, el('label', { class: 'btn btn-secondary file-btn' }, 'Upload YAML…', upload)),
        scenarioInfo)),
    el('div', { class: 'launch-columns' },
      el('div', { class: 'launch-yaml' }, field('Scenario YAML', yaml)),
      el('div', { class: 'launch-params' },
        el('fieldset', { class: 'params' }, el('legend', {}, 'Parameters'),
          el('div', { class: 'grid grid-3' },
            field('Days', days), field('Seed', seed), field('Replicas', replicas, '> 1 runs an ensemble'),
            field('Reconversion policy', reconversion), field('Supply policy', supply)),
          el('label', { class: 'check', for: 'param-plots' }, plots, ' Draw charts (PNG + SVG under plots/; unticked: as the scenario says)')),
        el('fieldset', { class: 'params' }, el('legend', {}, 'Shocks'),
          shockBody,
          el('div', { class: 'inline' }, addShock, el('span', { class: 'hint' }, 'Added after the scenario\'s own shocks.'))),
        field('Extra overrides', overrides, 'path=value per line, applied after the fields above (like --set).'),
        el('div', { class: 'actions' }, validateBtn, launchBtn),
        message,
        errorsList)));

  // ---- run list ----
  const runBody = el('tbody', {});
  const runTable = el('table', { class: 'table runs', 'data-testid': 'run-list' },
    el('thead', {}, el('tr', {},
      el('th', { title: 'Select two completed runs to compare' }, 'Cmp'), el('th', {}, 'Run'), el('th', {}, 'Scenario'),
      el('th', { class: 'num' }, 'Seed'), el('th', { class: 'num' }, 'Days'), el('th', { class: 'num' }, 'Replicas'),
      el('th', {}, 'Status'), el('th', {}, 'Progress'), el('th', {}, 'Started'), el('th', {}, 'Finished'), el('th', {}, 'Actions'))),
    runBody);
  const compareBtn = el('button', { type: 'button', class: 'btn btn-secondary', 'data-testid': 'compare-selected', disabled: true }, 'Compare selected');
  const listMessage = el('div', { class: 'message', 'data-testid': 'run-list-message' });
  const list = el('section', { class: 'card' },
    el('div', { class: 'card-head' }, el('h2', {}, 'Runs'), el('div', { class: 'inline' }, compareBtn)),
    listMessage,
    el('div', { class: 'table-wrap' }, runTable));

  root.append(el('h1', {}, 'Hospital capacity runs'), form, list);

  // ---- behaviour ----
  function showMessage(text, kind = 'info') {
    replace(message, text ? el('div', { class: `alert alert-${kind}` }, text) : null);
  }

  function showProblem(err) {
    replace(errorsList);
    if (err instanceof ApiError) {
      showMessage(`${err.title}${err.detail ? `: ${err.detail}` : ''}`, 'error');
      const lines = err.errors.length ? err.errors.map(formatScenarioError) : [];
      for (const line of lines) errorsList.append(el('li', {}, line));
    } else {
      showMessage(String(err?.message || err), 'error');
    }
  }

  function fillFromSummary(s) {
    days.value = s?.days ?? '';
    seed.value = s?.seed ?? '';
    reconversion.value = 'keep';
    supply.value = 'keep';
    plots.checked = false;
    const parts = s ? [s.description, s.network && `network ${s.network}`, s.hospitals != null && `${fmtNum(s.hospitals)} hospitals`,
      s.ooads != null && `${fmtNum(s.ooads)} OOADs`, s.start && `from ${s.start}`, s.reconversionPolicy && `reconversion ${s.reconversionPolicy}`,
      s.supplyPolicy && `supply ${s.supplyPolicy}`, s.shocks != null && `${s.shocks} shock${s.shocks === 1 ? '' : 's'}`].filter(Boolean) : [];
    replace(scenarioInfo, parts.join(' · '));
  }

  scenarioSelect.addEventListener('change', async () => {
    replace(errorsList);
    showMessage('');
    const name = scenarioSelect.value;
    if (!name) {
      state.selected = null;
      return;
    }
    try {
      const s = await api.scenario(name);
      state.selected = s;
      yaml.value = s.yaml || '';
      fillFromSummary(s);
      if (s.valid === false) {
        showMessage(`Scenario ${s.name} is not valid.`, 'error');
        for (const e of s.errors || []) errorsList.append(el('li', {}, formatScenarioError(e)));
      }
    } catch (err) {
      showProblem(err);
    }
  });

  upload.addEventListener('change', async () => {
    const file = upload.files?.[0];
    if (!file) return;
    yaml.value = await file.text();
    state.selected = null;
    scenarioSelect.value = '';
    fillFromSummary(null);
    replace(scenarioInfo, `Uploaded ${file.name} (${fmtNum(file.size)} bytes)`);
    replace(errorsList);
    showMessage('');
  });

  function addShockRow(values = {}) {
    const kind = el('select', { 'data-testid': 'shock-kind', 'aria-label': 'Shock kind' }, options(SHOCK_KINDS, values.kind || 'demand-surge'));
    const item = el('select', { 'data-testid': 'shock-item', 'aria-label': 'Item' }, options([{ value: '', label: '—' }, ...ITEMS], values.item || ''));
    const target = el('input', { type: 'text', 'data-testid': 'shock-target', 'aria-label': 'OOAD or warehouse', placeholder: 'all', size: 10 });
    const from = el('input', { type: 'date', 'data-testid': 'shock-from', 'aria-label': 'From', value: values.from || state.selected?.start || '' });
    const length = el('input', { type: 'number', min: 1, step: 1, 'data-testid': 'shock-days', 'aria-label': 'Days', value: values.days || '14' });
    const factor = el('input', { type: 'number', min: 0, step: 'any', 'data-testid': 'shock-factor', 'aria-label': 'Factor', value: values.factor || '1.5' });
    const remove = el('button', { type: 'button', class: 'btn btn-link', 'data-testid': 'remove-shock', title: 'Remove this shock' }, '✕');
    const small = (label, input, cls = '') => el('label', { class: `shock-field ${cls}` }, el('span', { class: 'field-label' }, label), input);
    const valueLabel = el('span', { class: 'field-label' }, 'Factor');
    const tr = el('div', { class: 'shock-row', 'data-testid': 'shock-row' },
      small('Kind', kind, 'wide'), small('Item', item), small('OOAD / warehouse', target), small('From', from),
      small('Days', length, 'narrow'), el('label', { class: 'shock-field narrow' }, valueLabel, factor), remove);
    const DEFAULT_VALUE = { 'demand-surge': '1.5', 'supplier-delay': '2', 'staff-absence': '0.2', 'oxygen-plant-outage': '0.5', 'transport-disruption': '3' };
    factor.addEventListener('input', () => { factor.dataset.edited = '1'; });
    const sync = () => {
      if (!factor.dataset.edited && DEFAULT_VALUE[kind.value]) factor.value = DEFAULT_VALUE[kind.value];
      if (kind.value === 'supplier-delay' || kind.value === 'supplier-embargo') { if (!item.value) item.value = 'n95'; }
      item.disabled = !SHOCK_TAKES_ITEM.has(kind.value);
      target.disabled = !SHOCK_TARGET_FIELD[kind.value];
      target.placeholder = kind.value === 'warehouse-outage' ? 'central' : 'all';
      factor.disabled = !SHOCK_VALUE_FIELD[kind.value];
      valueLabel.textContent = { factor: 'Factor', share: 'Share', extraDays: 'Extra days' }[SHOCK_VALUE_FIELD[kind.value]] || 'Value';
    };
    kind.addEventListener('change', sync);
    sync();
    remove.addEventListener('click', () => {
      tr.remove();
    });
    shockBody.append(tr);
    return tr;
  }
  addShock.addEventListener('click', () => addShockRow());

  async function baseShockCount(text) {
    if (state.selected && text === state.selected.yaml) return state.selected.shocks || 0;
    if (state.baseShocks.has(text)) return state.baseShocks.get(text);
    const s = await api.validate(text);
    state.baseShocks.set(text, s.shocks || 0);
    return s.shocks || 0;
  }

  /** Overrides from the policy selects, the shock rows and the extra lines. Throws on a malformed line. */
  async function buildOverrides(text) {
    const out = {};
    if (reconversion.value !== 'keep') out['reconversion.policy'] = reconversion.value;
    if (supply.value !== 'keep') out['supply.policy'] = supply.value;
    if (plots.checked) out['outputs.plots'] = 'true';
    const rows = [...shockBody.querySelectorAll('.shock-row')];
    if (rows.length) {
      let k = await baseShockCount(text);
      for (const tr of rows) {
        const get = (id) => tr.querySelector(`[data-testid=${id}]`);
        const kind = get('shock-kind').value;
        const p = `shocks[${k}]`;
        out[`${p}.kind`] = kind;
        if (get('shock-from').value) out[`${p}.from`] = get('shock-from').value;
        if (get('shock-days').value) out[`${p}.days`] = get('shock-days').value;
        if (SHOCK_TAKES_ITEM.has(kind)) out[`${p}.item`] = get('shock-item').value || 'n95';
        const targetField = SHOCK_TARGET_FIELD[kind];
        const target = get('shock-target').value.trim();
        if (targetField && (target || kind === 'warehouse-outage')) out[`${p}.${targetField}`] = target || 'central';
        const valueField = SHOCK_VALUE_FIELD[kind];
        if (valueField && get('shock-factor').value !== '') out[`${p}.${valueField}`] = get('shock-factor').value;
        k += 1;
      }
    }
    overrides.value.split('\n').forEach((raw, i) => {
      const line = raw.trim();
      if (!line || line.startsWith('#')) return;
      const eq = line.indexOf('=');
      if (eq <= 0) throw new ApiError(400, { title: 'Bad override', detail: `line ${i + 1}: expected path=value, got "${line}"` });
      out[line.slice(0, eq).trim()] = line.slice(eq + 1).trim();
    });
    return out;
  }

  function intOf(input, name) {
    if (input.value === '') return undefined;
    const n = Number(input.value);
    if (!Number.isInteger(n)) throw new ApiError(400, { title: 'Bad parameter', detail: `${name} must be a whole number` });
    return n;
  }

  async function buildRequest() {
    const text = yaml.value;
    if (!text.trim()) throw new ApiError(400, { title: 'No scenario', detail: 'Choose a scenario, upload a file or paste YAML.' });
    const request = {};
    if (state.selected && text === state.selected.yaml) request.scenario = state.selected.name;
    else request.yaml = text;
    const ov = await buildOverrides(text);
    if (Object.keys(ov).length) request.overrides = ov;
    const d = intOf(days, 'Days');
    const s = intOf(seed, 'Seed');
    const r = intOf(replicas, 'Replicas');
    if (d !== undefined) request.days = d;
    if (s !== undefined) request.seed = s;
    if (r !== undefined) request.replicas = r;
    return request;
  }

  validateBtn.addEventListener('click', async () => {
    replace(errorsList);
    showMessage('Validating…');
    try {
      const request = await buildRequest();
      const ov = { ...(request.overrides || {}) };
      if (request.days !== undefined) ov.days = String(request.days);
      if (request.seed !== undefined) ov.seed = String(request.seed);
      const s = await api.validate(yaml.value, ov);
      showMessage(`Valid: ${s.name} · ${fmtNum(s.days)} days from ${s.start} · ${fmtNum(s.hospitals)} hospitals in ${fmtNum(s.ooads)} OOADs · seed ${s.seed} · reconversion ${s.reconversionPolicy} · supply ${s.supplyPolicy} · ${s.shocks} shock(s)${s.sha256 ? ` · sha256 ${s.sha256.slice(0, 12)}…` : ''}`, 'ok');
    } catch (err) {
      showProblem(err);
    }
  });

  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    replace(errorsList);
    if (!getApiKey()) {
      showMessage('Enter the API key first (the server prints it at start-up: "API key: …").', 'error');
      apiKey.focus();
      return;
    }
    launchBtn.disabled = true;
    showMessage('Launching…');
    try {
      const request = await buildRequest();
      const status = await api.launch(request);
      showMessage(`Run ${status.id} ${status.status}.`, 'ok');
      location.hash = `#/runs/${encodeURIComponent(status.id)}`;
    } catch (err) {
      showProblem(err);
    } finally {
      launchBtn.disabled = false;
    }
  });

  // ---- runs table ----
  function runRow(r) {
    const check = el('input', { type: 'checkbox', 'data-testid': 'compare-check', 'aria-label': `Compare ${r.id}`, checked: state.checked.has(r.id), disabled: r.status !== 'completed' });
    check.addEventListener('change', () => {
      if (check.checked) state.checked.add(r.id);
      else state.checked.delete(r.id);
      updateCompare();
    });
    const pct = Math.round((r.progress || 0) * 100);
    const actions = el('td', { class: 'actions-cell' }, el('a', { href: `#/runs/${encodeURIComponent(r.id)}`, 'data-testid': 'run-link' }, 'Open'));
    if (r.status === 'completed') {
      actions.append(' ', el('a', { href: `#/runs/${encodeURIComponent(r.id)}/stock` }, 'Stock'), ' ', el('a', { href: `#/runs/${encodeURIComponent(r.id)}/map` }, 'Map'));
    }
    if (!isTerminal(r.status)) {
      actions.append(' ', el('button', { type: 'button', class: 'btn btn-link', 'data-testid': 'cancel-run', onclick: () => act(() => api.cancel(r.id)) }, 'Cancel'));
    }
    actions.append(' ', el('button', { type: 'button', class: 'btn btn-link danger', 'data-testid': 'delete-run', title: 'Delete the run and its files', onclick: () => act(() => api.remove(r.id)) }, 'Delete'));
    return el('tr', { 'data-run-id': r.id, 'data-status': r.status },
      el('td', {}, check),
      el('td', { class: 'mono nowrap' }, el('a', { href: `#/runs/${encodeURIComponent(r.id)}` }, r.id)),
      el('td', { class: 'nowrap' }, r.scenario || '—'),
      el('td', { class: 'num' }, r.seed ?? '—'),
      el('td', { class: 'num' }, fmtNum(r.days)),
      el('td', { class: 'num' }, fmtNum(r.replicas ?? 1)),
      el('td', {}, badge(r.status, { 'data-testid': 'run-row-status' })),
      el('td', { class: 'nowrap' }, el('div', { class: 'mini-progress', role: 'progressbar', 'aria-valuemin': 0, 'aria-valuemax': 100, 'aria-valuenow': pct },
        el('div', { class: 'mini-progress-fill', style: `width:${pct}%` })), el('span', { class: 'mini-progress-text' }, fmtPercent(r.progress))),
      el('td', { class: 'nowrap' }, fmtTime(r.startedAt)),
      el('td', { class: 'nowrap' }, fmtTime(r.finishedAt)),
      actions);
  }

  async function act(fn) {
    replace(listMessage);
    try {
      await fn();
    } catch (err) {
      replace(listMessage, errorBox(err, 'run-action-error'));
    }
    await refresh();
  }

  function updateCompare() {
    const ids = state.runs.filter((r) => state.checked.has(r.id)).map((r) => r.id);
    compareBtn.disabled = ids.length !== 2;
    compareBtn.textContent = ids.length === 2 ? 'Compare selected (2)' : `Compare selected (${ids.length}/2)`;
  }
  compareBtn.addEventListener('click', () => {
    const ids = state.runs.filter((r) => state.checked.has(r.id)).map((r) => r.id);
    if (ids.length === 2) location.hash = `#/compare?a=${encodeURIComponent(ids[1])}&b=${encodeURIComponent(ids[0])}`;
  });

  async function refresh() {
    if (!ctx.alive()) return;
    try {
      const runs = await api.runs();
      if (!ctx.alive()) return;
      state.runs = runs;
      const seen = new Set();
      const rows = [];
      for (const r of runs) {
        seen.add(r.id);
        const key = JSON.stringify(r);
        const old = state.rows.get(r.id);
        if (old && old.key === key) rows.push(old.tr);
        else {
          const tr = runRow(r);
          state.rows.set(r.id, { key, tr });
          rows.push(tr);
        }
      }
      for (const id of [...state.rows.keys()]) if (!seen.has(id)) state.rows.delete(id);
      for (const id of [...state.checked]) if (!seen.has(id)) state.checked.delete(id);
      if (!rows.length) rows.push(el('tr', { class: 'empty' }, el('td', { colspan: 11 }, 'No runs yet. Launch one above.')));
      const current = [...runBody.children];
      if (current.length !== rows.length || current.some((tr, i) => tr !== rows[i])) runBody.replaceChildren(...rows);
      updateCompare();
      if (listMessage.querySelector('[data-testid=run-list-error]')) replace(listMessage);
    } catch (err) {
      replace(listMessage, errorBox(err, 'run-list-error'));
    }
    const active = state.runs.some((r) => !isTerminal(r.status));
    clearTimeout(state.timer);
    if (ctx.alive()) state.timer = setTimeout(refresh, active ? 1000 : 5000);
  }

  // ---- load ----
  refresh();
  try {
    state.scenarios = await api.scenarios();
    replace(scenarioSelect, el('option', { value: '' }, '— choose a scenario —'),
      state.scenarios.map((s) => el('option', { value: s.name }, s.valid === false ? `${s.name} (invalid)` : s.name)));
  } catch (err) {
    replace(scenarioSelect, el('option', { value: '' }, 'Could not load scenarios'));
    showProblem(err);
  }

  return () => clearTimeout(state.timer);
}
