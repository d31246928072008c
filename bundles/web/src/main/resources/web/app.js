// Shared by every page: messages (zh-CN by default, English switchable), the /api client with the session's
// CSRF header, who is signed in, and the navigation. No credentials are kept in the browser's storage: the
// session is an HttpOnly cookie; only the language choice is remembered.

const LANG_KEY = 'tepai.lang';
let messages = {};

export const lang = () => (localStorage.getItem(LANG_KEY) === 'en' ? 'en' : 'zh');

/** The text of a message key, with {name} placeholders filled in. */
export function t(key, params = {}) {
  const text = messages[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name) => String(params[name] ?? ''));
}

/** Loads the page's messages and fills every element marked data-i18n (text) or data-i18n-label (aria-label). */
export async function loadMessages() {
  const reply = await fetch(`messages_${lang()}.json`);
  messages = await reply.json();
  document.documentElement.lang = lang() === 'en' ? 'en' : 'zh-CN';
  document.querySelectorAll('[data-i18n]').forEach((el) => { el.textContent = t(el.dataset.i18n); });
  document.querySelectorAll('[data-i18n-label]').forEach((el) => el.setAttribute('aria-label', t(el.dataset.i18nLabel)));
}

function cookie(name) {
  const found = document.cookie.split('; ').find((c) => c.startsWith(`${name}=`));
  return found ? found.substring(name.length + 1) : null;
}

/** Calls the API; answers {status, ok, data} with data the JSON body (a problem on errors) or null. */
export async function api(method, path, body) {
  const headers = { Accept: 'application/json' };
  const csrf = cookie('TEPAI_CSRF');
  if (csrf) headers['X-CSRF-Token'] = csrf;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const reply = await fetch(`/api${path}`, {
    method, headers, credentials: 'same-origin', body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await reply.text();
  return { status: reply.status, ok: reply.ok, data: text ? JSON.parse(text) : null };
}

/** Who is signed in ({username, roles}), or null; asks the API only when a session cookie can be there. */
export async function signedIn() {
  if (!cookie('TEPAI_CSRF')) return null;
  const reply = await api('GET', '/session');
  return reply.ok ? reply.data : null;
}

/** The scope of a role, e.g. scope(user, 'county') is 'wuzhi' for the role county:wuzhi. */
export function scope(user, role) {
  const found = user?.roles.find((r) => r.startsWith(`${role}:`));
  return found ? found.substring(role.length + 1) : null;
}

/** The signed-in user with this role's scope, or off to the sign-in page. */
export async function requireRole(role) {
  const user = await signedIn();
  if (!user || !scope(user, role)) {
    location.href = `signin.html?next=${encodeURIComponent(location.pathname.split('/').pop())}`;
    return null;
  }
  return user;
}

/** Fills the navigation: only the pages this account may use, the language switch, sign-in or sign-out. */
export function navigation(user) {
  const nav = document.getElementById('nav');
  const link = (href, key) => Object.assign(document.createElement('a'), { href, textContent: t(key) });
  nav.replaceChildren(link('./', 'nav.public'));
  if (scope(user, 'county')) nav.append(link('county.html', 'nav.county'));
  if (scope(user, 'specialist')) nav.append(link('specialist.html', 'nav.specialist'));
  const language = Object.assign(document.createElement('button'), { type: 'button', id: 'language',
    textContent: t('nav.language') });
  language.addEventListener('click', () => {
    localStorage.setItem(LANG_KEY, lang() === 'en' ? 'zh' : 'en');
    location.reload();
  });
  nav.append(language);
  if (user) {
    const out = Object.assign(document.createElement('button'), { type: 'button', id: 'signout',
      textContent: `${t('nav.signout')} (${user.username})` });
    out.addEventListener('click', async () => {
      await api('DELETE', '/session');
      location.href = './';
    });
    nav.append(out);
  } else {
    nav.append(link('signin.html', 'nav.signin'));
  }
}

/** A table cell, or row of cells, with text only (never HTML from the API). */
export function row(...texts) {
  const tr = document.createElement('tr');
  texts.forEach((text) => tr.append(Object.assign(document.createElement('td'), { textContent: text ?? '' })));
  return tr;
}

/** The message of a failed call: the API's detail (its words), or the network's. */
export function problemText(reply) {
  if (reply.status === 401) return t('error.session');
  return t('error.generic', { detail: reply.data?.detail ?? reply.status });
}
