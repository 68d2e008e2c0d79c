package kz.ecase.ledger.tree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kz.ecase.merkle.Checkpoint;
import kz.ecase.merkle.Hash;
import kz.ecase.merkle.NoteException;
import kz.ecase.merkle.NoteSigner;
import kz.ecase.merkle.NoteVerifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checkpoint keys from the files operators keep them in: PKCS#8 PEM and PKCS#12 key stores. */
class CheckpointKeyFileTest {

  private static final String ORIGIN = "ecase.test/ledger";

  @TempDir Path dir;

  @Test
  void aPkcs12KeyStoreMadeWithKeytoolSignsCheckpointsItsCertificateVerifies() throws Exception {
    Path store = keytool("checkpoint", "store-secret");

    NoteSigner signer = CheckpointKeyFile.signer(store, "store-secret", "", "", ORIGIN);

    String note = signer.sign(new Checkpoint(ORIGIN, 3, Hash.leaf(new byte[] {1})));
    NoteVerifier published = NoteVerifier.fromVerifierKey(signer.verifierKey());
    assertThat(published.verifyCheckpoint(note).size()).isEqualTo(3);
    assertThat(signer.name()).isEqualTo(ORIGIN);
  }

  @Test
  void aConfiguredVerifierKeyMustBeTheKeyStoresPair() throws Exception {
    Path store = keytool("checkpoint", "store-secret");
    String otherKey = NoteSigner.generate(ORIGIN).verifierKey();

    assertThatThrownBy(() -> CheckpointKeyFile.signer(store, "store-secret", "", otherKey, ORIGIN))
        .isInstanceOf(NoteException.class)
        .hasMessageContaining("does not belong");
  }

  @Test
  void aWrongPasswordIsNamedAsSuch() throws Exception {
    Path store = keytool("checkpoint", "store-secret");

    assertThatThrownBy(() -> CheckpointKeyFile.signer(store, "guess", "", "", ORIGIN))
        .hasMessageContaining("wrong password");
  }

  @Test
  void aStoreWithTwoKeysNeedsTheAlias() throws Exception {
    Path store = keytool("first", "store-secret");
    keytool(store, "second", "store-secret");

    assertThatThrownBy(() -> CheckpointKeyFile.signer(store, "store-secret", "", "", ORIGIN))
        .hasMessageContaining("ECASE_LEDGER_KEY_ALIAS");
    NoteSigner second = CheckpointKeyFile.signer(store, "store-secret", "second", "", ORIGIN);
    NoteSigner first = CheckpointKeyFile.signer(store, "store-secret", "first", "", ORIGIN);
    assertThat(second.verifierKey()).isNotEqualTo(first.verifierKey());
  }

  @Test
  void aPemKeyRoundTripsWithItsVerifierKey() throws IOException {
    NoteSigner generated = NoteSigner.generate(ORIGIN);
    Path pem = dir.resolve("checkpoint-key.pem");
    Files.writeString(pem, CheckpointKeyFile.pem(generated.privateKeyPkcs8()));

    NoteSigner read = CheckpointKeyFile.signer(pem, "", "", generated.verifierKey(), ORIGIN);

    assertThat(read.verifierKey()).isEqualTo(generated.verifierKey());
  }

  private Path keytool(String alias, String password) throws Exception {
    return keytool(dir.resolve("ledger.p12"), alias, password);
  }

  private static Path keytool(Path store, String alias, String password) throws Exception {
    Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
    Process process =
        new ProcessBuilder(
                List.of(
                    keytool.toString(),
                    "-genkeypair",
                    "-keyalg",
                    "Ed25519",
                    "-alias",
                    alias,
                    "-dname",
                    "CN=ecase checkpoints",
                    "-storetype",
                    "PKCS12",
                    "-keystore",
                    store.toString(),
                    "-storepass",
                    password))
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes());
    assertThat(process.waitFor()).as(output).isZero();
    return store;
  }
}
