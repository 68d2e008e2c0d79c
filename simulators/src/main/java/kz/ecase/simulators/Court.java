package kz.ecase.simulators;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A simulated court system under {@code /court/}: {@code POST /court/cases?reference=…} accepts a
 * court file (a ZIP whose {@code manifest.json} names the criminal case) and answers the court case
 * opened for it (201), or, for a reference it has seen, the same case again (200: never a second
 * case; the first file is kept); {@code GET /court/cases/{caseNumber}} shows a case, {@code GET
 * /court/cases?changedSince=<instant>} the cases whose status changed after that moment, and {@code
 * GET /court/checkpoint} the newest checkpoint of ecase's ledger among the files it accepted (from
 * which ecase proves consistency in the next file).
 *
 * <p>The clerk's side is the admin API under {@code /admin/court}: {@code …/cases/{n}/decision}
 * ({@code {"kind": "SENTENCE"|"ORDER", "text": …}}), {@code …/cases/{n}/return} ({@code {"reason":
 * …}}), {@code GET …/cases/{n}/file} (the file as kept), {@code GET …/references/{reference}}
 * (submissions and cases of a reference), {@code GET|PUT …/settings} (decide by itself after {@code
 * autoDecideAfterSeconds}, or never: {@code null}), {@code GET|PUT …/checkpoint}, and {@code
 * GET|PUT /admin/court} for the behaviour (latency, errors, hangs, outage, API key) with the fields
 * of a registry's.
 */
public final class Court implements HttpHandler {

  static final String ADMIN_PATH = "/admin/court";
  private static final String CASES = "/court/cases";
  private static final String CHECKPOINT = "/court/checkpoint";
  private static final String ADMIN_CASES = ADMIN_PATH + "/cases/";
  private static final String ADMIN_REFERENCES = ADMIN_PATH + "/references/";
  private static final int MAX_REFERENCE = 64;
  private static final int MAX_TEXT = 20_000;

  /** The largest court file it accepts. */
  static final int MAX_FILE_BYTES = 64 * 1024 * 1024;

  private final ReferencedCases<CourtCase> cases =
      new ReferencedCases<>(CourtCase::caseNumber, CourtCase::changedAt);
  private final Map<String, byte[]> files = new ConcurrentHashMap<>();
  private final JsonMapper mapper;
  private final BehaviourJson json;
  private final AnswerWriter writer;
  private final Clock clock;
  private volatile Behaviour behaviour = Behaviour.DEFAULT;
  private volatile CourtSettings settings = CourtSettings.DEFAULT;
  private volatile CourtCheckpoint checkpoint = CourtCheckpoint.EMPTY;

  Court(JsonMapper mapper, AnswerWriter writer, Clock clock) {
    this.mapper = mapper;
    this.json = new BehaviourJson(mapper);
    this.writer = writer;
    this.clock = clock;
  }

  /** How the service behaves (latency, errors, outage…) from the next request on. */
  public Behaviour behaviour() {
    return behaviour;
  }

  public void configure(Behaviour behaviour) {
    this.behaviour = Objects.requireNonNull(behaviour, "behaviour");
  }

  /** Whether and when the court decides by itself. */
  public CourtSettings settings() {
    return settings;
  }

  public void configure(CourtSettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  /** The newest checkpoint of ecase's ledger the court knows. */
  public CourtCheckpoint checkpoint() {
    return checkpoint;
  }

  /** Makes the court know this checkpoint as its newest (e.g. one it was given another way). */
  public void learn(CourtCheckpoint known) {
    this.checkpoint = Objects.requireNonNull(known, "checkpoint");
  }

  /** The case opened for this reference, if any, as it stands at the court's clock. */
  public Optional<CourtCase> caseOf(String reference) {
    settle(clock.instant());
    return cases.ofReference(reference);
  }

  /** The court file the court keeps for this case (the first one accepted for its reference). */
  public Optional<byte[]> fileOf(String caseNumber) {
    return Optional.ofNullable(files.get(caseNumber)).map(byte[]::clone);
  }

  /** How many cases were opened for this reference: at most one, whatever the sender repeats. */
  public int casesCreated(String reference) {
    return cases.casesCreated(reference);
  }

  /** How many times a court file was submitted (and accepted or answered again) under it. */
  public int submissions(String reference) {
    return cases.submissions(reference);
  }

  /**
   * The court decides the case: a sentence or an order, with its text.
   *
   * @throws IllegalArgumentException for an unknown or closed case, another kind, no text
   */
  public synchronized CourtCase decide(String caseNumber, String kind, String text) {
    if (kind == null || !CourtCase.DECISIONS.contains(kind)) {
      throw new IllegalArgumentException("kind: SENTENCE or ORDER");
    }
    requireText("text", text);
    CourtCase open = open(caseNumber);
    CourtCase decided = open.decided(kind, text.strip(), clock.instant());
    cases.update(decided);
    return decided;
  }

  /**
   * The court returns the case to the investigation for revision.
   *
   * @throws IllegalArgumentException for an unknown or closed case, or no reason
   */
  public synchronized CourtCase returnCase(String caseNumber, String reason) {
    requireText("reason", reason);
    CourtCase open = open(caseNumber);
    CourtCase returned = open.returned(reason.strip(), clock.instant());
    cases.update(returned);
    return returned;
  }

  /**
   * Decides, as of {@code now}, every case accepted at least the configured wait before: an order
   * for a case an order-procedure protocol sent, a sentence otherwise. Requests to the court do
   * this first, so a case decided by itself shows as changed at the first look after its time.
   *
   * @return how many cases it decided
   */
  public synchronized int settle(Instant now) {
    Duration wait = settings.autoDecideAfter();
    if (wait == null) {
      return 0;
    }
    int decided = 0;
    for (CourtCase c : cases.all()) {
      if (c.status().equals(CourtCase.ACCEPTED) && !c.acceptedAt().plus(wait).isAfter(now)) {
        boolean order = "ORDER_PROTOCOL".equals(c.procedure());
        cases.update(c.decided(order ? "ORDER" : "SENTENCE", decisionText(c, order), now));
        decided++;
      }
    }
    return decided;
  }

  /** Back to the default behaviour and settings, forgetting every case and checkpoint. */
  public synchronized void reset() {
    behaviour = Behaviour.DEFAULT;
    settings = CourtSettings.DEFAULT;
    checkpoint = CourtCheckpoint.EMPTY;
    cases.clear();
    files.clear();
  }

  private static String decisionText(CourtCase c, boolean order) {
    return (order
            ? "Суд, рассмотрев в приказном производстве материалы уголовного дела № "
            : "Суд, рассмотрев в открытом судебном заседании уголовное дело № ")
        + c.erdrNumber()
        + ", признал подозреваемого виновным и "
        + (order ? "вынес приказ о назначении наказания в виде штрафа." : "постановил приговор.");
  }

  private static void requireText(String name, String text) {
    if (text == null || text.isBlank() || text.length() > MAX_TEXT) {
      throw new IllegalArgumentException(name + ": 1 to " + MAX_TEXT + " characters");
    }
  }

  private CourtCase open(String caseNumber) {
    settle(clock.instant());
    CourtCase found =
        cases
            .find(caseNumber)
            .orElseThrow(() -> new IllegalArgumentException("no case " + caseNumber));
    if (!found.status().equals(CourtCase.ACCEPTED)) {
      throw new IllegalArgumentException("case " + caseNumber + " is already " + found.status());
    }
    return found;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    writer.sendAsPlanned(exchange, behaviour, this::answer);
  }

  private Answer answer(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    String method = exchange.getRequestMethod();
    settle(clock.instant());
    if (path.equals(CASES)) {
      if (method.equals("POST")) {
        return accept(Requests.query(exchange, "reference"), exchange);
      }
      if (method.equals("GET")) {
        return cases.changedSince(Requests.query(exchange, "changedSince"));
      }
      return Answer.METHOD_NOT_ALLOWED;
    }
    if (path.equals(CHECKPOINT)) {
      return method.equals("GET") ? Answer.ok(checkpoint) : Answer.METHOD_NOT_ALLOWED;
    }
    if (path.startsWith(CASES + "/")) {
      if (!method.equals("GET")) {
        return Answer.METHOD_NOT_ALLOWED;
      }
      return cases
          .find(path.substring(CASES.length() + 1))
          .map(Answer::ok)
          .orElse(Answer.NOT_FOUND);
    }
    return Answer.UNKNOWN_PATH;
  }

  private Answer accept(String reference, HttpExchange exchange) throws IOException {
    if (reference == null || reference.isBlank() || reference.length() > MAX_REFERENCE) {
      return Answer.error(400, "invalid-reference", "'reference': 1 to 64 characters");
    }
    byte[] file = exchange.getRequestBody().readNBytes(MAX_FILE_BYTES + 1);
    if (file.length > MAX_FILE_BYTES) {
      return Answer.error(413, "file-too-large", "a court file of at most 64 MiB");
    }
    CourtFileSummary summary;
    try {
      summary = CourtFileSummary.of(file, mapper);
    } catch (IllegalArgumentException e) {
      return Answer.error(400, "invalid-court-file", e.getMessage());
    }
    if (summary.reference() != null && !summary.reference().equals(reference)) {
      return Answer.error(
          400, "reference-mismatch", "the manifest's reference is " + summary.reference());
    }
    String sha256 = sha256(file);
    ReferencedCases.Submission<CourtCase> submitted;
    synchronized (this) {
      submitted =
          cases.submit(
              reference,
              sequence -> {
                Instant now = clock.instant();
                String number =
                    "1-"
                        + LocalDate.ofInstant(now, RegistrySimulators.KAZAKHSTAN).getYear()
                        + "-"
                        + String.format("%06d", sequence);
                files.put(number, file);
                return new CourtCase(
                    number,
                    reference,
                    summary.erdrNumber(),
                    summary.procedure(),
                    sha256,
                    file.length,
                    CourtCase.ACCEPTED,
                    null,
                    null,
                    null,
                    now,
                    now);
              });
      if (submitted.opened()) {
        summary
            .checkpoint()
            .filter(seen -> seen.treeSize() > checkpoint.treeSize())
            .ifPresent(seen -> checkpoint = seen);
      }
    }
    return new Answer(submitted.opened() ? 201 : 200, submitted.c());
  }

  /** The admin route {@code /admin/court}. */
  HttpHandler admin() {
    return writer.handler(this::adminAnswer);
  }

  private Answer adminAnswer(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    String method = exchange.getRequestMethod();
    if (path.equals(ADMIN_PATH)) {
      return json.answer(exchange, () -> behaviour, this::changeBehaviour);
    }
    if (path.equals(ADMIN_PATH + "/settings")) {
      return settingsAnswer(exchange);
    }
    if (path.equals(ADMIN_PATH + "/checkpoint")) {
      return checkpointAnswer(exchange);
    }
    if (path.startsWith(ADMIN_REFERENCES)) {
      if (!method.equals("GET")) {
        return Answer.METHOD_NOT_ALLOWED;
      }
      String reference =
          URLDecoder.decode(path.substring(ADMIN_REFERENCES.length()), StandardCharsets.UTF_8);
      settle(clock.instant());
      return Answer.ok(cases.counts(reference));
    }
    if (path.startsWith(ADMIN_CASES)) {
      return caseAnswer(path.substring(ADMIN_CASES.length()), exchange);
    }
    return Answer.UNKNOWN_PATH;
  }

  private Answer caseAnswer(String rest, HttpExchange exchange) throws IOException {
    int slash = rest.indexOf('/');
    if (slash < 0) {
      return Answer.UNKNOWN_PATH;
    }
    String number = rest.substring(0, slash);
    String action = rest.substring(slash + 1);
    if (cases.find(number).isEmpty()) {
      return Answer.NOT_FOUND;
    }
    String method = exchange.getRequestMethod();
    if (action.equals("file")) {
      return method.equals("GET")
          ? Answer.file("application/zip", files.get(number))
          : Answer.METHOD_NOT_ALLOWED;
    }
    if (!method.equals("POST")) {
      return Answer.METHOD_NOT_ALLOWED;
    }
    JsonNode body;
    try {
      body = mapper.readTree(Requests.body(exchange));
    } catch (JacksonException e) {
      return Answer.INVALID_JSON;
    }
    try {
      return switch (action) {
        case "decision" ->
            Answer.ok(decide(number, Requests.text(body, "kind"), Requests.text(body, "text")));
        case "return" -> Answer.ok(returnCase(number, Requests.text(body, "reason")));
        default -> Answer.UNKNOWN_PATH;
      };
    } catch (IllegalArgumentException e) {
      return Answer.error(409, "invalid-change", e.getMessage());
    }
  }

  private Answer settingsAnswer(HttpExchange exchange) throws IOException {
    String method = exchange.getRequestMethod();
    if (method.equals("GET")) {
      return Answer.ok(settingsJson());
    }
    if (!method.equals("PUT")) {
      return Answer.METHOD_NOT_ALLOWED;
    }
    String fields = "autoDecideAfterSeconds";
    try {
      CourtSettings updated = settings;
      for (var field :
          BehaviourJson.changes(mapper, Requests.bodyText(exchange), fields).properties()) {
        if (!field.getKey().equals("autoDecideAfterSeconds")) {
          throw new IllegalArgumentException(
              "unknown field '" + field.getKey() + "'; known: " + fields);
        }
        JsonNode value = field.getValue();
        if (!value.isNull() && !value.isIntegralNumber()) {
          throw new IllegalArgumentException(
              "autoDecideAfterSeconds must be a whole number of seconds or null (never)");
        }
        updated = new CourtSettings(value.isNull() ? null : Duration.ofSeconds(value.longValue()));
      }
      configure(updated);
      return Answer.ok(settingsJson());
    } catch (IllegalArgumentException e) {
      return Answer.error(400, "invalid-settings", e.getMessage());
    }
  }

  private ObjectNode settingsJson() {
    ObjectNode node = mapper.createObjectNode();
    Duration wait = settings.autoDecideAfter();
    if (wait == null) {
      node.putNull("autoDecideAfterSeconds");
    } else {
      node.put("autoDecideAfterSeconds", wait.toSeconds());
    }
    return node;
  }

  private Answer checkpointAnswer(HttpExchange exchange) throws IOException {
    String method = exchange.getRequestMethod();
    if (method.equals("GET")) {
      return Answer.ok(checkpoint);
    }
    if (!method.equals("PUT")) {
      return Answer.METHOD_NOT_ALLOWED;
    }
    try {
      JsonNode body =
          BehaviourJson.changes(mapper, Requests.bodyText(exchange), "treeSize, rootHash");
      JsonNode size = body.path("treeSize");
      if (!size.isIntegralNumber()) {
        throw new IllegalArgumentException("treeSize must be a whole number");
      }
      learn(new CourtCheckpoint(size.longValue(), Requests.text(body, "rootHash"), null));
      return Answer.ok(checkpoint);
    } catch (IllegalArgumentException e) {
      return Answer.error(400, "invalid-checkpoint", e.getMessage());
    }
  }

  private synchronized Behaviour changeBehaviour(UnaryOperator<Behaviour> change) {
    behaviour = change.apply(behaviour);
    return behaviour;
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
