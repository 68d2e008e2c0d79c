import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load generator for docs/BENCHMARKS.md (issue 5): person look-ups through ecase's HTTP API, in a
 * JVM of its own (run with {@code java bench/LookupLoad.java}; JDK only, no build).
 *
 * <pre>
 * java [-DwarmUp=200] [-Drounds=3] bench/LookupLoad.java BASE SIMULATORS USERS CLIENTS LOOKUPS APP_PID SIMULATORS_PID
 * </pre>
 *
 * USERS: comma-separated usernames (password "demo"); client i signs in as user i mod n.
 * CLIENTS threads each make LOOKUPS look-ups one after another (a closed loop), in ROUNDS rounds
 * after a warm-up of WARM_UP look-ups per client (the JIT compiler is busy for thousands of them).
 * For each look-up it takes the time at the client and the latency of the slowest registry that
 * answered in that same look-up (the target compares the two). It also reads the CPU time the
 * application, the simulators, PostgreSQL and itself used during the measured phase, and how busy
 * the machine was, so that the result says what the machine had left.
 */
public class LookupLoad {

  static final Pattern TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
  static final Pattern SOURCE =
      Pattern.compile("\"registry\":\"([a-z-]+)\",\"status\":\"([A-Z_]+)\",\"latencyMs\":(\\d+)");
  static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  /** A measured look-up: at the client, its slowest healthy registry, the slowest waited for. */
  record Sample(long total, long slowestHealthy, long slowestWaitedFor) {}

  public static void main(String[] args) throws Exception {
    String base = args[0];
    String simulators = args[1];
    String[] users = args[2].split(",");
    int clients = Integer.parseInt(args[3]);
    int perClient = Integer.parseInt(args[4]);
    long appPid = Long.parseLong(args[5]);
    long simulatorsPid = Long.parseLong(args[6]);
    String[] tokens = new String[users.length];
    for (int i = 0; i < users.length; i++) {
      tokens[i] = signIn(base, users[i]);
    }
    int warmUpPerClient = Integer.getInteger("warmUp", 200);
    int rounds = Integer.getInteger("rounds", 3);
    int warmUpCount = clients * warmUpPerClient;
    int roundCount = clients * perClient;
    List<String> iins = iins(warmUpCount + rounds * roundCount);

    // the same load first, until the JIT compiler has done its work (a server runs for days)
    List<Sample> warmUp =
        closedLoop(base, tokens, iins.subList(0, warmUpCount), clients, warmUpPerClient);
    System.out.printf(
        "BENCH warm-up: %d look-ups, p50 %d ms%n",
        warmUp.size(), percentile(totals(warmUp), 50));

    for (int round = 1; round <= rounds; round++) {
      int from = warmUpCount + (round - 1) * roundCount;
      CpuClock cpu = new CpuClock(Map.of("app", appPid, "simulators", simulatorsPid));
      cpu.start();
      long started = System.nanoTime();
      List<Sample> measured =
          closedLoop(base, tokens, iins.subList(from, from + roundCount), clients, perClient);
      double seconds = (System.nanoTime() - started) / 1e9;
      Map<String, Double> used = cpu.stop();
      System.out.printf(
          "BENCH round %d: %d clients × %d look-ups in %.1f s = %.1f look-ups/s%n",
          round, clients, perClient, seconds, measured.size() / seconds);
      reportRound(measured);
      StringBuilder line = new StringBuilder("BENCH   CPU per look-up (ms):");
      used.forEach(
          (who, millis) -> line.append(String.format(" %s %.1f,", who, millis / measured.size())));
      System.out.printf(
          "%s i.e. %.0f %% of %d cores%n",
          line, used.get("machine busy") / (seconds * 1000 * cpu.cores()) * 100, cpu.cores());
    }

    List<Sample> sequential = sequential(simulators, iins.subList(0, 20));
    report("sequential (each registry asked after the other, directly)", totals(sequential));
  }

  static void reportRound(List<Sample> measured) {
    long[] total = totals(measured);
    long[] slowestHealthy = measured.stream().mapToLong(Sample::slowestHealthy).toArray();
    report("  look-up at the client", total);
    report("  slowest healthy registry in the same look-up", slowestHealthy);
    report(
        "  look-up minus its slowest healthy registry",
        measured.stream().mapToLong(s -> s.total() - s.slowestHealthy()).toArray());
    long waitedLonger =
        measured.stream().filter(s -> s.slowestWaitedFor() > s.slowestHealthy()).count();
    if (waitedLonger > 0) {
      report(
          "  look-up minus the slowest registry it waited for ("
              + waitedLonger
              + " waited for one that timed out or failed)",
          measured.stream().mapToLong(s -> s.total() - s.slowestWaitedFor()).toArray());
    }
    long over = percentile(total, 99) - percentile(slowestHealthy, 99);
    System.out.printf(
        "BENCH   target: p99 %d ms vs the slowest healthy registry's p99 %d ms: %+d ms (%s 25 ms)%n",
        percentile(total, 99),
        percentile(slowestHealthy, 99),
        over,
        over <= 25 ? "met, ≤" : "missed, >");
  }

  /** CLIENTS threads, each taking its own PER_CLIENT identity numbers in turn. */
  static List<Sample> closedLoop(
      String base, String[] tokens, List<String> iins, int clients, int perClient)
      throws InterruptedException {
    ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      List<String> mine = iins.subList(c * perClient, (c + 1) * perClient);
      String token = tokens[c % tokens.length];
      Thread thread =
          new Thread(
              () -> {
                for (String iin : mine) {
                  samples.add(lookUp(base, token, iin));
                }
              });
      threads.add(thread);
      thread.start();
    }
    for (Thread thread : threads) {
      thread.join();
    }
    return new ArrayList<>(samples);
  }

  static Sample lookUp(String base, String token, String iin) {
    long start = System.nanoTime();
    HttpResponse<String> response =
        send(
            HttpRequest.newBuilder(URI.create(base + "/api/persons/lookups"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"iin\":\"" + iin + "\",\"reason\":\"benchmark\"}"))
                .build());
    long took = (System.nanoTime() - start) / 1_000_000;
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          "look-up refused: " + response.statusCode() + " " + response.body());
    }
    long slowestHealthy = 0;
    long slowestWaitedFor = 0;
    Matcher source = SOURCE.matcher(response.body());
    int sources = 0;
    while (source.find()) {
      sources++;
      long latency = Long.parseLong(source.group(3));
      String status = source.group(2);
      if (status.equals("OK") || status.equals("NOT_FOUND")) {
        slowestHealthy = Math.max(slowestHealthy, latency);
      }
      if (!source.group(1).equals("fines")) {
        slowestWaitedFor = Math.max(slowestWaitedFor, latency);
      }
    }
    if (sources != 9) {
      throw new IllegalStateException("expected 9 sources, found " + sources + ": " + response.body());
    }
    return new Sample(took, slowestHealthy, slowestWaitedFor);
  }

  /** The same registries asked one after another, straight at the simulators. */
  static List<Sample> sequential(String simulators, List<String> iins) {
    List<String> paths =
        List.of(
            "/population/persons/", "/narcology/persons/", "/psychiatry/persons/",
            "/criminal-records/persons/", "/admin-offences/persons/", "/vehicles/owners/",
            "/licences/persons/", "/wanted/persons/");
    List<Sample> samples = new ArrayList<>();
    for (String iin : iins) {
      long start = System.nanoTime();
      for (String path : paths) {
        send(HttpRequest.newBuilder(URI.create(simulators + path + iin)).GET().build());
      }
      long took = (System.nanoTime() - start) / 1_000_000;
      samples.add(new Sample(took, 0, 0));
    }
    return samples;
  }

  static String signIn(String base, String user) {
    HttpResponse<String> response =
        send(
            HttpRequest.newBuilder(URI.create(base + "/api/auth/token"))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"" + user + "\",\"password\":\"demo\"}"))
                .build());
    Matcher token = TOKEN.matcher(response.body());
    if (!token.find()) {
      throw new IllegalStateException("sign-in refused: " + response.body());
    }
    return token.group(1);
  }

  static HttpResponse<String> send(HttpRequest request) {
    try {
      return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException(request.uri() + ": " + e, e);
    }
  }

  /** Valid identity numbers (birth date 15.03.1985, serials from 30001), distinct. */
  static List<String> iins(int count) {
    int[] first = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
    int[] second = {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2};
    List<String> iins = new ArrayList<>();
    for (long serial = 1; iins.size() < count; serial++) {
      String eleven = String.format("850315%05d", 30000 + serial);
      int check = weightedSum(eleven, first) % 11;
      if (check == 10) {
        check = weightedSum(eleven, second) % 11;
      }
      if (check < 10) {
        iins.add(eleven + check);
      }
    }
    return iins;
  }

  static int weightedSum(String digits, int[] weights) {
    int sum = 0;
    for (int i = 0; i < weights.length; i++) {
      sum += (digits.charAt(i) - '0') * weights[i];
    }
    return sum;
  }

  static long[] totals(List<Sample> samples) {
    return samples.stream().mapToLong(Sample::total).toArray();
  }

  static void report(String what, long[] millis) {
    System.out.printf(
        "BENCH %s: n=%d p50=%d ms p90=%d ms p99=%d ms max=%d ms%n",
        what,
        millis.length,
        percentile(millis, 50),
        percentile(millis, 90),
        percentile(millis, 99),
        percentile(millis, 100));
  }

  static long percentile(long[] values, int p) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    int index = Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1);
    return sorted[Math.max(0, index)];
  }

  /**
   * CPU time (user + system) of named processes, of every PostgreSQL process, of this load
   * generator and of the whole machine, between {@link #start} and {@link #stop}; Linux only.
   */
  static final class CpuClock {
    private final Map<String, Long> processes;
    private Map<String, Double> before;

    CpuClock(Map<String, Long> processes) {
      this.processes = processes;
    }

    int cores() {
      return Runtime.getRuntime().availableProcessors();
    }

    void start() throws Exception {
      before = read();
    }

    Map<String, Double> stop() throws Exception {
      Map<String, Double> after = read();
      Map<String, Double> used = new LinkedHashMap<>();
      after.forEach((who, millis) -> used.put(who, millis - before.getOrDefault(who, 0.0)));
      return used;
    }

    private Map<String, Double> read() throws Exception {
      Map<String, Double> millis = new LinkedHashMap<>();
      processes.forEach((name, pid) -> millis.put(name, processMillis(pid)));
      millis.put("postgresql", postgresMillis());
      millis.put("load generator", processMillis(ProcessHandle.current().pid()));
      millis.put("machine busy", machineBusyMillis());
      return millis;
    }

    /** utime + stime of the process and its finished children, in milliseconds. */
    private static double processMillis(long pid) {
      try {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        return ticks * 10.0; // USER_HZ is 100 on Linux
      } catch (Exception gone) {
        return 0;
      }
    }

    private static double postgresMillis() {
      return ProcessHandle.allProcesses()
          .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(false))
          .mapToDouble(p -> processMillis(p.pid()))
          .sum();
    }

    /** All cores' non-idle time since boot, from /proc/stat, in milliseconds. */
    private static double machineBusyMillis() throws Exception {
      String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
      long busy = 0;
      for (int i = 1; i < cpu.length; i++) {
        if (i != 4 && i != 5) { // idle, iowait
          busy += Long.parseLong(cpu[i]);
        }
      }
      return busy * 10.0;
    }
  }
}
