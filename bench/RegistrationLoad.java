import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load generator for docs/BENCHMARKS.md (issue 6): registers protocols through ecase's HTTP API,
 * in a JVM of its own (run with {@code java bench/RegistrationLoad.java}; JDK only, no build).
 *
 * <pre>
 * closed  BASE USERS CLIENTS SECONDS   clients register one protocol after another
 * open    BASE USERS RATE SECONDS      protocols arrive at RATE per second (latency from the
 *                                      scheduled start, so a stalled server is not hidden)
 * </pre>
 *
 * USERS: comma-separated officer usernames (password "demo"); client i signs in as user i mod n.
 */
public class RegistrationLoad {

  static final String PIN = "135790";
  static final Pattern TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
  static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  public static void main(String[] args) throws Exception {
    String mode = args[0];
    String base = args[1];
    String[] users = args[2].split(",");
    int amount = Integer.parseInt(args[3]);
    int seconds = Integer.parseInt(args[4]);
    String[] tokens = new String[users.length];
    for (int i = 0; i < users.length; i++) {
      tokens[i] = signIn(base, users[i]);
      setPin(base, tokens[i]);
    }
    warmUp(base, tokens);
    if (mode.equals("closed")) {
      closed(base, tokens, amount, seconds);
    } else {
      open(base, tokens, amount, seconds);
    }
  }

  static void closed(String base, String[] tokens, int clients, int seconds) throws Exception {
    ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
    AtomicLong failures = new AtomicLong();
    long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      String token = tokens[c % tokens.length];
      Thread t =
          new Thread(
              () -> {
                while (System.nanoTime() < end) {
                  long start = System.nanoTime();
                  if (register(base, token)) {
                    latencies.add(System.nanoTime() - start);
                  } else {
                    failures.incrementAndGet();
                  }
                }
              });
      threads.add(t);
      t.start();
    }
    for (Thread t : threads) {
      t.join();
    }
    report("closed, " + clients + " clients", latencies, failures.get(), seconds);
  }

  static void open(String base, String[] tokens, int rate, int seconds) throws Exception {
    ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
    AtomicLong failures = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(128);
    long start = System.nanoTime();
    long interval = 1_000_000_000L / rate;
    int total = rate * seconds;
    for (int i = 0; i < total; i++) {
      long scheduled = start + i * interval;
      long wait = scheduled - System.nanoTime();
      if (wait > 0) {
        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
      }
      String token = tokens[i % tokens.length];
      pool.submit(
          () -> {
            if (register(base, token)) {
              latencies.add(System.nanoTime() - scheduled);
            } else {
              failures.incrementAndGet();
            }
          });
    }
    pool.shutdown();
    pool.awaitTermination(5, java.util.concurrent.TimeUnit.MINUTES);
    report("open, " + rate + "/s offered", latencies, failures.get(), seconds);
  }

  static void warmUp(String base, String[] tokens) {
    for (int i = 0; i < 200; i++) {
      register(base, tokens[i % tokens.length]);
    }
  }

  static boolean register(String base, String token) {
    String body =
        "{\"idempotencyKey\":\""
            + UUID.randomUUID()
            + "\",\"iin\":\"850315401231\",\"article\":\"speeding-20-40\",\"offenceTime\":\""
            + Instant.now().minus(10, ChronoUnit.MINUTES)
            + "\",\"place\":\"Астана, проспект Мәңгілік Ел, 8\",\"plate\":\"123ABC01\","
            + "\"description\":\"87 км/ч при 60\",\"fineMci\":10,\"pin\":\""
            + PIN
            + "\"}";
    try {
      HttpResponse<String> response =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(base + "/api/offences/protocols"))
                  .header("Content-Type", "application/json")
                  .header("Authorization", "Bearer " + token)
                  .POST(HttpRequest.BodyPublishers.ofString(body))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 201) {
        System.err.println(response.statusCode() + " " + response.body());
        return false;
      }
      return true;
    } catch (Exception e) {
      System.err.println(e);
      return false;
    }
  }

  static String signIn(String base, String user) throws Exception {
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(base + "/api/auth/token"))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"" + user + "\",\"password\":\"demo\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    Matcher m = TOKEN.matcher(response.body());
    if (!m.find()) {
      throw new IllegalStateException(user + " could not sign in: " + response.body());
    }
    return m.group(1);
  }

  static void setPin(String base, String token) throws Exception {
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(base + "/api/signing/pin"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token)
                .PUT(HttpRequest.BodyPublishers.ofString("{\"pin\":\"" + PIN + "\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 201 && response.statusCode() != 409) {
      throw new IllegalStateException("PIN: " + response.statusCode() + " " + response.body());
    }
  }

  static void report(String what, ConcurrentLinkedQueue<Long> latencies, long failures, int s) {
    long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
    System.out.printf(
        "BENCH registrations (%s): %d in %d s = %.1f/s, failures %d, latency p50 %.1f ms,"
            + " p90 %.1f ms, p99 %.1f ms, max %.1f ms%n",
        what,
        sorted.length,
        s,
        sorted.length / (double) s,
        failures,
        ms(sorted, 50),
        ms(sorted, 90),
        ms(sorted, 99),
        sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6);
  }

  static double ms(long[] sorted, int percentile) {
    if (sorted.length == 0) {
      return 0;
    }
    int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1e6;
  }
}
