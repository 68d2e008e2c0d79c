package kz.ecase.ledger;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The ledger's settings.
 *
 * @param origin the log's name in its checkpoints and the checkpoint key's name
 * @param signingKey path to the Ed25519 checkpoint key, a PKCS#8 PEM file or a PKCS#12 key store
 *     ending in .p12 or .pfx (ECASE_LEDGER_KEY); empty outside production: generated under the data
 *     directory
 * @param signingKeyPassword the PKCS#12 key store's password (ECASE_LEDGER_KEY_PASSWORD)
 * @param signingKeyAlias the key's alias in the key store, when it holds more than one key
 *     (ECASE_LEDGER_KEY_ALIAS)
 * @param verifierKey the matching verifier key, {@code <name>+<id>+<base64>} (ECASE_LEDGER_VKEY)
 * @param batchSize most entries the integrator sequences in one transaction
 * @param pollInterval how long the integrator waits when nothing is pending (a local commit wakes
 *     it at once)
 * @param linger after a batch that was not full, and after a local commit woke an idle integrator,
 *     how long it lets entries gather before the next batch (fewer, larger transactions under load;
 *     the price is as much added to commit → index when idle)
 * @param checkpointInterval how often a new checkpoint is signed while entries arrive
 */
@ConfigurationProperties("ecase.ledger")
public record LedgerProperties(
    @DefaultValue("ecase.local/ledger") String origin,
    @DefaultValue("") String signingKey,
    @DefaultValue("") String signingKeyPassword,
    @DefaultValue("") String signingKeyAlias,
    @DefaultValue("") String verifierKey,
    @DefaultValue("256") int batchSize,
    @DefaultValue("50ms") Duration pollInterval,
    @DefaultValue("5ms") Duration linger,
    @DefaultValue("2s") Duration checkpointInterval) {}
