package org.reprise.model;

/**
 * The operating company (OpCo) as written in the deal: its name, base-year headcount and actuals.
 *
 * @param name company name as the user wrote it (never interpreted, always escaped on display)
 * @param headcount base-year average headcount (people)
 * @param base base-year actuals
 */
public record Company(String name, double headcount, BaseYear base) {}
