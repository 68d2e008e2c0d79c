package kz.ecase.identity.domain;

import static kz.ecase.identity.AccessDecision.FORBIDDEN;
import static kz.ecase.identity.AccessDecision.HIDDEN;
import static kz.ecase.identity.AccessDecision.PERMITTED;
import static org.assertj.core.api.Assertions.assertThat;

import kz.ecase.identity.Action;
import kz.ecase.identity.CurrentUser;
import kz.ecase.identity.RecordScope;
import kz.ecase.identity.Role;
import kz.ecase.kernel.Iin;
import kz.ecase.kernel.UnitCode;
import org.junit.jupiter.api.Test;

class AccessPolicyTest {

  static final UnitCode REGION = UnitCode.of("71");
  static final UnitCode ALMATY_DISTRICT = UnitCode.of("710001");
  static final UnitCode YESIL_DISTRICT = UnitCode.of("710002");
  static final Iin PERSON = Iin.of("791028302728");
  static final Iin SOMEONE_ELSE = Iin.of("061211600012");

  final AccessPolicy policy = new AccessPolicy();

  static CurrentUser staff(Role role, UnitCode unit) {
    return new CurrentUser(role.name().toLowerCase(), "Test", role, unit, null);
  }

  @Test
  void officerActsOnRecordsOfTheirDepartmentOnly() {
    CurrentUser officer = staff(Role.OFFICER, ALMATY_DISTRICT);

    assertThat(policy.decide(officer, Action.EDIT_RECORD, RecordScope.ofUnit(ALMATY_DISTRICT)))
        .isEqualTo(PERMITTED);
    assertThat(policy.decide(officer, Action.VIEW_RECORD, RecordScope.ofUnit(YESIL_DISTRICT)))
        .as("another department's record does not exist for them")
        .isEqualTo(HIDDEN);
    assertThat(policy.decide(officer, Action.VIEW_RECORD, RecordScope.ofUnit(REGION)))
        .isEqualTo(HIDDEN);
  }

  @Test
  void regionalSupervisorSeesEveryDepartmentOfTheRegion() {
    CurrentUser supervisor = staff(Role.SUPERVISING_PROSECUTOR, REGION);

    assertThat(
            policy.decide(supervisor, Action.REVIEW_LEGALITY, RecordScope.ofUnit(ALMATY_DISTRICT)))
        .isEqualTo(PERMITTED);
    assertThat(policy.decide(supervisor, Action.VIEW_RECORD, RecordScope.ofUnit(YESIL_DISTRICT)))
        .isEqualTo(PERMITTED);
    assertThat(
            policy.decide(
                supervisor, Action.VIEW_RECORD, RecordScope.ofUnit(UnitCode.of("750001"))))
        .isEqualTo(HIDDEN);
  }

  @Test
  void aRestrictedCaseIsSeenOnlyByItsAssignedTeamWhateverTheirRank() {
    CurrentUser investigator =
        new CurrentUser("aigul", "Test", Role.INVESTIGATOR, ALMATY_DISTRICT, null);
    CurrentUser colleague =
        new CurrentUser("marat", "Test", Role.INVESTIGATOR, ALMATY_DISTRICT, null);
    CurrentUser prosecutor =
        new CurrentUser("nurlan", "Test", Role.SUPERVISING_PROSECUTOR, REGION, null);
    CurrentUser otherProsecutor =
        new CurrentUser("dina", "Test", Role.SUPERVISING_PROSECUTOR, REGION, null);
    RecordScope graveCase =
        RecordScope.restricted(ALMATY_DISTRICT, PERSON, java.util.Set.of("aigul", "nurlan"));

    assertThat(policy.decide(investigator, Action.EDIT_RECORD, graveCase)).isEqualTo(PERMITTED);
    assertThat(policy.decide(prosecutor, Action.REVIEW_LEGALITY, graveCase)).isEqualTo(PERMITTED);
    assertThat(policy.decide(colleague, Action.VIEW_RECORD, graveCase))
        .as("same department, not on the team: the case does not exist for them")
        .isEqualTo(HIDDEN);
    assertThat(policy.decide(otherProsecutor, Action.VIEW_RECORD, graveCase)).isEqualTo(HIDDEN);
    assertThat(policy.decide(staff(Role.ANALYST, REGION), Action.VIEW_RECORD, graveCase))
        .isEqualTo(FORBIDDEN);
  }

  @Test
  void aTeamMemberOutsideTheJurisdictionStillDoesNotSeeIt() {
    CurrentUser elsewhere =
        new CurrentUser("aigul", "Test", Role.INVESTIGATOR, YESIL_DISTRICT, null);
    RecordScope graveCase =
        RecordScope.restricted(ALMATY_DISTRICT, null, java.util.Set.of("aigul"));

    assertThat(policy.decide(elsewhere, Action.VIEW_RECORD, graveCase)).isEqualTo(HIDDEN);
  }

  @Test
  void aRestrictedRecordWithoutATeamIsRefused() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> RecordScope.restricted(ALMATY_DISTRICT, null, java.util.Set.of()))
        .hasMessageContaining("team");
  }

  @Test
  void roleThatNeverMayIsForbiddenEvenInItsOwnUnit() {
    assertThat(
            policy.decide(
                staff(Role.DUTY_PROSECUTOR, ALMATY_DISTRICT),
                Action.EDIT_RECORD,
                RecordScope.ofUnit(ALMATY_DISTRICT)))
        .isEqualTo(FORBIDDEN);
    assertThat(
            policy.decide(
                staff(Role.ANALYST, REGION),
                Action.VIEW_RECORD,
                RecordScope.ofUnit(ALMATY_DISTRICT)))
        .as("analysts read figures, never case files")
        .isEqualTo(FORBIDDEN);
    assertThat(
            policy.decide(
                staff(Role.ADMIN, REGION), Action.VIEW_RECORD, RecordScope.ofUnit(ALMATY_DISTRICT)))
        .isEqualTo(FORBIDDEN);
    assertThat(
            policy.decide(
                staff(Role.INVESTIGATOR, ALMATY_DISTRICT),
                Action.REVIEW_LEGALITY,
                RecordScope.ofUnit(ALMATY_DISTRICT)))
        .isEqualTo(FORBIDDEN);
  }

  @Test
  void citizenSeesOnlyRecordsAboutThemselves() {
    CurrentUser citizen = new CurrentUser("citizen", "Test", Role.CITIZEN, null, PERSON);

    assertThat(policy.decide(citizen, Action.VIEW_RECORD, new RecordScope(ALMATY_DISTRICT, PERSON)))
        .isEqualTo(PERMITTED);
    assertThat(
            policy.decide(
                citizen, Action.VIEW_RECORD, new RecordScope(ALMATY_DISTRICT, SOMEONE_ELSE)))
        .isEqualTo(HIDDEN);
    assertThat(policy.decide(citizen, Action.VIEW_RECORD, RecordScope.ofUnit(ALMATY_DISTRICT)))
        .isEqualTo(HIDDEN);
    assertThat(policy.decide(citizen, Action.EDIT_RECORD, new RecordScope(ALMATY_DISTRICT, PERSON)))
        .isEqualTo(FORBIDDEN);
  }

  @Test
  void aLawyerSeesOnlyTheRecordsAdmittingThemWhateverTheUnit() {
    CurrentUser lawyer = new CurrentUser("lawyer", "L", Role.LAWYER, null, SOMEONE_ELSE);
    RecordScope caseFile = RecordScope.ofUnit(ALMATY_DISTRICT);
    assertThat(policy.decide(lawyer, Action.VIEW_RECORD, caseFile)).isEqualTo(HIDDEN);
    RecordScope admitting = caseFile.admitting(java.util.Set.of(SOMEONE_ELSE.value()));
    assertThat(policy.decide(lawyer, Action.VIEW_RECORD, admitting)).isEqualTo(PERMITTED);
    assertThat(policy.decide(lawyer, Action.EDIT_RECORD, admitting)).isEqualTo(FORBIDDEN);
    RecordScope secret =
        RecordScope.restricted(ALMATY_DISTRICT, null, java.util.Set.of("investigator"))
            .admitting(java.util.Set.of(SOMEONE_ELSE.value()));
    assertThat(policy.decide(lawyer, Action.VIEW_RECORD, secret))
        .as("admitted to a grave-crime case too")
        .isEqualTo(PERMITTED);
    CurrentUser staffOfTheUnit = staff(Role.INVESTIGATOR, YESIL_DISTRICT);
    assertThat(policy.decide(staffOfTheUnit, Action.VIEW_RECORD, admitting)).isEqualTo(HIDDEN);
  }

  @Test
  void everyRoleAndActionHasAnAnswerInsideItsJurisdiction() {
    for (Role role : Role.values()) {
      if (role == Role.LAWYER) {
        continue; // outside every jurisdiction: see the lawyer's own test
      }
      CurrentUser user =
          role == Role.CITIZEN
              ? new CurrentUser("c", "C", role, null, PERSON)
              : staff(role, ALMATY_DISTRICT);
      for (Action action : Action.values()) {
        var decision = policy.decide(user, action, new RecordScope(ALMATY_DISTRICT, PERSON));
        assertThat(decision)
            .as("%s %s", role, action)
            .isEqualTo(role.allows(action) ? PERMITTED : FORBIDDEN);
      }
    }
  }
}
