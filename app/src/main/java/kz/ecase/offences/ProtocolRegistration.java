package kz.ecase.offences;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import kz.ecase.documents.Documents;
import kz.ecase.documents.StoredDocument;
import kz.ecase.identity.Action;
import kz.ecase.identity.CurrentUser;
import kz.ecase.identity.Directory;
import kz.ecase.identity.RecordScope;
import kz.ecase.identity.Role;
import kz.ecase.ledger.Attachment;
import kz.ecase.ledger.Ledger;
import kz.ecase.ledger.LedgerEvent;
import kz.ecase.ledger.RecordRef;
import kz.ecase.notifications.SmsNotice;
import kz.ecase.notifications.SmsOutbox;
import kz.ecase.offences.domain.FineCalculator;
import kz.ecase.offences.domain.ProcedureTerms;
import kz.ecase.offences.domain.ProtocolEvent;
import kz.ecase.offences.domain.ProtocolLifecycle;
import kz.ecase.offences.domain.ProtocolNumber;
import kz.ecase.offences.persistence.ProtocolParticulars;
import kz.ecase.offences.persistence.ProtocolStore;
import kz.ecase.offences.persistence.ProtocolStore.StoredProtocol;
import kz.ecase.persons.ContactLookups;
import kz.ecase.persons.DraftIdentities;
import kz.ecase.persons.LookupLinks;
import kz.ecase.persons.Purpose;
import kz.ecase.platform.InvalidInputException;
import kz.ecase.procedure.RecordedStep;
import kz.ecase.procedure.RegisterNumbers;
import kz.ecase.signing.Signature;
import kz.ecase.signing.Signatures;
import kz.ecase.signing.UnlockedKey;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Registers a protocol in one transaction (the person's name and birth date taken before it, from
 * the officer's fresh look-up for the draft or else from the population register): numbers it
 * (gap-free per unit and year, {@link RegisterNumbers}), renders its PDF, has the officer sign it
 * with their PIN, records {@value #ENTRY_TYPE} in the ledger (with the SHA-256 of the PDF and of
 * the signature: the one entry of both the registration and the signing act), stores the protocol
 * with its first event (draft → registered), links the person look-ups made for the draft to the
 * protocol ({@link LookupLinks}) and enqueues the offender's SMS notice (by IIN: no network call
 * while the number counter is locked). Nothing is stored when any step fails. The same idempotency
 * key by the same officer answers the protocol it registered, also when two submissions race.
 */
@Service
public class ProtocolRegistration {

  private static final org.slf4j.Logger log =
      org.slf4j.LoggerFactory.getLogger(ProtocolRegistration.class);

  public static final String ENTRY_TYPE = "offences.ProtocolRegistered";

  private final ProtocolValidation validation;
  private final ProtocolStore store;
  private final RegisterNumbers numbers;
  private final ProtocolDocument document;
  private final Documents documents;
  private final Signatures signatures;
  private final Ledger ledger;
  private final ProcedureTerms terms;
  private final TransactionTemplate transactions;
  private final Clock clock;
  private final SmsOutbox sms;
  private final LookupLinks lookupLinks;
  private final String publicUrl;
  private final FineCalculator fines;
  private final Directory directory;
  private final ContactLookups contacts;
  private final DraftIdentities draftIdentities;

  ProtocolRegistration(
      CatalogueInUse catalogue,
      FineCalculator fines,
      ProcedureTerms terms,
      ProtocolStore store,
      RegisterNumbers numbers,
      Documents documents,
      Signatures signatures,
      Ledger ledger,
      TransactionTemplate transactions,
      Clock clock,
      SmsOutbox sms,
      LookupLinks lookupLinks,
      @Value("${ecase.offences.public-url:http://localhost:8080}") String publicUrl,
      Directory directory,
      ContactLookups contacts,
      DraftIdentities draftIdentities) {
    this.fines = fines;
    this.draftIdentities = draftIdentities;
    this.directory = directory;
    this.contacts = contacts;
    this.validation =
        new ProtocolValidation(
            catalogue, fines, clock, terms.zone(), sha256 -> documents.find(sha256).isPresent());
    this.documents = documents;
    this.store = store;
    this.numbers = numbers;
    this.document = new ProtocolDocument(documents, terms.zone());
    this.signatures = signatures;
    this.ledger = ledger;
    this.terms = terms;
    this.transactions = transactions;
    this.clock = clock;
    this.sms = sms;
    this.lookupLinks = lookupLinks;
    this.publicUrl = publicUrl;
  }

  /**
   * @throws AccessDeniedException unless the user's role may edit records (officers, investigators,
   *     heads of unit: in their own unit)
   */
  public RegisteredProtocol register(CurrentUser user, ProtocolForm form) {
    return register(user, form, List.of());
  }

  /**
   * Registers the protocol with photos taken as evidence: each is stored by its SHA-256 in the
   * registration's transaction (so nothing stays behind when it fails) and recorded as an
   * attachment of the ledger entry. A resubmission answers the earlier protocol and stores nothing.
   *
   * @throws AccessDeniedException as {@link #register(CurrentUser, ProtocolForm)}
   */
  public RegisteredProtocol register(
      CurrentUser user, ProtocolForm form, List<EvidencePhoto> photos) {
    requireMayRegister(user);
    ValidProtocol protocol = validation.check(form);
    var earlier = store.findByKey(user.username(), protocol.idempotencyKey());
    if (earlier.isPresent()) {
      return new RegisteredProtocol(earlier.get(), false);
    }
    Optional<ContactLookups.Identity> offender = offender(user, protocol);
    ProtocolParticulars particulars = particulars(protocol, offender);
    String phone = offender.map(ContactLookups.Identity::mobilePhone).orElse(null);
    ProtocolDocument.Issuer issuer = issuer(user, particulars.language());
    UnlockedKey key = signatures.unlock(user, protocol.pin());
    try {
      return new RegisteredProtocol(
          numbered(user, protocol, particulars, phone, issuer, key, photos), true);
    } catch (DuplicateKeyException e) {
      return store
          .findByKey(user.username(), protocol.idempotencyKey())
          .map(raced -> new RegisteredProtocol(raced, false))
          .orElseThrow(() -> e);
    }
  }

  /**
   * Checks the form as {@link #register} does before anything is signed or stored, registering
   * nothing (a page that first makes the officer's signing key asks this before).
   *
   * @throws InvalidInputException naming the field at fault
   */
  public void check(ProtocolForm form) {
    validation.check(form);
  }

  /** Refuses before the input is read: only staff who may edit records register protocols. */
  public static void requireMayRegister(CurrentUser user) {
    if (user.role() == Role.CITIZEN || !user.role().allows(Action.EDIT_RECORD)) {
      throw new AccessDeniedException("Role does not allow registering protocols");
    }
  }

  /**
   * What the paper says beyond the form, the person's name and birth date, and the phone its SMS
   * notice goes to. The officer's page looked the IIN up while the draft was drawn up: when that
   * look-up (by this officer, for this draft and IIN) is fresh, its answer is taken ({@link
   * DraftIdentities}) and nothing new is recorded (the look-up is linked to the protocol).
   * Otherwise they are asked of the population register (and recorded as a look-up) before the
   * registration's transaction, never inside it; when the register does not answer, the protocol
   * names the person by IIN only and the SMS dispatcher asks for the phone when it sends.
   */
  private Optional<ContactLookups.Identity> offender(CurrentUser user, ValidProtocol p) {
    Optional<ContactLookups.Identity> person =
        draftIdentities.lookedUpForDraft(user.username(), p.idempotencyKey(), p.iin());
    return person.isPresent() ? person : askRegister(user, p);
  }

  private static ProtocolParticulars particulars(
      ValidProtocol p, Optional<ContactLookups.Identity> person) {
    return new ProtocolParticulars(
        p.language(),
        person.map(ContactLookups.Identity::fullName).orElse(null),
        person.map(ContactLookups.Identity::birthDate).orElse(null),
        p.explanation(),
        p.explanationRefused());
  }

  private Optional<ContactLookups.Identity> askRegister(CurrentUser user, ValidProtocol p) {
    try {
      return contacts
          .record(
              List.of(
                  contacts.ask(
                      p.iin(),
                      user.unit(),
                      "offences",
                      new Purpose(null, null, "the person's name and phone for their protocol"))))
          .get(0)
          .identity();
    } catch (RuntimeException unavailable) {
      log.warn("The protocol names the person by IIN only: {}", unavailable.toString());
      return Optional.empty();
    }
  }

  /** The official as the paper names them: position in the paper's language and unit's name. */
  private ProtocolDocument.Issuer issuer(CurrentUser user, String language) {
    String unitName =
        directory.unit(user.unit()).map(u -> u.name(language)).orElse(user.unit().value());
    return new ProtocolDocument.Issuer(
        user, directory.positionOf(user.username(), user.role()), unitName);
  }

  /**
   * Registers in one transaction, taking the number the way that holds the unit's counter shortest:
   * alone at its counter in this instance, the registration makes and signs its paper with the
   * number it expects and claims that number after (the counter is locked from the claim to the
   * commit only); if another registration (of another instance) took it meanwhile, everything is
   * rolled back and made again with the counter locked first ({@link RegisterNumbers}).
   */
  private StoredProtocol numbered(
      CurrentUser user,
      ValidProtocol p,
      ProtocolParticulars particulars,
      String phone,
      ProtocolDocument.Issuer issuer,
      UnlockedKey key,
      List<EvidencePhoto> photos) {
    int year = LocalDate.ofInstant(clock.instant(), terms.zone()).getYear();
    String counter = ProtocolNumber.counterUnit(user.unit());
    try (RegisterNumbers.Turn turn = numbers.enter(ProtocolNumber.REGISTER, counter, year)) {
      if (turn.guesses()) {
        try {
          return transactions.execute(
              status -> registerNew(user, p, particulars, phone, issuer, key, photos, turn));
        } catch (NumberTaken taken) {
          log.debug("Protocol number {} taken meanwhile: numbering again", taken.getMessage());
        }
      }
      return transactions.execute(
          status -> registerNew(user, p, particulars, phone, issuer, key, photos, null));
    }
  }

  /** The number guessed was taken by another registration: nothing of this one stays. */
  private static final class NumberTaken extends RuntimeException {
    NumberTaken(String number) {
      super(number, null, false, false);
    }
  }

  /**
   * @param guess the turn that guesses the number (claimed after the paper is signed), or null to
   *     take the next number first
   */
  private StoredProtocol registerNew(
      CurrentUser user,
      ValidProtocol p,
      ProtocolParticulars particulars,
      String phone,
      ProtocolDocument.Issuer issuer,
      UnlockedKey key,
      List<EvidencePhoto> photos,
      RegisterNumbers.Turn guess) {
    Instant now = clock.instant();
    int year = LocalDate.ofInstant(now, terms.zone()).getYear();
    String counter = ProtocolNumber.counterUnit(user.unit());
    RecordScope scope = new RecordScope(user.unit(), p.iin());
    // nothing here depends on the number: done before the counter is locked
    List<String> evidence = new ArrayList<>(p.evidenceSha256());
    for (EvidencePhoto photo : photos) {
      evidence.add(documents.store(photo.mediaType(), photo.bytes(), scope).sha256());
    }
    long sequence =
        guess != null
            ? numbers.peek(ProtocolNumber.REGISTER, counter, year) + 1
            : numbers.next(ProtocolNumber.REGISTER, counter, year);
    ProtocolNumber number = ProtocolNumber.of(year, user.unit(), sequence);
    ProtocolLifecycle lifecycle =
        ProtocolLifecycle.draft(clock, terms, p.article().discountApplies());
    ProtocolEvent registered = lifecycle.register(user.username(), number.value());
    LocalDate deadline = lifecycle.discountDeadline().orElse(null);
    ProtocolDocument.Payment payment =
        new ProtocolDocument.Payment(
            deadline,
            deadline == null ? null : fines.amountDue(p.fine(), true, deadline, deadline),
            payLink(number));
    UUID id = UUID.randomUUID();
    RecordRef record = new RecordRef("protocol", id.toString());
    StoredDocument pdf = document.render(issuer, p, particulars, number, payment, scope, now);
    // the signing act is in the protocol's entry below (it carries the PDF and the signature)
    Signature signature = signatures.sign(user, key, pdf, record);
    if (guess != null) {
      boolean claimed = numbers.claim(ProtocolNumber.REGISTER, counter, year, sequence);
      guess.claimed();
      if (!claimed) {
        throw new NumberTaken(number.value());
      }
    }
    List<Attachment> attachments = new ArrayList<>();
    attachments.add(new Attachment("protocol-" + number + ".pdf", pdf.sha256()));
    attachments.add(new Attachment("protocol-" + number + ".p7s", signature.sha256()));
    List<String> distinct = evidence.stream().distinct().toList();
    for (int i = 0; i < distinct.size(); i++) {
      attachments.add(new Attachment("evidence-" + (i + 1), distinct.get(i)));
    }
    long receipt =
        ledger.record(
            new LedgerEvent(
                ENTRY_TYPE,
                record,
                user.username(),
                user.unit(),
                p.iin(),
                now,
                payload(p, number, deadline),
                attachments));
    StoredProtocol stored =
        new StoredProtocol(
            id,
            number.value(),
            user.unit().value(),
            user.username(),
            p.iin().value(),
            p.article().code(),
            p.version().version(),
            p.offenceTime(),
            p.place(),
            p.plate(),
            p.description(),
            p.fine().mci(),
            p.fine().tenge(),
            deadline,
            number.paymentReference(),
            now,
            p.idempotencyKey(),
            pdf.sha256(),
            signature.sha256(),
            receipt,
            registered.to().name());
    store.add(
        stored,
        particulars,
        new RecordedStep(
            id,
            1,
            registered.type().name(),
            registered.from().name(),
            registered.to().name(),
            registered.at(),
            registered.actor(),
            registered.reasons(),
            receipt,
            null));
    lookupLinks.linkDraftToProtocol(user.username(), p.idempotencyKey(), id, number.value());
    notifyOffender(user, p, number, deadline, phone);
    return stored;
  }

  /**
   * Enqueues the SMS notice in this transaction, to the phone the look-up for this protocol read
   * ({@link #offender}); without one, to the offender by IIN: no registry is asked here (the
   * counter row is locked), the dispatcher reads the phone when it sends.
   */
  private void notifyOffender(
      CurrentUser user, ValidProtocol p, ProtocolNumber number, LocalDate deadline, String phone) {
    sms.enqueue(
        new SmsNotice(
            p.iin(),
            user.unit(),
            "SMS notice of protocol " + number.value(),
            ProtocolSmsNotice.text(
                number.value(),
                p.article().number(),
                p.fine().tenge(),
                deadline,
                number.paymentReference(),
                publicUrl),
            ProtocolSmsNotice.clientRef(number.value(), ProtocolSmsNotice.Kind.NOTICE),
            phone));
  }

  /** The citizen's payment page of the protocol, as its QR code on the paper leads. */
  private String payLink(ProtocolNumber number) {
    String base = publicUrl.endsWith("/") ? publicUrl : publicUrl + "/";
    return base + "citizen/pay/" + number.paymentReference();
  }

  private static Map<String, Object> payload(
      ValidProtocol p, ProtocolNumber number, LocalDate deadline) {
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("number", number.value());
    payload.put("article", p.article().code());
    payload.put("catalogueVersion", p.version().version());
    payload.put("offenceTime", p.offenceTime().toString());
    payload.put("fineMci", p.fine().mci());
    payload.put("fineKzt", p.fine().tenge().toPlainString());
    payload.put("fineRangeConfirmed", p.fine().rangeConfirmed());
    payload.put("paymentReference", number.paymentReference());
    if (deadline != null) {
      payload.put("discountDeadline", deadline.toString());
    }
    payload.put("status", "REGISTERED");
    return payload;
  }
}
