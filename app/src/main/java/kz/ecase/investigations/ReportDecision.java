package kz.ecase.investigations;

/**
 * A step taken by hand on a report: a decision by staff (REGISTER with the article, REFUSE,
 * TRANSFER with whom to, PASS_TO_ADMINISTRATIVE) or the duty prosecutor's check (CONFIRM_*, RETURN,
 * ANNUL_REFUSAL with the article the report is registered under).
 *
 * @param article the Criminal Code article and part, {@code 188-1}, for a registering step
 * @param form the form of investigation, when not the one proposed from the article's gravity
 * @param transferTo the unit or agency a report is transferred to
 */
public record ReportDecision(
    String step, String article, String form, String transferTo, String reasons, String pin) {}
