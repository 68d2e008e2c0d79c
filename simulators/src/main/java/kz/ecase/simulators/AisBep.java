package kz.ecase.simulators;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.UnaryOperator;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A simulated AIS BEP (the Ministry of Justice's enforcement proceedings system) under {@code
 * /enforcement/}: {@code POST /enforcement/cases} accepts the materials of an unpaid fine and
 * answers the case opened for them (201), or, for a reference it has seen, the same case again
 * (200: never a second case); {@code GET /enforcement/cases/{caseNumber}} shows a case and {@code
 * GET /enforcement/cases?changedSince=<instant>} the cases whose status changed after that moment.
 * The bailiff's side is the admin API: {@code POST /admin/enforcement/cases/{n}/executed} ({@code
 * {"collectedKzt": …}}) and {@code …/returned} ({@code {"reason": …}}) close a case; {@code GET
 * /admin/enforcement/references/{reference}} counts the submissions and cases of a reference;
 * {@code GET|PUT /admin/enforcement} shows or changes the behaviour (latency, errors, hangs,
 * outage, API key) with the fields of a registry's.
 */
public final class AisBep implements HttpHandler {

  static final String ADMIN_PATH = "/admin/enforcement";
  private static final String CASES = "/enforcement/cases";
  private static final String ADMIN_CASES = ADMIN_PATH + "/cases/";
  private static final String ADMIN_REFERENCES = ADMIN_PATH + "/references/";
  private static final int MAX_REFERENCE = 64;
  private static final int MAX_REASON = 1000;

  private final ReferencedCases<BepCase> cases =
      new ReferencedCases<>(BepCase::caseNumber, BepCase::changedAt);
  private final JsonMapper mapper;
  private final BehaviourJson json;
  private final AnswerWriter writer;
  private final Clock clock;
  private volatile Behaviour behaviour = Behaviour.DEFAULT;

  AisBep(JsonMapper mapper, AnswerWriter writer, Clock clock) {
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
    this.behaviour = java.util.Objects.requireNonNull(behaviour, "behaviour");
  }

  /** The case opened for this reference, if any. */
  public Optional<BepCase> caseOf(String reference) {
    return cases.ofReference(reference);
  }

  /** How many cases were opened for this reference: at most one, whatever the sender repeats. */
  public int casesCreated(String reference) {
    return cases.casesCreated(reference);
  }

  /** How many times materials were submitted (and accepted or answered again) under it. */
  public int submissions(String reference) {
    return cases.submissions(reference);
  }

  /**
   * The bailiff collected the fine: the case is executed.
   *
   * @throws IllegalArgumentException for an unknown case, a negative amount, or a closed case
   */
  public synchronized BepCase execute(String caseNumber, BigDecimal collectedKzt) {
    if (collectedKzt == null || collectedKzt.signum() < 0) {
      throw new IllegalArgumentException("collectedKzt must be 0 or more");
    }
    BepCase open = open(caseNumber);
    BepCase executed = open.executed(collectedKzt, clock.instant());
    cases.update(executed);
    return executed;
  }

  /**
   * The case goes back to the sender without execution (no assets, debtor not found, materials
   * incomplete…).
   *
   * @throws IllegalArgumentException for an unknown case, a missing reason, or a closed case
   */
  public synchronized BepCase returnCase(String caseNumber, String reason) {
    if (reason == null || reason.isBlank() || reason.length() > MAX_REASON) {
      throw new IllegalArgumentException("a reason of 1 to " + MAX_REASON + " characters");
    }
    BepCase open = open(caseNumber);
    BepCase returned = open.returned(reason.strip(), clock.instant());
    cases.update(returned);
    return returned;
  }

  /** Back to the default behaviour, forgetting every case. */
  public synchronized void reset() {
    behaviour = Behaviour.DEFAULT;
    cases.clear();
  }

  private BepCase open(String caseNumber) {
    BepCase found =
        cases
            .find(caseNumber)
            .orElseThrow(() -> new IllegalArgumentException("no case " + caseNumber));
    if (!found.status().equals(BepCase.ACCEPTED)) {
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
    if (path.equals(CASES)) {
      if (method.equals("POST")) {
        return accept(Requests.body(exchange));
      }
      if (method.equals("GET")) {
        return cases.changedSince(Requests.query(exchange, "changedSince"));
      }
      return Answer.METHOD_NOT_ALLOWED;
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

  private Answer accept(byte[] body) {
    JsonNode request;
    try {
      request = mapper.readTree(body);
    } catch (JacksonException e) {
      return Answer.INVALID_JSON;
    }
    String reference = Requests.text(request, "reference");
    String debtorIin = Requests.text(request, "debtorIin");
    BigDecimal amount = Requests.amount(request, "amountKzt");
    if (reference == null || reference.isBlank() || reference.length() > MAX_REFERENCE) {
      return Answer.error(400, "invalid-reference", "'reference': 1 to 64 characters");
    }
    if (debtorIin == null || !debtorIin.matches("\\d{12}")) {
      return Answer.error(400, "invalid-iin", "'debtorIin': 12 digits");
    }
    if (amount == null || amount.signum() <= 0) {
      return Answer.error(400, "invalid-amount", "'amountKzt': a positive amount");
    }
    ReferencedCases.Submission<BepCase> submitted =
        cases.submit(
            reference,
            sequence -> {
              Instant now = clock.instant();
              String number =
                  "BEP-"
                      + LocalDate.ofInstant(now, RegistrySimulators.KAZAKHSTAN).getYear()
                      + "-"
                      + String.format("%08d", sequence);
              return new BepCase(
                  number, reference, debtorIin, amount, BepCase.ACCEPTED, null, null, now, now);
            });
    return new Answer(submitted.opened() ? 201 : 200, submitted.c());
  }

  /** The admin route {@code /admin/enforcement}. */
  HttpHandler admin() {
    return writer.handler(this::adminAnswer);
  }

  private Answer adminAnswer(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    String method = exchange.getRequestMethod();
    if (path.equals(ADMIN_PATH)) {
      return json.answer(exchange, () -> behaviour, this::changeBehaviour);
    }
    if (path.startsWith(ADMIN_REFERENCES)) {
      if (!method.equals("GET")) {
        return Answer.METHOD_NOT_ALLOWED;
      }
      String reference =
          URLDecoder.decode(path.substring(ADMIN_REFERENCES.length()), StandardCharsets.UTF_8);
      return Answer.ok(cases.counts(reference));
    }
    if (path.startsWith(ADMIN_CASES)) {
      if (!method.equals("POST")) {
        return Answer.METHOD_NOT_ALLOWED;
      }
      return close(path.substring(ADMIN_CASES.length()), exchange);
    }
    return Answer.UNKNOWN_PATH;
  }

  private Answer close(String rest, HttpExchange exchange) throws IOException {
    int slash = rest.indexOf('/');
    if (slash < 0) {
      return Answer.UNKNOWN_PATH;
    }
    String number = rest.substring(0, slash);
    String outcome = rest.substring(slash + 1);
    if (cases.find(number).isEmpty()) {
      return Answer.NOT_FOUND;
    }
    JsonNode body;
    try {
      body = mapper.readTree(Requests.body(exchange));
    } catch (JacksonException e) {
      return Answer.INVALID_JSON;
    }
    try {
      return switch (outcome) {
        case "executed" -> Answer.ok(execute(number, Requests.amount(body, "collectedKzt")));
        case "returned" -> Answer.ok(returnCase(number, Requests.text(body, "reason")));
        default -> Answer.UNKNOWN_PATH;
      };
    } catch (IllegalArgumentException e) {
      return Answer.error(409, "invalid-change", e.getMessage());
    }
  }

  private synchronized Behaviour changeBehaviour(UnaryOperator<Behaviour> change) {
    behaviour = change.apply(behaviour);
    return behaviour;
  }
}
