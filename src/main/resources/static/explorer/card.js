// The actor card: what the graph records about one actor, every relationship with its years and
// its citation, disputed facts with both sides.
import { getJson } from './api.js';
import { el, years } from './dom.js';
import { KINDS, kindOf } from './graph.js';

let sources = null;

/** Every source by id (title, year, URL), read once. */
export async function sourceIndex() {
  if (!sources) {
    sources = getJson('/api/sources').then((list) => new Map(list.map((s) => [s.id, s])));
  }
  return sources;
}

/** A citation: the source's title (linked to its URL where it has one), its year and the locator. */
export function citation(source, index) {
  if (!source) return el('span', { class: 'cite missing', text: 'no source recorded' });
  const known = index?.get(source.id) || {};
  const url = source.url || known.url;
  const title = source.title || known.title || source.id;
  const year = source.year || known.year;
  return el('span', { class: 'cite' },
    el('cite', {}, url ? el('a', { href: url, target: '_blank', rel: 'noopener noreferrer' }, title) : title),
    year ? ` (${year})` : '',
    source.locator ? el('span', { class: 'locator' }, ` — ${source.locator}`) : '',
    el('span', { class: 'source-id', text: ` [${source.id}]` }));
}

/** Is a fact with these years out of force in the year asked for? */
export function outside(since, until, asOf) {
  if (asOf == null) return false;
  return (since != null && since > asOf) || (until != null && until < asOf);
}

const GROUPS = {
  Mechanism: [['pillars', 'Pillars'], ['partners', 'Partners and member states'], ['roles', 'Response roles'],
    ['areas', 'Areas'], ['linksOut', 'Links out'], ['linksIn', 'Links in']],
  Partner: [['mechanisms', 'Mechanisms'], ['roles', 'Response roles'], ['links', 'Links']],
};

/**
 * Renders the card of actor {@code ref} (a NodeRef) into container; actions: {open(id), neighbourhood(id),
 * pathsFrom(id), pathsTo(id), toggleRemove(id), removed: Set}.
 */
export async function renderCard(container, ref, asOf, actions) {
  const kind = kindOf(ref.labels);
  const detailKind = ref.labels?.includes('Mechanism') ? 'Mechanism' : ref.labels?.includes('Partner') ? 'Partner' : null;
  const index = await sourceIndex();
  if (!detailKind) {
    container.replaceChildren(el('article', { class: 'card', 'aria-label': `About ${ref.name}` },
      el('h2', { text: ref.name || ref.id }),
      el('p', { class: 'kind', text: KINDS[kind].words }),
      el('p', { text: 'This is not an actor; its links are in the neighbourhood view.' }),
      el('button', { type: 'button', onclick: () => actions.neighbourhood(ref.id), text: 'Show its neighbourhood' })));
    return;
  }
  const d = await getJson(detailKind === 'Mechanism' ? `/api/mechanisms/${encodeURIComponent(ref.id)}` : `/api/partners/${encodeURIComponent(ref.id)}`);
  const removed = actions.removed.has(d.id);
  const facts = [
    ['Kind', [d.kind?.replaceAll('-', ' '), d.memberState ? 'ASEAN member state' : null].filter(Boolean).join(', ')],
    ['Pillar', (d.pillars || []).map((p) => p.node.acronym || p.node.name).join(', ')],
    ['Years', years(d.established, d.ended) || (detailKind === 'Mechanism' ? 'not recorded' : '')],
    ['Status', d.status],
    ['Also called', (d.aliases || []).join('; ')],
  ].filter(([, v]) => v);
  const article = el('article', { class: 'card', 'aria-label': `About ${d.name}` },
    el('h2', { id: 'card-title' }, d.name, d.acronym ? el('span', { class: 'acronym', text: ` (${d.acronym})` }) : ''),
    el('p', { class: 'kind', text: KINDS[kind].words }),
    el('dl', {}, facts.map(([k, v]) => [el('dt', { text: k }), el('dd', { text: v })])),
    d.description ? el('p', { class: 'description', text: d.description }) : '',
    el('p', { class: 'node-source' }, 'Recorded from: ', citation(d.source, index)),
    conflicts(d.conflicts, index),
    el('div', { class: 'actions' },
      el('button', { type: 'button', onclick: () => actions.neighbourhood(d.id), text: 'Neighbourhood' }),
      el('button', { type: 'button', onclick: () => actions.pathsFrom(d.id), text: 'Paths from here' }),
      el('button', { type: 'button', onclick: () => actions.pathsTo(d.id), text: 'Paths to here' }),
      el('button', { type: 'button', class: 'remove', 'aria-pressed': String(removed), onclick: () => actions.toggleRemove(d.id),
        text: removed ? 'Put back (what-if)' : 'Remove (what-if)' })),
    GROUPS[detailKind].map(([key, title]) => group(title, d[key] || [], asOf, index, actions)));
  container.replaceChildren(article);
}

function conflicts(list, index) {
  if (!list?.length) return '';
  return el('section', { class: 'conflicts' },
    el('h3', { text: 'Sources disagree' }),
    el('ul', {}, list.map((c) => el('li', { class: 'disputed' },
      el('strong', { text: c.field }), ` is given as “${c.value}” by `, citation({ id: c.source, locator: c.locator }, index),
      c.note ? el('span', { class: 'note', text: ` ${c.note}` }) : ''))));
}

function group(title, links, asOf, index, actions) {
  if (!links.length) return '';
  const sorted = [...links].sort((a, b) => (a.type + (a.node.name || '')).localeCompare(b.type + (b.node.name || '')));
  return el('section', { class: 'links' },
    el('h3', { text: `${title} (${links.length})` }),
    el('ul', {}, sorted.map((l) => {
      const off = outside(l.since, l.until, asOf);
      return el('li', { class: [l.disputed && 'disputed', off && 'inactive'] },
        el('span', { class: 'rel' }, l.direction === 'in' ? '← ' : '→ ', l.type.replaceAll('_', ' ').toLowerCase(), l.kind ? ` (${l.kind})` : '', ' '),
        el('button', { type: 'button', class: 'link', onclick: () => actions.open(l.node.id), text: l.node.acronym || l.node.name }),
        ' ', el('span', { class: 'years', text: years(l.since, l.until) }),
        off ? el('span', { class: 'badge', text: ` not in force in ${asOf}` }) : '',
        l.disputed ? el('span', { class: 'badge disputed-badge', text: ' disputed' }) : '',
        l.note ? el('div', { class: 'note', text: l.note }) : '',
        l.conflictNote ? el('div', { class: 'note', text: `Other side: ${l.conflictNote}` }) : '',
        el('div', {}, citation(l.source, index)));
    })));
}
