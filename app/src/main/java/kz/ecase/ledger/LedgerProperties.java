package kz.ecase.ledger;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The ledger's settings.
 *
 * @param origin the log's name in its checkpoints and the checkpoint key's name
 * @param signingKey path to the Ed25519 checkpoint key, PKCS#8 PEM (ECASE_LEDGER_KEY); empty
 *     outside production: generated under the data directory
 * @param verifierKey the matching verifier key, {@code <name>+<id>+<base64>} (ECASE_LEDGER_VKEY)
 * @param batchSize most entries the integrator sequences in one transaction
 * @param pollInterval how long the integrator waits when nothing is pending
 * @param checkpointInterval how often a new checkpoint is signed while entries arrive
 */
@ConfigurationProperties("ecase.ledger")
public record LedgerProperties(
    @DefaultValue("ecase.local/ledger") String origin,
    @DefaultValue("") String signingKey,
    @DefaultValue("") String verifierKey,
    @DefaultValue("256") int batchSize,
    @DefaultValue("20ms") Duration pollInterval,
    @DefaultValue("2s") Duration checkpointInterval) {}
