// The city office's dashboard across the counties: coverage of every county's leading industries as a grid with the
// gaps (R-GOAL-1), progress per county (met / on track / behind, R-SVC-2), requests escalated to the city (R-ESC-1)
// and the year's evaluation rounds with their states. The charts are drawn by chart.js; the numbers are in tables.
import { api, countyNames, csvButton, el, loadMessages, navigation, problemText, requireRole, row, specialistCount,
  t } from './app.js';
import { coverageGrid, stackedBars } from './chart.js';

const STATUSES = ['MET', 'ON_TRACK', 'BEHIND', 'NO_THRESHOLD'];
const user = await requireRole('city', 'auditor');
const $ = (id) => document.getElementById(id);
let names = new Map();

async function coverage() {
  const reply = await api('GET', '/coverage');
  if (!reply.ok) {
    $('notice').textContent = problemText(reply);
    return null;
  }
  const c = reply.data;
  $('coverage-summary').textContent = t('city.coverageSummary', { year: c.year, covered: c.covered, cells: c.cells,
    gaps: c.gaps.length });
  const columns = [...new Set(c.counties.flatMap((county) => county.industries.map((i) => i.industry)))];
  const rows = c.counties.map((county) => ({
    label: county.countyName,
    cells: new Map(county.industries.map((i) => [i.industry, { covered: i.covered, title: `${county.countyName} · `
      + `${i.industry}: ${i.covered ? [...i.teams.map((x) => x.name), ...specialistCount(i)].join('、')
        : t('area.gap')}` }])),
  }));
  $('coverage-chart').replaceChildren(coverageGrid(rows, columns, t('city.coverage')));
  $('gaps').replaceChildren(...c.gaps.map((g) => el('li', { className: 'gap', textContent: `${g.countyName} · ${g.industry}` })));
  if (!c.gaps.length) $('gaps').append(el('li', { textContent: t('city.noGaps') }));
  $('squads').textContent = c.incompleteSquads.length ? t('city.incompleteSquads', { list: c.incompleteSquads
    .map((s) => `${s.countyName}（${s.missing.map((m) => t(`officer.${m}`)).join('、')}）`).join('；') }) : '';
  $('coverage-export').replaceChildren(csvButton('/coverage', 'coverage.csv'));
  return c;
}

/** Progress per county: one aggregate request per county, counted here by status. */
async function progress(counties) {
  const replies = await Promise.all(counties.map((code) => api('GET', `/progress?county=${encodeURIComponent(code)}`)));
  const rows = counties.map((code, i) => {
    const counts = {};
    (replies[i].ok ? replies[i].data.specialists : []).forEach((p) => { counts[p.status] = (counts[p.status] ?? 0) + 1; });
    return { code, label: names.get(code) ?? code, counts };
  });
  $('progress-chart').replaceChildren(stackedBars(rows, STATUSES.map((key) => ({ key, label: t(`progress.${key}`) })),
    t('city.progress')));
  $('progress').tBodies[0].replaceChildren(...rows.map((r) => {
    const tr = row(r.label, ...STATUSES.map((s) => r.counts[s] ?? 0));
    tr.children[3].className = r.counts.BEHIND ? 'status-BEHIND' : '';
    tr.children[4].className = 'wide';
    return tr;
  }));
  $('progress-export').replaceChildren(csvButton('/progress', 'progress.csv'));
}

async function escalated() {
  const reply = await api('GET', '/requests?holder=city&status=ESCALATED&size=200');
  if (!reply.ok) return;
  const open = reply.data.items;
  $('escalated-none').textContent = open.length ? '' : t('city.noEscalated');
  $('escalated').tBodies[0].replaceChildren(...open.map((r) => {
    const tr = row(r.raisedAt.substring(0, 10), names.get(r.county) ?? r.county, r.specialistName, r.problem,
      t(`urgency.${r.urgency}`) + (r.overdue ? ` · ${t('area.overdue')}` : ''));
    if (r.overdue || r.urgency === 'URGENT') tr.className = 'gap';
    return tr;
  }));
}

async function rounds(year) {
  const reply = await api('GET', `/evaluations/rounds?year=${year}&size=200`);
  if (!reply.ok) return;
  $('rounds').tBodies[0].replaceChildren(...reply.data.items.map((r) => {
    const tr = row(t(`kind.${r.kind}`), names.get(r.county) ?? t('rounds.city'),
      t(`round.${r.status}`) + (r.stale ? ` · ${t('rounds.stale')}` : ''), r.subjects);
    tr.children[2].className = `round-${r.status}`;
    tr.append(el('td', {}, el('a', { href: `rounds.html?round=${r.id}`, textContent: t('rounds.open') })));
    return tr;
  }));
}

await loadMessages();
navigation(user);
names = await countyNames();
const c = await coverage();
await Promise.all([progress([...names.keys()]), escalated(), rounds(c ? c.year : new Date().getFullYear())]);
