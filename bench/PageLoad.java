import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load generator for docs/BENCHMARKS.md: pages and API answers as a signed-in browser asks for
 * them, one request after another on loopback (so the time at the client is the server's time plus
 * a loopback round trip), in a JVM of its own (run with {@code java bench/PageLoad.java}; JDK only,
 * no build). Used for the duty prosecutor's page (issue 12) and the investigator's cases (issue 14).
 *
 * <pre>
 * java [-DwarmUp=300] [-DwarmUpSeconds=0] [-DwarmUpWindow=100] [-Drounds=3] [-Drequests=500] \
 *   [-Dcount=TEXT,...] [-Dbearer=TOKEN] bench/PageLoad.java BASE USER PATH...
 * </pre>
 *
 * Signs in as USER (password "demo") through the login form with its CSRF token, keeps the session
 * cookie (PATHs under /api/ take bearer tokens only: they are sent BEARER, a token of USER from
 * {@code POST /api/auth/token}), asks for every PATH once (each must answer 200; with {@code
 * count}, prints how often each TEXT occurs in each first answer, e.g. the rows of a list), warms
 * up with WARM_UP requests to every PATH (and with WARM_UP_SECONDS, on until the times stop
 * falling: {@link #warmUp}), then in each of ROUNDS rounds asks for the PATHs in turn REQUESTS
 * times each. For each path and round: p50 / p90 / p99 / max at the client, the size of the
 * answer, and the server's own figures from Micrometer's {@code http.server.requests} (the difference of /actuator/prometheus
 * before and after the round): the mean and count, and, when the app publishes its histogram
 * ({@code management.metrics.distribution.percentiles-histogram.http.server.requests=true}), the
 * p99 interpolated within its bucket like Prometheus' {@code histogram_quantile}. A PATH whose
 * server figures are kept under a template names it after an {@code @}, e.g.
 * {@code /cases/6f1c…@/cases/{id}}. A PATH marked with a leading {@code ~} is asked without the
 * session cookie (e.g. {@code ~/actuator/health/liveness}, as a load balancer's probe); its server
 * figures are those of the URI without the mark unless named after an {@code @}.
 */
public class PageLoad {

  static final Pattern CSRF =
      Pattern.compile(
          "name=\"_csrf\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"_csrf\"");
  static final String BEARER = System.getProperty("bearer", "");
  static final HttpClient HTTP =
      HttpClient.newBuilder()
          .cookieHandler(new CookieManager())
          .followRedirects(HttpClient.Redirect.NORMAL)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  /** For the PATHs marked {@code ~}: no cookie, as a load balancer's health probe asks. */
  static final HttpClient ANONYMOUS =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  public static void main(String[] args) throws Exception {
    String base = args[0];
    String user = args[1];
    String[] paths = new String[args.length - 2];
    Map<String, String> uris = new LinkedHashMap<>();
    for (int i = 2; i < args.length; i++) {
      String[] pathAndUri = args[i].split("@", 2);
      paths[i - 2] = pathAndUri[0];
      uris.put(
          pathAndUri[0],
          pathAndUri.length > 1 ? pathAndUri[1] : pathAndUri[0].replaceFirst("^~", ""));
    }
    int warmUp = Integer.getInteger("warmUp", 300);
    int rounds = Integer.getInteger("rounds", 3);
    int requests = Integer.getInteger("requests", 500);
    String count = System.getProperty("count", "");
    signIn(base, user);
    for (String path : paths) {
      HttpResponse<String> first = get(base, path);
      if (first.statusCode() != 200) {
        throw new IllegalStateException(path + " answered " + first.statusCode());
      }
      for (String text : count.isEmpty() ? new String[0] : count.split(",")) {
        System.out.printf(
            "%s: %d × %s%n", path, first.body().split(Pattern.quote(text), -1).length - 1, text);
      }
    }
    warmUp(base, paths, warmUp);
    for (int round = 1; round <= rounds; round++) {
      Map<String, ServerTimes> before = serverTimes(base, uris);
      Map<String, long[]> times = new LinkedHashMap<>();
      Map<String, Integer> sizes = new LinkedHashMap<>();
      for (String path : paths) {
        times.put(path, new long[requests]);
      }
      for (int i = 0; i < requests; i++) {
        for (String path : paths) {
          long start = System.nanoTime();
          HttpResponse<String> response = get(base, path);
          times.get(path)[i] = System.nanoTime() - start;
          if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode());
          }
          sizes.put(path, response.body().getBytes(StandardCharsets.UTF_8).length);
        }
      }
      Map<String, ServerTimes> after = serverTimes(base, uris);
      for (String path : paths) {
        long[] t = times.get(path);
        Arrays.sort(t);
        ServerTimes server = after.get(path).minus(before.get(path));
        System.out.printf(
            "round %d %-32s client p50 %7.1f  p90 %7.1f  p99 %7.1f  max %7.1f ms;"
                + " server mean %7.1f  p99 %7.1f ms over %.0f (max of the last minutes %.1f ms);"
                + " %,d bytes%n",
            round,
            path,
            ms(t, 0.50),
            ms(t, 0.90),
            ms(t, 0.99),
            t[t.length - 1] / 1e6,
            server.count == 0 ? Double.NaN : server.sum / server.count * 1000,
            server.quantile(0.99) * 1000,
            server.count,
            after.get(path).max * 1000,
            sizes.get(path));
      }
    }
  }

  /**
   * At least {@code minimum} requests to every path; then, with {@code -DwarmUpSeconds=S} (0: the
   * minimum only), on in windows of {@code -DwarmUpWindow} (100) requests to every path until the
   * steady state: the median time of a window (all paths together) no lower than 0.97 × the best
   * window's before it, three windows in a row — the JIT (C2) has compiled what these requests run
   * and the caches are warm — or S more seconds, whichever first. Prints what it took.
   */
  static void warmUp(String base, String[] paths, int minimum) throws Exception {
    long seconds = Long.getLong("warmUpSeconds", 0);
    int window = Integer.getInteger("warmUpWindow", 100);
    long start = System.nanoTime();
    for (int i = 0; i < minimum; i++) {
      for (String path : paths) {
        get(base, path);
      }
    }
    if (seconds <= 0) {
      return;
    }
    long deadline = System.nanoTime() + seconds * 1_000_000_000L;
    double best = Double.MAX_VALUE;
    double first = Double.NaN;
    double last = Double.NaN;
    int flat = 0;
    int windows = 0;
    do {
      long[] t = new long[window * paths.length];
      int n = 0;
      for (int i = 0; i < window; i++) {
        for (String path : paths) {
          long begin = System.nanoTime();
          get(base, path);
          t[n++] = System.nanoTime() - begin;
        }
      }
      Arrays.sort(t);
      last = ms(t, 0.5);
      if (windows++ == 0) {
        first = last;
      }
      flat = last >= 0.97 * best ? flat + 1 : 0;
      best = Math.min(best, last);
    } while (flat < 3 && System.nanoTime() < deadline);
    System.out.printf(
        "warm-up: %d + %d × %d requests per path in %.0f s; window median %.2f -> %.2f ms (best %.2f);"
            + " %s%n",
        minimum,
        windows,
        window,
        (System.nanoTime() - start) / 1e9,
        first,
        last,
        best,
        flat >= 3 ? "steady (3 windows without a 3 % gain)" : "NOT steady: stopped at the time limit");
  }

  static double ms(long[] sorted, double q) {
    int index = (int) Math.ceil(q * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
  }

  static HttpResponse<String> get(String base, String path) throws Exception {
    boolean anonymous = path.startsWith("~");
    String uri = anonymous ? path.substring(1) : path;
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + uri)).GET();
    if (uri.startsWith("/api/")) {
      request.header("Authorization", "Bearer " + BEARER);
    }
    return (anonymous ? ANONYMOUS : HTTP).send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  static void signIn(String base, String user) throws Exception {
    Matcher csrf = CSRF.matcher(get(base, "/login").body());
    if (!csrf.find()) {
      throw new IllegalStateException("No CSRF token on the login page");
    }
    String token = csrf.group(1) != null ? csrf.group(1) : csrf.group(2);
    String form =
        "username="
            + URLEncoder.encode(user, StandardCharsets.UTF_8)
            + "&password=demo&_csrf="
            + URLEncoder.encode(token, StandardCharsets.UTF_8);
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200 || response.uri().getPath().startsWith("/login")) {
      throw new IllegalStateException("Sign-in as " + user + " failed: " + response.uri());
    }
  }

  /**
   * What Micrometer's {@code http.server.requests} says of one path (all outcomes): count, total
   * seconds, the cumulative histogram buckets (upper bound in seconds to count) if published, and
   * the max of its last minutes.
   */
  record ServerTimes(double count, double sum, TreeMap<Double, Double> buckets, double max) {

    ServerTimes minus(ServerTimes earlier) {
      TreeMap<Double, Double> delta = new TreeMap<>();
      buckets.forEach((le, n) -> delta.put(le, n - earlier.buckets.getOrDefault(le, 0.0)));
      return new ServerTimes(count - earlier.count, sum - earlier.sum, delta, max);
    }

    /** The q-quantile in seconds, linear within its bucket; NaN without a histogram. */
    double quantile(double q) {
      if (buckets.isEmpty() || count == 0) {
        return Double.NaN;
      }
      double rank = q * count;
      double lower = 0;
      double below = 0;
      for (Map.Entry<Double, Double> bucket : buckets.entrySet()) {
        if (bucket.getValue() >= rank) {
          if (bucket.getKey().isInfinite()) {
            return lower;
          }
          double inBucket = bucket.getValue() - below;
          return lower + (bucket.getKey() - lower) * (inBucket == 0 ? 1 : (rank - below) / inBucket);
        }
        lower = bucket.getKey();
        below = bucket.getValue();
      }
      return lower;
    }
  }

  static final Pattern LE = Pattern.compile("le=\"([^\"]+)\"");

  /** Per path, the server's figures kept under its URI (template). */
  static Map<String, ServerTimes> serverTimes(String base, Map<String, String> uris)
      throws Exception {
    String metrics = get(base, "/actuator/prometheus").body();
    Map<String, ServerTimes> result = new LinkedHashMap<>();
    for (Map.Entry<String, String> path : uris.entrySet()) {
      double count = 0;
      double sum = 0;
      double max = 0;
      TreeMap<Double, Double> buckets = new TreeMap<>();
      for (String line : metrics.split("\n")) {
        if (!line.contains("uri=\"" + path.getValue() + "\"")) {
          continue;
        }
        double value = Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
        if (line.startsWith("http_server_requests_seconds_count{")) {
          count += value;
        } else if (line.startsWith("http_server_requests_seconds_sum{")) {
          sum += value;
        } else if (line.startsWith("http_server_requests_seconds_max{")) {
          max = Math.max(max, value);
        } else if (line.startsWith("http_server_requests_seconds_bucket{")) {
          Matcher le = LE.matcher(line);
          if (le.find()) {
            double bound =
                le.group(1).equals("+Inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(le.group(1));
            buckets.merge(bound, value, Double::sum);
          }
        }
      }
      result.put(path.getKey(), new ServerTimes(count, sum, buckets, max));
    }
    return result;
  }
}
