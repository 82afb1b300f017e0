// Hash router: #/ (launch + runs), #/runs/{id}, #/runs/{id}/stock, #/runs/{id}/map, #/compare?a=&b=.
import * as launch from './launch.js';
import * as run from './run.js';
import * as stock from './stock.js';
import * as map from './map.js';
import * as compare from './compare.js';
import { el, errorBox, parseQuery } from './util.js';

const routes = [
  { pattern: /^\/?$/, page: launch, nav: 'runs', title: 'Runs' },
  { pattern: /^\/runs\/([^/]+)\/stock$/, page: stock, nav: 'runs', title: 'Stock' },
  { pattern: /^\/runs\/([^/]+)\/map$/, page: map, nav: 'runs', title: 'Map' },
  { pattern: /^\/runs\/([^/]+)$/, page: run, nav: 'runs', title: 'Run' },
  { pattern: /^\/compare$/, page: compare, nav: 'compare', title: 'Compare' },
];

let cleanup = null;
let generation = 0;

function parseHash() {
  const raw = decodeURI(location.hash.replace(/^#/, '')) || '/';
  const q = raw.indexOf('?');
  return { path: q < 0 ? raw : raw.slice(0, q), query: parseQuery(q < 0 ? '' : raw.slice(q + 1)) };
}

async function navigate() {
  const { path, query } = parseHash();
  if (typeof cleanup === 'function') {
    try {
      cleanup();
    } catch (e) {
      console.error(e);
    }
  }
  cleanup = null;
  const mine = ++generation;
  const app = document.getElementById('app');
  const root = el('div', { class: 'page-body' });
  app.replaceChildren(root);

  const route = routes.find((r) => r.pattern.test(path));
  for (const a of document.querySelectorAll('[data-nav]')) {
    a.classList.toggle('active', route?.nav === a.dataset.nav);
    if (route?.nav === a.dataset.nav) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
  if (!route) {
    document.title = 'Not found — Capacity';
    root.append(el('h1', {}, 'Page not found'), el('p', {}, el('a', { href: '#/' }, 'Back to the runs')));
    return;
  }
  const params = path.match(route.pattern).slice(1).map(decodeURIComponent);
  document.title = `${route.title}${params[0] ? ` ${params[0]}` : ''} — Capacity`;
  const ctx = { params, query, alive: () => mine === generation };
  try {
    const result = await route.page.render(root, ctx);
    if (mine !== generation) {
      if (typeof result === 'function') result();
    } else {
      cleanup = result;
    }
  } catch (err) {
    console.error(err);
    if (mine === generation) root.append(errorBox(err, 'page-error'));
  }
}

window.addEventListener('hashchange', navigate);
navigate();
