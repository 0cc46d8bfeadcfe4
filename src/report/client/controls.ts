/**
 * The page view's controls: a legend whose entries are also the tag filters (each shows the
 * highlight style it stands for), "only tagged comments", and a search over text and authors.
 */
import type { KindInfo } from '../model/kinds.js';
import { formatCount, h } from './dom.js';
import type { Filters } from './thread-view.js';

export function controls(kinds: readonly KindInfo[], counts: Record<string, number>, filters: Filters, changed: () => void): HTMLElement {
  const legend = h('fieldset', { class: 'legend' }, h('legend', {}, 'Tags (uncheck to hide)'));
  for (const kind of kinds) {
    const box = h('input', { type: 'checkbox', checked: !filters.hiddenKinds.has(kind.name), 'data-kind': kind.name });
    box.addEventListener('change', () => {
      if (box.checked) filters.hiddenKinds.delete(kind.name);
      else filters.hiddenKinds.add(kind.name);
      changed();
    });
    legend.appendChild(h('label', { class: 'legend-item' }, box, ' ', h('span', { class: `hl swatch tk-${kind.style}` }, kind.label), ` ${formatCount(counts[kind.name] ?? 0)}`));
  }
  const only = h('input', { type: 'checkbox', id: 'only-tagged', checked: filters.onlyTagged });
  only.addEventListener('change', () => {
    filters.onlyTagged = only.checked;
    changed();
  });
  const search = h('input', { type: 'search', id: 'comment-search', placeholder: 'words or author', autocomplete: 'off', value: filters.query });
  let timer: number | undefined;
  search.addEventListener('input', () => {
    clearTimeout(timer);
    timer = window.setTimeout(() => {
      filters.query = search.value;
      changed();
    }, 120);
  });
  return h(
    'section',
    { class: 'controls', 'aria-label': 'Filters' },
    legend,
    h('p', { class: 'filter-row' }, h('label', { for: 'only-tagged' }, only, ' Only comments with a shown tag')),
    h('p', { class: 'filter-row' }, h('label', { for: 'comment-search' }, 'Search comments: '), search),
  );
}
