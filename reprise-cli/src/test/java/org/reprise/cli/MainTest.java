package org.reprise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MainTest {

  @Test
  void helpListsTheCommandsAndExitsZero() {
    Cli.Result r = Cli.run("--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Usage: reprise", "run", "validate", "new", "Exit codes");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void everyCommandHasHelp() {
    for (String command : new String[] {"run", "validate", "new"}) {
      Cli.Result r = Cli.run(command, "--help");
      assertThat(r.code()).as(command).isZero();
      assertThat(r.out()).as(command).contains("Usage: reprise " + command);
    }
    Cli.Result r = Cli.run("help", "run");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("--json", "--lang");
  }

  @Test
  void versionPrintsTheVersionAndJava() {
    Cli.Result r = Cli.run("--version");
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("reprise ").contains("Java ");
  }

  @Test
  void noCommandIsAUsageError() {
    Cli.Result r = Cli.run();
    assertThat(r.code()).isEqualTo(Main.INVALID_INPUT);
    assertThat(r.err()).contains("Missing command", "Usage: reprise");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void unknownCommandsAndOptionsAreUsageErrors() {
    assertThat(Cli.run("frobnicate").code()).isEqualTo(Main.INVALID_INPUT);
    assertThat(Cli.run("run", "--frobnicate", "x.yaml").code()).isEqualTo(Main.INVALID_INPUT);
    assertThat(Cli.run("run").code()).isEqualTo(Main.INVALID_INPUT);
    assertThat(Cli.run("run").err()).contains("Missing required parameter: 'FILE'");
    assertThat(Cli.run("validate", "a.yaml", "b.yaml").code()).isEqualTo(Main.INVALID_INPUT);
  }

  /**
   * {@code reprise --lang fr run deal.yaml} reads as {@code reprise run --lang fr deal.yaml}
   * (review 31): the same French output, byte for byte; a command without {@code --lang} and an
   * option other than it are left to the parser, which refuses them as before.
   */
  @Test
  void theLanguageMayComeBeforeTheCommand() {
    String deal = Cli.SECONDARY_LBO.toString();
    assertThat(Main.languageAfterCommand(new String[] {"--lang", "fr", "run", deal}))
        .containsExactly("run", "--lang", "fr", deal);
    assertThat(Main.languageAfterCommand(new String[] {"--lang=fr", "compare", deal, "--json"}))
        .containsExactly("compare", "--lang=fr", deal, "--json");
    String[] excel = {"--lang", "fr", "excel", deal};
    assertThat(Main.languageAfterCommand(excel)).isSameAs(excel);
    assertThat(Main.languageAfterCommand(new String[] {"--lang", "fr", "validate", deal}))
        .containsExactly("validate", "--lang", "fr", deal);
    String[] other = {"--json", "run", deal};
    assertThat(Main.languageAfterCommand(other)).isSameAs(other);
    String[] alone = {"--lang", "fr"};
    assertThat(Main.languageAfterCommand(alone)).isSameAs(alone);
    assertThat(Main.languageAfterCommand(new String[0])).isEmpty();

    Cli.Result before =
        Cli.runAsMain(Main.languageAfterCommand(new String[] {"--lang", "fr", "run", deal}));
    Cli.Result after = Cli.runAsMain("run", deal, "--lang", "fr");
    assertThat(before.code()).isZero();
    assertThat(before.out()).isEqualTo(after.out()).contains("RESSOURCES ET EMPLOIS");
    assertThat(Cli.runAsMain(Main.languageAfterCommand(excel)).code())
        .isEqualTo(Main.INVALID_INPUT);
  }

  @Test
  void theConfiguredCommandLineBehavesTheSame() {
    Cli.Result r = Cli.runAsMain("validate", Cli.SECONDARY_LBO.toString());
    assertThat(r.code()).isZero();
    Cli.Result missing = Cli.runAsMain("run", "no-such-deal.yaml");
    assertThat(missing.code()).isEqualTo(Main.INVALID_INPUT);
    assertThat(missing.err()).isEqualTo("error: no-such-deal.yaml: no such file\n");
  }
}
