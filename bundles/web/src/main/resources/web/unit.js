// A dispatching unit's page: its specialists and the candidates it registered for recruitment (R-REC-1, R-REC-2),
// their progress (R-SVC-2), the teams it leads with their agreements and the service under them (R-TEAM-2), and its
// people's published results (R-EVAL-4). Read only: a unit registers people and teams through the API and the console.
import { api, countyNames, csvButton, el, lang, loadMessages, navigation, problemText, requireRole, row, scope,
  t } from './app.js';

const user = await requireRole('unit');
const unit = scope(user, 'unit');
const q = encodeURIComponent(unit);
const $ = (id) => document.getElementById(id);
let names = new Map();
let tiers = new Map();

async function people() {
  const status = $('status').value;
  const reply = await api('GET', `/specialists?unit=${q}&size=200${status ? `&status=${status}` : ''}`);
  if (!reply.ok) {
    $('notice').textContent = problemText(reply);
    return;
  }
  $('people-total').textContent = t('public.total', { n: reply.data.total });
  $('people').tBodies[0].replaceChildren(...reply.data.items.map((s) => {
    const tr = row(s.name, t(`specialist.${s.status}`), s.title, tiers.get(s.tierId) ?? s.tierId,
      s.counties.map((c) => names.get(c) ?? c).join('、'));
    tr.children[2].className = 'wide';
    tr.children[4].className = 'wide';
    if (s.status === 'CANDIDATE') tr.className = 'candidate';
    return tr;
  }));
}

/** Progress of the unit's people; answers the year's team progress for the teams section. */
async function progress() {
  const reply = await api('GET', `/progress?unit=${q}`);
  if (!reply.ok) return [];
  $('behind').textContent = t('county.behindCount', { n: reply.data.behind.length });
  const ordered = [...reply.data.specialists].sort((a, b) => (a.status === 'BEHIND' ? 0 : 1) - (b.status === 'BEHIND' ? 0 : 1));
  $('progress').tBodies[0].replaceChildren(...ordered.map((p) => {
    const tr = row(p.name, `${p.fieldDays} / ${p.minFieldDays}`, `${p.services} / ${p.minServices}`,
      t(`progress.${p.status}`), lang() === 'en' ? p.explanation : p.explanationZh);
    tr.children[2].className = 'wide';
    tr.children[3].className = `status-${p.status}`;
    return tr;
  }));
  $('progress-export').replaceChildren(csvButton(`/progress?unit=${q}`, 'progress.csv'));
  return reply.data.teams;
}

/** The teams the unit leads (a handful per unit: one page holds them all), with their agreements. */
async function teams(teamProgress) {
  const reply = await api('GET', `/teams?unit=${q}&size=200`);
  if (!reply.ok) return;
  const mine = reply.data.items;
  $('teams-none').textContent = mine.length ? '' : t('unit.noTeams');
  const served = new Map(teamProgress.flatMap((tp) => tp.agreements.map((a) => [a.agreementId, a])));
  const cards = await Promise.all(mine.map(async (team) => {
    const agreements = await api('GET', `/teams/${team.id}/agreements?size=200`);
    const lines = (agreements.ok ? agreements.data.items : []).map((a) => {
      const done = served.get(a.id);
      return el('li', { textContent: `${names.get(a.county) ?? a.county} · ${a.termStart} – ${a.termEnd} · `
        + `${t(`agreement.${a.status}`)} · ${a.tasks.join('；')}${done ? ` · ${t('unit.served', { days: done.fieldDays,
          services: done.services })}` : ''}` });
    });
    return el('li', {}, el('strong', { textContent: team.name }),
      el('span', { textContent: ` · ${team.industry} · ${t(`teamlevel.${team.level}`)} · ${t('unit.members', { n: team.members.length })}` }),
      el('ul', { className: 'agreements' }, ...lines));
  }));
  $('teams').replaceChildren(...cards);
}

/**
 * The candidates the unit registered on the latest intakes' registration forms (R-REC-1), where each stands in the
 * selection (R-REC-2); one table per intake with the form's CSV. An intake a year: the latest few are what matters.
 */
async function candidates() {
  const intakes = await api('GET', '/intakes?size=3');
  if (!intakes.ok) return;
  const forms = await Promise.all(intakes.data.items.map(async (intake) => {
    const path = `/intakes/${intake.id}/registrations?unit=${q}`;
    const reply = await api('GET', `${path}&size=200`);
    if (!reply.ok || !reply.data.items.length) return null;
    const head = el('tr', {}, ...[t('progress.name'), t('unit.title2'), t('recruit.fields'), t('unit.status')]
      .map((text, i) => el('th', { textContent: text, className: i === 2 ? 'wide' : '' })));
    const lines = reply.data.items.map((r) => {
      const tr = row(r.name, r.title, r.fields.join('、'),
        r.dropReason ? `${t(`registration.${r.status}`)}：${r.dropReason}` : t(`registration.${r.status}`));
      tr.children[2].className = 'wide';
      tr.className = `registration-${r.status}`;
      return tr;
    });
    const section = el('section', { className: 'intake' },
      el('h3', { textContent: `${intake.title} · ${t(`intake.${intake.status}`)}` }),
      el('table', { className: 'registrations' }, el('thead', {}, head), el('tbody', {}, ...lines)),
      el('div', { className: 'actions' }, csvButton(path, `intake-${intake.id}-${unit}.csv`)));
    section.dataset.intake = intake.id;
    return section;
  }));
  const shown = forms.filter(Boolean);
  $('candidates-none').textContent = shown.length ? '' : t('unit.noCandidates');
  $('intakes').replaceChildren(...shown);
}

async function results() {
  // a unit reads its people's results once published (R-EVAL-4); the API leaves the rest out
  const reply = await api('GET', `/evaluations/results?unit=${q}&size=200`);
  if (!reply.ok) return;
  $('results-none').textContent = reply.data.items.length ? '' : t('unit.noResults');
  $('results').tBodies[0].replaceChildren(...reply.data.items.map((r) => {
    const tr = row(r.year, t(`kind.${r.subject.kind}`), r.subject.name, names.get(r.subject.county) ?? r.subject.county,
      t(`grade.${r.grade}`));
    tr.children[3].className = 'wide';
    return tr;
  }));
}

await loadMessages();
navigation(user);
names = await countyNames();
const tierReply = await api('GET', '/tiers?size=200');
tiers = new Map((tierReply.ok ? tierReply.data.items : []).map((tier) => [tier.id, lang() === 'en' ? tier.nameEn : tier.nameZh]));
const unitReply = await api('GET', `/units/${q}`);
if (unitReply.ok) $('heading').textContent = `${t('unit.title')} · ${(lang() === 'en' ? unitReply.data.nameEn : unitReply.data.nameZh) ?? unit}`;
$('status').addEventListener('change', people);
const [teamProgress] = await Promise.all([progress(), people(), results(), candidates()]);
await teams(teamProgress);
