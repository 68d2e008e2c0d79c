package kz.ecase.offences;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import kz.ecase.offences.domain.IllegalTransitionException;
import kz.ecase.offences.domain.ProcedureRuleException;
import kz.ecase.offences.domain.ProcedureTerms;
import kz.ecase.offences.domain.ProtocolLifecycle;
import kz.ecase.offences.domain.ProtocolStatus;
import kz.ecase.offences.domain.ProtocolTransition;
import kz.ecase.offences.persistence.ProtocolStore;
import kz.ecase.procedure.ConcurrentStepException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Decisions enter into force when their appeal term is over without an appeal: a job looks for
 * decided protocols whose term may have lapsed and lets the lifecycle decide each one. Safe with
 * several instances running: a protocol's step is recorded once (the others find it taken).
 */
@Component
public class EntryIntoForce {

  private static final Logger log = LoggerFactory.getLogger(EntryIntoForce.class);
  private static final int BATCH = 500;

  private final ProtocolStore store;
  private final ProtocolTransitions transitions;
  private final ProcedureTerms terms;
  private final Clock clock;

  EntryIntoForce(
      ProtocolStore store, ProtocolTransitions transitions, ProcedureTerms terms, Clock clock) {
    this.store = store;
    this.transitions = transitions;
    this.terms = terms;
    this.clock = clock;
  }

  @Scheduled(
      initialDelayString = "${ecase.offences.terms-check:PT1M}",
      fixedDelayString = "${ecase.offences.terms-check:PT1M}")
  void onSchedule() {
    int entered = enterDue(clock.instant());
    if (entered > 0) {
      log.info("{} decisions entered into force", entered);
    }
  }

  /**
   * Every decision whose appeal term is over at {@code now}; returns how many entered into force.
   */
  public int enterDue(Instant now) {
    Instant decidedBefore = now.atZone(terms.zone()).minus(terms.appealTerm()).toInstant();
    int entered = 0;
    for (UUID id : store.inStatusSince(ProtocolStatus.DECIDED.name(), decidedBefore, BATCH)) {
      if (enterIfDue(id, now)) {
        entered++;
      }
    }
    return entered;
  }

  /** This protocol's decision, if its appeal term is over at {@code now} and it is unappealed. */
  public boolean enterIfDue(UUID protocolId, Instant now) {
    try {
      transitions.bySystem(
          protocolId,
          ProtocolTransition.ENTER_INTO_FORCE,
          ProtocolLifecycle.SYSTEM,
          now,
          "",
          Map.of("rule", "appeal term over without an appeal"));
      return true;
    } catch (IllegalTransitionException | ProcedureRuleException | ConcurrentStepException e) {
      return false;
    }
  }
}
