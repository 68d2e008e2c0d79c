package kz.ecase.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class DocumentAddresseesTest {

  private final UUID victim = UUID.randomUUID();
  private final UUID suspect = UUID.randomUUID();

  @Test
  void aDecisionNamingAPersonIsForThatPersonOnly() {
    assertThat(
            DocumentAddressees.isFor(
                DocumentKind.RECOGNISE_VICTIM, victim, victim, ParticipantRole.VICTIM))
        .isTrue();
    assertThat(
            DocumentAddressees.isFor(
                DocumentKind.RECOGNISE_VICTIM, victim, suspect, ParticipantRole.SUSPECT))
        .isFalse();
    assertThat(
            DocumentAddressees.isFor(
                DocumentKind.SUMMONS, suspect, suspect, ParticipantRole.SUSPECT))
        .isTrue();
  }

  @Test
  void theTerminationIsForTheSuspectAndTheVictimButNotTheWitness() {
    assertThat(
            DocumentAddressees.isFor(
                DocumentKind.TERMINATE_DECISION, null, suspect, ParticipantRole.SUSPECT))
        .isTrue();
    assertThat(
            DocumentAddressees.isFor(
                DocumentKind.TERMINATE_DECISION, null, victim, ParticipantRole.VICTIM))
        .isTrue();
    assertThat(
            DocumentAddressees.isFor(
                DocumentKind.TERMINATE_DECISION, null, victim, ParticipantRole.WITNESS))
        .isFalse();
  }

  @Test
  void theCaseGoingToCourtIsForTheSuspectAndTheInvestigationsPapersForNoOne() {
    assertThat(
            DocumentAddressees.isFor(
                DocumentKind.ORDER_PROTOCOL, null, suspect, ParticipantRole.SUSPECT))
        .isTrue();
    assertThat(
            DocumentAddressees.isFor(
                DocumentKind.ORDER_PROTOCOL, null, victim, ParticipantRole.VICTIM))
        .isFalse();
    assertThat(
            DocumentAddressees.isFor(
                DocumentKind.EXTEND_TERM, null, suspect, ParticipantRole.SUSPECT))
        .isFalse();
    assertThat(
            DocumentAddressees.isFor(
                DocumentKind.INSPECTION_PROTOCOL, null, victim, ParticipantRole.VICTIM))
        .isFalse();
  }

  @Test
  void anInterrogationProtocolWaitsOnThePortalWithoutATextMessage() {
    assertThat(DocumentAddressees.announced(DocumentKind.INTERROGATION_PROTOCOL)).isFalse();
    assertThat(DocumentAddressees.announced(DocumentKind.QUALIFY_SUSPECT)).isTrue();
  }
}
