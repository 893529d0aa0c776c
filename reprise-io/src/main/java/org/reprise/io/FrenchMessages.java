package org.reprise.io;

import java.util.function.BiConsumer;

/**
 * Whole messages of {@link MessagesFr}, English then French, in the order they are tried; the
 * messages of the form "expected …, found …" are in {@link FrenchExpected}. Grouped by the class
 * that builds them.
 */
final class FrenchMessages {

  private FrenchMessages() {}

  static void add(BiConsumer<String, String> m) {
    // Notes added to another message (KeyPathEdits.inGridCell, ScenarioReader.locate,
    // RiskCycleReader): first, so that the message inside is translated on its own. A grid's cell
    // is named after any other note (a scenario's), so it comes first.
    m.accept("{m} (in the grid cell --x {r}, --y {r})",
        "{1} (dans la cellule de la grille --x {2}, --y {3})");
    m.accept("{m} (in scenario \"{r}\", {r}, which keeps this value of the top level)",
        "{1} (dans le scénario \"{2}\", {3}, qui garde cette valeur du niveau supérieur)");
    m.accept("{m} (in scenario \"{r}\", {r})", "{1} (dans le scénario \"{2}\", {3})");
    m.accept("{m} (write `initial:` under `cycle`)", "{1} (écrivez `initial:` sous `cycle`)");
    // a named stress (reprise-cli's StressedPlan, GridCommand, ValidateCommand; review 36, W2-W5)
    m.accept("{m} (under the stress \"{r}\")", "{1} (sous le scénario de crise \"{2}\")");
    m.accept("{m} (the file has no `risk` section: only the default stresses apply; docs/risk.md"
            + " §4)",
        "{1} (le fichier n'a pas de section `risk` : seuls les scénarios de crise par défaut"
            + " s'appliquent ; docs/risk.md §4)");
    m.accept("{m}, so no cell of the grid applies it",
        "{1}, donc aucune cellule de la grille ne l'applique");
    m.accept("{m}: simulate, run, compare and grid refuse it (--stress)",
        "{1} : simulate, run, compare et grid le refusent (--stress)");
    reader(m);
    readerSections(m);
    risk(m);
    engine(m);
    keyPaths(m);
    grid(m);
    warnings(m);
  }

  /**
   * KeyPathEdits, and KeyPaths in reprise-cli: a key path of {@code reprise grid} that the deal
   * file cannot take (the readers' own messages about the value set there have theirs above).
   */
  private static void keyPaths(BiConsumer<String, String> m) {
    m.accept("`{r}` is a single value in the deal file, not a block of keys or a list",
        "`{1}` est une valeur unique dans le fichier d'opération, pas un groupe de clés ni une"
            + " liste");
    m.accept("the deal file has no `{r}`: `{r}` has {i} item (counted from 0)",
        "le fichier d'opération n'a pas de `{1}` : `{2}` a {3} élément (numéroté à partir de 0)");
    m.accept("the deal file has no `{r}`: `{r}` has {i} items (counted from 0)",
        "le fichier d'opération n'a pas de `{1}` : `{2}` a {3} éléments (numérotés à partir de"
            + " 0)");
    m.accept("`{r}` is a list of blocks in the deal file, not a single value: set a key of one of"
            + " its items, such as `{r}`",
        "`{1}` est une liste de groupes dans le fichier d'opération, pas une valeur unique :"
            + " changez une clé d'un de ses éléments, par exemple `{2}`");
    m.accept("`{r}` is not a list in the deal file",
        "`{1}` n'est pas une liste dans le fichier d'opération");
    m.accept("`{r}` is a list in the deal file, not a block of keys",
        "`{1}` est une liste dans le fichier d'opération, pas un groupe de clés");
    m.accept("`{r}` is a single value in the deal file, not a block of keys",
        "`{1}` est une valeur unique dans le fichier d'opération, pas un groupe de clés");
    m.accept("the deal file has no block `{r}`; the top level has {r}. A grid can set a value the"
            + " file has, or add a key to a block it has",
        "le fichier d'opération n'a pas de groupe `{1}` ; le niveau supérieur a {2}. Une grille"
            + " peut changer une valeur que le fichier a, ou ajouter une clé à un groupe qu'il a");
    m.accept("the deal file has no block `{r}`; `{r}` has {r}. A grid can set a value the file"
            + " has, or add a key to a block it has",
        "le fichier d'opération n'a pas de groupe `{1}` ; `{2}` a {3}. Une grille peut changer"
            + " une valeur que le fichier a, ou ajouter une clé à un groupe qu'il a");
    m.accept("the deal file has no block `{r}`. A grid can set a value the file has, or add a key"
            + " to a block it has",
        "le fichier d'opération n'a pas de groupe `{1}`. Une grille peut changer une valeur que le"
            + " fichier a, ou ajouter une clé à un groupe qu'il a");
    m.accept("`{r}` is a list: write an item's index, such as `{r}[0]`",
        "`{1}` est une liste : écrivez le numéro d'un élément, par exemple `{2}[0]`");
    m.accept("cannot write the edited deal: {r}",
        "impossible d'écrire l'opération modifiée : {1}");
    m.accept("the scenario \"{r}\" sets `{r}` itself (`{r}`), so a change of the top-level value"
            + " would not reach it: vary the scenario's own value, under `{r}`",
        "le scénario \"{1}\" fixe lui-même `{2}` (`{3}`) : un changement de la valeur du niveau"
            + " supérieur ne l'atteindrait pas ; faites varier la valeur propre au scénario, sous"
            + " `{4}`");
    m.accept("the edited file has no scenario named \"{r}\"",
        "le fichier modifié n'a pas de scénario nommé \"{1}\"");
  }

  /**
   * The usage errors of {@code reprise grid}: GridAxis, Grid, GridParameters and GridMetric
   * (reprise-sim), GridCommand (reprise-cli); the command puts the option first ({@code --x : …}).
   */
  private static void grid(BiConsumer<String, String> m) {
    // an axis that is neither a named input nor a key path of the file (GridCommand.cellAxis,
    // checkValues): the named inputs' "did you mean", then the file's own message
    m.accept("{m}. It is not a key path of the deal file either: {m}",
        "{1}. Ce n'est pas non plus un chemin de clé du fichier d'opération : {2}");
    m.accept("unknown parameter `{r}`: did you mean `{k}`? It is not a key path of the deal file"
            + " either: {m}",
        "paramètre inconnu `{1}` : vouliez-vous dire `{2}` ? Ce n'est pas non plus un chemin de"
            + " clé du fichier d'opération : {3}");
    m.accept("unknown parameter `{r}`: did you mean `{k}`? The parameters are {r}",
        "paramètre inconnu `{1}` : vouliez-vous dire `{2}` ? Les paramètres sont {3}");
    m.accept("unknown parameter `{r}`. The parameters are {r}",
        "paramètre inconnu `{1}`. Les paramètres sont {2}");
    m.accept("unknown metric `{r}`: did you mean `{k}`? The metrics are {r}",
        "résultat inconnu `{1}` : vouliez-vous dire `{2}` ? Les résultats possibles sont {3}");
    m.accept("unknown metric `{r}`. The metrics are {r}",
        "résultat inconnu `{1}`. Les résultats possibles sont {2}");
    m.accept("expected INPUT=FROM:TO:STEP such as entry.multiple=5:9:0.5, or INPUT=V1,V2,... such"
            + " as leverage=0.5,1,1.5; found '{r}'",
        "attendu : PARAMÈTRE=DÉBUT:FIN:PAS, par exemple entry.multiple=5:9:0.5, ou"
            + " PARAMÈTRE=V1,V2,..., par exemple leverage=0.5,1,1.5 ; trouvé : « {1} »");
    m.accept("expected finite bounds and step, found {v}:{v}:{v}",
        "attendu : des bornes et un pas finis ; trouvé : {1}:{2}:{3}");
    m.accept("expected from ≤ to, found {v} > {v}: no points",
        "attendu : début ≤ fin ; trouvé : {1} > {2} : aucun point");
    m.accept("expected at most {g} values, found {g}",
        "attendu : au plus {1} valeurs ; trouvé : {2}");
    m.accept("expected at most {g} points, found {g} × {g} = {g}; use fewer values or a larger"
            + " step",
        "attendu : au plus {1} points ; trouvé : {2} × {3} = {4} ; prenez moins de valeurs ou un"
            + " pas plus grand");
    m.accept("scaling the debt needs an equity class with `amount: balance` to keep sources equal"
            + " to uses; the deal has none",
        "faire varier la dette demande une catégorie de titres avec `amount: balance` pour garder"
            + " les ressources égales aux emplois ; l'opération n'en a pas");
    m.accept("the deal has no new debt to scale",
        "l'opération n'a pas de nouvelle dette dont le montant pourrait varier");
    m.accept("the deal has no debt whose rate could change",
        "l'opération n'a pas de dette dont le taux pourrait varier");
    m.accept("the risk model has no stress scenario \"{r}\" whose depth could change",
        "le modèle de risque n'a pas de scénario de crise \"{1}\" dont la profondeur pourrait"
            + " varier");
    m.accept("the stress \"{r}\" must start with a fall of revenue to be scaled; its first year's"
            + " growth is {v}",
        "le scénario de crise \"{1}\" doit commencer par une baisse du chiffre d'affaires pour"
            + " changer d'échelle ; sa croissance la première année est de {2}");
    m.accept("the two axes must vary different inputs, both vary {r}",
        "les deux axes doivent faire varier des paramètres différents ; tous deux font varier {1}");
    m.accept("a recession.depth axis applies its own scaled \"2009\" stress in every cell, in"
            + " place of any other: drop --stress, or vary another input",
        "un axe recession.depth applique dans chaque cellule son propre scénario de crise"
            + " \"2009\" mis à l'échelle, à la place de tout autre : retirez --stress, ou faites"
            + " varier un autre paramètre");
    m.accept("{r} is part of the risk model, which only the Monte Carlo metrics ({r}, {r}) use; {r}"
            + " is computed on the deterministic deal",
        "{1} fait partie du modèle de risque, que seuls les résultats de Monte-Carlo ({2}, {3})"
            + " utilisent ; {4} est calculé sur l'opération déterministe");
    m.accept("{r} is computed on the deterministic deal; --paths and --seed are for the Monte Carlo"
            + " metrics {r} and {r}",
        "{1} est calculé sur l'opération déterministe ; --paths et --seed servent aux résultats"
            + " de Monte-Carlo {2} et {3}");
    m.accept("{r} is a Monte Carlo metric: give the paths per cell and the seed, for example"
            + " --paths 2000 --seed 1",
        "{1} est un résultat de Monte-Carlo : donnez le nombre de trajectoires par cellule et la"
            + " graine, par exemple --paths 2000 --seed 1");
    // GridOverlaps (reprise-cli): a key path that the other axis or --stress makes flat
    m.accept("{r} is part of the entry price, which the {r} axis ({r}) sets itself in every cell,"
            + " so this axis would change nothing: vary only one of them",
        "{1} fait partie du prix d'entrée, que l'axe {2} ({3}) fixe lui-même dans chaque"
            + " cellule : cet axe ne changerait rien ; n'en faites varier qu'un des deux");
    m.accept("{r} is part of the exit value, which the {r} axis ({r}) sets itself in every cell,"
            + " so this axis would change nothing: vary only one of them",
        "{1} fait partie de la valeur de sortie, que l'axe {2} ({3}) fixe lui-même dans chaque"
            + " cellule : cet axe ne changerait rien ; n'en faites varier qu'un des deux");
    m.accept("{r} is the mean growth of the recession regime \"{r}\", which the {r} axis ({r})"
            + " sets itself in every cell, so this axis would change nothing: vary only one of"
            + " them",
        "{1} est la croissance moyenne du régime de récession \"{2}\", que l'axe {3} ({4}) fixe"
            + " lui-même dans chaque cellule : cet axe ne changerait rien ; n'en faites varier"
            + " qu'un des deux");
    m.accept("{r} is a key of the stress \"{r}\", which no cell applies, so this axis would change"
            + " nothing: give --stress \"{r}\" to apply it in every cell",
        "{1} est une clé du scénario de crise \"{2}\", qu'aucune cellule n'applique : cet axe ne"
            + " changerait rien ; donnez --stress \"{3}\" pour l'appliquer dans chaque cellule");
    m.accept("{r} is a key of the stress \"{r}\", but every cell applies the stress \"{r}\", so"
            + " this axis would change nothing",
        "{1} est une clé du scénario de crise \"{2}\", mais chaque cellule applique le scénario"
            + " \"{3}\" : cet axe ne changerait rien");
    m.accept("{r} says whether the \"2009\" stress is relative to the plan, but the {r} axis"
            + " ({r}) scales it as a shock relative to the plan in every cell, so this axis would"
            + " change nothing",
        "{1} dit si le scénario de crise \"2009\" est relatif au plan, mais l'axe {2} ({3}) le"
            + " met à l'échelle comme un choc relatif au plan dans chaque cellule : cet axe ne"
            + " changerait rien");
    m.accept("{r} is the name of the \"2009\" stress, which the {r} axis ({r}) scales in every"
            + " cell (renamed, the built-in \"2009\" is scaled instead), so this axis would change"
            + " nothing",
        "{1} est le nom du scénario de crise \"2009\", que l'axe {2} ({3}) met à l'échelle dans"
            + " chaque cellule (renommé, c'est le \"2009\" intégré qui est mis à l'échelle) : cet"
            + " axe ne changerait rien");
    m.accept("{r} leaves the \"2009\" stress one year long with no costShift, whose only fall"
            + " the {r} axis ({r}) sets itself in every cell, so this axis would change nothing:"
            + " vary its startYear or its personnelFlex instead, or give it later years or a"
            + " costShift in the file",
        "{1} laisse le scénario de crise \"2009\" long d'une seule année et sans costShift, dont"
            + " l'axe {2} ({3}) fixe lui-même l'unique baisse dans chaque cellule : cet axe ne"
            + " changerait rien ; faites plutôt varier son startYear ou son personnelFlex, ou"
            + " donnez-lui dans le fichier des années suivantes ou un costShift");
    m.accept("{r} is a key of the scenario \"{r}\" ({r}), but every cell runs the top-level deal"
            + " (no --scenario), so this axis would change nothing: give --scenario \"{r}\" to"
            + " run it",
        "{1} est une clé du scénario \"{2}\" ({3}), mais chaque cellule calcule l'opération du"
            + " niveau supérieur (sans --scenario) : cet axe ne changerait rien ; donnez"
            + " --scenario \"{4}\" pour la calculer");
    m.accept("{r} is a key of the scenario \"{r}\" ({r}), but every cell runs the scenario"
            + " \"{r}\" (--scenario), so this axis would change nothing: give --scenario \"{r}\""
            + " to run it",
        "{1} est une clé du scénario \"{2}\" ({3}), mais chaque cellule calcule le scénario"
            + " \"{4}\" (--scenario) : cet axe ne changerait rien ; donnez --scenario \"{5}\""
            + " pour le calculer");
    // DealCommand, and the --scenario of grid, run and simulate (reprise-cli's InputException)
    m.accept("no such file", "ce fichier n'existe pas");
    m.accept("is a directory, not a deal file", "est un dossier, pas un fichier d'opération");
    m.accept("no scenario named \"{r}\"; the scenarios are {r}",
        "aucun scénario ne s'appelle \"{1}\" ; les scénarios sont {2}");
    m.accept("{g} cells × {g} paths = {g} paths in all, more than the {g} allowed; use fewer paths"
            + " or fewer points",
        "{1} cellules × {2} trajectoires = {3} trajectoires en tout, plus que les {4} permises ;"
            + " prenez moins de trajectoires ou moins de points");
  }

  /** DealWarnings: not errors, printed by validate and run. */
  private static void warnings(BiConsumer<String, String> m) {
    m.accept("{r} is after the end of the base year {i}: the model closes the deal on 31 December"
            + " {i} and every flow falls on a 31 December, so the results read as those of a"
            + " closing on that day (a positive IRR is higher over the shorter hold of the actual"
            + " dates); the date is only a label, leave it out to silence this",
        "{1} est postérieure à la fin de l'année de base {2} : le modèle réalise l'opération le"
            + " 31 décembre {3} et tous les flux tombent un 31 décembre, les résultats sont donc"
            + " ceux d'une opération réalisée ce jour-là (un TRI positif est plus élevé sur la"
            + " détention plus courte des dates réelles) ; la date n'est qu'une étiquette, retirez-la"
            + " pour ne plus voir cet avertissement");
    m.accept("{r} is before the end of the base year {i}: the model closes the deal on 31 December"
            + " {i}, at the end of the base year, whose accounts should be the last full year"
            + " before the closing; take as base year the year before it",
        "{1} est antérieure à la fin de l'année de base {2} : le modèle réalise l'opération le"
            + " 31 décembre {3}, à la fin de l'année de base, dont les comptes doivent être ceux du"
            + " dernier exercice complet avant l'opération ; prenez pour année de base l'année"
            + " précédente");
    m.accept("\"{r}\" pays {g} per point (1%) of the ordinary equity, {n} less than the {g} of"
            + " \"{r}\" (a price ratio of {n}×): {g} less than the investor's price for its {n}"
            + " points ({g} per point), the usual basis of a benefit in kind; at the shares' value"
            + " after subscription ({g} per point) the discount moves {g} of value to it from the"
            + " other holders; French practice prices the ordinary"
            + " shares of a buyout equally for the investor and the managers, and a discount is"
            + " usually taxed as a benefit in kind (as salary) at subscription; a management package"
            + " usually takes its leverage from the investor's shareholder loan or preferred shares"
            + " and from a ratchet (financing.ratchet)",
        "\"{1}\" paie {2} par point (1 %) du capital ordinaire, {3} de moins que les {4} de"
            + " \"{5}\" (un rapport de prix de {6}×) : {7} de moins que le prix de l'investisseur"
            + " pour ses {8} points ({9} par point), la base habituelle d'un avantage en nature ; à"
            + " la valeur des actions après la souscription ({10} par point), la décote lui"
            + " transfère {11} de valeur, prise aux autres détenteurs ; la pratique française fixe le"
            + " même prix pour les actions ordinaires de l'investisseur et des managers d'un LBO, et"
            + " une décote est en général imposée comme un avantage en nature (comme un salaire) à"
            + " la souscription ; un management package tire en général son effet de levier du prêt"
            + " d'actionnaire ou des actions de préférence de l'investisseur, et d'un ratchet"
            + " (financing.ratchet)");
    // the same, with the currency of the text reports' amounts (DealWarnings.Warning#text)
    m.accept("\"{r}\" pays €{g} per point (1%) of the ordinary equity, {n} less than the €{g} of"
            + " \"{r}\" (a price ratio of {n}×): €{g} less than the investor's price for its {n}"
            + " points (€{g} per point), the usual basis of a benefit in kind; at the shares' value"
            + " after subscription (€{g} per point) the discount moves €{g} of value to it from the"
            + " other holders; French practice prices the ordinary"
            + " shares of a buyout equally for the investor and the managers, and a discount is"
            + " usually taxed as a benefit in kind (as salary) at subscription; a management package"
            + " usually takes its leverage from the investor's shareholder loan or preferred shares"
            + " and from a ratchet (financing.ratchet)",
        "\"{1}\" paie {2}\u00a0€ par point (1 %) du capital ordinaire, {3} de moins que les {4}\u00a0€ de"
            + " \"{5}\" (un rapport de prix de {6}×) : {7}\u00a0€ de moins que le prix de l'investisseur"
            + " pour ses {8} points ({9}\u00a0€ par point), la base habituelle d'un avantage en nature ; à"
            + " la valeur des actions après la souscription ({10}\u00a0€ par point), la décote lui"
            + " transfère {11}\u00a0€ de valeur, prise aux autres détenteurs ; la pratique française fixe le"
            + " même prix pour les actions ordinaires de l'investisseur et des managers d'un LBO, et"
            + " une décote est en général imposée comme un avantage en nature (comme un salaire) à"
            + " la souscription ; un management package tire en général son effet de levier du prêt"
            + " d'actionnaire ou des actions de préférence de l'investisseur, et d'un ratchet"
            + " (financing.ratchet)");
    m.accept(DealWarnings.NO_BASE_YEAR_RESERVE,
        "absente, donc 0 est retenu : la participation s'applique, mais aucune réserve de l'année"
            + " de base n'est versée aux salariés l'année 1 (ni déduite du bénéfice imposable) ;"
            + " indiquez la réserve de l'année de base (compte 691 de ses comptes :"
            + " `reprise import-fec` la reprend), ou 0 pour le confirmer");
    m.accept(DealWarnings.BLOCKED_OUTSIDE_SCOP,
        "comptes courants bloqués hors d'une SCOP : depuis la loi PACTE (2019), un nouvel accord de"
            + " participation ne peut conserver la réserve en comptes courants bloqués que dans une"
            + " SCOP (article L3323-3 du Code du travail) ; vérifiez que l'accord de l'entreprise"
            + " lui est antérieur, ou retirez les comptes");
    m.accept(DealWarnings.PREMIUM_NEVER_PAID,
        "indiquée, mais l'opération ne distribue rien (`financing.distributions` vaut 0) et ne"
            + " tire aucune recapitalisation : la prime n'est jamais versée et ne change aucun"
            + " chiffre");
    m.accept(DealWarnings.RESERVES_WITH_CAPITAL,
        "égales aux capitaux propres (la valeur par défaut quand le fichier n'en donne pas),"
            + " capital social compris : l'opération distribue, et le plafond légal de ses"
            + " dividendes (C. com. L232-11) les compte toutes, alors que le capital social et la"
            + " réserve légale ne peuvent être distribués ; indiquez les réserves des derniers"
            + " comptes clos");
    m.accept(DealWarnings.RESERVES_ABOVE_EQUITY,
        "supérieures aux capitaux propres : les réserves distribuables en font partie (C. com."
            + " L232-11) ; le plafond légal des dividendes les lit telles qu'elles sont données");
    m.accept(DealWarnings.RECAP_UNCOMMITTED,
        "dimensionnée sur un levier net cible sans `maxAmount` : le montant est ce que la cible"
            + " permet, sans engagement, et ce que les réserves distribuables et les créances des"
            + " actionnaires ne peuvent recevoir reste dans la trésorerie de la société tout en"
            + " portant intérêt ; indiquez l'engagement de la ligne en `maxAmount`");
    m.accept(DealWarnings.WORK_SHARE_ABOVE_HALF,
        "au-delà de 50 % des excédents : l'article 214 1 6° du CGI réintègre la part travail"
            + " déduite au-delà de 50 % dans le bénéfice imposable, sauf si les salariés la"
            + " reversent à la coopérative dans les deux ans ; le moteur la déduit entièrement,"
            + " l'impôt peut donc être sous-estimé");
  }

  /** TreeLoader, DealReader, Node, Suggestions. */
  private static void reader(BiConsumer<String, String> m) {
    m.accept("the file is too large (more than 20 million characters)",
        "le fichier est trop grand (plus de 20 millions de caractères)");
    m.accept("{r} syntax error at line {i}, column {i}: {p}",
        "erreur de syntaxe {1} à la ligne {2}, colonne {3} : {4}");
    m.accept("{r} syntax error: {p}", "erreur de syntaxe {1} : {2}");
    // YamlScalars
    m.accept("YAML aliases (*{r}) are not supported: write the value out in full (line {i}, column"
            + " {i})",
        "les alias YAML (*{1}) ne sont pas pris en charge : écrivez la valeur en entier (ligne {2},"
            + " colonne {3})");
    m.accept("found {r}: not a number is not a value a deal can take (line {i}, column {i})",
        "trouvé : {1} : « pas un nombre » n'est pas une valeur possible (ligne {2}, colonne {3})");
    m.accept("found {r}: infinity is not a value a deal can take (line {i}, column {i})",
        "trouvé : {1} : l'infini n'est pas une valeur possible (ligne {2}, colonne {3})");
    m.accept("found {r}: write numbers without separators, such as 30000000, or put text in quotes"
            + " (line {i}, column {i})",
        "trouvé : {1} : écrivez les nombres sans séparateurs, par exemple 30000000, ou mettez le"
            + " texte entre guillemets (ligne {2}, colonne {3})");
    m.accept("found {r}: YAML reads 0x as a hexadecimal number; write it in decimal, or put text in"
            + " quotes (line {i}, column {i})",
        "trouvé : {1} : YAML lit 0x comme un nombre hexadécimal ; écrivez-le en décimal, ou mettez"
            + " le texte entre guillemets (ligne {2}, colonne {3})");
    m.accept("found {r}: YAML reads 0b as a binary number; write it in decimal, or put text in"
            + " quotes (line {i}, column {i})",
        "trouvé : {1} : YAML lit 0b comme un nombre binaire ; écrivez-le en décimal, ou mettez le"
            + " texte entre guillemets (ligne {2}, colonne {3})");
    m.accept("found {r}: YAML reads a number that starts with 0 as octal; remove the leading zero,"
            + " or put text in quotes (line {i}, column {i})",
        "trouvé : {1} : YAML lit un nombre qui commence par 0 en octal ; enlevez le zéro initial,"
            + " ou mettez le texte entre guillemets (ligne {2}, colonne {3})");
    m.accept("no deal file given", "aucun fichier d'opération donné");
    m.accept("no deal text given", "aucun texte d'opération donné");
    m.accept("cannot read the file: it is a directory, not a file",
        "impossible de lire le fichier : c'est un dossier, pas un fichier");
    m.accept("cannot read the file: it is larger than 20 MB",
        "impossible de lire le fichier : il dépasse 20 Mo");
    m.accept("cannot read the file: no such file",
        "impossible de lire le fichier : ce fichier n'existe pas");
    m.accept("cannot read the file: permission denied",
        "impossible de lire le fichier : permission refusée");
    m.accept("cannot read the file: it is not UTF-8 text (save it as UTF-8)",
        "impossible de lire le fichier : ce n'est pas du texte UTF-8 (enregistrez-le en UTF-8)");
    m.accept("cannot read the file: {r}", "impossible de lire le fichier : {1}");
    m.accept("internal error while reading the deal, please report it: {r}",
        "erreur interne pendant la lecture de l'opération, merci de la signaler : {1}");
    m.accept("the file is empty: a deal file starts with `reprise: 1`",
        "le fichier est vide : un fichier d'opération commence par `reprise: 1`");
    m.accept("required: the file format version, write `reprise: 1` at the top",
        "obligatoire : la version du format de fichier, écrivez `reprise: 1` en tête");
    m.accept("required: a SCOP (kind: scop) needs a `cooperative` section with its rules (it may"
            + " be empty, `cooperative: {}`, to take every default)",
        "obligatoire : une SCOP (kind: scop) a besoin d'une section `cooperative` avec ses règles"
            + " (elle peut être vide, `cooperative: {}`, pour prendre toutes les valeurs par"
            + " défaut)");
    m.accept("the `cooperative` section makes the deal a SCOP, but its kind is {k}: write `kind:"
            + " scop`, or remove the section (in a scenario, `cooperative: null` removes a"
            + " top-level section)",
        "la section `cooperative` fait de l'opération une SCOP, mais son type (kind) est {1} :"
            + " écrivez `kind: scop`, ou retirez la section (dans un scénario, `cooperative: null`"
            + " retire une section du niveau supérieur)");
    // FundReader, ScenarioReader.parseChain: the fund's terms (methodology §8.3)
    m.accept("the fund's terms split the flows of one equity holder, but `fund.holder` does not name"
            + " it and no class of `financing.equity` is held by `fund` or has `role: sponsor`"
            + " (the holders are {l}): write the fund's holder in `fund.holder`, or remove the"
            + " section (in a scenario, `fund: null` removes a top-level section)",
        "les conditions du fonds répartissent les flux d'un actionnaire, mais `fund.holder` ne le"
            + " nomme pas et aucune catégorie de `financing.equity` n'est détenue par `fund` ni n'a"
            + " `role: sponsor` (les actionnaires sont {1}) : écrivez l'actionnaire du fonds dans"
            + " `fund.holder`, ou retirez la section (dans un scénario, `fund: null` retire une"
            + " section du niveau supérieur)");
    // PersonalTaxReader, ScenarioReader.parseChain: the individuals' exit gains (methodology §8.4)
    m.accept("a management package is taxed by the `personalTax` section, which the file does not"
            + " have: add it, with the holders who are individuals and their `salaryRate`, or"
            + " remove the key",
        "un management package est imposé par la section `personalTax`, que le fichier n'a pas :"
            + " ajoutez-la, avec les actionnaires qui sont des personnes physiques et leur"
            + " `salaryRate`, ou retirez la clé");
    m.accept("the company is not sold at the exit (a SCOP, the status quo or `exit.sale: false`):"
            + " no gain is realised to tax; remove the section (in a scenario, `personalTax:"
            + " null` removes a top-level section)",
        "la société n'est pas vendue à la sortie (une SCOP, le statu quo ou `exit.sale: false`) :"
            + " aucun gain n'est réalisé, rien à imposer ; retirez la section (dans un scénario,"
            + " `personalTax: null` retire une section du niveau supérieur)");
    m.accept("the fund is not taxed here: a buyout fund (an FPCI) is transparent for tax, its"
            + " investors are taxed on their own; list the individuals' holders only",
        "le fonds n'est pas imposé ici : un fonds de LBO (un FPCI) est transparent fiscalement,"
            + " ses investisseurs sont imposés de leur côté ; ne listez que les actionnaires"
            + " personnes physiques");
    m.accept("no class of `financing.equity` is held by \"{r}\" (the holders are {l})",
        "aucune catégorie de `financing.equity` n'est détenue par \"{1}\" (les actionnaires sont"
            + " {2})");
    m.accept("\"{r}\" is listed twice", "\"{1}\" figure deux fois");
    m.accept("\"{r}\" is the fund's holder (`fund.holder`), not taxed here: a buyout fund (an"
            + " FPCI) is transparent for tax; list the individuals' holders only, or name the"
            + " fund's own holder in `fund.holder`",
        "\"{1}\" est l'actionnaire du fonds (`fund.holder`), non imposé ici : un fonds de LBO (un"
            + " FPCI) est transparent fiscalement ; ne listez que les actionnaires personnes"
            + " physiques, ou nommez dans `fund.holder` l'actionnaire propre au fonds");
    m.accept("a shareholder loan is not a management package: CGI art. 163 bis H covers shares"
            + " and the securities that give access to them, not debt",
        "un compte courant d'associé n'est pas un management package : l'art. 163 bis H du CGI"
            + " vise les actions et les titres qui y donnent accès, pas les dettes");
    m.accept("a management package is held by individuals, but \"{r}\" is not in"
            + " `personalTax.holders` ({l}): add it there",
        "un management package est détenu par des personnes physiques, mais \"{1}\" n'est pas"
            + " dans `personalTax.holders` ({2}) : ajoutez-le");
    m.accept("required when a class is a management package ({r}): the holders' marginal"
            + " income-tax rate on the part of the gain taxed as salary, such as \"45%\" (the top"
            + " bracket); no default, it depends on each holder's income",
        "obligatoire quand une catégorie est un management package ({1}) : le taux marginal"
            + " d'impôt sur le revenu des détenteurs sur la part du gain imposée comme un salaire,"
            + " par exemple \"45%\" (la tranche la plus haute) ; pas de valeur par défaut, il"
            + " dépend des revenus de chacun");
    m.accept("a chain of buyouts does not tax the individuals' exit gains: remove the"
            + " `personalTax` section for `reprise chain`",
        "une chaîne de rachats n'impose pas les gains de sortie des personnes physiques :"
            + " retirez la section `personalTax` pour `reprise chain`");
    m.accept("a chain of buyouts does not split the funds' returns between their investors and"
            + " managers: remove the `fund` section for `reprise chain`",
        "une chaîne de rachats ne répartit pas les rendements des fonds entre leurs investisseurs"
            + " et leurs sociétés de gestion : retirez la section `fund` pour `reprise chain`");
    m.accept("required: the number of successive buyouts, such as `rounds: 5`",
        "obligatoire : le nombre de rachats successifs, par exemple `rounds: 5`");
    m.accept("{i} buyouts of {i} years need {i} projected years; at most {i} are allowed",
        "{1} rachats de {2} ans demandent {3} années de projection ; {4} au plus sont permises");
    m.accept("unknown key `{r}`: did you mean `{k}`?",
        "clé inconnue `{1}` : vouliez-vous dire `{2}` ?");
    m.accept("unknown key `{r}`; allowed keys here: {l}",
        "clé inconnue `{1}` ; clés permises ici : {2}");
    m.accept("give only one of {l}, found both `{k}` and `{k}`",
        "donnez une seule de ces clés : {1} ; trouvé à la fois `{2}` et `{3}`");
    m.accept("expected a rate such as 0.055 or \"5.5%\", found \"{r}\" (write a decimal without"
            + " quotes, or add a % sign)",
        "attendu : un taux tel que 0.055 ou \"5.5%\" ; trouvé : \"{1}\" (écrivez un nombre"
            + " décimal sans guillemets, ou ajoutez un signe %)");
  }

  /** CompanyReader … TransactionReader: the sections of a deal. */
  private static void readerSections(BiConsumer<String, String> m) {
    m.accept("required: the company with its name, headcount, baseYear and actuals",
        "obligatoire : l'entreprise avec son nom (name), son effectif (headcount), son année de"
            + " base (baseYear) et ses comptes (actuals)");
    m.accept("required: the base-year actuals, at least `revenue`",
        "obligatoire : les comptes de l'année de base, au moins `revenue`");
    m.accept("required: the outside members' capital bought back each year, an amount or a list"
            + " of amounts (one per year)",
        "obligatoire : le capital des associés extérieurs racheté chaque année, un montant ou une"
            + " liste de montants (un par année)");
    m.accept("no equity class is held by \"employees\" (the default employee members): list the"
            + " holders that are employee members, for example employeeHolders: [\"{r}\"]",
        "aucune catégorie de titres n'est détenue par \"employees\" (les associés salariés par"
            + " défaut) : indiquez les détenteurs qui sont des associés salariés, par exemple"
            + " employeeHolders: [\"{1}\"]");
    m.accept("no equity class is held by \"{r}\": did you mean \"{r}\"?",
        "aucune catégorie de titres n'est détenue par \"{1}\" : vouliez-vous dire \"{2}\" ?");
    m.accept("no equity class is held by \"{r}\"; the holders are {r}",
        "aucune catégorie de titres n'est détenue par \"{1}\" ; les détenteurs sont {2}");
    m.accept("the sweep's leverage applies to a cash sweep that steps down with leverage: write"
            + " `cashSweep` as a list of steps, or remove `sweepLeverage`",
        "le levier du sweep ne vaut que pour un cash sweep qui baisse par paliers avec le levier :"
            + " écrivez `cashSweep` comme une liste de paliers, ou retirez `sweepLeverage`");
    m.accept("required: the share of the sweep base swept in this step, such as \"50%\"",
        "obligatoire : la part de l'assiette du sweep remboursée dans ce palier, par exemple"
            + " \"50%\"");
    m.accept("the last step has no threshold: it applies at any leverage below the step before;"
            + " remove `leverageAbove` or add a last step without one",
        "le dernier palier n'a pas de seuil : il s'applique à tout levier en dessous du palier"
            + " précédent ; retirez `leverageAbove` ou ajoutez un dernier palier sans seuil");
    m.accept("required: the net leverage (times) above which this step applies; only the last"
            + " step goes without one",
        "obligatoire : le levier net (en multiple) au-dessus duquel ce palier s'applique ; seul le"
            + " dernier palier n'en a pas");
    m.accept("the thresholds decrease strictly from step to step: expected less than {n}, found"
            + " {n}",
        "les seuils décroissent strictement d'un palier au suivant : attendu moins de {1}, trouvé"
            + " {2}");
    m.accept("required: the financing with at least one `equity` class",
        "obligatoire : le financement avec au moins une catégorie de titres (`equity`)");
    m.accept("\"{r}\" is borrowed by the holding but \"{r}\", in the same pari passu group, by"
            + " the company; only tranches of one borrower can rank pari passu",
        "\"{1}\" est empruntée par la holding mais \"{2}\", du même groupe pari passu, par la"
            + " société ; seules les tranches d'un même emprunteur peuvent être pari passu");
    m.accept("\"{r}\" is borrowed by the company but \"{r}\", in the same pari passu group, by"
            + " the holding; only tranches of one borrower can rank pari passu",
        "\"{1}\" est empruntée par la société mais \"{2}\", du même groupe pari passu, par la"
            + " holding ; seules les tranches d'un même emprunteur peuvent être pari passu");
    m.accept("no other tranche is in the pari passu group \"{r}\"; give the same `pariPassu`"
            + " name to each tranche that ranks with this one, or remove it",
        "aucune autre tranche n'est dans le groupe pari passu \"{1}\" ; donnez le même nom"
            + " `pariPassu` à chaque tranche de même rang que celle-ci, ou retirez-le");
    m.accept("another tranche is already named \"{r}\"; give each tranche its own name",
        "une autre tranche s'appelle déjà \"{1}\" ; donnez à chaque tranche son propre nom");
    m.accept("transaction.refinanceExistingDebt is false, so the debt list must contain exactly"
            + " one tranche with `existing: true` (the debt that stays in place), found {i}",
        "transaction.refinanceExistingDebt vaut false : la liste des dettes doit donc contenir"
            + " exactement une tranche avec `existing: true` (la dette qui reste en place) ;"
            + " trouvé : {1}");
    m.accept("the debt left in place is part of the company's existing financial debt, which the"
            + " price of the shares deducts: expected at most company.actuals.financialDebt, {n},"
            + " found {n}; what it does not keep is refinanced at closing",
        "la dette qui reste en place est une partie de la dette financière existante de la"
            + " société, que le prix des titres déduit : attendu au plus"
            + " company.actuals.financialDebt, {1} ; trouvé : {2} ; ce qu'elle ne garde pas est"
            + " refinancé à la réalisation");
    m.accept("another equity class is already named \"{r}\"; give each class its own name",
        "une autre catégorie de titres s'appelle déjà \"{1}\" ; donnez à chaque catégorie son"
            + " propre nom");
    m.accept("only one equity class may be the balance of sources and uses; \"{r}\" already is",
        "une seule catégorie de titres peut équilibrer les ressources et les emplois ; \"{1}\" le"
            + " fait déjà");
    m.accept("a coupon applies only to preferred shares and shareholder loans, not to ordinary"
            + " shares",
        "un coupon ne s'applique qu'aux actions de préférence et aux comptes courants"
            + " d'associés, pas aux actions ordinaires");
    m.accept("ownership applies only to ordinary shares",
        "la part du capital (ownership) ne s'applique qu'aux actions ordinaires");
    m.accept("at least one equity class must be ordinary shares (type: ordinary): someone must"
            + " own the company",
        "au moins une catégorie de titres doit être des actions ordinaires (type: ordinary) : il"
            + " faut que quelqu'un possède l'entreprise");
    m.accept("either every ordinary class gives its ownership or none does (then ownership is pro"
            + " rata to the amounts); {r} gives one",
        "soit chaque catégorie d'actions ordinaires indique sa part du capital (ownership), soit"
            + " aucune (elle est alors proportionnelle aux montants) ; {1} en indique une");
    m.accept("the ownership shares of the ordinary classes must add up to 100%, found {n}",
        "les parts du capital des catégories ordinaires doivent faire 100 % au total ; trouvé :"
            + " {1}");
    m.accept("the holder \"{r}\" already has `role: {k}` at {r}; give every class of one holder"
            + " the same role (or give it on one class only)",
        "le détenteur \"{1}\" a déjà `role: {2}` en {3} ; donnez le même rôle à toutes les"
            + " catégories d'un même détenteur (ou donnez-le sur une seule)");
    m.accept("\"{r}\" is already the sponsor ({r}); the envy ratio compares one sponsor with the"
            + " management: name the other investors `role: co-investor`",
        "\"{1}\" est déjà le sponsor ({2}) ; le ratio d'envie compare un seul sponsor au"
            + " management : indiquez `role: co-investor` pour les autres investisseurs");
    // the management ratchet (FinancingReader.ratchet, DealReader, RatchetRule)
    m.accept("nobody but the beneficiary holds ordinary shares: a ratchet moves shares to it from"
            + " the other holders of ordinary shares",
        "personne d'autre que le bénéficiaire ne détient d'actions ordinaires : un ratchet lui"
            + " transfère des actions prises aux autres détenteurs d'actions ordinaires");
    m.accept("a SCOP has no ratchet: its members' shares are repaid at most at their nominal value,"
            + " there is no ordinary equity to move",
        "une SCOP n'a pas de ratchet : les parts de ses associés sont remboursées au plus à leur"
            + " valeur nominale, il n'y a pas de capital ordinaire à transférer");
    m.accept("no holder is the sponsor, but {r} gives a role: when roles are given, write `role:"
            + " sponsor` on the sponsor's classes",
        "aucun détenteur n'est le sponsor, mais {1} donne un rôle : quand des rôles sont donnés,"
            + " écrivez `role: sponsor` sur les catégories du sponsor");
    m.accept("`costs` and `ebitdaMargin` cannot both be given: use detailed costs or an EBITDA"
            + " margin, not both",
        "`costs` et `ebitdaMargin` ne peuvent pas être donnés ensemble : utilisez les coûts"
            + " détaillés ou un taux de marge d'EBE, pas les deux");
    m.accept("the projected revenue must stay above 0, but it is {n} in year {i}",
        "le chiffre d'affaires projeté doit rester supérieur à 0, mais il vaut {1} l'année {2}");
    m.accept("an EBITDA margin of {n} in year {i} is impossible: the base-year personnel costs,"
            + " external charges and other taxes already take {n} of revenue (they are kept at"
            + " that share); lower the margin or use `costs`",
        "un taux de marge d'EBE de {1} l'année {2} est impossible : les frais de personnel, charges"
            + " externes et autres impôts de l'année de base prennent déjà {3} du chiffre"
            + " d'affaires (ils restent à cette part) ; baissez la marge ou utilisez `costs`");
    m.accept("required: the status quo is valued at the deal's price (transaction.price), so that"
            + " every scenario starts from the same value",
        "obligatoire : le statu quo est évalué au prix de l'opération (transaction.price), pour"
            + " que tous les scénarios partent de la même valeur");
    m.accept("a status-quo scenario is not a SCOP: remove `cooperative` (in a scenario, write"
            + " `cooperative: null` to drop a top-level section)",
        "un scénario de statu quo n'est pas une SCOP : retirez `cooperative` (dans un scénario,"
            + " écrivez `cooperative: null` pour retirer une section du niveau supérieur)");
    m.accept("applies only to preset france (French tax rules)",
        "ne s'applique qu'avec preset france (règles fiscales françaises)");
    m.accept("the safeguard clause is for members of a consolidated group, and a stand-alone"
            + " company is not one: set standalone or safeguardClause, not both",
        "la clause de sauvegarde vaut pour les membres d'un groupe consolidé, et une société"
            + " autonome n'en est pas un : indiquez standalone ou safeguardClause, pas les deux");
    m.accept("existing debt can stay in place only when transaction.refinanceExistingDebt is"
            + " false",
        "la dette existante ne peut rester en place que si transaction.refinanceExistingDebt"
            + " vaut false");
    m.accept("a revolver has no `amount`: give its `limit` and the amount `drawn` at closing"
            + " (default 0)",
        "un crédit renouvelable (revolver) n'a pas de `amount` : donnez sa limite (`limit`) et le"
            + " montant tiré au closing (`drawn`, 0 par défaut)");
    m.accept("the amount drawn at closing ({v}) is more than the revolver's limit ({v})",
        "le montant tiré au closing ({1}) dépasse la limite du crédit renouvelable ({2})");
    m.accept("`{k}` applies only to a revolver (type: revolver)",
        "`{1}` ne s'applique qu'à un crédit renouvelable (type: revolver)");
    m.accept("with structure type pushdown there is no holding: all debt is borrowed by the"
            + " operating company (borrower: opco)",
        "avec la structure pushdown il n'y a pas de holding : toute la dette est empruntée par la"
            + " société d'exploitation (borrower: opco)");
    m.accept("existing debt is the operating company's debt (borrower: opco)",
        "la dette existante est celle de la société d'exploitation (borrower: opco)");
    m.accept("a {k} tranche needs a repayment: {linear: 7}, {bullet: 7} or {schedule: [...]}",
        "une tranche {1} a besoin d'un remboursement : {linear: 7}, {bullet: 7} ou {schedule:"
            + " [...]}");
    m.accept("a floating rate is written as a base rate plus a margin: rate: {base: \"3.2%\","
            + " margin: \"3.5%\", floor: \"0%\"}",
        "un taux variable s'écrit comme un taux de base plus une marge : rate: {base: \"3.2%\","
            + " margin: \"3.5%\", floor: \"0%\"}");
    m.accept("a hedge applies to a term loan, whose notional follows its repayment schedule, not"
            + " to a revolver",
        "une couverture s'applique à un prêt à terme, dont le notionnel suit l'échéancier de"
            + " remboursement, pas à un crédit renouvelable");
    m.accept("a hedge applies only to a floating rate, written as a base rate plus a margin; this"
            + " tranche's rate is fixed",
        "une couverture ne s'applique qu'à un taux variable, écrit comme un taux de base plus une"
            + " marge ; le taux de cette tranche est fixe");
    m.accept("a hedge applies only to a floating rate, and this tranche says `floating: false` (a"
            + " loan taken as already hedged): remove one or the other",
        "une couverture ne s'applique qu'à un taux variable, et cette tranche indique `floating:"
            + " false` (un prêt tenu pour déjà couvert) : retirez l'un ou l'autre");
    m.accept("a cap has a `strike`, not a `rate`",
        "un cap a un prix d'exercice (`strike`), pas un taux (`rate`)");
    m.accept("`{k}` applies only to a cap (type: cap)",
        "`{1}` ne s'applique qu'à un cap (type: cap)");
    m.accept("the hedge runs {i} years, past the exit at the end of year {i}: a hedge running past"
            + " the sale is broken there at its market value, which the model does not value;"
            + " give at most {i} years",
        "la couverture court sur {1} ans, au-delà de la sortie à la fin de l'année {2} : une"
            + " couverture qui dépasse la cession y est dénouée à sa valeur de marché, que le modèle"
            + " n'évalue pas ; indiquez au plus {3} ans");
    // a dividend recapitalisation (TrancheReader.draw, FinancingReader.pariPassu)
    m.accept("`drawMaxNetLeverage` applies only to a tranche drawn during the hold (drawnIn)",
        "`drawMaxNetLeverage` ne s'applique qu'à une tranche tirée pendant la détention"
            + " (drawnIn)");
    m.accept("a revolver is not drawn for a dividend recapitalisation: its drawings follow the"
            + " company's cash needs; give a term loan",
        "un crédit renouvelable ne se tire pas pour une recapitalisation : ses tirages suivent"
            + " les besoins de trésorerie de la société ; indiquez un prêt à terme");
    m.accept("existing debt is in place at closing: it is not drawn during the hold",
        "la dette existante est en place à la réalisation : elle ne se tire pas pendant la"
            + " détention");
    m.accept("a hedge is set at closing on a loan drawn then; a tranche drawn during the hold"
            + " (drawnIn) cannot carry one",
        "une couverture se met en place à la réalisation sur un prêt tiré alors ; une tranche"
            + " tirée pendant la détention (drawnIn) ne peut pas en avoir");
    m.accept("a tranche drawn during the hold is sized as an amount or {timesEbitda: x} (x × the"
            + " EBITDA of the year before its draw), not as a share of the entry price",
        "une tranche tirée pendant la détention se donne en montant ou en {timesEbitda: x} (x ×"
            + " l'EBITDA de l'année qui précède son tirage), pas en part du prix d'entrée");
    m.accept("a tranche drawn during the hold needs a hold of at least two years: the start of {i}"
            + " is the closing; leave `drawnIn` out",
        "une tranche tirée pendant la détention demande une détention d'au moins deux ans : le"
            + " début de {1} est la réalisation ; retirez `drawnIn`");
    m.accept("a tranche is drawn during the hold at the start of a year from {i} to the exit year"
            + " {i}, found {r} (the start of {i} is the closing: leave `drawnIn` out)",
        "une tranche se tire pendant la détention au début d'une année de {1} à l'année de sortie"
            + " {2}, trouvé {3} (le début de {4} est la réalisation : retirez `drawnIn`)");
    // a recap sized to a target leverage (TrancheReader.sizedToLeverage, draw)
    m.accept("`maxAmount` caps only a recap sized to a net leverage (`upToNetLeverage`), found it"
            + " beside {r}",
        "`maxAmount` ne plafonne qu'une recapitalisation dimensionnée sur un levier net"
            + " (`upToNetLeverage`), trouvé à côté de {1}");
    m.accept("`maxAmount` caps only a recap sized to a net leverage: give `upToNetLeverage` beside"
            + " it, found `maxAmount` alone",
        "`maxAmount` ne plafonne qu'une recapitalisation dimensionnée sur un levier net : indiquez"
            + " `upToNetLeverage` à côté, trouvé `maxAmount` seul");
    m.accept("a tranche sized to a net leverage is a dividend recapitalisation, drawn during the"
            + " hold: give its year, `drawnIn`",
        "une tranche dimensionnée sur un levier net est une recapitalisation, tirée pendant la"
            + " détention : indiquez son année, `drawnIn`");
    m.accept("a tranche drawn during the hold (drawnIn) ranks on its own: the model does not share"
            + " a pari passu rank with a loan drawn later",
        "une tranche tirée pendant la détention (drawnIn) a son propre rang : le modèle ne"
            + " partage pas un rang pari passu avec un prêt tiré plus tard");
    m.accept("the repayment shares add up to {n}, more than 100% of the amount",
        "les parts remboursées font {1} au total, plus de 100 % du montant");
    m.accept("required: the transaction with at least its `price`",
        "obligatoire : la transaction avec au moins son prix (`price`)");
    m.accept("required: the exit with its `year` and `value`",
        "obligatoire : la sortie avec son année (`year`) et sa valeur (`value`)");
    m.accept("expected false or no value, found true: a SCOP is not sold at the exit, only valued"
            + " there: leave `sale` out or write `sale: false` (in a scenario, `sale: null`"
            + " removes the top level's)",
        "attendu : false ou aucune valeur ; trouvé : true. Une SCOP n'est pas vendue à la sortie,"
            + " seulement évaluée : omettez `sale` ou écrivez `sale: false` (dans un scénario,"
            + " `sale: null` retire celui du niveau supérieur)");
    m.accept("expected false or no value, found true: in the status quo nobody sells at the exit,"
            + " the company is only valued there: leave `sale` out or write `sale: false` (in a"
            + " scenario, `sale: null` removes the top level's)",
        "attendu : false ou aucune valeur ; trouvé : true. Dans le statu quo, personne ne vend à la"
            + " sortie, l'entreprise est seulement évaluée : omettez `sale` ou écrivez `sale:"
            + " false` (dans un scénario, `sale: null` retire celui du niveau supérieur)");
    m.accept("a chain of buyouts sells the company at each exit, but `sale: false` says its owners"
            + " keep it: leave `sale` out for `reprise chain`",
        "une chaîne de rachats revend l'entreprise à chaque sortie, mais `sale: false` dit que ses"
            + " propriétaires la gardent : omettez `sale` pour `reprise chain`");
    m.accept("give either `amount` or `multiple` (with `of`), not both",
        "donnez soit `amount`, soit `multiple` (avec `of`), pas les deux");
    m.accept("taxGroup applies only to a holding structure (type: holding); with type: pushdown"
            + " leave it out or set it to false",
        "taxGroup ne s'applique qu'à une structure avec holding (type: holding) ; avec type:"
            + " pushdown, omettez-le ou mettez-le à false");
    m.accept("holdingCosts apply only to a holding structure (type: holding)",
        "holdingCosts ne s'appliquent qu'à une structure avec holding (type: holding)");
    m.accept("mergedEquity applies only to a push-down (type: pushdown); with a holding the"
            + " company keeps its own equity (company.baseYear.bookEquity)",
        "mergedEquity ne s'applique qu'à un push-down (type: pushdown) ; avec une holding, la"
            + " société garde ses propres capitaux propres (company.baseYear.bookEquity)");
    m.accept("required: the number of successive buyouts, such as `chain: {rounds: 5}` (or give"
            + " it on the command line)",
        "obligatoire : le nombre de rachats successifs, par exemple `chain: {rounds: 5}` (ou"
            + " donnez-le sur la ligne de commande)");
    m.accept("a chain of buyouts needs a buyout that is sold again (kind fund-lbo or"
            + " employee-lbo), found {k}",
        "une chaîne de rachats a besoin d'un rachat revendu ensuite (kind fund-lbo ou"
            + " employee-lbo) ; trouvé : {1}");
    m.accept("another scenario is already named \"{r}\"; give each scenario its own name",
        "un autre scénario s'appelle déjà \"{1}\" ; donnez à chaque scénario son propre nom");
  }

  /** RiskReader, RiskCycleReader, RiskStressReader. */
  private static void risk(BiConsumer<String, String> m) {
    m.accept("required: the regimes of the cycle, such as [{name: expansion, growth: {sd:"
            + " \"5%\"}}, {name: recession, growth: {mean: \"-15%\"}}]",
        "obligatoire : les régimes du cycle, par exemple [{name: expansion, growth: {sd:"
            + " \"5%\"}}, {name: recession, growth: {mean: \"-15%\"}}]");
    m.accept("required: one row of probabilities per regime, in the order of `regimes`, such as"
            + " [[0.875, 0.125], [0.65, 0.35]]",
        "obligatoire : une ligne de probabilités par régime, dans l'ordre de `regimes`, par"
            + " exemple [[0.875, 0.125], [0.65, 0.35]]");
    m.accept("required: the probabilities of moving from \"{r}\" to each regime in one year",
        "obligatoire : les probabilités de passer de \"{1}\" à chaque régime en un an");
    m.accept("required: the regime's name, such as `recession`",
        "obligatoire : le nom du régime, par exemple `recession`");
    m.accept("`stationary` is reserved (initial: stationary); choose another name",
        "`stationary` est réservé (initial: stationary) ; choisissez un autre nom");
    m.accept("regime names must be unique: \"{r}\" is also the name of {r}",
        "les noms des régimes doivent être uniques : \"{1}\" est aussi le nom de {2}");
    m.accept("the probabilities must add up to 1 (100%), found {n} ({n}%)",
        "les probabilités doivent faire 1 (100 %) au total ; trouvé : {1} ({2} %)");
    m.accept("unknown regime \"{r}\": did you mean `{r}`? Expected `stationary`, a regime's name"
            + " ({r}) or one probability per regime",
        "régime inconnu \"{1}\" : vouliez-vous dire `{2}` ? Attendu : `stationary`, le nom d'un"
            + " régime ({3}) ou une probabilité par régime");
    m.accept("unknown regime \"{r}\". Expected `stationary`, a regime's name ({r}) or one"
            + " probability per regime",
        "régime inconnu \"{1}\". Attendu : `stationary`, le nom d'un régime ({2}) ou une"
            + " probabilité par régime");
    m.accept("unknown stress scenario \"{r}\": did you mean \"{r}\"? The stress scenarios are {r}",
        "scénario de crise inconnu \"{1}\" : vouliez-vous dire \"{2}\" ? Les scénarios de crise"
            + " sont {3}");
    m.accept("unknown stress scenario \"{r}\". The stress scenarios are {r}",
        "scénario de crise inconnu \"{1}\". Les scénarios de crise sont {2}");
    m.accept("required: the stress scenario's name, such as \"2009\"",
        "obligatoire : le nom du scénario de crise, par exemple \"2009\"");
    m.accept("stress names must be unique: \"{r}\" is also the name of {r}",
        "les noms des scénarios de crise doivent être uniques : \"{1}\" est aussi le nom de {2}");
    m.accept("give either `growth` (year by year) or `depth` (a shock with a rebound), not both",
        "donnez soit `growth` (année par année), soit `depth` (un choc suivi d'un rebond), pas"
            + " les deux");
    m.accept("`{k}` goes with `depth` (a shock), not with `growth`",
        "`{1}` va avec `depth` (un choc), pas avec `growth`");
    m.accept("`costShift` goes with `growth` (year by year); with `depth` give the years' growth"
            + " instead to shift costs",
        "`costShift` va avec `growth` (année par année) ; avec `depth`, donnez plutôt la"
            + " croissance de chaque année pour décaler les coûts");
  }

  /** The engine (org.reprise.engine, org.reprise.model.risk) and the simulation. */
  private static void engine(BiConsumer<String, String> m) {
    // a dividend recapitalisation (YearSolver, BuyoutChain)
    m.accept("a SCOP distributes no share premium: its members' shares are repaid at most at"
            + " their nominal value (docs/methodology.md §5.10)",
        "une SCOP ne distribue pas de prime d'émission : les parts de ses associés sont"
            + " remboursées au plus à leur valeur nominale (docs/methodology.md §5.10)");
    m.accept("a SCOP pays no dividend recapitalisation: its surplus is allocated by law (§5.10)",
        "une SCOP ne verse pas de recapitalisation : la répartition de ses excédents est fixée"
            + " par la loi (§5.10)");
    m.accept("a tranche drawn during the hold is sized as an amount or a multiple of EBITDA",
        "une tranche tirée pendant la détention se donne en montant ou en multiple de l'EBITDA");
    m.accept("a chain of buyouts does not take a tranche drawn during the hold (drawnIn): run each"
            + " buyout on its own with `reprise run`",
        "une chaîne de LBO ne prend pas de tranche tirée pendant la détention (drawnIn) :"
            + " calculez chaque LBO à part avec `reprise run`");
    m.accept("regime names must be unique, found it twice",
        "les noms des régimes doivent être uniques : celui-ci apparaît deux fois");
    m.accept("stress names must be unique, found it twice",
        "les noms des scénarios de crise doivent être uniques : celui-ci apparaît deux fois");
    m.accept("unknown regime \"{r}\"; the regimes are [{r}]",
        "régime inconnu \"{1}\" ; les régimes sont [{2}]");
    m.accept("unknown stress scenario \"{r}\"; the scenarios are [{r}]",
        "scénario de crise inconnu \"{1}\" ; les scénarios sont [{2}]");
    m.accept("the chain has no unique stationary distribution (some regimes never reach each"
            + " other); give the initial regime explicitly",
        "la chaîne n'a pas de distribution stationnaire unique (certains régimes ne se rejoignent"
            + " jamais) ; donnez explicitement le régime initial");
    m.accept("a SCOP is not sold again: a chain needs a fund buyout",
        "une SCOP n'est pas revendue : une chaîne a besoin d'un rachat par un fonds");
    m.accept("{i} rounds of {i} years need {i} projected years, found {i}",
        "{1} rachats de {2} ans demandent {3} années de projection ; trouvé : {4}");
    m.accept("the exit must fall within the projection: exit year index {i} needs {i} projected"
            + " years, found {i}",
        "la sortie doit tomber dans la projection : une sortie l'année {1} demande {2} années de"
            + " projection ; trouvé : {3}");
    m.accept("the entry enterprise value must be positive, found {n} (multiple {n} × EBITDA {n}):"
            + " the base-year EBITDA is negative (company.actuals: revenue − purchases −"
            + " externalCharges − otherTaxes − personnelCosts = {n} − {n} − {n} − {n} − {n}); check"
            + " these actuals",
        "la valeur d'entreprise à l'entrée doit être positive ; trouvé : {1} (multiple {2} ×"
            + " EBE {3}) : l'EBE de l'année de base est négatif (company.actuals : revenue −"
            + " purchases − externalCharges − otherTaxes − personnelCosts = {4} − {5} − {6} − {7}"
            + " − {8}) ; vérifiez ces comptes");
    m.accept("the entry enterprise value must be positive, found {n} (multiple {n} × EBITDA {n}):"
            + " the base-year EBITDA is zero (company.actuals: revenue − purchases −"
            + " externalCharges − otherTaxes − personnelCosts = {n} − {n} − {n} − {n} − {n}); check"
            + " these actuals",
        "la valeur d'entreprise à l'entrée doit être positive ; trouvé : {1} (multiple {2} ×"
            + " EBE {3}) : l'EBE de l'année de base est nul (company.actuals : revenue −"
            + " purchases − externalCharges − otherTaxes − personnelCosts = {4} − {5} − {6} − {7}"
            + " − {8}) ; vérifiez ces comptes");
    m.accept("the entry enterprise value must be positive, found {n} (multiple {n} × EBITDA {n}):"
            + " the EBITDA of year 1 ({i}), which a forward multiple prices, is negative; check"
            + " company.actuals and projections",
        "la valeur d'entreprise à l'entrée doit être positive ; trouvé : {1} (multiple {2} ×"
            + " EBE {3}) : l'EBE de l'année 1 ({4}), sur lequel porte un multiple prospectif,"
            + " est négatif ; vérifiez company.actuals et projections");
    m.accept("the entry enterprise value must be positive, found {n} (multiple {n} × EBITDA {n}):"
            + " the EBITDA of year 1 ({i}), which a forward multiple prices, is zero; check"
            + " company.actuals and projections",
        "la valeur d'entreprise à l'entrée doit être positive ; trouvé : {1} (multiple {2} ×"
            + " EBE {3}) : l'EBE de l'année 1 ({4}), sur lequel porte un multiple prospectif,"
            + " est nul ; vérifiez company.actuals et projections");
    m.accept("the entry enterprise value must be positive, found {n}",
        "la valeur d'entreprise à l'entrée doit être positive ; trouvé : {1}");
    m.accept("the balancing equity would be {n}: the other sources ({n}) already cover the uses"
            + " ({n}); lower the debt or the other equity",
        "les fonds propres d'équilibre seraient de {1} : les autres ressources ({2}) couvrent"
            + " déjà les emplois ({3}) ; baissez la dette ou les autres fonds propres");
    m.accept("sources ({n}) do not equal uses ({n}): difference {n}; set one equity class's"
            + " amount to `balance` or adjust the amounts",
        "les ressources ({1}) ne sont pas égales aux emplois ({2}) : écart de {3} ; mettez le"
            + " montant d'une catégorie de titres à `balance` ou ajustez les montants");
    m.accept("a SCOP is modelled as the operating company itself: {m}",
        "une SCOP est modélisée comme la société d'exploitation elle-même : {1}");
    m.accept("the work share must be at least 25 % of the net surplus (art. 33 loi 1978), found"
            + " {n} %",
        "la part travail doit être d'au moins 25 % des excédents nets (art. 33 loi 1978) ;"
            + " trouvé : {1} %");
    m.accept("reserves must take at least 16 % of the net surplus, found {n} %",
        "les réserves doivent recevoir au moins 16 % des excédents nets ; trouvé : {1} %");
    m.accept("interest on shares may not exceed the work share nor the reserves: found {n} %"
            + " against {n} % and {n} %",
        "la rémunération des parts ne peut dépasser ni la part travail ni les réserves : trouvé"
            + " {1} % contre {2} % et {3} %");
    m.accept("work share, reserves and dividends must allocate 100 % of the surplus, found {n} %",
        "part travail, réserves et dividendes doivent répartir 100 % des excédents ; trouvé :"
            + " {1} %");
    m.accept("employee members must hold at least 65 % of the votes (one member, one vote):"
            + " found {i} of {i} members",
        "les associés salariés doivent détenir au moins 65 % des voix (un associé, une voix) :"
            + " {1} associés salariés sur {2}");
    m.accept("a SCOP d'amorçage must be projected over at least 7 years to check that the"
            + " employees reach half of the capital; found {i} years",
        "une SCOP d'amorçage doit être projetée sur au moins 7 ans pour vérifier que les salariés"
            + " atteignent la moitié du capital ; trouvé : {1} ans");
    m.accept("employee members must hold at least 51 % of a SCOP's capital, found {n} % at"
            + " closing (use the SCOP d'amorçage path to start below it)",
        "les associés salariés doivent détenir au moins 51 % du capital d'une SCOP ; trouvé :"
            + " {1} % au closing (passez par la SCOP d'amorçage pour démarrer en dessous)");
    m.accept("SCOP d'amorçage: employee members hold {n} % of the capital at the end of year 7;"
            + " the law requires at least 50 % (buy back more outside shares or raise more"
            + " member capital)",
        "SCOP d'amorçage : les associés salariés détiennent {1} % du capital à la fin de la"
            + " 7e année ; la loi exige au moins 50 % (rachetez davantage de parts des associés"
            + " extérieurs ou levez davantage de capital auprès des associés)");
    m.accept("the simulation applies growth to revenue: {m}",
        "la simulation applique une croissance au chiffre d'affaires : {1}");
    m.accept("the stress starts in year {i}, after the {i}-year horizon",
        "le scénario de crise commence l'année {1}, après l'horizon de {2} ans");
    m.accept("the stress \"{r}\" starts in year {i} ({i}), after the exit in year {i} ({i})",
        "le scénario de crise \"{1}\" commence l'année {2} ({3}), après la sortie de l'année {4}"
            + " ({5})");
  }
}
