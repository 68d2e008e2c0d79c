package kz.ecase.offences.payments;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.ecase.identity.CurrentUser;
import kz.ecase.identity.Role;
import kz.ecase.offences.ArticleCitation;
import kz.ecase.offences.CatalogueInUse;
import kz.ecase.offences.ProtocolTransitions;
import kz.ecase.offences.Protocols;
import kz.ecase.offences.domain.PaymentAllocation;
import kz.ecase.offences.domain.ProcedureTerms;
import kz.ecase.offences.domain.ProtocolLifecycle;
import kz.ecase.offences.domain.ProtocolStatus;
import kz.ecase.offences.persistence.ProtocolStore.StoredProtocol;
import kz.ecase.platform.InvalidInputException;
import org.springframework.core.env.Environment;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * The citizen portal's side of protocols: the person's own protocols with what is due now and the
 * deadlines (each read audited through {@link Protocols}), and paying one through the provider.
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

  /** A payment started at the provider: where to send the person. */
  public record StartedPayment(String paymentId, String payUrl, BigDecimal amountKzt) {}

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

  CitizenProtocols(
      PaymentStore store,
      Protocols protocols,
      ProtocolTransitions transitions,
      PaymentProviderClient provider,
      PaymentsProperties properties,
      ProcedureTerms terms,
      Environment environment,
      Clock clock,
      CatalogueInUse catalogue) {
    this.catalogue = catalogue;
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

  /**
   * Creates the payment of what is due now at the provider.
   *
   * @param returnUrl where the provider's pay page sends the person back
   */
  public StartedPayment pay(CurrentUser user, String id, String returnUrl) {
    PersonProtocol protocol = one(user, id);
    if (returnUrl.length() > 500
        || !(returnUrl.startsWith("http://") || returnUrl.startsWith("https://"))) {
      throw new InvalidInputException("returnUrl", "An http(s) URL of at most 500 characters");
    }
    if (!protocol.mayPay()) {
      throw new PaymentNotPossibleException(
          "Protocol " + protocol.number() + " is " + protocol.status() + ": nothing to pay now");
    }
    PaymentProviderClient.Checkout checkout =
        provider.create(
            protocol.paymentReference(),
            protocol.dueNowKzt(),
            "Протокол № " + protocol.number(),
            returnUrl,
            callbackUrl());
    return new StartedPayment(checkout.paymentId(), checkout.payUrl(), protocol.dueNowKzt());
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
        due.filter(amount -> amount.signum() > 0).isPresent(),
        status == ProtocolStatus.DECIDED
            && appealBy.filter(last -> !today.isAfter(last)).isPresent());
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
