package org.reprise.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An output file is never left half written (review 9, input F1–F2): a write that fails midway,
 * as on a full disk, leaves an existing file as it was and no temporary file behind.
 */
class OutputFileTest {

  @TempDir Path dir;

  @Test
  void aFailedWriteKeepsTheOldFile() throws IOException {
    Path target = dir.resolve("report.html");
    Files.writeString(target, "OLD REPORT", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> DealCommand.writeFile(target, out -> {
      out.write("NEW HALF".getBytes(StandardCharsets.UTF_8));
      throw new IOException("No space left on device");
    })).isInstanceOf(IOException.class).hasMessage("No space left on device");
    assertThat(Files.readString(target)).isEqualTo("OLD REPORT");
    assertThat(files()).containsExactly("report.html");
  }

  /** A library's unchecked wrapper of the I/O error (Apache POI's) is reported as the I/O error. */
  @Test
  void anUncheckedWrapperOfAnIoErrorIsTheIoError() throws IOException {
    Path target = dir.resolve("model.xlsx");
    Files.writeString(target, "OLD WORKBOOK", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> DealCommand.writeFile(target, out -> {
      throw new UncheckedIOException(new IOException("No space left on device"));
    })).isInstanceOf(IOException.class).hasMessage("No space left on device");
    assertThat(Files.readString(target)).isEqualTo("OLD WORKBOOK");
    assertThat(files()).containsExactly("model.xlsx");
  }

  @Test
  void aSuccessfulWriteReplacesTheFile() throws IOException {
    Path target = dir.resolve("deal.yaml");
    Files.writeString(target, "old", StandardCharsets.UTF_8);
    DealCommand.writeFile(target, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
    assertThat(Files.readString(target)).isEqualTo("new");
    assertThat(files()).containsExactly("deal.yaml");
    Path relative = Path.of("").toAbsolutePath().relativize(dir.resolve("fresh.yaml"));
    DealCommand.writeFile(relative, out -> out.write('x'));
    assertThat(Files.readString(dir.resolve("fresh.yaml"))).isEqualTo("x");
  }

  /** The new file keeps the permissions of the file it replaces. */
  @Test
  void theReplacedFileKeepsItsPermissions() throws IOException {
    Path target = dir.resolve("shared.html");
    Files.writeString(target, "old", StandardCharsets.UTF_8);
    var perms = java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw-r--");
    Files.setPosixFilePermissions(target, perms);
    DealCommand.writeFile(target, out -> out.write('n'));
    assertThat(Files.getPosixFilePermissions(target)).isEqualTo(perms);
    Path fresh = dir.resolve("fresh.html");
    DealCommand.writeFile(fresh, out -> out.write('n'));
    Path probe = Files.createFile(dir.resolve("probe"));
    assertThat(Files.getPosixFilePermissions(fresh))
        .as("a new output follows the process's defaults (umask), not a private temporary file's")
        .isEqualTo(Files.getPosixFilePermissions(probe));
  }

  /** An output that is a symbolic link is written through to its target; the link stays. */
  @Test
  void aLinkIsWrittenThrough() throws IOException {
    Path real = dir.resolve("real.html");
    Files.writeString(real, "old", StandardCharsets.UTF_8);
    Path link = Files.createSymbolicLink(dir.resolve("link.html"), real);
    DealCommand.writeFile(link, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(real)).isEqualTo("new");
    assertThat(files()).containsExactly("link.html", "real.html");
  }

  private String[] files() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toArray(String[]::new);
    }
  }
}
