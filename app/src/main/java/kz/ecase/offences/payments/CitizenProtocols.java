package kz.ecase.offences.payments;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import kz.ecase.identity.Action;
import kz.ecase.identity.Authorization;
import kz.ecase.identity.CurrentUser;
import kz.ecase.identity.RecordScope;
import kz.ecase.identity.Role;
import kz.ecase.kernel.Iin;
import kz.ecase.kernel.UnitCode;
import kz.ecase.offences.ArticleCitation;
import kz.ecase.offences.CatalogueInUse;
import kz.ecase.offences.OffencesProperties;
import kz.ecase.offences.ProtocolTransitions;
import kz.ecase.offences.Protocols;
import kz.ecase.offences.Protocols.ProtocolView;
import kz.ecase.offences.domain.PaymentAllocation;
import kz.ecase.offences.domain.ProcedureTerms;
import kz.ecase.offences.domain.ProtocolLifecycle;
import kz.ecase.offences.domain.ProtocolStatus;
import kz.ecase.offences.payments.PaymentStore.Checkout;
import kz.ecase.offences.payments.PaymentStore.StoredPayment;
import kz.ecase.offences.persistence.ProtocolStore;
import kz.ecase.offences.persistence.ProtocolStore.StoredProtocol;
import kz.ecase.platform.InvalidInputException;
import kz.ecase.platform.NotFoundException;
import kz.ecase.procedure.RecordedStep;
import org.springframework.core.env.Environment;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The citizen portal's side of protocols: the person's own protocols with what is due now and the
 * deadlines (each read audited through {@link Protocols}), their documents, payments and appeal,
 * and paying one through the provider (one pending payment at a time).
 */
@Service
public class CitizenProtocols {

  static final String PURPOSE = "citizen portal";
  private static final int LIMIT = 50;

  /**
   * A protocol as the person sees it in the portal.
   *
   * @param article the catalogue's code of the offence
   * @param articleNumber the article of the code of administrative offences, {@code 592 ч.2}
   * @param articleTitles the article's title by language ({@code kk}, {@code ru}, {@code en})
   */
  public record PersonProtocol(
      String id,
      String number,
      String article,
      String articleNumber,
      Map<String, String> articleTitles,
      Instant offenceTime,
      String place,
      String status,
      BigDecimal fineKzt,
      BigDecimal paidKzt,
      BigDecimal dueNowKzt,
      LocalDate discountDeadline,
      LocalDate appealDeadline,
      LocalDate voluntaryPaymentDeadline,
      String paymentReference,
      boolean paymentPending,
      String pendingPayUrl,
      boolean mayPay,
      boolean mayAppeal) {

    /** The article's number in the language ({@code 592 б.2} in Kazakh). */
    public String articleNumber(String language) {
      return new ArticleCitation(article, articleNumber, articleTitles).number(language);
    }

    /** The article's title in the language, else in Russian, else its code. */
    public String articleTitle(String language) {
      return new ArticleCitation(article, articleNumber, articleTitles).title(language);
    }
  }

  /**
   * A payment started at the provider: where to send the person. Starting again while it is pending
   * gives this one again.
   */
  public record StartedPayment(String paymentId, String payUrl, BigDecimal amountKzt) {}

  /**
   * The protocol's page: the protocol, the documents of its acts, its payments and its appeal.
   *
   * @param acts the steps that have a document (the protocol itself first), oldest first
   * @param appeal the person's latest appeal, if any
   */
  public record ProtocolPage(
      PersonProtocol protocol, List<Act> acts, List<StoredPayment> payments, Appeal appeal) {}

  /** A step of the protocol with its document ({@code REGISTER} is the protocol itself). */
  public record Act(String step, Instant at, String documentSha256) {}

  /**
   * An appeal as filed.
   *
   * @param decisionBy the last day the head of unit has to decide it
   * @param pending whether it still waits for the decision
   */
  public record Appeal(
      Instant at,
      String grounds,
      String documentSha256,
      Period decisionTerm,
      LocalDate decisionBy,
      boolean pending) {}

  /** The protocol's state does not take a payment now (appealed, paid, cancelled…). */
  public static class PaymentNotPossibleException extends RuntimeException {
    PaymentNotPossibleException(String message) {
      super(message);
    }
  }

  private final PaymentStore store;
  private final Protocols protocols;
  private final ProtocolTransitions transitions;
  private final PaymentProviderClient provider;
  private final PaymentsProperties properties;
  private final ProcedureTerms terms;
  private final Environment environment;
  private final Clock clock;
  private final CatalogueInUse catalogue;
  private final ProtocolStore protocolStore;
  private final Authorization authorization;
  private final TransactionTemplate transactions;
  private final Period appealDecisionTerm;

  CitizenProtocols(
      PaymentStore store,
      Protocols protocols,
      ProtocolTransitions transitions,
      PaymentProviderClient provider,
      PaymentsProperties properties,
      ProcedureTerms terms,
      Environment environment,
      Clock clock,
      CatalogueInUse catalogue,
      ProtocolStore protocolStore,
      Authorization authorization,
      TransactionTemplate transactions,
      OffencesProperties offences) {
    this.catalogue = catalogue;
    this.protocolStore = protocolStore;
    this.authorization = authorization;
    this.transactions = transactions;
    this.appealDecisionTerm = offences.appealDecisionTerm();
    this.store = store;
    this.protocols = protocols;
    this.transitions = transitions;
    this.provider = provider;
    this.properties = properties;
    this.terms = terms;
    this.environment = environment;
    this.clock = clock;
  }

  /** The person's protocols, newest first. */
  public List<PersonProtocol> mine(CurrentUser user) {
    requireCitizen(user);
    return store.protocolsOf(user.iin().value(), LIMIT).stream()
        .map(id -> view(protocols.read(id.toString(), PURPOSE).protocol()))
        .toList();
  }

  /** One of the person's protocols (404 for another's). */
  public PersonProtocol one(CurrentUser user, String id) {
    requireCitizen(user);
    return view(protocols.read(id, PURPOSE).protocol());
  }

  /** One of the person's protocols with its documents, payments and appeal (404 for another's). */
  public ProtocolPage page(CurrentUser user, String id) {
    requireCitizen(user);
    ProtocolView read = protocols.read(id, PURPOSE);
    StoredProtocol p = read.protocol();
    List<Act> acts = new ArrayList<>();
    Appeal appeal = null;
    for (RecordedStep step : read.events()) {
      String document = "REGISTER".equals(step.step()) ? p.documentSha256() : step.documentSha256();
      if (document != null) {
        acts.add(new Act(step.step(), step.at(), document));
      }
      if ("APPEAL".equals(step.step())) {
        LocalDate filedOn = LocalDate.ofInstant(step.at(), terms.zone());
        appeal =
            new Appeal(
                step.at(),
                step.reasons(),
                step.documentSha256(),
                appealDecisionTerm,
                filedOn.plus(appealDecisionTerm),
                ProtocolStatus.APPEALED.name().equals(p.status()));
      }
    }
    return new ProtocolPage(view(p), List.copyOf(acts), store.ofProtocol(p.id()), appeal);
  }

  /**
   * The protocol as the person sees it, for the page to follow its payment: not a read of a
   * record's contents, so not audited (the page polls it while a payment is pending); 404 for
   * another's protocol.
   */
  public PersonProtocol status(CurrentUser user, String id) {
    requireCitizen(user);
    StoredProtocol p = parse(id).flatMap(protocolStore::find).orElseThrow(() -> notFound());
    authorization.require(
        Action.VIEW_RECORD, new RecordScope(UnitCode.of(p.unit()), Iin.of(p.offenderIin())));
    return view(p);
  }

  /**
   * Creates the payment of what is due now at the provider, or gives the one started before while
   * it is pending (a double click, a second tab, a retried request): the starts of one protocol
   * queue on a lock, so two at once also give one payment.
   *
   * @param returnUrl where the provider's pay page sends the person back
   */
  public StartedPayment pay(CurrentUser user, String id, String returnUrl) {
    requireCitizen(user);
    if (returnUrl.length() > 500
        || !(returnUrl.startsWith("http://") || returnUrl.startsWith("https://"))) {
      throw new InvalidInputException("returnUrl", "An http(s) URL of at most 500 characters");
    }
    PersonProtocol protocol = one(user, id);
    UUID protocolId = UUID.fromString(protocol.id());
    return transactions.execute(
        tx -> {
          store.lock("payment-checkout/" + protocolId);
          PersonProtocol now = view(protocolStore.find(protocolId).orElseThrow());
          Optional<Checkout> pending =
              now.paymentPending()
                  ? store.pendingCheckout(protocolId, pendingSince())
                  : Optional.empty();
          if (pending.isPresent()) {
            Checkout c = pending.get();
            return new StartedPayment(c.providerPaymentId(), c.payUrl(), c.amountKzt());
          }
          if (!now.mayPay() && !now.paymentPending()) {
            throw new PaymentNotPossibleException(
                "Protocol " + now.number() + " is " + now.status() + ": nothing to pay now");
          }
          PaymentProviderClient.Checkout checkout =
              provider.create(
                  now.paymentReference(),
                  now.dueNowKzt(),
                  "Протокол № " + now.number(),
                  returnUrl,
                  callbackUrl());
          store.addCheckout(
              new Checkout(
                  checkout.paymentId(),
                  protocolId,
                  checkout.payUrl(),
                  now.dueNowKzt(),
                  clock.instant(),
                  user.username()));
          return new StartedPayment(checkout.paymentId(), checkout.payUrl(), now.dueNowKzt());
        });
  }

  private Instant pendingSince() {
    return clock.instant().minus(properties.pendingFor());
  }

  private PersonProtocol view(StoredProtocol p) {
    LocalDate today = LocalDate.now(clock.withZone(terms.zone()));
    ProtocolStatus status = ProtocolStatus.valueOf(p.status());
    ProtocolLifecycle lifecycle = transitions.current(p.id());
    BigDecimal paid = store.countedFor(p.id());
    Optional<BigDecimal> due =
        new PaymentAllocation(p.fineKzt(), p.discountDeadline()).outstanding(status, today, paid);
    Optional<LocalDate> appealBy = lifecycle.appealDeadline();
    boolean discountOpen =
        p.discountDeadline() != null
            && !today.isAfter(p.discountDeadline())
            && !status.isFinal()
            && status != ProtocolStatus.APPEALED;
    ArticleCitation article =
        ArticleCitation.of(catalogue.current(), p.catalogueVersion(), p.articleCode());
    boolean payable = due.filter(amount -> amount.signum() > 0).isPresent();
    Optional<Checkout> pending =
        payable ? store.pendingCheckout(p.id(), pendingSince()) : Optional.empty();
    return new PersonProtocol(
        p.id().toString(),
        p.number(),
        p.articleCode(),
        article.number(),
        article.titles(),
        p.offenceTime(),
        p.place(),
        p.status(),
        p.fineKzt(),
        paid,
        due.orElse(null),
        discountOpen ? p.discountDeadline() : null,
        appealBy.orElse(null),
        lifecycle.voluntaryPaymentDeadline().orElse(null),
        p.paymentReference(),
        pending.isPresent(),
        pending.map(Checkout::payUrl).orElse(null),
        payable && pending.isEmpty(),
        status == ProtocolStatus.DECIDED
            && appealBy.filter(last -> !today.isAfter(last)).isPresent());
  }

  private static Optional<UUID> parse(String id) {
    try {
      return Optional.of(UUID.fromString(id));
    } catch (IllegalArgumentException | NullPointerException e) {
      return Optional.empty();
    }
  }

  private static NotFoundException notFound() {
    return new NotFoundException("No such protocol");
  }

  String callbackUrl() {
    String base = properties.callbackUrl();
    if (base.isBlank()) {
      base = "http://127.0.0.1:" + environment.getProperty("local.server.port", "8080");
    }
    return base.replaceAll("/+$", "") + "/api/offences/payments/notifications";
  }

  private static void requireCitizen(CurrentUser user) {
    if (user.role() != Role.CITIZEN) {
      throw new AccessDeniedException("The portal shows a person their own protocols");
    }
  }
}
