// Reads from the service's own /api; every error becomes a Problem carrying the problem-details text.

/** An error answer of the API (RFC 9457), or a network failure, as a person should read it. */
export class Problem extends Error {
  constructor(status, title, detail, body) {
    super(detail ? `${title}: ${detail}` : title);
    this.status = status;
    this.title = title;
    this.detail = detail;
    this.body = body;
  }
}

/** {@code path} with the non-empty parameters as a query; arrays are joined with commas. */
export function withQuery(path, params = {}) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === null || value === undefined || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length) query.set(key, value.join(','));
    } else {
      query.set(key, String(value));
    }
  }
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

const cache = new Map();

/** GET a JSON answer; the page is read-only, so answers are kept for the session. */
export function getJson(path, params) {
  const url = withQuery(path, params);
  if (!cache.has(url)) {
    const answer = load(url);
    cache.set(url, answer);
    answer.catch(() => cache.delete(url));
  }
  return cache.get(url);
}

/**
 * Fetches a read, asking once more after a server-side failure (a 5xx: a query stopped by its
 * timeout on a busy machine, or refused by the database): reads change nothing, so a second try is
 * safe, and a person would press reload anyway. A second failure is shown.
 */
async function fetchRead(url, init) {
  let response;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      response = await fetch(url, init);
    } catch (e) {
      throw new Problem(0, 'The service did not answer', `${url} (${e.message}). Is it still running?`);
    }
    if (response.status < 500) break;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  return response;
}

async function load(url) {
  const response = await fetchRead(url, { headers: { Accept: 'application/json' } });
  const type = response.headers.get('Content-Type') || '';
  if (!response.ok) {
    if (type.includes('json')) {
      const body = await response.json();
      throw new Problem(response.status, body.title || `Error ${response.status}`, body.detail || '', body);
    }
    throw new Problem(response.status, `Error ${response.status}`, url);
  }
  return response.json();
}

/** GET a text answer (the service's own SVG figures). */
export async function getText(path, params) {
  const url = withQuery(path, params);
  const response = await fetchRead(url);
  if (!response.ok) {
    const type = response.headers.get('Content-Type') || '';
    if (type.includes('json')) {
      const body = await response.json();
      throw new Problem(response.status, body.title || `Error ${response.status}`, body.detail || '', body);
    }
    throw new Problem(response.status, `Error ${response.status}`, url);
  }
  return response.text();
}
