package kz.ecase.cases.web;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import kz.ecase.cases.complaints.Complaint;
import kz.ecase.cases.complaints.Complaints;
import kz.ecase.cases.complaints.Complaints.ComplaintForm;
import kz.ecase.identity.CurrentUser;
import kz.ecase.identity.Directory;
import org.springframework.stereotype.Component;

/**
 * The complaint form as both its pages take it, the person's on the portal and the prosecutor's who
 * receives one in person: the departments it may name, and a filing whose refusal comes back as an
 * error beside each field at fault.
 */
@Component
class ComplaintFiling {

  /** The prefix of the form's field messages. */
  static final String ERRORS = "cases.complaint.error.";

  /** What became of the form: the complaint filed, or the errors beside its fields. */
  record Filing(Complaint filed, Map<String, String> errors) {}

  private final Complaints complaints;
  private final Directory directory;
  private final Clock clock;

  ComplaintFiling(Complaints complaints, Directory directory, Clock clock) {
    this.complaints = complaints;
    this.directory = directory;
    this.clock = clock;
  }

  /** The police departments a complaint may name: any for a person, a prosecutor's own ones. */
  List<Directory.Unit> departments(CurrentUser user) {
    return directory.units().stream()
        .filter(u -> !u.code().isRegion())
        .filter(u -> user.role().personal() || user.unit().covers(u.code()))
        .toList();
  }

  /** The staff's names by username: who signed, who calls, who answered. */
  Map<String, String> names() {
    return directory.accounts().stream()
        .filter(a -> a.displayName() != null)
        .collect(Collectors.toMap(Directory.Account::username, Directory.Account::displayName));
  }

  Filing file(CurrentUser user, Map<String, String> fields) {
    try {
      return new Filing(
          complaints.file(
              user,
              new ComplaintForm(
                  fields.get("unit"),
                  fields.get("erdrNumber"),
                  fields.get("documentId"),
                  fields.get("complainantIin"),
                  fields.get("text"))),
          Map.of());
    } catch (RuntimeException e) {
      Map<String, String> errors = CasePageErrors.of(e, ERRORS);
      if (errors == null) {
        throw e;
      }
      return new Filing(null, errors);
    }
  }

  List<ComplaintRow> rows(List<Complaint> listed) {
    return listed.stream().map(c -> ComplaintRow.of(c, clock.instant())).toList();
  }
}
