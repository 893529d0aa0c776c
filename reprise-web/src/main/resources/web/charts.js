// Reprise: the result charts, drawn with ECharts (served from the WebJar, global `echarts`).
// Tooltips are drawn on the canvas (renderMode 'richText'): no HTML is built from the deal's
// names, and the Content-Security-Policy needs no inline style.

import { t, moneyTick, moneyShort, money, percent, times } from './i18n.js';
import { partyLabel } from './parties.js';

const COLORS = ['#1f5f99', '#d1603d', '#2e8b57', '#8a5cb8', '#c9a227', '#4a9fb5', '#a0522d',
  '#708090', '#b5487a', '#5b8c2a'];
const CATEGORY_COLORS = {
  employees: '#2e8b57', state: '#4a6fa5', lenders: '#d1603d', shareholders: '#8a5cb8',
  company: '#c9a227', reinvestment: '#c9a227',
};

const PANELS = [
  { id: 'debt', title: 'ch_debt', note: 'ch_debtNote' },
  { id: 'cash', title: 'ch_cash', note: 'ch_cashNote' },
  { id: 'va', title: 'ch_va', note: 'ch_vaNote' },
  { id: 'returns', title: 'ch_returns', note: 'ch_returnsNote' },
  { id: 'covenants', title: 'ch_covenants', note: 'ch_covenantsNote' },
];

function el(tag, props, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props || {})) {
    if (k === 'text') {
      node.textContent = v;
    } else if (k === 'class') {
      node.className = v;
    } else {
      node.setAttribute(k, v);
    }
  }
  node.append(...children);
  return node;
}

function base() {
  return {
    color: COLORS,
    aria: { enabled: true },
    animationDuration: 250,
    animationDurationUpdate: 250,
    grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
    legend: { top: 0, left: 0, itemGap: 12, textStyle: { fontSize: 12 } },
    tooltip: { trigger: 'axis', renderMode: 'richText', confine: true },
  };
}

/**
 * @return the height the legend needs at the top of a chart of the given width: a plain legend
 *     wraps, so count the lines (about 7 px a character, plus the symbol and the gap)
 */
function legendHeight(names, width) {
  let lines = 1;
  let used = 0;
  for (const name of names) {
    const w = 25 + 12 + 8 * String(name).length;
    if (used > 0 && used + w > width) {
      lines += 1;
      used = 0;
    }
    used += w;
  }
  return lines * 22 + 12;
}

/** Puts the legend of a chart's series above its plot, with room for every line. */
function withLegend(option, width) {
  const names = option.series.map((s) => s.name);
  option.grid = { ...option.grid, top: legendHeight(names, width) };
  return option;
}

/**
 * Gives a chart the short description a screen reader reads (its aria-label), in the page's
 * language with formatted figures, instead of ECharts' English text with the raw data.
 */
export function described(option, description) {
  option.aria = { enabled: true, label: { enabled: true, description } };
  return option;
}

const total = (values) => values.reduce((a, v) => a + (Number.isFinite(v) ? v : 0), 0);

function moneyAxis() {
  return { type: 'value', axisLabel: { formatter: (v) => moneyTick(v), hideOverlap: true } };
}

/** The five charts of the results. */
export class Charts {
  constructor(container) {
    this.container = container;
    this.panels = {};
    this.instances = {};
    this.revision = 0;
    for (const p of PANELS) {
      const chart = el('div', { class: 'chart', id: 'chart-' + p.id, role: 'img' });
      const title = el('h3', { id: 'title-' + p.id });
      const note = el('p', { class: 'note' });
      const figure = el('figure', { class: 'panel', id: 'panel-' + p.id }, title, note, chart);
      container.append(figure);
      this.panels[p.id] = { figure, title, note, chart, spec: p };
    }
    window.addEventListener('resize', () => this.resize());
  }

  resize() {
    for (const chart of Object.values(this.instances)) {
      chart.resize();
    }
  }

  /**
   * Draws every chart for a result of POST /api/run.
   * @param roles the roles of its parties (parties.js partyRoles), for the descriptions
   */
  update(r, roles = null) {
    this.revision += 1;
    const exitYear = r.deal.exitYear;
    const years = r.years.filter((y) => y.year <= exitYear);
    const holding = r.whoPays ? r.whoPays.years : years.length;
    for (const p of Object.values(this.panels)) {
      p.title.textContent = t(p.spec.title);
      p.note.textContent = t(p.spec.note, { years: holding });
      p.chart.setAttribute('aria-labelledby', 'title-' + p.spec.id);
    }
    this.draw('debt', this.debt(r, years));
    this.draw('cash', this.cash(years));
    const va = r.whoPays ? (r.whoPays.groupValueAdded || r.whoPays.valueAdded) : null;
    this.draw('va', va ? this.valueAdded(va) : null);
    this.draw('returns', this.returns(r.returns, roles));
    this.draw('covenants', this.covenants(years));
  }

  draw(id, option) {
    const panel = this.panels[id];
    panel.figure.hidden = option === null;
    if (option === null) {
      return;
    }
    let chart = this.instances[id];
    if (!chart) {
      chart = echarts.init(panel.chart, null, { renderer: 'canvas' });
      this.instances[id] = chart;
    }
    const width = panel.chart.clientWidth || 600;
    if (option.legend && option.legend.show !== false) {
      withLegend(option, width);
    }
    if (width < 500) {
      // A phone: fewer value-axis labels, so that they do not run into each other.
      for (const axis of [option.xAxis, option.yAxis]) {
        if (axis && axis.type === 'value') {
          axis.splitNumber = 3;
        }
      }
    }
    chart.setOption(option, { notMerge: true });
    panel.chart.dataset.revision = String(this.revision);
  }

  debt(r, years) {
    const labels = [t('closing'), ...years.map((y) => String(y.year))];
    const series = r.debtSchedules.map((s) => ({
      name: s.name, type: 'bar', stack: 'debt', emphasis: { focus: 'series' },
      data: [s.opening[0], ...years.map((y, i) => s.closing[i])],
    }));
    series.push({
      name: t('netDebt'), type: 'line', symbolSize: 7, z: 5,
      lineStyle: { width: 2.5, color: '#222' }, itemStyle: { color: '#222' },
      data: [null, ...years.map((y) => y.netDebt)],
    });
    const last = years.length - 1;
    const exit = last >= 0 ? years[last] : null;
    return described({
      ...base(),
      tooltip: { ...base().tooltip, valueFormatter: (v) => money(v) },
      xAxis: { type: 'category', data: labels },
      yAxis: moneyAxis(),
      series,
    }, t('aria_debt', {
      closing: moneyShort(total(r.debtSchedules.map((s) => s.opening[0]))),
      exit: moneyShort(total(r.debtSchedules.map((s) => s.closing[last]))),
      net: moneyShort(exit ? exit.netDebt : null), year: exit ? exit.year : '',
    }));
  }

  cash(years) {
    const parts = [
      ['employees', 'c_employees', (y) => y.personnelCosts + (y.participationPaid || 0) + (y.workSharePaid || 0)],
      ['state', 'c_state', (y) => y.otherTaxes + y.incomeTax],
      ['lenders', 'c_lenders', (y) => y.cashInterest + y.commitmentFees + y.mandatoryRepayment + y.sweep],
      // a SCOP's buybacks of its outside members' shares are paid to owners too (methodology §10)
      ['shareholders', 'c_shareholders', (y) => y.distributions + (y.buybacks || 0)],
      ['reinvestment', 'c_reinvestment', (y) => y.capex + y.changeInWorkingCapital],
    ];
    return described({
      ...base(),
      tooltip: { ...base().tooltip, valueFormatter: (v) => money(v) },
      xAxis: { type: 'category', data: years.map((y) => String(y.year)) },
      yAxis: moneyAxis(),
      series: parts.map(([key, label, f]) => ({
        name: t(label), type: 'bar', stack: 'cash', itemStyle: { color: CATEGORY_COLORS[key] },
        emphasis: { focus: 'series' }, data: years.map(f),
      })),
    }, t('aria_cash', {
      years: years.length,
      parts: parts.map(([, label, f]) => t(label) + ' ' + moneyShort(total(years.map(f))))
        .join(t('listSeparator')),
    }));
  }

  valueAdded(va) {
    const keys = ['employees', 'state', 'lenders', 'shareholders', 'company'];
    const sum = va.total;
    return described({
      ...base(),
      legend: { show: false },
      grid: { ...base().grid, top: 8, right: 48 },
      tooltip: { trigger: 'item', renderMode: 'richText', confine: true },
      xAxis: moneyAxis(),
      yAxis: { type: 'category', inverse: true, data: keys.map((k) => t('va_' + k)) },
      series: [{
        type: 'bar', name: t('ch_va'),
        data: keys.map((k) => ({ value: va[k], itemStyle: { color: CATEGORY_COLORS[k] } })),
        label: {
          show: true, position: 'right',
          formatter: (p) => percent(sum ? p.value / sum : null, 0),
        },
        tooltip: { valueFormatter: (v) => money(v) },
      }],
    }, t('aria_va', {
      total: moneyShort(sum),
      parts: keys.map((k) => t('va_' + k) + ' ' + percent(sum ? va[k] / sum : null, 0) + ' ('
        + moneyShort(va[k]) + ')').join(t('listSeparator')),
    }));
  }

  /** The IRR per party; the axis keeps the deal's names, the description names the roles. */
  returns(returns, roles) {
    const parties = Object.entries(returns);
    return described({
      ...base(),
      legend: { show: false },
      grid: { ...base().grid, top: 8, right: 56 },
      tooltip: { trigger: 'item', renderMode: 'richText', confine: true },
      xAxis: { type: 'value', axisLabel: { formatter: (v) => percent(v, 0), hideOverlap: true } },
      yAxis: { type: 'category', inverse: true, data: parties.map(([name]) => name) },
      series: [{
        type: 'bar', name: t('irr'),
        data: parties.map(([, p], i) => ({
          value: p.irr, itemStyle: { color: COLORS[i % COLORS.length] },
        })),
        label: {
          show: true, position: 'right',
          formatter: (p) => (parties[p.dataIndex][1].moic === null ? ''
            : times(parties[p.dataIndex][1].moic)),
        },
        tooltip: { valueFormatter: (v) => percent(v) },
      }],
    }, t('aria_returns', {
      parts: parties.map(([name, p]) => partyLabel(name, roles, 'the') + ' '
        + (p.irr === null ? t('kf_noIrr') : percent(p.irr))
        + (p.moic === null ? '' : ' (' + times(p.moic) + ')')).join(t('listSeparator')),
    }));
  }

  covenants(years) {
    const lines = [
      ['cov_leverage', 'leverageHeadroom'],
      ['cov_interest', 'interestCoverHeadroom'],
      ['cov_dscr', 'debtServiceCoverHeadroom'],
    ].filter(([, f]) => years.some((y) => y[f] !== null && y[f] !== undefined));
    if (!lines.length) {
      return null;
    }
    const lowest = lines.map(([label, f]) => {
      const tested = years.filter((y) => y[f] !== null && y[f] !== undefined);
      const min = tested.reduce((a, y) => (y[f] < a[f] ? y : a), tested[0]);
      return t('aria_covLowest', { name: t(label), headroom: percent(min[f]), year: min.year });
    });
    const broken = years.filter((y) => y.covenantBreach).map((y) => y.year);
    return described({
      ...base(),
      tooltip: { ...base().tooltip, valueFormatter: (v) => percent(v) },
      xAxis: { type: 'category', data: years.map((y) => String(y.year)) },
      yAxis: { type: 'value', axisLabel: { formatter: (v) => percent(v, 0) } },
      series: lines.map(([label, f], i) => ({
        name: t(label), type: 'line', symbolSize: 7, connectNulls: false,
        data: years.map((y) => y[f]),
        markLine: i === 0 ? {
          silent: true, symbol: 'none', lineStyle: { color: '#b00020', type: 'dashed' },
          label: { formatter: t('breach'), position: 'insideEndTop', color: '#b00020' },
          data: [{ yAxis: 0 }],
        } : undefined,
      })),
    }, t('aria_covenants', { parts: lowest.join(t('listSeparator')) }) + ' '
      + (broken.length ? t('kf_covBroken', { years: broken.join(', ') }) : t('kf_covKept')) + '.');
  }
}
