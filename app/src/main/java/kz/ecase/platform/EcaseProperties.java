package kz.ecase.platform;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings shared by all modules.
 *
 * @param dataDirectory where ecase keeps its files on the embedded default (database, generated
 *     keys); {@code ./data} unless configured
 */
@ConfigurationProperties("ecase")
public record EcaseProperties(@DefaultValue("./data") Path dataDirectory) {}
