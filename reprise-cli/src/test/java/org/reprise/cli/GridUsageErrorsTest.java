package org.reprise.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.reprise.cli.GridCommandTest.Result;
import org.reprise.io.DealReader;
import org.reprise.io.MessagesFr;
import org.reprise.io.RiskReader;
import org.reprise.model.DealException;
import org.reprise.model.risk.RateShock;
import org.reprise.model.risk.RiskModel;
import org.reprise.sim.grid.GridAxis;
import org.reprise.sim.grid.GridInput;
import org.reprise.sim.grid.GridParameters;

/**
 * The usage errors of {@code reprise grid} (an axis, its values, a key path the file cannot take,
 * the metric and the simulation settings), each produced for real, in English and with {@code
 * --lang fr} in French through the messages' catalogue ({@link MessagesFr}): exit code 2, nothing
 * on standard output, the option first, then what was expected and what was found. reprise-io's
 * {@code KnownErrors.GRID} keeps a copy of each English message, so that {@code MessagesFrTest}
 * checks their templates with the others'.
 */
class GridUsageErrorsTest {

  /** ": " between the command's parts of a message, in French with a no-break space. */
  private static final String FR = "\u00a0: ";

  private static final String FACTORY = GridCommandTest.FACTORY;
  private static final String SCENARIOS = SimulateCommandTest.SCENARIOS;

  @TempDir static Path dir;

  static Stream<Arguments> errors() throws Exception {
    String factory = Files.readString(Path.of(FACTORY));
    Path risk = file("risk.yaml", factory + "\nrisk:\n  cycle:\n    regimes:\n"
        + "      - name: expansion\n        growth: {mean: 0, sd: \"5%\"}\n"
        + "      - name: recession\n        growth: {mean: \"-15%\", sd: \"10%\","
        + " relativeToPlan: false}\n    transition: [[\"87.5%\", \"12.5%\"], [\"65%\","
        + " \"35%\"]]\n");
    Path rising = file("rising.yaml", factory
        + "\nrisk:\n  stress:\n    - {name: \"2009\", growth: [\"5%\", \"-10%\"]}\n");
    Path noBalance = file("no-balance.yaml",
        factory.replace("amount: balance", "amount: 20000000"));
    int debt = factory.indexOf("  debt:");
    int after = factory.indexOf("  cashSweep:", debt);
    Path noDebt = file("no-debt.yaml",
        factory.substring(0, debt) + "  debt: []\n" + factory.substring(after));
    Path stresses = file("stresses.yaml", Files.readString(risk)
        + "  stress:\n    - {name: \"2009\", depth: \"30%\", personnelFlex: 0}\n"
        + "    - {name: mild, startYear: 2, depth: \"20%\"}\n");
    Path oneYear = file("one-year.yaml", Files.readString(risk)
        + "  stress:\n    - {name: \"2009\", growth: [\"-30%\"]}\n");
    Path nowhere = dir.resolve("nowhere.yaml");
    String huge = "1" + "0".repeat(400);
    String parameters = "entry.multiple, exit.multiple, exit.year, leverage, debt.rate, growth,"
        + " recession.depth, recession.growth, recession.probability";
    String metrics = "fund.irr, fund.moic, management.irr, management.moic, senior banks.irr,"
        + " senior banks.moic, mezzanine fund.irr, mezzanine fund.moic, first fund (seller).irr,"
        + " first fund (seller).moic, default.probability, breach.probability";
    String topLevel = "reprise, name, source, company, projections, transaction, structure, financing,"
        + " tax, participation, covenants, exit, personalTax, conventions";
    return Stream.of(
        // the axes as written
        error(args(FACTORY, "entry.multiple=5", "entry.multiple=6", "fund.irr"),
            "--y: the two axes must vary different inputs, both vary entry.multiple",
            "--y" + FR + "les deux axes doivent faire varier des paramètres différents ; tous deux"
                + " font varier entry.multiple"),
        error(args(FACTORY, "entry.multiple=abc", "exit.multiple=7", "fund.irr"),
            "--x: expected INPUT=FROM:TO:STEP such as entry.multiple=5:9:0.5, or INPUT=V1,V2,..."
                + " such as leverage=0.5,1,1.5; found 'entry.multiple=abc'",
            "--x" + FR + "attendu : PARAMÈTRE=DÉBUT:FIN:PAS, par exemple entry.multiple=5:9:0.5, ou"
                + " PARAMÈTRE=V1,V2,..., par exemple leverage=0.5,1,1.5 ; trouvé :"
                + " « entry.multiple=abc »"),
        error(args(FACTORY, "entry.multiple=" + huge, "exit.multiple=7", "fund.irr"),
            "--x: expected finite values, found Infinity",
            "--x" + FR + "attendu : des valeurs finies ; trouvé : Infinity"),
        error(args(FACTORY, "entry.multiple=" + huge + ":1:1", "exit.multiple=7", "fund.irr"),
            "--x: expected finite bounds and step, found Infinity:1:1",
            "--x" + FR + "attendu : des bornes et un pas finis ; trouvé : Infinity:1:1"),
        error(args(FACTORY, "financing.cashSweep=0:1:0", "exit.multiple=7", "fund.irr"),
            "--x: expected a positive step, found 0",
            "--x" + FR + "attendu : un pas positif ; trouvé : 0"),
        error(args(FACTORY, "entry.multiple=5:4:1", "exit.multiple=7", "fund.irr"),
            "--x: expected from ≤ to, found 5 > 4: no points",
            "--x" + FR + "attendu : début ≤ fin ; trouvé : 5 > 4 : aucun point"),
        // a step in exponent notation is read (review 36, X5): the count refuses it, not the syntax
        error(args(FACTORY, "entry.multiple=5:9:1e-15", "exit.multiple=7", "fund.irr"),
            "--x: expected at most 10,000 values, found 4,000,000,000,000,000",
            "--x" + FR + "attendu : au plus 10\u00a0000 valeurs ; trouvé :"
                + " 4\u00a0000\u00a0000\u00a0000\u00a0000\u00a0000"),
        error(args(FACTORY, "entry.multiple=5:6:0.0001", "exit.multiple=7", "fund.irr"),
            "--x: expected at most 10,000 values, found 10,001",
            "--x" + FR + "attendu : au plus 10\u00a0000 valeurs ; trouvé : 10\u00a0001"),
        error(args(FACTORY, "entry.multiple=5:6:0.001", "exit.multiple=1:2:0.01", "fund.irr"),
            "--x, --y: expected at most 10,000 points, found 1,001 × 101 = 101,101; use fewer values"
                + " or a larger step",
            "--x, --y" + FR + "attendu : au plus 10\u00a0000 points ; trouvé : 1001 × 101 ="
                + " 101\u00a0101 ; prenez moins de valeurs ou un pas plus grand"),
        // a named input: unknown, a value it cannot take, an input the deal does not have
        error(args(FACTORY, "entry.multipl=5:6:1", "exit.multiple=7", "fund.irr"),
            "--x: unknown parameter `entry.multipl`: did you mean `entry.multiple`? The parameters"
                + " are " + parameters + ". It is not a key path of the deal file either: the deal"
                + " file has no block `entry`; the top level has " + topLevel + ". A grid can set"
                + " a value the file has, or add a key to a block it has",
            "--x" + FR + "paramètre inconnu `entry.multipl` : vouliez-vous dire `entry.multiple` ?"
                + " Les paramètres sont " + parameters + ". Ce n'est pas non plus un chemin de clé"
                + " du fichier d'opération : le fichier d'opération n'a pas de groupe `entry` ; le"
                + " niveau supérieur a " + topLevel + ". Une grille peut changer une valeur que le"
                + " fichier a, ou ajouter une clé à un groupe qu'il a"),
        error(args(FACTORY, "entryMultiple=5", "exit.multiple=7", "fund.irr"),
            "--x: unknown parameter `entryMultiple`: did you mean `entry.multiple`? It is not a key"
                + " path of the deal file either: unknown key `entryMultiple`; allowed keys here:"
                + " `reprise`, `name`, `source`, `kind`, `company`, `projections`, `transaction`,"
                + " `structure`, `financing`, `tax`, `covenants`, `exit`, `conventions`,"
                + " `participation`, `cooperative`, `statusQuo`, `scenarios`, `chain`, `risk`,"
                + " `fund`, `personalTax`",
            "--x" + FR + "paramètre inconnu `entryMultiple` : vouliez-vous dire `entry.multiple` ?"
                + " Ce n'est pas non plus un chemin de clé du fichier d'opération : clé inconnue"
                + " `entryMultiple` ; clés permises ici : `reprise`, `name`, `source`, `kind`,"
                + " `company`,"
                + " `projections`, `transaction`, `structure`, `financing`, `tax`, `covenants`,"
                + " `exit`, `conventions`, `participation`, `cooperative`, `statusQuo`,"
                + " `scenarios`, `chain`, `risk`, `fund`, `personalTax`"),
        error(args(FACTORY, "entry.multiple=-1:6:1", "exit.multiple=7", "fund.irr"),
            "--x: expected multiples above 0, found -1",
            "--x" + FR + "attendu : des multiples supérieurs à 0 ; trouvé : -1"),
        error(args(FACTORY, "leverage=-1", "exit.multiple=7", "fund.irr"),
            "--x: expected factors of 0 or more (1 = the deal), found -1",
            "--x" + FR + "attendu : des facteurs de 0 ou plus (1 = l'opération) ; trouvé : -1"),
        error(args(FACTORY, "debt.rate=2", "exit.multiple=7", "fund.irr"),
            "--x: expected changes of rate between -1 and 1 (-100% and +100%), found 2",
            "--x" + FR + "attendu : des variations de taux entre -1 et 1 (-100 % et +100 %) ;"
                + " trouvé : 2"),
        error(args(FACTORY, "growth=-1", "exit.multiple=7", "fund.irr"),
            "--x: expected changes of growth above -1, found -1",
            "--x" + FR + "attendu : des variations de croissance supérieures à -1 ; trouvé : -1"),
        error(args(FACTORY, "recession.depth=1", "exit.multiple=7", "fund.irr"),
            "--x: expected depths from 0 to 1 (exclusive; 0.3 = revenue -30%), found 1",
            "--x" + FR + "attendu : des profondeurs de 0 à 1 (exclu ; 0.3 = chiffre d'affaires"
                + " -30 %) ; trouvé : 1"),
        error(monteCarlo(FACTORY, "recession.growth=1", "exit.multiple=7"),
            "--x: expected growth rates between -1 and 1 (exclusive; -0.15 = -15%), found 1",
            "--x" + FR + "attendu : des taux de croissance entre -1 et 1 (exclus ; -0.15 = -15 %)"
                + " ; trouvé : 1"),
        error(monteCarlo(FACTORY, "recession.probability=0", "exit.multiple=7"),
            "--x: expected probabilities between 0 and 1 (exclusive; 0.125 = a recession every 8"
                + " years), found 0",
            "--x" + FR + "attendu : des probabilités entre 0 et 1 (exclus ; 0.125 = une récession"
                + " tous les 8 ans) ; trouvé : 0"),
        error(args(noBalance.toString(), "leverage=1", "exit.multiple=7", "fund.irr"),
            "--x: scaling the debt needs an equity class with `amount: balance` to keep sources"
                + " equal to uses; the deal has none",
            "--x" + FR + "faire varier la dette demande une catégorie de titres avec `amount:"
                + " balance` pour garder les ressources égales aux emplois ; l'opération n'en a"
                + " pas"),
        error(args(noDebt.toString(), "leverage=1", "exit.multiple=7", "fund.irr"),
            "--x: the deal has no new debt to scale",
            "--x" + FR + "l'opération n'a pas de nouvelle dette dont le montant pourrait varier"),
        error(args(noDebt.toString(), "debt.rate=0.01", "exit.multiple=7", "fund.irr"),
            "--x: the deal has no debt whose rate could change",
            "--x" + FR + "l'opération n'a pas de dette dont le taux pourrait varier"),
        error(monteCarlo(rising.toString(), "recession.depth=0.1", "exit.multiple=7"),
            "--x: the stress \"2009\" must start with a fall of revenue to be scaled; its first"
                + " year's growth is 0.05",
            "--x" + FR + "le scénario de crise \"2009\" doit commencer par une baisse du chiffre"
                + " d'affaires pour changer d'échelle ; sa croissance la première année est de"
                + " 0.05"),
        error(args(FACTORY, "financing.cashSweep=0.5", "exit.year=2025,2026", "fund.irr"),
            "--y: expected whole calendar years from 2026 to the deal's exit year 2030, found 2025",
            "--y" + FR + "attendu : des années civiles entières de 2026 à l'année de sortie de"
                + " l'opération 2030 ; trouvé : 2025"),
        // a key path: one the file does not have, a value the readers refuse
        error(args(FACTORY, "financing.debt[9].rate=1", "exit.multiple=7", "fund.irr"),
            "--x: the deal file has no `financing.debt[9]`: `financing.debt` has 5 items (counted"
                + " from 0)",
            "--x" + FR + "le fichier d'opération n'a pas de `financing.debt[9]` : `financing.debt`"
                + " a 5 éléments (numérotés à partir de 0)"),
        error(args(FACTORY, "financing.debt[0].rate.x.y=1", "exit.multiple=7", "fund.irr"),
            "--x: the deal file has no block `financing.debt[0].rate.x`; `financing.debt[0].rate`"
                + " has base, margin. A grid can set a value the file has, or add a key to a block"
                + " it has",
            "--x" + FR + "le fichier d'opération n'a pas de groupe `financing.debt[0].rate.x` ;"
                + " `financing.debt[0].rate` a base, margin. Une grille peut changer une valeur"
                + " que le fichier a, ou ajouter une clé à un groupe qu'il a"),
        error(args(FACTORY, "financing.equity.amount.x=1", "exit.multiple=7", "fund.irr"),
            "--x: `financing.equity` is a list in the deal file, not a block of keys",
            "--x" + FR + "`financing.equity` est une liste dans le fichier d'opération, pas un"
                + " groupe de clés"),
        error(args(FACTORY, "financing.debt.rate=1", "exit.multiple=7", "fund.irr"),
            "--x: `financing.debt` is a list: write an item's index, such as `financing.debt[0]`",
            "--x" + FR + "`financing.debt` est une liste : écrivez le numéro d'un élément, par"
                + " exemple `financing.debt[0]`"),
        error(args(FACTORY, "financing.equity[0][0]=1", "exit.multiple=7", "fund.irr"),
            "--x: `financing.equity[0]` is not a list in the deal file",
            "--x" + FR + "`financing.equity[0]` n'est pas une liste dans le fichier d'opération"),
        error(args(FACTORY, "company.name.x=1", "exit.multiple=7", "fund.irr"),
            "--x: `company.name` is a single value in the deal file, not a block of keys or a"
                + " list",
            "--x" + FR + "`company.name` est une valeur unique dans le fichier d'opération, pas un"
                + " groupe de clés ni une liste"),
        error(args(FACTORY, "financing.debt[0]x=1", "exit.multiple=7", "fund.irr"),
            "--x: expected a key path such as financing.debt[1].rate.margin (keys separated by"
                + " dots, list items by their index in brackets), found `financing.debt[0]x`",
            "--x" + FR + "attendu : un chemin de clé tel que financing.debt[1].rate.margin (les"
                + " clés séparées par des points, les éléments de liste par leur numéro entre"
                + " crochets) ; trouvé : `financing.debt[0]x`"),
        error(args(FACTORY, " =1", "exit.multiple=7", "fund.irr"),
            "--x: expected a key path such as financing.cashSweep, found nothing",
            "--x" + FR + "attendu : un chemin de clé tel que financing.cashSweep ; trouvé : rien"),
        error(args(FACTORY, "financing.cashSweep=0,1.5", "exit.multiple=7", "fund.irr"),
            "--x: financing.cashSweep=1.5: financing.cashSweep: expected a rate between 0% and"
                + " 100%, found 1.5",
            "--x" + FR + "financing.cashSweep=1.5" + FR + "financing.cashSweep" + FR + "attendu :"
                + " un taux entre 0 % et 100 % ; trouvé : 1.5"),
        error(args(FACTORY, "financing.cashSwep=0:1:0.5", "exit.multiple=7", "fund.irr"),
            "--x: financing.cashSwep=0: financing.cashSwep: unknown key `cashSwep`: did you mean"
                + " `cashSweep`?",
            "--x" + FR + "financing.cashSwep=0" + FR + "financing.cashSwep" + FR + "clé inconnue"
                + " `cashSwep` : vouliez-vous dire `cashSweep` ?"),
        error(with(args(SCENARIOS, "financing.debt[1].rate=3%,9%", "exit.multiple=7",
                "employees.irr"), "--scenario", "Employee LBO"),
            "--x: the scenario \"Employee LBO\" sets `financing.debt` itself"
                + " (`scenarios[2].financing.debt`), so a change of the top-level value would not"
                + " reach it: vary the scenario's own value, under `scenarios[2].financing.debt`",
            "--x" + FR + "le scénario \"Employee LBO\" fixe lui-même `financing.debt`"
                + " (`scenarios[2].financing.debt`) : un changement de la valeur du niveau"
                + " supérieur ne l'atteindrait pas ; faites varier la valeur propre au scénario,"
                + " sous `scenarios[2].financing.debt`"),
        error(with(args(SCENARIOS, "scenarios[1].name=3", "exit.multiple=7", "fund.irr"),
                "--scenario", "Fund LBO"),
            "--x: scenarios[1].name=3: scenarios: the edited file has no scenario named \"Fund"
                + " LBO\"",
            "--x" + FR + "scenarios[1].name=3" + FR + "scenarios" + FR + "le fichier modifié n'a"
                + " pas de scénario nommé \"Fund LBO\""),
        // a key path that the other axis or --stress makes flat (GridOverlaps)
        error(args(FACTORY, "entry.multiple=6,7", "transaction.price.multiple=5,9", "fund.irr"),
            "--y: transaction.price.multiple is part of the entry price, which the entry.multiple"
                + " axis (--x) sets itself in every cell, so this axis would change nothing: vary"
                + " only one of them",
            "--y" + FR + "transaction.price.multiple fait partie du prix d'entrée, que l'axe"
                + " entry.multiple (--x) fixe lui-même dans chaque cellule : cet axe ne changerait"
                + " rien ; n'en faites varier qu'un des deux"),
        error(args(FACTORY, "exit.value.multiple=5,9", "exit.multiple=6,7", "fund.irr"),
            "--x: exit.value.multiple is part of the exit value, which the exit.multiple axis (--y)"
                + " sets itself in every cell, so this axis would change nothing: vary only one of"
                + " them",
            "--x" + FR + "exit.value.multiple fait partie de la valeur de sortie, que l'axe"
                + " exit.multiple (--y) fixe lui-même dans chaque cellule : cet axe ne changerait"
                + " rien ; n'en faites varier qu'un des deux"),
        error(monteCarlo(stresses.toString(), "recession.growth=-0.2,-0.1",
                "risk.cycle.regimes[1].growth.mean=-0.3,-0.1"),
            "--y: risk.cycle.regimes[1].growth.mean is the mean growth of the recession regime"
                + " \"recession\", which the recession.growth axis (--x) sets itself in every"
                + " cell, so this axis would change nothing: vary only one of them",
            "--y" + FR + "risk.cycle.regimes[1].growth.mean est la croissance moyenne du régime de"
                + " récession \"recession\", que l'axe recession.growth (--x) fixe lui-même dans"
                + " chaque cellule : cet axe ne changerait rien ; n'en faites varier qu'un des"
                + " deux"),
        error(monteCarlo(stresses.toString(), "leverage=1", "risk.stress[1].personnelFlex=0,1"),
            "--y: risk.stress[1].personnelFlex is a key of the stress \"mild\", which no cell"
                + " applies, so this axis would change nothing: give --stress \"mild\" to apply it"
                + " in every cell",
            "--y" + FR + "risk.stress[1].personnelFlex est une clé du scénario de crise \"mild\","
                + " qu'aucune cellule n'applique : cet axe ne changerait rien ; donnez --stress"
                + " \"mild\" pour l'appliquer dans chaque cellule"),
        error(args(stresses.toString(), "recession.depth=0,0.3", "risk.stress[1].personnelFlex=0,1",
                "fund.irr"),
            "--y: risk.stress[1].personnelFlex is a key of the stress \"mild\", but every cell"
                + " applies the stress \"2009\", so this axis would change nothing",
            "--y" + FR + "risk.stress[1].personnelFlex est une clé du scénario de crise \"mild\","
                + " mais chaque cellule applique le scénario \"2009\" : cet axe ne changerait"
                + " rien"),
        error(with(args(stresses.toString(), "risk.stress[0].personnelFlex=0,1", "leverage=1",
                "fund.irr"), "--stress", "mild"),
            "--x: risk.stress[0].personnelFlex is a key of the stress \"2009\", but every cell"
                + " applies the stress \"mild\", so this axis would change nothing",
            "--x" + FR + "risk.stress[0].personnelFlex est une clé du scénario de crise \"2009\","
                + " mais chaque cellule applique le scénario \"mild\" : cet axe ne changerait"
                + " rien"),
        error(monteCarlo(stresses.toString(), "recession.depth=0.1,0.3",
                "risk.stress[0].relativeToPlan=0,1"),
            "--y: risk.stress[0].relativeToPlan says whether the \"2009\" stress is relative to"
                + " the plan, but the recession.depth axis (--x) scales it as a shock relative to"
                + " the plan in every cell, so this axis would change nothing",
            "--y" + FR + "risk.stress[0].relativeToPlan dit si le scénario de crise \"2009\" est"
                + " relatif au plan, mais l'axe recession.depth (--x) le met à l'échelle comme un"
                + " choc relatif au plan dans chaque cellule : cet axe ne changerait rien"),
        error(args(stresses.toString(), "risk.stress[00].name=1,2", "recession.depth=0.1,0.3",
                "fund.irr"),
            "--x: risk.stress[00].name is the name of the \"2009\" stress, which the"
                + " recession.depth axis (--y) scales in every cell (renamed, the built-in"
                + " \"2009\" is scaled instead), so this axis would change nothing",
            "--x" + FR + "risk.stress[00].name est le nom du scénario de crise \"2009\", que l'axe"
                + " recession.depth (--y) met à l'échelle dans chaque cellule (renommé, c'est le"
                + " \"2009\" intégré qui est mis à l'échelle) : cet axe ne changerait rien"),
        error(args(oneYear.toString(), "recession.depth=0.1,0.3",
                "risk.stress[0].growth[0]=-0.2,-0.4", "fund.irr"),
            "--y: risk.stress[0].growth[0] leaves the \"2009\" stress one year long with no"
                + " costShift, whose only fall the recession.depth axis (--x) sets itself in every"
                + " cell, so this axis would change nothing: vary its startYear or its"
                + " personnelFlex instead, or give it later years or a costShift in the file",
            "--y" + FR + "risk.stress[0].growth[0] laisse le scénario de crise \"2009\" long"
                + " d'une seule année et sans costShift, dont l'axe recession.depth (--x) fixe"
                + " lui-même l'unique baisse dans chaque cellule : cet axe ne changerait rien ;"
                + " faites plutôt varier son startYear ou son personnelFlex, ou donnez-lui dans le"
                + " fichier des années suivantes ou un costShift"),
        // an index with leading zeros is the same item (review 27, finding 5)
        error(with(args(stresses.toString(), "risk.stress[01].personnelFlex=0,1",
                "exit.multiple=6,7", "fund.irr"), "--stress", "2009"),
            "--x: risk.stress[01].personnelFlex is a key of the stress \"mild\", but every cell"
                + " applies the stress \"2009\", so this axis would change nothing",
            "--x" + FR + "risk.stress[01].personnelFlex est une clé du scénario de crise \"mild\","
                + " mais chaque cellule applique le scénario \"2009\" : cet axe ne changerait"
                + " rien"),
        error(monteCarlo(stresses.toString(), "risk.cycle.regimes[001].growth.mean=-0.1,-0.2",
                "recession.growth=-0.2,-0.1"),
            "--x: risk.cycle.regimes[001].growth.mean is the mean growth of the recession regime"
                + " \"recession\", which the recession.growth axis (--y) sets itself in every"
                + " cell, so this axis would change nothing: vary only one of them",
            "--x" + FR + "risk.cycle.regimes[001].growth.mean est la croissance moyenne du régime"
                + " de récession \"recession\", que l'axe recession.growth (--y) fixe lui-même"
                + " dans chaque cellule : cet axe ne changerait rien ; n'en faites varier qu'un"
                + " des deux"),
        // a key of a scenario the grid does not run (review 27, finding 6)
        error(args(SCENARIOS, "scenarios[2].financing.cashSweep=0,0.5", "exit.multiple=6,7",
                "fund.irr"),
            "--x: scenarios[2].financing.cashSweep is a key of the scenario \"Employee LBO\""
                + " (scenarios[2]), but every cell runs the top-level deal (no --scenario), so this"
                + " axis would change nothing: give --scenario \"Employee LBO\" to run it",
            "--x" + FR + "scenarios[2].financing.cashSweep est une clé du scénario \"Employee"
                + " LBO\" (scenarios[2]), mais chaque cellule calcule l'opération du niveau"
                + " supérieur (sans --scenario) : cet axe ne changerait rien ; donnez --scenario"
                + " \"Employee LBO\" pour la calculer"),
        error(with(args(SCENARIOS, "exit.multiple=6,7", "scenarios[02].financing.cashSweep=0,0.5",
                "employees.irr"), "--scenario", "SCOP"),
            "--y: scenarios[02].financing.cashSweep is a key of the scenario \"Employee LBO\""
                + " (scenarios[2]), but every cell runs the scenario \"SCOP\" (--scenario), so"
                + " this axis would change nothing: give --scenario \"Employee LBO\" to run it",
            "--y" + FR + "scenarios[02].financing.cashSweep est une clé du scénario \"Employee"
                + " LBO\" (scenarios[2]), mais chaque cellule calcule le scénario \"SCOP\""
                + " (--scenario) : cet axe ne changerait rien ; donnez --scenario \"Employee"
                + " LBO\" pour le calculer"),
        // the file and the scenario: errors of the file named, as run's and simulate's
        error(with(args(SCENARIOS, "entry.multiple=6,7", "exit.multiple=6,7", "fund.irr"),
                "--scenario", "nope"),
            "error: " + SCENARIOS + ": no scenario named \"nope\"; the scenarios are \"Status"
                + " quo\", \"Fund LBO\", \"Employee LBO\", \"SCOP\", \"SCOP d'amorçage\"",
            "erreur" + FR + SCENARIOS + FR + "aucun scénario ne s'appelle \"nope\" ; les"
                + " scénarios sont \"Status quo\", \"Fund LBO\", \"Employee LBO\", \"SCOP\","
                + " \"SCOP d'amorçage\""),
        error(args(nowhere.toString(), "entry.multiple=6,7", "exit.multiple=6,7", "fund.irr"),
            "error: " + nowhere + ": no such file",
            "erreur" + FR + nowhere + FR + "ce fichier n'existe pas"),
        // the metric, the stress and the simulation's settings
        error(args(FACTORY, "entry.multiple=5", "exit.multiple=7", "fund.irx"),
            "--metric: unknown metric `fund.irx`: did you mean `fund.irr`? The metrics are "
                + metrics,
            "--metric" + FR + "résultat inconnu `fund.irx` : vouliez-vous dire `fund.irr` ? Les"
                + " résultats possibles sont " + metrics),
        error(args(FACTORY, "entry.multiple=5", "exit.multiple=7", "zzz"),
            "--metric: unknown metric `zzz`. The metrics are " + metrics,
            "--metric" + FR + "résultat inconnu `zzz`. Les résultats possibles sont " + metrics),
        error(with(args(FACTORY, "recession.depth=0,0.3", "exit.multiple=7", "fund.irr"),
                "--stress", "2009-severe"),
            "--stress: a recession.depth axis applies its own scaled \"2009\" stress in every"
                + " cell, in place of any other: drop --stress, or vary another input",
            "--stress" + FR + "un axe recession.depth applique dans chaque cellule son propre"
                + " scénario de crise \"2009\" mis à l'échelle, à la place de tout autre :"
                + " retirez --stress, ou faites varier un autre paramètre"),
        error(with(args(FACTORY, "entry.multiple=5", "exit.multiple=7", "fund.irr"),
                "--stress", "2008"),
            "--stress: unknown stress scenario \"2008\": did you mean \"2009\"? The stress"
                + " scenarios are \"2009\", \"2009-severe\" (the file has no `risk` section: only"
                + " the default stresses apply; docs/risk.md §4)",
            "--stress" + FR + "scénario de crise inconnu \"2008\" : vouliez-vous dire \"2009\" ?"
                + " Les scénarios de crise sont \"2009\", \"2009-severe\" (le fichier n'a pas de"
                + " section `risk` : seuls les scénarios de crise par défaut s'appliquent ;"
                + " docs/risk.md §4)"),
        error(args(risk.toString(), "risk.cycle.regimes[1].growth.mean=-0.3,-0.1",
                "exit.multiple=7", "fund.irr"),
            "--x: risk.cycle.regimes[1].growth.mean is part of the risk model, which only the"
                + " Monte Carlo metrics (default.probability, breach.probability) use; fund.irr is"
                + " computed on the deterministic deal",
            "--x" + FR + "risk.cycle.regimes[1].growth.mean fait partie du modèle de risque, que"
                + " seuls les résultats de Monte-Carlo (default.probability, breach.probability)"
                + " utilisent ; fund.irr est calculé sur l'opération déterministe"),
        error(with(args(FACTORY, "entry.multiple=5", "exit.multiple=7", "fund.irr"),
                "--paths", "10"),
            "--paths: fund.irr is computed on the deterministic deal; --paths and --seed are for"
                + " the Monte Carlo metrics default.probability and breach.probability",
            "--paths" + FR + "fund.irr est calculé sur l'opération déterministe ; --paths et"
                + " --seed servent aux résultats de Monte-Carlo default.probability et"
                + " breach.probability"),
        error(with(args(FACTORY, "entry.multiple=5", "exit.multiple=7", "default.probability"),
                "--seed", "1"),
            "--paths: default.probability is a Monte Carlo metric: give the paths per cell and the"
                + " seed, for example --paths 2000 --seed 1",
            "--paths" + FR + "default.probability est un résultat de Monte-Carlo : donnez le"
                + " nombre de trajectoires par cellule et la graine, par exemple --paths 2000"
                + " --seed 1"),
        error(with(args(FACTORY, "entry.multiple=5", "exit.multiple=7", "default.probability"),
                "--paths", "0", "--seed", "1"),
            "--paths: expected between 1 and 10,000,000 paths per cell, found 0",
            "--paths" + FR + "attendu : entre 1 et 10\u00a0000\u00a0000 trajectoires par cellule"
                + " ; trouvé : 0"),
        error(with(args(FACTORY, "leverage=1:1000:1", "exit.multiple=7:8:1",
                "default.probability"), "--paths", "200000", "--seed", "1"),
            "--paths: 2,000 cells × 200,000 paths = 400,000,000 paths in all, more than the"
                + " 100,000,000 allowed; use fewer paths or fewer points",
            "--paths" + FR + "2000 cellules × 200\u00a0000 trajectoires = 400\u00a0000\u00a0000"
                + " trajectoires en tout, plus que les 100\u00a0000\u00a0000 permises ; prenez"
                + " moins de trajectoires ou moins de points"),
        error(with(args(FACTORY, "entry.multiple=5", "exit.multiple=7", "fund.irr"),
                "--threads", "0"),
            "--threads: expected between 1 and 256, found 0",
            "--threads" + FR + "attendu : entre 1 et 256 ; trouvé : 0"));
  }

  @ParameterizedTest
  @MethodSource("errors")
  void inEnglishAndInFrench(List<String> args, String english, String french) {
    String[] a = args.toArray(new String[0]);
    Result en = GridCommandTest.run(a);
    assertThat(en.code()).as(en.err()).isEqualTo(Main.INVALID_INPUT);
    assertThat(en.out()).isEmpty();
    assertThat(en.err().lines().findFirst()).hasValue(english);
    Result fr = GridCommandTest.run(with(args, "--lang", "fr").toArray(new String[0]));
    assertThat(fr.code()).as(fr.err()).isEqualTo(Main.INVALID_INPUT);
    assertThat(fr.out()).isEmpty();
    assertThat(fr.err().lines().findFirst()).hasValue(french);
  }

  /**
   * Through the command line as Main runs it: the same message after "erreur :", as every French
   * usage error (UsageErrors), exit code 2, no stack trace.
   */
  @Test
  void asMainRunsIt() {
    Cli.Result fr = Cli.runAsMain("grid", FACTORY, "--x", "financing.cashSweep=0,1.5", "--y",
        "exit.multiple=7", "--metric", "fund.irr", "--lang", "fr");
    assertThat(fr.code()).isEqualTo(2);
    assertThat(fr.out()).isEmpty();
    assertThat(fr.err()).startsWith("erreur" + FR + "--x" + FR + "financing.cashSweep=1.5" + FR
        + "financing.cashSweep" + FR + "attendu : un taux entre 0 % et 100 % ; trouvé : 1.5\n")
        .doesNotContain("Exception", "\tat ");
  }

  /**
   * The grid's messages that the command does not reach (it checks first, or builds its axes
   * so), from the library itself: each has its French.
   */
  @Test
  void theLibrarysOwnMessagesHaveTheirFrench() {
    GridInput base = new GridInput(DealReader.read(Path.of(FACTORY)),
        RiskReader.read(Path.of(FACTORY)).model(), null);
    assertFrench(() -> new GridAxis<GridInput>(" ", new double[] {1}, (in, v) -> in),
        "expected a parameter name for the axis, found none",
        "attendu : un nom de paramètre pour l'axe ; trouvé : rien");
    assertFrench(() -> new GridAxis<GridInput>("x", new double[0], (in, v) -> in),
        "expected at least one value, found none",
        "attendu : au moins une valeur ; trouvé : rien");
    assertFrench(() -> GridParameters.axis("zzz", new double[] {1}, base),
        "unknown parameter `zzz`. The parameters are entry.multiple, exit.multiple, exit.year,"
            + " leverage, debt.rate, growth, recession.depth, recession.growth,"
            + " recession.probability",
        "paramètre inconnu `zzz`. Les paramètres sont entry.multiple, exit.multiple, exit.year,"
            + " leverage, debt.rate, growth, recession.depth, recession.growth,"
            + " recession.probability");
    GridInput noStress = new GridInput(base.deal(),
        new RiskModel(base.risk().cycle(), RateShock.NONE, List.of()), null);
    assertFrench(() -> GridParameters.recessionStress(noStress),
        "the risk model has no stress scenario \"2009\" whose depth could change",
        "le modèle de risque n'a pas de scénario de crise \"2009\" dont la profondeur pourrait"
            + " varier");
  }

  private static void assertFrench(Runnable r, String english, String french) {
    assertThatThrownBy(r::run).isInstanceOfSatisfying(DealException.class, e -> {
      assertThat(SimulateCommand.message(e)).isEqualTo(english);
      assertThat(MessagesFr.strict(english)).hasValue(french);
    });
  }

  private static Arguments error(List<String> args, String english, String french) {
    return Arguments.of(args, english, french);
  }

  private static List<String> args(String file, String x, String y, String metric) {
    return List.of(file, "--x", x, "--y", y, "--metric", metric);
  }

  private static List<String> monteCarlo(String file, String x, String y) {
    return with(args(file, x, y, "default.probability"), "--paths", "10", "--seed", "1");
  }

  private static List<String> with(List<String> args, String... more) {
    return Stream.concat(args.stream(), Arrays.stream(more)).toList();
  }

  private static Path file(String name, String text) throws Exception {
    return Files.writeString(dir.resolve(name), text);
  }
}
