package kz.ecase.cases.domain;

import java.util.UUID;

/**
 * A person taking part in a case.
 *
 * @param recognised whether their status is in force (always, for roles that need no decision)
 * @param admits whether, as a suspect, they admitted the offence in a signed interrogation protocol
 */
public record CaseParticipant(
    UUID id, ParticipantRole role, String iin, String name, boolean recognised, boolean admits) {

  /** A recognised suspect. */
  public boolean suspect() {
    return role == ParticipantRole.SUSPECT && recognised;
  }
}
