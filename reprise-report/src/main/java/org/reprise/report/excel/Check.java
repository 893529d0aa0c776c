package org.reprise.report.excel;

/**
 * A cell of the workbook that must equal a value of the engine once recalculated.
 *
 * @param sheet sheet name
 * @param cell A1 reference of the cell
 * @param pointer JSON pointer of the value in {@code reprise run --json} ({@code ResultJson})
 */
public record Check(String sheet, String cell, String pointer) {}
