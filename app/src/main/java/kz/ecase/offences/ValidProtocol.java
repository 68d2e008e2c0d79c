package kz.ecase.offences;

import java.time.Instant;
import java.util.List;
import kz.ecase.kernel.Iin;
import kz.ecase.offences.domain.Article;
import kz.ecase.offences.domain.CatalogueVersion;
import kz.ecase.offences.domain.Fine;

/**
 * A submitted protocol that passed every check: what registration needs.
 *
 * @param evidenceSha256 stored evidence documents named by the form (photos uploaded with the page
 *     are added at registration)
 * @param language {@code kk} or {@code ru}
 * @param explanation the person's explanation, or null
 */
record ValidProtocol(
    String idempotencyKey,
    Iin iin,
    CatalogueVersion version,
    Article article,
    Instant offenceTime,
    String place,
    String plate,
    String description,
    Fine fine,
    String pin,
    List<String> evidenceSha256,
    String language,
    String explanation,
    boolean explanationRefused) {}
