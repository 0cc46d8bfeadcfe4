/**
 * Bar charts as inline SVG. Every bar is labelled with its tag and count in text, so the colours
 * only repeat what the words say.
 */
import type { KindInfo } from '../model/kinds.js';
import { formatCount, svg } from './dom.js';

const BAR_HEIGHT = 18;
const GAP = 6;
const LABEL_WIDTH = 170;
const CHART_WIDTH = 560;

export function barChart(kinds: readonly KindInfo[], counts: Record<string, number>, title: string): SVGSVGElement {
  const rows = kinds.filter((kind) => (counts[kind.name] ?? 0) > 0);
  const max = Math.max(1, ...rows.map((kind) => counts[kind.name]!));
  const height = Math.max(1, rows.length) * (BAR_HEIGHT + GAP);
  const summary = rows.map((kind) => `${kind.label} ${counts[kind.name]}`).join(', ') || 'no tags';
  const chart = svg('svg', { class: 'chart', role: 'img', 'aria-label': `${title}: ${summary}`, viewBox: `0 0 ${CHART_WIDTH} ${height}`, width: CHART_WIDTH, height });
  chart.appendChild(svg('title', {}, `${title}: ${summary}`));
  rows.forEach((kind, i) => {
    const y = i * (BAR_HEIGHT + GAP);
    const count = counts[kind.name]!;
    const width = Math.max(2, Math.round(((CHART_WIDTH - LABEL_WIDTH - 60) * count) / max));
    chart.append(
      svg('text', { x: 0, y: y + BAR_HEIGHT - 5, class: 'chart-label' }, kind.label),
      svg('rect', { x: LABEL_WIDTH, y, width, height: BAR_HEIGHT, class: `bar tk-${kind.style}` }),
      svg('text', { x: LABEL_WIDTH + width + 6, y: y + BAR_HEIGHT - 5, class: 'chart-count' }, formatCount(count)),
    );
  });
  return chart;
}

/** One stacked bar per page row: its tags in legend order, scaled to the busiest page. */
export function stackedBar(kinds: readonly KindInfo[], counts: Record<string, number>, max: number): SVGSVGElement {
  const width = 140;
  const chart = svg('svg', { class: 'mini', width, height: 12, viewBox: `0 0 ${width} 12`, 'aria-hidden': 'true', focusable: 'false' });
  let x = 0;
  for (const kind of kinds) {
    const count = counts[kind.name] ?? 0;
    if (count === 0) continue;
    const w = (width * count) / Math.max(1, max);
    chart.appendChild(svg('rect', { x, y: 0, width: w, height: 12, class: `bar tk-${kind.style}` }));
    x += w;
  }
  return chart;
}
