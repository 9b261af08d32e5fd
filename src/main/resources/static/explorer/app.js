// Linkage Explorer: one page over the read API. The URL holds the whole state; render() draws it.
import { getJson, getText, withQuery, Problem } from './api.js';
import { citation, renderCard, sourceIndex } from './card.js';
import { $, el, fill, table, years } from './dom.js';
import { clear, draw, drawnIds, kindOf, KINDS, mark, shortName } from './graph.js';
import { parse, serialize } from './state.js';
import { renderAnalysis, analysisMarks } from './analysis.js';
import { suggest } from './suggest.js';

let state = parse(location.search);
/** Nodes of the current view by id (NodeRefs), so a click can open a card. */
const known = new Map();
/** Sources cited by the current view, for the sources list. */
let cited = new Set();
let renderCount = 0;

/** Moves to a new state: pushes it into the history (unless replacing) and draws it. */
function go(change, { replace = false } = {}) {
  state = { ...state, ...change };
  const url = serialize(state);
  if (replace) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
  render();
}

window.addEventListener('popstate', () => {
  state = parse(location.search);
  render();
});

const actions = {
  open: (id) => go({ card: id }),
  neighbourhood: (id) => go({ view: 'actor', id, card: id, expand: [] }),
  pathsFrom: (id) => go({ view: 'paths', from: id }),
  pathsTo: (id) => go({ view: 'paths', to: id }),
  toggleRemove: (id) => {
    const remove = state.remove.includes(id) ? state.remove.filter((r) => r !== id) : [...state.remove, id];
    go({ remove, analysis: remove.length ? 'what-if' : state.analysis === 'what-if' ? undefined : state.analysis });
  },
  get removed() {
    return new Set(state.remove);
  },
};

// ---- chrome: search, view buttons, year slider ----

suggest($('search'), $('suggestions'), (ref) => {
  remember(ref);
  $('search').value = '';
  go({ view: 'actor', id: ref.id, card: ref.id, expand: [] });
});

for (const button of document.querySelectorAll('nav [data-view]')) {
  button.addEventListener('click', () => go({ view: button.dataset.view }));
}
$('home').addEventListener('click', (e) => {
  e.preventDefault();
  go({ view: 'home', id: undefined, card: undefined });
});

const slider = $('year');
slider.addEventListener('input', () => ($('year-shown').value = `as of ${slider.value}`));
slider.addEventListener('change', () => go({ asOf: Number(slider.value) }));
$('year-clear').addEventListener('click', () => go({ asOf: undefined }));

async function setUpYears() {
  const all = await getJson('/api/mechanisms');
  const first = Math.min(...all.mechanisms.map((m) => m.established).filter((y) => y != null));
  slider.min = String(first);
  slider.max = String(new Date().getFullYear());
}

function showYear() {
  const asOf = state.asOf;
  if (typeof asOf === 'number') slider.value = String(asOf);
  else slider.value = slider.max;
  $('year-shown').value = asOf != null ? `as of ${asOf}` : 'all years';
  slider.setAttribute('aria-valuetext', asOf != null ? `as of ${asOf}` : 'all years');
  $('year-clear').disabled = asOf == null;
}

// ---- messages ----

function showMessage(error) {
  const box = $('message');
  const problem = error instanceof Problem ? error : new Problem(0, 'Something went wrong in the page', error.message);
  const parts = [el('strong', { text: problem.title }), problem.detail ? ` ${problem.detail}` : ''];
  if (problem.body?.allowed) parts.push(el('span', { text: ` Allowed: ${problem.body.allowed.join(', ')}.` }));
  fill(box, ...parts, ' ', el('button', { type: 'button', text: 'Dismiss', onclick: () => (box.hidden = true) }));
  box.hidden = false;
}

// ---- rendering ----

function remember(ref) {
  if (ref?.id) known.set(ref.id, ref);
}

function cite(source) {
  if (source?.id) cited.add(source.id);
}

async function render() {
  const run = ++renderCount;
  document.body.dataset.state = 'loading';
  $('message').hidden = true;
  cited = new Set();
  showYear();
  for (const b of document.querySelectorAll('nav [data-view]')) {
    b.setAttribute('aria-current', String(b.dataset.view === state.view));
  }
  try {
    if (state.view === 'actor') await renderActor();
    else if (state.view === 'paths') await renderPaths();
    else if (state.view === 'incident') await renderIncident();
    else await renderHome();
    if (run !== renderCount) return;
    await renderSide();
    await renderExport();
  } catch (e) {
    if (run !== renderCount) return;
    showMessage(e);
  } finally {
    if (run === renderCount) {
      document.body.dataset.renders = String(run);
      document.body.dataset.state = 'ready';
      performance.mark('explorer-drawn', { detail: { view: state.view, run } });
    }
  }
}

function resetView(title) {
  $('view-title').textContent = title;
  fill($('view-controls'));
  fill($('view-lists'));
  fill($('table-body'));
  $('table').hidden = true;
  $('export').hidden = true;
  fill($('figure'));
  $('figure').hidden = true;
  clear($('graph'));
  fill($('legend'));
  $('legend').hidden = true;
}

/** The key to what the graph draws: colour and shape of each kind of node, and the line styles. */
function legend(nodes) {
  const kinds = [...new Set(nodes.map((n) => n.kind))];
  fill($('legend'),
    kinds.map((k) => el('li', {}, el('span', { class: ['swatch', `kind-${k}`] }), ` ${KINDS[k].words} (${KINDS[k].shape.replace('round-', 'rounded ')})`)),
    el('li', {}, el('span', { class: 'line dashed' }), ' disputed fact'),
    el('li', {}, el('span', { class: 'line thick' }), ' bold border: the actor asked about'));
  $('legend').hidden = false;
}

async function renderSide() {
  const card = $('card');
  const id = state.card || (state.view === 'actor' ? state.id : null);
  if (!id) {
    fill(card);
  } else {
    await renderCard(card, await resolve(id), state.asOf, actions);
  }
  await renderAnalysis({ state, go, remember, actions });
  mark(analysisMarks(state));
  markFigure(analysisMarks(state));
}

/** The NodeRef of an id the view has not shown: by search, else as a mechanism or a partner. */
async function resolve(id) {
  if (known.has(id)) return known.get(id);
  const found = await getJson('/api/search', { q: id, limit: 20 });
  let ref = found.results.find((r) => r.id === id);
  if (!ref) {
    for (const [path, label] of [['/api/mechanisms/', 'Mechanism'], ['/api/partners/', 'Partner']]) {
      try {
        const d = await getJson(path + encodeURIComponent(id));
        ref = { id: d.id, name: d.name, acronym: d.acronym, labels: d.memberState ? ['Partner', 'MemberState'] : [label] };
        break;
      } catch (e) {
        if (e.status !== 404) throw e;
      }
    }
  }
  if (!ref) throw new Problem(404, 'Not found', `No actor with id '${id}' to show a card for`);
  remember(ref);
  return ref;
}

// Home: what a person can do, with the questions the paper asks as starting points.
async function renderHome() {
  resetView('Start here');
  const incidents = await getJson('/api/incidents');
  fill($('view-lists'),
    el('p', { text: 'Who links to whom in ASEAN cyber and disaster cooperation, with a source for every fact. Search for an actor above, or start from one of these:' }),
    el('ul', { class: 'starts' },
      el('li', {}, el('button', { type: 'button', class: 'link', onclick: () => go({ view: 'actor', id: 'telmin', card: 'telmin' }), text: 'TELMIN and everything it links to' })),
      el('li', {}, el('button', { type: 'button', class: 'link', onclick: () => go({ view: 'paths', from: 'japan', to: 'asean-certs', k: 3 }), text: 'How Japan reaches the ASEAN CERTs' })),
      el('li', {}, el('button', { type: 'button', class: 'link', onclick: () => go({ view: 'incident', scenario: incidents[0]?.id, asOf: 2017 }), text: `${incidents[0]?.name ?? 'An incident'}, as it stood in 2017` }))),
    el('h3', { text: 'Incident scenarios' }),
    el('ul', {}, incidents.map((s) => el('li', {},
      el('button', { type: 'button', class: 'link', onclick: () => go({ view: 'incident', scenario: s.id }), text: s.name }),
      ` — affects ${s.affectedState.name}`))));
}

// 3. The neighbourhood of an actor, expandable and filtered.
async function renderActor() {
  resetView('Neighbourhood');
  if (!state.id) throw new Problem(400, 'No actor chosen', 'Search for an actor first');
  const params = { depth: state.depth, types: state.types, kinds: state.kinds, asOf: state.asOf };
  const centres = [state.id, ...state.expand.filter((x) => x !== state.id)];
  const answers = await Promise.all(centres.map((c) => getJson(`/api/actors/${encodeURIComponent(c)}/linkages`, params)));
  const base = await getJson(`/api/actors/${encodeURIComponent(state.id)}/linkages`, { depth: state.depth, asOf: state.asOf });
  const nodes = new Map();
  const edges = new Map();
  answers.forEach((a, i) => {
    for (const n of a.nodes) {
      remember(n.node);
      const level = i === 0 ? n.distance : n.distance + 1;
      if (!nodes.has(n.node.id) || nodes.get(n.node.id).level > level) nodes.set(n.node.id, { ref: n.node, level });
    }
    for (const s of a.relationships) {
      edges.set(stepKey(s), s);
      cite(s.source);
    }
  });
  $('view-title').textContent = `Neighbourhood of ${shortName(answers[0].actor)}`;
  controlsForActor(base, answers[0]);
  const drawn = {
    nodes: [...nodes.values()].map(({ ref, level }) => ({
      id: ref.id, label: shortName(ref), kind: kindOf(ref.labels), level,
      classes: [ref.id === state.id || state.expand.includes(ref.id) ? 'focus' : ''].filter(Boolean),
    })),
    edges: [...edges.values()].map((s) => edge(s)),
  };
  await draw($('graph'), drawn, { onOpen: actions.open });
  legend(drawn.nodes);
  tableOf(drawn.nodes.map((n) => known.get(n.id)), [...edges.values()], 'Actors and links in this neighbourhood');
}

function controlsForActor(base, answer) {
  const types = answer.filters.types || [];
  const allTypes = base.filters.types || types;
  const kinds = [...new Set([...base.relationships.map((s) => s.kind).filter(Boolean), ...state.kinds])].sort();
  const checked = (list, value) => !list.length || list.includes(value);
  const toggle = (key, all, value, on) => {
    const current = state[key].length ? state[key] : all;
    const next = on ? [...new Set([...current, value])] : current.filter((v) => v !== value);
    go({ [key]: next.length === all.length ? [] : next });
  };
  fill($('view-controls'),
    el('div', { class: 'controls' },
      el('label', {}, 'Hops ', el('select', { id: 'depth', onchange: (e) => go({ depth: Number(e.target.value) }) },
        [1, 2, 3].map((d) => el('option', { value: d, selected: (state.depth || 1) === d, text: d })))),
      state.expand.length ? el('button', { type: 'button', onclick: () => go({ expand: [] }), text: `Collapse (${state.expand.length} expanded)` }) : '',
      state.card && state.card !== state.id && !state.expand.includes(state.card)
        ? el('button', { type: 'button', onclick: () => go({ expand: [...state.expand, state.card] }), text: `Expand ${shortName(known.get(state.card) || { id: state.card })}` })
        : ''),
    el('details', { class: 'filters' },
      el('summary', { text: 'Filter by relationship type and link kind' }),
      el('fieldset', {}, el('legend', { text: 'Relationship types' }),
        allTypes.map((t) => el('label', { class: 'check' },
          el('input', { type: 'checkbox', value: t, checked: checked(state.types, t), onchange: (e) => toggle('types', allTypes, t, e.target.checked) }),
          ` ${t.replaceAll('_', ' ').toLowerCase()}`))),
      kinds.length ? el('fieldset', {}, el('legend', { text: 'Link kinds (LINKS_TO)' }),
        kinds.map((k) => el('label', { class: 'check' },
          el('input', { type: 'checkbox', value: k, checked: checked(state.kinds, k), onchange: (e) => toggle('kinds', kinds, k, e.target.checked) }),
          ` ${k}`))) : ''));
}

function stepKey(s) {
  return `${s.from}|${s.type}|${s.kind || ''}|${s.to}|${s.source?.id || ''}|${s.source?.locator || ''}`;
}

function edgeLabel(s) {
  return (s.kind || s.type.replaceAll('_', ' ').toLowerCase()) + (years(s.since, s.until) ? ` ${years(s.since, s.until)}` : '');
}

function edge(s, classes = []) {
  return { id: stepKey(s), source: s.from, target: s.to, label: edgeLabel(s), classes: [...classes, s.disputed ? 'disputed' : ''].filter(Boolean) };
}

/** The table alternative of a node-link view. */
function tableOf(nodes, steps, caption) {
  $('table').hidden = false;
  fill($('table-body'),
    table(`${caption}: ${nodes.length} nodes`, ['Name', 'Kind', 'Open'],
      nodes.filter(Boolean).map((n) => [n.name + (n.acronym ? ` (${n.acronym})` : ''), KINDS[kindOf(n.labels)].words,
        el('button', { type: 'button', class: 'link', onclick: () => actions.open(n.id), text: `Card of ${shortName(n)}` })])),
    stepsTable(`${steps.length} links`, steps));
}

function stepsTable(caption, steps, index) {
  return table(caption, ['From', 'Relationship', 'To', 'Years', 'Source'],
    steps.map((s) => [name(s.from), s.type + (s.kind ? ` (${s.kind})` : '') + (s.disputed ? ', disputed' : ''), name(s.to),
      years(s.since, s.until), citation(s.source, index)]));
}

function name(id) {
  const ref = known.get(id);
  return ref ? shortName(ref) : id;
}

// 4. The k shortest paths between two actors.
async function renderPaths() {
  resetView('How two actors link');
  const index = await sourceIndex();
  const phases = ['prepare', 'detect', 'respond', 'recover'];
  const from = el('input', { id: 'path-from', type: 'text', autocomplete: 'off', role: 'combobox', 'aria-expanded': 'false', 'aria-controls': 'from-list', value: state.from || '', required: true });
  const to = el('input', { id: 'path-to', type: 'text', autocomplete: 'off', role: 'combobox', 'aria-expanded': 'false', 'aria-controls': 'to-list', value: state.to || '', required: true });
  const fromList = el('ul', { id: 'from-list', role: 'listbox', hidden: true });
  const toList = el('ul', { id: 'to-list', role: 'listbox', hidden: true });
  const exclude = el('input', { id: 'path-exclude', type: 'text', autocomplete: 'off', value: state.exclude.join(', '), placeholder: 'ids, comma-separated' });
  const k = el('input', { id: 'path-k', type: 'number', min: 1, max: 10, value: state.k || 1 });
  const phase = el('select', { id: 'path-phase' }, el('option', { value: '', text: 'any actor' }),
    phases.map((p) => el('option', { value: p, selected: state.phase === p, text: `only actors active in ${p}` })));
  suggest(from, fromList, (ref) => (from.value = ref.id));
  suggest(to, toList, (ref) => (to.value = ref.id));
  const form = el('form', { class: 'controls path-form', onsubmit: (e) => {
    e.preventDefault();
    go({ from: from.value.trim(), to: to.value.trim(), k: Number(k.value) || 1, phase: phase.value || undefined,
      exclude: exclude.value.split(',').map((x) => x.trim()).filter(Boolean) });
  } },
  el('div', { class: 'combo' }, el('label', { for: 'path-from', text: 'From' }), from, fromList),
  el('div', { class: 'combo' }, el('label', { for: 'path-to', text: 'To' }), to, toList),
  el('label', {}, 'Paths (1–10) ', k),
  el('label', {}, 'Route around ', exclude),
  el('label', {}, 'Through ', phase),
  el('button', { type: 'submit', text: 'Find paths' }));
  fill($('view-controls'), form);
  if (!state.from || !state.to) {
    fill($('view-lists'), el('p', { text: 'Pick an actor to start from and one to reach. The answer lists every step with its source; the year slider keeps only what held that year.' }));
    return;
  }
  const answer = await getJson('/api/paths/shortest', { from: state.from, to: state.to, k: state.k, exclude: state.exclude, phase: state.phase, asOf: state.asOf });
  const nodes = new Map();
  const steps = new Map();
  for (const p of answer.paths) {
    p.nodes.forEach((n, i) => {
      remember(n);
      if (!nodes.has(n.id)) nodes.set(n.id, { ref: n, level: i });
    });
    for (const s of p.steps) {
      steps.set(stepKey(s), s);
      cite(s.source);
    }
  }
  $('view-title').textContent = `How ${name(state.from)} reaches ${name(state.to)}`;
  if (!answer.paths.length) {
    fill($('view-lists'), el('p', { class: 'empty', text: `No path from ${name(state.from)} to ${name(state.to)} with these filters${state.asOf ? ` in ${state.asOf}` : ''}.` }));
    return;
  }
  const drawn = {
    nodes: [...nodes.values()].map(({ ref, level }) => ({ id: ref.id, label: shortName(ref), kind: kindOf(ref.labels), level,
      classes: ref.id === state.from || ref.id === state.to ? ['focus'] : [] })),
    edges: [...steps.values()].map((s) => edge(s, ['path'])),
  };
  await draw($('graph'), drawn, { layout: 'breadthfirst', root: state.from, onOpen: actions.open });
  legend(drawn.nodes);
  fill($('view-lists'), el('ol', { class: 'paths' }, answer.paths.map((p, i) => el('li', { class: 'path' },
    el('h3', { text: `Path ${i + 1}: ${p.length} step${p.length === 1 ? '' : 's'} — ${p.nodes.map(shortName).join(' → ')}` }),
    el('ol', { class: 'steps' }, p.steps.map((s, j) => el('li', { class: ['step', s.disputed && 'disputed'] },
      el('span', { class: 'rel' },
        el('button', { type: 'button', class: 'link', onclick: () => actions.open(p.nodes[j].id), text: shortName(p.nodes[j]) }),
        ` ${s.reversed ? '←' : '—'} ${s.type.replaceAll('_', ' ').toLowerCase()}${s.kind ? ` (${s.kind})` : ''} ${s.reversed ? '—' : '→'} `,
        el('button', { type: 'button', class: 'link', onclick: () => actions.open(p.nodes[j + 1].id), text: shortName(p.nodes[j + 1]) }),
        years(s.since, s.until) ? ` ${years(s.since, s.until)}` : '', s.disputed ? ' (disputed)' : ''),
      el('div', {}, citation(s.source, index)))))))));
  tableOf(drawn.nodes.map((n) => known.get(n.id)), [...steps.values()], `Actors and steps on the ${answer.paths.length} path(s)`);
}

// 5. The incident scenario, drawn by the service's own ELK layout (the very SVG the figures are).
async function renderIncident() {
  resetView('Incident scenario');
  // With the scenario in the URL, its answers are asked for alongside the list of scenarios.
  const listed = getJson('/api/incidents');
  const id = state.scenario || (await listed)[0]?.id;
  const lanes = state.lanes === 'phase' ? 'phase' : undefined;
  const answers = Promise.all([
    getJson(`/api/incidents/${encodeURIComponent(id)}`, { asOf: state.asOf }),
    getText(`/api/diagrams/incidents/${encodeURIComponent(id)}.svg`, { asOf: state.asOf, lanes, detail: 'full' }),
    sourceIndex(),
  ]);
  answers.catch(() => {});
  const scenarios = await listed;
  fill($('view-controls'), el('div', { class: 'controls' },
    el('label', {}, 'Scenario ', el('select', { id: 'scenario', onchange: (e) => go({ scenario: e.target.value }) },
      scenarios.map((s) => el('option', { value: s.id, selected: s.id === id, text: s.name })))),
    el('label', {}, 'Lanes ', el('select', { id: 'lanes', onchange: (e) => go({ lanes: e.target.value === 'phase' ? 'phase' : undefined }) },
      el('option', { value: 'pillar', text: 'by pillar', selected: !lanes }), el('option', { value: 'phase', text: 'by phase', selected: !!lanes })))));
  const [view, svg, index] = await answers;
  $('view-title').textContent = `${view.scenario.name}${view.asOf ? `, as of ${view.asOf}` : ''}`;
  remember(view.scenario.affectedState);
  cite(view.scenario.source);
  for (const phase of view.phases) {
    for (const a of phase.actors) {
      remember(a.node);
      a.performs.forEach((s) => cite(s.source));
    }
  }
  view.links.forEach((s) => cite(s.source));
  showFigure(svg);
  const roles = view.scenario.roles;
  fill($('view-lists'),
    el('p', { class: 'scenario' }, view.scenario.description || '', ' Affected: ',
      el('button', { type: 'button', class: 'link', onclick: () => actions.open(view.scenario.affectedState.id), text: view.scenario.affectedState.name }), '.'),
    el('section', { class: 'phases', 'aria-label': 'Phases' }, view.phases.map((p) => el('section', { class: 'phase', dataset: { phase: p.phase } },
      el('h3', { text: `${p.phase} (${p.actors.length})` }),
      p.actors.length
        ? table(`Actors in the ${p.phase} phase`, ['Actor', 'Lane', 'Roles', 'Hops from the affected state', 'Source of the role'],
          p.actors.map((a) => [
            el('button', { type: 'button', class: 'link', onclick: () => actions.open(a.node.id), text: shortName(a.node) }),
            a.lane, a.roles.map((r) => roles.find((x) => x.id === r)?.name || r).join(', '),
            a.distance == null ? 'not reached' : String(a.distance),
            el('span', {}, a.performs.map((s) => citation(s.source, index)))]))
        : el('p', { class: 'empty', text: 'Nobody acts in this phase.' })))),
    el('section', { class: 'uncovered' }, el('h3', { text: `Roles nobody covers (${view.uncoveredRoles.length})` }),
      view.uncoveredRoles.length ? el('ul', {}, view.uncoveredRoles.map((r) => el('li', { text: `${r.name} (${r.phase})` }))) : el('p', { text: 'Every role is covered.' })),
    el('section', { class: 'unreachable' }, el('h3', { text: `Actors no link reaches (${view.unreachable.length})` }),
      view.unreachable.length ? el('ul', {}, view.unreachable.map((u) => el('li', {},
        el('button', { type: 'button', class: 'link', onclick: () => actions.open(u), text: name(u) })))) : el('p', { text: 'Every actor is reached.' })));
  const participants = view.phases.flatMap((p) => p.actors.map((a) => a.node));
  const unique = [...new Map([view.scenario.affectedState, ...participants].map((n) => [n.id, n])).values()];
  tableOf(unique, view.links, 'Actors and links of the incident');
}

/** Inlines the service's SVG figure; its node groups become keyboard- and click-operable. */
function showFigure(svgText) {
  const doc = new DOMParser().parseFromString(svgText, 'image/svg+xml');
  if (doc.querySelector('parsererror')) throw new Problem(0, 'The figure could not be read', 'the SVG the service sent is not well-formed');
  const svg = document.importNode(doc.documentElement, true);
  svg.removeAttribute('width');
  svg.removeAttribute('height');
  svg.setAttribute('class', 'incident-figure');
  for (const g of svg.querySelectorAll('g.node')) {
    const id = g.id.replace(/^node-/, '');
    g.dataset.id = id;
    g.setAttribute('tabindex', '0');
    g.setAttribute('role', 'button');
    g.setAttribute('aria-label', `Open the card of ${name(id)}`);
    g.removeAttribute('id');
    g.addEventListener('click', () => actions.open(id));
    g.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        actions.open(id);
      }
    });
  }
  for (const g of svg.querySelectorAll('[id]')) g.removeAttribute('id');
  fill($('figure'), svg);
  $('figure').hidden = false;
}

/** Puts an analysis's marks on the inline figure (the same classes the graph gets). */
function markFigure(marks) {
  const figure = $('figure');
  for (const g of figure.querySelectorAll('g.node')) {
    g.classList.remove('removed', 'cutoff', 'critical', 'overlap', 'gap');
    const classes = marks.nodes.get(g.dataset.id);
    if (classes) g.classList.add(...classes);
  }
}

// 8. Export: the service's own renderer with the view's parameters, and the sources it cites.
async function renderExport() {
  const box = $('export');
  let view = null;
  let params = {};
  if (state.view === 'actor' && state.id) {
    view = `actors/${encodeURIComponent(state.id)}`;
    params = { depth: state.depth, types: state.types, kinds: state.kinds, asOf: state.asOf };
  } else if (state.view === 'paths' && state.from && state.to) {
    view = 'paths/shortest';
    params = { from: state.from, to: state.to, k: state.k, exclude: state.exclude, phase: state.phase, asOf: state.asOf };
  } else if (state.view === 'incident') {
    view = `incidents/${encodeURIComponent(state.scenario || $('scenario')?.value || '')}`;
    // The Explorer shows the full drawing in lanes; its exports are the same figure.
    params = { asOf: state.asOf, lanes: state.lanes === 'phase' ? 'phase' : undefined, detail: 'full' };
  }
  if (!view) {
    box.hidden = true;
    return;
  }
  const index = await sourceIndex();
  {
    const list = [...cited].sort().map((id) => index.get(id) || { id, title: id });
    const text = list.map((s) => `[${s.id}] ${s.title}${s.year ? ` (${s.year})` : ''}${s.publisher ? `, ${s.publisher}` : ''}${s.url ? `. ${s.url}` : ''}`).join('\n');
    const blob = URL.createObjectURL(new Blob([`${text}\n`], { type: 'text/plain' }));
    fill(box,
      el('h3', { text: 'Take it away' }),
      el('p', { class: 'downloads' }, 'Figure: ',
        ['svg', 'pdf', 'png'].map((f) => [el('a', { class: 'export', href: withQuery(`/api/diagrams/${view}.${f}`, params), download: '', dataset: { format: f }, text: f.toUpperCase() }), ' ']),
        ' · ', el('a', { class: 'export-sources', href: blob, download: 'sources.txt', text: `Sources (${list.length})` })),
      el('details', {}, el('summary', { text: `The ${list.length} sources this view cites` }),
        el('ul', { class: 'sources' }, list.map((s) => el('li', {}, citation({ id: s.id, title: s.title, year: s.year, url: s.url }, index))))));
    box.hidden = false;
  }
}

// ---- start ----
setUpYears().then(showYear).catch(showMessage);
history.replaceState(null, '', serialize(state));
render();

/** For the browser tests and the benchmark: which node ids the graph shows. */
window.explorer = { drawnIds };
