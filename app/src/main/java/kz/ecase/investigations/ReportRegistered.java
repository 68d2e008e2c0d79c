package kz.ecase.investigations;

import java.time.Instant;
import java.util.UUID;
import kz.ecase.identity.Role;

/**
 * A report was entered in the ERDR (registered by staff, registered again after a return, or
 * registered by the duty prosecutor's annulment of a refusal): the pre-trial investigation starts.
 * Published inside the registration's transaction, so that what starts the case is stored with it
 * or not at all.
 *
 * @param registeredBy who took the step, and {@code registeredByRole} in which role
 */
public record ReportRegistered(
    UUID reportId,
    String erdrNumber,
    String unit,
    String articleCode,
    String gravity,
    String form,
    String registeredBy,
    Role registeredByRole,
    Instant at) {}
