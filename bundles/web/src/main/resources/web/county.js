// The county official's desk: the logs waiting for the county's confirmation (confirm with a rating, or return
// with a comment; every control is a native one, so Tab and Enter do the job) and who in the county is behind.
import { api, lang, loadMessages, navigation, problemText, requireRole, row, scope, t } from './app.js';

const user = await requireRole('county');
const county = scope(user, 'county');
const list = document.getElementById('waiting');
const notice = document.getElementById('notice');

const period = (log) => (log.endDate && log.endDate !== log.startDate ? `${log.startDate} – ${log.endDate}` : log.startDate);

function card(log) {
  const item = document.getElementById('log').content.firstElementChild.cloneNode(true);
  item.dataset.id = log.id;
  item.querySelector('.specialist').textContent = log.specialistName;
  item.querySelector('.period').textContent = period(log);
  item.querySelector('.kind').textContent = t(`logkind.${log.kind}`);
  item.querySelector('.days').textContent = log.fieldDays;
  item.querySelector('.description').textContent = log.description ?? '';
  item.querySelectorAll('[data-i18n]').forEach((el) => { el.textContent = t(el.dataset.i18n); });
  const error = item.querySelector('.error');
  const outside = item.querySelector('.outside');
  const decide = async (action, body, done) => {
    const reply = await api('POST', `/logs/${log.id}/${action}`, { version: log.version, ...body });
    if (!reply.ok) {
      error.textContent = problemText(reply);
      // R-SVC-1: service outside the specialist's dispatch counts only with the county's reason, so ask for it
      if (reply.data?.rule === 'R-SVC-1') {
        outside.hidden = false;
        outside.querySelector('input').focus();
      }
      return;
    }
    // the next log takes the focus, so that a week of logs is confirmed from the keyboard
    const next = item.nextElementSibling ?? item.previousElementSibling;
    item.remove();
    notice.textContent = t(done, { name: log.specialistName, period: period(log) });
    if (next) next.querySelector('select').focus();
    else notice.textContent += ` · ${t('county.none')}`;
    loadProgress();
  };
  item.querySelector('.confirm').addEventListener('click', () => decide('confirm', {
    satisfaction: Number(item.querySelector('.rating').value),
    comment: item.querySelector('.comment').value || null,
    ...(outside.hidden ? {} : { outsideDispatchReason: outside.querySelector('input').value.trim() || null }),
  }, 'county.confirmed'));
  item.querySelector('.return').addEventListener('click', () => {
    const comment = item.querySelector('.comment').value.trim();
    if (!comment) {
      error.textContent = t('county.returnNeedsComment');
      item.querySelector('.comment').focus();
      return;
    }
    decide('return', { comment }, 'county.returned');
  });
  return item;
}

async function loadWaiting() {
  const reply = await api('GET', `/logs?status=SUBMITTED&county=${encodeURIComponent(county)}&size=200`);
  if (!reply.ok) {
    notice.textContent = problemText(reply);
    return;
  }
  list.replaceChildren(...reply.data.items.map(card));
  if (!reply.data.items.length) notice.textContent = t('county.none');
}

async function loadProgress() {
  const reply = await api('GET', `/progress?county=${encodeURIComponent(county)}`);
  if (!reply.ok) return;
  const behind = reply.data.behind.length;
  document.getElementById('behind').textContent = t('county.behindCount', { n: behind });
  // who is behind first, then the others
  const ordered = [...reply.data.specialists].sort((a, b) => (a.status === 'BEHIND' ? 0 : 1) - (b.status === 'BEHIND' ? 0 : 1));
  document.querySelector('#progress tbody').replaceChildren(...ordered.map((p) => {
    const tr = row(p.name, p.unitCode, `${p.fieldDays} / ${p.minFieldDays}`, `${p.services} / ${p.minServices}`,
      t(`progress.${p.status}`), lang() === 'en' ? p.explanation : p.explanationZh);
    tr.children[1].className = 'wide';
    tr.children[3].className = 'wide';
    tr.children[4].className = `status-${p.status}`;
    return tr;
  }));
}

await loadMessages();
navigation(user);
await Promise.all([loadWaiting(), loadProgress()]);
