package kz.ecase.offences.domain;

import static kz.ecase.offences.domain.ProtocolStatus.APPEALED;
import static kz.ecase.offences.domain.ProtocolStatus.CANCELLED;
import static kz.ecase.offences.domain.ProtocolStatus.DECIDED;
import static kz.ecase.offences.domain.ProtocolStatus.IN_FORCE;
import static kz.ecase.offences.domain.ProtocolStatus.PAID;
import static kz.ecase.offences.domain.ProtocolStatus.REFERRED_TO_COURT;
import static kz.ecase.offences.domain.ProtocolStatus.REGISTERED;
import static kz.ecase.offences.domain.ProtocolStatus.SENT_TO_ENFORCEMENT;
import static kz.ecase.offences.domain.ProtocolStatus.SERVED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The protocol's state machine: every legal path, every illegal pair refused, and the terms. */
class ProtocolLifecycleTest {

  /** Monday 14 December 2026, 10:00 in Almaty (05:00 UTC); 16 December is a holiday. */
  static final Instant MONDAY = Instant.parse("2026-12-14T05:00:00Z");

  static final ProcedureTerms TERMS = ProcedureTerms.defaults();
  static final String OFFICER = "officer-1";
  static final String PERSON = "person-1";

  final TestClock clock = new TestClock(MONDAY);

  // ---- legal paths ----

  @Test
  void onTheSpotFineIsPaidWithTheDiscount() {
    ProtocolLifecycle protocol = decidedFine();

    ProtocolEvent paid = protocol.payWithDiscount(PERSON);

    assertThat(protocol.status()).isEqualTo(PAID);
    assertThat(paid.type()).isEqualTo(ProtocolTransition.PAY_WITH_DISCOUNT);
    assertThat(protocol.history())
        .extracting(ProtocolEvent::to)
        .containsExactly(REGISTERED, SERVED, DECIDED, PAID);
  }

  @Test
  void theDiscountMayBeUsedBeforeAnyDecision() {
    ProtocolLifecycle protocol = registered(true);
    clock.advanceDays(2);
    protocol.payWithDiscount(PERSON);
    assertThat(protocol.status()).isEqualTo(PAID);
  }

  @Test
  void anUnappealedFineEntersIntoForceAfterTheAppealTermAndIsPaidInFull() {
    ProtocolLifecycle protocol = decidedFine();
    assertThat(protocol.appealDeadline()).contains(LocalDate.of(2026, 12, 24));

    clock.advanceDays(10);
    assertThatThrownBy(protocol::enterIntoForce)
        .isInstanceOf(ProcedureRuleException.class)
        .hasMessageContaining("ENTER_INTO_FORCE refused: the appeal term runs until 2026-12-24");

    clock.advanceDays(1);
    ProtocolEvent inForce = protocol.enterIntoForce();
    assertThat(inForce.actor()).isEqualTo(ProtocolLifecycle.SYSTEM);
    assertThat(protocol.inForceOn()).contains(LocalDate.of(2026, 12, 25));

    protocol.payInFull(PERSON);
    assertThat(protocol.status()).isEqualTo(PAID);
  }

  @Test
  void anUnpaidFineGoesToEnforcementAfterTheVoluntaryTermAndIsCollectedThere() {
    ProtocolLifecycle protocol = inForce();

    clock.advanceDays(30); // 2027-01-24, the last day of voluntary payment
    assertThatThrownBy(protocol::sendToEnforcement)
        .hasMessageContaining("the voluntary payment term runs until 2027-01-24");
    clock.advanceDays(1);
    protocol.sendToEnforcement();
    assertThat(protocol.status()).isEqualTo(SENT_TO_ENFORCEMENT);

    protocol.payInFull("bailiff-1");
    assertThat(protocol.status()).isEqualTo(PAID);
  }

  @Test
  void anAppealSuspendsTheDecisionUntilItIsDecided() {
    ProtocolLifecycle protocol = decidedFine();
    clock.advanceDays(10); // the last day of the appeal term
    protocol.appeal(PERSON, "I was not driving");
    assertThat(protocol.status()).isEqualTo(APPEALED);

    clock.advanceDays(30);
    assertThatThrownBy(protocol::enterIntoForce).isInstanceOf(IllegalTransitionException.class);
    assertThatThrownBy(() -> protocol.payWithDiscount(PERSON))
        .isInstanceOf(IllegalTransitionException.class);
    assertThatThrownBy(protocol::sendToEnforcement).isInstanceOf(IllegalTransitionException.class);

    ProtocolEvent dismissed = protocol.dismissAppeal("judge-1", "the camera record shows the car");
    assertThat(dismissed.reasons()).isEqualTo("the camera record shows the car");
    assertThat(protocol.status()).isEqualTo(IN_FORCE);
    assertThat(protocol.inForceOn()).contains(LocalDate.of(2027, 1, 23));
  }

  @Test
  void aGrantedAppealCancelsTheDecisionWithReasons() {
    ProtocolLifecycle protocol = decidedFine();
    protocol.appeal(PERSON, "wrong plate");
    ProtocolEvent granted = protocol.grantAppeal("judge-1", "the plate was misread");
    assertThat(protocol.status()).isEqualTo(CANCELLED);
    assertThat(granted.from()).isEqualTo(APPEALED);
    assertThat(protocol.history()).hasSize(5);
  }

  @Test
  void anAppealAfterTheTermIsRefused() {
    ProtocolLifecycle protocol = decidedFine();
    clock.advanceDays(11);
    assertThatThrownBy(() -> protocol.appeal(PERSON, "late"))
        .isInstanceOf(ProcedureRuleException.class)
        .hasMessageContaining("the appeal term ended on 2026-12-24");
  }

  @Test
  void aWarningEntersIntoForceAndCannotBePaidOrEnforced() {
    ProtocolLifecycle protocol = served(true);
    protocol.decideWarning(OFFICER);
    assertThatThrownBy(() -> protocol.payWithDiscount(PERSON))
        .hasMessageContaining("the decision is a warning");
    clock.advanceDays(11);
    protocol.enterIntoForce();
    assertThat(protocol.decision()).contains(Decision.WARNING);
    assertThatThrownBy(() -> protocol.payInFull(PERSON)).hasMessageContaining("warning");
    clock.advanceDays(60);
    assertThatThrownBy(protocol::sendToEnforcement).hasMessageContaining("warning");
  }

  @Test
  void aCaseMayBeReferredToCourtWithReasons() {
    ProtocolLifecycle protocol = served(false);
    assertThatThrownBy(() -> protocol.referToCourt(OFFICER, " "))
        .hasMessageContaining("REFER_TO_COURT refused: reasons are required");
    protocol.referToCourt(OFFICER, "the article provides for arrest");
    assertThat(protocol.status()).isEqualTo(REFERRED_TO_COURT);
    assertThat(protocol.status().isFinal()).isTrue();
  }

  @Test
  void cancellationNeedsReasonsAndKeepsTheHistory() {
    ProtocolLifecycle protocol = decidedFine();
    assertThatThrownBy(() -> protocol.cancel("prosecutor-1", ""))
        .isInstanceOf(ProcedureRuleException.class);
    assertThat(protocol.status()).isEqualTo(DECIDED);

    ProtocolEvent cancelled = protocol.cancel("prosecutor-1", "protest: wrong person");
    assertThat(cancelled)
        .isEqualTo(
            new ProtocolEvent(
                ProtocolTransition.CANCEL,
                DECIDED,
                CANCELLED,
                MONDAY,
                "prosecutor-1",
                "protest: wrong person"));
    assertThat(protocol.history()).hasSize(4);
    assertThat(protocol.number()).contains("2026-0001");
  }

  // ---- discount deadline ----

  @Test
  void theDiscountDeadlineIsTheSeventhWorkingDaySkippingWeekendsAndHolidays() {
    // Mon 14 Dec → Tue 15 (1), Wed 16 Independence Day, Thu 17 (2), Fri 18 (3), Mon 21 (4),
    // Tue 22 (5), Wed 23 (6), Thu 24 (7)
    ProtocolLifecycle protocol = registered(true);
    assertThat(protocol.discountDeadline()).contains(LocalDate.of(2026, 12, 24));
    assertThat(registered(false).discountDeadline()).isEmpty();
  }

  @Test
  void theDiscountIsAvailableOnItsLastDayAndNotAfter() {
    ProtocolLifecycle onTime = decidedFine();
    clock.advanceDays(10); // Thu 24 Dec
    onTime.payWithDiscount(PERSON);
    assertThat(onTime.status()).isEqualTo(PAID);

    clock.advanceDays(-10);
    ProtocolLifecycle late = decidedFine();
    clock.advanceDays(11);
    assertThatThrownBy(() -> late.payWithDiscount(PERSON))
        .isInstanceOf(ProcedureRuleException.class)
        .hasMessageContaining("the discount term ended on 2026-12-24");
  }

  @Test
  void withoutTheDiscountOnlyTheFullFineMayBePaid() {
    ProtocolLifecycle protocol = served(false);
    protocol.decideFine(OFFICER);
    assertThatThrownBy(() -> protocol.payWithDiscount(PERSON))
        .hasMessageContaining("the discount does not apply");
    protocol.payInFull(PERSON);
    assertThat(protocol.status()).isEqualTo(PAID);
  }

  @Test
  void datesAreCountedInKazakhstanTime() {
    clock.advance(java.time.Duration.ofHours(14)); // 19:00 UTC = Tue 00:00 in Almaty
    ProtocolLifecycle protocol = registered(true);
    assertThat(protocol.discountDeadline()).contains(LocalDate.of(2026, 12, 25));
  }

  @Test
  void registrationNeedsANumberAndAnOfficer() {
    ProtocolLifecycle draft = ProtocolLifecycle.draft(clock, TERMS, true);
    assertThatThrownBy(() -> draft.register(OFFICER, " ")).hasMessageContaining("number");
    assertThatThrownBy(() -> draft.register("", "2026-0001")).hasMessageContaining("actor");
    assertThat(draft.status()).isEqualTo(ProtocolStatus.DRAFT);
    assertThat(draft.history()).isEmpty();
  }

  // ---- the whole table ----

  static List<Arguments> everyStateAndTransition() {
    List<Arguments> pairs = new ArrayList<>();
    for (ProtocolStatus state : ProtocolStatus.values()) {
      for (ProtocolTransition transition : ProtocolTransition.values()) {
        pairs.add(Arguments.of(state, transition));
      }
    }
    return pairs;
  }

  @ParameterizedTest(name = "{0} × {1}")
  @MethodSource("everyStateAndTransition")
  void everyPairIsEitherInTheTableAndWorksOrIsRefusedNamingStateAndTransition(
      ProtocolStatus state, ProtocolTransition transition) {
    ProtocolLifecycle protocol = in(state);
    assertThat(protocol.status()).isEqualTo(state);

    if (transition.allowedFrom(state)) {
      ProtocolEvent event = fire(protocol, transition);
      assertThat(event.from()).isEqualTo(state);
      assertThat(event.to()).isEqualTo(transition.to());
      assertThat(protocol.status()).isEqualTo(transition.to());
    } else {
      int before = protocol.history().size();
      assertThatThrownBy(() -> fire(protocol, transition))
          .isInstanceOfSatisfying(
              IllegalTransitionException.class,
              e -> {
                assertThat(e.current()).isEqualTo(state);
                assertThat(e.attempted()).isEqualTo(transition);
              })
          .hasMessageContaining("the protocol is " + state + ": " + transition + " is not allowed");
      assertThat(protocol.status()).isEqualTo(state);
      assertThat(protocol.history()).hasSize(before);
    }
  }

  @Test
  void finalStatesAllowNothingButEnforcementMayStillBeCancelledOrPaid() {
    for (ProtocolStatus state : ProtocolStatus.values()) {
      assertThat(ProtocolTransition.availableFrom(state).isEmpty()).isEqualTo(state.isFinal());
    }
    assertThat(ProtocolTransition.availableFrom(SENT_TO_ENFORCEMENT))
        .containsExactlyInAnyOrder(ProtocolTransition.PAY_IN_FULL, ProtocolTransition.CANCEL);
  }

  private ProtocolLifecycle in(ProtocolStatus state) {
    return switch (state) {
      case DRAFT -> ProtocolLifecycle.draft(clock, TERMS, true);
      case REGISTERED -> registered(true);
      case SERVED -> served(true);
      case DECIDED -> decidedFine();
      case REFERRED_TO_COURT -> {
        ProtocolLifecycle p = served(true);
        p.referToCourt(OFFICER, "arrest");
        yield p;
      }
      case APPEALED -> {
        ProtocolLifecycle p = decidedFine();
        p.appeal(PERSON, "grounds");
        yield p;
      }
      case IN_FORCE -> inForce();
      case PAID -> {
        ProtocolLifecycle p = decidedFine();
        p.payWithDiscount(PERSON);
        yield p;
      }
      case SENT_TO_ENFORCEMENT -> {
        ProtocolLifecycle p = inForce();
        clock.advanceDays(31);
        p.sendToEnforcement();
        yield p;
      }
      case CANCELLED -> {
        ProtocolLifecycle p = registered(true);
        p.cancel("prosecutor-1", "reasons");
        yield p;
      }
    };
  }

  /** Fires a transition with valid arguments, moving the clock past any term it waits for. */
  private ProtocolEvent fire(ProtocolLifecycle protocol, ProtocolTransition transition) {
    return switch (transition) {
      case REGISTER -> protocol.register(OFFICER, "2026-0002");
      case SERVE -> protocol.serve(OFFICER);
      case DECIDE_FINE -> protocol.decideFine(OFFICER);
      case DECIDE_WARNING -> protocol.decideWarning(OFFICER);
      case REFER_TO_COURT -> protocol.referToCourt(OFFICER, "reasons");
      case APPEAL -> protocol.appeal(PERSON, "grounds");
      case DISMISS_APPEAL -> protocol.dismissAppeal("judge-1", "reasons");
      case GRANT_APPEAL -> protocol.grantAppeal("judge-1", "reasons");
      case ENTER_INTO_FORCE -> {
        clock.advanceDays(11);
        yield protocol.enterIntoForce();
      }
      case PAY_WITH_DISCOUNT -> protocol.payWithDiscount(PERSON);
      case PAY_IN_FULL -> protocol.payInFull(PERSON);
      case SEND_TO_ENFORCEMENT -> {
        clock.advanceDays(31);
        yield protocol.sendToEnforcement();
      }
      case CANCEL -> protocol.cancel("prosecutor-1", "reasons");
    };
  }

  // ---- a stored protocol's lifecycle rebuilt from its events ----

  @Test
  void aReplayedHistoryKeepsTheTermsOfTheOriginal() {
    ProtocolLifecycle original = inForce();
    clock.advanceDays(3);

    ProtocolLifecycle replayed =
        ProtocolLifecycle.replay(clock, TERMS, true, "2026-0001", original.history());

    assertThat(replayed.status()).isEqualTo(IN_FORCE);
    assertThat(replayed.inForceOn()).isEqualTo(original.inForceOn());
    assertThat(replayed.voluntaryPaymentDeadline()).contains(LocalDate.of(2027, 1, 24));
    assertThat(replayed.discountDeadline()).isEqualTo(original.discountDeadline());
    assertThat(replayed.decision()).contains(Decision.FINE);
    assertThat(replayed.history()).isEqualTo(original.history());
    assertThatThrownBy(replayed::sendToEnforcement)
        .isInstanceOf(ProcedureRuleException.class)
        .hasMessageContaining("runs until 2027-01-24");
    clock.advanceDays(28);
    assertThat(replayed.sendToEnforcement().to()).isEqualTo(SENT_TO_ENFORCEMENT);
  }

  @Test
  void aReplayedAppealTermCountsFromTheRecordedDecision() {
    ProtocolLifecycle original = decidedFine();
    clock.advanceDays(12);

    ProtocolLifecycle replayed =
        ProtocolLifecycle.replay(clock, TERMS, true, "2026-0001", original.history());

    assertThatThrownBy(() -> replayed.perform(ProtocolTransition.APPEAL, PERSON, "too late"))
        .isInstanceOf(ProcedureRuleException.class)
        .hasMessageContaining("the appeal term ended on 2026-12-24");
    assertThat(replayed.perform(ProtocolTransition.ENTER_INTO_FORCE, "x", "").to())
        .isEqualTo(IN_FORCE);
  }

  @Test
  void aHistoryThatDoesNotFollowItselfIsRefused() {
    List<ProtocolEvent> history = new ArrayList<>(decidedFine().history());
    history.remove(1);

    assertThatThrownBy(() -> ProtocolLifecycle.replay(clock, TERMS, true, "2026-0001", history))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("DECIDE_FINE from SERVED after REGISTERED");
  }

  @Test
  void registrationIsNotPerformedByName() {
    ProtocolLifecycle draft = ProtocolLifecycle.draft(clock, TERMS, true);
    assertThatThrownBy(() -> draft.perform(ProtocolTransition.REGISTER, OFFICER, ""))
        .isInstanceOf(ProcedureRuleException.class);
  }

  private ProtocolLifecycle registered(boolean discount) {
    ProtocolLifecycle protocol = ProtocolLifecycle.draft(clock, TERMS, discount);
    ProtocolEvent event = protocol.register(OFFICER, "2026-0001");
    assertThat(event.at()).isEqualTo(clock.instant());
    assertThat(event.actor()).isEqualTo(OFFICER);
    return protocol;
  }

  private ProtocolLifecycle served(boolean discount) {
    ProtocolLifecycle protocol = registered(discount);
    protocol.serve(OFFICER);
    return protocol;
  }

  private ProtocolLifecycle decidedFine() {
    ProtocolLifecycle protocol = served(true);
    protocol.decideFine(OFFICER);
    return protocol;
  }

  private ProtocolLifecycle inForce() {
    ProtocolLifecycle protocol = decidedFine();
    clock.advanceDays(11);
    protocol.enterIntoForce();
    return protocol;
  }
}
