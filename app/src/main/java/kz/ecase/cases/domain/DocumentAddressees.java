package kz.ecase.cases.domain;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * Who receives a document of a case (CPC 2014: a copy of a decision is handed to the person it
 * concerns): a person reads on the portal the documents addressed to them and those the law hands
 * to their part in the case, and is told of each by SMS, except a protocol they signed in person.
 */
public final class DocumentAddressees {

  /** Documents that concern the one participant they name. */
  private static final Set<DocumentKind> TO_THE_PERSON_NAMED =
      EnumSet.of(
          DocumentKind.QUALIFY_SUSPECT,
          DocumentKind.RECOGNISE_VICTIM,
          DocumentKind.SUMMONS,
          DocumentKind.ADMIT_DEFENCE,
          DocumentKind.INTERROGATION_PROTOCOL);

  /** Protocols the person signed at the interrogation: on the portal, not announced again. */
  private static final Set<DocumentKind> SIGNED_IN_PERSON =
      EnumSet.of(DocumentKind.INTERROGATION_PROTOCOL);

  /** Parts in the case to whom the termination of the case is made known. */
  private static final Set<ParticipantRole> TOLD_OF_TERMINATION =
      EnumSet.of(
          ParticipantRole.SUSPECT, ParticipantRole.VICTIM, ParticipantRole.LEGAL_REPRESENTATIVE);

  private DocumentAddressees() {}

  /**
   * Whether a document of {@code kind}, naming {@code addressedTo} (or no one), is for the
   * participant {@code participant} in the part {@code role}.
   */
  public static boolean isFor(
      DocumentKind kind, UUID addressedTo, UUID participant, ParticipantRole role) {
    if (TO_THE_PERSON_NAMED.contains(kind)) {
      return participant.equals(addressedTo);
    }
    if (kind.effect() == DocumentEffect.TERMINATE) {
      return TOLD_OF_TERMINATION.contains(role);
    }
    if (kind.effect() == DocumentEffect.TO_COURT) {
      return role == ParticipantRole.SUSPECT;
    }
    return false;
  }

  /** Whether the person is told by SMS when the document takes effect. */
  public static boolean announced(DocumentKind kind) {
    return !SIGNED_IN_PERSON.contains(kind);
  }
}
