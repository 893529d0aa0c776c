package org.reprise.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layers depend one way: model → engine → sim → io → report/web → cli. The model, the engine
 * and the simulation are pure: no JSON, CLI or web library, no files, no network, no adapter.
 */
class ArchitectureTest {

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.reprise");
  }

  @Test
  void importsTheClassesOfEveryLayer() {
    // Guards against a vacuous pass: the rules below must see real classes.
    assertThat(classes.size()).isGreaterThan(0);
    String[] layers = {
      "org.reprise.model", "org.reprise.engine", "org.reprise.sim", "org.reprise.io",
      "org.reprise.cli"
    };
    for (String pkg : layers) {
      assertThat(classes.stream().filter(c -> c.getPackageName().equals(pkg)).count())
          .as(pkg)
          .isPositive();
    }
    assertThat(classes.contain("org.reprise.engine.LboEngine")).isTrue();
    assertThat(classes.contain("org.reprise.model.Deal")).isTrue();
    assertThat(classes.contain("org.reprise.io.result.ResultJson")).isTrue();
  }

  @Test
  void theRulesCanFail() {
    // The io layer does use Jackson: a rule forbidding it must fail, or the import is broken.
    ArchRule ioWithoutJackson =
        noClasses()
            .that()
            .resideInAPackage("org.reprise.io..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("com.fasterxml..");
    assertThatThrownBy(() -> ioWithoutJackson.check(classes)).isInstanceOf(AssertionError.class);
  }

  @Test
  void modelAndEngineArePure() {
    ArchRule rule =
        noClasses()
            .that()
            .resideInAnyPackage("org.reprise.model..", "org.reprise.engine..", "org.reprise.sim..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                "com.fasterxml..",
                "picocli..",
                "java.nio.file..",
                "java.net..",
                "io.javalin..",
                "org.apache.poi..",
                "org.reprise.io..",
                "org.reprise.report..",
                "org.reprise.web..",
                "org.reprise.cli..")
            .orShould()
            .dependOnClassesThat()
            .belongToAnyOf(java.io.File.class)
            .because("the model and the engine compute; files, JSON and the CLI are adapters");
    rule.check(classes);
  }

  @Test
  void engineDoesNotDependOnTheSimulation() {
    noClasses()
        .that()
        .resideInAnyPackage("org.reprise.model..", "org.reprise.engine..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.reprise.sim..")
        .check(classes);
  }

  @Test
  void ioDoesNotDependOnTheCli() {
    noClasses()
        .that()
        .resideInAPackage("org.reprise.io..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.reprise.cli..", "picocli..", "org.reprise.web..", "org.reprise.report..")
        .check(classes);
  }
}
