package kz.ecase.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.group;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.core.CoreDsl.rampConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.rampUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.randomSwitch;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.Assertion;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * A working day of ecase as a load: officers registering protocols (a draft look-up, the fine's
 * preview, the signed registration), officers and investigators looking people and plates up, staff
 * searching, officers reading their protocols, investigators working on their cases, and citizens
 * reading the portal. docs/BENCHMARKS.md ("Load mix (Gatling)") gives the reasoning of the weights;
 * bench/run-load-mix.sh prepares the accounts and runs it.
 *
 * <p>Each virtual user is one journey: it draws the journey by the weights below (the same
 * proportions in the open and the closed model), takes an account of the journey's role, does it
 * and leaves. Staff sign in once before the measured phase (a setup scenario; officers set their
 * signing PIN there) and keep their token, as people do during a shift; a token is asked for again
 * after 10 minutes (tokens live 15). A citizen signs in on a visit to the portal (within the
 * journey's group), unless they visited in the last 10 minutes.
 *
 * <p>System properties (all optional):
 *
 * <pre>
 * baseUrl       http://localhost:8080 (the app, or a load balancer in front of several nodes)
 * model         open (journeys arrive at a rate) | closed (a fixed number of users, saturation)
 * rate          journeys per second in the open model (2)
 * users         concurrent users in the closed model (16)
 * seconds       the measured phase (60), after a ramp of rampSeconds (10)
 * think         seconds a person takes between two requests of a journey (open 1, closed 0)
 * officers      officer accounts, comma-separated (officer)
 * investigators investigator accounts (investigator)
 * citizens      citizen accounts (citizen)
 * password      every account's password (demo)
 * pin           the officers' signing PIN (135790)
 * signInRate    staff sign-ins per second before the day (4)
 * persons       how many people the officers meet (5000; People.iin(k))
 * searchTerms   a file of search texts, one a line (IINs, plates, numbers, names of the data
 *               loaded); without it, texts of the people the mix registers protocols for
 * maxFailedPercent  fail the run when more requests fail (an assertion; off when unset)
 * </pre>
 */
public class EcaseMix extends Simulation {

  // The working day, in journeys per 100 (see docs/BENCHMARKS.md, "Load mix (Gatling)").
  static final double REGISTRATION = 20;
  static final double LOOKUP = 25;
  static final double SEARCH = 20;
  static final double OWN_PROTOCOLS = 10;
  static final double CASE_WORK = 10;
  static final double PORTAL = 15;

  static final Duration TOKEN_REFRESH = Duration.ofMinutes(10);
  static final List<String> ARTICLES =
      List.of(
          "speeding-10-20:5",
          "speeding-10-20:5",
          "speeding-20-40:10",
          "seat-belt:5",
          "parking-rules:5",
          "red-light:10",
          "phone-while-driving:5",
          "give-way-to-pedestrians:10");
  static final List<String> SURNAMES =
      List.of("Ахметов", "Оспанов", "Омаров", "Сейітов", "Иванов", "Петров", "Смирнов", "Кузнецов");

  /** Tokens of the accounts, shared by the virtual users acting as them. */
  static final Map<String, Token> TOKENS = new ConcurrentHashMap<>();

  /** Numbers of the protocols registered in this run, for searches by number. */
  static final List<String> NUMBERS = new CopyOnWriteArrayList<>();

  record Token(String value, Instant at) {
    boolean fresh() {
      return at.plus(TOKEN_REFRESH).isAfter(Instant.now());
    }
  }

  final String baseUrl = System.getProperty("baseUrl", "http://localhost:8080");
  final boolean closed = "closed".equals(System.getProperty("model", "open"));
  final double rate = Double.parseDouble(System.getProperty("rate", "2"));
  final int users = Integer.getInteger("users", 16);
  final int seconds = Integer.getInteger("seconds", 60);
  final int rampSeconds = Integer.getInteger("rampSeconds", 10);
  final double think = Double.parseDouble(System.getProperty("think", closed ? "0" : "1"));
  final List<String> officers = accounts("officers", "officer");
  final List<String> investigators = accounts("investigators", "investigator");
  final List<String> citizens = accounts("citizens", "citizen");
  final String password = System.getProperty("password", "demo");
  final String pin = System.getProperty("pin", "135790");
  final int persons = Integer.getInteger("persons", 5000);
  final int signInRate = Integer.getInteger("signInRate", 4);
  final List<String> searchTerms = searchTerms();

  final HttpProtocolBuilder protocol =
      http.baseUrl(baseUrl)
          .acceptHeader("application/json")
          .contentTypeHeader("application/json")
          .userAgentHeader("ecase-load-mix")
          .shareConnections();

  // ---- signing in ----------------------------------------------------------------------------

  /** The account's token from the shared ones, or a new one (signing in) when it has none. */
  ChainBuilder token() {
    return exec(EcaseMix::cachedToken)
        .doIf(session -> !session.contains("token"))
        .then(
            exec(http("sign in")
                    .post("/api/auth/token")
                    .body(
                        StringBody("{\"username\":\"#{user}\",\"password\":\"" + password + "\"}"))
                    .check(status().is(200), jsonPath("$.access_token").saveAs("token")))
                .exec(EcaseMix::shareToken))
        .exitHereIfFailed();
  }

  static Session cachedToken(Session session) {
    Token token = TOKENS.get(session.getString("user"));
    Session cleared = session.remove("token");
    return token != null && token.fresh() ? cleared.set("token", token.value()) : cleared;
  }

  static Session shareToken(Session session) {
    if (session.contains("token")) {
      TOKENS.put(session.getString("user"), new Token(session.getString("token"), Instant.now()));
    }
    return session;
  }

  /**
   * Before the day starts: staff sign in (a few a second: each sign-in checks a bcrypt hash, a
   * storm of them would measure nothing but that); officers set their signing PIN. Citizens sign in
   * when they visit the portal.
   */
  ScenarioBuilder signInStaff() {
    List<Map<String, Object>> staff = new ArrayList<>();
    officers.forEach(u -> staff.add(Map.of("user", u, "officer", true)));
    investigators.forEach(u -> staff.add(Map.of("user", u, "officer", false)));
    return scenario("sign in before the day")
        .feed(staff.iterator())
        .exec(token())
        .doIf(session -> session.getBoolean("officer") && session.contains("token"))
        .then(
            exec(
                http("set signing PIN")
                    .put("/api/signing/pin")
                    .header("Authorization", "Bearer #{token}")
                    .body(StringBody("{\"pin\":\"" + pin + "\"}"))
                    // 409: set on an earlier run
                    .check(status().in(200, 201, 409))));
  }

  int staff() {
    return officers.size() + investigators.size();
  }

  // ---- the journeys --------------------------------------------------------------------------

  /** An officer at a traffic stop: looks the person up for the draft, sees the fine, signs. */
  ChainBuilder registration() {
    return exec(session -> session.set("user", pick(officers)).setAll(protocolDraft()))
        .exec(token())
        .exec(
            group("officer: register a protocol")
                .on(
                    exec(http("draft look-up")
                            .post("/api/persons/lookups")
                            .header("Authorization", "Bearer #{token}")
                            .body(
                                StringBody(
                                    "{\"iin\":\"#{iin}\",\"reason\":\"protocol draft #{key}\"}"))
                            .check(status().is(200)))
                        .exec(thinking())
                        .exec(
                            http("fine preview")
                                .post("/api/offences/protocols/preview")
                                .header("Authorization", "Bearer #{token}")
                                .body(
                                    StringBody(
                                        "{\"iin\":\"#{iin}\",\"article\":\"#{article}\","
                                            + "\"offenceTime\":\"#{offenceTime}\","
                                            + "\"fineMci\":#{fineMci}}"))
                                .check(status().is(200)))
                        .exec(thinking())
                        .exec(
                            http("register")
                                .post("/api/offences/protocols")
                                .header("Authorization", "Bearer #{token}")
                                .body(
                                    StringBody(
                                        "{\"idempotencyKey\":\"#{key}\",\"iin\":\"#{iin}\","
                                            + "\"article\":\"#{article}\","
                                            + "\"offenceTime\":\"#{offenceTime}\","
                                            + "\"place\":\"#{place}\",\"plate\":\"#{plate}\","
                                            + "\"description\":\"load mix\",\"fineMci\":#{fineMci},"
                                            + "\"pin\":\""
                                            + pin
                                            + "\"}"))
                                .check(status().is(201), jsonPath("$.number").saveAs("number")))
                        .exec(
                            session -> {
                              if (session.contains("number") && NUMBERS.size() < 10_000) {
                                NUMBERS.add(session.getString("number"));
                              }
                              return session;
                            })));
  }

  Map<String, Object> protocolDraft() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    int k = random.nextInt(persons);
    String[] article = ARTICLES.get(random.nextInt(ARTICLES.size())).split(":");
    Map<String, Object> draft = new HashMap<>();
    draft.put("key", UUID.randomUUID().toString());
    draft.put("iin", People.iin(k));
    // 70 %: the person's own car, else another's (a borrowed or company car)
    draft.put("plate", People.plate(random.nextInt(10) < 7 ? k : random.nextInt(persons)));
    draft.put("article", article[0]);
    draft.put("fineMci", article[1]);
    draft.put(
        "offenceTime", Instant.now().minus(5 + random.nextInt(30), ChronoUnit.MINUTES).toString());
    draft.put("place", "Астана, проспект Мәңгілік Ел, " + (1 + random.nextInt(80)));
    return draft;
  }

  /** A stop or a call that ends without a protocol: the person, and half the time the car. */
  ChainBuilder lookup() {
    return exec(session ->
            session
                .set("user", random().nextInt(4) == 0 ? pick(investigators) : pick(officers))
                .set("k", random().nextInt(persons)))
        .exec(token())
        .exec(
            group("staff: person and plate look-up")
                .on(
                    exec(http("person look-up")
                            .post("/api/persons/lookups")
                            .header("Authorization", "Bearer #{token}")
                            .body(
                                StringBody(
                                    session ->
                                        "{\"iin\":\""
                                            + People.iin(session.getInt("k"))
                                            + "\",\"reason\":\"document check at a stop\"}"))
                            .check(status().is(200)))
                        .doIf(session -> session.getInt("k") % 2 == 0)
                        .then(
                            exec(thinking())
                                .exec(
                                    http("plate look-up")
                                        .post("/api/persons/lookups/plates")
                                        .header("Authorization", "Bearer #{token}")
                                        .body(
                                            StringBody(
                                                session ->
                                                    "{\"plate\":\""
                                                        + People.plate(session.getInt("k"))
                                                        + "\",\"reason\":\"document check at a"
                                                        + " stop\"}"))
                                        .check(status().is(200))))));
  }

  /** Staff searching protocols by one text: an IIN, a plate, a number or a name. */
  ChainBuilder search() {
    return exec(session ->
            session
                .set("user", random().nextInt(4) == 0 ? pick(investigators) : pick(officers))
                .set("q", searchText()))
        .exec(token())
        .exec(
            group("staff: search")
                .on(
                    exec(
                        http("search")
                            .get("/api/offences/search")
                            .queryParam("q", "#{q}")
                            .header("Authorization", "Bearer #{token}")
                            .check(status().is(200)))));
  }

  String searchText() {
    if (!searchTerms.isEmpty()) {
      return pick(searchTerms);
    }
    int kind = random().nextInt(100);
    int k = random().nextInt(persons);
    if (kind < 40) {
      return People.iin(k);
    }
    if (kind < 65) {
      return People.plate(k);
    }
    if (kind < 80 && !NUMBERS.isEmpty()) {
      return pick(NUMBERS);
    }
    return pick(SURNAMES);
  }

  /** An officer going through their protocols and opening one. */
  ChainBuilder ownProtocols() {
    return exec(session -> session.set("user", pick(officers)).remove("protocolId"))
        .exec(token())
        .exec(
            group("officer: own protocols")
                .on(
                    exec(http("own protocols")
                            .get("/api/offences/protocols?limit=50")
                            .header("Authorization", "Bearer #{token}")
                            .check(
                                status().is(200),
                                jsonPath("$[*].id").findRandom().optional().saveAs("protocolId")))
                        .doIf(session -> session.contains("protocolId"))
                        .then(
                            exec(thinking())
                                .exec(
                                    http("a protocol")
                                        .get("/api/offences/protocols/#{protocolId}?purpose=review")
                                        .header("Authorization", "Bearer #{token}")
                                        .check(status().is(200))))));
  }

  /** An investigator's case work: the running cases, one of them, the alerts. */
  ChainBuilder caseWork() {
    return exec(session -> session.set("user", pick(investigators)).remove("caseId"))
        .exec(token())
        .exec(
            group("investigator: case work")
                .on(
                    exec(http("running cases")
                            .get("/api/cases?limit=50")
                            .header("Authorization", "Bearer #{token}")
                            .check(
                                status().is(200),
                                jsonPath("$[*].id").findRandom().optional().saveAs("caseId")))
                        .doIf(session -> session.contains("caseId"))
                        .then(
                            exec(thinking())
                                .exec(
                                    http("a case")
                                        .get("/api/cases/#{caseId}?purpose=investigation")
                                        .header("Authorization", "Bearer #{token}")
                                        .check(status().is(200))))
                        .exec(
                            http("alerts")
                                .get("/api/alerts?limit=20")
                                .header("Authorization", "Bearer #{token}")
                                .check(status().is(200)))));
  }

  /** A citizen after the SMS notice: their protocols, one of them, who looked them up. */
  ChainBuilder portal() {
    return exec(session -> session.set("user", pick(citizens)).remove("protocolId"))
        .exec(
            group("citizen: portal")
                .on(
                    exec(token())
                        .exec(
                            http("my protocols")
                                .get("/api/offences/my-protocols")
                                .header("Authorization", "Bearer #{token}")
                                .check(
                                    status().is(200),
                                    jsonPath("$[*].id")
                                        .findRandom()
                                        .optional()
                                        .saveAs("protocolId")))
                        .doIf(session -> session.contains("protocolId"))
                        .then(
                            exec(thinking())
                                .exec(
                                    http("my protocol")
                                        .get("/api/offences/my-protocols/#{protocolId}")
                                        .header("Authorization", "Bearer #{token}")
                                        .check(status().is(200))))
                        .exec(thinking())
                        .exec(
                            http("look-ups about me")
                                .get("/api/persons/lookups/about-me")
                                .header("Authorization", "Bearer #{token}")
                                .check(status().is(200)))
                        .exec(
                            http("my cases")
                                .get("/api/cases/as-participant")
                                .header("Authorization", "Bearer #{token}")
                                .check(status().is(200)))));
  }

  ChainBuilder thinking() {
    return think <= 0
        ? exec(session -> session)
        : pause(Duration.ofMillis((long) (think * 500)), Duration.ofMillis((long) (think * 1500)));
  }

  ScenarioBuilder workingDay() {
    return scenario("working day")
        .exec(
            randomSwitch()
                .on(
                    percent(REGISTRATION).then(registration()),
                    percent(LOOKUP).then(lookup()),
                    percent(SEARCH).then(search()),
                    percent(OWN_PROTOCOLS).then(ownProtocols()),
                    percent(CASE_WORK).then(caseWork()),
                    percent(PORTAL).then(portal())));
  }

  {
    PopulationBuilder day =
        closed
            ? workingDay()
                .injectClosed(
                    rampConcurrentUsers(1).to(users).during(rampSeconds),
                    constantConcurrentUsers(users).during(seconds))
            : workingDay()
                .injectOpen(
                    rampUsersPerSec(rate / 10).to(rate).during(rampSeconds),
                    constantUsersPerSec(rate).during(seconds));
    List<Assertion> assertions = new ArrayList<>();
    String maxFailed = System.getProperty("maxFailedPercent");
    if (maxFailed != null && !maxFailed.isBlank()) {
      assertions.add(global().failedRequests().percent().lt(Double.parseDouble(maxFailed)));
    }
    setUp(
            signInStaff()
                .injectOpen(rampUsers(staff()).during(Math.max(1, staff() / signInRate)))
                .andThen(day))
        .protocols(protocol)
        .assertions(assertions)
        .maxDuration(Duration.ofSeconds(rampSeconds + seconds + 300L));
  }

  // ---- helpers -------------------------------------------------------------------------------

  static ThreadLocalRandom random() {
    return ThreadLocalRandom.current();
  }

  static <T> T pick(List<T> list) {
    return list.get(random().nextInt(list.size()));
  }

  static List<String> accounts(String property, String fallback) {
    return Stream.of(System.getProperty(property, fallback).split(","))
        .map(String::trim)
        .filter(s -> !s.isEmpty())
        .toList();
  }

  static List<String> searchTerms() {
    String file = System.getProperty("searchTerms");
    if (file == null || file.isBlank()) {
      return List.of();
    }
    try (Stream<String> lines = Files.lines(Path.of(file))) {
      return lines.map(String::trim).filter(s -> !s.isEmpty()).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
