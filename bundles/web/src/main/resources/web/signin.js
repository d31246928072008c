// Sign-in with the account's user name and password (the same accounts and lockout as the API's Basic
// credentials); the server answers with an HttpOnly session cookie, nothing is stored here.
import { api, has, loadMessages, navigation, problemText, t } from './app.js';

/** Where an account goes after signing in: the page asked for, else its role's page. */
function home(user) {
  const next = new URLSearchParams(location.search).get('next');
  if (next && /^[a-z]+\.html$/.test(next)) return next;
  if (has(user, 'county')) return 'county.html';
  if (has(user, 'specialist')) return 'specialist.html';
  if (has(user, 'unit')) return 'unit.html';
  if (has(user, 'city') || has(user, 'auditor')) return 'city.html';
  return null;
}

await loadMessages();
navigation(null);
const error = document.getElementById('error');
document.getElementById('signin').addEventListener('submit', async (event) => {
  event.preventDefault();
  error.textContent = '';
  const reply = await api('POST', '/session', {
    username: document.getElementById('username').value,
    password: document.getElementById('password').value,
  });
  if (reply.status === 401) {
    error.textContent = t('signin.failed');
    document.getElementById('password').value = '';
    document.getElementById('password').focus();
    return;
  }
  if (!reply.ok) {
    error.textContent = problemText(reply);
    return;
  }
  const page = home(reply.data);
  if (page) {
    location.href = page;
  } else {
    navigation(reply.data);
    error.textContent = '';
    document.getElementById('signin').replaceChildren(Object.assign(document.createElement('p'),
      { id: 'signed-in', textContent: t('signin.noPages') }));
  }
});
