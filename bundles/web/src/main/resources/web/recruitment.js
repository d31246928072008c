// Recruitment for anyone, no sign-in: the counties' published demand tables (R-DEM-1; the contact's phone only for
// callers the API gives it to, R-DEM-2), the public notices (公示) with their end dates and the appointment lists
// (R-REC-2). Everything read here is a public read of the API.
import { api, el, lang, loadMessages, navigation, problemText, row, signedIn, t } from './app.js';

const $ = (id) => document.getElementById(id);
const PAGE_SIZE = 50;
let names = new Map();
let industries = new Map();
let demandPage = 1;

function fillIndustries() {
  const county = $('county').value;
  const offered = county ? industries.get(county) ?? [] : [...new Set([...industries.values()].flat())];
  $('industry').replaceChildren($('industry').options[0],
    ...offered.map((i) => el('option', { value: i, textContent: i })));
}

async function demands() {
  const query = new URLSearchParams({ page: String(demandPage), size: String(PAGE_SIZE) });
  [['county', 'county'], ['industry', 'industry'], ['status', 'demand-status']].forEach(([name, id]) => {
    if ($(id).value) query.set(name, $(id).value);
  });
  const reply = await api('GET', `/demands?${query}`);
  if (!reply.ok) {
    $('demand-total').textContent = problemText(reply);
    return;
  }
  const { items, total } = reply.data;
  $('demands').tBodies[0].replaceChildren(...items.map((d) => {
    const period = d.desiredFrom ? `${d.desiredFrom} – ${d.desiredTo ?? ''}` : '';
    // the API leaves the phone out for callers who may not call (anonymous ones, other counties)
    const contact = d.contactPhone ? `${d.contactName} ${d.contactPhone}` : `${d.contactName ?? ''} ${t('recruit.phoneHidden')}`;
    const tr = row(names.get(d.county) ?? d.county, d.industry, d.recipientName, d.need, contact, period,
      t(`demand.${d.status}`), d.specialistName);
    [4, 5, 7].forEach((i) => { tr.children[i].className = 'wide'; });
    return tr;
  }));
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  $('demand-total').textContent = total ? t('public.total', { n: total }) : t('recruit.noDemands');
  $('demand-page').textContent = t('pager.page', { page: demandPage, pages });
  $('demand-prev').disabled = demandPage <= 1;
  $('demand-next').disabled = demandPage >= pages;
}

/** One notice: its period and end date, open objections, the candidates; once appointed, the appointment list. */
async function noticeCard(notice) {
  const period = t('recruit.period2', { start: notice.start, end: notice.end, days: notice.workingDays });
  const state = notice.ended ? t('recruit.ended') : t('recruit.running', { end: notice.end });
  const head = el('tr', {}, ...[t('public.name'), t('public.unit'), t('unit.title2'), t('recruit.fields')]
    .map((text) => el('th', { textContent: text })));
  const candidates = el('table', { className: 'candidates' }, el('thead', {}, head),
    el('tbody', {}, ...notice.candidates.map((c) => row(c.name, c.unitName ?? c.unitCode, c.title, c.fields.join('、')))));
  const card = el('li', { className: 'notice-card' }, el('h3', { textContent: notice.title }),
    el('p', { className: 'notice-period', textContent: `${period} · ${state}` }),
    el('p', { className: 'muted', textContent: t('recruit.objections', { n: notice.openObjections }) }), candidates);
  card.dataset.intake = notice.intakeId;
  if (notice.candidates.some((c) => c.status === 'APPOINTED')) {
    const reply = await api('GET', `/intakes/${notice.intakeId}/appointments?size=200`);
    if (reply.ok) {
      card.append(el('h4', { textContent: t('recruit.appointed', { n: reply.data.total }) }),
        el('table', { className: 'appointees' }, el('tbody', {}, ...reply.data.items.map((a) => row(a.name,
          a.unitName ?? a.unitCode, a.title, t('recruit.term', { start: a.termStart, end: a.termEnd }))))));
    }
  }
  return card;
}

async function notices() {
  const typed = Number($('notice-year').value);
  // without a year: this year's and next year's (an intake recruits for the year after it)
  const thisYear = new Date().getFullYear();
  const years = typed ? [typed] : [thisYear + 1, thisYear];
  const replies = await Promise.all(years.map((year) => api('GET', `/notices?year=${year}`)));
  const failed = replies.find((r) => !r.ok);
  if (failed) {
    $('notices-none').textContent = problemText(failed);
    return;
  }
  const all = replies.flatMap((r) => r.data);
  $('notices-none').textContent = all.length ? '' : t('recruit.noNotices');
  $('notices').replaceChildren(...await Promise.all(all.map(noticeCard)));
}

await loadMessages();
navigation(await signedIn());
const counties = await api('GET', '/counties?size=200');
const list = counties.ok ? counties.data.items : [];
names = new Map(list.map((c) => [c.code, lang() === 'en' ? c.nameEn : c.nameZh]));
industries = new Map(list.map((c) => [c.code, c.leadingIndustries]));
$('county').append(...list.map((c) => el('option', { value: c.code, textContent: names.get(c.code) })));
fillIndustries();
$('county').addEventListener('change', fillIndustries);
$('demand-filters').addEventListener('submit', (event) => {
  event.preventDefault();
  demandPage = 1;
  demands();
});
$('demand-prev').addEventListener('click', () => { demandPage -= 1; demands(); });
$('demand-next').addEventListener('click', () => { demandPage += 1; demands(); });
$('notice-filters').addEventListener('submit', (event) => {
  event.preventDefault();
  notices();
});
await Promise.all([demands(), notices()]);
