// Small DOM and formatting helpers shared by every page. No dependencies.

const numberFormats = new Map();

/** Formats a number with thousands separators; `digits` = maximum fraction digits. */
export function fmtNum(value, digits = 0) {
  if (value === null || value === undefined || value === '') return '—';
  const n = typeof value === 'number' ? value : Number(value);
  if (!Number.isFinite(n)) return String(value);
  let f = numberFormats.get(digits);
  if (!f) {
    // signDisplay 'negative': a value that rounds to zero prints 0, not -0.
    f = new Intl.NumberFormat('en-US', { maximumFractionDigits: digits, minimumFractionDigits: 0, signDisplay: 'negative' });
    numberFormats.set(digits, f);
  }
  return f.format(n);
}

/** Formats a KPI-like value: integers plainly, fractions with up to 3 digits. */
export function fmtValue(value) {
  if (typeof value === 'number') return Number.isInteger(value) ? fmtNum(value) : fmtNum(value, Math.abs(value) < 10 ? 3 : 1);
  if (value === null || value === undefined) return '—';
  return String(value);
}

export function fmtPercent(fraction) {
  return `${Math.round(Math.max(0, Math.min(1, fraction || 0)) * 100)}%`;
}

/** "2026-12-02T07:01:02Z" → "2026-12-02 07:01:02" (local time). */
export function fmtTime(iso) {
  if (!iso) return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return String(iso);
  const p = (x) => String(x).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
}

/**
 * Creates an element: el('a', {href: '#/', class: 'x', dataset: {runId: 1}, onclick: f}, 'text', child, ...).
 * Attributes whose value is null/undefined/false are skipped; `true` sets an empty attribute.
 */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  setAttrs(node, attrs);
  append(node, children);
  return node;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

export function svgEl(tag, attrs = {}, ...children) {
  const node = document.createElementNS(SVG_NS, tag);
  setAttrs(node, attrs);
  append(node, children);
  return node;
}

function setAttrs(node, attrs) {
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'dataset') {
      for (const [k, v] of Object.entries(value)) node.dataset[k] = v;
    } else if (key.startsWith('on') && typeof value === 'function') {
      node.addEventListener(key.slice(2), value);
    } else if (key === 'value' && 'value' in node) {
      node.value = value;
    } else if (key === 'checked' || key === 'selected' || key === 'disabled') {
      node[key] = Boolean(value);
    } else {
      node.setAttribute(key, value === true ? '' : String(value));
    }
  }
}

function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replaces the children of `node`. */
export function replace(node, ...children) {
  node.replaceChildren();
  append(node, children);
  return node;
}

/** A status badge: <span class="badge badge-running">running</span>. */
export function badge(status, attrs = {}) {
  return el('span', { class: `badge badge-${status || 'unknown'}`, ...attrs }, status || 'unknown');
}

export const TERMINAL = new Set(['completed', 'failed', 'cancelled']);

export function isTerminal(status) {
  return TERMINAL.has(status);
}

/** An <option> list; `items` are strings or {value, label}. */
export function options(items, selected) {
  return items.map((item) => {
    const value = typeof item === 'string' ? item : item.value;
    const label = typeof item === 'string' ? item : item.label;
    return el('option', { value, selected: String(value) === String(selected ?? '') }, label);
  });
}

/** Debounces `fn` by `ms` milliseconds. */
export function debounce(fn, ms = 250) {
  let timer = 0;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
}

/** A table cell holding a right-aligned number. */
export function numCell(value, digits = 0) {
  return el('td', { class: 'num' }, typeof value === 'number' ? fmtNum(value, digits) : fmtValue(value));
}

/** Renders an error (ApiError or other) into a readable block. */
export function errorBox(error, testid = 'error') {
  const box = el('div', { class: 'alert alert-error', role: 'alert', 'data-testid': testid });
  box.append(el('strong', {}, error?.title || 'Error'));
  if (error?.detail || error?.message) box.append(' ', el('span', {}, error.detail || error.message));
  return box;
}

/** Parses "a=b&c=d" into an object. */
export function parseQuery(text) {
  const out = {};
  for (const [k, v] of new URLSearchParams(text || '')) out[k] = v;
  return out;
}

export function query(params) {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== null && v !== undefined && v !== '') qs.set(k, String(v));
  }
  const s = qs.toString();
  return s ? `?${s}` : '';
}

/** Adds `n` days to an ISO date (yyyy-mm-dd). */
export function addDays(iso, n) {
  const d = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return '';
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}
