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

  @Test
  void theConfiguredCommandLineBehavesTheSame() {
    Cli.Result r = Cli.runAsMain("validate", Cli.SECONDARY_LBO.toString());
    assertThat(r.code()).isZero();
    Cli.Result missing = Cli.runAsMain("run", "no-such-deal.yaml");
    assertThat(missing.code()).isEqualTo(Main.INVALID_INPUT);
    assertThat(missing.err()).isEqualTo("error: no-such-deal.yaml: no such file\n");
  }
}
