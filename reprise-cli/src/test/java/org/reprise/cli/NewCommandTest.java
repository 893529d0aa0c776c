package org.reprise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reprise.io.DealTemplate;

class NewCommandTest {

  @TempDir Path dir;

  @Test
  void printsTheTemplate() {
    Cli.Result r = Cli.run("new");
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEqualTo(DealTemplate.text());
    assertThat(r.out()).contains("reprise: 1");
  }

  @Test
  void writesTheTemplateAndItIsAValidDeal() throws IOException {
    Path file = dir.resolve("my-deal.yaml");
    Cli.Result r = Cli.run("new", "-o", file.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Wrote " + file);
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(DealTemplate.text());
    Cli.Result v = Cli.run("validate", file.toString());
    assertThat(v.code()).as(v.err()).isZero();
  }

  @Test
  void refusesToOverwriteWithoutForce() throws IOException {
    Path file = dir.resolve("deal.yaml");
    Files.writeString(file, "mine", StandardCharsets.UTF_8);
    Cli.Result r = Cli.run("new", "-o", file.toString());
    assertThat(r.code()).isEqualTo(Main.INVALID_INPUT);
    assertThat(r.err())
        .isEqualTo("error: " + file + ": already exists (use --force to overwrite it)\n");
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("mine");

    Cli.Result forced = Cli.run("new", "--output", file.toString(), "--force");
    assertThat(forced.code()).isZero();
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(DealTemplate.text());
  }

  @Test
  void aMissingDirectoryIsInvalidInput() {
    Path file = dir.resolve("no-such-dir").resolve("deal.yaml");
    Cli.Result r = Cli.run("new", "-o", file.toString());
    assertThat(r.code()).isEqualTo(Main.INVALID_INPUT);
    assertThat(r.err()).startsWith("error: ").contains("deal.yaml").doesNotContain("at org.");
  }

  @Test
  void refusesToWriteOverADirectory() {
    Cli.Result r = Cli.run("new", "-o", dir.toString(), "--force");
    assertThat(r.code()).isEqualTo(Main.INVALID_INPUT);
    assertThat(r.err()).isEqualTo("error: " + dir + ": is a directory\n");
  }
}
