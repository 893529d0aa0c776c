// Reprise: the scenarios side by side (POST /api/compare) and the Monte Carlo risk section
// (POST /api/simulate, then GET /api/jobs/{id}). Every text from the deal or the server goes in
// with textContent; the charts' tooltips are drawn on the canvas (renderMode 'richText').

import { t, money, moneyShort, percent, times, count, errorText } from './i18n.js';
import { described } from './charts.js';
import { partyRoles, partyLabel } from './parties.js';

const VA_KEYS = ['employees', 'state', 'lenders', 'shareholders', 'company'];
const VA_COLORS = {
  employees: '#2e8b57', state: '#4a6fa5', lenders: '#d1603d', shareholders: '#8a5cb8',
  company: '#c9a227',
};

/** Paths per scenario of the page's simulation, until the user sets another number. */
export const SIM_PATHS = 2000;
/** The server's limit of paths per scenario (SimulationJobs.MAX_PATHS; a test compares them). */
export const SIM_MAX_PATHS = 100000;
const SIM_SEED = 1;
const POLL_MS = 250;

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
    } else {
      node.setAttribute(k, v === true ? '' : String(v));
    }
  }
  node.append(...children.filter((c) => c !== null && c !== undefined));
  return node;
}

const $ = (id) => document.getElementById(id);

/** Draws an ECharts option in a node, re-using its chart. */
function draw(node, option) {
  let chart = echarts.getInstanceByDom(node);
  if (!chart) {
    chart = echarts.init(node, null, { renderer: 'canvas' });
    window.addEventListener('resize', () => chart.resize());
  }
  if ((node.clientWidth || 600) < 500 && option.yAxis && option.yAxis.type === 'value') {
    option.yAxis.splitNumber = 3;
  }
  chart.setOption(option, { notMerge: true });
  node.dataset.revision = String(Number(node.dataset.revision || 0) + 1);
}

// ---------------------------------------------------------------- scenarios side by side

/** The table and the chart of POST /api/compare. */
export class Scenarios {
  constructor(api) {
    this.api = api;
    this.seq = 0;
    this.controller = null;
    this.doc = null;
  }

  /** @return true when the deal has a non-empty `scenarios` list */
  static has(tree) {
    return Boolean(tree) && Array.isArray(tree.scenarios) && tree.scenarios.length > 0;
  }

  /** Compares the scenarios of the deal, or hides the section when it has none. */
  async update(tree) {
    const seq = ++this.seq;
    if (this.controller) {
      this.controller.abort();
    }
    if (!Scenarios.has(tree)) {
      this.doc = null;
      $('scenarios').hidden = true;
      return;
    }
    this.controller = new AbortController();
    let r;
    try {
      r = await this.api('POST', 'api/compare', { json: tree, signal: this.controller.signal });
    } catch (e) {
      return; // aborted by a newer comparison, or the network: the run reports the latter
    }
    if (seq !== this.seq) {
      return;
    }
    $('scenarios').hidden = false;
    const error = $('scenarios-error');
    if (r.status === 200) {
      error.hidden = true;
      error.textContent = '';
      this.doc = r.data;
      this.render();
      $('scenarios').dataset.runs = String(Number($('scenarios').dataset.runs || 0) + 1);
    } else {
      const message = r.data && r.data.error
        ? (r.data.error.path ? r.data.error.path + ': ' : '') + errorText(r.data.error)
        : 'HTTP ' + r.status;
      error.textContent = t('sc_error', { message });
      error.hidden = false;
    }
  }

  /** Draws the last comparison again (after a change of language). */
  render() {
    if (!this.doc) {
      return;
    }
    this.table(this.doc.scenarios);
    draw($('chart-scenarios-va'), this.chart(this.doc.scenarios));
  }

  table(list) {
    const head = el('tr', {}, el('td', {}),
      ...list.map((s) => el('th', { scope: 'col', text: s.name })));
    const row = (label, cell, cls) => el('tr', { class: cls },
      el('th', { scope: 'row', text: label }),
      ...list.map((s) => {
        const v = cell(s);
        return v instanceof Node ? el('td', {}, v) : el('td', { text: v });
      }));
    const group = (label) => el('tr', { class: 'row-group' },
      el('th', { scope: 'rowgroup', colspan: String(list.length + 1), text: label }));
    const rows = [
      row(t('sc_kind'), (s) => t('kind_' + s.kind)),
      row(t('sc_horizon'), (s) => t('sc_years', { years: s.years, year: s.exitYear })),
      row(t('sc_pricePaid'), (s) => money(s.pricePaid)),
      row(t('sc_debt'), (s) => money(s.debtAtClosing)),
      group(t('sc_valueAdded')),
      ...VA_KEYS.map((k) => row(t('va_' + k), (s) => percent(s.valueAdded.shareOfTotal[k], 0)
        + ' · ' + moneyShort(s.valueAdded.shares[k]))),
      row(t('sc_vaTotal'), (s) => moneyShort(s.valueAdded.total)),
      row(t('sc_participation'), (s) => money(s.participation.perEmployee)),
      row(t('sc_extracted'), (s) => money(s.cashExtractedDetail.perEmployeeYear)),
      row(t('sc_returns'), (s) => el('span', {}, ...Object.entries(s.returns).map(([name, p]) =>
        el('span', { class: 'party' }, el('span', { class: 'party-name', 'data-party': name,
          text: partyLabel(name, partyRoles(s.returns, s.equityReturns)) }),
          el('span', { text: (p.irr === null ? t('kf_noIrr') : percent(p.irr)) + ' · ' + times(p.moic) }))))),
      row(t('sc_blended'), (s) => {
        const b = s.equityReturns.blended;
        return (b.irr === null ? t('kf_noIrr') : percent(b.irr)) + ' · ' + times(b.moic);
      }),
      row(t('sc_envy'), (s) => {
        const v = s.equityReturns.envyRatio;
        return v.status === 'applicable' ? times(v.ratio)
          : t('sc_envyNone', { reason: t('sc_envy_' + v.status) });
      }),
      row(t('sc_default'), (s) => (s.defaulted ? t('kf_defaultIn', { year: s.firstDefaultYear })
        : t('kf_noDefault'))),
      row(t('sc_covenants'), (s) => (!s.covenants.tested ? t('sc_notTested')
        : s.covenants.breached ? t('sc_breachedIn', { year: s.covenants.minimumHeadroomYear })
          : t('sc_notBreached'))),
    ];
    $('scenarios-table').replaceChildren(
      el('caption', { class: 'visually-hidden', text: t('sc_title') }),
      el('thead', {}, head), el('tbody', {}, ...rows));
  }

  chart(list) {
    return described({
      aria: { enabled: true },
      animationDuration: 250,
      grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
      legend: { top: 0, left: 0, textStyle: { fontSize: 12 } },
      tooltip: { trigger: 'axis', renderMode: 'richText', confine: true,
        valueFormatter: (v) => percent(v) },
      xAxis: { type: 'category', data: list.map((s) => s.name),
        axisLabel: { interval: 0, width: 110, overflow: 'break' } },
      yAxis: { type: 'value', axisLabel: { formatter: (v) => percent(v, 0) } },
      series: VA_KEYS.map((k) => ({
        name: t('va_' + k), type: 'bar', itemStyle: { color: VA_COLORS[k] },
        emphasis: { focus: 'series' },
        data: list.map((s) => s.valueAdded.shareOfTotal[k]),
      })),
    }, t('aria_scenarios', {
      parts: list.map((s) => s.name + ' — ' + VA_KEYS.map((k) => t('va_' + k) + ' '
        + percent(s.valueAdded.shareOfTotal[k], 0)).join(t('listSeparator'))).join(t('groupSeparator')),
    }));
  }
}

// ---------------------------------------------------------------- risk

/**
 * @return true when a simulated scenario has a dividend recapitalisation sized to a target net
 *     leverage, whose paths with no room under the target the job counts (docs/api.md)
 */
function hasNoRoom(s) {
  return hasRecap(s) && s.recapNoRoomProbability !== null && s.recapNoRoomProbability !== undefined;
}

/** @return true when a simulated scenario has a dividend recapitalisation (docs/api.md) */
function hasRecap(s) {
  return s.recapDrawnProbability !== null && s.recapDrawnProbability !== undefined;
}

/**
 * A figure of the risk section: its label, a one-sentence plain-language explanation under it (a
 * visible <small>, as the key figures have), the value and up to two optional notes under it
 * (the second one of class "second").
 */
function riskFigure(id, tone, label, explain, value, note, more) {
  return el('div', { class: 'figure' + (tone ? ' ' + tone : ''), id },
    el('span', { class: 'label', text: label }),
    el('small', { class: 'explain', text: explain }),
    el('span', { class: 'value', text: value }),
    note ? el('span', { class: 'sub', text: note }) : null,
    more ? el('span', { class: 'sub second', text: more }) : null);
}

/** @return true when some of the scenario's paths failed: not viable (docs/risk.md §5) */
const hasFailed = (s) => s.failedPaths > 0;

/** "first failure: path 23: cooperative.seed.buybacks: …", in the page's language. */
function firstFailure(s) {
  const f = s.failure;
  if (!f) {
    return s.firstFailure ? t('risk_firstFailure', { failure: s.firstFailure }) : null;
  }
  const message = errorText(f);
  const reason = f.path ? t('risk_failureReason', { path: f.path, message }) : message;
  return t('risk_firstFailure', { failure: f.index === null || f.index === undefined ? reason
    : t('risk_failedPath', { index: String(f.index), reason }) });
}

/** @return the default probability's bound counting the failed paths as defaults (a sub-line) */
function defaultIfFailed(s) {
  const bound = percent(s.defaultProbabilityIfFailedDefaulted);
  return s.failedPaths === 1 ? t('risk_ifFailedDefaultedOne', { bound })
    : t('risk_ifFailedDefaulted', { bound, n: count(s.failedPaths) });
}

/** @return the jobs at risk's bound counting the failed paths' headcount at risk (a sub-line) */
function jobsIfFailed(s) {
  const params = { bound: count(Math.round(s.expectedJobsAtRiskIfFailedAtRisk)),
    n: count(s.failedPaths), headcount: count(s.headcount) };
  return t(s.failedPaths === 1 ? 'risk_jobsIfFailedOne' : 'risk_jobsIfFailed', params);
}

/**
 * A scenario whose paths failed, under the figures: their share of the paths run with its
 * standard error, the first failure's reason, the default probability and the jobs at risk with
 * the bounds that count the failed paths as their worst case and, above 1 % failed, that its
 * other figures cover the paths computed only (as reprise simulate's text, docs/risk.md §5).
 */
function failedItem(s) {
  const line = (cls, text) => (text ? el('div', { class: cls, text }) : null);
  const one = s.failedPaths === 1;
  const run = s.paths + s.failedPaths;
  return el('li', { class: 'failed', 'data-scenario': s.name },
    line('failed-share', s.name + ' — ' + t('risk_notViable', { p: percent(s.failedProbability),
      n: count(run), se: percent(s.failedStandardError) })),
    line('failed-reason', firstFailure(s)),
    line('failed-default', t(one ? 'risk_failedDefaultOne' : 'risk_failedDefault', {
      p: percent(s.defaultProbability), bound: percent(s.defaultProbabilityIfFailedDefaulted),
      n: count(s.failedPaths) })),
    line('failed-jobs', s.expectedJobsAtRisk === null || s.expectedJobsAtRisk === undefined ? null
      : t(one ? 'risk_failedJobsOne' : 'risk_failedJobs', {
        jobs: count(Math.round(s.expectedJobsAtRisk)),
        bound: count(Math.round(s.expectedJobsAtRiskIfFailedAtRisk)),
        n: count(s.failedPaths), headcount: count(s.headcount) })),
    line('failed-survivors', s.survivorsOnly
      ? t('risk_survivorsOnly', { n: count(s.paths), of: count(run) }) : null));
}

/** The terms of the risk table explained under it: the columns they explain, the text's key. */
const TABLE_TERMS = [
  [['rt_p5', 'rt_p25', 'rt_p50', 'rt_p75', 'rt_p95'], 'rt_percentilesExplain'],
  [['rt_mean'], 'rt_meanExplain'],
  [['rt_pooled'], 'rt_pooledExplain'],
];

/** The "Risk" section: a simulation job, its progress, then its figures and the histogram. */
export class Risk {
  /**
   * @param getRoles (scenario) → the roles of the scenario's parties (parties.js partyRoles), or
   *     null when the page does not know them
   */
  constructor(api, getTree, getRoles = () => null) {
    this.api = api;
    this.getTree = getTree;
    this.getRoles = getRoles;
    this.job = null; // the last job's document
    this.polling = null;
    this.running = false;
    $('sim-paths').value = String(SIM_PATHS);
    $('sim-paths').max = String(SIM_MAX_PATHS);
    $('sim-seed').value = String(SIM_SEED);
    for (const id of ['sim-paths', 'sim-seed']) {
      $(id).addEventListener('input', () => this.settings());
    }
    $('simulate').addEventListener('click', () => this.start());
    $('simulate-stop').addEventListener('click', () => this.stop());
    $('risk-scenario').addEventListener('change', () => this.histogram());
  }

  /** Texts in the page's language. */
  render() {
    this.settings();
    if (this.job) {
      this.show(this.job);
    }
  }

  /**
   * Reads the number of paths and the seed, flags a wrong value under its field (in the page's
   * language) and labels the button with the number of paths.
   * @return {paths, seed} as the server takes them, or null when one of them is wrong
   */
  settings() {
    const pathsInput = $('sim-paths');
    const seedInput = $('sim-seed');
    const paths = pathsInput.validity.badInput ? NaN : Number(pathsInput.value.trim() || NaN);
    const seed = seedInput.validity.badInput ? NaN : Number(seedInput.value.trim() || NaN);
    const pathsOk = Number.isInteger(paths) && paths >= 1 && paths <= SIM_MAX_PATHS;
    const seedOk = Number.isSafeInteger(seed);
    this.flag(pathsInput, $('sim-paths-error'),
      pathsOk ? null : t('risk_pathsError', { max: count(SIM_MAX_PATHS) }));
    this.flag(seedInput, $('sim-seed-error'), seedOk ? null : t('risk_seedError'));
    $('simulate').textContent = pathsOk ? t('risk_button', { n: count(paths) })
      : t('risk_buttonPlain');
    return pathsOk && seedOk ? { paths, seed } : null;
  }

  /** Shows {@code message} under a field (or hides it when null). */
  flag(input, error, message) {
    error.textContent = message || '';
    error.hidden = !message;
    if (message) {
      input.setAttribute('aria-invalid', 'true');
    } else {
      input.removeAttribute('aria-invalid');
    }
  }

  /** The deal changed: mark the figures as those of an earlier version. */
  dealChanged() {
    if (this.job && !this.running) {
      $('risk-stale').hidden = false;
    }
  }

  /** A new deal was loaded: forget the last simulation. */
  reset() {
    this.job = null;
    this.stopPolling();
    this.running = false;
    $('risk-results').hidden = true;
    $('risk-stale').hidden = true;
    $('sim-progress').hidden = true;
    $('simulate-stop').hidden = true;
    $('simulate').disabled = false;
    $('sim-state').textContent = '';
  }

  async start() {
    const tree = this.getTree();
    const settings = this.settings();
    if (!tree || this.running) {
      return;
    }
    if (!settings) {
      $('sim-state').textContent = '';
      return;
    }
    this.running = true;
    $('simulate').disabled = true;
    $('sim-state').textContent = t('risk_starting');
    $('sim-progress').value = 0;
    $('sim-progress').hidden = false;
    let r;
    try {
      r = await this.api('POST', 'api/simulate?paths=' + encodeURIComponent(settings.paths)
        + '&seed=' + encodeURIComponent(settings.seed), { json: tree });
    } catch (e) {
      this.failed(t('networkError'));
      return;
    }
    if (r.status !== 202) {
      const e = r.data && r.data.error;
      if (e && (e.path === 'paths' || e.path === 'seed')) {
        this.flag($('sim-' + e.path), $('sim-' + e.path + '-error'), errorText(e));
      }
      this.failed(e ? (e.path ? e.path + ': ' : '') + errorText(e) : 'HTTP ' + r.status);
      return;
    }
    this.id = r.data.id;
    $('simulate-stop').hidden = false;
    this.progress(r.data);
    this.polling = window.setTimeout(() => this.poll(), POLL_MS);
  }

  async stop() {
    if (this.id && this.running) {
      try {
        await this.api('DELETE', 'api/jobs/' + this.id);
      } catch (e) {
        // the next poll tells
      }
    }
  }

  stopPolling() {
    window.clearTimeout(this.polling);
    this.polling = null;
  }

  async poll() {
    let r;
    try {
      r = await this.api('GET', 'api/jobs/' + this.id);
    } catch (e) {
      this.failed(t('networkError'));
      return;
    }
    if (r.status !== 200) {
      this.failed(r.data && r.data.error ? errorText(r.data.error) : 'HTTP ' + r.status);
      return;
    }
    const job = r.data;
    this.progress(job);
    if (job.status === 'running') {
      this.polling = window.setTimeout(() => this.poll(), POLL_MS);
      return;
    }
    this.running = false;
    $('simulate').disabled = false;
    $('simulate-stop').hidden = true;
    if (job.status === 'failed') {
      this.failed(job.error ? (job.error.path ? job.error.path + ': ' : '') + errorText(job.error)
        : '');
      return;
    }
    this.job = job;
    $('risk').dataset.job = job.id;
    $('risk-stale').hidden = true;
    this.show(job);
    $('risk').dataset.jobs = String(Number($('risk').dataset.jobs || 0) + 1);
  }

  progress(job) {
    $('sim-progress').value = job.progress;
    $('sim-progress').hidden = job.status !== 'running';
    if (job.status === 'running') {
      $('sim-state').textContent = t('risk_running', { p: percent(job.progress, 0) });
    }
  }

  failed(message) {
    this.stopPolling();
    this.running = false;
    $('simulate').disabled = false;
    $('simulate-stop').hidden = true;
    $('sim-progress').hidden = true;
    $('sim-state').textContent = t('risk_failed', { message });
  }

  /**
   * Shows a finished job: figures of the first scenario, the table, the histogram. A job stopped
   * early (Stop, the time limit) says how many paths each scenario has, marks a scenario stopped
   * part-way and names those not reached (the job's scenarioNames beyond its result).
   */
  show(job) {
    const result = job.result;
    const seconds = count(Math.round(job.elapsedMillis / 100) / 10);
    const reached = result.scenarios.length;
    const missing = (job.scenarioNames || []).slice(reached);
    let state;
    if (result.complete) {
      state = t('risk_done', { n: count(job.paths), s: seconds, seed: String(job.seed) });
    } else {
      const done = result.scenarios.map((s) => t(s.complete ? 'risk_scenarioPaths'
        : 'risk_scenarioPartial', { name: s.name, n: count(s.paths), of: count(job.paths) }));
      state = t('risk_doneSome', { s: seconds, seed: String(job.seed) }) + ' '
        + (done.length ? done.join(t('listSeparator')) + '.' : t('risk_noneDone'));
      if (missing.length) {
        state += ' ' + t('risk_notReached', { names: missing.join(t('listSeparator')) });
      }
      state += ' ' + t(result.timedOut ? 'risk_timedOut' : 'risk_stopped');
    }
    $('sim-state').textContent = state;
    const list = result.scenarios;
    if (!list.length) {
      $('risk-results').hidden = true;
      return;
    }
    $('risk-results').hidden = false;
    const main = list.find((s) => s.kind !== 'status-quo') || list[0];
    const bad = (p) => (p !== null && p >= 0.05 ? 'bad' : 'good');
    const note = t('risk_defaultNote', { year: main.exitYear })
      // its Monte Carlo error beside it (review 16, finding 9)
      + (main.defaultStandardError === null || main.defaultStandardError === undefined ? ''
        : ' · ' + t('risk_standardError', { se: percent(main.defaultStandardError) }))
      + (main.exitShortfallProbability > 0
        ? ' · ' + t('risk_exitOnly', { p: percent(main.exitShortfallProbability) }) : '')
      + (main.complete ? ''
        : ' · ' + t('risk_partialNote', { n: count(main.paths), of: count(job.paths) }));
    $('risk-figures').replaceChildren(...[
      // with failed (not viable) paths, the bound that counts them as defaults under it
      riskFigure('rf-default', bad(main.defaultProbability),
        t('risk_default', { scenario: main.name }), t('risk_defaultExplain'),
        percent(main.defaultProbability), note, hasFailed(main) ? defaultIfFailed(main) : null),
      riskFigure('rf-breach', null, t('risk_breach'), t('risk_breachExplain'),
        main.covenantBreachProbability === null ? t('risk_noCovenant')
          : percent(main.covenantBreachProbability)),
      riskFigure('rf-jobs', null, t('risk_jobs'), t('risk_jobsExplain'),
        main.expectedJobsAtRisk === null ? '–' : count(Math.round(main.expectedJobsAtRisk)),
        // the part of the paths that default only at the exit, beside the total (risk.md §5):
        // a sale, or a valuation where nobody sells (a SCOP, a company its owners keep)
        main.expectedJobsAtRiskAtExitOnly >= 0.5
          ? t(main.soldAtExit === false ? 'risk_jobsExitOnlyValued' : 'risk_jobsExitOnly',
            { n: count(Math.round(main.expectedJobsAtRiskAtExitOnly)) })
          : null,
        hasFailed(main) && main.expectedJobsAtRisk !== null ? jobsIfFailed(main) : null),
      // a dividend recapitalisation (methodology §5.13): how often the lenders lend it
      // and, sized to a target leverage, how often it finds no room under the target: neither
      // drawn nor refused (the job gives the share only for such a recap, as reprise simulate)
      hasRecap(main)
        ? riskFigure('rf-recap', null, t('risk_recap'), t('risk_recapExplain'),
          percent(main.recapDrawnProbability),
          t('risk_recapRefused', { p: percent(main.recapRefusedProbability) }),
          hasNoRoom(main) ? t('risk_recapNoRoom', { p: percent(main.recapNoRoomProbability) })
            : null)
        : null,
    ].filter((f) => f !== null));
    // the scenarios with failed (not viable) paths, each said beside the figures; nothing when
    // no path failed
    const failed = list.filter(hasFailed);
    $('risk-failed').replaceChildren(...failed.map(failedItem));
    $('risk-failed').hidden = !failed.length;
    this.table(list, missing, job.paths);
    const select = $('risk-scenario');
    const chosen = select.value;
    select.replaceChildren(...list.map((s, i) => el('option', { value: String(i), text: s.name })));
    select.value = chosen && Number(chosen) < list.length ? chosen : String(list.indexOf(main));
    select.parentElement.hidden = list.length < 2;
    this.histogram();
  }

  /**
   * The table per scenario: paths (marked when the scenario was stopped part-way), default and
   * breach probabilities, the first shareholder's IRR percentiles (the shareholder named by its
   * role when the page knows it); a row for each scenario the job did not reach. Under the table,
   * one plain-language sentence per statistic (percentiles, mean, pooled), which the column
   * headers point to (aria-describedby).
   */
  table(list, missing = [], asked = null) {
    // the recap column only when a scenario has a dividend recapitalisation
    const recap = list.some(hasRecap);
    // the not-viable column, and the default's bound in brackets, only when some scenario has
    // failed paths (as reprise simulate's side-by-side table, docs/risk.md §5)
    const failed = list.some(hasFailed);
    const cols = ['rt_scenario', 'rt_paths', ...(failed ? ['rt_failed'] : []), 'rt_default',
      'rt_breach', ...(recap ? ['rt_recap'] : []), 'rt_party', 'rt_p5', 'rt_p25', 'rt_p50',
      'rt_p75', 'rt_p95', 'rt_mean', 'rt_pooled'];
    const explained = (k) => TABLE_TERMS.findIndex(([keys]) => keys.includes(k));
    const describedBy = (k) => {
      if (failed && (k === 'rt_failed' || k === 'rt_default')) {
        return 'risk-term-failed';
      }
      return explained(k) < 0 ? null : 'risk-term-' + explained(k);
    };
    const head = el('tr', {}, ...cols.map((k) => el('th', { scope: 'col', text: t(k),
      'aria-describedby': describedBy(k) })));
    const rows = list.map((s) => {
      const irr = s.irr.length ? s.irr[0] : null;
      const pct = (k) => el('td', { class: 'num', text: irr ? percent(irr[k]) : '–' });
      const paths = s.complete ? count(s.paths)
        : t('rt_partial', { n: count(s.paths), of: count(asked) });
      return el('tr', { 'data-scenario': s.name, class: s.complete ? null : 'partial' },
        el('th', { scope: 'row', text: s.name }),
        el('td', { class: 'num', text: paths }),
        failed ? el('td', { class: 'num failed', text: percent(s.failedProbability) }) : null,
        el('td', { class: 'num default', text: hasFailed(s)
          ? percent(s.defaultProbability) + ' (' + percent(s.defaultProbabilityIfFailedDefaulted)
            + ')'
          : percent(s.defaultProbability) }),
        el('td', { class: 'num breach', text: s.covenantBreachProbability === null
          ? t('risk_noCovenant') : percent(s.covenantBreachProbability) }),
        recap ? el('td', { class: 'num recap',
          text: hasRecap(s) ? percent(s.recapDrawnProbability) : '–' }) : null,
        el('td', { 'data-party': irr ? irr.party : null,
          text: irr ? partyLabel(irr.party, this.getRoles(s)) : '–' }),
        pct('p5'), pct('p25'), pct('p50'), pct('p75'), pct('p95'), pct('mean'), pct('pooled'));
    });
    for (const name of missing) {
      rows.push(el('tr', { 'data-scenario': name, class: 'not-reached' },
        el('th', { scope: 'row', text: name }),
        el('td', { colspan: String(cols.length - 1), text: t('rt_notReached') })));
    }
    $('risk-table').replaceChildren(el('caption', { text: t('rt_caption') }),
      el('thead', {}, head), el('tbody', {}, ...rows));
    // the shown party's paths whose flows have no single IRR (ranked at their annualised
    // multiple by the simulator, docs/risk.md §5), said under the table when there are some
    const substituted = list.filter((s) => s.irr.length && s.irr[0].substituted > 0)
      .map((s) => el('li', { class: 'substituted', 'data-scenario': s.name },
        el('small', { class: 'note', text: t(s.irr[0].substituted === 1 ? 'rt_substitutedOne'
          : 'rt_substituted', {
          // named with its scenario: two scenarios may have the same party (review 16, finding 9)
          party: list.length > 1 ? s.name + ', ' + partyLabel(s.irr[0].party, this.getRoles(s))
            : partyLabel(s.irr[0].party, this.getRoles(s)),
          n: count(s.irr[0].substituted),
          share: percent(s.irr[0].substituted / s.paths) }) })));
    // with failed paths, what the not-viable column and the brackets say (risk-term-failed)
    const failedNote = failed ? [el('li', { class: 'failed-note' },
      el('small', { class: 'note', id: 'risk-term-failed', text: t('rt_failedExplain') }))] : [];
    $('risk-terms').replaceChildren(...TABLE_TERMS.map(([, key], i) => el('li', {},
      el('small', { class: 'explain', id: 'risk-term-' + i, text: t(key) }))), ...failedNote,
    ...substituted);
    this.exitTable(list);
  }

  /**
   * Where the simulation is centred, as `reprise simulate` prints it: per scenario, the exit
   * year's revenue and EBITDA in the plan (the deterministic run), their median and mean over the
   * paths, and the gap of each to the plan (– when the plan is not positive).
   */
  exitTable(list) {
    const cols = ['re_scenario', 're_exit', 're_plan', 're_p50', 're_mean', 're_p50VsPlan',
      're_meanVsPlan'];
    const head = el('tr', {}, ...cols.map((k) => el('th', { scope: 'col', text: t(k) })));
    const gap = (value, plan) => {
      if (value === null || plan === null || !(plan > 0)) {
        return '–';
      }
      const x = value / plan - 1;
      return (x > 0 ? '+' : '') + percent(x);
    };
    const rows = [];
    for (const s of list) {
      const figures = [['revenue', 're_revenue'], ['ebitda', 're_ebitda']];
      figures.forEach(([key, label], i) => {
        const f = (s.exit && s.exit[key]) || { base: null, p50: null, mean: null };
        rows.push(el('tr', { 'data-scenario': s.name, 'data-figure': key },
          i === 0 ? el('th', { scope: 'rowgroup', rowspan: figures.length, text: s.name }) : null,
          el('th', { scope: 'row', text: t(label, { year: s.exitYear }) }),
          el('td', { class: 'num', text: money(f.base) }),
          el('td', { class: 'num', text: money(f.p50) }),
          el('td', { class: 'num', text: money(f.mean) }),
          el('td', { class: 'num', text: gap(f.p50, f.base) }),
          el('td', { class: 'num', text: gap(f.mean, f.base) })));
      });
    }
    $('risk-exit').replaceChildren(el('caption', { text: t('re_caption') }),
      el('thead', {}, head), el('tbody', {}, ...rows));
  }

  histogram() {
    if (!this.job) {
      return;
    }
    const list = this.job.result.scenarios;
    const s = list[Number($('risk-scenario').value) || 0] || list[0];
    const h = s.histogram;
    const figure = $('panel-irr-hist');
    if (!h || !h.counts.length) {
      figure.hidden = true;
      return;
    }
    figure.hidden = false;
    const irr = s.irr.find((p) => p.party === h.party);
    const loss = irr && irr.count ? irr.totalLoss / irr.count : 0;
    const roles = this.getRoles(s);
    const party = partyLabel(h.party, roles, 'of');
    $('title-irr-hist').textContent = t('risk_hist', { party });
    $('note-irr-hist').textContent = t('risk_histNote', { loss: percent(loss, 0) });
    const labels = h.counts.map((c, i) => percent(h.edges[i], 0) + ' – ' + percent(h.edges[i + 1], 0));
    draw($('chart-irr-hist'), described({
      animationDuration: 250,
      grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis', renderMode: 'richText', confine: true },
      xAxis: { type: 'category', data: labels, axisLabel: { rotate: 45, fontSize: 10 } },
      yAxis: { type: 'value', name: t('risk_paths'), nameTextStyle: { align: 'left' } },
      series: [{
        name: t('risk_paths'), type: 'bar', barCategoryGap: '5%',
        data: h.counts.map((c, i) => ({
          value: c,
          itemStyle: { color: h.edges[i + 1] <= 0 ? '#d1603d' : '#1f5f99' },
        })),
      }],
    }, t('aria_hist', {
      party, n: count(irr ? irr.count : null), p50: percent(irr ? irr.p50 : null),
      p5: percent(irr ? irr.p5 : null), p95: percent(irr ? irr.p95 : null),
      loss: percent(loss, 0),
    })));
  }
}
