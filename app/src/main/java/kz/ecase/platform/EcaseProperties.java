package kz.ecase.platform;

import java.nio.file.Path;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings shared by all modules.
 *
 * @param dataDirectory where ecase keeps its files on the embedded default (database, generated
 *     keys); {@code ./data} unless configured
 * @param timeZone the zone in which pages show times (ECASE_TIME_ZONE; all of Kazakhstan is UTC+5)
 */
@ConfigurationProperties("ecase")
public record EcaseProperties(
    @DefaultValue("./data") Path dataDirectory, @DefaultValue("Asia/Almaty") ZoneId timeZone) {}
