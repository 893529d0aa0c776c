package org.reprise.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.reprise.engine.DealResult;
import org.reprise.engine.LboEngine;
import org.reprise.io.DealReader;
import org.reprise.io.ScenarioReader;
import org.reprise.model.Deal;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * What the subcommands share: {@code --help}, {@code --debug}, reading and running a deal, and
 * error handling. Every exception of a subcommand goes to {@link ErrorHandler}, also when the
 * command line was built without it (a bare {@code new CommandLine(new Main())}).
 */
abstract class DealCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help and exit.")
  boolean help;

  @Option(
      names = "--debug",
      description = "On an internal error, also print the stack trace (for bug reports).")
  boolean debug;

  /** The file being read or written, for error messages; {@code null} when none. */
  private Path source;

  /** @return the command's result: an exit code */
  abstract int execute() throws Exception;

  @Override
  public final Integer call() {
    try {
      return execute();
    } catch (ParameterException e) {
      throw e; // a usage error: picocli prints it with the usage help, exit code 2
    } catch (Throwable t) { // every failure becomes a message and an exit code
      return ErrorHandler.report(t, spec.commandLine());
    }
  }

  /** @return the file being processed, or {@code null} */
  Path source() {
    return source;
  }

  /** @return true when {@code --debug} was given */
  boolean debug() {
    return debug;
  }

  /**
   * Reads a deal file.
   *
   * @throws InputException when the file does not exist or is a directory
   * @throws org.reprise.model.DealException when it is not a valid deal
   */
  Deal read(Path file) {
    check(file);
    return DealReader.read(file);
  }

  /**
   * Reads the ownership scenarios of a deal file.
   *
   * @throws InputException when the file does not exist or is a directory
   * @throws org.reprise.model.DealException when it or one of its scenarios is not valid
   */
  ScenarioReader.Scenarios readScenarios(Path file) {
    check(file);
    return ScenarioReader.readAll(file);
  }

  /**
   * Reads a chain of buyouts.
   *
   * @param rounds the number of rounds, or {@code null} for the file's {@code chain.rounds}
   */
  ScenarioReader.Chain readChain(Path file, Integer rounds) {
    check(file);
    return ScenarioReader.readChain(file, rounds);
  }

  private void check(Path file) {
    source = file;
    if (Files.notExists(file)) {
      throw new InputException(file, "no such file");
    }
    if (Files.isDirectory(file)) {
      throw new InputException(file, "is a directory, not a deal file");
    }
  }

  /**
   * Runs a deal through the engine.
   *
   * @throws org.reprise.model.DealException when the deal cannot be computed
   */
  static DealResult run(Deal deal) {
    return LboEngine.DEFAULT.run(deal);
  }

  /** Records the file being written, for error messages. */
  void target(Path file) {
    source = file;
  }

  /**
   * Makes {@code output} the file that errors name and checks that it can be written: not a
   * directory, and not an existing file unless {@code force}.
   */
  void checkWritable(Path output, boolean force) {
    if (output.toString().isBlank()) {
      throw new ParameterException(spec.commandLine(),
          "--output: the output file's path is empty; give a file name, such as report.html");
    }
    target(output);
    if (java.nio.file.Files.isDirectory(output)) {
      throw new InputException(output, "is a directory");
    }
    if (java.nio.file.Files.exists(output) && !force) {
      throw new InputException(output, "already exists (use --force to overwrite it)");
    }
  }

  /**
   * Prints {@code text} on standard output when no output file is given, or writes it to
   * {@code output} in UTF-8 (see {@link #checkWritable}).
   *
   * @return true when the text was written to a file
   */
  boolean printOrWrite(Path output, boolean force, String text) throws java.io.IOException {
    if (output == null) {
      java.io.PrintWriter out = spec.commandLine().getOut();
      out.print(text);
      out.flush();
      return false;
    }
    checkWritable(output, force);
    byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    writeFile(output, out -> out.write(bytes));
    return true;
  }

  /** Writes the content of an output file to a stream. */
  @FunctionalInterface
  interface Content {
    void writeTo(java.io.OutputStream out) throws java.io.IOException;
  }

  /**
   * Writes {@code output} without ever leaving it half written: the content goes to a new file in
   * the same folder, which then replaces {@code output} in one move. When the writing fails (a
   * full disk), the new file is removed and an existing {@code output} is left as it was. An
   * output that is a symbolic link is written through to its target; the new file gets the
   * permissions of the file it replaces (or the process's defaults for a new output). In a folder
   * where no new file can be created but the output itself may be written, it is written in
   * place, as before.
   */
  static void writeFile(Path output, Content content) throws java.io.IOException {
    Path target = output.toAbsolutePath();
    if (java.nio.file.Files.isSymbolicLink(target) && java.nio.file.Files.exists(target)) {
      target = target.toRealPath();
    }
    Path dir = target.getParent();
    Path tmp = dir.resolve("." + target.getFileName() + "." + Long.toHexString(
        java.util.concurrent.ThreadLocalRandom.current().nextLong()) + ".tmp");
    java.io.OutputStream stream;
    try {
      stream = java.nio.file.Files.newOutputStream(tmp, java.nio.file.StandardOpenOption.CREATE_NEW,
          java.nio.file.StandardOpenOption.WRITE);
    } catch (java.nio.file.AccessDeniedException e) {
      // a folder that takes no new file: write the output in place (not atomically)
      try (java.io.OutputStream out = java.nio.file.Files.newOutputStream(target)) {
        write(content, out);
      }
      return;
    }
    boolean done = false;
    try {
      try (java.io.OutputStream out = stream) {
        write(content, out);
      }
      // on a POSIX file system the new file takes the replaced file's permissions
      if (java.nio.file.Files.exists(target) && java.nio.file.Files.getFileStore(target)
          .supportsFileAttributeView(java.nio.file.attribute.PosixFileAttributeView.class)) {
        java.nio.file.Files.setPosixFilePermissions(
            tmp, java.nio.file.Files.getPosixFilePermissions(target));
      }
      try {
        java.nio.file.Files.move(tmp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
            java.nio.file.StandardCopyOption.ATOMIC_MOVE);
      } catch (java.nio.file.AtomicMoveNotSupportedException e) {
        java.nio.file.Files.move(tmp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
      done = true;
    } finally {
      if (!done) {
        java.nio.file.Files.deleteIfExists(tmp);
      }
    }
  }

  /** Writes {@code content}, reporting a library's unchecked wrapper of an I/O error as it. */
  private static void write(Content content, java.io.OutputStream out)
      throws java.io.IOException {
    try {
      content.writeTo(out);
    } catch (RuntimeException e) {
      // Apache POI's wrapper when the disk is full
      if (e.getCause() instanceof java.io.IOException io) {
        throw io;
      }
      throw e;
    }
  }

}
