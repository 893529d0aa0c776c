package org.reprise.io;

import java.util.function.BiConsumer;

/**
 * What was expected, in the messages "expected …, found …" of {@link MessagesFr} (English then
 * French, in the order they are tried). Phrases that add to another phrase ({@code … or a list of
 * them (one per year)}) come first.
 */
final class FrenchExpected {

  private FrenchExpected() {}

  static void add(BiConsumer<String, String> w) {
    // Additions to another phrase: Node, PerYear, RiskStressReader, RiskReader, DealReader.
    w.accept("{w} or a list of them (one per year)",
        "{1} ou une liste de ces valeurs (une par année)");
    w.accept("{w} or a list of them (one per stressed year)",
        "{1} ou une liste de ces valeurs (une par année de crise)");
    w.accept("{w} (at most 1000000000 in size)", "{1} (au plus 1000000000 en valeur absolue)");
    w.accept("{w} (at most 10^15 in size)", "{1} (au plus 10^15 en valeur absolue)");
    w.accept("{w} (or null: not tested)", "{1} (ou null : non testé)");
    w.accept("a yearly volatility of 0 or more, such as 0.05 or \"5%\"",
        "une volatilité annuelle de 0 ou plus, par exemple 0.05 ou \"5%\"");
    w.accept("a standard deviation of 0 or more, such as 0.05 or \"5%\"",
        "un écart-type de 0 ou plus, par exemple 0.05 ou \"5%\"");
    node(w);
    sections(w);
    risk(w);
    engine(w);
    grid(w);
  }

  /**
   * KeyPathEdits, GridAxis and GridParameters (reprise-sim), GridCommand (reprise-cli): the key
   * paths and the axes of {@code reprise grid}.
   */
  private static void grid(BiConsumer<String, String> w) {
    w.accept("a mapping of keys at the top level of the deal file",
        "un groupe de clés au niveau supérieur du fichier d'opération");
    w.accept("a key path such as financing.cashSweep",
        "un chemin de clé tel que financing.cashSweep");
    w.accept("a key path such as financing.debt[1].rate.margin (keys separated by dots, list items"
            + " by their index in brackets)",
        "un chemin de clé tel que financing.debt[1].rate.margin (les clés séparées par des points,"
            + " les éléments de liste par leur numéro entre crochets)");
    w.accept("a parameter name for the axis", "un nom de paramètre pour l'axe");
    w.accept("at least one value", "au moins une valeur");
    w.accept("finite values", "des valeurs finies");
    w.accept("a positive step", "un pas positif");
    w.accept("multiples above 0", "des multiples supérieurs à 0");
    w.accept("factors of 0 or more (1 = the deal)", "des facteurs de 0 ou plus (1 = l'opération)");
    w.accept("changes of rate between -1 and 1 (-100% and +100%)",
        "des variations de taux entre -1 et 1 (-100 % et +100 %)");
    w.accept("changes of growth above -1", "des variations de croissance supérieures à -1");
    w.accept("depths from 0 to 1 (exclusive; 0.3 = revenue -30%)",
        "des profondeurs de 0 à 1 (exclu ; 0.3 = chiffre d'affaires -30 %)");
    w.accept("growth rates between -1 and 1 (exclusive; -0.15 = -15%)",
        "des taux de croissance entre -1 et 1 (exclus ; -0.15 = -15 %)");
    w.accept("probabilities between 0 and 1 (exclusive; 0.125 = a recession every 8 years)",
        "des probabilités entre 0 et 1 (exclus ; 0.125 = une récession tous les 8 ans)");
    w.accept("between 1 and {i}", "entre 1 et {1}");
    w.accept("between 1 and 10,000,000 paths per cell",
        "entre 1 et 10\u00a0000\u00a0000 trajectoires par cellule");
  }

  /** Node, PerYear, DealReader. */
  private static void node(BiConsumer<String, String> w) {
    w.accept("a mapping of keys ({r})", "un groupe de clés ({1})");
    w.accept("one of {l}", "un choix parmi {1}");
    w.accept("a calendar year of the hold from {i} to the exit year {i}",
        "une année civile de la détention de {1} à l'année de sortie {2}");
    w.accept("a net leverage above 0, such as 4.0",
        "un levier net au-dessus de 0, par exemple 4.0");
    w.accept("a net leverage at most the lenders' test, drawMaxNetLeverage: {r}",
        "un levier net au plus égal au test des prêteurs, drawMaxNetLeverage : {1}");
    w.accept("the share of the loan hedged, above 0% and at most 100%",
        "la part du prêt couverte, au-dessus de 0 % et au plus 100 %");
    w.accept("the cap's strike, such as \"3%\"", "le prix d'exercice du cap, par exemple \"3%\"");
    w.accept("the swap's fixed rate, such as \"2.4%\"",
        "le taux fixe du swap, par exemple \"2.4%\"");
    w.accept("the hedge's term in years from the closing, such as 3",
        "la durée de la couverture en années depuis le closing, par exemple 3");
    w.accept("a text", "un texte");
    w.accept("a non-empty text", "un texte non vide");
    w.accept("a text saying who set the assumptions, such as \"the buyer's business plan of"
        + " 12/03/2026\" or \"fictional example\"", "un texte qui dit qui a établi les"
        + " hypothèses, par exemple \"plan d'affaires de l'acquéreur du 12/03/2026\" ou"
        + " \"exemple fictif\"");
    w.accept("an amount in currency units such as 1200000",
        "un montant en unités monétaires, par exemple 1200000");
    w.accept("an amount in currency units", "un montant en unités monétaires");
    w.accept("an amount of zero or more", "un montant positif ou nul");
    w.accept("a rate such as 0.055 or \"5.5%\"", "un taux tel que 0.055 ou \"5.5%\"");
    w.accept("a rate between -1000% and 1000%", "un taux entre -1000 % et 1000 %");
    w.accept("a rate between {n} and {n}", "un taux entre {1} et {2}");
    w.accept("0 (no catch-up) or a share above the carry ({n}) and at most 100%",
        "0 (pas de rattrapage) ou une part supérieure au carried interest de la société de"
            + " gestion ({1}) et d'au plus 100 %");
    w.accept("a multiple such as 7.5 or \"7.5x\"", "un multiple tel que 7.5 ou \"7.5x\"");
    w.accept("a whole number between {i} and {i}", "un nombre entier entre {1} et {2}");
    w.accept("a whole number of years from {i} to {i}, true (5 years) or false (not amortised)",
        "un nombre entier d'années de {1} à {2}, true (5 ans) ou false (pas d'amortissement)");
    w.accept("true or false", "true ou false");
    w.accept("a deal: a mapping of keys starting with `reprise: 1`",
        "une opération : un groupe de clés commençant par `reprise: 1`");
    w.accept("format version 1 (`reprise: 1`)", "la version de format 1 (`reprise: 1`)");
    w.accept("1", "1");
    w.accept("a multiple of 0 or more", "un multiple de 0 ou plus");
    w.accept("`{k}`", "`{1}`");
  }

  /** CompanyReader … TransactionReader, ScenarioReader. */
  private static void sections(BiConsumer<String, String> w) {
    w.accept("a number of people greater than 0", "un nombre de personnes supérieur à 0");
    w.accept("false, or a mapping of the accounts' years and rate",
        "false, ou un groupe de clés donnant la durée (years) et le taux (rate) des comptes");
    w.accept("the accounts' interest rate, at least the TMOP (Code du travail D3324-33)",
        "le taux d'intérêt des comptes, au moins le TMOP (Code du travail D3324-33)");
    w.accept("a list of at most {i} amounts (`years` is {i}: nothing stays blocked longer), what"
            + " the accounts hold at the closing by the projected year their blocking period ends,"
            + " year 1 first",
        "une liste d'au plus {1} montants (`years` vaut {2} : rien ne reste bloqué plus"
            + " longtemps), ce que les comptes détiennent à la clôture, selon l'année projetée où"
            + " finit leur période d'indisponibilité, l'année 1 d'abord");
    w.accept("a number of people greater than 0 (at most 10 million)",
        "un nombre de personnes supérieur à 0 (au plus 10 millions)");
    w.accept("a revenue greater than 0", "un chiffre d'affaires supérieur à 0");
    w.accept("the name of an equity holder (such as \"employees\")",
        "le nom d'un détenteur de titres (par exemple \"employees\")");
    w.accept("`variable` (share of revenue) and/or `fixed` (amount)",
        "`variable` (part du chiffre d'affaires) et/ou `fixed` (montant)");
    w.accept("a number of people", "un nombre de personnes");
    w.accept("a number of people, 0 or more", "un nombre de personnes, 0 ou plus");
    w.accept("a number of people between 0 and 10 million",
        "un nombre de personnes entre 0 et 10 millions");
    w.accept("a list of debt tranches", "une liste de tranches de dette");
    w.accept("a share such as \"50%\" or a list of steps such as [{share: \"75%\","
            + " leverageAbove: 3.5}, {share: \"50%\"}]",
        "une part telle que \"50%\" ou une liste de paliers telle que [{share: \"75%\","
            + " leverageAbove: 3.5}, {share: \"50%\"}]");
    w.accept("a list of at least one equity class", "une liste d'au moins une catégorie de titres");
    w.accept("a list of equity classes", "une liste de catégories de titres");
    w.accept("a list of equity holders", "une liste d'actionnaires");
    w.accept("the list of the equity holders who are individuals, such as [management,"
            + " employees]",
        "la liste des actionnaires qui sont des personnes physiques, par exemple [management,"
            + " employees]");
    w.accept("an amount in currency units or \"balance\"",
        "un montant en unités monétaires ou \"balance\"");
    w.accept("a list of revenue amounts, one per year",
        "une liste de chiffres d'affaires, un par année");
    w.accept("at least {i} revenue amounts (one per projected year up to the last needed year)",
        "au moins {1} chiffres d'affaires (un par année projetée jusqu'à la dernière année"
            + " nécessaire)");
    w.accept("at least {i} revenue amounts (one per projected year up to the exit)",
        "au moins {1} chiffres d'affaires (un par année projetée jusqu'à la sortie)");
    w.accept("a share of the personnel costs above 0% and at most 100%",
        "une part des frais de personnel supérieure à 0 % et d'au plus 100 %");
    w.accept("a tax rate (required with preset generic) such as \"25%\"",
        "un taux d'impôt (obligatoire avec preset generic), par exemple \"25%\"");
    w.accept("an amount, {timesEbitda: 2.5} or {shareOfPrice: \"40%\"}",
        "un montant, {timesEbitda: 2.5} ou {shareOfPrice: \"40%\"}");
    w.accept("the part of the company's existing financial debt left in place as an amount, at"
            + " most {n} (company.actuals.financialDebt), or no `amount`",
        "la part de la dette financière existante de la société qui reste en place comme un"
            + " montant, au plus {1} (company.actuals.financialDebt), ou pas de `amount`");
    w.accept("a base rate such as \"3.2%\" or a list, one per year",
        "un taux de base, par exemple \"3.2%\", ou une liste, un par année");
    w.accept("an all-in cash rate (the higher of base and floor, plus the margin) of at least {n}"
            + " every year",
        "un taux d'intérêt payé (le plus élevé de la base et du plancher, plus la marge) d'au"
            + " moins {1} chaque année");
    w.accept("a list of shares of the amount repaid each year",
        "une liste de parts du montant remboursées chaque année");
    w.accept("a list of 1 to {i} shares repaid each year",
        "une liste de 1 à {1} parts remboursées chaque année");
    w.accept("an amount in currency units or {shareOfPrice: rate}",
        "un montant en unités monétaires ou {shareOfPrice: taux}");
    w.accept("a date written YYYY-MM-DD such as \"{r}\"",
        "une date écrite AAAA-MM-JJ, par exemple \"{1}\"");
    w.accept("a calendar year after the base year {i}",
        "une année civile postérieure à l'année de base {1}");
    // GridParameters.checkExitYear (reprise-sim): an exit.year axis of a grid
    w.accept("whole calendar years from {i} to the deal's exit year {i}",
        "des années civiles entières de {1} à l'année de sortie de l'opération {2}");
    w.accept("a calendar year after the base year {i} and at most {i} (horizon of 1 to {i} years)",
        "une année civile postérieure à l'année de base {1} et au plus {2} (horizon de 1 à {3}"
            + " ans)");
    w.accept("{multiple: 7, of: ltm} or {amount: 1000000}",
        "{multiple: 7, of: ltm} ou {amount: 1000000}");
    w.accept("ltm: a company in default is valued on the exit year's EBITDA, not the next year's",
        "ltm : une entreprise en défaut est évaluée sur l'EBE de l'année de sortie, non sur celui"
            + " de l'année suivante");
    w.accept("an amount greater than 0", "un montant supérieur à 0");
    // the share premium (DealReader.checkPremium, YearSolver.checkPremium)
    w.accept("at most the shares subscribed at the closing (the financing.equity classes other"
            + " than the shareholder loans), {n}",
        "au plus les actions souscrites à la clôture (les catégories de financing.equity autres"
            + " que les comptes courants d'associés), {1}");
    w.accept("at most the merged company's opening book equity (structure.mergedEquity), {n}",
        "au plus les capitaux propres d'ouverture de la société fusionnée"
            + " (structure.mergedEquity), {1}");
    w.accept("`multiple` (such as 7 or \"7x\") or `amount`",
        "`multiple` (par exemple 7 ou \"7x\") ou `amount`");
    w.accept("a multiple greater than 0", "un multiple supérieur à 0");
    // the management ratchet (FinancingReader.ratchet, RatchetRule)
    w.accept("the holder of a class of ordinary shares ({l})",
        "le détenteur d'une catégorie d'actions ordinaires ({1})");
    w.accept("the holder of an equity class other than the beneficiary ({l})",
        "le détenteur d'une catégorie de fonds propres autre que le bénéficiaire ({1})");
    w.accept("a list of at least one tier", "une liste d'au moins un palier");
    w.accept("an IRR above -100%", "un TRI supérieur à -100 %");
    w.accept("an IRR of at most 100%, such as \"20%\" (2 is 200%)",
        "un TRI d'au plus 100 %, tel que \"20%\" (2 vaut 200 %)");
    w.accept("a share above 0% and below 100%", "une part supérieure à 0 % et inférieure à 100 %");
    w.accept("more than the previous tier's threshold, {n}",
        "plus que le seuil du palier précédent, {1}");
    w.accept("more than the previous tier's ownership, {n}",
        "plus que la part du palier précédent, {1}");
    w.accept("more than the beneficiary's share of the ordinary equity at closing, {n}",
        "plus que la part du bénéficiaire dans le capital ordinaire à la clôture, {1}");
    w.accept("a number of rounds between 1 and {i}", "un nombre de rachats entre 1 et {1}");
    w.accept("a list of scenarios, each with a `name` and a `kind`",
        "une liste de scénarios, chacun avec un `name` et un `kind`");
    w.accept("a text in quotes (written bare, it is read as a number)",
        "un texte entre guillemets (écrit tel quel, il est lu comme un nombre)");
    w.accept("a list of at least one scenario", "une liste d'au moins un scénario");
    w.accept("a list of at most {i} scenarios", "une liste d'au plus {1} scénarios");
  }

  /** RiskReader, RiskCycleReader, RiskStressReader. */
  private static void risk(BiConsumer<String, String> w) {
    w.accept("one row of probabilities per regime (a list of lists), such as [[0.875, 0.125],"
            + " [0.65, 0.35]]",
        "une ligne de probabilités par régime (une liste de listes), par exemple [[0.875, 0.125],"
            + " [0.65, 0.35]]");
    w.accept("{i} rows, one per regime ({r})", "{1} lignes, une par régime ({2})");
    w.accept("a list of regimes, each {name: ..., growth: {mean: ..., sd: ...}}",
        "une liste de régimes, chacun {name: ..., growth: {mean: ..., sd: ...}}");
    w.accept("at least one regime", "au moins un régime");
    w.accept("at most {i} regimes", "au plus {1} régimes");
    w.accept("a growth rate above -100% (revenue cannot fall to zero)",
        "un taux de croissance supérieur à -100 % (le chiffre d'affaires ne peut pas tomber à"
            + " zéro)");
    w.accept("a shift of the variable-cost share between -100% and 100% (exclusive)",
        "un décalage de la part des coûts variables entre -100 % et 100 % (exclus)");
    w.accept("one probability per regime ({r}), as a list such as [0.875, 0.125] or a mapping"
            + " such as {{r}: 1}",
        "une probabilité par régime ({1}), en liste, par exemple [0.875, 0.125], ou en groupe de"
            + " clés, par exemple {{2}: 1}");
    w.accept("{i} probabilities, one per regime ({r})", "{1} probabilités, une par régime ({2})");
    w.accept("an autoregressive coefficient between -1 and 1, such as 0.8",
        "un coefficient autorégressif entre -1 et 1, par exemple 0.8");
    w.accept("a share of the revenue shortfall between 0 and 1, such as 0.5 or \"50%\"",
        "une part de la baisse du chiffre d'affaires entre 0 et 1, par exemple 0.5 ou \"50%\"");
    w.accept("a share of the fixed payroll between 0 and 1, such as 0.37 or \"37%\"",
        "une part des frais de personnel fixes entre 0 et 1, par exemple 0.37 ou \"37%\"");
    w.accept("a window longer than `years` ({i})",
        "une fenêtre plus longue que `years` ({1})");
    w.accept("the most years with a cut in `window`, a whole number such as 2",
        "le nombre maximal d'années de baisse dans `window`, un nombre entier, par exemple 2");
    w.accept("a share of the gap between 0 and 1, such as 0.44 or \"44%\"",
        "une part de l'écart entre 0 et 1, par exemple 0.44 ou \"44%\"");
    w.accept("0 in a regime of absolute growth (`relativeToPlan` false), whose years do not"
            + " recover towards the plan",
        "0 dans un régime de croissance absolue (`relativeToPlan` false), dont les années ne"
            + " rattrapent pas le plan");
    w.accept("a probability between 0 and 1, such as 0.125 or \"12.5%\"",
        "une probabilité entre 0 et 1, par exemple 0.125 ou \"12.5%\"");
    w.accept("a list of stress scenarios, each such as {name: mild, startYear: 2, depth: \"20%\"}"
            + " or {name: flat, growth: [0, 0]}",
        "une liste de scénarios de crise, chacun par exemple {name: mild, startYear: 2, depth:"
            + " \"20%\"} ou {name: flat, growth: [0, 0]}");
    w.accept("at most {i} stress scenarios", "au plus {1} scénarios de crise");
    w.accept("a growth rate above -100%, such as \"-30%\"",
        "un taux de croissance supérieur à -100 %, par exemple \"-30%\"");
    w.accept("a shift of the variable-cost share between -100% and 100% (exclusive), such as"
            + " \"2%\"",
        "un décalage de la part des coûts variables entre -100 % et 100 % (exclus), par exemple"
            + " \"2%\"");
    w.accept("{i} values, one per stressed year of `growth`",
        "{1} valeurs, une par année de crise de `growth`");
    w.accept("`growth` (the revenue growth of each stressed year, such as [\"-30%\", \"25%\"]) or"
            + " `depth` (a shock with a rebound, such as \"30%\")",
        "`growth` (la croissance du chiffre d'affaires de chaque année de crise, par exemple"
            + " [\"-30%\", \"25%\"]) ou `depth` (un choc suivi d'un rebond, par exemple \"30%\")");
    w.accept("at most {i} years", "au plus {1} années");
    w.accept("a fall of revenue from 0% to 100% (exclusive), such as \"30%\"",
        "une baisse du chiffre d'affaires de 0 % à 100 % (exclu), par exemple \"30%\"");
    w.accept("a share of the pre-shock revenue above 0%, such as \"87.5%\"",
        "une part du chiffre d'affaires d'avant le choc supérieure à 0 %, par exemple \"87.5%\"");
  }

  /** The engine's records and checks, and the simulation. */
  private static void engine(BiConsumer<String, String> w) {
    w.accept("a shift of the variable-cost share between −1 and 1",
        "un décalage de la part des coûts variables entre −1 et 1");
    w.accept("a projected year index ≥ 1", "un numéro d'année projetée ≥ 1");
    w.accept("at least one year of growth", "au moins une année de croissance");
    w.accept("{i} values (one per stressed year) or none",
        "{1} valeurs (une par année de crise) ou aucune");
    w.accept("a shift between −1 and 1", "un décalage entre −1 et 1");
    w.accept("{i} rows (one per regime)", "{1} lignes (une par régime)");
    w.accept("{i} probabilities (one per regime)", "{1} probabilités (une par régime)");
    w.accept("a business cycle", "un cycle économique");
    w.accept("a coefficient between −1 and 1", "un coefficient entre −1 et 1");
    w.accept("a finite number", "un nombre fini");
    w.accept("a probability between 0 and 1", "une probabilité entre 0 et 1");
    w.accept("a share of the gap between 0 and 1", "une part de l'écart entre 0 et 1");
    w.accept("a share of the revenue shortfall between 0 and 1",
        "une part de la baisse du chiffre d'affaires entre 0 et 1");
    w.accept("no recovery (0) in a regime of absolute growth (relativeToPlan false)",
        "aucun rattrapage (0) dans un régime de croissance absolue (relativeToPlan false)");
    w.accept("a finite number ≥ 0", "un nombre fini ≥ 0");
    w.accept("a growth rate above −100 % (a decimal > −1)",
        "un taux de croissance supérieur à −100 % (un nombre décimal > −1)");
    w.accept("a non-empty name", "un nom non vide");
    w.accept("probabilities summing to 1 (± {r})", "des probabilités de somme 1 (± {1})");
    w.accept("at least 1 round", "au moins 1 rachat");
    w.accept("at least one class of ordinary shares", "au moins une catégorie d'actions ordinaires");
    w.accept("an amount between 0 and the limit", "un montant entre 0 et la limite");
    w.accept("at least 1 path", "au moins 1 trajectoire");
    w.accept("between 1 and {i} threads", "entre 1 et {1} fils d'exécution");
    w.accept("a positive base-year revenue", "un chiffre d'affaires positif l'année de base");
    w.accept("positive revenue every year", "un chiffre d'affaires positif chaque année");
  }
}
