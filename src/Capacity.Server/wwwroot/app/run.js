// #/runs/{id} — live progress over SSE, the census chart, then KPIs, plots and downloads.
import { api } from './api.js';
import { el, replace, badge, fmtPercent, fmtTime, fmtValue, fmtNum, isTerminal, errorBox } from './util.js';
import { drawLineChart, CENSUS_SERIES, CENSUS_COLUMNS, censusPoints } from './chart.js';
import { svgEl } from './util.js';
import { eventsCard } from './events.js';

export async function render(root, ctx) {
  const id = ctx.params[0];
  const enc = encodeURIComponent(id);
  let source = null;
  let pollTimer = 0;
  let resultsLoaded = false;
  const history = [];

  const status = el('span', { 'data-testid': 'run-status', class: 'badge' }, '…');
  const fill = el('div', { class: 'progress-fill' });
  const bar = el('div', { class: 'progress', role: 'progressbar', 'aria-valuemin': 0, 'aria-valuemax': 100, 'aria-valuenow': 0, 'aria-label': 'Run progress', 'data-testid': 'progress-bar' }, fill);
  const progressText = el('span', { class: 'progress-text', 'data-testid': 'progress-text' }, '0%');
  const dayCounter = el('span', { class: 'day-counter', 'data-testid': 'day-counter' }, '');
  const latestBox = el('dl', { class: 'latest', 'data-testid': 'latest' });
  const meta = el('p', { class: 'meta', 'data-testid': 'run-meta' });
  const errorArea = el('div', {});
  const chart = svgEl('svg', { 'data-testid': 'live-chart', class: 'chart' });
  const cancelBtn = el('button', { type: 'button', class: 'btn btn-secondary', 'data-testid': 'cancel-button', hidden: true }, 'Cancel run');
  const links = el('nav', { class: 'inline links', 'data-testid': 'run-links' },
    el('a', { href: `#/runs/${enc}/stock`, 'data-testid': 'stock-link', class: 'btn btn-secondary' }, 'Stock'),
    el('a', { href: `#/runs/${enc}/map`, 'data-testid': 'map-link', class: 'btn btn-secondary' }, 'Map'),
    el('a', { href: `#/compare?a=${enc}`, class: 'btn btn-secondary' }, 'Compare…'),
    cancelBtn);
  const results = el('div', { class: 'results', 'data-testid': 'results' });

  root.append(
    el('p', { class: 'crumbs' }, el('a', { href: '#/' }, 'Runs'), ' / ', el('span', { class: 'mono' }, id)),
    el('div', { class: 'title-row' }, el('h1', {}, 'Run ', el('span', { class: 'mono' }, id)), status),
    meta,
    el('section', { class: 'card' },
      el('div', { class: 'progress-row' }, bar, progressText, dayCounter),
      latestBox,
      el('div', { class: 'chart-wrap' }, chart),
      links),
    errorArea,
    results);

  let total = 0;
  drawLineChart(chart, [], CENSUS_SERIES, { title: 'National COVID census vs COVID beds' });

  function addPoint(p) {
    if (!p || !Number.isFinite(p.day)) return false;
    const last = history[history.length - 1];
    if (last && p.day <= last.day) {
      if (p.day === last.day) Object.assign(last, p);
      return false;
    }
    history.push({ day: p.day, date: p.date, census: p.census, covidBeds: p.covidBeds });
    return true;
  }

  let lastStatus = null;
  function setCounter() {
    const s = lastStatus;
    if (!s) return;
    const date = s.latest?.date || history.find((p) => p.day === (s.daysDone ?? 0) - 1)?.date;
    dayCounter.textContent = `Day ${fmtNum(s.daysDone ?? 0)} of ${fmtNum(s.days)}${date ? ` · ${date}` : ''}`;
  }

  function redraw() {
    setCounter();
    drawLineChart(chart, history, CENSUS_SERIES, { title: 'National COVID census vs COVID beds', totalDays: total || undefined });
  }

  // SSE events carry only the latest day (at most ~4 a second), so days can be skipped: fill them from GET.
  let syncing = false;
  let lastSync = 0;
  function hasGap() {
    return history.length > 1 && history[history.length - 1].day - history[0].day + 1 > history.length;
  }
  let pending = false;
  async function syncHistory(force = false) {
    if (syncing) {
      pending = pending || force;
      return;
    }
    if (!force && Date.now() - lastSync < 1500) return;
    syncing = true;
    lastSync = Date.now();
    try {
      const s = await api.run(id);
      if (!ctx.alive()) return;
      let changed = false;
      for (const p of s.history || []) {
        const i = history.findIndex((h) => h.day >= p.day);
        if (i < 0) history.push({ ...p });
        else if (history[i].day !== p.day) history.splice(i, 0, { ...p });
        else continue;
        changed = true;
      }
      if (changed) redraw();
    } catch {
      /* the next progress event tries again */
    } finally {
      syncing = false;
      if (pending) {
        pending = false;
        syncHistory(true);
      }
    }
  }

  let replicas = 1;
  function update(s) {
    if (!ctx.alive()) return;
    replicas = s.replicas || replicas;
    total = s.days || total;
    status.className = `badge badge-${s.status}`;
    status.textContent = s.status;
    status.dataset.status = s.status;
    const pct = Math.round(Math.max(0, Math.min(1, s.progress || 0)) * 100);
    bar.setAttribute('aria-valuenow', String(pct));
    fill.style.width = `${pct}%`;
    progressText.textContent = fmtPercent(s.progress);
    replace(meta, [
      `Scenario ${s.scenario || '—'}`, `seed ${s.seed ?? '—'}`, `${fmtNum(s.days)} days`,
      (s.replicas ?? 1) > 1 ? `${s.replicas} replicas (chart: replica 0)` : null,
      s.startedAt ? `started ${fmtTime(s.startedAt)}` : null, s.finishedAt ? `finished ${fmtTime(s.finishedAt)}` : null,
    ].filter(Boolean).join(' · '));
    if (s.latest) {
      replace(latestBox,
        el('div', {}, el('dt', {}, 'COVID census'), el('dd', { class: 'num' }, fmtNum(s.latest.census))),
        el('div', {}, el('dt', {}, 'COVID beds'), el('dd', { class: 'num' }, fmtNum(s.latest.covidBeds))),
        el('div', {}, el('dt', {}, 'Turned away (day)'), el('dd', { class: 'num' }, fmtNum(s.latest.turnedAway))));
    }
    let changed = false;
    if (Array.isArray(s.history)) for (const p of s.history) changed = addPoint(p) || changed;
    if (s.latest) changed = addPoint(s.latest) || changed;
    if (changed || !chart.firstChild) redraw();
    lastStatus = s;
    setCounter();
    if (isTerminal(s.status) && !Array.isArray(s.history) && (hasGap() || s.daysDone > history.length)) syncHistory(true);
    else if (hasGap()) syncHistory();
    cancelBtn.hidden = isTerminal(s.status);
    replace(errorArea, s.status === 'failed' && s.error ? errorBox({ title: 'Run failed', detail: s.error }, 'run-error') : null);
    if (s.status === 'completed' && !resultsLoaded) {
      resultsLoaded = true;
      loadResults();
      if (history.length < (s.daysDone || 0)) loadSeries();
    }
  }

  cancelBtn.addEventListener('click', async () => {
    try {
      update(await api.cancel(id));
    } catch (err) {
      replace(errorArea, errorBox(err, 'run-error'));
    }
  });

  function closeSource() {
    if (source) {
      source.close();
      source = null;
    }
  }

  function connect() {
    closeSource();
    if (!ctx.alive()) return;
    source = new EventSource(`/api/runs/${enc}/progress`);
    source.addEventListener('progress', (e) => update(JSON.parse(e.data)));
    source.addEventListener('end', (e) => {
      closeSource();
      update(JSON.parse(e.data));
    });
    source.onerror = () => {
      // The server closes the stream after `end`; anything else: fall back to polling once, then reconnect.
      closeSource();
      clearTimeout(pollTimer);
      pollTimer = setTimeout(async () => {
        try {
          const s = await api.run(id);
          update(s);
          if (!isTerminal(s.status)) connect();
        } catch (err) {
          replace(errorArea, errorBox(err, 'run-error'));
        }
      }, 1000);
    };
  }

  // A completed run (e.g. a CLI run found on disk) may come without history: draw it from daily_national.
  async function loadSeries() {
    try {
      const series = await api.get(api.runPath(id, `series/national?columns=${CENSUS_COLUMNS}&limit=5000`));
      if (!ctx.alive()) return;
      const points = censusPoints(series);
      if (points.length > history.length) {
        history.splice(0, history.length, ...points);
        redraw();
      }
    } catch {
      /* the chart keeps the days it has */
    }
  }

  async function loadResults() {
    const kpiBody = el('tbody', {});
    const kpiSection = el('section', { class: 'card' }, el('h2', {}, 'Key figures'),
      el('div', { class: 'table-wrap' }, el('table', { class: 'table kpis', 'data-testid': 'kpi-table' },
        el('thead', {}, el('tr', {}, el('th', {}, 'KPI'), el('th', { class: 'num' }, 'Value'))), kpiBody)));
    const plots = el('div', { class: 'plots', 'data-testid': 'plots' });
    const downloads = el('ul', { class: 'downloads', 'data-testid': 'downloads' });
    replace(results, kpiSection,
      el('section', { class: 'card' }, el('h2', {}, 'Charts'), plots),
      eventsCard(id, ctx),
      el('section', { class: 'card' }, el('h2', {}, 'Downloads'), el('div', { class: 'downloads-wrap' }, downloads)));
    const loadKpis = async (replica) => {
      try {
        const kpis = await api.get(api.runPath(id, `kpis${replica ? `?replica=${replica}` : ''}`));
        if (!ctx.alive()) return;
        kpiBody.replaceChildren(...kpis.map((k) => el('tr', { 'data-kpi': k.name }, el('td', {}, k.name), el('td', { class: 'num' }, fmtValue(k.value)))));
        if (!kpis.length) kpiBody.append(el('tr', { class: 'empty' }, el('td', { colspan: 2 }, 'No KPIs in the manifest.')));
      } catch (err) {
        replace(kpiBody, el('tr', {}, el('td', { colspan: 2 }, errorBox(err, 'kpi-error'))));
      }
    };
    if (replicas > 1) {
      const sel = el('select', { 'data-testid': 'replica-select', 'aria-label': 'Replica' },
        Array.from({ length: replicas }, (_, i) => el('option', { value: String(i) }, `replica ${i}`)));
      sel.addEventListener('change', () => loadKpis(Number(sel.value)));
      kpiSection.querySelector('h2').after(el('label', { class: 'replica-pick' }, el('span', { class: 'field-label' }, 'Replica '), sel));
    }
    await loadKpis(0);
    try {
      const files = await api.get(api.runPath(id, 'files'));
      const href = (f) => `/api/runs/${enc}/files/${f.path.split('/').map(encodeURIComponent).join('/')}`;
      // Run plots at plots/*.png; an ensemble's own plots first, else replica 0's.
      let pngs = files.filter((f) => /^plots\/[^/]+\.png$/i.test(f.path));
      if (!pngs.length) pngs = files.filter((f) => /^replica-0+\/plots\/[^/]+\.png$/i.test(f.path));
      for (const f of pngs) {
        plots.append(el('figure', {}, el('img', { src: href(f), alt: f.path, loading: 'lazy' }),
          el('figcaption', {}, f.path, ' ', el('a', { href: href(f), download: f.path.split('/').pop(), title: 'Download the image' }, '↓'))));
      }
      if (!pngs.length) plots.append(el('p', { class: 'hint' }, 'No plots in this run (outputs.plots off).'));
      for (const f of files) {
        downloads.append(el('li', {},
          el('a', { href: href(f), download: f.path.split('/').pop(), 'data-testid': 'download-link', 'data-path': f.path }, f.path),
          el('span', { class: 'hint' }, ` ${fmtNum(f.bytes)} bytes`),
          f.sha256 ? el('span', { class: 'hint mono', title: `sha256 ${f.sha256}` }, ` · ${f.sha256.slice(0, 10)}…`) : null));
      }
    } catch (err) {
      downloads.append(el('li', {}, errorBox(err, 'files-error')));
    }
  }

  try {
    const s = await api.run(id);
    update(s);
    if (!isTerminal(s.status)) connect();
  } catch (err) {
    replace(errorArea, errorBox(err, 'run-error'));
  }

  return () => {
    closeSource();
    clearTimeout(pollTimer);
  };
}
