package org.reprise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.reprise.model.DealException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

class ErrorHandlerTest {

  /** A command that fails the way it is told. */
  @Command(name = "boom")
  static final class Boom extends DealCommand {
    private final Throwable failure;

    Boom(Throwable failure) {
      this.failure = failure;
    }

    @Override
    int execute() throws Exception {
      if (failure instanceof Exception) {
        throw (Exception) failure;
      }
      throw (Error) failure;
    }
  }

  private static Cli.Result boom(Throwable failure, String... args) {
    return Cli.run(new CommandLine(new Boom(failure)), args);
  }

  @Test
  void aBugIsAnInternalErrorWithoutStackTrace() {
    Cli.Result r = boom(new IllegalStateException("the ledger does not balance"));
    assertThat(r.code()).isEqualTo(Main.INTERNAL_ERROR);
    assertThat(r.err())
        .startsWith(
            "internal error: java.lang.IllegalStateException: the ledger does not balance "
                + "(please report)\n")
        .contains("--debug")
        .doesNotContain("at org.")
        .doesNotContain("\tat ");
  }

  @Test
  void debugPrintsTheStackTrace() {
    Cli.Result r = boom(new IllegalStateException("boom"), "--debug");
    assertThat(r.code()).isEqualTo(Main.INTERNAL_ERROR);
    assertThat(r.err()).contains("internal error: ").contains("at org.reprise.cli.");
  }

  @Test
  void errorsAreInternalErrorsToo() {
    Cli.Result r = boom(new StackOverflowError());
    assertThat(r.code()).isEqualTo(Main.INTERNAL_ERROR);
    assertThat(r.err()).startsWith("internal error: java.lang.StackOverflowError (please report)");
  }

  @Test
  void aDealExceptionIsInvalidInput() {
    Cli.Result r = boom(new DealException("financing.debt[1].rate", "expected a rate, found x"));
    assertThat(r.code()).isEqualTo(Main.INVALID_INPUT);
    assertThat(r.err()).isEqualTo("error: financing.debt[1].rate: expected a rate, found x\n");
  }

  @Test
  void fileProblemsAreInvalidInput() {
    Cli.Result r = boom(new UncheckedIOException(new AccessDeniedException("/etc/deal.yaml")));
    assertThat(r.code()).isEqualTo(Main.INVALID_INPUT);
    assertThat(r.err()).isEqualTo("error: /etc/deal.yaml: permission denied\n");
    assertThat(boom(new IOException("disk full")).err()).isEqualTo("error: disk full\n");
  }

  @Test
  void controlCharactersInMessagesAreEscaped() {
    Cli.Result r = boom(new DealException("name", "found \u001B[31mred"));
    assertThat(r.err()).doesNotContain("\u001B").contains("\\u001B[31mred");
  }

  @Test
  void theHandlerAlsoCatchesWhatEscapesAPlainCommand() {
    Callable<Integer> failing =
        () -> {
          throw new IllegalArgumentException("oops");
        };
    CommandLine cl =
        new CommandLine(new PlainCommand(failing)).setExecutionExceptionHandler(new ErrorHandler());
    Cli.Result r = Cli.run(cl);
    assertThat(r.code()).isEqualTo(Main.INTERNAL_ERROR);
    assertThat(r.err()).startsWith("internal error: java.lang.IllegalArgumentException: oops");
    assertThat(r.err()).doesNotContain("at org.");
  }

  @Command(name = "plain")
  static final class PlainCommand implements Callable<Integer> {
    private final Callable<Integer> body;

    PlainCommand(Callable<Integer> body) {
      this.body = body;
    }

    @Override
    public Integer call() throws Exception {
      return body.call();
    }
  }
}
