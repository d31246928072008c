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

/** Whether the user has the role, bare (city, auditor) or bound to a scope (county:wuzhi). */
export function has(user, role) {
  return Boolean(user?.roles.some((r) => r === role || r.startsWith(`${role}:`)));
}

/** The signed-in user with one of these roles, or off to the sign-in page. */
export async function requireRole(...roles) {
  const user = await signedIn();
  if (!user || !roles.some((role) => has(user, role))) {
    location.href = `signin.html?next=${encodeURIComponent(location.pathname.split('/').pop())}`;
    return null;
  }
  return user;
}

/** Fills the navigation: only the pages this account may use, the language switch, sign-in or sign-out. */
export function navigation(user) {
  const nav = document.getElementById('nav');
  const link = (href, key) => Object.assign(document.createElement('a'), { href, textContent: t(key) });
  // the public pages, for everyone
  nav.replaceChildren(link('./', 'nav.public'), link('recruitment.html', 'nav.recruitment'));
  const pages = [
    ['county.html', 'nav.county', ['county']], ['area.html', 'nav.area', ['county']],
    ['city.html', 'nav.city', ['city', 'auditor']], ['unit.html', 'nav.unit', ['unit']],
    ['rounds.html', 'nav.rounds', ['county', 'city', 'auditor']], ['modules.html', 'nav.modules', ['county', 'city']],
    ['audit.html', 'nav.audit', ['city', 'auditor']], ['specialist.html', 'nav.specialist', ['specialist']],
    ['mywork.html', 'nav.mywork', ['specialist']],
  ];
  pages.filter(([, , roles]) => roles.some((role) => has(user, role)))
    .forEach(([href, key]) => nav.append(link(href, key)));
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

/** An element with properties and children (text or elements); text is always text, never HTML. */
export function el(tag, props = {}, ...children) {
  const element = Object.assign(document.createElement(tag), props);
  element.append(...children.filter((c) => c !== null && c !== undefined && c !== false));
  return element;
}

/** The county names by code, in the page's language. */
export async function countyNames() {
  const reply = await api('GET', '/counties?size=200');
  return new Map((reply.ok ? reply.data.items : []).map((c) => [c.code, lang() === 'en' ? c.nameEn : c.nameZh]));
}

/**
 * A button that saves the API's CSV of a path: the API gives CSV by the Accept header (a plain link would get JSON),
 * so the page asks for it and hands the browser the file under the name the server gives.
 */
export function csvButton(path, fallbackName) {
  const button = el('button', { type: 'button', className: 'csv', textContent: t('export.csv') });
  button.addEventListener('click', async () => {
    const headers = { Accept: 'text/csv' };
    const reply = await fetch(`/api${path}`, { headers, credentials: 'same-origin' });
    if (!reply.ok) {
      button.title = t('error.generic', { detail: reply.status });
      return;
    }
    const named = /filename="?([^";]+)"?/.exec(reply.headers.get('Content-Disposition') ?? '');
    const link = el('a', { href: URL.createObjectURL(await reply.blob()), download: named ? named[1] : fallbackName });
    document.body.append(link);
    link.click();
    link.remove();
    URL.revokeObjectURL(link.href);
  });
  return button;
}

/** A coverage cell's specialists as one phrase: the matrix counts them (issue 17), `/api/coverage/{county}` names them. */
export function specialistCount(cell) {
  return cell.specialistCount ? [t('area.specialistCount', { n: cell.specialistCount })] : [];
}

/** Who holds a coordination request, in words: team:<id>, unit:<code> or city (R-ESC-1). */
export function holderText(holder) {
  if (holder === 'city') return t('holder.city');
  const [kind, code] = holder.split(':');
  return kind === 'team' ? t('holder.team', { id: code }) : t('holder.unit', { code });
}
