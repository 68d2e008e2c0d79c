package kz.ecase.cases.court;

import java.util.UUID;
import kz.ecase.cases.CaseIds;
import kz.ecase.cases.CourtSteps;
import kz.ecase.documents.Documents;
import kz.ecase.documents.StoredDocument;
import kz.ecase.identity.Action;
import kz.ecase.identity.Authorization;
import kz.ecase.identity.CurrentUser;
import kz.ecase.platform.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The court file of a case as the court accepted it (the latest sending), for those who may see the
 * case; the read is audited like the case's.
 */
@Service
public class CourtFiles {

  private final CourtSteps steps;
  private final CourtOutbox outbox;
  private final Documents documents;
  private final Authorization authorization;

  CourtFiles(
      CourtSteps steps, CourtOutbox outbox, Documents documents, Authorization authorization) {
    this.steps = steps;
    this.outbox = outbox;
    this.documents = documents;
    this.authorization = authorization;
  }

  /**
   * @throws NotFoundException for a case the user may not see, or whose file the court has not
   *     accepted yet
   */
  @Transactional
  public StoredDocument latest(CurrentUser user, String caseId, String purpose) {
    if (!user.role().allows(Action.VIEW_RECORD)) {
      throw new AccessDeniedException("Your role does not see case files");
    }
    UUID id = CaseIds.parse(caseId);
    authorization.requireRead("case/" + id, steps.scopeOf(id), purpose);
    return outbox
        .latestFileOf(id)
        .flatMap(documents::find)
        .orElseThrow(() -> new NotFoundException("The court has not accepted a file of the case"));
  }
}
