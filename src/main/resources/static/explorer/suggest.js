// Suggestions as a person types (names, acronyms, aliases from /api/search), operable by keyboard:
// arrows move, Enter picks, Escape closes.
import { getJson } from './api.js';
import { el, fill } from './dom.js';
import { KINDS, kindOf } from './graph.js';

let counter = 0;

/** Wires input + listbox; onPick(NodeRef) runs when a suggestion is chosen. */
export function suggest(input, listbox, onPick) {
  let results = [];
  let active = -1;
  let timer = null;
  let asked = 0;
  const prefix = `opt-${++counter}`;

  const close = () => {
    listbox.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const highlight = (i) => {
    active = i;
    listbox.querySelectorAll('[role=option]').forEach((o, j) => o.setAttribute('aria-selected', String(j === i)));
    if (i >= 0) input.setAttribute('aria-activedescendant', `${prefix}-${i}`);
  };
  const pick = (i) => {
    const ref = results[i];
    close();
    if (ref) onPick(ref);
  };
  const show = () => {
    fill(listbox, results.length
      ? results.map((r, i) => el('li', { id: `${prefix}-${i}`, role: 'option', 'aria-selected': 'false', dataset: { id: r.id },
        onmousedown: (e) => {
          e.preventDefault();
          pick(i);
        } },
      el('span', { class: 'name', text: r.name }), r.acronym ? el('span', { class: 'acr', text: ` ${r.acronym}` }) : '',
      el('span', { class: 'what', text: ` · ${KINDS[kindOf(r.labels)].words}` })))
      : el('li', { class: 'none', text: 'No actor matches' }));
    listbox.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    active = -1;
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const q = input.value.trim();
    if (!q) {
      close();
      return;
    }
    timer = setTimeout(async () => {
      const mine = ++asked;
      try {
        const answer = await getJson('/api/search', { q, limit: 8 });
        if (mine !== asked) return;
        results = answer.results;
        show();
      } catch (e) {
        results = [];
        fill(listbox, el('li', { class: 'none', text: e.message }));
        listbox.hidden = false;
      }
    }, 120);
  });
  input.addEventListener('keydown', (e) => {
    if (listbox.hidden) return;
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      highlight(Math.min(active + 1, results.length - 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      highlight(Math.max(active - 1, 0));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      pick(active >= 0 ? active : 0);
    } else if (e.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 150));
}
