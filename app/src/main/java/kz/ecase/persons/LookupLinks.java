package kz.ecase.persons;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import kz.ecase.persons.persistence.LookupLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ties look-ups to the record they came to serve once it exists: the look-ups an officer made while
 * drafting a protocol ({@link Purpose#protocolDraft}) get the protocol the draft became, so that
 * the person, the head of unit and the officer see which protocol a look-up was for. The look-ups
 * themselves are not changed; the link is added beside them.
 */
@Service
public class LookupLinks {

  /** How far back a draft's look-ups are searched: a draft is drawn up on the spot. */
  static final Duration DRAFT_LIFETIME = Duration.ofDays(2);

  private final LookupLog log;
  private final Clock clock;

  LookupLinks(LookupLog log, Clock clock) {
    this.log = log;
    this.clock = clock;
  }

  /**
   * Links the user's look-ups for the draft with {@code draftKey} to the protocol, in the caller's
   * transaction (the protocol and its links commit together).
   *
   * @return how many look-ups were linked
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public int linkDraftToProtocol(
      String username, String draftKey, UUID protocolId, String protocolNumber) {
    Instant now = clock.instant();
    return log.linkToProtocol(
        username,
        Purpose.describedProtocolDraft(draftKey),
        now.minus(DRAFT_LIFETIME),
        protocolId,
        protocolNumber,
        now);
  }
}
