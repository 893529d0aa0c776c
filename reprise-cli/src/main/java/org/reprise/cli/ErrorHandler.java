package org.reprise.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import org.reprise.cli.text.Terminal;
import org.reprise.io.MessagesFr;
import org.reprise.model.DealException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns every exception of a command into one message on standard error and an exit code. Never
 * prints a stack trace, unless {@code --debug} was given and the error is internal.
 *
 * <ul>
 *   <li>{@link DealException} (bad deal): {@code error: <file>: <key path>: <message>}, exit 2;
 *       with {@code --lang fr}, {@code erreur : <file> : <key path> : <message in French>} (the
 *       reader's catalogue of French messages, {@link MessagesFr}; a message it does not cover
 *       stays in English);
 *   <li>a missing, unreadable or existing file, or a {@code --scenario} the file does not have
 *       ({@link InputException}): {@code error: <file>: <problem>}, exit 2; with {@code --lang fr},
 *       {@code erreur : <file> : <problem in French>} when the catalogue covers the problem ("no
 *       such file", "no scenario named …"), else as in English;
 *   <li>anything else is a bug: {@code internal error: <class>: <message> (please report)}, exit 1.
 * </ul>
 */
final class ErrorHandler implements IExecutionExceptionHandler {

  @Override
  public int handleExecutionException(
      Exception exception, CommandLine commandLine, ParseResult parseResult) {
    return report(exception, commandLine);
  }

  /**
   * Prints the message for {@code failure} on the command line's error stream.
   *
   * @return the exit code
   */
  static int report(Throwable failure, CommandLine commandLine) {
    PrintWriter err = commandLine.getErr();
    Object command = commandLine.getCommand();
    Path file = command instanceof DealCommand ? ((DealCommand) command).source() : null;
    boolean debug = command instanceof DealCommand && ((DealCommand) command).debug();
    Throwable cause = failure;
    if (cause instanceof UncheckedIOException && cause.getCause() != null) {
      cause = cause.getCause();
    }
    int code;
    if (cause instanceof DealException) {
      DealException e = (DealException) cause;
      if (french(commandLine) && e.path() != null && !e.path().isEmpty()) {
        err.println("erreur\u00a0: " + (file == null ? "" : Terminal.safe(file.toString())
            + "\u00a0: ") + Terminal.safe(e.path()) + "\u00a0: "
            + Terminal.safeLines(MessagesFr.translate(e)));
      } else {
        err.println("error: " + prefix(file) + Terminal.safeLines(cause.getMessage()));
      }
      code = Main.INVALID_INPUT;
    } else if (cause instanceof InputException) {
      Path f = ((InputException) cause).file();
      Optional<String> fr = french(commandLine)
          ? MessagesFr.strict(cause.getMessage()) : Optional.empty();
      if (fr.isPresent()) {
        err.println("erreur\u00a0: " + (f == null ? "" : Terminal.safe(f.toString()) + "\u00a0: ")
            + Terminal.safe(fr.get()));
      } else {
        err.println("error: " + prefix(f) + Terminal.safe(cause.getMessage()));
      }
      code = Main.INVALID_INPUT;
    } else if (cause instanceof IOException) {
      err.println("error: " + describe((IOException) cause, file));
      code = Main.INVALID_INPUT;
    } else {
      err.println(internalErrorMessage(failure));
      if (debug) {
        failure.printStackTrace(err);
      } else {
        err.println("Run the same command with --debug to see the details.");
      }
      code = Main.INTERNAL_ERROR;
    }
    err.flush();
    return code;
  }

  /** @return true when the command was given {@code --lang fr} */
  private static boolean french(CommandLine commandLine) {
    ParseResult parsed = commandLine.getParseResult();
    if (parsed == null || !parsed.hasMatchedOption("--lang")) {
      return false;
    }
    Object value = parsed.matchedOption("--lang").getValue();
    return value != null && value.toString().toLowerCase(java.util.Locale.ROOT).startsWith("fr");
  }

  /** @return {@code internal error: <class>: <message> (please report)} on one line */
  static String internalErrorMessage(Throwable t) {
    String message = t.getMessage() == null ? "" : ": " + Terminal.safe(t.getMessage());
    return "internal error: " + t.getClass().getName() + message + " (please report)";
  }

  private static String prefix(Path file) {
    return file == null ? "" : Terminal.safe(file.toString()) + ": ";
  }

  private static String describe(IOException e, Path file) {
    String what;
    if (e instanceof NoSuchFileException) {
      what = "no such file or directory";
    } else if (e instanceof AccessDeniedException) {
      what = "permission denied";
    } else if (e instanceof FileAlreadyExistsException) {
      what = "already exists";
    } else if (e instanceof FileSystemException && ((FileSystemException) e).getReason() != null) {
      what = ((FileSystemException) e).getReason();
    } else {
      what = String.valueOf(e.getMessage());
    }
    Path about = file;
    if (e instanceof FileSystemException && ((FileSystemException) e).getFile() != null) {
      about = Path.of(((FileSystemException) e).getFile());
    }
    return prefix(about) + Terminal.safe(what);
  }
}
