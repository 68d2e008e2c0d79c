package kz.ecase.persons;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kz.ecase.kernel.Iin;
import kz.ecase.persons.persistence.DraftIdentityStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * The person's name, birth date and mobile phone as an officer's look-up for a protocol draft
 * ({@link Purpose#protocolDraft}) was given them by the population register, so that registering
 * the draft need not ask the register again, nor its SMS notice (issue 15): the officer's page
 * looked the IIN up minutes before. Kept only when the register answered with a name; given back
 * only to the same officer, for the same draft key and IIN, while {@link #FRESH_FOR fresh}; deleted
 * after {@link #KEPT_FOR a day}. Nothing else of the look-up is kept here (the look-up itself is in
 * the log and the ledger).
 */
@Service
public class DraftIdentities {

  private static final Logger log = LoggerFactory.getLogger(DraftIdentities.class);

  /**
   * How long a draft's look-up stands in for the register's answer: a protocol is drawn up on the
   * spot in one sitting (the IIN first, the explanation and the signature last), which rarely takes
   * half an hour; a name or birth date changes only by a civil registry act, and the officer and
   * the person saw this very answer on the draft. Older: the register is asked again, as without a
   * draft look-up.
   */
  public static final Duration FRESH_FOR = Duration.ofMinutes(30);

  /** How long rows are kept at all, before the purge deletes them. */
  static final Duration KEPT_FOR = Duration.ofDays(1);

  private final DraftIdentityStore store;
  private final Clock clock;

  DraftIdentities(DraftIdentityStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  /**
   * The name, birth date and phone the officer's own look-up of the IIN for this draft was given,
   * when it was made within {@link #FRESH_FOR}; empty otherwise (ask the register).
   */
  public Optional<ContactLookups.Identity> lookedUpForDraft(
      String username, String draftKey, Iin iin) {
    if (username == null || draftKey == null || draftKey.isBlank()) {
      return Optional.empty();
    }
    return store
        .find(username, draftKey.strip(), iin.value(), clock.instant().minus(FRESH_FOR))
        .map(
            row -> new ContactLookups.Identity(row.fullName(), row.birthDate(), row.mobilePhone()));
  }

  /**
   * Keeps what the population register answered to a look-up for a protocol draft, in the caller's
   * transaction (the look-up's): nothing for other purposes, nor when the register gave no name.
   */
  void remember(
      String username,
      Iin iin,
      Purpose purpose,
      UUID lookupId,
      Instant at,
      List<SourceAnswer> answers) {
    Optional<String> draftKey = purpose.protocolDraftKey();
    if (draftKey.isEmpty()) {
      return;
    }
    answers.stream()
        .filter(answer -> answer.registry() == Registry.POPULATION)
        .findFirst()
        .flatMap(ContactLookups.Identity::of)
        .ifPresent(
            identity ->
                store.put(
                    username,
                    draftKey.get(),
                    iin.value(),
                    new DraftIdentityStore.Row(
                        lookupId,
                        identity.fullName(),
                        identity.birthDate(),
                        identity.mobilePhone(),
                        at)));
  }

  /**
   * Deletes the rows older than {@link #KEPT_FOR}: one idempotent statement, safe when several
   * instances run it at once.
   */
  @Scheduled(
      initialDelayString = "${ecase.persons.draft-identities-purge:PT1H}",
      fixedDelayString = "${ecase.persons.draft-identities-purge:PT1H}")
  void onSchedule() {
    int deleted = purge(clock.instant());
    if (deleted > 0) {
      log.info("{} draft look-up identities older than {} deleted", deleted, KEPT_FOR);
    }
  }

  /** Deletes the rows older than {@link #KEPT_FOR} at {@code now}; returns how many. */
  public int purge(Instant now) {
    return store.deleteOlderThan(now.minus(KEPT_FOR));
  }
}
