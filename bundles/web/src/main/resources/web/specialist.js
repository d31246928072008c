// A specialist's own service logs, phone first: write one, save it as a draft, submit it, fix a returned one.
// Every rule is the API's: its validation messages appear next to the fields they name.
import { api, lang, loadMessages, navigation, problemText, requireRole, scope, t } from './app.js';

const KINDS = ['TECHNICAL_GUIDANCE', 'DEMONSTRATION_BASE', 'TRAINING_SESSION', 'E_COMMERCE', 'PROBLEM_SOLVING',
  'PLANNING_SUPPORT', 'OTHER'];
const user = await requireRole('specialist');
const specialistId = Number(scope(user, 'specialist'));
const form = document.getElementById('log');
const notice = document.getElementById('notice');
const $ = (id) => document.getElementById(id);
/** The log being edited ({id, version}), or null for a new one. */
let editing = null;

const option = (value, text) => Object.assign(document.createElement('option'), { value, textContent: text });

async function loadRecipients() {
  const county = $('county').value;
  const reply = county ? await api('GET', `/recipients?county=${encodeURIComponent(county)}&size=200`) : { ok: false };
  const boxes = (reply.ok ? reply.data.items : []).map((r) => {
    const label = Object.assign(document.createElement('label'), { className: 'check' });
    const box = Object.assign(document.createElement('input'), { type: 'checkbox', value: r.id, name: 'recipient' });
    label.append(box, r.name);
    return label;
  });
  const error = Object.assign(document.createElement('span'), { className: 'error' });
  error.dataset.errorFor = 'recipientIds';
  $('recipients').replaceChildren($('recipients').firstElementChild, ...boxes, error);
}

async function setUp() {
  const me = await api('GET', `/specialists/${specialistId}`);
  const counties = await api('GET', '/counties?size=200');
  const names = new Map((counties.ok ? counties.data.items : []).map((c) => [c.code, lang() === 'en' ? c.nameEn : c.nameZh]));
  $('county').replaceChildren(...(me.ok ? me.data.counties : []).map((code) => option(code, names.get(code) ?? code)));
  $('kind').replaceChildren(...KINDS.map((kind) => option(kind, t(`logkind.${kind}`))));
  const indicators = await api('GET', '/logs/indicators?size=200');
  $('outcomes').append(...(indicators.ok ? indicators.data.items : []).map((i) => {
    const label = document.createElement('label');
    const input = Object.assign(document.createElement('input'), { type: 'number', min: '0', step: '0.01',
      inputmode: 'decimal', name: `outcomes.${i.id}` });
    input.dataset.indicator = i.id;
    const error = Object.assign(document.createElement('span'), { className: 'error' });
    error.dataset.errorFor = `outcomes.${i.id}`;
    label.append(`${i.nameZh}${i.unit ? ` (${i.unit})` : ''}`, input, error);
    return label;
  }));
  $('county').addEventListener('change', loadRecipients);
  await loadRecipients();
}

function draft() {
  const outcomes = {};
  form.querySelectorAll('[data-indicator]').forEach((input) => {
    if (input.value !== '') outcomes[input.dataset.indicator] = Number(input.value);
  });
  return {
    specialistId,
    county: $('county').value || null,
    recipientIds: [...form.querySelectorAll('input[name=recipient]:checked')].map((box) => Number(box.value)),
    startDate: $('startDate').value || null,
    endDate: $('endDate').value || null,
    fieldDays: $('fieldDays').value === '' ? null : Number($('fieldDays').value),
    kind: $('kind').value || null,
    description: $('description').value,
    outcomes,
  };
}

/** The API's refusal: each field error next to its field, the rest above the buttons. */
function showProblem(reply) {
  const rest = [];
  (reply.data?.errors ?? []).forEach((e) => {
    const place = form.querySelector(`[data-error-for="${CSS.escape(e.field)}"]`);
    if (place) place.textContent = e.message;
    else rest.push(`${e.field}: ${e.message}`);
  });
  $('form-error').textContent = rest.length ? rest.join('; ') : (reply.data?.errors?.length ? '' : problemText(reply));
  const first = form.querySelector('.error:not(:empty)');
  first?.closest('label')?.querySelector('input, select, textarea')?.focus();
}

/** Saves the form (creates or updates the draft); answers the saved log or null. */
async function save() {
  form.querySelectorAll('.error').forEach((el) => { el.textContent = ''; });
  notice.textContent = '';
  const reply = editing
    ? await api('PUT', `/logs/${editing.id}`, { ...draft(), version: editing.version })
    : await api('POST', '/logs', draft());
  if (!reply.ok) {
    showProblem(reply);
    return null;
  }
  editing = { id: reply.data.id, version: reply.data.version };
  return reply.data;
}

function edit(log) {
  editing = { id: log.id, version: log.version };
  $('form-title').textContent = t('specialist.edit');
  $('county').value = log.county;
  $('startDate').value = log.startDate;
  $('endDate').value = log.endDate ?? '';
  $('fieldDays').value = log.fieldDays;
  $('kind').value = log.kind;
  $('description').value = log.description ?? '';
  form.querySelectorAll('[data-indicator]').forEach((input) => { input.value = log.outcomes?.[input.dataset.indicator] ?? ''; });
  loadRecipients().then(() => form.querySelectorAll('input[name=recipient]').forEach((box) => {
    box.checked = log.recipientIds.includes(Number(box.value));
  }));
  $('startDate').focus();
}

async function loadLogs() {
  const reply = await api('GET', `/logs?specialist=${specialistId}&size=50`);
  const logs = reply.ok ? reply.data.items : [];
  $('logs').replaceChildren(...logs.map((log) => {
    const item = document.createElement('li');
    item.dataset.id = log.id;
    const head = document.createElement('div');
    head.append(Object.assign(document.createElement('strong'), { className: `status-${log.status}`,
      textContent: t(`log.${log.status}`) }), ` · ${log.startDate} · ${t(`logkind.${log.kind}`)} · ${log.fieldDays}`);
    item.append(head, Object.assign(document.createElement('div'), { textContent: log.description ?? '' }));
    if (log.status === 'RETURNED' && log.comment) {
      item.append(Object.assign(document.createElement('div'), { className: 'error',
        textContent: t('specialist.returnedComment', { comment: log.comment }) }));
    }
    // only what the API lets a specialist do with the log in this state
    if (log.status === 'DRAFT' || log.status === 'RETURNED') {
      const button = Object.assign(document.createElement('button'), { type: 'button', className: 'edit',
        textContent: t('specialist.edit') });
      button.addEventListener('click', () => edit(log));
      item.append(button);
    }
    return item;
  }));
  if (!logs.length) $('logs').replaceChildren(Object.assign(document.createElement('li'), { textContent: t('specialist.none') }));
}

function reset() {
  form.reset();
  editing = null;
  $('form-title').textContent = t('specialist.new');
}

await loadMessages();
navigation(user);
await setUp();
form.addEventListener('submit', async (event) => {
  event.preventDefault();
  if (await save()) {
    notice.textContent = t('specialist.saved');
    await loadLogs();
  }
});
$('submit').addEventListener('click', async () => {
  const saved = await save();
  if (!saved) return;
  const reply = await api('POST', `/logs/${saved.id}/submit`, { version: saved.version });
  if (!reply.ok) {
    showProblem(reply);
    return;
  }
  reset();
  notice.textContent = t('specialist.submitted');
  await loadLogs();
  // on a phone the form is long: show the confirmation and the list from the top
  window.scrollTo(0, 0);
});
await loadLogs();
