package kz.ecase.procedure;

import kz.ecase.kernel.Iin;
import kz.ecase.kernel.UnitCode;

/**
 * What the ledger entry of a step is about: the record's register number, its unit, and the person
 * it concerns (for the person's own view of the ledger), if any.
 */
public record StepSubject(String number, UnitCode unit, Iin person) {}
