// Reprise: a party of the deal named by its role, in the page's language, with the name it has
// in the deal file: "the lead investor (fund)", « du prêteur (senior banks) ». The role comes from
// the results only (returns.<party>.role, equityReturns.envyRatio.sponsor); a party whose role
// the page does not know is "the party “fund”".

import { t } from './i18n.js';

/** Envy-ratio statuses whose sponsor is not a lead investor (or there is none). */
const NO_LEAD = ['cooperative', 'no-buyout', 'not-sponsor-led'];

/**
 * @param returns a result's `returns` ({party: {role, …}}), or null
 * @param equityReturns its `equityReturns` (for envyRatio.sponsor), or null
 * @return the role of each party: 'sponsor' (the lead investor, the envy ratio's sponsor when
 *     the deal is led by one), 'equity', 'lender' or 'equity+lender', by party name
 */
export function partyRoles(returns, equityReturns) {
  const roles = new Map();
  const envy = equityReturns && equityReturns.envyRatio;
  const lead = envy && envy.sponsor && !NO_LEAD.includes(envy.status) ? envy.sponsor : null;
  for (const [name, p] of Object.entries(returns || {})) {
    roles.set(name, name === lead && p.role === 'equity' ? 'sponsor' : p.role);
  }
  return roles;
}

const KNOWN = ['sponsor', 'equity', 'lender', 'equity+lender'];

/**
 * @param name the party's name in the deal file
 * @param roles the roles of partyRoles, or null
 * @param form 'noun' ("Lead investor (fund)", at the start of a table cell), 'the' ("the lead
 *     investor (fund)", « l’investisseur principal (fund) ») or 'of' ("of the lead investor
 *     (fund)", « de l’investisseur principal (fund) »)
 * @return the party named by its role, or "the party “fund”" when its role is not known; a name
 *     with parentheses of its own is quoted instead of put in parentheses
 */
export function partyLabel(name, roles, form = 'noun') {
  const role = roles && roles.get(name);
  const known = KNOWN.includes(role);
  const quoted = !known || /[()]/.test(name);
  const shown = t(quoted ? 'party_quoted' : 'party_paren', { name });
  const prefix = { noun: 'pn_', the: 'pt_', of: 'po_' }[form] || 'pn_';
  return t(prefix + (known ? role : 'party'), { name: shown });
}
