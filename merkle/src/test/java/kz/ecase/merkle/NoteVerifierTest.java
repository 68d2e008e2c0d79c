package kz.ecase.merkle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Known answers from the example of Go's sumdb/note package documentation, the reference for the
 * signed note format: its verifier key, its signer's private seed and the signed note they make.
 */
class NoteVerifierTest {

  static final String PETER_VKEY =
      "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW";
  static final String PETER_SEED_WITH_TYPE = "AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz";
  static final String PETER_TEXT =
      "If you think cryptography is the answer to your problem,\n"
          + "then you don't know what your problem is.\n";
  static final String PETER_NOTE =
      PETER_TEXT
          + "\n— PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqd"
          + "ngotpRZb6KE6RyyBwJnAM=\n";

  private final NoteVerifier peter = NoteVerifier.fromVerifierKey(PETER_VKEY);

  @Test
  void verifiesTheKnownNote() {
    assertThat(peter.verify(PETER_NOTE)).isEqualTo(PETER_TEXT);
    assertThat(peter.name()).isEqualTo("PeterNeumann");
    assertThat(peter.verifierKey()).isEqualTo(PETER_VKEY);
  }

  @Test
  void keyIdIsTheStartOfTheHashOfNameTypeAndKey() {
    byte[] typeAndKey = Base64.getDecoder().decode(PETER_VKEY.substring(22));
    byte[] hash =
        ReferenceTree.sha256("PeterNeumann\n".getBytes(StandardCharsets.UTF_8), typeAndKey);

    assertThat(HexFormat.of().formatHex(hash, 0, 4)).isEqualTo("c74f20a3");
    assertThat(peter.keyId()).isEqualTo(0xc74f20a3);
  }

  @Test
  void signingTheKnownTextWithTheKnownSeedGivesTheKnownNote() throws Exception {
    byte[] seed = Arrays.copyOfRange(Base64.getDecoder().decode(PETER_SEED_WITH_TYPE), 1, 33);
    PrivateKey key = ed25519PrivateKey(seed);

    assertThat(NoteSigner.of(PETER_VKEY, key).sign(PETER_TEXT)).isEqualTo(PETER_NOTE);
  }

  @Test
  void ignoresSignaturesByOtherKeys() {
    NoteSigner other = NoteSigner.generate("other.example/witness");
    NoteSigner sameName = NoteSigner.generate("PeterNeumann");
    String otherLine = signatureLine(other.sign(PETER_TEXT));
    String sameNameLine = signatureLine(sameName.sign(PETER_TEXT));

    String cosigned = PETER_TEXT + "\n" + otherLine + sameNameLine + signatureLine(PETER_NOTE);

    assertThat(peter.verify(cosigned)).isEqualTo(PETER_TEXT);
    assertThatThrownBy(() -> peter.verify(PETER_TEXT + "\n" + otherLine + sameNameLine))
        .isInstanceOf(NoteException.class)
        .hasMessage("the note is not signed by PeterNeumann (key ID c74f20a3)");
  }

  @Test
  void refusesANoteWhoseTextWasChanged() {
    String changed = PETER_NOTE.replace("don't", "do");

    assertThatThrownBy(() -> peter.verify(changed))
        .isInstanceOf(NoteException.class)
        .hasMessage(
            "the signature by PeterNeumann does not match the note: the text was changed after"
                + " signing, or the signature is not genuine");
  }

  @Test
  void refusesTheWholeNoteIfOneSignatureByTheKeyFails() {
    String line = signatureLine(PETER_NOTE);
    String forged =
        line.substring(0, 30) + (line.charAt(30) == 'A' ? 'B' : 'A') + line.substring(31);

    assertThatThrownBy(() -> peter.verify(PETER_NOTE + forged))
        .isInstanceOf(NoteException.class)
        .hasMessageStartingWith("the signature by PeterNeumann does not match the note");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "PeterNeumann",
        "PeterNeumann+c74f20a3",
        "PeterNeumann+c74f20a3+",
        "PeterNeumann+C74F20A3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW",
        "PeterNeumann+c74f20a4+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW",
        "PeterNeumann+c74f20+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW",
        "PeterNeuman+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW",
        "Peter Neumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW",
        "+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW",
        "PeterNeumann+c74f20a3+Apc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW",
        "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10T",
        "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TWAA==",
        "PeterNeumann+c74f20a3+AhpjMc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW",
      })
  void refusesMalformedVerifierKeys(String verifierKey) {
    assertThatThrownBy(() -> NoteVerifier.fromVerifierKey(verifierKey))
        .isInstanceOf(NoteException.class);
  }

  @Test
  void saysWhatIsWrongWithAVerifierKey() {
    assertThatThrownBy(
            () ->
                NoteVerifier.fromVerifierKey(
                    "PeterNeumann+c74f20a4+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW"))
        .hasMessage("the verifier key's ID does not match its name and key");
    assertThatThrownBy(() -> NoteVerifier.fromVerifierKey("PeterNeumann"))
        .hasMessage("the verifier key is not of the form name+keyid+key");
  }

  static PrivateKey ed25519PrivateKey(byte[] seed) throws Exception {
    byte[] pkcs8 = HexFormat.of().parseHex("302e020100300506032b657004220420");
    byte[] encoded = Arrays.copyOf(pkcs8, pkcs8.length + 32);
    System.arraycopy(seed, 0, encoded, pkcs8.length, 32);
    return KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(encoded));
  }

  /** The last line of a signed note, with its newline. */
  static String signatureLine(String signedNote) {
    int start = signedNote.lastIndexOf('\n', signedNote.length() - 2) + 1;
    return signedNote.substring(start);
  }
}
