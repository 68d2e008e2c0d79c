package kz.ecase.procedure;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import kz.ecase.ledger.Attachment;

/**
 * A step a procedure decided to take, as the kernel records it: the step's name and the states it
 * leads from and to (the procedure's own state table checked them), who took it and when, their
 * reasons, facts it follows from (JSON-compatible, recorded in the ledger) and, for a step taken by
 * hand, its signed act.
 */
public record NextStep(
    StepSubject subject,
    String step,
    String from,
    String to,
    Instant at,
    String actor,
    String reasons,
    Map<String, Object> details,
    SignedAct act) {

  public NextStep {
    reasons = reasons == null ? "" : reasons;
    details = details == null ? Map.of() : details;
  }

  /** The step a procedure's domain event names, with its facts and act. */
  public static NextStep of(
      StepSubject subject,
      Enum<?> step,
      Enum<?> from,
      Enum<?> to,
      Instant at,
      String actor,
      String reasons,
      Map<String, Object> details,
      SignedAct act) {
    return new NextStep(
        subject, step.name(), from.name(), to.name(), at, actor, reasons, details, act);
  }

  List<Attachment> attachments() {
    return act == null ? List.of() : act.attachments();
  }

  String documentSha256() {
    return act == null ? null : act.documentSha256();
  }
}
