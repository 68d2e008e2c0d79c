package kz.ecase.investigations;

import java.time.Instant;
import kz.ecase.identity.CurrentUser;
import kz.ecase.identity.Role;
import kz.ecase.investigations.domain.ReportEvent;
import kz.ecase.investigations.domain.ReportStep;
import kz.ecase.investigations.persistence.ReportStore.ReportLine;
import kz.ecase.investigations.persistence.ReportStore.StoredReport;
import kz.ecase.kernel.UnitCode;
import kz.ecase.procedure.StaffAlert;
import kz.ecase.procedure.StaffAlerts;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who the register alerts (the kernel's staff alerts, in the transaction of the step): a decision
 * goes to the duty prosecutor's queue; a returned or annulled decision back to its author; a missed
 * registration term to the duty prosecutor and the head; a check left waiting too long to the
 * supervising prosecutor.
 */
@Component
class ReportAlerts {

  private final StaffAlerts alerts;

  ReportAlerts(StaffAlerts alerts) {
    this.alerts = alerts;
  }

  void stepTaken(StoredReport report, ReportEvent event, CurrentUser by) {
    UnitCode unit = UnitCode.of(report.unit());
    String key = report.id() + ":" + event.step() + ":" + event.at();
    if (event.to().awaitsCheck()) {
      alerts.raise(
          StaffAlert.toRole(
                  event.at(),
                  unit,
                  Role.DUTY_PROSECUTOR,
                  "investigations.decision-to-check",
                  "To check: "
                      + event.step()
                      + " of report КУИ "
                      + report.kuiNumber()
                      + " by "
                      + by.displayName(),
                  link(report),
                  "decision:" + key)
              .saying(
                  "alert.decision-to-check." + event.step(), report.kuiNumber(), by.displayName()));
    }
    if (event.step() == ReportStep.RETURN || event.step() == ReportStep.ANNUL_REFUSAL) {
      alerts.raise(
          StaffAlert.toRole(
                  event.at(),
                  unit,
                  Role.HEAD_OF_UNIT,
                  "investigations.decision-" + event.step(),
                  event.step() + " of report КУИ " + report.kuiNumber() + ": " + event.reasons(),
                  link(report),
                  "checked:" + key)
              .saying(
                  "alert.decision-checked." + event.step(), report.kuiNumber(), event.reasons()));
    }
  }

  void termMissed(StoredReport report, Instant at) {
    UnitCode unit = UnitCode.of(report.unit());
    String text =
        "Report КУИ " + report.kuiNumber() + " was not decided within its registration term";
    for (Role role : new Role[] {Role.DUTY_PROSECUTOR, Role.HEAD_OF_UNIT}) {
      alerts.raise(
          StaffAlert.toRole(
                  at,
                  unit,
                  role,
                  "investigations.registration-term-missed",
                  text,
                  link(report),
                  "term-missed:" + report.id() + ":" + role)
              .saying("alert.registration-term-missed", report.kuiNumber()));
    }
  }

  @Transactional
  void checkWaiting(ReportLine line, Instant at) {
    UnitCode region = UnitCode.of(line.unit().substring(0, 2));
    alerts.raise(
        StaffAlert.toRole(
                at,
                region,
                Role.SUPERVISING_PROSECUTOR,
                "investigations.check-waiting",
                "A decision on report КУИ "
                    + line.kuiNumber()
                    + " (unit "
                    + line.unit()
                    + ") waits for the duty prosecutor's check since "
                    + line.checkSince(),
                "/investigations/reports/" + line.id(),
                "check-waiting:" + line.id() + ":" + line.checkSince())
            .saying("alert.check-waiting", line.kuiNumber(), line.unit()));
  }

  private static String link(StoredReport report) {
    return "/investigations/reports/" + report.id();
  }
}
