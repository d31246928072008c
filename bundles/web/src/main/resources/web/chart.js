// Two small charts drawn as inline SVG by this code (no library, nothing inline that the Content-Security-Policy
// forbids: shapes and text only, coloured by classes of app.css). Each carries its words as <title> and aria-label,
// and the pages put the same numbers in a table or list beside it.
const NS = 'http://www.w3.org/2000/svg';

function svg(tag, attributes = {}, text) {
  const element = document.createElementNS(NS, tag);
  Object.entries(attributes).forEach(([name, value]) => element.setAttribute(name, value));
  if (text !== undefined) element.textContent = text;
  return element;
}

/**
 * A county × industry grid: a row per county, a column per industry some county leads with; a filled cell for a
 * county's leading industry (class covered or gap), an empty one where the industry is not the county's.
 *
 * @param rows    [{label, cells: Map(industry → {covered, title})}]
 * @param columns the industries, in order
 */
export function coverageGrid(rows, columns, label) {
  const cell = 30;
  const left = 110;
  const top = 96;
  const width = left + columns.length * cell + 10;
  const height = top + rows.length * cell + 10;
  const chart = svg('svg', { viewBox: `0 0 ${width} ${height}`, width, height, role: 'img', 'aria-label': label,
    class: 'chart grid' });
  columns.forEach((industry, x) => {
    const cx = left + x * cell + cell / 2;
    chart.append(svg('text', { x: cx, y: top - 6, transform: `rotate(-60 ${cx} ${top - 6})`, class: 'axis' }, industry));
  });
  rows.forEach((r, y) => {
    const cy = top + y * cell;
    chart.append(svg('text', { x: left - 6, y: cy + cell * 0.7, 'text-anchor': 'end', class: 'axis' }, r.label));
    columns.forEach((industry, x) => {
      const found = r.cells.get(industry);
      const box = svg('rect', { x: left + x * cell + 2, y: cy + 2, width: cell - 4, height: cell - 4, rx: 3,
        class: found ? (found.covered ? 'covered' : 'gap') : 'none' });
      if (found) box.append(svg('title', {}, found.title));
      chart.append(box);
    });
  });
  return chart;
}

/**
 * Stacked horizontal bars, one per row, a segment per category (class = the category).
 *
 * @param rows       [{label, counts: {category: n}}]
 * @param categories [{key, label}] in stacking order
 */
export function stackedBars(rows, categories, label) {
  const left = 110;
  const bar = 18;
  const gap = 8;
  const span = 360;
  const legend = 26;
  const most = Math.max(1, ...rows.map((r) => categories.reduce((sum, c) => sum + (r.counts[c.key] ?? 0), 0)));
  const width = left + span + 40;
  const height = legend + rows.length * (bar + gap) + 4;
  const chart = svg('svg', { viewBox: `0 0 ${width} ${height}`, width, height, role: 'img', 'aria-label': label,
    class: 'chart bars' });
  categories.forEach((c, i) => {
    const x = left + i * 110;
    chart.append(svg('rect', { x, y: 4, width: 12, height: 12, class: c.key }),
      svg('text', { x: x + 16, y: 14, class: 'axis' }, c.label));
  });
  rows.forEach((r, i) => {
    const y = legend + i * (bar + gap);
    chart.append(svg('text', { x: left - 6, y: y + bar * 0.75, 'text-anchor': 'end', class: 'axis' }, r.label));
    let x = left;
    let total = 0;
    categories.forEach((c) => {
      const n = r.counts[c.key] ?? 0;
      if (!n) return;
      const w = (n / most) * span;
      const segment = svg('rect', { x, y, width: w, height: bar, class: c.key });
      segment.append(svg('title', {}, `${r.label} · ${c.label}: ${n}`));
      chart.append(segment);
      x += w;
      total += n;
    });
    chart.append(svg('text', { x: x + 4, y: y + bar * 0.75, class: 'axis' }, String(total)));
  });
  return chart;
}
