// Evaluation rounds (R-EVAL-1..4): the evaluator computes a round, enters its inputs, adjusts a grade with the
// reason, reviews and publishes it; every result shows its criterion-by-criterion breakdown. A county sees its own
// rounds, the city office and the auditor all. Buttons appear only for the round's evaluator (the county for its
// specialist round, the city office for any) and only in the states the API allows them; the API checks again.
import { api, countyNames, csvButton, el, has, lang, loadMessages, navigation, problemText, requireRole, row, scope,
  t } from './app.js';

const GRADES = ['EXCELLENT', 'GOOD', 'PASS', 'FAIL'];
/** The evaluator's manual inputs: the built-in dimensions scored from them (README, "Scoring"). */
const INPUTS = ['organisation', 'satisfaction', 'publicity'];
const user = await requireRole('county', 'city', 'auditor');
const county = scope(user, 'county');
const $ = (id) => document.getElementById(id);
const notice = $('notice');
let names = new Map();
/** The round and result on screen. */
let round = null;
let result = null;

const mayAct = (r) => has(user, 'city') || user.roles.includes(r.evaluator);
const gradeCounts = (r) => GRADES.filter((g) => r.gradeCounts[g]).map((g) => `${t(`grade.${g}`)} ${r.gradeCounts[g]}`).join(' · ');
const localName = (o) => (lang() === 'en' ? o.nameEn : o.nameZh);

async function listRounds() {
  const reply = await api('GET', `/evaluations/rounds?size=200${county ? `&county=${encodeURIComponent(county)}` : ''}`);
  if (!reply.ok) {
    notice.textContent = problemText(reply);
    return;
  }
  $('rounds').tBodies[0].replaceChildren(...reply.data.items.map((r) => {
    const tr = row(r.year, t(`kind.${r.kind}`), names.get(r.county) ?? r.county ?? t('rounds.city'),
      t(`round.${r.status}`) + (r.stale ? ` · ${t('rounds.stale')}` : ''), r.subjects, gradeCounts(r));
    tr.dataset.id = r.id;
    tr.children[2].className = 'wide';
    tr.children[5].className = 'wide';
    const open = el('button', { type: 'button', className: 'open', textContent: t('rounds.open') });
    open.addEventListener('click', () => openRound(r.id));
    tr.append(el('td', {}, open));
    return tr;
  }));
}

async function openRound(id) {
  const [reply, results] = await Promise.all([api('GET', `/evaluations/rounds/${id}`),
    api('GET', `/evaluations/results?round=${id}&size=200`)]);
  if (!reply.ok || !results.ok) {
    notice.textContent = problemText(reply.ok ? results : reply);
    return;
  }
  round = reply.data;
  $('round').hidden = false;
  $('round-error').textContent = '';
  $('round-title').textContent = t('rounds.heading', { year: round.year, kind: t(`kind.${round.kind}`),
    who: names.get(round.county) ?? t('rounds.city') });
  $('round-facts').textContent = [t(`round.${round.status}`), t('rounds.subjectCount', { n: round.subjects }),
    t('rounds.quota', { n: round.excellentQuota }), gradeCounts(round), round.stale ? t('rounds.staleWhy') : '']
    .filter(Boolean).join(' · ');
  $('round-problems').replaceChildren(...round.problems.map((p) => el('li', { textContent: p })));
  const acting = mayAct(round);
  $('compute').hidden = !(acting && (round.status === 'DRAFT' || round.status === 'COMPUTED'));
  $('review').hidden = !(acting && round.status === 'COMPUTED' && !round.stale);
  $('publish').hidden = !(acting && round.status === 'REVIEWED');
  $('round-actions').querySelector('.csv')?.remove();
  if (round.status === 'PUBLISHED' && (round.kind === 'SPECIALIST' || round.kind === 'TEAM')) {
    $('round-actions').append(csvButton(`/evaluations/rounds/${round.id}/renewal`, `renewal-${round.id}.csv`));
  }
  $('results').tBodies[0].replaceChildren(...results.data.items.map((r) => {
    const tr = row(r.rank, r.subject.name, r.subject.unit ?? '', r.totalScore, t(`grade.${r.computedGrade}`),
      t(`grade.${r.grade}`) + (r.adjustment ? ` ${t('results.adjusted')}` : ''));
    tr.dataset.id = r.id;
    tr.children[2].className = 'wide';
    tr.children[4].className = 'wide';
    tr.children[5].className = `grade-${r.grade}`;
    const show = el('button', { type: 'button', className: 'breakdown', textContent: t('results.show') });
    show.addEventListener('click', () => openResult(r.id));
    tr.append(el('td', {}, show));
    return tr;
  }));
  if (result && results.data.items.some((r) => r.id === result.id)) await openResult(result.id);
  else $('result').hidden = true;
}

async function openResult(id) {
  const reply = await api('GET', `/evaluations/results/${id}`);
  if (!reply.ok) {
    $('round-error').textContent = problemText(reply);
    return;
  }
  result = reply.data;
  $('result').hidden = false;
  $('result-error').textContent = '';
  $('result-title').textContent = t('results.heading', { name: result.subject.name, total: result.totalScore,
    rank: result.rank });
  const adjustment = result.adjustment;
  $('result-facts').replaceChildren(...[
    el('span', { textContent: `${t('results.computed')}: ${t(`grade.${result.computedGrade}`)} · ${t('public.grade')}: ` }),
    el('strong', { className: `grade-${result.grade}`, textContent: t(`grade.${result.grade}`) }),
    result.capNote ? el('span', { className: 'muted', textContent: ` · ${result.capNote}` }) : null,
    adjustment ? el('span', { className: 'adjustment', textContent: ` · ${t('results.adjustment', {
      from: t(`grade.${adjustment.from}`), to: t(`grade.${adjustment.to}`), reason: adjustment.reason,
      by: adjustment.by })}` }) : null].filter(Boolean));
  $('breakdown').tBodies[0].replaceChildren(...result.breakdown.map((line) => {
    const tr = row(localName(line), line.score ?? t(`line.${line.status}`), line.weight,
      `${(Number(line.effectiveWeight) * 100).toFixed(1)}%`,
      line.source === 'built-in' ? t('results.builtIn') : line.source, line.explanation);
    tr.className = `line-${line.status}`;
    tr.dataset.criterion = line.criterionId;
    tr.children[4].className = 'wide';
    return tr;
  }));
  const editable = mayAct(round) && round.status === 'COMPUTED';
  $('inputs').hidden = !editable;
  $('adjust').hidden = !editable;
  if (editable) {
    const label = (id) => localName(result.breakdown.find((l) => l.criterionId === id) ?? { nameZh: id, nameEn: id });
    $('input-fields').replaceChildren(...INPUTS.map((name) => el('label', {}, label(name),
      el('input', { type: 'number', min: '0', max: '100', step: '0.01', name, value: result.inputs[name] ?? '' }))));
    $('adjust-grade').replaceChildren(...GRADES.map((g) => el('option', { value: g, textContent: t(`grade.${g}`),
      selected: g === result.grade })));
    $('adjust-reason').value = '';
  }
  $('result').scrollIntoView();
}

/** After a step: its error under the round, or the notice and everything shown again as the API has it now. */
async function act(reply, done) {
  if (!reply.ok) {
    $('round-error').textContent = problemText(reply);
    return;
  }
  notice.textContent = t(done);
  await Promise.all([listRounds(), openRound(round.id)]);
}

$('compute').addEventListener('click', async () => {
  $('round-error').textContent = '';
  await act(await api('POST', `/evaluations/rounds/${round.id}/compute`), 'rounds.computed');
});
$('review').addEventListener('click', async () => {
  await act(await api('POST', `/evaluations/rounds/${round.id}/review`, { version: round.version }), 'rounds.reviewed');
});
$('publish').addEventListener('click', async () => {
  // publishing is final (R-EVAL-4): results go to the units and the public page
  if (!window.confirm(t('rounds.publishConfirm'))) return;
  await act(await api('POST', `/evaluations/rounds/${round.id}/publish`, { version: round.version }), 'rounds.published');
});
$('inputs').addEventListener('submit', async (event) => {
  event.preventDefault();
  const inputs = {};
  $('input-fields').querySelectorAll('input').forEach((input) => {
    if (input.value !== '') inputs[input.name] = Number(input.value);
  });
  const reply = await api('PUT', `/evaluations/results/${result.id}/inputs`, { version: result.version, inputs });
  if (!reply.ok) $('result-error').textContent = problemText(reply);
  else await act(reply, 'results.inputsSaved');
});
$('adjust').addEventListener('submit', async (event) => {
  event.preventDefault();
  const reason = $('adjust-reason').value.trim();
  if (!reason) {
    $('result-error').textContent = t('results.reasonNeeded');
    $('adjust-reason').focus();
    return;
  }
  const reply = await api('POST', `/evaluations/results/${result.id}/adjust`,
    { version: result.version, grade: $('adjust-grade').value, reason });
  if (!reply.ok) $('result-error').textContent = problemText(reply);
  else await act(reply, 'results.adjustedNotice');
});

function setUpCreate() {
  // a county opens its specialist round; the city office its team, county-work and unit rounds (R-EVAL-2)
  if (!county && !has(user, 'city')) return;
  const kinds = county ? ['SPECIALIST'] : ['TEAM', 'COUNTY_WORK', 'UNIT'];
  $('create').hidden = false;
  $('create-year').value = new Date().getFullYear();
  $('create-kind').replaceChildren(...kinds.map((k) => el('option', { value: k, textContent: t(`kind.${k}`) })));
  $('create').addEventListener('submit', async (event) => {
    event.preventDefault();
    const reply = await api('POST', '/evaluations/rounds', { year: Number($('create-year').value),
      kind: $('create-kind').value, county: county ?? null });
    if (!reply.ok) {
      notice.textContent = problemText(reply);
      return;
    }
    notice.textContent = t('rounds.created');
    await listRounds();
    await openRound(reply.data.id);
  });
}

await loadMessages();
navigation(user);
names = await countyNames();
setUpCreate();
await listRounds();
const asked = new URLSearchParams(location.search).get('round');
if (asked && /^\d+$/.test(asked)) await openRound(Number(asked));
