package org.reprise.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reprise.model.Deal;

class DealTemplateTest {

  @Test
  void templateIsAValidDeal() {
    Deal d = DealReader.parse(DealTemplate.text(), "template.yaml");
    assertThat(d.years()).isEqualTo(5);
    assertThat(d.financing().debt()).hasSize(2);
  }

  @Test
  void templateMentionsEveryKey() {
    List<String> keys = new ArrayList<>();
    for (String[] group : new String[][] {DealReader.KEYS, CompanyReader.KEYS,
        CompanyReader.ACTUALS, OperationsReader.KEYS, CostsReader.KEYS, CostsReader.LINE_KEYS,
        CostsReader.PERSONNEL_KEYS, TransactionReader.TRANSACTION_KEYS,
        TransactionReader.STRUCTURE_KEYS, TransactionReader.EXIT_KEYS,
        TransactionReader.VALUATION_KEYS, FinancingReader.KEYS, FinancingReader.EQUITY_KEYS,
        FinancingReader.RATCHET_KEYS, FinancingReader.TIER_KEYS,
        TrancheReader.KEYS, TrancheReader.RATE_KEYS, TrancheReader.REPAYMENT_KEYS,
        TaxPresets.KEYS, ParticipationReader.KEYS, CooperativeReader.KEYS,
        CooperativeReader.SEED_KEYS, StatusQuoReader.KEYS, ScenarioReader.SCENARIO_KEYS,
        RiskReader.KEYS, RiskReader.RATE_KEYS, RiskCycleReader.KEYS, RiskCycleReader.REGIME_KEYS,
        RiskCycleReader.GROWTH_KEYS, RiskCycleReader.SHIFT_KEYS, RiskStressReader.KEYS,
        FundReader.KEYS, PersonalTaxReader.KEYS}) {
      keys.addAll(List.of(group));
    }
    keys.addAll(List.of("growth", "increase", "amounts", "shareOfRevenue", "change",
        "timesEbitda", "shareOfPrice", "maxNetLeverage", "minInterestCover",
        "minDebtServiceCover", "interest", "allowance", "excessShare", "floor", "share", "rounds"));
    String text = DealTemplate.text();
    for (String key : keys) {
      assertThat(text).as("template mentions %s", key).containsPattern("(?m)\\b" + key + ":");
    }
  }

  @Test
  void templateIsPlainUtf8WithoutTabs() {
    assertThat(DealTemplate.text()).doesNotContain("\t").startsWith("# Reprise deal file");
  }
}
