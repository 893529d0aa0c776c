package org.reprise.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.SplittableRandom;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Killing the server loses no acknowledged save: {@link KillCheck} rounds, each a child JVM killed
 * with SIGKILL at a random moment (after a random number of acknowledged saves, then a random
 * delay: mid-request, mid-commit), followed by a restart on the same data directory that must
 * find every acknowledged deal, with its text. The data directory is kept from round to round, so
 * that each restart also reopens a file a previous kill left behind.
 */
class KillDurabilityTest {

  /** Kill rounds: each starts a JVM (about 2 s) and saves for a moment. */
  static final int ROUNDS = 4;

  @TempDir Path data;
  @TempDir Path work;

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void everyAcknowledgedSaveSurvivesASigkill() throws Exception {
    SplittableRandom random = new SplittableRandom(20261129);
    String yaml = Fixtures.factoryYaml();
    List<Long> acknowledged = new ArrayList<>();
    for (int r = 0; r < ROUNDS; r++) {
      int acks = 1 + random.nextInt(60);
      long extraMillis = random.nextInt(40);
      KillCheck.Round round = KillCheck.round(
          data, Fixtures.FACTORY, work, acks, extraMillis, Duration.ofSeconds(40));
      assertThat(round.acknowledged()).as("round %d", r).hasSizeGreaterThanOrEqualTo(acks);
      acknowledged.addAll(round.acknowledged());

      try (WebServer server = WebServer.start("127.0.0.1", 0, data)) {
        Http http = Fixtures.client(server);
        Set<Long> stored = new HashSet<>();
        for (JsonNode d : http.get("/api/deals").json()) {
          stored.add(d.get("id").asLong());
        }
        System.out.printf("kill round %d: killed after %d acknowledged saves (+%d ms); after the"
            + " restart %d deals stored, %d acknowledged in all%n", r + 1,
            round.acknowledged().size(), extraMillis, stored.size(), acknowledged.size());
        assertThat(stored).as("round %d: every acknowledged save of every round", r)
            .containsAll(acknowledged);
        // Each kill may leave at most one more deal: committed, then killed before its "ack".
        assertThat(stored.size()).as("round %d", r)
            .isLessThanOrEqualTo(acknowledged.size() + r + 1);
        long last = round.acknowledged().get(round.acknowledged().size() - 1);
        Http.Response deal = http.get("/api/deals/" + last);
        assertThat(deal.status()).isEqualTo(200);
        assertThat(deal.json().get("yaml").asText()).isEqualTo(yaml);
        // The restarted server saves again where the killed one stopped.
        Http.Response again = http.postYaml("/api/deals?name=after-restart-" + r, yaml);
        assertThat(again.status()).isEqualTo(201);
        acknowledged.add(again.json().get("id").asLong());
      }
    }
  }
}
