package kz.ecase.offences.domain;

import java.math.BigDecimal;

/**
 * A fine imposed under an article.
 *
 * @param articleCode the catalogue row applied (after any repeat escalation)
 * @param mci the fine in MCI
 * @param year the offence year whose MCI applies
 * @param tengePerMci that year's MCI
 * @param tenge the full fine in tenge (scale 2)
 * @param rangeConfirmed whether the article's fine range is confirmed in the catalogue
 */
public record Fine(
    String articleCode,
    int mci,
    int year,
    long tengePerMci,
    BigDecimal tenge,
    boolean rangeConfirmed) {}
