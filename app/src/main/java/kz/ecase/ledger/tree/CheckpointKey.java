package kz.ecase.ledger.tree;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import kz.ecase.ledger.LedgerProperties;
import kz.ecase.merkle.NoteSigner;
import kz.ecase.platform.EcaseProperties;
import kz.ecase.platform.ProductionCheck;
import org.springframework.stereotype.Component;

/**
 * The Ed25519 key that signs checkpoints: from configuration (a PKCS#8 PEM file and its verifier
 * key), or generated on first start under {@code <data-directory>/ledger/} and kept there.
 */
@Component
public class CheckpointKey implements ProductionCheck {

  private static final String PEM_BEGIN = "-----BEGIN PRIVATE KEY-----";
  private static final String PEM_END = "-----END PRIVATE KEY-----";

  private final NoteSigner signer;
  private final boolean configured;

  CheckpointKey(LedgerProperties ledger, EcaseProperties ecase) {
    this.configured = !ledger.signingKey().isBlank();
    this.signer =
        configured
            ? NoteSigner.fromPkcs8(ledger.verifierKey(), readPem(Path.of(ledger.signingKey())))
            : generatedIn(ecase.dataDirectory().resolve("ledger"), ledger.origin());
  }

  public NoteSigner signer() {
    return signer;
  }

  @Override
  public List<String> problems() {
    return configured
        ? List.of()
        : List.of("no checkpoint key: set ECASE_LEDGER_KEY and ECASE_LEDGER_VKEY");
  }

  private static NoteSigner generatedIn(Path directory, String origin) {
    Path key = directory.resolve("checkpoint-key.pem");
    Path vkey = directory.resolve("checkpoint-key.vkey");
    try {
      if (Files.exists(key) && Files.exists(vkey)) {
        return NoteSigner.fromPkcs8(Files.readString(vkey).trim(), readPem(key));
      }
      NoteSigner generated = NoteSigner.generate(origin);
      Files.createDirectories(directory);
      Files.writeString(key, pem(generated.privateKeyPkcs8()));
      Files.writeString(vkey, generated.verifierKey() + "\n");
      return generated;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot keep the checkpoint key in " + directory, e);
    }
  }

  static byte[] readPem(Path file) {
    try {
      String text = Files.readString(file, StandardCharsets.US_ASCII);
      int begin = text.indexOf(PEM_BEGIN);
      int end = text.indexOf(PEM_END);
      if (begin < 0 || end < begin) {
        throw new IllegalStateException(file + " is not a PKCS#8 PEM private key");
      }
      return Base64.getMimeDecoder().decode(text.substring(begin + PEM_BEGIN.length(), end));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the checkpoint key " + file, e);
    }
  }

  static String pem(byte[] pkcs8) {
    return PEM_BEGIN
        + "\n"
        + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(pkcs8)
        + "\n"
        + PEM_END
        + "\n";
  }
}
