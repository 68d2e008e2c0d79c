package kz.ecase.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.ecase.investigations.domain.FormRules;
import kz.ecase.investigations.domain.Gravity;
import kz.ecase.investigations.domain.InvestigationForm;
import org.junit.jupiter.api.Test;

class DocumentRulesTest {

  static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");
  static final UUID SUSPECT = UUID.randomUUID();
  static final UUID WITNESS = UUID.randomUUID();

  @Test
  void anOrderProtocolNeedsTheOrderProcedureAndASuspectWhoAdmits() {
    CaseFacts noAdmission = facts(InvestigationForm.ORDER_PROCEDURE, suspect(true, false));
    assertThat(DocumentRules.problems(draft(DocumentKind.ORDER_PROTOCOL), noAdmission, NOW))
        .containsKey("kind");

    CaseFacts admits = facts(InvestigationForm.ORDER_PROCEDURE, suspect(true, true));
    assertThat(DocumentRules.problems(draft(DocumentKind.ORDER_PROTOCOL), admits, NOW)).isEmpty();

    CaseFacts general = facts(InvestigationForm.GENERAL, suspect(true, true));
    assertThat(DocumentRules.problems(draft(DocumentKind.ORDER_PROTOCOL), general, NOW))
        .containsKey("kind");
  }

  @Test
  void anExtensionIsAskedForBeforeTheTermRunsOutAndForAtMostAYear() {
    CaseFacts running = facts(InvestigationForm.GENERAL);
    assertThat(DocumentRules.problems(extension(Period.ofMonths(1)), running, NOW)).isEmpty();
    assertThat(DocumentRules.problems(extension(Period.ofMonths(13)), running, NOW))
        .containsKey("period");
    assertThat(DocumentRules.problems(extension(Period.ZERO), running, NOW)).containsKey("period");
    assertThat(
            DocumentRules.problems(
                extension(Period.ofMonths(1)), running, running.deadline().plusSeconds(1)))
        .containsKey("kind");
  }

  @Test
  void everyMissingFieldIsNamedAtOnce() {
    DocumentDraft empty =
        new DocumentDraft(
            DocumentKind.QUALIFY_SUSPECT, null, null, null, null, " ", false, List.of(), null);
    Map<String, String> problems =
        DocumentRules.problems(empty, facts(InvestigationForm.GENERAL), NOW);
    assertThat(problems).containsOnlyKeys("participantId", "article", "text");
  }

  @Test
  void onlyASuspectsInterrogationRecordsAnAdmission() {
    CaseFacts facts =
        facts(
            InvestigationForm.GENERAL,
            new CaseParticipant(WITNESS, ParticipantRole.WITNESS, "1", "W", true, false));
    DocumentDraft witnessAdmits =
        new DocumentDraft(
            DocumentKind.INTERROGATION_PROTOCOL,
            WITNESS,
            null,
            null,
            null,
            "t",
            true,
            List.of(),
            null);
    assertThat(DocumentRules.problems(witnessAdmits, facts, NOW)).containsKey("admits");
  }

  @Test
  void theOrderProcedureIsChosenOnlyForMinorOffencesWhoseSuspectAdmits() {
    DocumentDraft toOrder =
        new DocumentDraft(
            DocumentKind.CHANGE_FORM,
            null,
            null,
            InvestigationForm.ORDER_PROCEDURE,
            null,
            "t",
            false,
            List.of(),
            null);
    assertThat(
            DocumentRules.problems(
                toOrder, facts(InvestigationForm.ACCELERATED, suspect(true, false)), NOW))
        .containsKey("form");
    assertThat(
            DocumentRules.problems(
                toOrder, facts(InvestigationForm.ACCELERATED, suspect(true, true)), NOW))
        .isEmpty();
    assertThat(FormRules.allows(InvestigationForm.ORDER_PROCEDURE, Gravity.MEDIUM)).isFalse();
    assertThat(FormRules.proposed(Gravity.SMALL, true))
        .isEqualTo(InvestigationForm.ORDER_PROCEDURE);
    assertThat(FormRules.proposed(Gravity.SMALL, false)).isEqualTo(InvestigationForm.ACCELERATED);
  }

  @Test
  void aClosedCaseTakesNoDocument() {
    CaseFacts closed =
        new CaseFacts(
            CaseStatus.SENT_TO_COURT,
            InvestigationForm.GENERAL,
            Gravity.SMALL,
            NOW.plusSeconds(86_400),
            List.of());
    assertThat(DocumentRules.problems(draft(DocumentKind.START_DECISION), closed, NOW))
        .containsKey("kind");
  }

  @Test
  void theTermRunsFromTheRegistrationWithEveryExtensionAndAlertsAtThreeQuarters() {
    ZoneId zone = ZoneId.of("Asia/Almaty");
    Instant opened = Instant.parse("2026-01-31T06:00:00Z");
    CaseTerm term = CaseTerm.of(opened, zone, Period.ofDays(15), List.of(Period.ofMonths(1)));
    assertThat(term.deadline()).isEqualTo(Instant.parse("2026-03-15T06:00:00Z"));
    CaseTerm five = CaseTerm.of(opened, zone, Period.ofDays(4), List.of());
    assertThat(five.threeQuarters()).isEqualTo(opened.plusSeconds(3 * 86_400));
  }

  @Test
  void theStepTableKeepsACaseInCourtFromBeingInvestigated() {
    assertThat(CaseStep.SIGN_DOCUMENT.allowedFrom(CaseStatus.IN_COURT)).isFalse();
    assertThat(CaseStep.COURT_RETURNED.leadsFrom(CaseStatus.IN_COURT))
        .isEqualTo(CaseStatus.INVESTIGATING);
    assertThat(CaseStep.OPEN.allowedFrom(CaseStatus.REGISTERED)).isTrue();
    assertThat(CaseStep.OPEN.allowedFrom(CaseStatus.INVESTIGATING)).isFalse();
  }

  private static CaseParticipant suspect(boolean recognised, boolean admits) {
    return new CaseParticipant(
        SUSPECT, ParticipantRole.SUSPECT, "791028302728", "S", recognised, admits);
  }

  private static CaseFacts facts(InvestigationForm form, CaseParticipant... people) {
    return new CaseFacts(
        CaseStatus.INVESTIGATING, form, Gravity.SMALL, NOW.plusSeconds(86_400), List.of(people));
  }

  private static DocumentDraft draft(DocumentKind kind) {
    return new DocumentDraft(kind, null, null, null, null, "text", false, List.of(), null);
  }

  private static DocumentDraft extension(Period period) {
    return new DocumentDraft(
        DocumentKind.EXTEND_TERM, null, null, null, period, "text", false, List.of(), null);
  }
}
