package kz.ecase.cases.complaints;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kz.ecase.cases.persistence.CaseDocumentStore;
import kz.ecase.cases.persistence.CaseStore;
import kz.ecase.kernel.UnitCode;
import kz.ecase.procedure.StaffAlert;
import kz.ecase.procedure.StaffAlerts;
import org.springframework.stereotype.Component;

/** What a complaint points at in the criminal cases: the act complained of and its investigator. */
@Component
class ComplaintTargets {

  private final CaseStore cases;
  private final CaseDocumentStore documents;
  private final ComplaintStore complaints;
  private final StaffAlerts alerts;

  ComplaintTargets(
      CaseStore cases, CaseDocumentStore documents, ComplaintStore complaints, StaffAlerts alerts) {
    this.cases = cases;
    this.documents = documents;
    this.complaints = complaints;
    this.alerts = alerts;
  }

  /** The document, if it is one of the case of that number. */
  Optional<UUID> documentOf(String erdrNumber, String documentId) {
    if (erdrNumber == null) {
      return Optional.empty();
    }
    UUID id;
    try {
      id = UUID.fromString(documentId);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    return cases
        .byNumber(erdrNumber)
        .flatMap(c -> documents.find(id).filter(d -> d.caseId().equals(c.id())))
        .map(CaseDocumentStore.CaseDocument::id);
  }

  /** Tells the case's investigator (or the unit's head) that a complaint was upheld. */
  void alertInvestigator(Complaint complaint, Instant at) {
    if (complaint.erdrNumber() == null) {
      alerts.raise(
          StaffAlert.toRole(
                  at,
                  UnitCode.of(complaint.unit()),
                  kz.ecase.identity.Role.HEAD_OF_UNIT,
                  "cases.complaint-upheld",
                  "Complaint " + complaint.number() + " upheld",
                  null,
                  "complaint-upheld-" + complaint.id())
              .saying("alert.cases.complaint-upheld", complaint.number()));
      return;
    }
    cases
        .byNumber(complaint.erdrNumber())
        .ifPresent(
            c -> {
              String investigator = cases.settings(c.id()).investigator();
              StaffAlert alert =
                  investigator == null
                      ? StaffAlert.toRole(
                          at,
                          UnitCode.of(c.unit()),
                          kz.ecase.identity.Role.HEAD_OF_UNIT,
                          "cases.complaint-upheld",
                          "Complaint " + complaint.number() + " upheld",
                          "/cases/" + c.id(),
                          "complaint-upheld-" + complaint.id())
                      : StaffAlert.toUser(
                          at,
                          UnitCode.of(c.unit()),
                          investigator,
                          "cases.complaint-upheld",
                          "Complaint " + complaint.number() + " upheld",
                          "/cases/" + c.id(),
                          "complaint-upheld-" + complaint.id());
              alerts.raise(alert.saying("alert.cases.complaint-upheld", complaint.number()));
            });
  }

  List<Complaint> upheldIn(String erdrNumber) {
    return complaints.upheldIn(erdrNumber);
  }
}
