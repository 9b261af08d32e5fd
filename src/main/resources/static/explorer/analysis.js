// The analysis questions on the current view: overlaps, hubs, single points of failure, coverage
// gaps and what-if removal. Findings are listed (with their sources) and marked on what is drawn.
import { getJson } from './api.js';
import { citation, sourceIndex } from './card.js';
import { $, el, fill, table } from './dom.js';
import { shortName } from './graph.js';
import { suggest } from './suggest.js';

const QUESTIONS = [
  ['', 'none'],
  ['overlaps', 'Overlaps: who duplicates whose work'],
  ['hubs', 'Hubs: who sits between the others'],
  ['critical', 'Single points of failure'],
  ['gaps', 'Coverage gaps'],
  ['what-if', 'What if actors are removed'],
];

let marks = empty();

function empty() {
  return { nodes: new Map(), sizes: new Map(), pairs: [] };
}

function add(m, id, cls) {
  m.nodes.set(id, [...(m.nodes.get(id) || []), cls]);
}

/** The marks the last analysis put on the view: node classes, node sizes and overlapping pairs. */
export function analysisMarks(state) {
  const m = { nodes: new Map(marks.nodes), sizes: marks.sizes, pairs: marks.pairs };
  for (const id of state.remove) add(m, id, 'removed');
  return m;
}

const label = (ref) => shortName(ref);

export async function renderAnalysis({ state, go, remember }) {
  marks = empty();
  const which = state.analysis || '';
  const controls = el('div', { class: 'controls' },
    el('label', {}, 'Question ', el('select', { id: 'analysis-question', onchange: (e) => go({ analysis: e.target.value || undefined }) },
      QUESTIONS.map(([v, t]) => el('option', { value: v, selected: v === which, text: t })))));
  fill($('analysis-controls'), controls);
  const body = $('analysis-body');
  const asOf = state.asOf;
  const index = await sourceIndex();
  const actor = (ref) => {
    remember(ref);
    return el('button', { type: 'button', class: 'link', onclick: () => go({ card: ref.id }), text: label(ref) });
  };
  const year = asOf ? ` in ${asOf}` : '';

  if (which === 'overlaps') {
    const a = await getJson('/api/analysis/overlaps', { asOf, limit: 15 });
    a.overlaps.forEach((o) => {
      add(marks, o.a.id, 'overlap');
      add(marks, o.b.id, 'overlap');
      marks.pairs.push({ a: o.a.id, b: o.b.id, label: `overlap ${o.score.toFixed(2)}` });
    });
    fill(body, el('p', { text: `${a.count} pairs shown of ${a.candidates} candidates${year}; pairs drawn in the view are joined by a dotted line.` }),
      table('Overlapping mechanisms', ['Pair', 'Score', 'Shared areas', 'Coordinated', 'Finding'],
        a.overlaps.map((o) => [el('span', {}, actor(o.a), ' & ', actor(o.b)), o.score.toFixed(2),
          o.areas.map((s) => s.item.name).join(', '), o.coordinated ? 'yes' : 'no', o.finding])));
  } else if (which === 'hubs') {
    const a = await getJson('/api/analysis/hubs', { asOf, by: 'betweenness', limit: 20 });
    const top = Math.max(...a.hubs.map((h) => h.betweenness), 0.0001);
    a.hubs.forEach((h) => marks.sizes.set(h.actor.id, Math.round(11 + 13 * (h.betweenness / top))));
    fill(body, el('p', { text: `The ${a.count} most central actors${year} by betweenness; drawn larger the more central.` }),
      table('Hubs', ['Rank', 'Actor', 'Betweenness', 'Degree', 'Closeness'],
        a.hubs.map((h) => [String(h.rank), actor(h.actor), h.betweenness.toFixed(3), String(h.degree), h.closeness.toFixed(3)])));
  } else if (which === 'critical') {
    const a = await getJson('/api/analysis/critical', { asOf });
    a.articulationPoints.forEach((p) => add(marks, p.actor.id, 'critical'));
    fill(body, el('p', { text: `${a.articulationPointCount} actors and ${a.bridgeCount} ties whose loss cuts others off${year}; the actors are marked with a double border.` }),
      table('Single points of failure', ['Actor', 'Pairs that lose their connection', 'Cut off'],
        a.articulationPoints.map((p) => [actor(p.actor), String(p.lostPairs),
          el('span', {}, p.cutOff.flat().slice(0, 12).map((r) => [actor(r), ' ']), p.cutOffCount > 12 ? `and ${p.cutOffCount - 12} more` : '')])));
  } else if (which === 'gaps') {
    const a = await getJson('/api/analysis/gaps', { asOf });
    a.unlinked.forEach((u) => add(marks, u.mechanism.id, 'gap'));
    fill(body,
      table('Roles with one mechanism or none', ['Role', 'Phase', 'Mechanisms', 'Finding'],
        a.roles.map((r) => [r.role.name, r.phase, String(r.mechanisms), r.finding])),
      table('Phases with one mechanism or none', ['Phase', 'Mechanisms', 'Finding'], a.phases.map((p) => [p.phase, String(p.mechanisms), p.finding])),
      table('Mechanisms linked to no other mechanism (marked with a dotted border)', ['Mechanism', 'Finding'],
        a.unlinked.map((u) => [actor(u.mechanism), u.finding])));
  } else if (which === 'what-if') {
    const input = el('input', { id: 'remove-input', type: 'text', autocomplete: 'off', role: 'combobox', 'aria-expanded': 'false', 'aria-controls': 'remove-list', placeholder: 'an actor to remove' });
    const list = el('ul', { id: 'remove-list', role: 'listbox', hidden: true });
    suggest(input, list, (ref) => {
      remember(ref);
      go({ remove: [...new Set([...state.remove, ref.id])] });
    });
    controls.append(el('div', { class: 'combo' }, el('label', { for: 'remove-input', text: 'Remove ' }), input, list),
      el('ul', { class: 'chips', 'aria-label': 'Removed actors' }, state.remove.map((id) => el('li', {}, id, ' ',
        el('button', { type: 'button', 'aria-label': `Put ${id} back`, onclick: () => go({ remove: state.remove.filter((r) => r !== id) }), text: '×' })))));
    if (!state.remove.length) {
      fill(body, el('p', { text: 'Choose actors to remove (here, or with the button on a card) to see what breaks.' }));
      return;
    }
    const a = await getJson('/api/analysis/what-if', { asOf, remove: state.remove });
    a.cutOff.forEach((g) => g.actors.forEach((r) => add(marks, r.id, 'cutoff')));
    const lost = a.roles.filter((r) => r.lost);
    fill(body, el('section', { class: 'what-if' },
      el('p', { class: 'what-if-summary', text: `Without ${a.removed.map(label).join(', ')}${year}: ${a.removedFacts.length} facts go, `
        + `${a.lostPairCount} pairs of actors lose their connection, ${a.cutOff.length} groups are cut off, `
        + `${a.roles.length} roles lose a mechanism (${lost.length} lose all), ${a.paths.length} member-state paths to key mechanisms grow or break.` }),
      a.notPresentThen.length ? el('p', { text: `Not present then: ${a.notPresentThen.join(', ')}` }) : '',
      a.cutOff.length ? el('section', {}, el('h3', { text: 'Cut off (orange double border)' }),
        el('ul', {}, a.cutOff.map((g) => el('li', {}, g.finding)))) : '',
      a.roles.length ? table('Roles that lose mechanisms', ['Role', 'Phase', 'Finding'], a.roles.map((r) => [r.role.name, r.phase, r.finding])) : '',
      a.paths.length ? table('Paths from member states to key mechanisms that change', ['State', 'Mechanism', 'Hops before', 'Hops after', 'Finding'],
        a.paths.map((p) => [actor(p.state), actor(p.mechanism), String(p.hopsBefore), p.hopsAfter == null ? 'broken' : String(p.hopsAfter), p.finding])) : '',
      el('details', {}, el('summary', { text: `The ${a.removedFacts.length} facts that go with them` }),
        el('ul', {}, a.removedFacts.map((f) => el('li', {}, `${f.from} ${f.type}${f.kind ? ` (${f.kind})` : ''} ${f.to} `, citation(f.source, index)))))));
  } else {
    fill(body, el('p', { text: 'Ask a question of the graph: the answer is listed here and marked on the view.' }));
  }
}
