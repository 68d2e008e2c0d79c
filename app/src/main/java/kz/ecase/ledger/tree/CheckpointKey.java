package kz.ecase.ledger.tree;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kz.ecase.ledger.LedgerProperties;
import kz.ecase.merkle.NoteSigner;
import kz.ecase.platform.EcaseProperties;
import kz.ecase.platform.ProductionCheck;
import kz.ecase.platform.SecretFiles;
import org.springframework.stereotype.Component;

/**
 * The Ed25519 key that signs checkpoints: from configuration (a PKCS#8 PEM file or a PKCS#12 key
 * store, and its verifier key), or generated on first start under {@code <data-directory>/ledger/}
 * and kept there.
 */
@Component
public class CheckpointKey implements ProductionCheck {

  private final NoteSigner signer;
  private final boolean configured;

  CheckpointKey(LedgerProperties ledger, EcaseProperties ecase) {
    this.configured = !ledger.signingKey().isBlank();
    this.signer =
        configured
            ? CheckpointKeyFile.signer(
                Path.of(ledger.signingKey()),
                ledger.signingKeyPassword(),
                ledger.signingKeyAlias(),
                ledger.verifierKey(),
                ledger.origin())
            : generatedIn(ecase.dataDirectory().resolve("ledger"), ledger.origin());
  }

  public NoteSigner signer() {
    return signer;
  }

  @Override
  public List<String> problems() {
    return configured
        ? List.of()
        : List.of("no checkpoint key: set ECASE_LEDGER_KEY (and ECASE_LEDGER_VKEY with a PEM key)");
  }

  private static NoteSigner generatedIn(Path directory, String origin) {
    Path key = directory.resolve("checkpoint-key.pem");
    Path vkey = directory.resolve("checkpoint-key.vkey");
    try {
      if (Files.exists(key) && Files.exists(vkey)) {
        SecretFiles.protect(key);
        return NoteSigner.fromPkcs8(Files.readString(vkey).trim(), CheckpointKeyFile.readPem(key));
      }
      NoteSigner generated = NoteSigner.generate(origin);
      SecretFiles.write(key, CheckpointKeyFile.pem(generated.privateKeyPkcs8()));
      Files.writeString(vkey, generated.verifierKey() + "\n");
      return generated;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot keep the checkpoint key in " + directory, e);
    }
  }
}
