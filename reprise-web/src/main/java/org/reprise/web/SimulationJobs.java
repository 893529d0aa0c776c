package org.reprise.web;

import io.javalin.http.Context;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.reprise.engine.LboEngine;
import org.reprise.io.MessagesFr;
import org.reprise.io.RiskReader;
import org.reprise.io.Scenario;
import org.reprise.io.ScenarioReader;
import org.reprise.model.DealException;
import org.reprise.sim.SimulationResult;
import org.reprise.sim.Simulator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Monte Carlo simulations as background jobs: {@code POST /api/simulate} checks the deal and starts
 * a job, {@code GET /api/jobs/{id}} tells its progress and, once done, its result ({@link
 * SimulationView}).
 *
 * <p>Bounded so that one request cannot starve the server: at most {@link #MAX_PATHS} paths per
 * scenario, at most {@link #MAX_RUNNING} jobs at a time (another request is refused with 429), a
 * time limit per job (the job then stops after the chunk of paths it is computing and keeps the
 * paths done), each job on at most half the processors, and at most {@link #KEPT} finished jobs
 * kept in memory (the oldest are forgotten).
 */
final class SimulationJobs implements AutoCloseable {

  /** Largest number of paths per scenario a request may ask for. */
  static final long MAX_PATHS = 100_000;

  /** Paths when the request does not say. */
  static final long DEFAULT_PATHS = 2_000;

  /** Time limit of one job: 60 s. */
  static final long TIME_LIMIT_MILLIS = 60_000;

  /** Jobs that may run (or wait to run) at the same time. */
  static final int MAX_RUNNING = 2;

  /** Finished jobs kept for {@code GET /api/jobs/{id}}. */
  static final int KEPT = 32;

  private static final Logger LOG = LoggerFactory.getLogger(SimulationJobs.class);
  private static final SecureRandom RANDOM = new SecureRandom();

  /** The states of a job. */
  enum Status {
    RUNNING,
    DONE,
    FAILED;

    String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** One job: its inputs, its progress and, at the end, its results or its error. */
  static final class Job {
    final String id;
    final String dealName;
    final String riskOrigin;
    final long paths;
    final long seed;
    final long timeLimitMillis;
    final List<Scenario> scenarios;
    final long startNanos = System.nanoTime();
    final AtomicBoolean cancel = new AtomicBoolean();
    volatile long pathsDone;
    volatile Status status = Status.RUNNING;
    volatile boolean timedOut;
    volatile long elapsedMillis;
    volatile List<SimulationResult> results = List.of();
    volatile DealException error;
    private final RiskReader.Risk risk;

    Job(String id, ScenarioReader.Scenarios all, RiskReader.Risk risk, long paths, long seed,
        long timeLimitMillis) {
      this.id = id;
      this.dealName = all.name();
      this.scenarios = all.scenarios();
      this.risk = risk;
      this.riskOrigin = risk.origin();
      this.paths = paths;
      this.seed = seed;
      this.timeLimitMillis = timeLimitMillis;
    }

    /** @return paths done / paths asked for over every scenario, in [0, 1] */
    double progress() {
      if (status == Status.DONE) {
        return 1.0;
      }
      double total = (double) paths * scenarios.size();
      return total <= 0 ? 0.0 : Math.min(1.0, pathsDone / total);
    }

    long elapsed() {
      return status == Status.RUNNING
          ? (System.nanoTime() - startNanos) / 1_000_000
          : elapsedMillis;
    }

    private boolean overTime() {
      if ((System.nanoTime() - startNanos) / 1_000_000 > timeLimitMillis) {
        timedOut = true;
        return true;
      }
      return false;
    }

    /**
     * Runs every scenario, then calls {@code release} before the job shows as finished (so that a
     * client that sees it finished may start another one at once).
     */
    void run(int threads, Runnable release) {
      Status end = Status.FAILED;
      try {
        List<SimulationResult> done = new ArrayList<>();
        long offset = 0;
        for (Scenario s : scenarios) {
          if (cancel.get() || overTime()) {
            break;
          }
          long before = offset;
          SimulationResult r;
          try {
            r = Simulator.DEFAULT.run(s.deal(), risk.model(), paths, seed, threads,
                (n, total) -> pathsDone = before + n, () -> cancel.get() || overTime());
          } catch (DealException e) {
            throw s.locate(e);
          }
          done.add(r);
          results = List.copyOf(done);
          offset += paths;
          pathsDone = offset;
        }
        results = List.copyOf(done);
        end = Status.DONE;
      } catch (DealException e) {
        error = e;
      } catch (RuntimeException | Error e) {
        LOG.error("simulation job {} failed", id, e);
      } finally {
        elapsedMillis = (System.nanoTime() - startNanos) / 1_000_000;
        release.run();
        status = end;
      }
    }
  }

  private final long maxBytes;
  private final long timeLimitMillis;
  private final int threads;
  private final ExecutorService pool;
  private final AtomicInteger running = new AtomicInteger();
  private final Map<String, Job> jobs = new LinkedHashMap<>();

  /**
   * @param maxBytes the largest request body
   * @param timeLimitMillis the time limit of one job
   */
  SimulationJobs(long maxBytes, long timeLimitMillis) {
    this.maxBytes = maxBytes;
    this.timeLimitMillis = timeLimitMillis;
    int cpus = Runtime.getRuntime().availableProcessors();
    this.threads = Math.max(1, Math.min(Simulator.MAX_THREADS, cpus / MAX_RUNNING));
    AtomicInteger n = new AtomicInteger();
    this.pool =
        Executors.newFixedThreadPool(
            MAX_RUNNING,
            r -> {
              Thread t = new Thread(r, "reprise-job-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
  }

  /**
   * {@code POST /api/simulate?paths=N&seed=S}: checks everything, then 202 with the job. The body
   * is a deal (JSON or YAML), or the JSON {@code {"deal": {...}, "paths": N, "seed": S}}; the
   * query's parameters win over the body's.
   */
  void start(Context ctx) {
    Bodies.Format format = Bodies.format(ctx);
    String text = Bodies.text(ctx, maxBytes);
    String source = RunRoutes.sourceName(format);
    Long bodyPaths = null;
    Long bodySeed = null;
    if (format == Bodies.Format.JSON) {
      // {"deal": {...}, "paths": N, "seed": S}: the parameters in the body, beside the deal.
      com.fasterxml.jackson.databind.node.ObjectNode tree = Trees.parse(text, false);
      if (tree.path("deal").isObject() && !tree.has("company")) {
        bodyPaths = bodyLong(tree, "paths");
        bodySeed = bodyLong(tree, "seed");
        text = Trees.toJson(tree.get("deal"));
      }
    }
    long paths = longParam(ctx, "paths", bodyPaths == null ? DEFAULT_PATHS : bodyPaths);
    long seed = longParam(ctx, "seed", bodySeed == null ? 1L : bodySeed);
    if (paths < 1 || paths > MAX_PATHS) {
      throw new ApiException(400, "paths",
          "expected between 1 and " + MAX_PATHS + " paths per scenario, found " + paths,
          "attendu : entre 1 et " + MessagesFr.number(String.valueOf(MAX_PATHS))
              + " trajectoires par scénario ; trouvé : " + MessagesFr.number(String.valueOf(paths)));
    }
    ScenarioReader.Scenarios all = ScenarioReader.parseAll(text, source);
    RiskReader.Risk risk = RiskReader.parse(text, source);
    for (Scenario s : all.scenarios()) {
      try {
        LboEngine.DEFAULT.run(s.deal()); // the engine's own checks, before any path
      } catch (DealException e) {
        throw s.locate(e);
      }
    }
    if (running.incrementAndGet() > MAX_RUNNING) {
      running.decrementAndGet();
      throw new ApiException(429, "",
          "the server is already running " + MAX_RUNNING
              + " simulations: wait until one of them is done, then try again",
          "le serveur fait déjà tourner " + MAX_RUNNING
              + " simulations : attendez que l'une d'elles se termine, puis réessayez");
    }
    Job job = new Job(newId(), all, risk, paths, seed, timeLimitMillis);
    synchronized (jobs) {
      jobs.put(job.id, job);
      forgetOldJobs();
    }
    try {
      pool.execute(() -> job.run(threads, running::decrementAndGet));
    } catch (java.util.concurrent.RejectedExecutionException e) {
      running.decrementAndGet();
      throw new ApiException(503, "", "the server is stopping", "le serveur s'arrête");
    }
    ctx.status(202)
        .header("Location", "/api/jobs/" + job.id)
        .contentType(RunRoutes.JSON)
        .result(Trees.toJson(SimulationView.of(job, Localization.wantsFrench(ctx))));
  }

  /** {@code GET /api/jobs/{id}}: the job's status, progress and, when done, its result. */
  void get(Context ctx) {
    Job job = find(ctx.pathParam("id"));
    ctx.contentType(RunRoutes.JSON)
        .result(Trees.toJson(SimulationView.of(job, Localization.wantsFrench(ctx))));
  }

  /** {@code DELETE /api/jobs/{id}}: stops a job after its current chunk of paths. */
  void cancel(Context ctx) {
    Job job = find(ctx.pathParam("id"));
    job.cancel.set(true);
    ctx.contentType(RunRoutes.JSON)
        .result(Trees.toJson(SimulationView.of(job, Localization.wantsFrench(ctx))));
  }

  private Job find(String id) {
    Job job;
    synchronized (jobs) {
      job = jobs.get(id);
    }
    if (job == null) {
      throw ApiException.notFound(
          "no simulation job '" + Text.clip(id, 40) + "' (finished jobs are kept for a while only)",
          "aucune simulation « " + Text.clip(id, 40) + " » (les simulations terminées ne sont"
              + " gardées qu'un temps)");
    }
    return job;
  }

  /** Keeps at most {@link #KEPT} finished jobs, forgetting the oldest. */
  private void forgetOldJobs() {
    int finished = 0;
    for (Job j : jobs.values()) {
      if (j.status != Status.RUNNING) {
        finished++;
      }
    }
    for (Iterator<Job> it = jobs.values().iterator(); it.hasNext() && finished > KEPT; ) {
      Job j = it.next();
      if (j.status != Status.RUNNING) {
        it.remove();
        finished--;
      }
    }
  }

  private static long longParam(Context ctx, String name, long fallback) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return fallback;
    }
    try {
      return Long.parseLong(v.trim().replace("_", ""));
    } catch (NumberFormatException e) {
      throw new ApiException(400, name,
          "expected a whole number between " + Long.MIN_VALUE + " and " + Long.MAX_VALUE
              + ", found '" + Text.clip(v, 40) + "'",
          "attendu : un nombre entier entre " + Long.MIN_VALUE + " et " + Long.MAX_VALUE
              + " ; trouvé : « " + Text.clip(v, 40) + " »");
    }
  }

  /** @return a whole number of the request body, or null when absent */
  private static Long bodyLong(com.fasterxml.jackson.databind.JsonNode tree, String name) {
    com.fasterxml.jackson.databind.JsonNode v = tree.get(name);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.canConvertToLong() || !(v.isIntegralNumber()
        || (v.isNumber() && v.asDouble() == Math.rint(v.asDouble())))) {
      throw new ApiException(400, name,
          "expected a whole number between " + Long.MIN_VALUE + " and " + Long.MAX_VALUE
              + ", found " + Text.clip(v.toString(), 40),
          "attendu : un nombre entier entre " + Long.MIN_VALUE + " et " + Long.MAX_VALUE
              + " ; trouvé : " + Text.clip(v.toString(), 40));
    }
    return v.asLong();
  }

  private static String newId() {
    byte[] b = new byte[12];
    RANDOM.nextBytes(b);
    return HexFormat.of().formatHex(b);
  }

  /** Stops every job after its current chunk and the worker threads. */
  @Override
  public void close() {
    synchronized (jobs) {
      jobs.values().forEach(j -> j.cancel.set(true));
    }
    pool.shutdownNow();
    try {
      pool.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
