package kz.ecase.procedure;

import java.util.List;
import java.util.UUID;

/**
 * Where a procedure keeps the steps of its records (each procedure its own insert-only table, one
 * row per step, unique on record and sequence so that of two concurrent steps only one is stored).
 */
public interface StepJournal {

  /** The record kind in ledger references and messages, e.g. {@code protocol}, {@code report}. */
  String recordKind();

  /** The ledger entry type of a step, {@code <module>.<PastTense>}. */
  String entryType();

  /** The record's steps, oldest first. */
  List<RecordedStep> steps(UUID recordId);

  /**
   * Stores the step.
   *
   * @throws org.springframework.dao.DuplicateKeyException when the record already has a step of
   *     this sequence number
   */
  void append(RecordedStep step);
}
