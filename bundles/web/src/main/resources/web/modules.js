// A county's module switches (plug-in criteria, incentive policies, tiers): on or off, and a criterion's weight in
// the county's rounds — the same switches and rules as tepai:module-enable and /api/modules. A county switches only
// its own county, and switches a module on only when it owns it, its owner shared it, or its owner unit has had a
// specialist assigned to the county; the city office switches any county. The page offers only those buttons.
import { api, countyNames, has, lang, loadMessages, navigation, problemText, requireRole, scope, t } from './app.js';

const user = await requireRole('county', 'city');
const own = scope(user, 'county');
const isCity = has(user, 'city');
const $ = (id) => document.getElementById(id);
let names = new Map();

const county = () => own ?? $('county').value;

/** Whether this account may switch the module on for the county (the API's SwitchRights, asked ahead). */
async function maySwitchOn(module, code) {
  if (!module.loaded) return false;
  if (isCity) return true;
  const owner = module.owner ?? {};
  if (owner.county === code || owner.shared) return true;
  if (!owner.unit) return false;
  const served = await api('GET', `/assignments?county=${encodeURIComponent(code)}&unit=${encodeURIComponent(owner.unit)}&size=1`);
  return served.ok && served.data.total > 0;
}

function ownerText(owner) {
  if (!owner) return t('modules.ownerNone');
  const who = owner.county ? t('modules.ownerCounty', { name: names.get(owner.county) ?? owner.county })
    : owner.unit ? t('modules.ownerUnit', { code: owner.unit }) : t('modules.ownerNone');
  return owner.shared ? `${who} · ${t('modules.shared')}` : who;
}

async function card(module, code) {
  const item = $('module').content.firstElementChild.cloneNode(true);
  item.dataset.id = module.id;
  item.querySelectorAll('[data-i18n]').forEach((e) => { e.textContent = t(e.dataset.i18n); });
  const on = module.enabledCounties.includes(code);
  item.querySelector('.name').textContent = (lang() === 'en' ? module.nameEn : module.nameZh) ?? module.id;
  item.querySelector('.kind').textContent = module.kind ? t(`modulekind.${module.kind}`) : t('modules.notLoaded');
  const state = item.querySelector('.state');
  state.textContent = on ? t('modules.isOn') : t('modules.isOff');
  state.className = `state ${on ? 'on' : 'off'}`;
  item.querySelector('.owner').textContent = ownerText(module.owner);
  item.querySelector('.bundle').textContent = module.bundle ?? t('modules.notLoaded');
  const weightLabel = item.querySelector('.weight');
  const weight = weightLabel.querySelector('input');
  const criterion = module.kind === 'CRITERION';
  weight.value = module.weights[code] ?? '';
  weight.placeholder = t('modules.defaultWeight');
  const switchable = await maySwitchOn(module, code);
  weightLabel.hidden = !(criterion && switchable);
  item.querySelector('.switch-on').hidden = on || !switchable;
  item.querySelector('.reweigh').hidden = !(on && criterion && switchable);
  // switching off is always the county's own business, also for a module no longer loaded
  item.querySelector('.switch-off').hidden = !on;
  if (!on && !switchable && module.loaded) {
    const whyNot = item.querySelector('.why-not');
    whyNot.hidden = false;
    whyNot.textContent = t('modules.notYours');
  }
  const error = item.querySelector('.error');
  const send = async (method, body, done) => {
    const reply = await api(method, `/modules/${encodeURIComponent(module.id)}/counties/${encodeURIComponent(code)}`, body);
    if (!reply.ok) {
      error.textContent = problemText(reply);
      return;
    }
    $('notice').textContent = t(done, { name: item.querySelector('.name').textContent, weight: reply.data.weights[code] ?? '' });
    await show();
    document.querySelector(`#modules li[data-id="${CSS.escape(module.id)}"] button:not([hidden])`)?.focus();
  };
  const weighed = () => (criterion && weight.value !== '' ? { weight: Number(weight.value) } : undefined);
  item.querySelector('.switch-on').addEventListener('click', () => send('PUT', weighed(), 'modules.switchedOn'));
  item.querySelector('.reweigh').addEventListener('click', () => send('PUT', weighed(), 'modules.reweighed'));
  item.querySelector('.switch-off').addEventListener('click', () => send('DELETE', undefined, 'modules.switchedOff'));
  return item;
}

async function show() {
  const reply = await api('GET', '/modules?size=200');
  if (!reply.ok) {
    $('notice').textContent = problemText(reply);
    return;
  }
  const code = county();
  $('modules').replaceChildren(...await Promise.all(reply.data.items.map((m) => card(m, code))));
  if (!reply.data.items.length) $('notice').textContent = t('modules.none');
}

await loadMessages();
navigation(user);
names = await countyNames();
if (!own) {
  // the city office switches for any county: it picks which
  $('which').hidden = false;
  $('county').replaceChildren(...[...names].map(([code, name]) => Object.assign(document.createElement('option'),
    { value: code, textContent: name })));
  $('county').addEventListener('change', () => {
    $('notice').textContent = '';
    show();
  });
}
await show();
