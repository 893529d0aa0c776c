// Reprise: the deal editor. Builds a form from the deal's JSON tree (the keys of
// docs/deal-format.md), writes every edit back into the tree, and shows the API's errors next to
// the field whose path they name (financing.debt[1].rate). Text goes in with textContent only.

import { t, keyLabel, pathLabel, choiceLabel, plainNumber, currentLang } from './i18n.js';

// Top-level keys, the section each goes to, in order.
const SECTIONS = [
  ['company', ['name', 'source', 'kind', 'company']],
  ['projections', ['projections']],
  ['transaction', ['transaction']],
  ['structure', ['structure']],
  ['financing', ['financing']],
  ['tax', ['tax']],
  ['covenants', ['covenants']],
  ['exit', ['exit']],
  ['fund', ['fund']],
  ['personalTax', ['personalTax']],
  ['other', ['conventions', 'participation', 'cooperative']],
];

// Kept in the tree as written, not shown as fields.
const KEPT = ['scenarios', 'chain', 'statusQuo', 'risk'];
const HIDDEN = ['reprise'];

// Keys whose value is always text.
const TEXT_KEYS = new Set([
  'name', 'source', 'holder', 'lender', 'closingDate', 'pariPassu', 'beneficiary', 'investor',
]);

// Lists of names, typed as text separated by ";" (by normalised path).
const TEXT_LISTS = new Set(['personalTax.holders']);

// Choices, by normalised path (list indexes as []).
const CHOICES = {
  kind: ['fund-lbo', 'employee-lbo', 'scop', 'status-quo'],
  'transaction.price.of': ['ltm', 'forward'],
  'exit.value.of': ['ltm', 'forward'],
  'structure.type': ['holding', 'pushdown'],
  'financing.equity[].type': ['ordinary', 'preferred', 'shareholder-loan'],
  'financing.equity[].role': ['sponsor', 'management', 'co-investor'],
  'financing.debt[].type': ['term', 'revolver', 'vendor-loan'],
  'financing.debt[].borrower': ['holding', 'opco'],
  'tax.preset': ['france', 'generic'],
  'conventions.interest': ['average', 'opening'],
  'financing.sweepBasis': ['cash', 'excessCashFlow'],
  'financing.sweepLeverage': ['total', 'senior'],
  'participation.blockedAccounts.interest': ['paid', 'capitalised'],
  'participation.baseYearReserveRegime': ['deal', 'preDeal'],
  'financing.debt[].hedge.type': ['swap', 'cap'],
  'financing.ratchet.test': ['multiple', 'irr'],
  'fund.feeBasis': ['committed', 'invested'],
};

/** @return every value of the drop-down lists, once each */
export function choiceValues() {
  return [...new Set(Object.values(CHOICES).flat())];
}

// Words accepted where a number is expected.
const WORDS = new Set(['balance']);

/**
 * @return the equity holder whose flows the fund's terms split (docs/deal-format.md fund.holder):
 *     the one the section names, else `fund` when a class has it, else the sponsor's, else the
 *     first holder
 */
function fundHolder(tree) {
  if (tree.fund && typeof tree.fund.holder === 'string' && tree.fund.holder) {
    return tree.fund.holder;
  }
  const equity = (tree.financing && Array.isArray(tree.financing.equity)) ? tree.financing.equity : [];
  const holders = equity.filter((c) => c && typeof c.holder === 'string' && c.holder);
  const sponsor = holders.find((c) => c.role === 'sponsor');
  return holders.some((c) => c.holder === 'fund') ? 'fund'
    : sponsor ? sponsor.holder : holders.length ? holders[0].holder : 'fund';
}

/**
 * @return the equity holders that are likely individuals: every holder of an equity class but the
 *     fund's and a class whose role is the sponsor (the people a personalTax section taxes)
 */
function individualHolders(tree) {
  const equity = (tree.financing && Array.isArray(tree.financing.equity)) ? tree.financing.equity : [];
  // without a fund section, the holder named `fund` (an employee buyout has none)
  const fund = tree.fund ? fundHolder(tree) : 'fund';
  const out = [];
  for (const c of equity) {
    if (c && typeof c.holder === 'string' && c.holder && c.holder !== fund
      && c.role !== 'sponsor' && !out.includes(c.holder)) {
      out.push(c.holder);
    }
  }
  return out;
}

/**
 * @return the year a dividend recapitalisation starts from: the third year of the hold (the
 *     earliest allowed is the second, docs/deal-format.md drawnIn), at most the exit year
 */
function recapYear(tree) {
  const base = tree.company && Number.isInteger(tree.company.baseYear) ? tree.company.baseYear : 2025;
  const exit = tree.exit && Number.isInteger(tree.exit.year) ? tree.exit.year : base + 5;
  return Math.max(base + 2, Math.min(base + 3, exit));
}

// The settings that can be added to each object, with the value they start from (a function of
// the deal's tree when it depends on the deal).
const SCHEMA = {
  '': {
    name: '', source: '', projections: {}, structure: {}, tax: {}, covenants: {}, conventions: {},
    participation: {}, fund: {},
    // the individuals' exit tax (docs/deal-format.md personalTax): the holders other than the fund;
    // a salary rate only when a class is a management package (it has no default)
    personalTax: (tree) => {
      const section = { holders: individualHolders(tree) };
      const equity = (tree.financing && tree.financing.equity) || [];
      if (Array.isArray(equity) && equity.some((c) => c && c.managementPackage === true)) {
        section.salaryRate = '45%';
      }
      return section;
    },
  },
  // the usual rates (docs/deal-format.md personalTax): the 31.4 % flat tax, the top bracket, 10 %
  personalTax: {
    holders: individualHolders, capitalGainsRate: '31.4%', salaryRate: '45%',
    salaryContribution: '10%',
  },
  company: { name: '', headcount: 100, baseYear: 2025, actuals: { revenue: 1000000 } },
  'company.actuals': {
    revenue: 0, purchases: 0, externalCharges: 0, otherTaxes: 0, personnelCosts: 0,
    depreciation: 0, capex: 0, netWorkingCapital: 0, cash: 0, financialDebt: 0, bookEquity: 0,
    distributableReserves: 0, taxLosses: 0,
  },
  projections: {
    revenue: { growth: '0%' }, inflation: '2%', depreciation: { shareOfRevenue: '5%' },
    capex: { shareOfRevenue: '5%' }, workingCapital: { shareOfRevenue: '20%' }, minimumCash: 0,
    interestOnCash: '0%',
  },
  transaction: {
    price: { multiple: 6, of: 'ltm' }, refinanceExistingDebt: true, fees: 0,
    cashToBalanceSheet: 0, closingDate: '',
  },
  structure: { type: 'holding', taxGroup: true, holdingCosts: 0, mergedEquity: 0, sharePremium: 0 },
  financing: {
    equity: [], debt: [], cashSweep: '0%', sweepBasis: 'cash', distributions: '0%',
    distributionLockUp: true, distributionMaxLeverage: 3, distributionMinDebtServiceCover: 1.2,
    distributionBlockedAfterBreach: false, sweepLeverage: 'total', ratchet: {
      beneficiary: 'management', test: 'multiple', tiers: [{ atLeast: 2, ownership: '20%' }],
    },
  },
  // a management ratchet (docs/deal-format.md, financing.ratchet): the usual holder names
  'financing.ratchet': {
    beneficiary: 'management', investor: 'fund', test: 'multiple',
    tiers: [{ atLeast: 2, ownership: '20%' }],
  },
  'financing.equity[]': {
    name: '', holder: '', type: 'ordinary', amount: 0, coupon: '0%', ownership: '0%',
    role: 'sponsor', managementPackage: true,
  },
  'financing.debt[]': {
    name: '', lender: '', type: 'term', borrower: 'holding', amount: 0, rate: '5%', pik: '0%',
    upfrontFee: '0%', repayment: { linear: 5 }, sweep: true, sweepOrder: 1, pariPassu: 'senior',
    prepaymentFee: '0%', hedge: { type: 'swap', share: '75%', rate: '2.5%', years: 3 },
    // a dividend recapitalisation (docs/deal-format.md drawnIn) and the lenders' usual test
    drawnIn: recapYear, drawMaxNetLeverage: 4,
  },
  // a swap takes a rate, a cap a strike and a premium (docs/deal-format.md, hedge)
  'financing.debt[].hedge': {
    type: 'swap', share: '75%', rate: '2.5%', strike: '3%', years: 3, premium: '0.6%',
  },
  // the fund's terms with the usual values, the defaults of an empty section
  fund: {
    managementFee: '2%', feeBasis: 'committed', hurdle: '8%', carry: '20%', catchUp: '100%',
    holder: fundHolder,
  },
  tax: {
    preset: 'france', rate: '25%', smeReducedRate: false, interestCap: true, standalone: false,
    socialContribution: true, dividendAddBack: '5%', groupDividendAddBack: '1%',
    relatedPartyRate: '4.3%', thinCap: true, safeguardClause: false, acquisitionCostAmortisation: 5,
  },
  covenants: { maxNetLeverage: 5, minInterestCover: 2, minDebtServiceCover: 1.1 },
  exit: { year: 2030, value: { multiple: 6, of: 'ltm' }, fees: '0%', sale: true },
  participation: {
    applies: true, grossWageShare: '70.4%', forfaitSocial: '20%', perEmployeeCap: 36045,
    baseYearReserve: 0, blockedAccounts: {
      years: 5, rate: '3.37%', interest: 'paid', earlyRelease: '0%', levies: '9.7%', opening: [],
    },
  },
  'participation.blockedAccounts': {
    years: 5, rate: '3.37%', interest: 'paid', earlyRelease: '0%', levies: '9.7%', opening: [],
  },
  'exit.value': { of: 'ltm' },
  'transaction.price': { of: 'ltm' },
  conventions: { interest: 'average' },
};

// The lenders' usual incurrence test, the level a recap sized to a target net leverage starts
// from when the tranche has no drawMaxNetLeverage (the one SCHEMA adds, docs/deal-format.md).
const RECAP_LEVERAGE = 4;

// A recap's amount as a multiple of the EBITDA of the year before its draw, to start from (the
// example of docs/deal-format.md, drawnIn).
const RECAP_TIMES_EBITDA = 1.5;

// The forms of a dividend recapitalisation's amount (docs/deal-format.md amount, methodology
// §5.13): a number, {timesEbitda: x}, {upToNetLeverage: L, maxAmount: A}; the key is the mapping's
// (or 'amount' for the number), the text's key labels it.
const RECAP_AMOUNT_FORMS = [
  ['amount', 'amountFixed'],
  ['timesEbitda', 'amountTimesEbitda'],
  ['upToNetLeverage', 'amountUpToNetLeverage'],
];

// Keys removed from the tree, not kept as null, when their field is emptied (by normalised path):
// an optional key whose absence says something (no cap).
const DROPPED_WHEN_EMPTY = new Set(['financing.debt[].amount.maxAmount']);

/**
 * @return the form of a recap's amount ('amount', 'timesEbitda' or 'upToNetLeverage'), or null
 *     for a value the choice cannot show (a share of the price, a mapping of other keys), which the
 *     form then shows as written and the reader refuses with its path
 */
export function recapAmountForm(value) {
  if (value === null || value === undefined || typeof value === 'number') {
    return 'amount';
  }
  if (!isObject(value)) {
    return null;
  }
  const keys = Object.keys(value);
  if (keys.length === 1 && keys[0] === 'timesEbitda') {
    return 'timesEbitda';
  }
  if ('upToNetLeverage' in value && keys.every((k) => k === 'upToNetLeverage' || k === 'maxAmount')) {
    return 'upToNetLeverage';
  }
  return null;
}

/**
 * @param tranche the tranche (its drawMaxNetLeverage bounds the target)
 * @param old its amount before the change
 * @param memory the values the tranche's amount had in its other forms ({amount, timesEbitda,
 *     upToNetLeverage, maxAmount}), so that switching back restores them
 * @return the amount of the tranche in the form chosen
 */
export function recapAmountIn(form, tranche, old, memory) {
  const remembered = (k) => (memory && memory[k] !== undefined && memory[k] !== null
    ? memory[k] : undefined);
  if (form === 'timesEbitda') {
    return { timesEbitda: remembered('timesEbitda') ?? RECAP_TIMES_EBITDA };
  }
  if (form === 'upToNetLeverage') {
    // the lenders' test when there is one: the target may not exceed it (the reader's rule)
    const test = tranche && typeof tranche.drawMaxNetLeverage === 'number'
      && tranche.drawMaxNetLeverage > 0 ? tranche.drawMaxNetLeverage : RECAP_LEVERAGE;
    const level = remembered('upToNetLeverage');
    const sized = { upToNetLeverage: level ?? test };
    // a target chosen again keeps the cap it had, or its absence; a first one takes the fixed
    // amount it replaces as its cap, the lenders' commitment (a recap has one)
    const cap = level !== undefined ? remembered('maxAmount')
      : (typeof old === 'number' && old > 0 ? old : undefined);
    if (cap !== undefined) {
      sized.maxAmount = cap;
    }
    return sized;
  }
  const amount = remembered('amount');
  if (amount !== undefined) {
    return amount;
  }
  return isObject(old) && typeof old.maxAmount === 'number' ? old.maxAmount : 0;
}

/** @return true when a debt tranche is a dividend recapitalisation, or its amount is sized as one */
function isRecap(tranche) {
  return isObject(tranche) && ('drawnIn' in tranche
    || (isObject(tranche.amount) && 'upToNetLeverage' in tranche.amount));
}

const NEW_ITEMS = {
  'financing.equity': () => ({ name: 'New class', holder: 'fund', type: 'ordinary', amount: 0 }),
  'financing.debt': () => ({
    name: 'New loan', lender: 'banks', type: 'term', amount: 0, rate: '5%', repayment: { linear: 5 },
  }),
  'financing.ratchet.tiers': () => ({ atLeast: 2.5, ownership: '25%' }),
};

let fieldCounter = 0;

/** @return "a.b[2].c" for ['a', 'b', 2, 'c'] */
export function pathString(segments) {
  let s = '';
  for (const seg of segments) {
    if (typeof seg === 'number') {
      s += '[' + seg + ']';
    } else {
      s += (s ? '.' : '') + seg;
    }
  }
  return s;
}

/** @return ['a', 'b', 2, 'c'] for "a.b[2].c" */
export function pathSegments(path) {
  const out = [];
  const re = /([^.[\]]+)|\[(\d+)\]/g;
  let m;
  while ((m = re.exec(path)) !== null) {
    out.push(m[2] !== undefined ? Number(m[2]) : m[1]);
  }
  return out;
}

function normalised(segments) {
  return pathString(segments).replace(/\[\d+\]/g, '[]');
}

function el(tag, props, ...children) {
  const node = document.createElement(tag);
  if (props) {
    for (const [k, v] of Object.entries(props)) {
      if (v === undefined || v === null || v === false) {
        continue;
      }
      if (k === 'text') {
        node.textContent = v;
      } else if (k === 'class') {
        node.className = v;
      } else if (k.startsWith('on')) {
        node.addEventListener(k.substring(2), v);
      } else if (v === true) {
        node.setAttribute(k, '');
      } else {
        node.setAttribute(k, String(v));
      }
    }
  }
  for (const c of children) {
    if (c !== null && c !== undefined) {
      node.append(c);
    }
  }
  return node;
}

/** Shows a value in an input: numbers with the locale's decimal mark, lists joined by "; ". */
export function display(value) {
  if (value === null || value === undefined) {
    return '';
  }
  if (Array.isArray(value)) {
    return value.map((v) => (v === null ? '-' : display(v))).join('; ');
  }
  if (typeof value === 'number') {
    return plainNumber(value);
  }
  const s = String(value);
  return currentLang() === 'fr' && /^-?\d+(\.\d+)?\s*[%x×]$/.test(s) ? s.replace('.', ',') : s;
}

/**
 * Reads one value typed in a field: a number, a percentage ("5.5%"), a multiple ("7.5x"), a
 * word; French decimal commas and grouping spaces are accepted.
 * @return {{ok: boolean, value: *}} ok false when it is neither a number nor a known word
 */
export function parseScalar(text) {
  const raw = text.trim();
  if (raw === '' || raw === '-') {
    return { ok: true, value: null };
  }
  let s = raw.replace(/[\s\u00a0\u202f]/g, '');
  if (currentLang() === 'fr' || /^-?\d+,\d{1,2}%?$/.test(s) || /,\d{1,2}[x×]$/.test(s)) {
    s = s.replace(/,/g, '.');
  } else if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) {
    s = s.replace(/,/g, '');
  }
  let m = /^(-?\d+(?:\.\d+)?)$/.exec(s);
  if (m) {
    return { ok: true, value: Number(m[1]) };
  }
  m = /^(-?\d+(?:\.\d+)?)%$/.exec(s);
  if (m) {
    return { ok: true, value: m[1] + '%' };
  }
  m = /^(-?\d+(?:\.\d+)?)[x×]$/i.exec(s);
  if (m) {
    return { ok: true, value: Number(m[1]) };
  }
  if (raw === 'true' || raw === 'false') {
    return { ok: true, value: raw === 'true' };
  }
  if (WORDS.has(raw.toLowerCase())) {
    return { ok: true, value: raw.toLowerCase() };
  }
  return { ok: false, value: raw };
}

/** The editor: a form over a deal tree. */
export class DealForm {
  /**
   * @param root the element to fill
   * @param onChange called after every edit of the tree
   * @param onInvalid called with (path, message) when a field gets a value the page cannot read
   *     (the tree keeps the field's last readable value)
   */
  constructor(root, onChange, onInvalid) {
    this.root = root;
    this.onChange = onChange;
    this.onInvalid = onInvalid || (() => {});
    this.tree = null;
    this.invalid = new Map(); // path → message of the fields the page cannot read
    this.amounts = new WeakMap(); // recap tranche → its amount in the forms it had before
  }

  /** @return [path, message] of the first field the page cannot read, or null */
  firstInvalid() {
    const first = this.invalid.entries().next();
    return first.done ? null : first.value;
  }

  /** Shows a new deal tree. */
  load(tree) {
    this.tree = tree;
    this.render();
  }

  /** Rebuilds the whole form from the tree (after a load, a language change, an added key). */
  render(focusPath) {
    this.root.replaceChildren();
    this.invalid.clear(); // the fields are drawn again from the tree
    if (!this.tree) {
      return;
    }
    for (const [section, keys] of SECTIONS) {
      this.root.append(this.section(section, keys));
    }
    const kept = KEPT.filter((k) => k in this.tree);
    if (kept.length) {
      this.root.append(el('p', { class: 'note', text: t('keptAsIs', { keys: kept.join(', ') }) }));
    }
    if (focusPath) {
      const target = this.root.querySelector(`[data-path="${CSS.escape(focusPath)}"]`);
      if (target) {
        target.focus();
      }
    }
  }

  section(section, keys) {
    const body = el('div', { class: 'section-body' });
    const details = el('details', { class: 'section', open: true, id: 'section-' + section },
      el('summary', { text: t('sec_' + section) }), body);
    // The section's own object (company, transaction...) is laid out flat in the section; other
    // objects (in "other settings") get a group with a legend.
    const main = keys.includes(section) ? section : null;
    if (main && isObject(this.tree[main])) {
      body.dataset.path = main;
      body.append(el('p', { class: 'field-error', hidden: true }));
    }
    for (const key of keys) {
      if (!(key in this.tree) || HIDDEN.includes(key)) {
        continue;
      }
      const value = this.tree[key];
      if (key === main && isObject(value)) {
        this.children(body, value, [key]);
      } else {
        body.append(this.node(value, [key]));
      }
    }
    // What can be added here: missing top-level keys of the section, and missing keys of its
    // own object.
    const missing = keys.filter((k) => !(k in this.tree) && k in SCHEMA['']);
    if (missing.length) {
      body.append(this.adder([], missing));
    }
    if (main && isObject(this.tree[main]) && SCHEMA[main]) {
      const free = Object.keys(SCHEMA[main]).filter((k) => !(k in this.tree[main]));
      if (free.length) {
        body.append(this.adder([main], free));
      }
    }
    return details;
  }

  /** Renders the keys of an object into a container. */
  children(container, object, segments) {
    for (const [key, value] of Object.entries(object)) {
      container.append(this.node(value, segments.concat([key])));
    }
  }

  node(value, segments) {
    const key = segments[segments.length - 1];
    if (normalised(segments) === 'financing.debt[].amount'
      && isRecap(getAt(this.tree, segments.slice(0, -1))) && recapAmountForm(value) !== null) {
      return this.recapAmount(value, segments);
    }
    if (isObject(value)) {
      return this.group(value, segments, keyLabel(key));
    }
    if (Array.isArray(value) && value.length && value.every(isObject)) {
      return this.items(value, segments);
    }
    if (Array.isArray(value) && value.length === 0 && NEW_ITEMS[pathString(segments)]) {
      return this.items(value, segments);
    }
    return this.field(value, segments);
  }

  group(object, segments, legendText) {
    const path = pathString(segments);
    const fieldset = el('fieldset', { class: 'group', 'data-path': path },
      el('legend', { text: legendText }));
    this.children(fieldset, object, segments);
    const schema = SCHEMA[normalised(segments)];
    if (schema) {
      const free = Object.keys(schema).filter((k) => !(k in object));
      if (free.length) {
        fieldset.append(this.adder(segments, free));
      }
    }
    fieldset.append(el('p', { class: 'field-error', hidden: true }));
    return fieldset;
  }

  items(list, segments) {
    const path = pathString(segments);
    const what = segments[segments.length - 1] === 'debt' ? t('debtItem')
      : segments[segments.length - 1] === 'equity' ? t('equityItem') : keyLabel(segments[segments.length - 1]);
    const box = el('div', { class: 'items', 'data-path': path },
      el('h4', { text: keyLabel(segments[segments.length - 1]) }));
    list.forEach((item, i) => {
      const itemSegments = segments.concat([i]);
      const legend = t('item', { what, n: i + 1 }) + (item.name ? ' · ' + item.name : '');
      const fieldset = this.group(item, itemSegments, legend);
      fieldset.classList.add('item');
      fieldset.append(el('button', {
        type: 'button', class: 'remove', text: t('remove'), 'aria-label': t('remove') + ' — ' + legend,
        onclick: () => {
          list.splice(i, 1);
          this.render();
          this.onChange(path);
        },
      }));
      box.append(fieldset);
    });
    const make = NEW_ITEMS[path];
    if (make) {
      const label = path === 'financing.debt' ? t('addDebt') : path === 'financing.equity' ? t('addEquity') : t('addItem');
      box.append(el('button', {
        type: 'button', class: 'add', text: label,
        onclick: () => {
          list.push(make());
          this.render(pathString(segments.concat([list.length - 1, 'name'])));
          this.onChange(path);
        },
      }));
    }
    box.append(el('p', { class: 'field-error', hidden: true }));
    return box;
  }

  /**
   * The amount of a dividend recapitalisation (docs/deal-format.md drawnIn): a choice of its form,
   * an amount, a multiple of the EBITDA of the year before the draw or sized to a target net
   * leverage with an optional cap, then the fields of the form chosen. The box carries the
   * amount's path when the amount is a mapping, so that the reader's errors on the mapping itself
   * land under it; its keys' errors land under their fields.
   */
  recapAmount(value, segments) {
    const path = pathString(segments);
    const form = recapAmountForm(value);
    const id = 'f' + (++fieldCounter);
    const select = el('select', { id, 'data-amount-form': path });
    for (const [f, text] of RECAP_AMOUNT_FORMS) {
      select.append(el('option', { value: f, text: t(text), selected: f === form }));
    }
    select.addEventListener('change', () => this.switchAmount(segments, select.value));
    const box = el('fieldset', {
      class: 'group recap-amount', 'data-path': form === 'amount' ? undefined : path,
    }, el('legend', { text: keyLabel('amount') }),
    el('div', { class: 'field', 'data-field': path + '#form' },
      el('label', { for: id, text: t('amountForm') }), select));
    if (form === 'amount') {
      box.append(this.field(value, segments));
    } else if (form === 'timesEbitda') {
      box.append(this.field(value.timesEbitda, segments.concat(['timesEbitda'])));
    } else {
      box.append(this.field(value.upToNetLeverage ?? null, segments.concat(['upToNetLeverage'])),
        this.field(value.maxAmount ?? null, segments.concat(['maxAmount'])));
    }
    box.append(el('p', { class: 'field-error', hidden: true }));
    return box;
  }

  /** Writes a recap's amount in another form, remembering what it was in the one it leaves. */
  switchAmount(segments, form) {
    const tranche = getAt(this.tree, segments.slice(0, -1));
    const key = segments[segments.length - 1];
    const old = tranche[key];
    const memory = this.amounts.get(tranche) || {};
    if (typeof old === 'number') {
      memory.amount = old;
    } else if (isObject(old)) {
      for (const k of ['timesEbitda', 'upToNetLeverage']) {
        if (k in old) {
          memory[k] = old[k];
        }
      }
      if ('upToNetLeverage' in old) {
        memory.maxAmount = old.maxAmount; // undefined: no cap, as it was
      }
    }
    this.amounts.set(tranche, memory);
    tranche[key] = recapAmountIn(form, tranche, old, memory);
    const first = form === 'amount' ? segments : segments.concat([form]);
    this.render(pathString(first));
    this.onChange(pathString(segments));
  }

  /** A select to add one of the missing settings of an object. */
  adder(segments, keys) {
    const id = 'f' + (++fieldCounter);
    const select = el('select', { id, class: 'adder', 'aria-label': t('addSetting') },
      el('option', { value: '', text: t('addSetting') }));
    for (const k of keys) {
      select.append(el('option', { value: k, text: keyLabel(k) }));
    }
    select.addEventListener('change', () => {
      const k = select.value;
      if (!k) {
        return;
      }
      const target = segments.length ? getAt(this.tree, segments) : this.tree;
      const schema = SCHEMA[normalised(segments)] || SCHEMA[''];
      target[k] = typeof schema[k] === 'function' ? schema[k](this.tree) : structuredClone(schema[k]);
      const added = segments.concat([k]);
      this.render(firstLeafPath(target[k], added));
      this.onChange(pathString(added));
    });
    return el('div', { class: 'field adder-field' }, select);
  }

  field(value, segments) {
    const path = pathString(segments);
    const key = segments[segments.length - 1];
    const id = 'f' + (++fieldCounter);
    const label = typeof key === 'number' ? String(key + 1)
      : pathLabel(normalised(segments)) ?? keyLabel(key);
    const error = el('p', { class: 'field-error', id: id + '-err', hidden: true });
    const choices = CHOICES[normalised(segments)];
    let input;
    if (typeof value === 'boolean') {
      input = el('input', { type: 'checkbox', id, 'data-path': path, checked: value });
      input.addEventListener('change', () => this.set(segments, input.checked));
      return el('div', { class: 'field check', 'data-field': path }, input,
        el('label', { for: id, text: label }), error);
    }
    if (choices) {
      input = el('select', { id, 'data-path': path });
      if (value === null) {
        input.append(el('option', { value: '', text: '—', selected: true })); // the default
      }
      const options = choices.includes(value) || value === null ? choices : [value, ...choices];
      for (const c of options) {
        input.append(el('option', { value: c, text: choiceLabel(c), selected: c === value }));
      }
      input.addEventListener('change', () => this.set(segments, input.value || undefined));
    } else {
      const textList = TEXT_LISTS.has(normalised(segments));
      const isList = Array.isArray(value) || textList;
      const isText = (TEXT_KEYS.has(key) && !isList) || textList;
      input = el('input', {
        type: 'text', id, 'data-path': path, value: display(value),
        inputmode: isText ? undefined : 'decimal', autocomplete: 'off', spellcheck: 'false',
        class: isText ? 'text' : 'number',
      });
      input.addEventListener('input', () => this.typed(input, segments, isList, isText, error));
      if (textList) {
        input.dataset.list = 'text';
      }
    }
    return el('div', { class: 'field', 'data-field': path },
      el('label', { for: id, text: label }), input, error);
  }

  /**
   * Writes a typed value into the tree, or shows why it cannot be read (and tells onInvalid, so
   * that no answer of the server about an earlier value replaces that message).
   */
  typed(input, segments, isList, isText, error) {
    this.clearError(input, error);
    const path = pathString(segments);
    this.invalid.delete(path);
    const text = input.value;
    if (isText && isList) {
      // names separated by ";": the list, or null (the default) when there is none
      const names = text.split(';').map((n) => n.trim()).filter((n) => n !== '');
      this.set(segments, names.length ? names : undefined);
      return;
    }
    if (isText) {
      this.set(segments, text.trim() === '' ? undefined : text);
      if (segments[segments.length - 1] === 'name' && typeof segments[segments.length - 2] === 'number') {
        const legend = input.closest('fieldset.item')?.querySelector('legend');
        if (legend) {
          legend.textContent = legend.textContent.split(' · ')[0] + (text ? ' · ' + text : '');
        }
      }
      return;
    }
    const parts = text.split(';');
    const values = [];
    for (const part of parts) {
      const p = parseScalar(part);
      if (!p.ok) {
        const message = currentLang() === 'fr'
          ? 'Attendu : un nombre (7,5), un pourcentage (5,5 %) ou plusieurs séparés par « ; ».'
          : 'Expected a number (7.5), a percentage (5.5%), or several separated by “;”.';
        this.fieldError(input, error, message);
        this.invalid.set(path, message);
        this.onInvalid(path, message);
        return;
      }
      values.push(p.value);
    }
    let value;
    if (text.trim() === '') {
      value = undefined;
    } else if (isList || values.length > 1) {
      value = values;
    } else {
      value = values[0];
    }
    this.set(segments, value);
  }

  /**
   * Writes a value into the tree. An emptied field becomes null, which the deal format reads as
   * "use the default" (the key keeps its place in the file).
   */
  set(segments, value) {
    const parent = getAt(this.tree, segments.slice(0, -1));
    const key = segments[segments.length - 1];
    if (value === undefined && DROPPED_WHEN_EMPTY.has(normalised(segments))) {
      delete parent[key];
    } else {
      parent[key] = value === undefined ? null : value;
    }
    this.onChange(pathString(segments));
  }

  clearError(input, error) {
    input.removeAttribute('aria-invalid');
    input.removeAttribute('aria-describedby');
    input.classList.remove('api-invalid');
    error.hidden = true;
    error.textContent = '';
    error.classList.remove('api'); // the field's own message from now on, until the next answer
  }

  fieldError(input, error, message) {
    input.setAttribute('aria-invalid', 'true');
    input.setAttribute('aria-describedby', error.id || '');
    error.textContent = message;
    error.hidden = false;
  }

  /** Removes every error message shown by the API. */
  clearErrors() {
    for (const e of this.root.querySelectorAll('.field-error.api')) {
      e.hidden = true;
      e.textContent = '';
      e.classList.remove('api');
    }
    for (const i of this.root.querySelectorAll('[aria-invalid="true"].api-invalid')) {
      i.removeAttribute('aria-invalid');
      i.classList.remove('api-invalid');
    }
    for (const g of this.root.querySelectorAll('.has-error')) {
      g.classList.remove('has-error');
    }
  }

  /**
   * Shows an API error next to the field of its path, or of the nearest enclosing group.
   * @return the label of where it is shown ("Financing › Debt tranche 4 › Interest rate"), or null
   */
  showError(path, message) {
    let segments = pathSegments(path || '');
    while (segments.length) {
      const p = pathString(segments);
      const target = this.root.querySelector(`[data-path="${CSS.escape(p)}"]`);
      if (target) {
        const box = target.matches('input, select') ? target.closest('.field') : target;
        const error = box.querySelector(':scope > .field-error');
        if (error) {
          error.textContent = message;
          error.hidden = false;
          error.classList.add('api');
          if (!error.id) {
            error.id = 'e' + (++fieldCounter);
          }
        }
        if (target.matches('input, select')) {
          target.setAttribute('aria-invalid', 'true');
          target.setAttribute('aria-describedby', error ? error.id : '');
          target.classList.add('api-invalid');
        }
        box.classList.add('has-error');
        const section = box.closest('details');
        if (section) {
          section.open = true;
        }
        return this.where(pathSegments(path));
      }
      segments = segments.slice(0, -1);
    }
    return null;
  }

  /** @return a readable place for a key path such as participation.baseYearReserve */
  placeOf(path) {
    return this.where(pathSegments(path || ''));
  }

  /** @return a readable place for a path: section › item › label */
  where(segments) {
    const names = [];
    const section = SECTIONS.find(([, keys]) => keys.includes(segments[0]));
    if (section) {
      names.push(t('sec_' + section[0]));
    }
    segments.forEach((seg, i) => {
      if (i === 0 && section && isObject(this.tree[seg])) {
        return;
      }
      names.push(typeof seg === 'number' ? String(seg + 1) : keyLabel(seg));
    });
    return names.join(' › ');
  }
}

function isObject(v) {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function getAt(tree, segments) {
  let node = tree;
  for (const seg of segments) {
    node = node[seg];
  }
  return node;
}

function firstLeafPath(value, segments) {
  if (isObject(value)) {
    const keys = Object.keys(value);
    return keys.length ? firstLeafPath(value[keys[0]], segments.concat([keys[0]])) : pathString(segments);
  }
  return pathString(segments);
}
