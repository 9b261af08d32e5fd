// Draws node-link views with Cytoscape.js. Colours are the Okabe-Ito palette (distinguishable with
// the common colour-vision deficiencies) and every kind also has its own shape, so colour is never
// the only cue. The library is loaded on first use: the incident view draws the service's own
// figure and needs none of it.
let library = null;

function cytoscapeLibrary() {
  if (!library) library = import('./lib/cytoscape.esm.min.mjs').then((m) => m.default);
  return library;
}

export const KINDS = {
  MemberState: { colour: '#009E73', shape: 'hexagon', words: 'member state' },
  Mechanism: { colour: '#56B4E9', shape: 'round-rectangle', words: 'mechanism' },
  Partner: { colour: '#E69F00', shape: 'ellipse', words: 'partner' },
  Pillar: { colour: '#CC79A7', shape: 'barrel', words: 'pillar' },
  ResponseRole: { colour: '#F0E442', shape: 'diamond', words: 'response role' },
  Area: { colour: '#BBBBBB', shape: 'tag', words: 'area' },
};

/** The kind a node is drawn as: the most specific of its labels. */
export function kindOf(labels = []) {
  return Object.keys(KINDS).find((k) => labels.includes(k)) || 'Area';
}

export function shortName(node) {
  return node.acronym || node.name || node.id;
}

const style = [
  {
    selector: 'node',
    style: {
      label: 'data(label)', 'font-size': 11, 'text-valign': 'center', 'text-halign': 'center', 'text-wrap': 'wrap',
      'text-max-width': '110px', width: 'data(w)', height: 'data(h)', color: '#111', 'border-width': 1,
      'border-color': '#333', 'background-color': 'data(colour)', shape: 'data(shape)',
    },
  },
  { selector: 'node.focus', style: { 'border-width': 4, 'border-color': '#000', 'font-weight': 'bold' } },
  { selector: 'node.removed', style: { opacity: 0.35, 'border-style': 'dashed', 'border-width': 3 } },
  { selector: 'node.cutoff', style: { 'border-width': 4, 'border-color': '#D55E00', 'border-style': 'double' } },
  { selector: 'node.critical', style: { 'border-width': 5, 'border-color': '#000', 'border-style': 'double' } },
  { selector: 'node.overlap', style: { 'border-width': 4, 'border-color': '#CC79A7' } },
  { selector: 'node.gap', style: { 'border-width': 3, 'border-color': '#D55E00', 'border-style': 'dotted' } },
  {
    selector: 'node[size]',
    style: {
      'font-size': 'data(size)', 'text-max-width': (n) => `${110 * (n.data('size') / 11)}px`,
      width: (n) => n.data('w') * (n.data('size') / 11), height: (n) => n.data('h') * (n.data('size') / 11),
    },
  },
  {
    selector: 'edge',
    style: {
      width: 1.5, 'line-color': '#666', 'target-arrow-color': '#666', 'target-arrow-shape': 'triangle',
      'curve-style': 'bezier', label: 'data(label)', 'font-size': 8, color: '#333', 'text-rotation': 'autorotate',
      'text-background-color': '#fff', 'text-background-opacity': 0.8, 'text-background-padding': 1,
    },
  },
  { selector: 'edge.disputed', style: { 'line-style': 'dashed' } },
  { selector: 'edge.path', style: { width: 3, 'line-color': '#0072B2', 'target-arrow-color': '#0072B2' } },
  { selector: 'edge.removed', style: { opacity: 0.25 } },
  {
    selector: 'edge.overlap-pair',
    style: { 'line-style': 'dotted', width: 3, 'line-color': '#CC79A7', 'target-arrow-shape': 'none' },
  },
];

let cy = null;

/**
 * Draws {nodes: [{id, label, kind, classes, level}], edges: [{id, source, target, label, classes}]}
 * into container, replacing what was drawn; onOpen(id) runs when a node is clicked or tapped.
 */
export async function draw(container, { nodes, edges }, { layout = 'concentric', root, onOpen } = {}) {
  const cytoscape = await cytoscapeLibrary();
  if (cy) cy.destroy();
  container.hidden = false;
  const elements = [
    ...nodes.map((n) => ({
      group: 'nodes',
      data: { id: n.id, label: n.label, colour: KINDS[n.kind].colour, shape: KINDS[n.kind].shape, level: n.level ?? 0, ...box(n.label) },
      classes: n.classes || [],
    })),
    ...edges.map((e) => ({ group: 'edges', data: { id: e.id, source: e.source, target: e.target, label: e.label || '' }, classes: e.classes || [] })),
  ];
  cy = cytoscape({
    container, elements, style, minZoom: 0.2, maxZoom: 3,
    layout: layoutOf(layout, root),
  });
  cy.on('tap', 'node', (event) => onOpen && onOpen(event.target.id()));
  return cy;
}

/** A box wide enough for the label at 11 px, wrapped at 110 px. */
function box(label) {
  const chars = String(label).length;
  const lines = Math.max(1, Math.ceil((chars * 6.2) / 110));
  return { w: Math.min(126, chars * 6.2 + 16), h: lines * 14 + 14 };
}

function layoutOf(name, root) {
  if (name === 'breadthfirst') {
    return { name: 'breadthfirst', directed: false, roots: root ? [root] : undefined, spacingFactor: 1.1, animate: false };
  }
  return {
    name: 'concentric', animate: false, minNodeSpacing: 14, avoidOverlap: true,
    concentric: (n) => 10 - n.data('level'), levelWidth: () => 1,
  };
}

/** Removes whatever is drawn. */
export function clear(container) {
  if (cy) {
    cy.destroy();
    cy = null;
  }
  container.hidden = true;
}

/** Adds classes (and font sizes) to drawn nodes by id: marks from an analysis. */
export function mark(marks) {
  if (!cy) return;
  cy.batch(() => {
    cy.elements().removeClass('removed cutoff critical overlap gap');
    cy.nodes().removeData('size');
    cy.remove('edge.overlap-pair');
    for (const [id, classes] of marks.nodes) {
      const node = cy.getElementById(id);
      if (node.nonempty()) node.addClass(classes);
    }
    for (const [id, size] of marks.sizes) {
      const node = cy.getElementById(id);
      if (node.nonempty()) node.data('size', size);
    }
    for (const pair of marks.pairs) {
      if (cy.getElementById(pair.a).nonempty() && cy.getElementById(pair.b).nonempty()) {
        cy.add({ group: 'edges', data: { id: `overlap:${pair.a}:${pair.b}`, source: pair.a, target: pair.b, label: pair.label }, classes: ['overlap-pair'] });
      }
    }
    cy.nodes('.removed').connectedEdges().addClass('removed');
  });
}

/** What is drawn, for tests and the benchmark: node ids. */
export function drawnIds() {
  return cy ? cy.nodes().map((n) => n.id()) : [];
}
