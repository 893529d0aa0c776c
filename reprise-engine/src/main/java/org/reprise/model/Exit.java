package org.reprise.model;

/**
 * The sale of the operating company at the end of year {@code year}.
 *
 * @param year year index of the exit, 1 = first projected year (base year + 1)
 * @param value exit enterprise value: multiple of LTM or forward EBITDA, or amount
 * @param feeShare exit fees as a decimal share of the exit enterprise value
 */
public record Exit(int year, Valuation value, double feeShare) {}
