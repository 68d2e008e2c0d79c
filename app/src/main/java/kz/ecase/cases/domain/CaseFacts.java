package kz.ecase.cases.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kz.ecase.investigations.domain.Gravity;
import kz.ecase.investigations.domain.InvestigationForm;

/** What the rules of a case's documents look at: its state, form, gravity, term and people. */
public record CaseFacts(
    CaseStatus status,
    InvestigationForm form,
    Gravity gravity,
    Instant deadline,
    List<CaseParticipant> participants,
    List<UUID> openMotions) {

  public CaseFacts {
    participants = List.copyOf(participants);
    openMotions = List.copyOf(openMotions);
  }

  /** A case without motions waiting for an answer. */
  public CaseFacts(
      CaseStatus status,
      InvestigationForm form,
      Gravity gravity,
      Instant deadline,
      List<CaseParticipant> participants) {
    this(status, form, gravity, deadline, participants, List.of());
  }

  public Optional<CaseParticipant> participant(UUID id) {
    return participants.stream().filter(p -> p.id().equals(id)).findFirst();
  }

  public boolean hasSuspect() {
    return participants.stream().anyMatch(CaseParticipant::suspect);
  }

  public boolean hasAdmittingSuspect() {
    return participants.stream().anyMatch(p -> p.suspect() && p.admits());
  }
}
