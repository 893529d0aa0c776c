// Reprise: the page. Loads a deal into the editor, recomputes it on every change (POST /api/run,
// debounced), shows the key figures, the charts and the returns, and saves deals in the
// server's database. Every text from the user or the server goes in with textContent.

import {
  t, setLang, initialLang, saveLang, currentLang, money, percent, times, dateTime, errorText,
  plainNumber, count,
} from './i18n.js';
import { DealForm, pathSegments } from './form.js';
import { Charts } from './charts.js';
import { Scenarios, Risk } from './analysis.js';
import { partyRoles, partyLabel } from './parties.js';

const RUN_DELAY_MS = 150;

const state = {
  record: null, // {id, name, version} of the saved deal being edited, or null
  result: null, // the last valid result (parsed)
  resultText: null, // the same, as the server sent it
  seq: 0,
  controller: null,
  timer: null,
  dirty: false,
  examples: [],
};

const $ = (id) => document.getElementById(id);

function el(tag, props, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props || {})) {
    if (v === undefined || v === null || v === false) {
      continue;
    }
    if (k === 'text') {
      node.textContent = v;
    } else if (k === 'class') {
      node.className = v;
    } else if (k.startsWith('on')) {
      node.addEventListener(k.substring(2), v);
    } else {
      node.setAttribute(k, v === true ? '' : String(v));
    }
  }
  node.append(...children.filter((c) => c !== null && c !== undefined));
  return node;
}

/**
 * Calls the API, asking for its error messages in the page's language (Accept-Language: the
 * errors then carry localizedMessage besides the English message).
 * @param json a value to send as JSON; jsonText: JSON text to send as it is; yaml: YAML text
 * @return {status, data, text, headers}; data is parsed JSON when it is JSON
 */
async function api(method, url, { json, jsonText, yaml, headers, signal } = {}) {
  const init = {
    method, headers: { 'Accept-Language': currentLang(), ...(headers || {}) }, signal,
  };
  if (json !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(json);
  } else if (jsonText !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = jsonText;
  } else if (yaml !== undefined) {
    init.headers['Content-Type'] = 'application/yaml';
    init.body = yaml;
  }
  const response = await fetch(url, init);
  const text = await response.text();
  let data = null;
  if ((response.headers.get('Content-Type') || '').startsWith('application/json') && text) {
    data = JSON.parse(text);
  }
  return { status: response.status, data, text, headers: response.headers };
}

function status(message, kind) {
  const s = $('status');
  s.textContent = message || '';
  s.className = kind || '';
}

function apiMessage(r) {
  return r.data && r.data.error ? errorText(r.data.error) : 'HTTP ' + r.status;
}

// ---------------------------------------------------------------- texts and language

function applyTexts() {
  document.title = t('title');
  for (const node of document.querySelectorAll('[data-i18n]')) {
    node.textContent = t(node.dataset.i18n);
  }
  fillStartChoices();
}

function fillStartChoices() {
  const select = $('start');
  const chosen = select.value;
  select.replaceChildren();
  for (const e of state.examples) {
    select.append(el('option', { value: 'example:' + e.id, text: e.name }));
  }
  select.append(el('option', { value: 'template', text: t('blankDeal') }));
  if (chosen) {
    select.value = chosen;
  }
}

function changeLanguage(value) {
  setLang(value);
  saveLang(value);
  applyTexts();
  form.render();
  if (state.result) {
    showResults(state.result);
  }
  renderSaved(state.saved || []);
  updateSaveState();
  scenarios.render();
  risk.render();
  scheduleRun(); // shows the deal's error again, if it has one, under the re-built form
}

// ---------------------------------------------------------------- running the deal

function scheduleRun() {
  window.clearTimeout(state.timer);
  state.timer = window.setTimeout(run, RUN_DELAY_MS);
}

/**
 * A field holds a value the page cannot read: nothing is sent, and the run pending or on its way
 * is dropped, so that no answer about the field's earlier value replaces the field's message.
 * The summary names the field.
 */
function localError(path, message) {
  window.clearTimeout(state.timer);
  state.seq += 1;
  if (state.controller) {
    state.controller.abort();
    state.controller = null;
  }
  form.clearErrors();
  const where = form.where(pathSegments(path));
  const summary = $('error-summary');
  summary.textContent = t('errorIn', { where, message });
  summary.hidden = false;
  $('stale').hidden = !state.result;
  $('stale-reason').textContent = summary.textContent;
  $('results').classList.toggle('is-stale', Boolean(state.result));
  $('timing').textContent = '';
}

async function run() {
  if (!form.tree) {
    return;
  }
  const invalid = form.firstInvalid();
  if (invalid) {
    localError(...invalid);
    return;
  }
  const seq = ++state.seq;
  if (state.controller) {
    state.controller.abort();
  }
  state.controller = new AbortController();
  $('timing').textContent = t('computing');
  const started = performance.now();
  let r;
  try {
    r = await api('POST', 'api/run', { json: form.tree, signal: state.controller.signal });
  } catch (e) {
    if (e.name !== 'AbortError') {
      status(t('networkError'), 'error');
    }
    return;
  }
  if (seq !== state.seq) {
    return; // a newer run is on its way
  }
  const ms = Math.round(performance.now() - started);
  form.clearErrors();
  const summary = $('error-summary');
  if (r.status === 200) {
    summary.hidden = true;
    summary.textContent = '';
    $('stale').hidden = true;
    $('stale-reason').textContent = '';
    $('results').classList.remove('is-stale');
    state.result = r.data;
    state.resultText = r.text;
    $('download-json').disabled = false;
    showResults(r.data);
    $('timing').textContent = t('computedIn', { ms });
    $('results').dataset.runs = String(Number($('results').dataset.runs || 0) + 1);
    scenarios.update(form.tree);
  } else if (r.data && r.data.error) {
    const { path } = r.data.error;
    const message = errorText(r.data.error);
    const where = form.showError(path, message);
    summary.textContent = where ? t('errorIn', { where, message }) : t('errorGeneral', { message });
    summary.hidden = false;
    $('stale').hidden = !state.result;
    $('stale-reason').textContent = summary.textContent;
    $('results').classList.toggle('is-stale', Boolean(state.result));
    $('timing').textContent = '';
  } else {
    status(t('errorGeneral', { message: apiMessage(r) }), 'error');
  }
}

// ---------------------------------------------------------------- results

/**
 * @param fundHolder the holder the fund's terms name (fundReturns.holder), or undefined
 * @return the party whose returns the key figures show: the fund, else the first equity party
 */
function firstEquityParty(returns, fundHolder) {
  const names = Object.keys(returns);
  for (const fund of [fundHolder, 'fund']) {
    if (fund && returns[fund] && returns[fund].role.includes('equity')) {
      return fund;
    }
  }
  return names.find((n) => returns[n].role.includes('equity')) || names[0];
}

/**
 * A key figure: its label, a one-sentence plain-language explanation under it (the text
 * kf_<id>Explain, in a visible <small> so that touch screens and screen readers get it too), the
 * value and an optional note.
 */
function figure(id, label, value, sub, tone, params) {
  return el('div', { class: 'figure' + (tone ? ' ' + tone : ''), id: 'kf-' + id },
    el('span', { class: 'label', text: label }),
    el('small', { class: 'explain', text: t('kf_' + id + 'Explain', params) }),
    el('span', { class: 'value', text: value }),
    sub ? el('span', { class: 'sub', text: sub }) : null);
}

function showResults(r) {
  const party = firstEquityParty(r.returns, r.fundReturns && r.fundReturns.holder);
  const p = r.returns[party];
  const roles = partyRoles(r.returns, r.equityReturns);
  const of = partyLabel(party, roles, 'of');
  const the = { party: partyLabel(party, roles, 'the') };
  const d = r.paymentDefault;
  const su = r.sourcesAndUses;
  const w = r.whoPays;
  const figures = [
    figure('irr', t('kf_irr', { party: of }), p.irr === null ? t('kf_noIrr') : percent(p.irr),
      p.irrNote || null, null, the),
    figure('moic', t('kf_moic', { party: of }), times(p.moic), null, null, the),
    figure('equity', t('kf_equity', { year: r.exit.year }), money(r.exit.equityValue), null,
      r.exit.equityValue < 0 ? 'bad' : null),
    d.occurred || !d.atExit
      ? figure('default', t('kf_default'), d.occurred ? t('kf_defaultIn', { year: d.year })
        : t('kf_noDefault'), d.occurred ? t('kf_shortfall', { amount: d.totalShortfall < 0.5
          ? t('lessThanOneEuro') : money(d.totalShortfall) }) : null, d.occurred ? 'bad' : 'good')
      // every payment of the hold made, but the exit (a sale, or a SCOP's valuation) does not
      // repay the lenders in full
      : figure('default', t('kf_default'), t('kf_defaultAtExit', { year: r.exit.year }),
        t('kf_shortfall', { amount: d.exitShortfall < 0.5 ? t('lessThanOneEuro')
          : money(d.exitShortfall) }), 'bad'),
    covenantFigure(r),
    figure('entry', t('kf_entry'), money(su.entryEnterpriseValue),
      su.entryMultiple === null ? null : t('kf_entryMultiple', { x: times(su.entryMultiple).replace('×', '') })),
  ];
  if (w) {
    figures.push(figure('extracted', t('kf_extracted'), money(w.cashExtractedPerEmployeeYear),
      w.cashExtractedShareOfPayroll === null ? null
        : t('kf_extractedNote', { share: percent(w.cashExtractedShareOfPayroll, 0) })));
  }
  $('figures').replaceChildren(...figures);
  resultSource(r.deal && r.deal.source);
  inputWarnings(r.warnings);
  charts.update(r, roles);
  returnsTable(r.returns, roles, r.fundReturns);
  recapTable(r);
  personalTaxTable(r.personalTax);
  balanceTable(r.balanceSheet,
    (r.years || []).some((y) => y.sharePremiumAtStart !== undefined));
  // every flow is dated on a 31 December from the base year's end, and the IRRs are gross of a
  // fund's fees and carry (methodology §1, §8; review 27): said under the table, as in the reports
  const dating = r.years.length ? t('t_irrDating', { year: r.years[0].year - 1 }) : '';
  const f = r.fundReturns;
  $('returns-note').textContent = f ? dating + ' ' + t('t_fundNote', {
    fees: money(f.gp.managementFees), carry: money(f.gp.carriedInterest),
    drag: f.drag === null ? t('kf_noIrr') : points(f.drag) }) : dating;
}

/**
 * The dividend recapitalisation (methodology §5.13), when the deal has one (the years then carry
 * its rows, docs/json-output.md): per year of a draw, the tranches drawn, what they borrowed at the
 * start of the year, the upfront fees paid to the lenders out of it, what the shareholders received
 * (and the part that repaid shareholder loans) and what stayed in the company's cash; per year of a
 * draw refused, why (the year before in default or breach, the lenders' leverage test, no EBITDA).
 */
function recapTable(r) {
  const years = r.years || [];
  const section = $('recap');
  if (!years.length || !('recapBorrowed' in years[0])) {
    section.hidden = true;
    $('recap-table').replaceChildren();
    return;
  }
  section.hidden = false;
  // the tranches due in projected year t (debtSchedules[].drawnYear), drawn or not
  const due = (t, drawn) => (r.debtSchedules || [])
    .filter((d) => d.drawnYear === t && (d.drawnAmount > 0) === drawn).map((d) => d.name);
  const cols = ['rc_year', 'rc_tranche', 'rc_borrowed', 'rc_fees', 'rc_paid', 'rc_loans', 'rc_kept'];
  const head = el('tr', {}, ...cols.map((k) => el('th', {
    scope: 'col', class: k === 'rc_year' || k === 'rc_tranche' ? null : 'num', text: t(k) })));
  const rows = [];
  years.forEach((y, i) => {
    if (y.recapBorrowed > 0) {
      rows.push(el('tr', { class: 'drawn', 'data-year': String(y.year) },
        el('th', { scope: 'row', text: String(y.year) }),
        el('td', { text: due(i + 1, true).join(t('listSeparator')) }),
        ...[y.recapBorrowed, y.recapFees, y.recapPaid, y.recapShareholderLoans, y.recapKept]
          .map((v) => el('td', { class: 'num', text: money(v) }))));
    }
    // a recap sized to a target leverage (amount: {upToNetLeverage}): the ratio it reached, or
    // that there was no room under the target (nothing drawn, not refused)
    if (Number.isFinite(y.recapTargetLeverage) && !y.recapRefused
      && Number.isFinite(y.recapProFormaLeverage)) {
      const drawn = y.recapBorrowed > 0;
      rows.push(el('tr', { class: drawn ? 'sized' : 'noroom', 'data-year': String(y.year) },
        el('th', { scope: 'row', text: String(y.year) }),
        el('td', { text: due(i + 1, drawn).join(t('listSeparator')) }),
        el('td', { colspan: String(cols.length - 2), class: 'reason',
          text: t(!drawn ? 'rc_noRoom' : y.recapCapped ? 'rc_capped' : 'rc_sized', {
            year: y.year - 1,
            ratio: times(y.recapProFormaLeverage), target: times(y.recapTargetLeverage) }) })));
    }
    if (y.recapRefused) {
      const names = due(i + 1, false);
      rows.push(el('tr', { class: 'refused', 'data-year': String(y.year) },
        el('th', { scope: 'row', text: String(y.year) }),
        el('td', { text: names.join(t('listSeparator')) }),
        el('td', { colspan: String(cols.length - 2), class: 'reason',
          text: refusal(y, y.year - 1) })));
    }
  });
  $('recap-table').replaceChildren(el('caption', { class: 'visually-hidden', text: t('rc_caption') }),
    el('thead', {}, head), el('tbody', {}, ...rows));
}

/**
 * @param y the year of the refused draw: its recapRefusedReason and, for the lenders' leverage
 *     test, the ratio pro forma for the loan and the limit (recapProFormaLeverage,
 *     recapMaxLeverage: the run's own figures)
 * @param before the year before the draw, whose figures the lenders looked at
 * @return why the draw was refused, in a sentence
 */
function refusal(y, before) {
  const reason = y.recapRefusedReason;
  if (reason === 'leverage') {
    return Number.isFinite(y.recapProFormaLeverage) && Number.isFinite(y.recapMaxLeverage)
      ? t('rc_refused_leverage', { year: before, ratio: times(y.recapProFormaLeverage),
        max: times(y.recapMaxLeverage) })
      : t('rc_refused_leverageAny', { year: before });
  }
  return t('rc_refused_' + reason, { year: before });
}

/**
 * The individuals' tax on their exit gains (methodology §8.4, the run's personalTax), when the
 * deal has the section: per class of an individual holder, the gain, the package's ceiling, its
 * capital-gain and salary parts, the tax, and the net gain, IRR and multiple; a total row, the
 * State's whole take and, when a class made a loss, what becomes of it.
 */
function personalTaxTable(p) {
  const section = $('personal-tax');
  if (!p) {
    section.hidden = true;
    $('personal-tax-table').replaceChildren();
    return;
  }
  section.hidden = false;
  const terms = p.terms;
  const packages = terms.managementPackages.length > 0;
  let intro = t('pt_intro', { rate: percent(terms.capitalGainsRate) });
  if (packages) {
    intro += ' ' + t('pt_package', { ratio: times(p.performanceRatio),
      salaryRate: percent(terms.salaryRate), contribution: percent(terms.salaryContribution) });
    if (p.holdingYears < 2) {
      intro += ' ' + t('pt_tooShort', { years: p.holdingYears });
    }
  }
  $('personal-tax-intro').textContent = intro;
  // the dividends' column only when a class received some: taxed apart (review 34, W1)
  const dividends = p.classes.some((c) => c.dividends > 0);
  const cols = ['pt_class', 'pt_invested', 'pt_gain', ...(dividends ? ['pt_dividends'] : []),
    'pt_ceiling', 'pt_capital', 'pt_salary', 'pt_tax', 'pt_net', 'pt_netIrr', 'pt_netMultiple'];
  const head = el('tr', {}, ...cols.map((k) => el('th', {
    scope: 'col', class: k === 'pt_class' ? null : 'num', text: t(k) })));
  const num = (text) => el('td', { class: 'num', text });
  const rows = p.classes.map((c) => el('tr', { 'data-class': c.name },
    el('th', { scope: 'row', text: c.name + ' (' + c.holder + ')' }),
    num(money(c.invested)), num(money(c.gain)), ...(dividends ? [num(money(c.dividends))] : []),
    num(c.ceiling === null ? '–' : money(c.ceiling)),
    num(money(c.capitalGain)), num(money(c.salary)), num(money(c.tax)), num(money(c.netGain)),
    num(c.netIrr === null ? t('kf_noIrr') : percent(c.netIrr)), num(times(c.netMultiple))));
  const sum = (k) => p.classes.reduce((a, c) => a + c[k], 0);
  rows.push(el('tr', { class: 'total' }, el('th', { scope: 'row', text: t('pt_total') }),
    num(money(sum('invested'))), num(money(p.totalGain)),
    ...(dividends ? [num(money(sum('dividends')))] : []), num(''), num(money(sum('capitalGain'))),
    num(money(sum('salary'))), num(money(p.stateTake)), num(money(sum('netGain'))), num(''),
    num('')));
  $('personal-tax-table').replaceChildren(
    el('caption', { class: 'visually-hidden', text: t('pt_caption') }),
    el('thead', {}, head), el('tbody', {}, ...rows));
  $('personal-tax-note').textContent = t('pt_state', { total: money(p.stateTake),
    capital: money(p.totalCapitalGainsTax), salary: money(p.totalSalaryTax) })
    + (dividends ? ' ' + t('pt_dividendsNote') : '')
    + (p.classes.some((c) => c.exitGain < 0) ? ' ' + t('pt_loss') : '');
}

/**
 * The group's balance sheet (methodology §5.12), in thousands of euros: the closing then each year
 * end, assets, liabilities and equity with their totals, and the check (0). Lines that are zero in
 * every column are left out, the totals and the check never.
 */
function balanceTable(b, premium) {
  const table = $('balance-table');
  if (!b) {
    table.replaceChildren();
    return;
  }
  // thousands with one decimal; a residue that rounds to nothing shows 0, not −0
  const k = (v) => {
    const r = Math.round(v / 100) / 10;
    return count(r === 0 ? 0 : r);
  };
  const head = el('tr', {}, el('th', { scope: 'col', text: t('bs_k') }),
    ...b.years.map((y, i) => el('th', { scope: 'col', class: 'num',
      text: i === 0 ? t('bs_closing') : String(y) })));
  const rows = [];
  const line = (label, values, cls, always) => {
    if (!values || (!always && values.every((v) => Math.abs(v) < 0.5))) {
      return;
    }
    rows.push(el('tr', { class: cls || null }, el('th', { scope: 'row', text: label }),
      ...values.map((v) => el('td', { class: 'num', text: k(v) }))));
  };
  const heading = (label) => rows.push(el('tr', { class: 'heading' },
    el('th', { scope: 'rowgroup', colspan: String(b.years.length + 1), text: label })));
  heading(t('bs_assets'));
  line(t('bs_goodwill'), b.assets.goodwill);
  line(t('bs_fixedAssets'), b.assets.fixedAssets);
  line(t('bs_workingCapital'), b.assets.workingCapital);
  line(t('bs_cash'), b.assets.cash, null, true);
  line(t('bs_fees'), b.assets.deferredFinancingFees);
  line(t('bs_premiums'), b.assets.hedgePremiums);
  line(t('bs_totalAssets'), b.assets.total, 'total', true);
  heading(t('bs_liabilities'));
  for (const d of b.liabilities.debt) {
    line(d.name, d.amounts);
  }
  for (const d of b.liabilities.shareholderLoans) {
    line(d.name, d.amounts);
  }
  line(t('bs_blocked'), b.liabilities.blockedAccounts);
  line(t('bs_participation'), b.liabilities.participationPayable);
  line(t('bs_workShare'), b.liabilities.workSharePayable);
  line(t('bs_interestOnShares'), b.liabilities.interestOnSharesPayable);
  line(t('bs_totalLiabilities'), b.liabilities.total, 'total', true);
  heading(t('bs_equity'));
  // a share premium paid out comes off this row (review 38, X2)
  line(t(premium ? 'bs_capitalLessPremium' : 'bs_capital'), b.equity.capital, null, true);
  line(t('bs_retained'), b.equity.retainedEarnings, null, true);
  line(t('bs_totalEquity'), b.equity.total, 'total', true);
  line(t('bs_check'), b.check, 'check', true);
  table.replaceChildren(el('thead', {}, head), el('tbody', {}, ...rows));
}

/** Who set the assumptions, as the deal file says it (review 26, X7); hidden when it does not. */
function resultSource(source) {
  $('result-source').textContent = source ? t('resultSource', { source }) : '';
  $('result-source').hidden = !source;
}

/**
 * The deal's input warnings (an input left out whose default changes the figures, such as the
 * base year's participation reserve), above the results: the field's place in the form and the
 * message, in the page's language when the server sent it (localizedMessage).
 */
function inputWarnings(warnings) {
  const items = (warnings || []).map((w) => {
    const li = document.createElement('li');
    li.textContent = t('inputWarning',
      { where: form.placeOf(w.path), message: w.localizedMessage || w.message });
    return li;
  });
  $('input-warnings').replaceChildren(...items);
  $('input-warnings').hidden = items.length === 0;
}

/**
 * The covenants over the holding period: the years in which one is breached (years[].covenantBreach
 * up to the exit), respected, or not tested (no covenant in the deal).
 */
function covenantFigure(r) {
  const years = r.years.filter((y) => y.year <= r.exit.year);
  const tested = years.some((y) => ['leverageHeadroom', 'interestCoverHeadroom',
    'debtServiceCoverHeadroom'].some((k) => y[k] !== null && y[k] !== undefined));
  const breached = years.filter((y) => y.covenantBreach).map((y) => y.year);
  if (!tested && !breached.length) {
    return figure('covenants', t('kf_covenants'), t('kf_covNotTested'), null, null);
  }
  return breached.length
    ? figure('covenants', t('kf_covenants'), t('kf_covBroken', { years: breached.join(', ') }),
      null, 'bad')
    : figure('covenants', t('kf_covenants'), t('kf_covKept'), null, 'good');
}

/**
 * @return a difference of two rates in percentage points, not a relative gap (review 30, finding
 *     6): "2.4 percentage points", "2,4 points de pourcentage", the singular for 1 in English and
 *     below 2 in French
 */
function points(rate) {
  const n = Math.round(Math.abs(rate) * 1000) / 10;
  const one = currentLang() === 'fr' ? n < 2 : n === 1;
  return t(one ? 't_pointOne' : 't_pointMany', { n: plainNumber(n.toFixed(1)) });
}

/**
 * The returns per party, each party named by its role (Lead investor (fund), Lender (…)); with
 * the deal file's fund terms, a row for the fund's investors net of its fees and carry
 * (fundReturns, methodology §8.3).
 */
function returnsTable(returns, roles, fund) {
  const head = el('tr', {},
    ...['t_party', 't_role', 't_invested', 't_received', 't_irr', 't_moic']
      .map((k) => el('th', { scope: 'col', class: k === 't_role' ? 'role' : null, text: t(k) })));
  const rows = Object.entries(returns).map(([name, p]) => el('tr', {},
    el('th', { scope: 'row', text: partyLabel(name, roles), 'data-party': name }),
    el('td', { class: 'role', text: t('role_' + p.role) }),
    el('td', { class: 'num', text: money(p.invested) }),
    el('td', { class: 'num', text: money(p.proceeds) }),
    el('td', { class: 'num', text: p.irr === null ? t('kf_noIrr') : percent(p.irr) }),
    el('td', { class: 'num', text: times(p.moic) })));
  if (fund) {
    const n = fund.net;
    rows.push(el('tr', { class: 'fund-net' },
      el('th', { scope: 'row', text: t('t_fundNet') }),
      el('td', { class: 'role', text: t('t_fundNetRole') }),
      el('td', { class: 'num', text: money(n.paidIn) }),
      el('td', { class: 'num', text: money(n.received) }),
      el('td', { class: 'num', text: n.irr === null ? t('kf_noIrr') : percent(n.irr) }),
      el('td', { class: 'num', text: times(n.moic) })));
  }
  $('returns-table').replaceChildren(
    el('caption', { text: t('ch_returns') }), el('thead', {}, head), el('tbody', {}, ...rows));
}

// ---------------------------------------------------------------- loading

function defaultName(tree) {
  if (tree && typeof tree.name === 'string' && tree.name.trim()) {
    return tree.name.trim();
  }
  if (tree && tree.company && typeof tree.company.name === 'string' && tree.company.name.trim()) {
    return tree.company.name.trim();
  }
  return '';
}

function loadTree(tree, record) {
  state.record = record;
  state.dirty = false;
  form.load(tree);
  risk.reset();
  scenarios.update(null);
  $('deal-name').value = record ? record.name : defaultName(tree);
  updateSaveState();
  run();
}

async function loadStart() {
  const choice = $('start').value;
  const url = choice === 'template' ? 'api/template' : 'api/examples/' + choice.substring(8);
  try {
    const r = await api('GET', url);
    if (r.status !== 200) {
      status(t('errorGeneral', { message: apiMessage(r) }), 'error');
      return;
    }
    loadTree(r.data, null);
    status(t('loaded', { name: $('start').selectedOptions[0].textContent }));
  } catch (e) {
    status(t('networkError'), 'error');
  }
}

/**
 * Opens a deal file from the computer into the editor. The file must be UTF-8 text (a file saved
 * in another encoding, such as Windows-1252, is refused rather than decoded with replacement
 * characters); the server parses it, YAML or JSON by its extension, so that its errors come in
 * the page's language. Every message names the file.
 */
async function openFile(file) {
  const fail = (message) => status(t('fileError', { name: file.name, message }), 'error');
  let bytes;
  try {
    bytes = await file.arrayBuffer();
  } catch (e) {
    fail(t('fileUnreadable'));
    return;
  }
  let text;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (e) {
    fail(t('fileNotUtf8'));
    return;
  }
  let r;
  try {
    r = await api('POST', 'api/tree',
      /\.json$/i.test(file.name) ? { jsonText: text } : { yaml: text });
  } catch (e) {
    status(t('networkError'), 'error');
    return;
  }
  if (r.status !== 200) {
    fail(apiMessage(r));
    return;
  }
  loadTree(r.data, null);
  status(t('loaded', { name: file.name }));
}

// ---------------------------------------------------------------- saving

function updateSaveState() {
  const s = $('save-state');
  if (state.record) {
    s.textContent = t('version', { n: state.record.version }) + (state.dirty ? ' · ' + t('unsaved') : '');
  } else {
    s.textContent = t('unsaved');
  }
}

function nameToSave() {
  return $('deal-name').value.trim() || defaultName(form.tree) || null;
}

async function save(asNew) {
  if (!form.tree) {
    return;
  }
  const name = nameToSave();
  let r;
  try {
    if (state.record && !asNew) {
      r = await api('PUT', 'api/deals/' + state.record.id, {
        json: { name, deal: form.tree }, headers: { 'If-Match': '"' + state.record.version + '"' },
      });
    } else {
      r = await api('POST', 'api/deals', { json: { name, deal: form.tree } });
    }
  } catch (e) {
    status(t('networkError'), 'error');
    return;
  }
  if (r.status === 200 || r.status === 201) {
    state.record = { id: r.data.id, name: r.data.name, version: r.data.version };
    state.dirty = false;
    $('deal-name').value = r.data.name;
    updateSaveState();
    status(t('saved', { name: r.data.name, n: r.data.version }), 'ok');
    refreshSaved();
  } else if (r.status === 409) {
    const n = (r.headers.get('ETag') || '').replace(/"/g, '');
    status(t('conflict', { n }), 'error');
  } else {
    status(t('errorGeneral', { message: apiMessage(r) }), 'error');
  }
}

async function refreshSaved() {
  try {
    const r = await api('GET', 'api/deals');
    if (r.status === 200) {
      state.saved = r.data;
      renderSaved(r.data);
    }
  } catch (e) {
    status(t('networkError'), 'error');
  }
}

function renderSaved(list) {
  const ul = $('saved-list');
  if (!list.length) {
    ul.replaceChildren(el('li', { class: 'empty', text: t('noSavedDeals') }));
    $('saved-count').textContent = '';
    return;
  }
  ul.replaceChildren(...list.map((d) => savedItem(d)));
  $('saved-count').textContent = '(' + list.length + ')';
}

function savedItem(d) {
  const li = el('li', { class: 'saved-item', 'data-id': d.id });
  const show = () => {
    li.replaceChildren(
      el('button', { type: 'button', class: 'link open', text: d.name, onclick: () => openSaved(d.id) }),
      el('span', { class: 'meta', text: t('updated', { date: dateTime(d.updated) }) + ' · ' + t('version', { n: d.version }) }),
      el('span', { class: 'actions' },
        el('button', { type: 'button', text: t('rename'), 'aria-label': t('rename') + ' — ' + d.name, onclick: () => renaming() }),
        el('button', { type: 'button', text: t('duplicate'), 'aria-label': t('duplicate') + ' — ' + d.name, onclick: () => duplicate(d) }),
        el('button', { type: 'button', class: 'danger', text: t('delete'), 'aria-label': t('delete') + ' — ' + d.name, onclick: () => remove(d) })));
  };
  const renaming = () => {
    const input = el('input', { type: 'text', value: d.name, 'aria-label': t('rename'), maxlength: '200' });
    const formNode = el('form', { class: 'rename' }, input,
      el('button', { type: 'submit', text: t('ok') }),
      el('button', { type: 'button', text: t('cancel'), onclick: show }));
    formNode.addEventListener('submit', async (event) => {
      event.preventDefault();
      const r = await api('PATCH', 'api/deals/' + d.id, {
        json: { name: input.value }, headers: { 'If-Match': '"' + d.version + '"' },
      });
      if (r.status === 200) {
        status(t('renamed', { name: r.data.name }), 'ok');
        if (state.record && state.record.id === d.id) {
          state.record = { id: d.id, name: r.data.name, version: r.data.version };
          $('deal-name').value = r.data.name;
          updateSaveState();
        }
        refreshSaved();
      } else if (r.status === 409) {
        status(t('conflict', { n: (r.headers.get('ETag') || '').replace(/"/g, '') }), 'error');
        refreshSaved();
      } else {
        status(t('errorGeneral', { message: apiMessage(r) }), 'error');
      }
    });
    li.replaceChildren(formNode);
    input.focus();
    input.select();
  };
  show();
  return li;
}

async function openSaved(id) {
  const r = await api('GET', 'api/deals/' + id);
  if (r.status !== 200) {
    status(t('errorGeneral', { message: apiMessage(r) }), 'error');
    refreshSaved();
    return;
  }
  if (!r.data.deal) {
    status(t('errorGeneral', { message: t('savedNotMapping') }), 'error');
    return;
  }
  loadTree(r.data.deal, { id: r.data.id, name: r.data.name, version: r.data.version });
  status(t('loaded', { name: r.data.name }));
}

async function duplicate(d) {
  const r = await api('POST', 'api/deals/' + d.id + '/duplicate');
  if (r.status === 201) {
    status(t('duplicated', { name: r.data.name }), 'ok');
  } else {
    status(t('errorGeneral', { message: apiMessage(r) }), 'error');
  }
  refreshSaved();
}

async function remove(d) {
  if (!window.confirm(t('confirmDelete', { name: d.name }))) {
    return;
  }
  const r = await api('DELETE', 'api/deals/' + d.id, { headers: { 'If-Match': '"' + d.version + '"' } });
  if (r.status === 204) {
    status(t('deleted', { name: d.name }), 'ok');
    if (state.record && state.record.id === d.id) {
      state.record = null;
      updateSaveState();
    }
  } else {
    status(t('errorGeneral', { message: apiMessage(r) }), 'error');
  }
  refreshSaved();
}

// ---------------------------------------------------------------- downloads

function slug(name) {
  const s = (name || 'deal').normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
    .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return s || 'deal';
}

function download(content, type, fileName) {
  const blob = content instanceof Blob ? content : new Blob([content], { type });
  const url = URL.createObjectURL(blob);
  const a = el('a', { href: url, download: fileName });
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}

async function downloadYaml() {
  const r = await api('POST', 'api/yaml', { json: form.tree });
  if (r.status === 200) {
    download(r.text, 'application/yaml', slug(nameToSave()) + '.yaml');
  } else {
    status(t('errorGeneral', { message: apiMessage(r) }), 'error');
  }
}

/**
 * Posts the deal being edited to a download route (the HTML report, the Excel model) and saves
 * the answer as a file; an error answer (JSON) is shown in the status line.
 */
async function downloadFile(button, url, fileName) {
  button.disabled = true;
  status(t('preparingDownload'));
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Accept-Language': currentLang() },
      body: JSON.stringify(form.tree),
    });
    const type = response.headers.get('Content-Type') || '';
    if (response.ok && !type.startsWith('application/json')) {
      download(await response.blob(), type, fileName);
      status(t('downloaded', { name: fileName }));
    } else {
      const text = await response.text();
      let data = null;
      try {
        data = type.startsWith('application/json') && text ? JSON.parse(text) : null;
      } catch (e) {
        data = null;
      }
      const error = data && data.error;
      const message = error ? errorText(error) + (error.path ? ' (' + error.path + ')' : '')
        : 'HTTP ' + response.status;
      status(t('errorGeneral', { message }), 'error');
    }
  } catch (e) {
    status(t('networkError'), 'error');
  } finally {
    button.disabled = false;
  }
}

function downloadReport() {
  const lang = currentLang() === 'fr' ? 'fr' : 'en';
  downloadFile($('download-report'), 'api/report?lang=' + lang + '&for=works-council',
    slug(nameToSave()) + '-report.html');
}

function downloadExcel() {
  downloadFile($('download-excel'), 'api/excel', slug(nameToSave()) + '-model.xlsx');
}

function downloadJson() {
  if (state.resultText) {
    download(state.resultText, 'application/json', slug(nameToSave()) + '-results.json');
  }
}

// ---------------------------------------------------------------- start

const form = new DealForm($('deal-form'), () => {
  state.dirty = true;
  updateSaveState();
  risk.dealChanged();
  scheduleRun();
}, localError);
const charts = new Charts($('charts'));
const scenarios = new Scenarios(api);
const risk = new Risk(api, () => form.tree, (scenario) => roles(scenario));

/**
 * @param scenario a scenario of a simulation ({name}), or null
 * @return the roles of its parties (partyRoles): from the comparison of the scenarios when the
 *     deal has some, else from the deal's own result; null when neither knows the scenario
 */
function roles(scenario) {
  if (Scenarios.has(form.tree)) {
    const compared = scenarios.doc && scenario
      ? scenarios.doc.scenarios.find((s) => s.name === scenario.name) : null;
    return compared ? partyRoles(compared.returns, compared.equityReturns) : null;
  }
  return state.result ? partyRoles(state.result.returns, state.result.equityReturns) : null;
}

async function start() {
  setLang(initialLang());
  $('lang').value = currentLang();
  $('lang').addEventListener('change', () => changeLanguage($('lang').value));
  $('deal-form').addEventListener('submit', (event) => event.preventDefault());
  $('load').addEventListener('click', loadStart);
  $('file').addEventListener('change', () => {
    const file = $('file').files[0];
    if (file) {
      openFile(file);
    }
    $('file').value = '';
  });
  $('save').addEventListener('click', () => save(false));
  $('save-new').addEventListener('click', () => save(true));
  $('download-yaml').addEventListener('click', downloadYaml);
  $('download-json').addEventListener('click', downloadJson);
  $('download-report').addEventListener('click', downloadReport);
  $('download-excel').addEventListener('click', downloadExcel);
  $('deal-name').addEventListener('input', () => {
    state.dirty = true;
    updateSaveState();
  });
  try {
    const r = await api('GET', 'api/examples');
    state.examples = r.status === 200 ? r.data : [];
  } catch (e) {
    state.examples = [];
  }
  applyTexts();
  risk.render();
  refreshSaved();
  await loadStart();
  document.body.dataset.ready = 'true';
}

start();
