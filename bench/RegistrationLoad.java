import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
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
 *
 * <p>Each registration is of a draft the officer's page looked up first (issue 15): the draft's
 * person look-up ({@code POST /api/persons/lookups}, purpose "protocol draft KEY", as the page's
 * look-up records it; the API is older than the reuse, so an older jar answers it too), then the
 * registration with that KEY. {@code -Dlookup=}
 *
 * <ul>
 *   <li>{@code ahead} (default): the drafts' look-ups are made before the measured phase, as
 *       officers' pages make them while the officers type, minutes before they register; the
 *       measured phase is registrations alone (a client that runs out of drafts looks one up
 *       inline, and the report counts those);
 *   <li>{@code inline}: a cycle is the look-up then the registration, both measured;
 *   <li>{@code false}: registrations of drafts never looked up (the registration asks the
 *       registers itself).
 * </ul>
 *
 * Reported: registrations (or cycles) per second with their latency, and the registration
 * request's own latency beside it. Before the measured phase, a warm-up until the app is steady
 * ({@link #warmUp}: {@code -Dwarmup=N}, {@code -DwarmUpSeconds=S}). {@code -Dahead=N}: how many drafts to look up before a closed load (default 400 per
 * second of the load; an open load looks up exactly as many as it will register).
 *
 * <p>With {@code -DappPid=PID -Ddatabase=NAME} (Linux) it also reports the CPU time (user + system)
 * spent per registration during the measured phase (after sign-in and warm-up): by the app's
 * process, by PostgreSQL (the backends connected to NAME and the server's own processes: WAL
 * writer, checkpointer…; not other databases' backends), by itself, and by the whole machine; and,
 * with psql on the path and pg_walinspect in the database, the WAL written for the database's
 * relations per registration.
 */
public class RegistrationLoad {

  static final String PIN = "135790";
  static final Pattern TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

  static {
    // every client keeps its connection between requests (the JDK keeps 5 per host by default:
    // the others would open a new connection per request)
    System.setProperty("http.maxConnections", "512");
  }
  static final String LOOKUP_MODE = System.getProperty("lookup", "ahead");
  static final boolean LOOKUP = !"false".equals(LOOKUP_MODE);
  static final boolean AHEAD = "ahead".equals(LOOKUP_MODE);

  /** Drafts looked up ahead, per signed-in officer's token: their keys. */
  static final Map<String, ConcurrentLinkedQueue<String>> DRAFTS = new ConcurrentHashMap<>();

  /** Look-ups the population register did not answer (its name in the answer's "missing"). */
  static final AtomicLong UNNAMED = new AtomicLong();

  static final Pattern MISSING = Pattern.compile("\"missing\"\\s*:\\s*\\[([^\\]]*)\\]");

  /** Drafts a client had to look up inline because the ones made ahead ran out. */
  static final AtomicLong INLINE_LOOKUPS = new AtomicLong();
  static final String IIN = "850315401231";

  /** The registration requests' own latencies (nanoseconds), of the measured phase. */
  static final ConcurrentLinkedQueue<Long> REGISTRATIONS = new ConcurrentLinkedQueue<>();

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
    if (AHEAD) {
      boolean closed = mode.equals("closed");
      int drafts = closed ? Integer.getInteger("ahead", 400 * seconds) : amount * seconds + amount;
      // a closed load's clients use the first CLIENTS officers only; an open one, all of them
      int officers = closed ? Math.min(amount, tokens.length) : tokens.length;
      lookUpAhead(base, Arrays.copyOf(tokens, officers), drafts);
    }
    CpuClock cpu = CpuClock.fromProperties();
    long registered =
        mode.equals("closed")
            ? closed(base, tokens, amount, seconds)
            : open(base, tokens, amount, seconds);
    if (cpu != null) {
      cpu.report(registered);
    }
  }

  /** Registrations made; the CPU clock started when the measured phase did. */
  static long closed(String base, String[] tokens, int clients, int seconds) throws Exception {
    ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
    AtomicLong failures = new AtomicLong();
    CpuClock.startIfConfigured();
    long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      String token = tokens[c % tokens.length];
      Thread t =
          new Thread(
              () -> {
                while (System.nanoTime() < end) {
                  long start = System.nanoTime();
                  if (cycle(base, token)) {
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
    CpuClock.stopIfRunning();
    report("closed, " + clients + " clients", latencies, failures.get(), seconds);
    return latencies.size();
  }

  static long open(String base, String[] tokens, int rate, int seconds) throws Exception {
    ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
    AtomicLong failures = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(128);
    CpuClock.startIfConfigured();
    long start = System.nanoTime();
    long startedAt = System.currentTimeMillis();
    long interval = 1_000_000_000L / rate;
    int total = rate * seconds;
    long[] bySecond = new long[seconds + 1];
    for (int i = 0; i < total; i++) {
      long scheduled = start + i * interval;
      long wait = scheduled - System.nanoTime();
      if (wait > 0) {
        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
      }
      String token = tokens[i % tokens.length];
      pool.submit(
          () -> {
            if (cycle(base, token)) {
              long latency = System.nanoTime() - scheduled;
              latencies.add(latency);
              int second = (int) ((scheduled - start) / 1_000_000_000L);
              synchronized (bySecond) {
                bySecond[second] = Math.max(bySecond[second], latency);
              }
            } else {
              failures.incrementAndGet();
            }
          });
    }
    pool.shutdown();
    pool.awaitTermination(5, java.util.concurrent.TimeUnit.MINUTES);
    CpuClock.stopIfRunning();
    report("open, " + rate + "/s offered", latencies, failures.get(), seconds);
    slowSeconds(startedAt, bySecond);
    return latencies.size();
  }

  /**
   * The seconds of an open load whose slowest registration (scheduled in that second) took over 50
   * ms, stamped with the wall clock (UTC), to be matched with the app's GC log and PostgreSQL's log
   * (checkpoints, autovacuum): one stall of a few hundred ms delays every request that arrives
   * meanwhile, and in a 30 s load at ~300/s that alone is more than the 1 % above the p99.
   */
  static void slowSeconds(long startedAt, long[] bySecond) {
    StringBuilder slow = new StringBuilder();
    var format = java.time.format.DateTimeFormatter.ofPattern("HH:mm:ss").withZone(java.time.ZoneOffset.UTC);
    for (int second = 0; second < bySecond.length; second++) {
      if (bySecond[second] > 50_000_000L) {
        slow.append(
            String.format(
                " %s %.0f ms;",
                format.format(java.time.Instant.ofEpochMilli(startedAt + second * 1000L)),
                bySecond[second] / 1e6));
      }
    }
    System.out.println(
        "BENCH open load, seconds whose slowest registration took over 50 ms (UTC, its max):"
            + (slow.length() == 0 ? " none" : slow));
  }

  /**
   * The warm-up before the measured phase, the same whichever jar is measured: {@code -Dwarmup=N}
   * cycles one after another (default 200; fewer for a smoke run), then, unless {@code
   * -DwarmUpSeconds=0}, windows of {@code -DwarmUpWindow} cycles (default 1000) made by {@code
   * -DwarmUpClients} clients side by side (default 8) until the app is steady, three windows in a
   * row: a window's app CPU per cycle (from /proc, with {@code -DappPid}; else its median latency)
   * no lower than 0.97 × the best window's before it, and the JIT's compiler threads (C1 and C2)
   * under 5 % of the app's CPU in the window; or until {@code -DwarmUpSeconds} (default 600) have
   * passed. Prints what it took. Windows of 200 (before 2026-12-07) called the app steady while C2
   * was still compiling what a registration runs once per request; windows of 1000 with the CPU
   * rule alone still did: on two cores the one C2 thread's queue is long, and HotSpot raises its
   * thresholds with the queue, so the registration's own method reached C2 only after ~25 000
   * registrations, 250 s into a warm-up already called steady, and compiling it and its callees
   * took 12 % of the measured phase's app CPU (JFR's compilation events, docs/BENCHMARKS.md).
   */
  static void warmUp(String base, String[] tokens) throws Exception {
    long start = System.nanoTime();
    int cycles = Integer.getInteger("warmup", 200);
    for (int i = 0; i < cycles; i++) {
      cycle(base, tokens[i % tokens.length]);
    }
    long seconds = Long.getLong("warmUpSeconds", 600);
    int window = Integer.getInteger("warmUpWindow", 1000);
    int clients = Integer.getInteger("warmUpClients", 8);
    String pid = System.getProperty("appPid");
    boolean byCpu = pid != null && Files.exists(Path.of("/proc/" + pid + "/stat"));
    long deadline = System.nanoTime() + seconds * 1_000_000_000L;
    double best = Double.MAX_VALUE;
    double first = Double.NaN;
    double last = Double.NaN;
    int flat = 0;
    int windows = 0;
    double jitShare = Double.NaN;
    while (seconds > 0 && flat < 3 && System.nanoTime() < deadline) {
      double cpuBefore = byCpu ? CpuClock.processMillis(Long.parseLong(pid)) : 0;
      double jitBefore = byCpu ? CpuClock.jitMillis(Long.parseLong(pid)) : 0;
      long[] latencies = warmUpWindow(base, tokens, window, clients);
      double cpu = byCpu ? CpuClock.processMillis(Long.parseLong(pid)) - cpuBefore : 0;
      jitShare = byCpu && cpu > 0 ? (CpuClock.jitMillis(Long.parseLong(pid)) - jitBefore) / cpu : 0;
      last = byCpu ? cpu / window : ms(latencies, 50);
      if (windows++ == 0) {
        first = last;
      }
      flat = last >= 0.97 * best && jitShare < 0.05 ? flat + 1 : 0;
      best = Math.min(best, last);
    }
    System.out.printf(
        "BENCH warm-up: %d cycles + %d windows of %d by %d clients in %.0f s; window %s %.2f ->"
            + " %.2f ms (best %.2f), JIT compilers %.0f %% of the app's CPU in the last; %s%n",
        cycles,
        windows,
        window,
        clients,
        (System.nanoTime() - start) / 1e9,
        byCpu ? "app CPU per cycle" : "median latency",
        first,
        last,
        best,
        jitShare * 100,
        seconds <= 0
            ? "no steady-state check (-DwarmUpSeconds=0)"
            : flat >= 3
                ? "steady (3 windows without a 3 % gain, the JIT under 5 %)"
                : "NOT steady: stopped at the time limit");
    REGISTRATIONS.clear();
    INLINE_LOOKUPS.set(0);
  }

  /** {@code cycles} cycles by {@code clients} clients side by side: their latencies, sorted. */
  static long[] warmUpWindow(String base, String[] tokens, int cycles, int clients)
      throws Exception {
    ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
    java.util.concurrent.atomic.AtomicInteger left =
        new java.util.concurrent.atomic.AtomicInteger(cycles);
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      String token = tokens[c % tokens.length];
      Thread t =
          new Thread(
              () -> {
                while (left.getAndDecrement() > 0) {
                  long begin = System.nanoTime();
                  cycle(base, token);
                  latencies.add(System.nanoTime() - begin);
                }
              });
      threads.add(t);
      t.start();
    }
    for (Thread t : threads) {
      t.join();
    }
    return latencies.stream().mapToLong(Long::longValue).sorted().toArray();
  }

  /**
   * Looks up {@code drafts} drafts before the measured phase, spread over the officers, 16 at a
   * time, then lets the server settle (the look-ups' ledger entries sequenced) for 3 s. Reports
   * how many the population register did not answer: their registration asks it again.
   */
  static void lookUpAhead(String base, String[] tokens, int drafts) throws Exception {
    long start = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(16);
    AtomicLong failed = new AtomicLong();
    UNNAMED.set(0);
    for (int i = 0; i < drafts; i++) {
      String token = tokens[i % tokens.length];
      pool.submit(
          () -> {
            String key = UUID.randomUUID().toString();
            if (lookUp(base, token, key)) {
              DRAFTS.computeIfAbsent(token, t -> new ConcurrentLinkedQueue<>()).add(key);
            } else {
              failed.incrementAndGet();
            }
          });
    }
    pool.shutdown();
    pool.awaitTermination(10, java.util.concurrent.TimeUnit.MINUTES);
    System.out.printf(
        "BENCH drafts looked up ahead: %d in %.1f s (%d failed; the population register did not"
            + " answer %d of them)%n",
        drafts - failed.get(), (System.nanoTime() - start) / 1e9, failed.get(), UNNAMED.get());
    Thread.sleep(3000);
  }

  /**
   * One registration of a looked-up draft: one made ahead ({@code -Dlookup=ahead}), else the
   * page's look-up now (unless -Dlookup=false), then the registration of that draft.
   */
  static boolean cycle(String base, String token) {
    ConcurrentLinkedQueue<String> ready = DRAFTS.get(token);
    String key = ready == null ? null : ready.poll();
    if (key == null) {
      key = UUID.randomUUID().toString();
      if (LOOKUP && !lookUp(base, token, key)) {
        return false;
      }
      if (AHEAD && ready != null) {
        INLINE_LOOKUPS.incrementAndGet();
      }
    }
    long start = System.nanoTime();
    boolean registered = register(base, token, key);
    if (registered) {
      REGISTRATIONS.add(System.nanoTime() - start);
    }
    return registered;
  }

  /** The person look-up the officer's page makes for the draft with this key. */
  static boolean lookUp(String base, String token, String key) {
    String body = "{\"iin\":\"" + IIN + "\",\"reason\":\"protocol draft " + key + "\"}";
    try {
      Response response = send("POST", base + "/api/persons/lookups", token, body);
      if (response.statusCode() != 200) {
        System.err.println("look-up " + response.statusCode() + " " + response.body());
        return false;
      }
      Matcher missing = MISSING.matcher(response.body());
      if (missing.find() && missing.group(1).contains("\"population\"")) {
        UNNAMED.incrementAndGet();
      }
      return true;
    } catch (Exception e) {
      System.err.println(e);
      return false;
    }
  }

  static boolean register(String base, String token, String key) {
    String body =
        "{\"idempotencyKey\":\""
            + key
            + "\",\"iin\":\"" + IIN + "\",\"article\":\"speeding-20-40\",\"offenceTime\":\""
            + Instant.now().minus(10, ChronoUnit.MINUTES)
            + "\",\"place\":\"Астана, проспект Мәңгілік Ел, 8\",\"plate\":\"123ABC01\","
            + "\"description\":\"87 км/ч при 60\",\"fineMci\":10,\"pin\":\""
            + PIN
            + "\"}";
    try {
      Response response = send("POST", base + "/api/offences/protocols", token, body);
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
    Response response =
        send(
            "POST",
            base + "/api/auth/token",
            null,
            "{\"username\":\"" + user + "\",\"password\":\"demo\"}");
    Matcher m = TOKEN.matcher(response.body());
    if (!m.find()) {
      throw new IllegalStateException(user + " could not sign in: " + response.body());
    }
    return m.group(1);
  }

  static void setPin(String base, String token) throws Exception {
    Response response = send("PUT", base + "/api/signing/pin", token, "{\"pin\":\"" + PIN + "\"}");
    if (response.statusCode() != 201 && response.statusCode() != 409) {
      throw new IllegalStateException("PIN: " + response.statusCode() + " " + response.body());
    }
  }

  /** A status and a body. */
  record Response(int statusCode, String body) {}

  /**
   * One JSON request over HTTP/1.1 with a kept-alive connection (HttpURLConnection: on these two
   * cores, which the load generator shares with the app and PostgreSQL, it took a third to a half of
   * the CPU per request of java.net.http.HttpClient, whose asynchronous machinery and HTTP/2
   * upgrade offer cost more than a blocking client per thread; the script's figure "load
   * generator" shows what is left).
   */
  static Response send(String method, String url, String token, String json) throws IOException {
    HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
    connection.setConnectTimeout(5000);
    connection.setRequestMethod(method);
    connection.setRequestProperty("Content-Type", "application/json");
    if (token != null) {
      connection.setRequestProperty("Authorization", "Bearer " + token);
    }
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    connection.setDoOutput(true);
    connection.setFixedLengthStreamingMode(bytes.length);
    try (OutputStream out = connection.getOutputStream()) {
      out.write(bytes);
    }
    int status = connection.getResponseCode();
    // read to the end, so that the connection is kept for the next request
    try (InputStream in =
        status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
      String body = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return new Response(status, body);
    }
  }

  /**
   * One line (the script reads the rate after " = "): the cycles, their latency, and the
   * registration requests' own latency.
   */
  static void report(String what, ConcurrentLinkedQueue<Long> latencies, long failures, int s) {
    long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
    long[] registrations = REGISTRATIONS.stream().mapToLong(Long::longValue).sorted().toArray();
    System.out.printf(
        "BENCH %s (%s): %d in %d s = %.1f/s, failures %d, latency p50 %.1f ms,"
            + " p90 %.1f ms, p99 %.1f ms, max %.1f ms; registration request alone p50 %.1f ms,"
            + " p99 %.1f ms%n",
        AHEAD
            ? "registrations of drafts looked up ahead (" + INLINE_LOOKUPS.get() + " inline)"
            : LOOKUP ? "cycles (draft look-up + registration)" : "registrations",
        what,
        sorted.length,
        s,
        sorted.length / (double) s,
        failures,
        ms(sorted, 50),
        ms(sorted, 90),
        ms(sorted, 99),
        sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6,
        ms(registrations, 50),
        ms(registrations, 99));
  }

  static double ms(long[] sorted, int percentile) {
    if (sorted.length == 0) {
      return 0;
    }
    int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1e6;
  }

  /**
   * CPU time (user + system, from /proc) of the app, of PostgreSQL's processes for the benchmark's
   * database, of this load generator and of the whole machine between start and stop.
   */
  static final class CpuClock {
    private static CpuClock current;
    private final long appPid;

    /** The simulators' process (-DsimulatorsPid, with BENCH_SIMULATORS=process), or null. */
    private static final Long SIMULATORS_PID =
        System.getProperty("simulatorsPid", "").isEmpty()
            ? null
            : Long.valueOf(System.getProperty("simulatorsPid"));
    private final String database;
    private double[] before;
    private double[] used;

    private CpuClock(long appPid, String database) {
      this.appPid = appPid;
      this.database = database;
    }

    static CpuClock fromProperties() {
      String pid = System.getProperty("appPid");
      String database = System.getProperty("database");
      current = pid == null || database == null ? null : new CpuClock(Long.parseLong(pid), database);
      return current;
    }

    private String lsnBefore;
    private String lsnAfter;
    private PostgresCpu postgresBefore;

    static void startIfConfigured() throws Exception {
      if (current != null) {
        current.lsnBefore = current.psql("select pg_current_wal_lsn()");
        current.before = current.read();
        current.postgresBefore = current.readPostgres();
      }
    }

    static void stopIfRunning() throws Exception {
      if (current != null && current.before != null) {
        double[] after = current.read();
        PostgresCpu postgresAfter = current.readPostgres();
        current.lsnAfter = current.psql("select pg_current_wal_lsn()");
        current.used = new double[after.length];
        for (int i = 0; i < after.length; i++) {
          current.used[i] = after[i] - current.before[i];
        }
        current.used[1] = postgresAfter.usedSince(current.postgresBefore, false);
        current.used[5] = postgresAfter.usedSince(current.postgresBefore, true);
      }
    }

    void report(long registrations) {
      if (used == null || registrations == 0) {
        return;
      }
      double n = registrations;
      System.out.printf(
          "BENCH cpu per " + (AHEAD ? "registration" : "cycle") + ": %.1f ms (app %.1f ms, postgres %.1f ms); load generator"
              + " %.1f ms; whole machine less the load generator %.1f ms (includes anything else"
              + " running); of the app's, its JIT compilers %.2f ms; of PostgreSQL's, its own"
              + " processes (WAL writer, checkpointer, background writer, autovacuum) %.2f ms%n",
          (used[0] + used[1]) / n,
          used[0] / n,
          used[1] / n,
          used[2] / n,
          (used[3] - used[2]) / n,
          used[4] / n,
          used[5] / n);
      if (SIMULATORS_PID != null) {
        System.out.printf(
            "BENCH cpu per %s of the simulators' process (the registries, the SMS gateway: other"
                + " organisations' machines in production, here on the same cores): %.1f ms%n",
            AHEAD ? "registration" : "cycle", used[6] / n);
      }
      if (lsnBefore != null && lsnAfter != null) {
        // this database's WAL (its relations' records) over the measured phase: pg_walinspect
        String wal =
            psql(
                "select format('%s records, %s bytes, of them %s in full-page images',"
                    + " count(*), coalesce(sum(record_length), 0), coalesce(sum(fpi_length), 0))"
                    + " from pg_get_wal_records_info('" + lsnBefore + "', '" + lsnAfter + "')"
                    + " where block_ref ~ ('rel [0-9]+/' || (select oid from pg_database"
                    + " where datname = current_database()) || '/')");
        Matcher m =
            Pattern.compile("(\\d+) records, (\\d+) bytes, of them (\\d+)").matcher(wal == null ? "" : wal);
        if (m.find()) {
          System.out.printf(
              "BENCH wal per registration (this database's relations, pg_walinspect): %.1f KB in"
                  + " %.1f records, of them %.1f KB full-page images%n",
              Long.parseLong(m.group(2)) / 1024.0 / n,
              Long.parseLong(m.group(1)) / n,
              Long.parseLong(m.group(3)) / 1024.0 / n);
        }
      }
    }

    /** One value from psql on the benchmark's database, or null (no psql, no pg_walinspect…). */
    private String psql(String query) {
      try {
        Process p =
            new ProcessBuilder("psql", "-d", database, "-Atc", query)
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        return p.waitFor() == 0 && !out.startsWith("ERROR") ? out : null;
      } catch (Exception e) {
        return null;
      }
    }

    /**
     * app, postgres (see {@link PostgresCpu}), load generator, machine busy, the app's JIT
     * compilers, PostgreSQL's own processes: milliseconds of CPU since boot.
     */
    private double[] read() throws Exception {
      return new double[] {
        processMillis(appPid),
        0,
        processMillis(ProcessHandle.current().pid()),
        machineBusyMillis(),
        jitMillis(appPid),
        0,
        SIMULATORS_PID == null ? 0 : processMillis(SIMULATORS_PID)
      };
    }

    /**
     * The PostgreSQL processes that work for this benchmark, each by its pid: backends of its
     * database (their title names it) and the server's processes that serve no client (WAL writer,
     * checkpointer, background writer, autovacuum), but not other databases' backends; and the
     * CPU of the server's children that ended, as the postmaster has collected it.
     */
    private PostgresCpu readPostgres() {
      Map<Long, Double> working = new HashMap<>();
      Map<Long, Double> own = new HashMap<>();
      double reaped = 0;
      for (ProcessHandle p : ProcessHandle.allProcesses().toList()) {
        String title = title(p.pid());
        boolean postgres = title.startsWith("postgres") || title.contains("/bin/postgres");
        if (!postgres) {
          continue;
        }
        boolean postmaster = title.contains("/bin/postgres");
        boolean client = title.contains("(") || title.contains("[local]");
        if (postmaster) {
          reaped += childrenMillis(p.pid());
        }
        if (!client) {
          double ms = processMillis(p.pid());
          working.put(p.pid(), ms);
          own.put(p.pid(), ms);
        } else if (title.contains(" " + database + " ")) {
          working.put(p.pid(), processMillis(p.pid()));
        }
      }
      return new PostgresCpu(working, own, reaped);
    }

    /**
     * PostgreSQL's CPU at one moment, by process. A process's counter ends with it, so the CPU
     * used between two moments is summed per pid — not as the difference of two sums, which a
     * backend that ends in between (a pool retiring a connection) would make negative: what the
     * processes alive at the end used since the start (all of it for those started since), plus
     * what the ended ones used in between (the postmaster's count of its collected children's
     * CPU, less what they had used by the start). The children collected may include another
     * database's short sessions (a psql); nothing else runs beside a measured phase.
     */
    record PostgresCpu(Map<Long, Double> working, Map<Long, Double> own, double reaped) {

      double usedSince(PostgresCpu start, boolean ownOnly) {
        Map<Long, Double> now = ownOnly ? own : working;
        Map<Long, Double> then = ownOnly ? start.own : start.working;
        double used = 0;
        for (Map.Entry<Long, Double> e : now.entrySet()) {
          used += e.getValue() - then.getOrDefault(e.getKey(), 0.0);
        }
        if (!ownOnly) {
          used += reaped - start.reaped;
          for (Map.Entry<Long, Double> e : then.entrySet()) {
            if (!now.containsKey(e.getKey())) {
              used -= e.getValue();
            }
          }
        }
        return used;
      }
    }

    /** cutime + cstime of the process: its collected children's CPU, in milliseconds. */
    static double childrenMillis(long pid) {
      return statMillis(pid, 13);
    }

    private static String title(long pid) {
      try {
        return new String(
                Files.readAllBytes(Path.of("/proc/" + pid + "/cmdline")), StandardCharsets.UTF_8)
            .replace('\0', ' ');
      } catch (Exception gone) {
        return "";
      }
    }

    /** utime + stime of the process, in milliseconds. */
    static double processMillis(long pid) {
      return statMillis(pid, 11);
    }

    /**
     * Two consecutive clock-tick counters of /proc/pid/stat (counted after the command's closing
     * parenthesis; USER_HZ is 100 on Linux), summed, in milliseconds; 0 for a process gone.
     */
    private static double statMillis(long pid, int first) {
      try {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[first]) + Long.parseLong(fields[first + 1])) * 10.0;
      } catch (Exception gone) {
        return 0;
      }
    }

    /**
     * CPU time of the process's JIT compiler threads (HotSpot's "C1 CompilerThread…" and "C2
     * CompilerThread…", truncated to 15 characters in /proc), in milliseconds.
     */
    static double jitMillis(long pid) {
      try (var tasks = Files.list(Path.of("/proc/" + pid + "/task"))) {
        return tasks
            .mapToDouble(
                task -> {
                  try {
                    String stat = Files.readString(task.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    if (!name.startsWith("C1 Compiler") && !name.startsWith("C2 Compiler")) {
                      return 0;
                    }
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10.0;
                  } catch (Exception gone) {
                    return 0;
                  }
                })
            .sum();
      } catch (Exception gone) {
        return 0;
      }
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
