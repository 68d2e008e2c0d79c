package kz.ecase.investigations.custody;

/**
 * A step of a clock taken by hand, as submitted.
 *
 * @param step {@code CONFIRM_LEGAL}, {@code DECLARE_ILLEGAL}, {@code CORRECT_TIME}, {@code
 *     RELEASE}, {@code TRANSFER_TO_CUSTODY} or {@code CONVERT_TO_DETENTION}
 * @param reasons required for a declaration of illegality, a correction, a transfer (the court's
 *     sanction) and a conversion (the grounds of the detention)
 * @param restrictedAt the corrected moment of restriction ({@code CORRECT_TIME})
 * @param exceptionalGround the new detention's stated ground ({@code CONVERT_TO_DETENTION})
 */
public record CustodyStepForm(
    String step, String reasons, String restrictedAt, String exceptionalGround, String pin) {}
