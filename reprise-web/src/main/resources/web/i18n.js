// Reprise: the page's texts in English and French, and number formatting by locale.
// Every text is inserted with textContent by the callers, never as HTML.

const TEXTS = {
  en: {
    title: 'Reprise',
    tagline: 'Leveraged buyouts, seen from the company that pays for them',
    skipToResults: 'Skip to the results',
    footer: 'Reprise is a calculator: it gives no advice. Every formula is in docs/methodology.md; '
      + 'amounts in euros.',
    language: 'Language',
    startFrom: 'Start from',
    blankDeal: 'Blank deal (template)',
    load: 'Load',
    openFile: 'Open a file…',
    dealName: 'Name in the saved deals',
    save: 'Save',
    saveAsNew: 'Save as new',
    downloadYaml: 'Download the deal (YAML)',
    downloadJson: 'Download the results (JSON)',
    downloadReport: 'Report (HTML)',
    downloadExcel: 'Excel model',
    preparingDownload: 'Preparing the file…',
    downloaded: 'Downloaded {name}.',
    editor: 'The deal',
    editorHelp: 'Every change recomputes the results. An empty field takes the default value. '
      + 'Per-year values: one value, or several separated by “;” (the last one repeats).',
    results: 'Results',
    savedDeals: 'Saved deals',
    noSavedDeals: 'No saved deal yet.',
    open: 'Open',
    rename: 'Rename',
    duplicate: 'Duplicate',
    delete: 'Delete',
    ok: 'OK',
    cancel: 'Cancel',
    confirmDelete: 'Delete “{name}”? This cannot be undone.',
    updated: 'changed {date}',
    version: 'version {n}',
    computedIn: 'Computed in {ms} ms',
    resultSource: 'Source of the assumptions: {source}',
    computing: 'Computing…',
    loaded: 'Loaded “{name}”.',
    saved: 'Saved “{name}” (version {n}).',
    renamed: 'Renamed to “{name}”.',
    duplicated: 'Copied as “{name}”.',
    deleted: 'Deleted “{name}”.',
    conflict: 'This deal was changed elsewhere since you opened it (now version {n}). '
      + 'Your changes are kept on the page: use “Save as new”, or open the deal again.',
    networkError: 'The server did not answer: is `reprise serve` still running?',
    errorIn: 'Error in {where}: {message}',
    inputWarning: 'Warning, {where}: {message}',
    errorGeneral: 'Error: {message}',
    savedNotMapping: 'the saved text is not a YAML mapping',
    fileError: 'Cannot open “{name}”: {message}',
    fileNotUtf8: 'it is not UTF-8 text (save it as UTF-8)',
    fileUnreadable: 'the file could not be read',
    dealHasError: 'The deal cannot be computed: the results below are those of the last valid version.',
    unsaved: 'not saved',
    // Sections
    sec_company: 'Company',
    sec_projections: 'Projections',
    sec_transaction: 'Price',
    sec_structure: 'Structure',
    sec_financing: 'Financing',
    sec_tax: 'Tax',
    sec_covenants: 'Covenants',
    sec_exit: 'Exit',
    sec_fund: 'The fund’s terms (fees and carried interest)',
    sec_other: 'Other settings',
    keptAsIs: 'Also in this deal, kept as written (edit the file to change): {keys}',
    addSetting: 'Add a setting…',
    addEquity: 'Add an equity class',
    addDebt: 'Add a debt tranche',
    addItem: 'Add an item',
    remove: 'Remove',
    item: '{what} {n}',
    equityItem: 'Equity class',
    debtItem: 'Debt tranche',
    yes: 'yes',
    no: 'no',
    // Key figures
    kf_irr: 'IRR {party}',
    kf_moic: 'Multiple {party}',
    kf_equity: 'Equity value at exit ({year})',
    kf_default: 'Payment default',
    kf_noDefault: 'None',
    kf_defaultIn: 'Yes, in {year}',
    kf_defaultAtExit: 'At the exit ({year}): the lenders are not repaid in full',
    kf_shortfall: 'unpaid: {amount}',
    lessThanOneEuro: 'less than €1',
    kf_covenants: 'Covenants',
    kf_covBroken: 'Broken in {years}',
    kf_covKept: 'Respected',
    kf_covNotTested: 'Not tested',
    kf_entry: 'Price paid (enterprise value)',
    kf_entryMultiple: '{x} × EBITDA',
    kf_extracted: 'Cash taken out per employee and year',
    kf_extractedNote: '{share} of the personnel costs, to lenders and owners',
    kf_noIrr: 'none',
    // A party named by its role (parties.js): the name in the deal file in parentheses, or quoted
    // when it has parentheses of its own or its role is not known. pn_: at the start of a cell,
    // pt_: with "the", po_: with "of the".
    party_paren: '({name})',
    party_quoted: '“{name}”',
    pn_sponsor: 'Lead investor {name}',
    pt_sponsor: 'the lead investor {name}',
    po_sponsor: 'of the lead investor {name}',
    pn_equity: 'Shareholder {name}',
    pt_equity: 'the shareholder {name}',
    po_equity: 'of the shareholder {name}',
    pn_lender: 'Lender {name}',
    pt_lender: 'the lender {name}',
    po_lender: 'of the lender {name}',
    'pn_equity+lender': 'Shareholder and lender {name}',
    'pt_equity+lender': 'the shareholder and lender {name}',
    'po_equity+lender': 'of the shareholder and lender {name}',
    pn_party: 'Party {name}',
    pt_party: 'the party {name}',
    po_party: 'of the party {name}',
    // One plain-language sentence under each key figure's label (kf_<figure id>Explain)
    kf_irrExplain: 'The yearly return on the money {party} put in, counting when it was paid in '
      + 'and received back.',
    kf_moicExplain: 'What {party} gets back for each euro it put in.',
    kf_equityExplain: 'What the shareholders’ shares are worth at the exit: the price of the '
      + 'business less its debt net of cash and the exit costs (negative when the debt is not '
      + 'covered).',
    kf_defaultExplain: 'A year in which the company cannot pay the interest or repayments due.',
    kf_covenantsExplain: 'Ratios the company promised its banks to respect each year; a breach '
      + 'lets the banks demand changes.',
    kf_entryExplain: 'The price of the whole business, its shares plus its debt net of cash; the '
      + 'multiple divides it by a year’s EBITDA, what the business produces in cash before '
      + 'interest, tax and investment.',
    kf_extractedExplain: 'What leaves the company each year for lenders and shareholders, per '
      + 'employee.',
    // Charts
    ch_debt: 'Debt paid down year by year',
    ch_debtNote: 'Closing balance of each loan; the line is the net debt (debt − cash).',
    ch_cash: 'Where the company’s cash goes each year',
    ch_cashNote: 'What is left of revenue after suppliers, and who receives it.',
    ch_va: 'Who receives the value added',
    ch_vaNote: 'Value added of the group (company and holding) over the holding period '
      + '({years} years), by recipient.',
    ch_returns: 'Returns per party',
    bs_title: 'Balance sheet (the group, k€)',
    bs_note: 'The holding and the company as one group (the company alone without a holding), '
      + 'at the closing and each year end. Goodwill = price of the shares + transaction fees − the '
      + 'target’s book equity, neither amortised nor impaired (in a crisis it can exceed what the '
      + 'company is then worth; negative when the price is below the book equity). A negative cash '
      + 'is an overdraft the model leaves unfunded. No line is a balancing figure: the check is zero when '
      + 'net income, cash and balances agree (methodology §5.12).',
    bs_k: 'k€', bs_closing: 'Closing', bs_assets: 'Assets', bs_goodwill: 'Goodwill',
    bs_fixedAssets: 'Fixed assets (net)', bs_workingCapital: 'Net working capital', bs_cash: 'Cash',
    bs_fees: 'Financing fees not yet expensed', bs_premiums: 'Caps’ premiums not yet expensed',
    bs_totalAssets: 'Total assets', bs_liabilities: 'Liabilities',
    bs_blocked: 'Employees’ blocked participation accounts',
    bs_participation: 'Participation and forfait social payable',
    bs_workShare: 'Work share payable (SCOP)', bs_interestOnShares: 'Interest on shares payable (SCOP)',
    bs_totalLiabilities: 'Total liabilities', bs_equity: 'Equity',
    bs_capital: 'Equity at the closing (capital)', bs_retained: 'Retained earnings',
    bs_capitalLessPremium: 'Equity at the closing less premium returned (capital)',
    bs_totalEquity: 'Total equity', bs_check: 'Check: assets − liabilities − equity',
    ch_returnsNote: 'Internal rate of return a year; the label gives the multiple of money.',
    t_fundNet: 'The fund’s investors, net',
    t_fundNetRole: 'after the fund’s fees and carry',
    t_fundNote: 'The fund’s manager takes {fees} in management fees and {carry} in carried '
      + 'interest: the investors’ IRR is {drag} below the fund’s gross IRR (the deal file’s fund '
      + 'terms, methodology §8.3).',
    t_pointOne: '{n} percentage point',
    t_pointMany: '{n} percentage points',
    t_irrDating: 'IRR: the annual rate of each party’s flows, each dated on a 31 December (the '
      + 'flows at the entry on 31 December {year}, then each year’s on its last day); gross: '
      + 'before any fund’s management fees and carried interest, and before the parties’ own '
      + 'taxes.',
    ch_covenants: 'Covenant headroom',
    ch_covenantsNote: 'How far each ratio can worsen before the lenders’ limit; below 0 = breached.',
    closing: 'closing',
    netDebt: 'Net debt',
    c_employees: 'Employees (wages, profit-sharing)',
    c_state: 'State (taxes)',
    c_lenders: 'Lenders (interest and repayments)',
    c_shareholders: 'Shareholders (payouts)',
    c_reinvestment: 'Reinvestment (machines, working capital)',
    va_employees: 'Employees',
    va_state: 'State',
    va_lenders: 'Lenders',
    va_shareholders: 'Shareholders',
    va_company: 'Company (kept to reinvest)',
    cov_leverage: 'Net leverage',
    cov_interest: 'Interest cover',
    cov_dscr: 'Debt service cover',
    breach: 'breach',
    irr: 'IRR',
    aria_debt: 'Total debt: {closing} at closing, {exit} in {year}; net debt {net} in {year}.',
    aria_cash: 'Where the cash went over {years} years: {parts}.',
    aria_va: 'Value added of the group over the holding period, {total}: {parts}.',
    aria_returns: 'IRR per party (multiple): {parts}.',
    aria_covenants: 'Lowest headroom: {parts}.',
    aria_covLowest: '{name} {headroom} in {year}',
    aria_scenarios: 'Share of the value added per scenario: {parts}.',
    aria_hist: 'IRR {party} over {n} paths: median {p50}, 5th percentile {p5}, 95th '
      + 'percentile {p95}; {loss} of the paths lose everything.',
    // Returns table
    t_party: 'Party',
    t_role: 'Role',
    t_invested: 'Invested',
    t_received: 'Received',
    t_irr: 'IRR',
    t_moic: 'Multiple',
    role_equity: 'shareholder',
    role_lender: 'lender',
    'role_equity+lender': 'shareholder and lender',
    // Scenarios side by side
    sc_title: 'The scenarios side by side',
    sc_note: 'Every ownership scenario of the deal’s “scenarios” list, computed like the deal '
      + '(the same as `reprise compare`). Value added over each scenario’s holding period.',
    sc_error: 'The scenarios cannot be compared: {message}',
    sc_vaChart: 'Who receives the value added, per scenario',
    sc_vaChartNote: 'Share of the group’s value added over the holding period, by recipient.',
    sc_kind: 'Kind',
    sc_horizon: 'Holding period',
    'kind_status-quo': 'status quo (no buyout)',
    'kind_fund-lbo': 'LBO by a fund',
    'kind_employee-lbo': 'employee buyout',
    kind_scop: 'workers’ cooperative (SCOP)',
    sc_pricePaid: 'Price paid',
    sc_debt: 'Debt at closing',
    sc_valueAdded: 'Value added over the holding period',
    sc_vaTotal: 'Total',
    sc_participation: 'Profit-sharing per employee (whole period)',
    sc_extracted: 'Cash taken out per employee and per year',
    sc_returns: 'Returns per party (IRR, multiple)',
    sc_blended: 'All the equity together (IRR, multiple)',
    sc_envy: 'Envy ratio (what the sponsor pays per point of the ordinary shares, over the management)',
    sc_envyNone: 'n/a ({reason})',
    'sc_envy_cooperative': 'SCOP',
    'sc_envy_no-buyout': 'status quo',
    'sc_envy_not-sponsor-led': 'not sponsor-led',
    'sc_envy_no-management': 'no management',
    'sc_envy_sponsor-holds-no-shares': 'sponsor holds no shares',
    'sc_envy_management-paid-nothing': 'management paid nothing',
    sc_default: 'Payment default',
    sc_covenants: 'Covenants',
    sc_breachedIn: 'breached in {year}',
    sc_notBreached: 'never breached',
    sc_notTested: 'not tested',
    sc_years: '{years} years, exit in {year}',
    // Risk (Monte Carlo)
    risk_title: 'Risk',
    risk_note: 'Simulates the deal along thousands of random business cycles (recessions like 2009 '
      + 'included; the deal’s “risk” section, or the documented defaults for an automotive '
      + 'supplier). The same seed always gives the same figures.',
    risk_button: 'Simulate ({n} paths)',
    risk_buttonPlain: 'Simulate',
    risk_pathsLabel: 'Paths per scenario',
    risk_seedLabel: 'Seed',
    risk_pathsError: 'Expected a whole number of paths from 1 to {max}.',
    risk_seedError: 'Expected a whole number, such as 1 (the same seed gives the same figures).',
    risk_stop: 'Stop',
    risk_starting: 'Starting the simulation…',
    risk_running: 'Simulating… {p} done',
    risk_done: 'Simulated {n} paths per scenario in {s} s (seed {seed}).',
    risk_doneSome: 'Simulated for {s} s (seed {seed}):',
    risk_scenarioPaths: '{name} {n} paths',
    risk_scenarioPartial: '{name} {n} paths of {of} (partial)',
    risk_noneDone: 'no scenario finished a path.',
    risk_notReached: 'Not reached: {names}.',
    risk_partialNote: 'over {n} paths of {of} (stopped)',
    listSeparator: ', ',
    groupSeparator: '; ',
    risk_timedOut: 'Stopped at the time limit: the figures cover the paths done.',
    risk_stopped: 'Stopped: the figures cover the paths done.',
    risk_failed: 'The simulation failed: {message}',
    risk_stale: 'The deal has changed since this simulation: simulate again to update it.',
    risk_default: 'Probability of a payment default ({scenario})',
    risk_defaultNote: 'by {year}: the exit',
    risk_standardError: 'standard error {se}',
    risk_breach: 'Probability of a covenant breach',
    risk_jobs: 'Expected jobs at risk',
    // One plain-language sentence under each risk figure, and under the table for its statistics
    risk_defaultExplain: 'The share of the simulated paths in which the company cannot pay the '
      + 'interest or repayments due at least once before the exit, or whose value at the exit (a '
      + 'sale, or a valuation when nobody sells) does not repay a lender in full.',
    risk_exitOnly: 'of which {p} at the exit only',
    risk_jobsExitOnly: 'of which {n} in paths that default only at the exit, where the company '
      + 'is sold as a going concern and its lenders bear the loss',
    risk_jobsExitOnlyValued: 'of which {n} in paths that default only at the exit, where the '
      + 'company, valued as a going concern at the end of the plan with nobody selling it, does '
      + 'not cover its lenders’ claims',
    risk_noCovenant: 'no covenant tested',
    rt_substituted: '{party}: {n} paths ({share}) have no single IRR and are ranked at their '
      + 'annualised multiple.',
    rt_substitutedOne: '{party}: one path ({share}) has no single IRR and is ranked at its '
      + 'annualised multiple.',
    risk_breachExplain: 'The share of the simulated paths in which the company breaks, at least '
      + 'once before the exit, a ratio it promised its banks to respect.',
    risk_jobsExplain: 'The company’s headcount in its first year of payment default, averaged over '
      + 'all the paths (0 on a path without a default): the jobs the defaults put at stake, not a '
      + 'forecast of job losses.',
    rt_percentilesExplain: 'p5 … p95: the IRR below which 5%, 25%, 50% (the median), 75% and 95% '
      + 'of the simulated paths fall; p5 is a bad case, p95 a good one.',
    rt_meanExplain: 'mean: the average of the paths’ IRRs, a path that loses everything counting '
      + 'as −100%.',
    rt_pooledExplain: 'pooled (IRR of the mean flows): the IRR of the cash flows averaged over all '
      + 'the paths, as if one investor held an equal share of every path; each path weighs by the '
      + 'money at stake.',
    risk_scenario: 'Scenario',
    risk_hist: 'Distribution of the IRR {party}',
    risk_histNote: 'Number of simulated paths per IRR range (1% of the paths on each side are '
      + 'left out). {loss} of the paths lose everything (IRR −100%).',
    risk_paths: 'paths',
    rt_scenario: 'Scenario',
    rt_paths: 'Paths',
    rt_partial: '{n} of {of} (partial)',
    rt_notReached: 'not simulated: the simulation stopped before this scenario',
    rt_default: 'Default',
    rt_breach: 'Covenant breach',
    rt_party: 'IRR of',
    rt_p5: 'p5',
    rt_p25: 'p25',
    rt_p50: 'median',
    rt_p75: 'p75',
    rt_p95: 'p95',
    rt_mean: 'mean',
    rt_pooled: 'pooled (IRR of the mean flows)',
    rt_caption: 'Default probability and IRR percentiles of the first shareholder, per scenario',
    re_caption: 'Where the simulation is centred: the exit year’s revenue and EBITDA (as charged) in the plan '
      + '(the deterministic run) and over the simulated paths, per scenario',
    re_scenario: 'Scenario',
    re_exit: 'Exit',
    re_revenue: 'Revenue {year}',
    re_ebitda: 'EBITDA {year}',
    re_plan: 'plan (deterministic)',
    re_p50: 'P50',
    re_mean: 'mean',
    re_p50VsPlan: 'P50 vs plan',
    re_meanVsPlan: 'mean vs plan',
    sec_personalTax: 'Personal tax on the exit gains (the individuals)',
    // the dividend recapitalisation (methodology §5.13)
    rc_title: 'Dividend recapitalisation',
    rc_note: 'A tranche borrowed during the hold and paid out to the shareholders (methodology '
      + '§5.13): drawn at the start of its year, its upfront fee paid to the lenders out of the '
      + 'proceeds, the rest paid in the order of the distributions (shareholder loans first, then '
      + 'the shares, the dividends within the distributable reserves); what the reserves cannot '
      + 'take stays in the company’s cash. The lenders do not lend after a payment default or a '
      + 'covenant breach in the year before, nor when their leverage test fails.',
    rc_caption: 'The dividend recapitalisation: what was borrowed and what the shareholders received',
    rc_year: 'Start of', rc_tranche: 'Tranche', rc_borrowed: 'Borrowed',
    rc_fees: 'Upfront fees (to the lenders)', rc_paid: 'Paid to the shareholders',
    rc_loans: 'of which shareholder loans repaid', rc_kept: 'Kept in the company’s cash',
    rc_refused_default: 'Not drawn: {year} was in payment default, and no lender funds while a '
      + 'default continues.',
    rc_refused_covenantBreach: 'Not drawn: {year} broke a covenant, and no lender funds while a '
      + 'breach continues.',
    rc_refused_leverage: 'Not drawn: with the loan, net debt / EBITDA of {year} would have been '
      + '{ratio}, above the {max} the lenders allow.',
    rc_refused_leverageAny: 'Not drawn: the lenders’ test failed, net debt / EBITDA of {year} '
      + 'with the loan above what they allow.',
    rc_refused_noEbitda: 'Not drawn: the EBITDA of {year} was not positive.',
    rc_sized: 'Sized to a net leverage of {target}: with the loan, net debt / EBITDA of {year} '
      + 'stands at {ratio}.',
    rc_noRoom: 'Nothing to draw: net debt / EBITDA of {year} stood at {ratio} already, not under '
      + 'the {target} target.',
    rc_capped: 'Sized to a net leverage of {target}, capped at its maxAmount: with the loan, net '
      + 'debt / EBITDA of {year} stands at {ratio}.',
    // the individuals' tax on their exit gains (methodology §8.4)
    pt_title: 'Personal tax on the exit gains',
    pt_intro: 'The individuals’ tax on their gains at the exit (section personalTax; the fund is '
      + 'not taxed here): the flat tax, {rate}, on a capital gain.',
    pt_package: 'A management package (CGI art. 163 bis H) is a capital gain up to a ceiling, what '
      + 'was invested × (3 × the whole equity’s multiple, {ratio}, − 1), that multiple measuring '
      + 'the company’s performance; above it, salary, taxed at the holders’ marginal rate of '
      + '{salaryRate} and a contribution of {contribution}.',
    pt_tooShort: 'Held {years} year, less than the two years the law asks: the package’s whole '
      + 'gain is salary.',
    pt_caption: 'The individuals’ tax on their exit gains, per equity class',
    pt_class: 'Class (holder)', pt_invested: 'Invested', pt_gain: 'Gain', pt_ceiling: 'Ceiling',
    pt_capital: 'Capital gain', pt_salary: 'Salary', pt_tax: 'Tax', pt_net: 'Net gain',
    pt_netIrr: 'Net IRR', pt_netMultiple: 'Net multiple', pt_total: 'Total',
    pt_state: 'The State takes {total} of the individuals’ exit gains: {capital} of flat tax on '
      + 'the capital gains and dividends, {salary} of income tax and contribution on the salary '
      + 'parts (methodology §8.4).',
    pt_dividends: 'Dividends',
    pt_dividendsNote: 'Dividends received during the hold (and in the exit year, beside the sale '
      + 'proceeds) are taxed apart, at the flat rate, the year they are received (CGI art. 158-3 '
      + 'and 200 A): they are not part of the gain on the disposal that article 163 bis H splits '
      + 'between capital gain and salary (methodology §8.4).',
    pt_loss: 'A loss bears no tax: it first offsets the same holder’s capital gains on its other '
      + 'classes at the exit (CGI art. 150-0 D, 11: a saving shown as a negative tax on the loss’s '
      + 'line), then its other gains of the year and the ten next, outside the deal.',
    // the recap on the simulated paths
    risk_recap: 'Dividend recapitalisation drawn',
    risk_recapExplain: 'The share of the simulated paths on which the lenders lend the '
      + 'recapitalisation and the shareholders receive it. It is refused where the year before was '
      + 'in payment default or breach, or the lenders’ leverage test failed; a recap sized to a '
      + 'target leverage also draws nothing, without a refusal, where there is no room under it.',
    risk_recapRefused: 'refused on {p} of the paths',
    // the wording of reprise simulate's text (sim.recapNoRoom)
    risk_recapNoRoom: 'Sized to a target net leverage, it draws nothing, without a refusal, on {p} '
      + 'of the paths: no room under the target',
    rt_recap: 'Recap drawn',
    // failed (not viable) paths, an outcome that counts: the wording of reprise simulate's text
    // (sim.notViable, sim.failedPath, sim.ifFailedDefaulted, sim.headcountIfFailed,
    // sim.survivorsOnly; docs/risk.md §5, "Failed paths")
    risk_notViable: 'Not viable (failed paths): {p} of the {n} paths run (standard error {se})',
    risk_failedPath: 'path {index}: {reason}',
    risk_failureReason: '{path}: {message}',
    risk_firstFailure: 'First failure: {failure}',
    risk_failedDefault: 'Payment default: {p} ({bound} if the {n} failed paths defaulted)',
    risk_failedDefaultOne: 'Payment default: {p} ({bound} if the failed path defaulted)',
    risk_ifFailedDefaulted: '{bound} if the {n} failed paths defaulted',
    risk_ifFailedDefaultedOne: '{bound} if the failed path defaulted',
    risk_failedJobs: 'Expected jobs at risk: {jobs} ({bound} if the {n} failed paths had their '
      + 'headcount ({headcount}) in payment default too)',
    risk_failedJobsOne: 'Expected jobs at risk: {jobs} ({bound} if the failed path had its '
      + 'headcount ({headcount}) in payment default too)',
    risk_jobsIfFailed: '{bound} if the {n} failed paths had their headcount ({headcount}) in '
      + 'payment default too',
    risk_jobsIfFailedOne: '{bound} if the failed path had its headcount ({headcount}) in payment '
      + 'default too',
    risk_survivorsOnly: 'Its other figures (covenant breach, IRRs, exit) cover the paths computed '
      + 'only: n = {n} of {of} (docs/risk.md §5).',
    rt_failed: 'Not viable',
    rt_failedExplain: 'Not viable: the share of the paths run that the engine cannot compute '
      + '(reason above). Default (…): with the failed (not viable) paths counted as payment '
      + 'defaults; the figure before the brackets covers the paths computed only (docs/risk.md §5).',
    // the amount of a dividend recapitalisation (docs/deal-format.md amount, drawnIn)
    amountForm: 'Amount given as',
    amountFixed: 'An amount (€)',
    amountTimesEbitda: '× EBITDA of the year before',
    amountUpToNetLeverage: 'Sized to a net leverage',
  },
  fr: {
    title: 'Reprise',
    tagline: 'Les LBO vus depuis l’entreprise qui les paie',
    skipToResults: 'Aller aux résultats',
    footer: 'Reprise est un outil de calcul : il ne donne aucun conseil. Toutes les formules sont '
      + 'dans docs/methodology.md ; montants en euros.',
    language: 'Langue',
    startFrom: 'Partir de',
    blankDeal: 'Opération vierge (modèle)',
    load: 'Charger',
    openFile: 'Ouvrir un fichier…',
    dealName: 'Nom dans les opérations enregistrées',
    save: 'Enregistrer',
    saveAsNew: 'Enregistrer une copie',
    downloadYaml: 'Télécharger l’opération (YAML)',
    downloadJson: 'Télécharger les résultats (JSON)',
    downloadReport: 'Rapport (HTML)',
    downloadExcel: 'Modèle Excel',
    preparingDownload: 'Préparation du fichier…',
    downloaded: '{name} téléchargé.',
    editor: 'L’opération',
    editorHelp: 'Chaque modification recalcule les résultats. Un champ vide prend la valeur par '
      + 'défaut. Valeurs par année : une valeur, ou plusieurs séparées par « ; » (la dernière se '
      + 'répète).',
    results: 'Résultats',
    savedDeals: 'Opérations enregistrées',
    noSavedDeals: 'Aucune opération enregistrée.',
    open: 'Ouvrir',
    rename: 'Renommer',
    duplicate: 'Dupliquer',
    delete: 'Supprimer',
    ok: 'OK',
    cancel: 'Annuler',
    confirmDelete: 'Supprimer « {name} » ? C’est définitif.',
    updated: 'modifiée {date}',
    version: 'version {n}',
    computedIn: 'Calculé en {ms} ms',
    resultSource: 'Source des hypothèses : {source}',
    computing: 'Calcul…',
    loaded: '« {name} » chargée.',
    saved: '« {name} » enregistrée (version {n}).',
    renamed: 'Renommée en « {name} ».',
    duplicated: 'Copiée sous le nom « {name} ».',
    deleted: '« {name} » supprimée.',
    conflict: 'Cette opération a été modifiée ailleurs depuis son ouverture (version {n}). '
      + 'Vos modifications restent sur la page : « Enregistrer une copie », ou rouvrez '
      + 'l’opération.',
    networkError: 'Le serveur ne répond pas : `reprise serve` tourne-t-il encore ?',
    errorIn: 'Erreur dans {where} : {message}',
    inputWarning: 'Attention, {where} : {message}',
    errorGeneral: 'Erreur : {message}',
    savedNotMapping: 'le texte enregistré n’est pas un groupe de clés YAML',
    fileError: 'Impossible d’ouvrir « {name} » : {message}',
    fileNotUtf8: 'ce n’est pas du texte UTF-8 (enregistrez-le en UTF-8)',
    fileUnreadable: 'le fichier n’a pas pu être lu',
    dealHasError: 'L’opération ne peut pas être calculée : les résultats ci-dessous sont ceux de '
      + 'la dernière version valide.',
    unsaved: 'non enregistrée',
    sec_company: 'Entreprise',
    sec_projections: 'Prévisions',
    sec_transaction: 'Prix',
    sec_structure: 'Montage',
    sec_financing: 'Financement',
    sec_tax: 'Impôt',
    sec_covenants: 'Covenants bancaires',
    sec_exit: 'Sortie',
    sec_fund: 'Conditions du fonds (frais et carried interest)',
    sec_other: 'Autres réglages',
    keptAsIs: 'Aussi dans cette opération, conservé tel quel (modifiez le fichier pour le '
      + 'changer) : {keys}',
    addSetting: 'Ajouter un réglage…',
    addEquity: 'Ajouter une catégorie de titres',
    addDebt: 'Ajouter une tranche de dette',
    addItem: 'Ajouter un élément',
    remove: 'Retirer',
    item: '{what} {n}',
    equityItem: 'Catégorie de titres',
    debtItem: 'Tranche de dette',
    yes: 'oui',
    no: 'non',
    kf_irr: 'TRI {party}',
    kf_moic: 'Multiple {party}',
    kf_equity: 'Valeur des titres à la sortie ({year})',
    kf_default: 'Défaut de paiement',
    kf_noDefault: 'Aucun',
    kf_defaultIn: 'Oui, en {year}',
    kf_defaultAtExit: 'À la sortie ({year}) : les prêteurs ne sont pas remboursés en entier',
    kf_shortfall: 'impayé : {amount}',
    lessThanOneEuro: 'moins de 1 €',
    kf_covenants: 'Covenants bancaires',
    kf_covBroken: 'Rompus en {years}',
    kf_covKept: 'Respectés',
    kf_covNotTested: 'Non testés',
    kf_entry: 'Prix payé (valeur d’entreprise)',
    kf_entryMultiple: '{x} × EBE',
    kf_extracted: 'Trésorerie sortie par salarié et par an',
    kf_extractedNote: '{share} des charges de personnel, vers prêteurs et actionnaires',
    kf_noIrr: 'aucun',
    party_paren: '({name})',
    party_quoted: '« {name} »',
    pn_sponsor: 'Investisseur principal {name}',
    pt_sponsor: 'l’investisseur principal {name}',
    po_sponsor: 'de l’investisseur principal {name}',
    pn_equity: 'Actionnaire {name}',
    pt_equity: 'l’actionnaire {name}',
    po_equity: 'de l’actionnaire {name}',
    pn_lender: 'Prêteur {name}',
    pt_lender: 'le prêteur {name}',
    po_lender: 'du prêteur {name}',
    'pn_equity+lender': 'Actionnaire et prêteur {name}',
    'pt_equity+lender': 'l’actionnaire et prêteur {name}',
    'po_equity+lender': 'de l’actionnaire et prêteur {name}',
    pn_party: 'Partie {name}',
    pt_party: 'la partie {name}',
    po_party: 'de la partie {name}',
    kf_irrExplain: 'Le rendement annuel de l’argent apporté par {party}, en tenant compte des '
      + 'dates où il a été versé et récupéré (taux de rendement interne).',
    kf_moicExplain: 'Ce que {party} récupère pour chaque euro apporté.',
    kf_equityExplain: 'Ce que valent les titres des actionnaires à la sortie : le prix de '
      + 'l’entreprise moins sa dette nette de trésorerie et les frais de sortie (négatif si la '
      + 'dette n’est pas couverte).',
    kf_defaultExplain: 'Une année où l’entreprise ne peut pas payer les intérêts ou les '
      + 'remboursements dus.',
    kf_covenantsExplain: 'Des ratios que l’entreprise a promis à ses banques de respecter chaque '
      + 'année ; une rupture permet aux banques d’exiger des changements.',
    kf_entryExplain: 'Le prix de toute l’entreprise, ses titres plus sa dette nette de '
      + 'trésorerie ; le multiple le divise par un an d’EBE (excédent brut d’exploitation), ce '
      + 'que l’activité dégage en trésorerie avant intérêts, impôts et investissements.',
    kf_extractedExplain: 'Ce qui sort de l’entreprise chaque année vers les prêteurs et les '
      + 'actionnaires, par salarié.',
    ch_debt: 'La dette remboursée année après année',
    ch_debtNote: 'Solde de chaque emprunt en fin d’année ; la ligne est la dette nette (dette − '
      + 'trésorerie).',
    ch_cash: 'Où va la trésorerie de l’entreprise chaque année',
    ch_cashNote: 'Ce qui reste du chiffre d’affaires après les fournisseurs, et qui le reçoit.',
    ch_va: 'Qui reçoit la valeur ajoutée',
    ch_vaNote: 'Valeur ajoutée du groupe (société et holding) pendant la détention ({years} ans), '
      + 'par bénéficiaire.',
    ch_returns: 'Rendement par partie',
    bs_title: 'Bilan (le groupe, k€)',
    bs_note: 'La holding et la société comme un seul groupe (la société seule sans holding), au '
      + 'closing et à chaque fin d’exercice. Écart d’acquisition = prix des titres + frais '
      + 'd’acquisition − capitaux propres de la cible, ni amorti ni déprécié (dans une crise il peut '
      + 'dépasser ce que vaut alors l’entreprise ; négatif quand le prix est inférieur aux capitaux '
      + 'propres). Une trésorerie négative est un découvert que le modèle ne finance pas. Aucune ligne n’est un solde : le '
      + 'contrôle est nul quand le résultat, la trésorerie et les soldes concordent (méthodologie '
      + '§ 5.12).',
    bs_k: 'k€', bs_closing: 'Closing', bs_assets: 'Actif', bs_goodwill: 'Écart d’acquisition',
    bs_fixedAssets: 'Immobilisations nettes', bs_workingCapital: 'BFR', bs_cash: 'Trésorerie',
    bs_fees: 'Frais d’emprunt à étaler', bs_premiums: 'Primes de caps à étaler',
    bs_totalAssets: 'Total de l’actif', bs_liabilities: 'Dettes',
    bs_blocked: 'Comptes courants bloqués de participation des salariés',
    bs_participation: 'Participation et forfait social à payer',
    bs_workShare: 'Part travail à payer (SCOP)', bs_interestOnShares: 'Intérêts aux parts à payer (SCOP)',
    bs_totalLiabilities: 'Total des dettes', bs_equity: 'Capitaux propres',
    bs_capital: 'Capitaux propres au closing (capital)', bs_retained: 'Résultats mis en réserve',
    bs_capitalLessPremium: 'Capitaux propres au closing moins primes remboursées (capital)',
    bs_totalEquity: 'Total des capitaux propres', bs_check: 'Contrôle : actif − dettes − capitaux propres',
    ch_returnsNote: 'Taux de rendement interne annuel ; l’étiquette donne le multiple.',
    t_fundNet: 'Les investisseurs du fonds, nets',
    t_fundNetRole: 'après les frais et le carried interest du fonds',
    t_fundNote: 'La société de gestion du fonds prend {fees} de frais de gestion et {carry} de '
      + 'carried interest : le TRI des investisseurs est inférieur de {drag} au TRI brut du fonds '
      + '(conditions du fonds du fichier de l’opération, méthodologie §8.3).',
    t_pointOne: '{n} point de pourcentage',
    t_pointMany: '{n} points de pourcentage',
    t_irrDating: 'TRI : taux annuel des flux de chaque partie, chacun daté d’un 31 décembre (les '
      + 'flux de l’entrée le 31 décembre {year}, puis ceux de chaque année à son dernier jour) ; '
      + 'brut : avant les frais de gestion et l’intéressement aux plus-values (carried interest) '
      + 'd’un éventuel fonds, et avant l’impôt propre à chaque partie.',
    ch_covenants: 'Marge sur les covenants',
    ch_covenantsNote: 'De combien chaque ratio peut se dégrader avant la limite des prêteurs ; '
      + 'sous 0 = covenant rompu.',
    closing: 'closing',
    netDebt: 'Dette nette',
    c_employees: 'Salariés (salaires, participation)',
    c_state: 'État (impôts et taxes)',
    c_lenders: 'Prêteurs (intérêts et remboursements)',
    c_shareholders: 'Actionnaires (distributions)',
    c_reinvestment: 'Réinvestissement (machines, BFR)',
    va_employees: 'Salariés',
    va_state: 'État',
    va_lenders: 'Prêteurs',
    va_shareholders: 'Actionnaires',
    va_company: 'Entreprise (autofinancement)',
    cov_leverage: 'Levier net',
    cov_interest: 'Couverture des intérêts',
    cov_dscr: 'Couverture du service de la dette',
    breach: 'rupture',
    irr: 'TRI',
    aria_debt: 'Dette totale : {closing} au closing, {exit} en {year} ; dette nette {net} en '
      + '{year}.',
    aria_cash: 'Où est allée la trésorerie sur {years} ans : {parts}.',
    aria_va: 'Valeur ajoutée du groupe pendant la détention, {total} : {parts}.',
    aria_returns: 'TRI par partie (multiple) : {parts}.',
    aria_covenants: 'Marge la plus faible : {parts}.',
    aria_covLowest: '{name} {headroom} en {year}',
    aria_scenarios: 'Part de la valeur ajoutée par scénario : {parts}.',
    aria_hist: 'TRI {party} sur {n} trajectoires : médiane {p50}, 5e centile {p5}, 95e '
      + 'centile {p95} ; {loss} des trajectoires perdent tout.',
    t_party: 'Partie',
    t_role: 'Rôle',
    t_invested: 'Investi',
    t_received: 'Reçu',
    t_irr: 'TRI',
    t_moic: 'Multiple',
    role_equity: 'actionnaire',
    role_lender: 'prêteur',
    'role_equity+lender': 'actionnaire et prêteur',
    // Scénarios côte à côte
    sc_title: 'Les scénarios côte à côte',
    sc_note: 'Chaque scénario de propriété de la liste « scenarios » de l’opération, calculé '
      + 'comme l’opération (comme `reprise compare`). Valeur ajoutée sur la durée de détention '
      + 'de chaque scénario.',
    sc_error: 'Les scénarios ne peuvent pas être comparés : {message}',
    sc_vaChart: 'Qui reçoit la valeur ajoutée, par scénario',
    sc_vaChartNote: 'Part de la valeur ajoutée du groupe sur la durée de détention, par '
      + 'bénéficiaire.',
    sc_kind: 'Type',
    sc_horizon: 'Durée de détention',
    'kind_status-quo': 'statu quo (pas de rachat)',
    'kind_fund-lbo': 'LBO par un fonds',
    'kind_employee-lbo': 'rachat par les salariés',
    kind_scop: 'coopérative (SCOP)',
    sc_pricePaid: 'Prix payé',
    sc_debt: 'Dette au closing',
    sc_valueAdded: 'Valeur ajoutée sur la durée de détention',
    sc_vaTotal: 'Total',
    sc_participation: 'Participation par salarié (toute la période)',
    sc_extracted: 'Trésorerie sortie par salarié et par an',
    sc_returns: 'Rendement par partie (TRI, multiple)',
    sc_blended: 'Ensemble des fonds propres (TRI, multiple)',
    sc_envy: 'Ratio d’envie (ce que le sponsor paie par point des actions ordinaires, rapporté au management)',
    sc_envyNone: 'sans objet ({reason})',
    'sc_envy_cooperative': 'SCOP',
    'sc_envy_no-buyout': 'statu quo',
    'sc_envy_not-sponsor-led': 'sponsor minoritaire',
    'sc_envy_no-management': 'pas de management',
    'sc_envy_sponsor-holds-no-shares': 'sponsor sans actions',
    'sc_envy_management-paid-nothing': 'le management n’a rien payé',
    sc_default: 'Défaut de paiement',
    sc_covenants: 'Covenants',
    sc_breachedIn: 'rompus en {year}',
    sc_notBreached: 'jamais rompus',
    sc_notTested: 'non testés',
    sc_years: '{years} ans, sortie en {year}',
    // Risque (Monte-Carlo)
    risk_title: 'Risque',
    risk_note: 'Simule l’opération sur des milliers de cycles économiques aléatoires (récessions '
      + 'comme 2009 comprises ; section « risk » de l’opération, ou les valeurs par défaut '
      + 'documentées pour un sous-traitant automobile). La même graine donne toujours les mêmes '
      + 'chiffres.',
    risk_button: 'Simuler ({n} trajectoires)',
    risk_buttonPlain: 'Simuler',
    risk_pathsLabel: 'Trajectoires par scénario',
    risk_seedLabel: 'Graine',
    risk_pathsError: 'Un nombre entier de trajectoires de 1 à {max} est attendu.',
    risk_seedError: 'Un nombre entier est attendu, par exemple 1 (la même graine donne les mêmes '
      + 'chiffres).',
    risk_stop: 'Arrêter',
    risk_starting: 'Lancement de la simulation…',
    risk_running: 'Simulation… {p} faits',
    risk_done: '{n} trajectoires simulées par scénario en {s} s (graine {seed}).',
    risk_doneSome: 'Simulation pendant {s} s (graine {seed}) :',
    risk_scenarioPaths: '{name} {n} trajectoires',
    risk_scenarioPartial: '{name} {n} trajectoires sur {of} (partiel)',
    risk_noneDone: 'aucun scénario n’a fini une trajectoire.',
    risk_notReached: 'Non atteints : {names}.',
    risk_partialNote: 'sur {n} trajectoires de {of} (arrêtée)',
    listSeparator: ', ',
    groupSeparator: ' ; ',
    risk_timedOut: 'Arrêtée à la limite de temps : les chiffres portent sur les trajectoires faites.',
    risk_stopped: 'Arrêtée : les chiffres portent sur les trajectoires faites.',
    risk_failed: 'La simulation a échoué : {message}',
    risk_stale: 'L’opération a changé depuis cette simulation : simulez à nouveau pour la mettre '
      + 'à jour.',
    risk_default: 'Probabilité d’un défaut de paiement ({scenario})',
    risk_defaultNote: 'd’ici {year} : la sortie',
    risk_standardError: 'erreur type {se}',
    risk_breach: 'Probabilité d’un bris de covenant',
    risk_jobs: 'Emplois menacés (espérance)',
    risk_defaultExplain: 'La part des trajectoires simulées où l’entreprise ne peut pas payer, au '
      + 'moins une fois avant la sortie, les intérêts ou les remboursements dus, ou dont la valeur '
      + 'à la sortie (un prix de vente, ou une évaluation quand personne ne vend) ne rembourse pas '
      + 'entièrement un prêteur.',
    risk_exitOnly: 'dont {p} à la sortie seulement',
    risk_jobsExitOnly: 'dont {n} sur des trajectoires en défaut à la sortie seulement, où '
      + 'l’entreprise est cédée en activité et ses prêteurs portent la perte',
    risk_jobsExitOnlyValued: 'dont {n} sur des trajectoires en défaut à la sortie seulement, où '
      + 'l’entreprise, évaluée en activité à la fin du plan sans que personne ne la vende, ne '
      + 'couvre pas les créances de ses prêteurs',
    risk_noCovenant: 'aucun covenant testé',
    rt_substituted: '{party} : {n} trajectoires ({share}) n’ont pas de TRI unique et sont classées '
      + 'à leur multiple annualisé.',
    rt_substitutedOne: '{party} : une trajectoire ({share}) n’a pas de TRI unique et est classée à '
      + 'son multiple annualisé.',
    risk_breachExplain: 'La part des trajectoires simulées où l’entreprise rompt, au moins une fois '
      + 'avant la sortie, un ratio promis à ses banques.',
    risk_jobsExplain: 'L’effectif de l’entreprise l’année de son premier défaut de paiement, en '
      + 'moyenne sur toutes les trajectoires (0 pour une trajectoire sans défaut) : les emplois que '
      + 'les défauts mettent en jeu, pas une prévision de suppressions d’emplois.',
    rt_percentilesExplain: 'p5 … p95 : le TRI en dessous duquel tombent 5 %, 25 %, 50 % (la '
      + 'médiane), 75 % et 95 % des trajectoires simulées ; p5 est un mauvais cas, p95 un bon.',
    rt_meanExplain: 'moyenne : la moyenne des TRI des trajectoires, une trajectoire qui perd tout '
      + 'comptant pour −100 %.',
    rt_pooledExplain: 'agrégé (TRI des flux moyens) : le TRI des flux moyens de toutes les '
      + 'trajectoires, comme si un investisseur détenait une part égale de chacune ; chaque '
      + 'trajectoire y pèse selon l’argent en jeu.',
    risk_scenario: 'Scénario',
    risk_hist: 'Distribution du TRI {party}',
    risk_histNote: 'Nombre de trajectoires simulées par tranche de TRI (1 % des trajectoires de '
      + 'chaque côté sont laissées de côté). {loss} des trajectoires perdent tout (TRI −100 %).',
    risk_paths: 'trajectoires',
    rt_scenario: 'Scénario',
    rt_paths: 'Trajectoires',
    rt_partial: '{n} sur {of} (partiel)',
    rt_notReached: 'non simulé : la simulation s’est arrêtée avant ce scénario',
    rt_default: 'Défaut',
    rt_breach: 'Rupture de covenant',
    rt_party: 'TRI de',
    rt_p5: 'p5',
    rt_p25: 'p25',
    rt_p50: 'médiane',
    rt_p75: 'p75',
    rt_p95: 'p95',
    rt_mean: 'moyenne',
    rt_pooled: 'agrégé (TRI des flux moyens)',
    rt_caption: 'Probabilité de défaut et centiles du TRI du premier actionnaire, par scénario',
    re_caption: 'Où la simulation est centrée : chiffre d’affaires et EBE (tel que constaté) de l’année de sortie '
      + 'dans le plan (le calcul déterministe) et sur les trajectoires simulées, par scénario',
    re_scenario: 'Scénario',
    re_exit: 'Sortie',
    re_revenue: 'Chiffre d’affaires {year}',
    re_ebitda: 'EBE {year}',
    re_plan: 'plan (déterministe)',
    re_p50: 'P50',
    re_mean: 'moyenne',
    re_p50VsPlan: 'écart P50 / plan',
    re_meanVsPlan: 'écart moyenne / plan',
    sec_personalTax: 'Imposition personnelle des gains de sortie (les personnes physiques)',
    rc_title: 'Recapitalisation (dividend recap)',
    rc_note: 'Une tranche empruntée pendant la détention et versée aux actionnaires (méthodologie '
      + '§5.13) : tirée au début de son année, sa commission de mise en place payée aux prêteurs '
      + 'sur le produit de l’emprunt, le reste versé dans l’ordre des distributions (comptes '
      + 'courants d’associés d’abord, puis les titres, les dividendes dans la limite des réserves '
      + 'distribuables) ; ce que les réserves ne peuvent recevoir reste dans la trésorerie de la '
      + 'société. Les prêteurs ne prêtent pas après un défaut de paiement ou un bris de '
      + 'covenant l’année précédente, ni quand leur test de levier échoue.',
    rc_caption: 'La recapitalisation : ce qui a été emprunté et ce que les actionnaires ont reçu',
    rc_year: 'Début', rc_tranche: 'Tranche', rc_borrowed: 'Emprunté',
    rc_fees: 'Commissions (aux prêteurs)', rc_paid: 'Versé aux actionnaires',
    rc_loans: 'dont comptes courants remboursés', rc_kept: 'Conservé dans la trésorerie',
    rc_refused_default: 'Non tirée : {year} était en défaut de paiement, et aucun prêteur ne prête '
      + 'tant qu’un défaut dure.',
    rc_refused_covenantBreach: 'Non tirée : {year} n’a pas respecté un covenant, et aucun prêteur '
      + 'ne prête tant qu’un bris dure.',
    rc_refused_leverage: 'Non tirée : avec l’emprunt, la dette nette / EBE de {year} aurait été de '
      + '{ratio}, au-delà des {max} que les prêteurs autorisent.',
    rc_refused_leverageAny: 'Non tirée : le test des prêteurs a échoué, dette nette / EBE de '
      + '{year} avec l’emprunt au-delà de ce qu’ils autorisent.',
    rc_refused_noEbitda: 'Non tirée : l’EBE de {year} n’était pas positif.',
    rc_sized: 'Dimensionnée pour un levier net de {target} : avec l’emprunt, la dette nette / EBE '
      + 'de {year} s’établit à {ratio}.',
    rc_noRoom: 'Rien à tirer : la dette nette / EBE de {year} était déjà de {ratio}, pas en dessous '
      + 'de la cible de {target}.',
    rc_capped: 'Dimensionnée pour un levier net de {target}, plafonnée à son maxAmount : avec '
      + 'l’emprunt, la dette nette / EBE de {year} s’établit à {ratio}.',
    pt_title: 'Imposition personnelle des gains de sortie',
    pt_intro: 'L’impôt des personnes physiques sur leurs gains à la sortie (section personalTax ; '
      + 'le fonds n’est pas imposé ici) : le prélèvement forfaitaire, {rate}, sur une plus-value.',
    pt_package: 'Un management package (CGI art. 163 bis H) est une plus-value jusqu’à un plafond, '
      + 'le montant investi × (3 × le multiple de l’ensemble des fonds propres, {ratio}, − 1), ce '
      + 'multiple mesurant la performance de la société ; au-delà, un salaire, imposé au taux '
      + 'marginal des détenteurs de {salaryRate} et à une contribution de {contribution}.',
    pt_tooShort: 'Détenu {years} an, moins que les deux ans que demande la loi : tout le gain du '
      + 'package est un salaire.',
    pt_caption: 'L’impôt des personnes physiques sur leurs gains de sortie, par catégorie de titres',
    pt_class: 'Titres (détenteur)', pt_invested: 'Investi', pt_gain: 'Gain', pt_ceiling: 'Plafond',
    pt_capital: 'Plus-value', pt_salary: 'Salaire', pt_tax: 'Impôt', pt_net: 'Gain net',
    pt_netIrr: 'TRI net', pt_netMultiple: 'Multiple net', pt_total: 'Total',
    pt_state: 'L’État prélève {total} sur les gains de sortie des personnes physiques : {capital} '
      + 'de prélèvement forfaitaire sur les plus-values et les dividendes, {salary} d’impôt sur le '
      + 'revenu et de contribution sur les parts salaire (méthodologie §8.4).',
    pt_dividends: 'Dividendes',
    pt_dividendsNote: 'Les dividendes reçus pendant la détention (et l’année de la sortie, à côté '
      + 'du prix de cession) sont imposés à part, au prélèvement forfaitaire, l’année où ils sont '
      + 'reçus (CGI art. 158-3 et 200 A) : ils ne font pas partie du gain de cession que l’article '
      + '163 bis H partage entre plus-value et salaire (méthodologie §8.4).',
    pt_loss: 'Une perte n’est pas imposée : elle s’impute d’abord sur les plus-values du même '
      + 'détenteur sur ses autres titres cédés à la sortie (CGI art. 150-0 D, 11 : une économie '
      + 'montrée comme un impôt négatif sur la ligne de la perte), puis sur ses autres plus-values '
      + 'de l’année et des dix suivantes, hors de l’opération.',
    risk_recap: 'Recapitalisation tirée',
    risk_recapExplain: 'La part des trajectoires simulées où les prêteurs accordent la '
      + 'recapitalisation et où les actionnaires la reçoivent. Elle est refusée là où l’année '
      + 'précédente était en défaut ou en bris de covenant, ou le test de levier des prêteurs a '
      + 'échoué ; une recapitalisation dimensionnée sur un levier cible ne tire rien non plus, sans '
      + 'refus, là où il n’y a pas de marge sous la cible.',
    risk_recapRefused: 'refusée sur {p} des trajectoires',
    risk_recapNoRoom: 'Dimensionnée sur un levier net cible, elle ne tire rien, sans refus, sur {p} '
      + 'des trajectoires : pas de marge sous la cible',
    rt_recap: 'Recap tirée',
    // une espace insécable (\u00a0) avant « : » et « ; », comme les libellés de reprise simulate
    risk_notViable: 'Non viable (trajectoires en échec)\u00a0: {p} des {n} trajectoires lancées '
      + '(erreur type {se})',
    risk_failedPath: 'trajectoire {index}\u00a0: {reason}',
    risk_failureReason: '{path}\u00a0: {message}',
    risk_firstFailure: 'Premier échec\u00a0: {failure}',
    risk_failedDefault: 'Défaut de paiement\u00a0: {p} ({bound} si les {n} trajectoires en échec '
      + 'étaient en défaut)',
    risk_failedDefaultOne: 'Défaut de paiement\u00a0: {p} ({bound} si la trajectoire en échec '
      + 'était en défaut)',
    risk_ifFailedDefaulted: '{bound} si les {n} trajectoires en échec étaient en défaut',
    risk_ifFailedDefaultedOne: '{bound} si la trajectoire en échec était en défaut',
    risk_failedJobs: 'Emplois menacés (espérance)\u00a0: {jobs} ({bound} si les {n} trajectoires en '
      + 'échec avaient aussi leur effectif ({headcount}) en défaut de paiement)',
    risk_failedJobsOne: 'Emplois menacés (espérance)\u00a0: {jobs} ({bound} si la trajectoire en '
      + 'échec avait aussi son effectif ({headcount}) en défaut de paiement)',
    risk_jobsIfFailed: '{bound} si les {n} trajectoires en échec avaient aussi leur effectif '
      + '({headcount}) en défaut de paiement',
    risk_jobsIfFailedOne: '{bound} si la trajectoire en échec avait aussi son effectif '
      + '({headcount}) en défaut de paiement',
    risk_survivorsOnly: 'Ses autres chiffres (rupture de covenant, TRI, sortie) ne portent que sur '
      + 'les trajectoires calculées\u00a0: n = {n} sur {of} (docs/risk.md §5).',
    rt_failed: 'Non viable',
    rt_failedExplain: 'Non viable\u00a0: la part des trajectoires lancées que le moteur ne peut pas '
      + 'calculer (raison ci-dessus). Défaut (…)\u00a0: en comptant les trajectoires en échec (non '
      + 'viables) comme des défauts de paiement\u00a0; le chiffre avant les parenthèses ne porte que '
      + 'sur les trajectoires calculées (docs/risk.md §5).',
    amountForm: 'Montant exprimé en',
    amountFixed: 'Un montant (€)',
    amountTimesEbitda: '× EBE de l’année précédente',
    amountUpToNetLeverage: 'Levier net cible',
  },
};

// Labels that depend on where a key is, by path.
const PATH_LABELS = {
  en: {
    name: 'Deal name', 'company.name': 'Company name',
    source: 'Source of the assumptions (buyer’s plan of such date, expert’s restatement, fictional example…)',
    'participation.blockedAccounts.years': 'Years blocked before payment',
    'participation.blockedAccounts.rate': 'Interest rate of the accounts (at least the TMOP)',
    'participation.blockedAccounts.interest': 'Interest of the accounts',
    'participation.blockedAccounts.earlyRelease': 'Share released early each year (departures…)',
    'participation.blockedAccounts.levies': 'Employees’ CSG and CRDS withheld at the credit',
    'participation.blockedAccounts.opening': 'Held at the closing, by the year paid out (year 1 first; “;” between)',
  },
  fr: {
    name: 'Nom de l’opération', 'company.name': 'Nom de l’entreprise',
    source: 'Source des hypothèses (plan d’affaires de l’acquéreur du…, retraitement par l’expert, exemple fictif…)',
    'participation.blockedAccounts.years': 'Années de blocage avant versement',
    'participation.blockedAccounts.rate': 'Taux d’intérêt des comptes (au moins le TMOP)',
    'participation.blockedAccounts.interest': 'Intérêts des comptes',
    'participation.blockedAccounts.earlyRelease': 'Part débloquée par anticipation chaque année (départs…)',
    'participation.blockedAccounts.levies': 'CSG et CRDS des salariés précomptées à l’affectation',
    'participation.blockedAccounts.opening': 'Détenus à la clôture, par année de versement (année 1 d’abord ; « ; » entre)',
  },
};

/** @return the label of the key at a path (list indexes as []), or null */
export function pathLabel(path) {
  return PATH_LABELS[lang][path] ?? null;
}

// Labels of the deal's keys (docs/deal-format.md). A key not listed is shown as written.
const KEYS = {
  en: {
    name: 'Name', kind: 'Kind of deal', company: 'Company', headcount: 'Headcount (people)',
    baseYear: 'Base year (last closed year)', actuals: 'Base-year accounts',
    revenue: 'Revenue', purchases: 'Purchases', externalCharges: 'External charges',
    otherTaxes: 'Other taxes', personnelCosts: 'Personnel costs', depreciation: 'Depreciation',
    capex: 'Capital expenditure', netWorkingCapital: 'Working capital', cash: 'Cash',
    financialDebt: 'Existing financial debt', bookEquity: 'Book equity',
    distributableReserves: 'Distributable reserves', taxLosses: 'Tax losses carried forward',
    projections: 'Projections', growth: 'Growth per year', increase: 'Increase per year',
    amounts: 'Amounts per year', inflation: 'Inflation', costs: 'Costs',
    ebitdaMargin: 'EBITDA margin', workingCapital: 'Working capital',
    minimumCash: 'Minimum cash', interestOnCash: 'Interest on cash',
    shareOfRevenue: 'Share of revenue', change: 'Change per year', variable: 'Variable (share of revenue)',
    fixed: 'Fixed (base-year money)', personnel: 'Personnel', averageCost: 'Average cost per head',
    wageGrowth: 'Wage growth',
    transaction: 'Transaction', price: 'Price', multiple: 'Multiple (× EBITDA)', of: 'Of',
    amount: 'Amount', shareOfPrice: 'Share of the price', refinanceExistingDebt: 'Repay the existing debt at closing',
    fees: 'Fees', cashToBalanceSheet: 'Cash put into the company', closingDate: 'Closing date',
    structure: 'Structure', type: 'Type', taxGroup: 'Tax group', holdingCosts: 'Holding running costs',
    mergedEquity: 'Equity of the merged company (push-down)',
    sharePremium: 'Share premium the shareholders may be paid (after the reserves)',
    financing: 'Financing', equity: 'Equity', debt: 'Debt', cashSweep: 'Cash sweep',
    sweepBasis: 'Sweep taken on (cash above the minimum, or the year’s excess cash flow)',
    distributions: 'Distributions', holder: 'Holder',
    distributionLockUp: 'No distribution after a covenant breach or a payment default',
    sweepLeverage: 'Sweep steps tested on (total or senior net leverage)',
    leverageAbove: 'Applies above net leverage (×)',
    distributionMaxLeverage: 'Distributions: highest net leverage after paying (×)',
    distributionMinDebtServiceCover: 'Distributions: lowest debt service cover (×)',
    distributionBlockedAfterBreach: 'No distribution in the year after a breach or a default',
    coupon: 'Coupon', ownership: 'Ownership', role: 'Role in the envy ratio',
    lender: 'Lender', borrower: 'Borrower', timesEbitda: '× EBITDA', limit: 'Limit',
    drawn: 'Drawn at closing', rate: 'Interest rate', base: 'Base rate', margin: 'Margin',
    floor: 'Floor', pik: 'PIK interest', upfrontFee: 'Upfront fee', repayment: 'Repayment',
    linear: 'Linear over (years)', bullet: 'All at once in year', schedule: 'Schedule (share per year)',
    sweep: 'Takes part in the sweep', sweepOrder: 'Order in the sweep',
    pariPassu: 'Ranks pari passu with (group name)',
    prepaymentFee: 'Prepayment fee at the exit (by year of exit)',
    distressedValue: 'Value after a payment default (distressed sale)',
    sale: 'Sold at the exit (otherwise only valued there: the owners keep the company)',
    commitmentFee: 'Commitment fee', existing: 'Existing debt left in place',
    tax: 'Tax', preset: 'Rules', smeReducedRate: 'SME reduced rate',
    interestCap: 'Interest deduction cap', share: 'Share', standalone: 'Stand-alone company',
    lossCarryForward: 'Loss carry-forward', allowance: 'Allowance', excessShare: 'Share above it',
    socialContribution: 'Social contribution (3.3 %)',
    dividendAddBack: 'Add-back for costs and charges on dividends (parent–subsidiary regime)',
    groupDividendAddBack: 'Add-back for costs and charges on dividends within the tax group',
    relatedPartyRate: 'Shareholder loans: highest deductible rate',
    thinCap: 'Thin capitalisation (loans of a controlling holder above 1.5 × equity)',
    safeguardClause: 'Safeguard clause (equity / assets at least the consolidated group’s: 75 % of the excess deducted)',
    acquisitionCostAmortisation: 'Acquisition costs amortised for tax by the holding (years; CGI 209 VII: 5)',
    covenants: 'Covenants', maxNetLeverage: 'Maximum net leverage (×)',
    minInterestCover: 'Minimum interest cover (×)', minDebtServiceCover: 'Minimum debt service cover (×)',
    exit: 'Exit', year: 'Year', value: 'Value', conventions: 'Conventions', interest: 'Interest on',
    participation: 'Profit-sharing (participation)', cooperative: 'Cooperative (SCOP)',
    applies: 'Applies', grossWageShare: 'Share of gross wages', forfaitSocial: 'Forfait social',
    perEmployeeCap: 'Cap per employee', baseYearReserve: 'Base-year reserve',
    baseYearReserveRegime: 'Base-year reserve settled under the rules of',
    blockedAccounts: 'Blocked current accounts (reserve kept in the company)',
    fund: 'The fund’s terms (net returns of its investors)',
    managementFee: 'Management fee per year', feeBasis: 'Fee charged on', hurdle: 'Hurdle (preferred return)',
    carry: 'Carried interest', catchUp: 'Catch-up (the manager’s share until it has its carry)',
    ratchet: 'Management ratchet', beneficiary: 'Beneficiary (holder)',
    investor: 'Investor whose return is tested (holder)', test: 'Tested on',
    tiers: 'Tiers', atLeast: 'From an investor’s return of (multiple, or IRR as a %)',
    hedge: 'Interest-rate hedge', strike: 'Cap strike (base rate)', premium: 'Cap premium (share of the notional)',
    years: 'Years',
    drawnIn: 'Drawn during the hold, at the start of the year (a dividend recapitalisation)',
    drawMaxNetLeverage: 'Drawn only if net debt / EBITDA of the year before, with the loan, is at most (×)',
    upToNetLeverage: 'Up to a net leverage of (×): net debt / EBITDA of the year before, with the loan',
    maxAmount: 'At most (the lenders’ commitment; empty: no cap)',
    managementPackage: 'Management package (the gain above a ceiling taxed as salary, CGI art. 163 bis H)',
    personalTax: 'The individuals’ tax on their exit gains',
    holders: 'Equity holders who are individuals (“;” between)',
    capitalGainsRate: 'Flat tax on a capital gain (income tax and social levies)',
    salaryRate: 'Holders’ marginal income-tax rate on the salary part',
    salaryContribution: 'Contribution on the salary part',
  },
  fr: {
    name: 'Nom', kind: 'Type d’opération', company: 'Entreprise', headcount: 'Effectif (personnes)',
    baseYear: 'Année de base (dernier exercice clos)', actuals: 'Comptes de l’année de base',
    revenue: 'Chiffre d’affaires', purchases: 'Achats', externalCharges: 'Charges externes',
    otherTaxes: 'Impôts et taxes', personnelCosts: 'Charges de personnel',
    depreciation: 'Amortissements', capex: 'Investissements', netWorkingCapital: 'BFR',
    cash: 'Trésorerie', financialDebt: 'Dette financière existante', bookEquity: 'Capitaux propres',
    distributableReserves: 'Réserves distribuables', taxLosses: 'Déficits reportables',
    projections: 'Prévisions', growth: 'Croissance par an', increase: 'Hausse par an',
    amounts: 'Montants par an', inflation: 'Inflation', costs: 'Charges',
    ebitdaMargin: 'Taux de marge d’EBE', workingCapital: 'BFR', minimumCash: 'Trésorerie minimale',
    interestOnCash: 'Intérêts sur la trésorerie', shareOfRevenue: 'Part du chiffre d’affaires',
    change: 'Variation par an', variable: 'Variable (part du CA)', fixed: 'Fixe (euros de l’année de base)',
    personnel: 'Personnel', averageCost: 'Coût moyen par personne', wageGrowth: 'Hausse des salaires',
    transaction: 'Transaction', price: 'Prix', multiple: 'Multiple (× EBE)', of: 'Appliqué à',
    amount: 'Montant', shareOfPrice: 'Part du prix', refinanceExistingDebt: 'Rembourser la dette existante au closing',
    fees: 'Frais', cashToBalanceSheet: 'Trésorerie apportée à l’entreprise', closingDate: 'Date du closing',
    structure: 'Montage', type: 'Type', taxGroup: 'Intégration fiscale', holdingCosts: 'Frais de la holding',
    mergedEquity: 'Capitaux propres de la société fusionnée (push-down)',
    sharePremium: 'Prime d’émission distribuable aux associés (après les réserves)',
    financing: 'Financement', equity: 'Fonds propres', debt: 'Dette', cashSweep: 'Cash sweep',
    sweepBasis: 'Assiette du sweep (trésorerie au-delà du minimum, ou flux excédentaire de l’année)',
    distributions: 'Distributions', holder: 'Détenteur',
    distributionLockUp: 'Pas de distribution après un bris de covenant ou un défaut de paiement',
    sweepLeverage: 'Paliers du sweep testés sur (levier net total ou senior)',
    leverageAbove: 'S’applique au-dessus du levier net (×)',
    distributionMaxLeverage: 'Distributions : levier net maximal après paiement (×)',
    distributionMinDebtServiceCover: 'Distributions : couverture minimale du service de la dette (×)',
    distributionBlockedAfterBreach: 'Pas de distribution l’année qui suit une rupture ou un défaut',
    coupon: 'Coupon', ownership: 'Part du capital', role: 'Rôle dans le ratio d’envie',
    lender: 'Prêteur', borrower: 'Emprunteur', timesEbitda: '× EBE', limit: 'Plafond',
    drawn: 'Tiré au closing', rate: 'Taux d’intérêt', base: 'Taux de base', margin: 'Marge',
    floor: 'Plancher', pik: 'Intérêts capitalisés (PIK)', upfrontFee: 'Commission de mise en place',
    repayment: 'Remboursement', linear: 'Linéaire sur (années)', bullet: 'En une fois l’année',
    schedule: 'Échéancier (part par an)', sweep: 'Participe au cash sweep',
    sweepOrder: 'Rang dans le cash sweep', commitmentFee: 'Commission de non-utilisation',
    pariPassu: 'De même rang (pari passu) que le groupe',
    prepaymentFee: 'Indemnité de remboursement anticipé à la sortie (par année de sortie)',
    distressedValue: 'Valeur après un défaut de paiement (vente en difficulté)',
    sale: 'Vendue à la sortie (sinon seulement évaluée : les propriétaires gardent l’entreprise)',
    existing: 'Dette existante conservée', tax: 'Impôt', preset: 'Règles',
    smeReducedRate: 'Taux réduit PME', interestCap: 'Plafonnement des charges financières',
    share: 'Part', standalone: 'Société autonome', lossCarryForward: 'Report des déficits',
    allowance: 'Franchise', excessShare: 'Part au-delà', socialContribution: 'Contribution sociale (3,3 %)',
    dividendAddBack: 'Quote-part de frais et charges (régime mère-fille)',
    groupDividendAddBack: 'Quote-part de frais et charges dans le groupe intégré',
    relatedPartyRate: 'Comptes courants d’associés : taux maximal déductible',
    thinCap: 'Sous-capitalisation (prêts d’un associé qui contrôle au-delà de 1,5 × les fonds propres)',
    safeguardClause: 'Clause de sauvegarde (fonds propres / actifs au moins ceux du groupe consolidé : 75 % de l’excédent déduits)',
    acquisitionCostAmortisation: 'Frais d’acquisition amortis fiscalement par la holding (années ; CGI 209 VII : 5)',
    covenants: 'Covenants', maxNetLeverage: 'Levier net maximal (×)',
    minInterestCover: 'Couverture des intérêts minimale (×)',
    minDebtServiceCover: 'Couverture du service de la dette minimale (×)',
    exit: 'Sortie', year: 'Année', value: 'Valeur', conventions: 'Conventions', interest: 'Intérêts sur',
    participation: 'Participation', cooperative: 'Coopérative (SCOP)', applies: 'S’applique',
    grossWageShare: 'Part des salaires bruts', forfaitSocial: 'Forfait social',
    perEmployeeCap: 'Plafond par salarié', baseYearReserve: 'Réserve de l’année de base',
    baseYearReserveRegime: 'Réserve de l’année de base réglée selon les règles de',
    blockedAccounts: 'Comptes courants bloqués (réserve conservée dans l’entreprise)',
    fund: 'Conditions du fonds (rendement net de ses investisseurs)',
    managementFee: 'Frais de gestion par an', feeBasis: 'Frais calculés sur', hurdle: 'Rendement prioritaire (hurdle)',
    carry: 'Carried interest', catchUp: 'Rattrapage (part du gérant jusqu’à son carried interest)',
    ratchet: 'Ratchet du management', beneficiary: 'Bénéficiaire (détenteur)',
    investor: 'Investisseur dont le rendement est testé (détenteur)', test: 'Testé sur',
    tiers: 'Paliers', atLeast: 'À partir d’un rendement de l’investisseur de (multiple, ou TRI en %)',
    hedge: 'Couverture de taux', strike: 'Prix d’exercice du cap (taux de base)', premium: 'Prime du cap (part du notionnel)',
    years: 'Années',
    drawnIn: 'Tirée pendant la détention, au début de l’année (une recapitalisation, dividend recap)',
    drawMaxNetLeverage: 'Tirée seulement si dette nette / EBE de l’année précédente, avec l’emprunt, est au plus de (×)',
    upToNetLeverage: 'Jusqu’à un levier net de (×) : dette nette / EBE de l’année précédente, avec l’emprunt',
    maxAmount: 'Au plus (l’engagement des prêteurs ; vide : sans plafond)',
    managementPackage: 'Management package (le gain au-delà d’un plafond imposé comme un salaire, CGI art. 163 bis H)',
    personalTax: 'Impôt des personnes physiques sur leurs gains de sortie',
    holders: 'Détenteurs qui sont des personnes physiques (« ; » entre)',
    capitalGainsRate: 'Prélèvement forfaitaire sur une plus-value (impôt et prélèvements sociaux)',
    salaryRate: 'Taux marginal d’impôt sur le revenu des détenteurs sur la part salaire',
    salaryContribution: 'Contribution sur la part salaire',
  },
};

// Labels of the values of the form's drop-down lists (form.js CHOICES); the value in the file
// stays the key.
const CHOICE_LABELS = {
  en: {
    'fund-lbo': 'LBO by a fund', 'employee-lbo': 'Employee buyout',
    scop: 'Workers’ cooperative (SCOP)', 'status-quo': 'Status quo (no buyout)',
    ltm: 'Last twelve months (LTM)', forward: 'Following year (forward)',
    holding: 'Holding company', pushdown: 'Push-down (the debt in the company itself)',
    ordinary: 'Ordinary shares', preferred: 'Preferred shares',
    'shareholder-loan': 'Shareholder loan',
    sponsor: 'Sponsor (lead investor)', management: 'Management', 'co-investor': 'Co-investor',
    term: 'Term loan', revolver: 'Revolving credit facility', 'vendor-loan': 'Vendor loan',
    opco: 'Operating company',
    france: 'France (French corporate tax)', generic: 'Generic (one flat rate)',
    average: 'Average of the opening and closing debt', opening: 'Debt at the start of the year',
    cash: 'Cash above the minimum', excessCashFlow: 'Excess cash flow of the year',
    total: 'Total net debt / EBITDA', senior: 'Senior net debt / EBITDA',
    paid: 'Paid to the employees each year', capitalised: 'Added to the accounts (capitalised)',
    swap: 'Swap (pays a fixed rate)', cap: 'Cap (receives the base rate above a strike)',
    multiple: 'Multiple of money', irr: 'IRR',
    committed: 'The amounts invested (commitments)', invested: 'The cost still invested',
    deal: 'The deal (its forfait social, its blocked accounts)',
    preDeal: 'The company before the deal (paid in cash, 20 % forfait social)',
  },
  fr: {
    'fund-lbo': 'LBO par un fonds', 'employee-lbo': 'Rachat par les salariés',
    scop: 'Coopérative (SCOP)', 'status-quo': 'Statu quo (pas de rachat)',
    ltm: 'Douze derniers mois (LTM)', forward: 'Année suivante (forward)',
    holding: 'Holding', pushdown: 'Push-down (la dette dans la société elle-même)',
    ordinary: 'Actions ordinaires', preferred: 'Actions de préférence',
    'shareholder-loan': 'Compte courant d’associé',
    sponsor: 'Sponsor (investisseur principal)', management: 'Management',
    'co-investor': 'Co-investisseur',
    term: 'Prêt à terme', revolver: 'Crédit renouvelable (RCF)', 'vendor-loan': 'Crédit vendeur',
    opco: 'Société d’exploitation',
    france: 'France (impôt sur les sociétés)', generic: 'Générique (un taux unique)',
    average: 'Moyenne de la dette d’ouverture et de clôture',
    opening: 'Dette au début de l’année',
    cash: 'Trésorerie au-delà du minimum', excessCashFlow: 'Flux excédentaire de l’année',
    total: 'Dette nette totale / EBITDA', senior: 'Dette senior nette / EBITDA',
    paid: 'Versés aux salariés chaque année', capitalised: 'Ajoutés aux comptes (capitalisés)',
    swap: 'Swap (paie un taux fixe)', cap: 'Cap (reçoit le taux de base au-delà d’un prix d’exercice)',
    multiple: 'Multiple', irr: 'TRI',
    committed: 'Les montants investis (engagements)', invested: 'Le coût encore investi',
    deal: 'L’opération (son forfait social, ses comptes bloqués)',
    preDeal: 'L’entreprise avant l’opération (versée, forfait social de 20 %)',
  },
};

/** @return the label of a drop-down list's value, or the value itself */
export function choiceLabel(value) {
  return CHOICE_LABELS[lang][value] ?? CHOICE_LABELS.en[value] ?? value;
}

/**
 * @param choices the values of the form's drop-down lists
 * @return what one language has and the other lacks ("fr.keys: headcount"), and the choices
 *     without a label; a test checks that there is nothing
 */
export function dictionaryGaps(choices = []) {
  const gaps = [];
  const dictionaries = { texts: TEXTS, keys: KEYS, paths: PATH_LABELS, choices: CHOICE_LABELS };
  for (const [name, d] of Object.entries(dictionaries)) {
    for (const [a, b] of [['en', 'fr'], ['fr', 'en']]) {
      gaps.push(...Object.keys(d[a]).filter((k) => !(k in d[b]))
        .map((k) => b + '.' + name + ': ' + k));
    }
  }
  for (const c of choices) {
    for (const l of ['en', 'fr']) {
      if (!(c in CHOICE_LABELS[l])) {
        gaps.push(l + '.choices: ' + c);
      }
    }
  }
  return gaps;
}

let lang = 'en';

/** @return the current language, 'en' or 'fr' */
export function currentLang() {
  return lang;
}

/** Sets the language ('en' or 'fr'); the caller re-renders. */
export function setLang(value) {
  lang = value === 'fr' ? 'fr' : 'en';
  document.documentElement.lang = lang;
}

/** The language to start with: the saved choice, else the browser's. */
export function initialLang() {
  let saved = null;
  try {
    saved = window.localStorage.getItem('reprise.lang');
  } catch (e) {
    saved = null;
  }
  if (saved === 'fr' || saved === 'en') {
    return saved;
  }
  return (navigator.language || 'en').toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

/** Remembers the language choice. */
export function saveLang(value) {
  try {
    window.localStorage.setItem('reprise.lang', value);
  } catch (e) {
    // private browsing: the choice is not remembered
  }
}

/** @return the text for key, with {placeholders} replaced by params */
export function t(key, params) {
  const text = TEXTS[lang][key] ?? TEXTS.en[key] ?? key;
  if (!params) {
    return text;
  }
  return text.replace(/\{(\w+)\}/g, (m, name) => (name in params ? String(params[name]) : m));
}

/** @return the label of a deal key, or the key itself */
export function keyLabel(key) {
  return KEYS[lang][key] ?? KEYS.en[key] ?? key;
}

function locale() {
  return lang === 'fr' ? 'fr-FR' : 'en-GB';
}

/** @return an amount in euros, whole, e.g. "37 800 000 €" / "€37,800,000" */
export function money(value) {
  if (value === null || value === undefined || !Number.isFinite(value)) {
    return '–';
  }
  return new Intl.NumberFormat(locale(), {
    style: 'currency', currency: 'EUR', maximumFractionDigits: 0,
  }).format(value);
}

/**
 * @return an amount in compact form with one decimal, e.g. "37,8 M€" / "€37.8m", "6,0 M€" /
 *     "€6.0m" (below 1,000, the whole amount)
 */
export function moneyShort(value) {
  if (value === null || value === undefined || !Number.isFinite(value)) {
    return '–';
  }
  if (Math.abs(value) < 1000) {
    return money(value);
  }
  return new Intl.NumberFormat(locale(), {
    style: 'currency', currency: 'EUR', notation: 'compact', minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(value);
}

/** @return an amount for a chart's axis: compact, decimals only when needed ("€5m", "€2.5m") */
export function moneyTick(value) {
  if (value === null || value === undefined || !Number.isFinite(value)) {
    return '–';
  }
  return new Intl.NumberFormat(locale(), {
    style: 'currency', currency: 'EUR', notation: 'compact', maximumFractionDigits: 1,
  }).format(value);
}

/** @return a decimal rate as a percentage, e.g. 0.1234 → "12.3%" / "12,3 %" */
export function percent(value, digits = 1) {
  if (value === null || value === undefined || !Number.isFinite(value)) {
    return '–';
  }
  return new Intl.NumberFormat(locale(), {
    style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits,
  }).format(value);
}

/** @return a plain number with the locale's grouping, e.g. "2,000" / "2 000" */
export function count(value) {
  if (value === null || value === undefined || !Number.isFinite(value)) {
    return '–';
  }
  return new Intl.NumberFormat(locale(), { maximumFractionDigits: 1 }).format(value);
}

/** @return a multiple, e.g. 2.345 → "2.35×" / "2,35×" */
export function times(value) {
  if (value === null || value === undefined || !Number.isFinite(value)) {
    return '–';
  }
  return new Intl.NumberFormat(locale(), {
    minimumFractionDigits: 2, maximumFractionDigits: 2,
  }).format(value) + '×';
}

/** @return a plain number for an input field: no grouping, the locale's decimal mark */
export function plainNumber(value) {
  const s = String(value);
  return lang === 'fr' ? s.replace('.', ',') : s;
}

/**
 * @param error an API error, {path, message, localizedMessage}
 * @return its message in the page's language: the French text the server adds when the request
 *     says Accept-Language: fr, else the English one
 */
export function errorText(error) {
  return (lang === 'fr' && error.localizedMessage) || error.message;
}

/** @return a date and time, short */
export function dateTime(iso) {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) {
    return iso;
  }
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeStyle: 'short' }).format(d);
}
