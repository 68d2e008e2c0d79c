package kz.ecase.cases;

import java.time.Instant;
import java.util.UUID;
import kz.ecase.cases.persistence.CaseStore.StoredCase;
import kz.ecase.identity.Directory;
import kz.ecase.identity.Role;
import kz.ecase.kernel.UnitCode;
import kz.ecase.procedure.StaffAlert;
import kz.ecase.procedure.StaffAlerts;
import org.springframework.stereotype.Component;

/**
 * The alerts of a case: a document to approve goes to its approver's role in the case's unit, a
 * decision on it to its author; three quarters of the term and its expiry to the investigator, the
 * head of the unit and the supervising prosecutor.
 */
@Component
class CaseAlerts {

  private final StaffAlerts alerts;
  private final Directory directory;

  CaseAlerts(StaffAlerts alerts, Directory directory) {
    this.alerts = alerts;
    this.directory = directory;
  }

  void toApprove(
      StoredCase c, UUID documentId, String kind, Role approver, String author, Instant at) {
    alerts.raise(
        StaffAlert.toRole(
                at,
                UnitCode.of(c.unit()),
                approver,
                "cases.approval",
                "To approve: " + kind + " in case " + c.erdrNumber() + " by " + author,
                "/cases/approvals",
                "case-approval-" + documentId)
            .saying(
                "alert.cases.approval",
                StaffAlert.term("cases.kind." + kind),
                c.erdrNumber(),
                directory.nameOf(author)));
  }

  void decided(
      StoredCase c,
      UUID documentId,
      String kind,
      String author,
      boolean approved,
      String by,
      Instant at) {
    String key = approved ? "alert.cases.approved" : "alert.cases.returned";
    alerts.raise(
        StaffAlert.toUser(
                at,
                UnitCode.of(c.unit()),
                author,
                "cases." + (approved ? "approved" : "returned"),
                (approved ? "Approved: " : "Returned with remarks: ")
                    + kind
                    + " in case "
                    + c.erdrNumber()
                    + " by "
                    + by,
                "/cases/" + c.id(),
                "case-decision-" + documentId)
            .saying(
                key, StaffAlert.term("cases.kind." + kind), c.erdrNumber(), directory.nameOf(by)));
  }

  /**
   * A motion of the defence left unanswered past its term: to the investigator, the head of the
   * unit and the supervising prosecutor.
   */
  void motionOverdue(StoredCase c, String investigator, UUID motion, Instant at) {
    String text = "A motion of the defence in case " + c.erdrNumber() + " is past its term";
    String key = "case-motion-overdue-" + motion;
    UnitCode unit = UnitCode.of(c.unit());
    String link = "/cases/" + c.id();
    if (investigator != null) {
      alerts.raise(
          StaffAlert.toUser(at, unit, investigator, "cases.motion-overdue", text, link, key + "-i")
              .saying("alert.cases.motion-overdue", c.erdrNumber()));
    }
    for (Role role : new Role[] {Role.HEAD_OF_UNIT, Role.SUPERVISING_PROSECUTOR}) {
      alerts.raise(
          StaffAlert.toRole(at, unit, role, "cases.motion-overdue", text, link, key + "-" + role)
              .saying("alert.cases.motion-overdue", c.erdrNumber()));
    }
  }

  void term(StoredCase c, String investigator, Instant deadline, boolean expired, Instant at) {
    String stage = expired ? "expired" : "75";
    String text =
        (expired
                ? "Term ran out without a final decision: case "
                : "75 % of the term passed: case ")
            + c.erdrNumber()
            + ", deadline "
            + deadline;
    String key = "case-term-" + stage + "-" + c.id() + "-" + deadline.getEpochSecond();
    UnitCode unit = UnitCode.of(c.unit());
    String link = "/cases/" + c.id();
    if (investigator != null) {
      alerts.raise(
          StaffAlert.toUser(at, unit, investigator, "cases.term-" + stage, text, link, key + "-i")
              .saying("alert.cases.term-" + stage, c.erdrNumber()));
    }
    for (Role role : new Role[] {Role.HEAD_OF_UNIT, Role.SUPERVISING_PROSECUTOR}) {
      alerts.raise(
          StaffAlert.toRole(at, unit, role, "cases.term-" + stage, text, link, key + "-" + role)
              .saying("alert.cases.term-" + stage, c.erdrNumber()));
    }
  }
}
