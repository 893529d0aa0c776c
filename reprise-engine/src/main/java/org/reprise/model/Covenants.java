package org.reprise.model;

/**
 * Financial covenants per projected year; {@code NaN} means not tested that year.
 *
 * @param maxNetLeverage maximum net debt / EBITDA (times)
 * @param minInterestCover minimum EBITDA / cash interest (times)
 * @param minDebtServiceCover minimum cash flow available for debt service / (cash interest +
 *     mandatory repayment) (times)
 */
public record Covenants(
    double[] maxNetLeverage, double[] minInterestCover, double[] minDebtServiceCover) {}
