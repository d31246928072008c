// A specialist's own record, phone first: the published results (and the certificate of an excellent one, R-EVAL-4),
// the coordination requests they raised and who holds each (R-ESC-1), their training, demonstration bases and
// mentees. Read only: the API's own lists, each filtered to this specialist.
import { api, countyNames, el, holderText, loadMessages, navigation, problemText, requireRole, scope,
  t } from './app.js';

const user = await requireRole('specialist');
const specialistId = Number(scope(user, 'specialist'));
const $ = (id) => document.getElementById(id);
let names = new Map();

/** Fills a list with one card per item, or a line saying there is none; answers false when the API refused. */
async function fill(id, path, card, noneKey) {
  const reply = await api('GET', path);
  if (!reply.ok) {
    $('notice').textContent = problemText(reply);
    return false;
  }
  const items = reply.data.items;
  $(id).replaceChildren(...(items.length ? items.map(card)
    : [el('li', { className: 'none muted', textContent: t(noneKey) })]));
  return true;
}

const line = (...parts) => el('div', { textContent: parts.filter((p) => p !== null && p !== undefined && p !== '').join(' · ') });
const county = (code) => names.get(code) ?? code;

function result(r) {
  const item = el('li', {}, el('strong', { className: `grade-${r.grade}`, textContent: t(`grade.${r.grade}`) }),
    line(t('mywork.resultYear', { year: r.year }), county(r.subject.county)));
  item.dataset.id = r.id;
  // a certificate exists for the 优秀 of a published specialist round: numbered at publication
  if (r.certificateNo) {
    item.append(line(t('mywork.certificateNo', { no: r.certificateNo })),
      el('a', { className: 'certificate', href: `/api/evaluations/results/${r.id}/certificate`,
        textContent: t('mywork.certificate') }));
  }
  return item;
}

function request(r) {
  const item = el('li', {}, el('strong', { className: `status-${r.status}`, textContent: t(`request.${r.status}`) }),
    line(county(r.county), t(`urgency.${r.urgency}`), r.raisedAt.substring(0, 10),
      r.overdue ? t('mywork.overdue') : ''),
    el('div', { textContent: r.problem }), line(t('mywork.holder', { holder: holderText(r.holder) })));
  if (r.overdue) item.classList.add('gap');
  return item;
}

const training = (tr) => el('li', {}, el('strong', { textContent: tr.title }),
  line(t(`trainingkind.${tr.kind}`), tr.gave ? t('mywork.gave') : t('mywork.received'),
    t('mywork.hours', { hours: tr.hours }), tr.date));
const base = (b) => el('li', {}, el('strong', { textContent: b.name }),
  line(county(b.county), b.industry, b.areaMu ? t('mywork.area', { mu: b.areaMu }) : '', b.establishedOn));
const mentee = (m) => el('li', {}, el('strong', { textContent: m.name }),
  line(t(`menteekind.${m.kind}`), county(m.county), m.since ? t('mywork.since', { since: m.since }) : ''),
  m.note ? el('div', { className: 'muted', textContent: m.note }) : null);

await loadMessages();
navigation(user);
names = await countyNames();
const mine = `specialist=${specialistId}&size=100`;
await Promise.all([
  fill('results', '/evaluations/results?size=50', result, 'mywork.noResults'),
  fill('requests', `/requests?${mine}`, request, 'mywork.noRequests'),
  fill('trainings', `/trainings?${mine}`, training, 'mywork.noTrainings'),
  fill('bases', `/bases?${mine}`, base, 'mywork.noBases'),
  fill('mentees', `/mentees?${mine}`, mentee, 'mywork.noMentees'),
]);
