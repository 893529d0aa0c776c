package org.reprise.cli.text;

import java.util.ArrayList;
import java.util.List;
import org.reprise.engine.EnvyRatio;
import org.reprise.engine.EquityReturns;
import org.reprise.engine.InstrumentReturn;
import org.reprise.engine.PartyReturn;

/**
 * The "Returns per instrument" section of {@code reprise run}: each equity class's investment,
 * proceeds, IRR and multiple (ordinary shares with their share of the ordinary equity), all the
 * equity together, and the management's envy ratio or why it does not apply (docs/methodology.md
 * §8.1, §8.2). Part of {@link TextReport}.
 */
final class InstrumentSection {

  private final Numbers num;
  private final Labels text;
  private final AmountUnit unit;

  InstrumentSection(Numbers num, Labels text, AmountUnit unit) {
    this.num = num;
    this.text = text;
    this.unit = unit;
  }

  /** @return the section, without its title, lines ending with a line feed */
  String render(EquityReturns e) {
    TextTable t =
        TextTable.of(
                text.get("instr.name"),
                text.get("instr.holder"),
                text.get("instr.kind"),
                text.get("returns.invested") + " " + unit.symbol(),
                text.get("returns.proceeds") + " " + unit.symbol(),
                text.get("returns.irr"),
                text.get("returns.moic"))
            .align(1, TextTable.Align.LEFT)
            .align(2, TextTable.Align.LEFT);
    List<String> notes = new ArrayList<>();
    for (InstrumentReturn i : e.instruments()) {
      t.row(text.name(i.name()), text.name(i.holder()), kind(i), amount(i.invested()),
          amount(i.proceeds()), num.percent(i.irr()), num.multiple(i.moic()));
      note(text.name(i.name()), i.irr(), i.irrNote(), notes);
    }
    PartyReturn all = e.blended();
    t.rule().row(text.get("instr.all"), "", "", amount(all.invested()), amount(all.proceeds()),
        num.percent(all.irr()), num.multiple(all.moic()));
    note(text.get("instr.all"), all.irr(), all.irrNote(), notes);
    StringBuilder out = new StringBuilder(t.render());
    for (String n : notes) {
      out.append(n).append('\n');
    }
    out.append(WhoPaysSection.wrap(envy(e.envyRatio()), WhoPaysSection.WIDTH));
    EnvyRatio after = e.envyRatioAfterRatchet();
    // only when a tier moved shares: otherwise it is the ratio above again (review 30, finding 8)
    if (after != null && after.applies()
        && (!e.envyRatio().applies() || after.ratio() != e.envyRatio().ratio())) {
      // the same investments over the shares the ratchet leaves at the exit (§7.1, §8.2)
      List<String> names = new ArrayList<>();
      for (String m : after.management()) {
        names.add(Terminal.safe(text.name(m)));
      }
      out.append(WhoPaysSection.wrap(text.format("instr.envyAfterRatchet",
          Terminal.safe(text.name(after.sponsor())), nb(num.percent(after.sponsorShare())),
          String.join(" + ", names), nb(num.percent(after.managementShare())),
          nb(num.multiple(after.ratio()))), WhoPaysSection.WIDTH));
    }
    return out.toString();
  }

  private void note(String name, double irr, String irrNote, List<String> notes) {
    String note = text.irrNote(name, irr, irrNote);
    if (note != null) {
      notes.add(note);
    }
  }

  private String kind(InstrumentReturn i) {
    return switch (i.kind()) {
      case ORDINARY -> text.format("instr.ordinary", num.percent(i.ownership()));
      case PREFERRED -> text.get("instr.preferred");
      case SHAREHOLDER_LOAN -> text.get("instr.shareholderLoan");
    };
  }

  /** @return the envy ratio's sentence: its arithmetic, or why it does not apply */
  private String envy(EnvyRatio v) {
    String sponsor = Terminal.safe(text.name(v.sponsor()));
    List<String> names = new ArrayList<>();
    for (String m : v.management()) {
      names.add(Terminal.safe(text.name(m)));
    }
    String management = String.join(" + ", names);
    String reason =
        switch (v.status()) {
          case APPLICABLE ->
              null;
          case COOPERATIVE -> text.get("instr.envy.cooperative");
          case NO_BUYOUT -> text.get("instr.envy.noBuyout");
          case NOT_SPONSOR_LED ->
              text.format("instr.envy.notSponsorLed", sponsor, nb(num.percent(v.sponsorShare())));
          case NO_MANAGEMENT -> v.rolesGiven() ? text.get("instr.envy.noManagementNamed")
              : text.format("instr.envy.noManagement", sponsor);
          case SPONSOR_HOLDS_NO_SHARES ->
              text.format("instr.envy.sponsorHoldsNoShares", sponsor);
          case MANAGEMENT_PAID_NOTHING ->
              text.format("instr.envy.managementPaidNothing", management,
                  nb(num.percent(v.managementShare())));
        };
    String sentence = reason != null ? text.format("instr.envyNone", reason)
        : text.format("instr.envy", sponsor, management, nb(num.multiple(v.ratio())),
            nb(amount(v.sponsorInvested())), nb(num.percent(v.sponsorShare())),
            nb(amount(v.managementInvested())), nb(num.percent(v.managementShare())),
            unit.symbol());
    return v.rolesGiven() ? sentence + " " + roles(v) : sentence;
  }

  /** @return the sentence that says the roles are the deal file's, and who is left out */
  private String roles(EnvyRatio v) {
    if (v.coInvestors().isEmpty()) {
      return text.get("instr.envy.roles");
    }
    List<String> names = new ArrayList<>();
    for (String c : v.coInvestors()) {
      names.add(Terminal.safe(text.name(c)));
    }
    return text.format("instr.envy.rolesLeftOut", String.join(", ", names));
  }

  /** @return a number for a sentence: no line break inside it (French groups with spaces) */
  private static String nb(String number) {
    return number.replace(' ', Prose.NBSP);
  }

  private String amount(double value) {
    return num.amount(value, unit);
  }
}
