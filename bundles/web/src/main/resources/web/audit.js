// The audit trail, newest first, page by page as the API pages it, filtered by record kind, record id, who and
// when. The city office and the auditor read it; nothing here changes it (nothing can).
import { api, el, lang, loadMessages, navigation, problemText, requireRole, row, t } from './app.js';

/** The kinds of record the trail names most; any other can be typed. */
const ENTITIES = ['ServiceLog', 'EvaluationRound', 'EvaluationResult', 'Module', 'Specialist', 'Assignment', 'Team',
  'Agreement', 'CoordinationRequest', 'Account', 'Allocation', 'Expense'];
const SIZE = 50;
const user = await requireRole('city', 'auditor');
const $ = (id) => document.getElementById(id);
let page = 1;

/** A day's start in the browser's time zone, as the instant the API filters by. */
const instant = (day, end) => (day ? new Date(`${day}T${end ? '23:59:59.999' : '00:00:00'}`).toISOString() : null);

const changes = (record) => Object.entries(record.changes ?? {})
  .filter(([, c]) => c.before !== c.after)
  .map(([field, c]) => `${field}: ${c.before ?? '∅'} → ${c.after ?? '∅'}`);

async function show() {
  const query = new URLSearchParams({ page: String(page), size: String(SIZE) });
  [['entity', $('entity').value], ['id', $('id').value], ['actor', $('actor').value],
    ['from', instant($('from').value, false)], ['to', instant($('to').value, true)]]
    .forEach(([name, value]) => { if (value && value.trim()) query.set(name, value.trim()); });
  const reply = await api('GET', `/audit?${query}`);
  if (!reply.ok) {
    $('status').textContent = problemText(reply);
    return;
  }
  const { items, total } = reply.data;
  $('status').textContent = total ? t('audit.total', { n: total, page, pages: Math.ceil(total / SIZE) }) : t('audit.none');
  $('audit').tBodies[0].replaceChildren(...items.map((r) => {
    const tr = row(new Date(r.at).toLocaleString(lang() === 'en' ? 'en' : 'zh-CN'), r.actor, r.scope, `${r.entity} ${r.entityId}`, r.action);
    tr.children[2].className = 'wide';
    const lines = changes(r);
    const cell = el('td', { className: 'changes' }, ...lines.slice(0, 6).map((line) => el('div', { textContent: line })),
      lines.length > 6 ? el('div', { className: 'muted', textContent: t('audit.more', { n: lines.length - 6 }) }) : null,
      r.reason ? el('div', { className: 'reason', textContent: `${t('results.reason')}: ${r.reason}` }) : null);
    tr.append(cell);
    return tr;
  }));
  $('previous').disabled = page <= 1;
  $('next').disabled = page * SIZE >= total;
}

await loadMessages();
navigation(user);
$('entities').replaceChildren(...ENTITIES.map((value) => el('option', { value })));
$('filters').addEventListener('submit', (event) => {
  event.preventDefault();
  page = 1;
  show();
});
$('previous').addEventListener('click', () => { page -= 1; show(); });
$('next').addEventListener('click', () => { page += 1; show(); });
await show();
