// The whole state of the page lives in the URL, so a link reopens the same view and back/forward work.

const LISTS = ['types', 'kinds', 'expand', 'exclude', 'remove'];
const NUMBERS = ['asOf', 'depth', 'k'];
const TEXTS = ['view', 'id', 'card', 'from', 'to', 'phase', 'scenario', 'lanes', 'analysis', 'by'];

/** The state a URL query describes. Unknown keys are ignored; values are checked by the API. */
export function parse(search) {
  const q = new URLSearchParams(search);
  const state = {};
  for (const key of TEXTS) {
    if (q.get(key)) state[key] = q.get(key);
  }
  for (const key of NUMBERS) {
    const v = q.get(key);
    if (v !== null && v !== '') state[key] = /^-?\d+$/.test(v) ? Number(v) : v;
  }
  for (const key of LISTS) {
    const v = q.get(key);
    state[key] = v ? v.split(',').map((s) => s.trim()).filter(Boolean) : [];
  }
  state.view = state.view || 'home';
  return state;
}

/** The URL query for a state, keys in a fixed order, empty values left out. */
export function serialize(state) {
  const q = new URLSearchParams();
  for (const key of [...TEXTS, ...NUMBERS, ...LISTS]) {
    const v = state[key];
    if (v === undefined || v === null || v === '' || (Array.isArray(v) && !v.length)) continue;
    if (key === 'view' && v === 'home') continue;
    q.set(key, Array.isArray(v) ? v.join(',') : String(v));
  }
  const text = q.toString();
  return text ? `?${text}` : location.pathname;
}
