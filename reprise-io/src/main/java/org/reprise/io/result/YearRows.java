package org.reprise.io.result;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.reprise.engine.TrancheSchedule;
import org.reprise.engine.YearTable;

/**
 * Turns the column-oriented {@link YearTable} into one JSON object per year.
 *
 * <p>Every public {@code double[]}, {@code int[]} or {@code boolean[]} column of {@code YearTable}
 * is written under its own field name, and every public group of columns (such as {@link
 * org.reprise.engine.ValueAddedSplit}) as a nested object of its own columns, so that a column
 * added to the engine shows up in the JSON without a change here. The one exception is {@code
 * debt}: in the JSON, {@code debt} is an object (tranche name → closing balance) and the total is
 * written as {@code totalDebt}.
 */
final class YearRows {

  /** JSON name of the per-tranche closing balances. */
  static final String DEBT_BY_TRANCHE = "debt";

  /** JSON name of {@link YearTable#debt}. */
  static final String TOTAL_DEBT = "totalDebt";

  /**
   * Output order of the known columns (the engine's declaration order), then of the known columns
   * of a group. Unknown columns come after the known ones, by name.
   */
  private static final List<String> ORDER =
      List.of(
          "year", "revenue", "purchases", "externalCharges", "otherTaxes", "personnelCosts",
          "ebitda", "depreciation", "ebit", "capex", "workingCapital", "changeInWorkingCapital",
          "interestIncome", "cashInterest", "pikInterest", "commitmentFees", "feeAmortisation",
          "hedgeSettlement", "hedgePremiumAmortisation", "hedgeUnpaid",
          "shareholderLoanInterest", "nonDeductibleInterest", "acquisitionCostAmortisation",
          "opcoIncomeTax", "incomeTax", "disallowedInterest",
          "unusedInterestCapacity", "carriedInterest", "thinCapShare", "opcoPreTaxIncome", "opcoNetIncome", "opcoBookEquity", "netIncome", "freeCashFlow",
          "debtServiceDue", "mandatoryRepayment", "sweep", "sweepBase", "dividendsUpstream",
          "upstreamAdvances",
          "distributions", "distributionsLockedUp", "distributableReserves",
          "distributionsCappedByReserves", "cash", "debt", "netDebt", "grossLeverage", "netLeverage",
          "interestCover", "debtServiceCover", "cumulativeRepaidShare", "leverageHeadroom",
          "interestCoverHeadroom", "debtServiceCoverHeadroom", "covenantBreach", "shortfall",
          "defaulted", "headcount", "participation", "forfaitSocial", "participationPaid",
          "participationBlocked", "participationReleased", "blockedAccountInterest",
          "blockedAccountInterestPaid", "blockedAccounts",
          "workShare", "workSharePaid", "memberContributions", "buybacks", "holdingCosts",
          "opcoReserves",
          "opcoTaxLosses", "groupTaxLosses", "opcoValueAdded", "groupValueAdded",
          // columns of a ValueAddedSplit
          "valueAdded", "employees", "state", "lenders", "shareholders", "company");

  /** Columns written only when some year has a hedge flow: a deal without hedges has none. */
  static final List<String> HEDGE_COLUMNS =
      List.of("hedgeSettlement", "hedgePremiumAmortisation", "hedgeUnpaid");

  /**
   * Columns written only when the deal distributes during the hold (the law's cap on its
   * dividends, methodology §5.5): a deal that distributes nothing has none.
   */
  static final List<String> DISTRIBUTION_COLUMNS =
      List.of("distributableReserves", "distributionsCappedByReserves");

  /** The array columns of a group type, in output order. */
  private static final ClassValue<List<Field>> GROUP_COLUMNS =
      new ClassValue<>() {
        @Override
        protected List<Field> computeValue(Class<?> type) {
          return columns(type, false);
        }
      };

  /** The columns and groups of {@link YearTable}, in output order. */
  private static final List<Field> COLUMNS = columns(YearTable.class, true);

  private YearRows() {}

  static ArrayNode rows(YearTable table, List<TrancheSchedule> tranches) {
    ArrayNode rows = JsonNodeFactory.instance.arrayNode();
    // the hedges' columns only for a deal with some hedge flow (docs/json-output.md)
    boolean hedged = table.hasHedgeFlows();
    boolean distributing = table.distributes();
    for (int t = 0; t < table.size(); t++) {
      ObjectNode row = rows.addObject();
      for (Field column : COLUMNS) {
        if (!hedged && HEDGE_COLUMNS.contains(column.getName())
            || !distributing && DISTRIBUTION_COLUMNS.contains(column.getName())) {
          continue;
        }
        if (column.getName().equals("debt")) {
          row.set(DEBT_BY_TRANCHE, debtByTranche(tranches, t));
          Json.num(row, TOTAL_DEBT, table.debt[t]);
        } else {
          put(row, column, read(column, table), t);
        }
      }
    }
    return rows;
  }

  /**
   * @return the JSON field names of one year, in output order, with the {@code newShortfall} that
   *     {@link ResultJson} adds after {@code shortfall} from the result
   */
  static List<String> fieldNames() {
    List<String> names = new ArrayList<>();
    for (Field column : COLUMNS) {
      if (column.getName().equals("debt")) {
        names.add(DEBT_BY_TRANCHE);
        names.add(TOTAL_DEBT);
      } else {
        names.add(column.getName());
        if (column.getName().equals("shortfall")) {
          names.add("newShortfall");
        }
      }
    }
    return names;
  }

  private static ObjectNode debtByTranche(List<TrancheSchedule> tranches, int t) {
    ObjectNode debt = JsonNodeFactory.instance.objectNode();
    for (TrancheSchedule tranche : tranches) {
      double[] closing = tranche.closing();
      String key = Json.uniqueKey(debt, tranche.name());
      if (closing != null && t < closing.length) {
        Json.num(debt, key, closing[t]);
      } else {
        debt.putNull(key);
      }
    }
    return debt;
  }

  private static void put(ObjectNode row, Field column, Object value, int t) {
    String name = column.getName();
    if (value == null) {
      row.putNull(name);
    } else if (value instanceof double[]) {
      double[] values = (double[]) value;
      if (t < values.length) {
        Json.num(row, name, values[t]);
      } else {
        row.putNull(name);
      }
    } else if (value instanceof int[]) {
      int[] values = (int[]) value;
      if (t < values.length) {
        row.put(name, values[t]);
      } else {
        row.putNull(name);
      }
    } else if (value instanceof boolean[]) {
      boolean[] values = (boolean[]) value;
      if (t < values.length) {
        row.put(name, values[t]);
      } else {
        row.putNull(name);
      }
    } else {
      ObjectNode group = row.putObject(name);
      for (Field sub : GROUP_COLUMNS.get(column.getType())) {
        put(group, sub, read(sub, value), t);
      }
    }
  }

  private static Object read(Field column, Object owner) {
    try {
      return column.get(owner);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(column + " is not readable", e);
    }
  }

  /**
   * The public, non-static array fields of {@code type}, and when {@code groups} is true its
   * public fields whose own type has such array fields: the known ones in {@link #ORDER}, then any
   * other by name. Never depends on the order in which the JVM reports fields.
   */
  private static List<Field> columns(Class<?> type, boolean groups) {
    List<Field> columns = new ArrayList<>();
    for (Field f : type.getFields()) {
      if (Modifier.isStatic(f.getModifiers())) {
        continue;
      }
      if (isArrayColumn(f.getType())
          || (groups && !f.getType().isPrimitive() && !columns(f.getType(), false).isEmpty())) {
        columns.add(f);
      }
    }
    columns.sort(
        Comparator.comparingInt((Field f) -> rank(f.getName())).thenComparing(Field::getName));
    return List.copyOf(columns);
  }

  private static boolean isArrayColumn(Class<?> type) {
    return type == double[].class || type == int[].class || type == boolean[].class;
  }

  private static int rank(String name) {
    int i = ORDER.indexOf(name);
    return i < 0 ? ORDER.size() : i;
  }
}
