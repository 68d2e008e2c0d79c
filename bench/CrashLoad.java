import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load of the crash test (bench/run-crash-test.sh, issue 13), in a JVM of its own (run with
 * {@code java bench/CrashLoad.java}; JDK only): clients register protocols and look persons up
 * through ecase's HTTP API while the app is killed and restarted under them.
 *
 * <pre>
 * BASE USERS CLIENTS ACKED STOP [DECIDE_EVERY]
 * </pre>
 *
 * Each registration has an idempotency key of its own; when no answer comes (the app died, the
 * database restarts) the client asks again with the same key until it gets one, as a real client
 * would. Every registration answered 201/200 is written to ACKED at once ({@code id number key
 * user}, one a line, flushed): those are the registrations the client saw acknowledged. Every
 * DECIDE_EVERY-th protocol (default 10) is then served and decided (a fine), so that the
 * enforcement referral has work when the app's clock is put ahead. Clients stop when the file STOP
 * exists; the summary goes to stdout.
 */
public class CrashLoad {

  static final String PIN = "135790";
  static final Pattern TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
  static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
  static final Pattern NUMBER = Pattern.compile("\"number\"\\s*:\\s*\"([^\"]+)\"");
  static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  static final AtomicLong acknowledged = new AtomicLong();
  static final AtomicLong unanswered = new AtomicLong();
  static final AtomicLong refused = new AtomicLong();
  static final AtomicLong lookups = new AtomicLong();
  static final AtomicLong lookupsRefused = new AtomicLong();
  static final AtomicLong decided = new AtomicLong();

  static String base;
  static Path stop;
  static PrintWriter acked;

  public static void main(String[] args) throws Exception {
    base = args[0];
    String[] users = args[1].split(",");
    int clients = Integer.parseInt(args[2]);
    acked = new PrintWriter(Files.newBufferedWriter(Path.of(args[3])), false);
    stop = Path.of(args[4]);
    int decideEvery = args.length > 5 ? Integer.parseInt(args[5]) : 10;
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      String user = users[c % users.length];
      Thread t = new Thread(() -> run(user, decideEvery), "client-" + c);
      threads.add(t);
      t.start();
    }
    for (Thread t : threads) {
      t.join();
    }
    acked.close();
    System.out.printf(
        "LOAD acknowledged %d, unanswered attempts %d, refused %d, decided %d, look-ups %d"
            + " (refused %d)%n",
        acknowledged.get(),
        unanswered.get(),
        refused.get(),
        decided.get(),
        lookups.get(),
        lookupsRefused.get());
  }

  static boolean stopping() {
    return Files.exists(stop);
  }

  static void run(String user, int decideEvery) {
    Client client = new Client(user);
    long count = 0;
    while (!stopping()) {
      String key = UUID.randomUUID().toString();
      String[] protocol = client.register(key);
      if (protocol == null) {
        continue; // refused or stopping
      }
      count++;
      if (count % decideEvery == 0) {
        if (client.step(protocol[0], "SERVE") && client.step(protocol[0], "DECIDE_FINE")) {
          decided.incrementAndGet();
        }
      }
      if (count % 3 == 0) {
        client.lookUp();
      }
    }
  }

  static final class Client {
    final String user;
    String token;

    Client(String user) {
      this.user = user;
    }

    /** Id and number of the registered protocol, or null when refused or stopping. */
    String[] register(String key) {
      String body =
          "{\"idempotencyKey\":\""
              + key
              + "\",\"iin\":\"850315401231\",\"article\":\"speeding-20-40\",\"offenceTime\":\""
              + Instant.now().minus(10, ChronoUnit.MINUTES)
              + "\",\"place\":\"Астана, проспект Мәңгілік Ел, 8\",\"plate\":\"123ABC01\","
              + "\"description\":\"87 км/ч при 60\",\"fineMci\":10,\"pin\":\""
              + PIN
              + "\"}";
      while (!stopping()) {
        HttpResponse<String> response = post("/api/offences/protocols", body);
        if (response == null) {
          continue; // no answer: ask again with the same key
        }
        int status = response.statusCode();
        if (status == 201 || status == 200) {
          Matcher id = ID.matcher(response.body());
          Matcher number = NUMBER.matcher(response.body());
          if (!id.find() || !number.find()) {
            System.err.println("answer without id or number: " + response.body());
            refused.incrementAndGet();
            return null;
          }
          String[] protocol = {id.group(1), number.group(1)};
          synchronized (acked) {
            acked.println(protocol[0] + " " + protocol[1] + " " + key + " " + user);
            acked.flush();
          }
          acknowledged.incrementAndGet();
          return protocol;
        }
        if (status >= 500) {
          unanswered.incrementAndGet();
          pause();
          continue; // e.g. the database restarting: ask again with the same key
        }
        refused.incrementAndGet();
        System.err.println("registration refused: " + status + " " + response.body());
        return null;
      }
      return null;
    }

    boolean step(String id, String transition) {
      String body = "{\"transition\":\"" + transition + "\",\"pin\":\"" + PIN + "\"}";
      for (int attempt = 0; attempt < 100 && !stopping(); attempt++) {
        HttpResponse<String> response = post("/api/offences/protocols/" + id + "/events", body);
        if (response == null || response.statusCode() >= 500) {
          pause();
          continue;
        }
        // 409: taken by the attempt whose answer was lost
        return response.statusCode() == 201 || response.statusCode() == 409;
      }
      return false;
    }

    void lookUp() {
      HttpResponse<String> response =
          post("/api/persons/lookups", "{\"iin\":\"850315401231\",\"reason\":\"crash test\"}");
      if (response != null && response.statusCode() == 200) {
        lookups.incrementAndGet();
      } else {
        lookupsRefused.incrementAndGet();
      }
    }

    /** The answer, or null when none came (signs in again on 401). */
    HttpResponse<String> post(String path, String body) {
      try {
        if (token == null) {
          token = signIn();
        }
        HttpResponse<String> response =
            HTTP.send(
                HttpRequest.newBuilder(URI.create(base + path))
                    .timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + token)
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 401) {
          token = null; // e.g. expired when the app's clock was put ahead
          unanswered.incrementAndGet();
          return null;
        }
        return response;
      } catch (IOException | RuntimeException e) {
        unanswered.incrementAndGet();
        pause();
        return null;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }

    String signIn() throws IOException, InterruptedException {
      HttpResponse<String> response =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(base + "/api/auth/token"))
                  .timeout(Duration.ofSeconds(30))
                  .header("Content-Type", "application/json")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          "{\"username\":\"" + user + "\",\"password\":\"demo\"}"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      Matcher m = TOKEN.matcher(response.body());
      if (!m.find()) {
        throw new IOException(user + " could not sign in: " + response.statusCode());
      }
      String signedIn = m.group(1);
      HttpResponse<String> pin =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(base + "/api/signing/pin"))
                  .timeout(Duration.ofSeconds(30))
                  .header("Content-Type", "application/json")
                  .header("Authorization", "Bearer " + signedIn)
                  .PUT(HttpRequest.BodyPublishers.ofString("{\"pin\":\"" + PIN + "\"}"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (pin.statusCode() != 201 && pin.statusCode() != 409) {
        throw new IOException("PIN: " + pin.statusCode());
      }
      return signedIn;
    }
  }

  static void pause() {
    try {
      Thread.sleep(250);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
