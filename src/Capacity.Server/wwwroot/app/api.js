// Fetch wrapper: JSON in and out, X-Api-Key from localStorage, RFC 7807 problems turned into ApiError.

const KEY_STORAGE = 'capacity.apiKey';

export function getApiKey() {
  try {
    return localStorage.getItem(KEY_STORAGE) || '';
  } catch {
    return '';
  }
}

export function setApiKey(key) {
  try {
    if (key) localStorage.setItem(KEY_STORAGE, key);
    else localStorage.removeItem(KEY_STORAGE);
  } catch {
    /* storage disabled: the key lives for this page only */
  }
}

/** An HTTP error with the problem details of the response (title, detail, status, errors). */
export class ApiError extends Error {
  constructor(status, problem) {
    const title = problem?.title || `HTTP ${status}`;
    const detail = problem?.detail || '';
    super(detail ? `${title}: ${detail}` : title);
    this.name = 'ApiError';
    this.status = status;
    this.title = title;
    this.detail = detail;
    this.errors = Array.isArray(problem?.errors) ? problem.errors : [];
    this.problem = problem;
  }

  /** "line:column path: message" lines of a scenario problem. */
  errorLines() {
    return this.errors.map(formatScenarioError);
  }
}

export function formatScenarioError(e) {
  const where = `${e.line ?? 0}:${e.column ?? 0}`;
  const path = e.path ? ` ${e.path}` : '';
  return `${where}${path}: ${e.message ?? ''}`;
}

const FRIENDLY = {
  401: 'Missing or wrong API key. Enter the key printed by the server ("API key: …") in the API key field.',
  404: 'Not found.',
  409: 'Not available in the current state of the run.',
  413: 'The upload is larger than the server accepts.',
  429: 'Too many runs are queued or running; wait for one to finish.',
};

async function request(method, path, body, { auth = false, signal } = {}) {
  const headers = { Accept: 'application/json, application/problem+json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const key = getApiKey();
  if (auth || key) {
    if (key) headers['X-Api-Key'] = key;
  }
  let response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal,
    });
  } catch (err) {
    if (err?.name === 'AbortError') throw err;
    throw new ApiError(0, { title: 'Network error', detail: `${method} ${path} failed: ${err?.message || err}` });
  }
  const type = response.headers.get('Content-Type') || '';
  const isJson = type.includes('json');
  if (!response.ok) {
    let problem = null;
    if (isJson) {
      try {
        problem = await response.json();
      } catch {
        problem = null;
      }
    } else {
      const text = await response.text().catch(() => '');
      problem = { title: response.statusText || `HTTP ${response.status}`, detail: text.slice(0, 300) };
    }
    problem = problem || {};
    if (!problem.title) problem.title = response.statusText || `HTTP ${response.status}`;
    if (!problem.detail && FRIENDLY[response.status]) problem.detail = FRIENDLY[response.status];
    throw new ApiError(response.status, problem);
  }
  if (response.status === 204) return null;
  if (isJson) return response.json();
  return response.text();
}

export const api = {
  get: (path, opts) => request('GET', path, undefined, opts),
  post: (path, body, opts) => request('POST', path, body ?? {}, { auth: true, ...opts }),
  del: (path, opts) => request('DELETE', path, undefined, { auth: true, ...opts }),

  info: () => api.get('/api/info'),
  scenarios: () => api.get('/api/scenarios'),
  scenario: (name) => api.get(`/api/scenarios/${encodeURIComponent(name)}`),
  validate: (yaml, overrides) => api.post('/api/scenarios/validate', { yaml, overrides }),
  runs: () => api.get('/api/runs'),
  run: (id) => api.get(`/api/runs/${encodeURIComponent(id)}`),
  launch: (request) => api.post('/api/runs', request),
  cancel: (id) => api.post(`/api/runs/${encodeURIComponent(id)}/cancel`, {}),
  remove: (id) => api.del(`/api/runs/${encodeURIComponent(id)}`),
  runPath: (id, rest) => `/api/runs/${encodeURIComponent(id)}/${rest}`,
};
