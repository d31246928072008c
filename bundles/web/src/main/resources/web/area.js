// A county's own picture: coverage of its leading industries with the gaps first (R-GOAL-1), its service squad and
// what the squad still lacks (R-SQUAD-1), its specialists' requests for help (R-ESC-1), and the CSV exports the API
// has for a county. Read only: officers and requests are changed where the rules put them (console, API).
import { api, countyNames, csvButton, el, holderText, loadMessages, navigation, problemText, requireRole, row, scope,
  specialistCount, t } from './app.js';

const user = await requireRole('county');
const county = scope(user, 'county');
const $ = (id) => document.getElementById(id);
const q = encodeURIComponent(county);

async function coverage() {
  const reply = await api('GET', '/coverage');
  if (!reply.ok) {
    $('notice').textContent = problemText(reply);
    return;
  }
  const mine = reply.data.counties.find((c) => c.county === county);
  const industries = mine ? [...mine.industries].sort((a, b) => Number(a.covered) - Number(b.covered)) : [];
  const gaps = industries.filter((i) => !i.covered).length;
  $('coverage-summary').textContent = t('area.coverageSummary', { n: industries.length, gaps, year: reply.data.year });
  $('coverage').tBodies[0].replaceChildren(...industries.map((i) => {
    const who = [...i.teams.map((team) => team.name), ...specialistCount(i)].join('、');
    const tr = row(i.industry, who || t('area.nobody'), i.covered ? t('area.covered') : t('area.gap'));
    tr.className = i.covered ? 'covered' : 'gap';
    return tr;
  }));
  $('coverage-export').replaceChildren(csvButton('/coverage', 'coverage.csv'));
}

async function squad() {
  const reply = await api('GET', `/squads/${q}`);
  if (!reply.ok) return;
  const s = reply.data;
  $('squad-missing').textContent = s.missingOfficers.length
    ? t('area.squadMissing', { what: s.missingOfficers.map((m) => t(`officer.${m}`)).join('、') }) : '';
  const officer = (key, leader) => [el('dt', { textContent: t(`officer.${key}`) }),
    el('dd', { textContent: leader ? `${leader.name}（${leader.position ?? ''}）${leader.phone ?? ''}` : t('area.none') })];
  $('officers').replaceChildren(...officer('captain', s.captain), ...officer('deputyCaptain', s.deputyCaptain),
    ...officer('liaison', s.liaison));
  $('squad').tBodies[0].replaceChildren(...s.members.map((m) => {
    const tr = row(m.name, m.unitCode, t(`level.${m.level}`), m.industries.join('、'));
    tr.children[3].className = 'wide';
    return tr;
  }));
}

async function requests() {
  const reply = await api('GET', `/requests?county=${q}&size=200`);
  if (!reply.ok) return;
  $('requests-none').textContent = reply.data.items.length ? '' : t('area.noRequests');
  $('requests').tBodies[0].replaceChildren(...reply.data.items.map((r) => {
    const tr = row(r.raisedAt.substring(0, 10), r.specialistName, r.problem, t(`urgency.${r.urgency}`),
      t(`request.${r.status}`) + (r.overdue ? ` · ${t('area.overdue')}` : ''), holderText(r.holder));
    tr.children[5].className = 'wide';
    if (r.overdue) tr.className = 'gap';
    return tr;
  }));
}

await loadMessages();
navigation(user);
const names = await countyNames();
$('heading').textContent = `${t('area.title')} · ${names.get(county) ?? county}`;
$('exports').replaceChildren(
  el('span', { textContent: t('area.exportProgress') }), csvButton(`/progress?county=${q}`, 'progress.csv'),
  el('span', { textContent: t('area.exportLogs') }), csvButton(`/logs?county=${q}`, 'logs.csv'));
await Promise.all([coverage(), squad(), requests()]);
