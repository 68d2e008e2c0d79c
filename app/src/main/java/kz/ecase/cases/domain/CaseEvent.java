package kz.ecase.cases.domain;

import java.time.Instant;

/** A step of a case as recorded: from one state to the next, when, by whom, why. */
public record CaseEvent(
    CaseStep step, CaseStatus from, CaseStatus to, Instant at, String actor, String reasons) {}
