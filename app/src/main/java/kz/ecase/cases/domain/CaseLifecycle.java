package kz.ecase.cases.domain;

import java.time.Instant;
import java.util.List;
import kz.ecase.investigations.domain.StepNotAllowedException;

/**
 * A case's life: rebuilt from its recorded steps, it checks the next one against the table of
 * {@link CaseStep}.
 */
public final class CaseLifecycle {

  private CaseStatus status = CaseStatus.REGISTERED;

  private CaseLifecycle() {}

  /** The case as its recorded steps (oldest first) left it. */
  public static CaseLifecycle replay(List<CaseEvent> events) {
    CaseLifecycle lifecycle = new CaseLifecycle();
    for (CaseEvent event : events) {
      if (event.from() != lifecycle.status) {
        throw new IllegalStateException(
            "Recorded history is broken: " + event.step() + " from " + event.from());
      }
      lifecycle.status = event.to();
    }
    return lifecycle;
  }

  public CaseStatus status() {
    return status;
  }

  /**
   * The step as it would be recorded.
   *
   * @throws StepNotAllowedException when the case's state does not allow it
   */
  public CaseEvent take(CaseStep step, String actor, Instant at, String reasons) {
    if (!step.allowedFrom(status)) {
      throw new StepNotAllowedException(step.name(), status.name());
    }
    return new CaseEvent(step, status, step.leadsFrom(status), at, actor, reasons);
  }
}
