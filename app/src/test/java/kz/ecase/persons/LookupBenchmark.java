package kz.ecase.persons;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.ValueAtPercentile;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import kz.ecase.EcaseIntegrationTest;
import kz.ecase.HttpClientSession;
import kz.ecase.kernel.Iin;
import kz.ecase.persons.integration.EmbeddedRegistries;
import kz.ecase.persons.integration.ResilientRegistries;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Benchmark, not a test (see docs/BENCHMARKS.md): 50 concurrent look-ups through the API against
 * the simulated registries at realistic latencies (50–800 ms) with one registry hanging until its
 * timeout, compared in the same run with the slowest healthy registry's latency of each look-up and
 * with a sequential look-up.
 */
@EcaseIntegrationTest
@TestPropertySource(
    properties = "management.metrics.distribution.percentiles.http.server.requests=0.5,0.9,0.99")
class LookupBenchmark {

  /** Realistic latencies (uniform, ms) per registry; {@code fines} hangs. */
  private static final Map<String, String> REALISTIC =
      Map.of(
          "population", "{\"latencyMs\":{\"min\":50,\"max\":150}}",
          "narcology", "{\"latencyMs\":{\"min\":100,\"max\":300}}",
          "psychiatry", "{\"latencyMs\":{\"min\":100,\"max\":300}}",
          "criminal-records", "{\"latencyMs\":{\"min\":200,\"max\":500}}",
          "admin-offences", "{\"latencyMs\":{\"min\":100,\"max\":250}}",
          "vehicles", "{\"latencyMs\":{\"min\":80,\"max\":200}}",
          "licences", "{\"latencyMs\":{\"min\":80,\"max\":200}}",
          "wanted", "{\"latencyMs\":{\"min\":300,\"max\":800}}",
          "fines", "{\"hangRate\":1.0}");

  @Autowired EmbeddedRegistries embedded;
  @Autowired ResilientRegistries registries;
  @Autowired MeterRegistry meters;
  @LocalServerPort int port;

  @Test
  void concurrentLookUps() throws Exception {
    int clients = Integer.getInteger("bench.clients", 50);
    int perClient = Integer.getInteger("bench.lookups", 20);
    SimulatorControl simulators = new SimulatorControl(embedded.baseUrl());
    simulators.reset();
    registries.resetCircuits();
    REALISTIC.forEach(simulators::set);
    HttpClientSession session = new HttpClientSession(port);
    String token = session.token("investigator", "demo");
    List<String> iins = iins(clients * perClient + 200);

    long[] warmUp = run(1, 20, iins.subList(0, 20), token); // JIT, pools, the hanging circuit
    long[][] measured = new long[clients * perClient][];
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<Future<long[][]>> futures = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      List<String> mine = iins.subList(200 + c * perClient, 200 + (c + 1) * perClient);
      futures.add(pool.submit(() -> lookUps(mine, token)));
    }
    int n = 0;
    for (Future<long[][]> future : futures) {
      for (long[] sample : future.get()) {
        measured[n++] = sample;
      }
    }
    pool.shutdown();

    long[] total = Arrays.stream(measured).mapToLong(s -> s[0]).toArray();
    long[] slowestHealthy = Arrays.stream(measured).mapToLong(s -> s[1]).toArray();
    long[] overhead = Arrays.stream(measured).mapToLong(s -> s[0] - s[1]).toArray();
    System.out.printf(
        "%nBENCH look-ups: %d clients × %d, warm-up p50 %d ms (first calls wait for the hanging"
            + " registry until its circuit opens)%n",
        clients, perClient, percentile(warmUp, 50));
    report("look-up (client side)", total);
    report("slowest healthy registry in the same look-up", slowestHealthy);
    report("look-up minus its slowest healthy registry", overhead);
    long[] waited = Arrays.stream(measured).mapToLong(s -> s[2]).toArray();
    long slower = Arrays.stream(measured).filter(s -> s[2] > s[1]).count();
    report(
        "look-up minus the slowest registry it waited for (healthy or timing out; "
            + slower
            + " look-ups waited for a registry that timed out or failed)",
        Arrays.stream(measured).mapToLong(s -> s[0] - s[2]).toArray());
    report("slowest registry waited for", waited);
    reportServerSide();

    long[] sequential = sequential(iins.subList(0, 20));
    report("sequential look-up (each registry after the other, same simulators)", sequential);
    simulators.reset();
    registries.resetCircuits();
  }

  private long[] run(int clients, int count, List<String> iins, String token) throws Exception {
    return Arrays.stream(lookUps(iins.subList(0, count), token)).mapToLong(s -> s[0]).toArray();
  }

  /** Each sample: the look-up's time at the client, and its slowest healthy source's latency. */
  private long[][] lookUps(List<String> iins, String token) {
    HttpClientSession session = new HttpClientSession(port);
    long[][] samples = new long[iins.size()][];
    for (int i = 0; i < iins.size(); i++) {
      long start = System.nanoTime();
      var reply =
          session.postJson(
              "/api/persons/lookups",
              Map.of("iin", iins.get(i), "reason", "benchmark"),
              "Authorization",
              "Bearer " + token);
      long took = (System.nanoTime() - start) / 1_000_000;
      if (reply.status() != 200) {
        throw new IllegalStateException("look-up failed: " + reply.status() + " " + reply.body());
      }
      long slowest = 0;
      long slowestWaitedFor = 0;
      for (JsonNode source : reply.json().get("sources")) {
        String status = source.get("status").asString();
        long latency = source.get("latencyMs").asLong();
        if (status.equals("OK") || status.equals("NOT_FOUND")) {
          slowest = Math.max(slowest, latency);
        }
        if (!source.get("registry").asString().equals("fines")) {
          slowestWaitedFor = Math.max(slowestWaitedFor, latency);
        }
      }
      samples[i] = new long[] {took, slowest, slowestWaitedFor};
    }
    return samples;
  }

  private long[] sequential(List<String> iins) {
    long[] samples = new long[iins.size()];
    for (int i = 0; i < iins.size(); i++) {
      Iin iin = Iin.of(iins.get(i));
      long start = System.nanoTime();
      for (Registry registry : Registry.values()) {
        registries.ask(registry, iin).toCompletableFuture().join();
      }
      samples[i] = (System.nanoTime() - start) / 1_000_000;
    }
    return samples;
  }

  private static List<String> iins(int count) {
    List<String> iins = new ArrayList<>();
    for (long serial = 1; iins.size() < count; serial++) {
      String eleven = String.format("850315%05d", 30000 + serial);
      int check = Iin.checkDigitOf(eleven);
      if (check < 10) {
        iins.add(eleven + check);
      }
    }
    return iins;
  }

  /** Where a look-up's time goes inside the application (the last two minutes' percentiles). */
  private void reportServerSide() {
    printPercentiles(
        "server: the request (filters, security, controller, JSON)",
        meters.get("http.server.requests").tag("uri", "/api/persons/lookups").timer());
    for (String phase : List.of("registries", "record")) {
      printPercentiles(
          "server: phase " + phase,
          meters.get("ecase.persons.lookup.phase").tag("phase", phase).timer());
    }
  }

  private static void printPercentiles(String what, Timer timer) {
    StringBuilder line = new StringBuilder("BENCH " + what + ": n=" + timer.count());
    for (ValueAtPercentile value : timer.takeSnapshot().percentileValues()) {
      line.append(
          String.format(
              " p%.0f=%.0f ms", value.percentile() * 100, value.value(TimeUnit.MILLISECONDS)));
    }
    System.out.println(
        line.append(String.format(" max=%.0f ms", timer.max(TimeUnit.MILLISECONDS))));
  }

  private static void report(String what, long[] millis) {
    System.out.printf(
        "BENCH %s: n=%d p50=%d ms p90=%d ms p99=%d ms max=%d ms%n",
        what,
        millis.length,
        percentile(millis, 50),
        percentile(millis, 90),
        percentile(millis, 99),
        percentile(millis, 100));
  }

  private static long percentile(long[] values, int p) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    int index = Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1);
    return sorted[Math.max(0, index)];
  }
}
