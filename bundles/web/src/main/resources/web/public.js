// Published evaluation results, for anyone: year, kind, name, grade; the API never gives scores here.
import { api, loadMessages, navigation, problemText, signedIn, t } from './app.js';

const body = document.querySelector('#results tbody');
const status = document.getElementById('status');

async function show() {
  const query = new URLSearchParams({ size: '200' });
  const year = document.getElementById('year').value;
  const kind = document.getElementById('kind').value;
  if (year) query.set('year', year);
  if (kind) query.set('kind', kind);
  const reply = await api('GET', `/evaluations/public?${query}`);
  if (!reply.ok) {
    status.textContent = problemText(reply);
    return;
  }
  body.replaceChildren(...reply.data.items.map((r) => {
    const tr = document.createElement('tr');
    [r.year, t(`kind.${r.kind}`), r.name, r.county, r.unit, t(`grade.${r.grade}`)].forEach((text, i) => {
      tr.append(Object.assign(document.createElement('td'), { textContent: text ?? '', className: i === 3 || i === 4 ? 'wide' : '' }));
    });
    return tr;
  }));
  status.textContent = reply.data.total ? t('public.total', { n: reply.data.total }) : t('public.none');
}

await loadMessages();
navigation(await signedIn());
document.getElementById('filters').addEventListener('submit', (event) => {
  event.preventDefault();
  show();
});
show();
