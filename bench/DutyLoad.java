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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load generator for docs/BENCHMARKS.md (issue 12): the duty prosecutor's page and its clocks
 * fragment as a signed-in browser asks for them, one request after another on loopback (so the
 * time at the client is the server's time plus a loopback round trip), in a JVM of its own (run
 * with {@code java bench/DutyLoad.java}; JDK only, no build).
 *
 * <pre>
 * java [-DwarmUp=300] [-Drounds=3] [-Drequests=500] bench/DutyLoad.java BASE USER PATH...
 * </pre>
 *
 * Signs in as USER (password "demo") through the login form with its CSRF token, keeps the session
 * cookie, warms up with WARM_UP requests to every PATH, then in each of ROUNDS rounds asks for the
 * PATHs in turn REQUESTS times each. For each path and round: p50 / p90 / p99 / max at the client,
 * the size of the answer, and the server's own mean and count from Micrometer's
 * {@code http.server.requests} (the difference of /actuator/prometheus before and after the round).
 */
public class DutyLoad {

  static final Pattern CSRF =
      Pattern.compile(
          "name=\"_csrf\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"_csrf\"");
  static final HttpClient HTTP =
      HttpClient.newBuilder()
          .cookieHandler(new CookieManager())
          .followRedirects(HttpClient.Redirect.NORMAL)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  public static void main(String[] args) throws Exception {
    String base = args[0];
    String user = args[1];
    String[] paths = Arrays.copyOfRange(args, 2, args.length);
    int warmUp = Integer.getInteger("warmUp", 300);
    int rounds = Integer.getInteger("rounds", 3);
    int requests = Integer.getInteger("requests", 500);
    signIn(base, user);
    for (String path : paths) {
      HttpResponse<String> first = get(base, path);
      if (first.statusCode() != 200) {
        throw new IllegalStateException(path + " answered " + first.statusCode());
      }
    }
    for (int i = 0; i < warmUp; i++) {
      for (String path : paths) {
        get(base, path);
      }
    }
    for (int round = 1; round <= rounds; round++) {
      Map<String, double[]> before = serverTimes(base, paths);
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
      Map<String, double[]> after = serverTimes(base, paths);
      for (String path : paths) {
        long[] t = times.get(path);
        Arrays.sort(t);
        double[] b = before.get(path);
        double[] a = after.get(path);
        double count = a[0] - b[0];
        double serverMean = count == 0 ? Double.NaN : (a[1] - b[1]) / count * 1000;
        System.out.printf(
            "round %d %-32s client p50 %7.1f  p90 %7.1f  p99 %7.1f  max %7.1f ms;"
                + " server mean %7.1f ms over %.0f; %,d bytes%n",
            round,
            path,
            ms(t, 0.50),
            ms(t, 0.90),
            ms(t, 0.99),
            t[t.length - 1] / 1e6,
            serverMean,
            count,
            sizes.get(path));
      }
    }
  }

  static double ms(long[] sorted, double q) {
    int index = (int) Math.ceil(q * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
  }

  static HttpResponse<String> get(String base, String path) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
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

  /** Count and total seconds of http.server.requests per path (all outcomes), from Prometheus. */
  static Map<String, double[]> serverTimes(String base, String[] paths) throws Exception {
    String metrics = get(base, "/actuator/prometheus").body();
    Map<String, double[]> result = new LinkedHashMap<>();
    for (String path : paths) {
      double[] sums = new double[2];
      for (String line : metrics.split("\n")) {
        if (!line.contains("uri=\"" + path + "\"")) {
          continue;
        }
        double value = Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
        if (line.startsWith("http_server_requests_seconds_count{")) {
          sums[0] += value;
        } else if (line.startsWith("http_server_requests_seconds_sum{")) {
          sums[1] += value;
        }
      }
      result.put(path, sums);
    }
    return result;
  }
}
