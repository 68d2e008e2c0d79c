package kz.ecase.merkle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.junit.jupiter.api.Test;

class NoteSignerTest {

  private static final long SEED = Long.getLong("ecase.seed", System.nanoTime());

  private final RandomGenerator random = RandomGeneratorFactory.of("L64X128MixRandom").create(SEED);

  private final NoteSigner signer = NoteSigner.generate("ecase.example/registry");

  @Test
  void signsNotesItsVerifierAccepts() {
    String text = "ecase.example/registry\n3\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n";

    String note = signer.sign(text);

    assertThat(note).startsWith(text + "\n— ecase.example/registry ").endsWith("\n");
    assertThat(signer.verifier().verify(note)).isEqualTo(text);
    assertThat(NoteVerifier.fromVerifierKey(signer.verifierKey()).verify(note)).isEqualTo(text);
  }

  @Test
  void itsExportedKeysMakeTheSameSigner() {
    NoteSigner restored = NoteSigner.fromPkcs8(signer.verifierKey(), signer.privateKeyPkcs8());
    String note = restored.sign("text\n");

    assertThat(restored.verifierKey()).isEqualTo(signer.verifierKey());
    assertThat(signer.verifier().verify(note)).isEqualTo("text\n");
    assertThat(note).isEqualTo(signer.sign("text\n"));
  }

  @Test
  void refusesAPrivateKeyOfAnotherVerifierKey() {
    NoteSigner other = NoteSigner.generate("ecase.example/registry");

    assertThatThrownBy(() -> NoteSigner.fromPkcs8(signer.verifierKey(), other.privateKeyPkcs8()))
        .isInstanceOf(NoteException.class)
        .hasMessage(
            "the private key does not belong to the verifier key of ecase.example/registry");
    assertThatThrownBy(() -> NoteSigner.fromPkcs8(signer.verifierKey(), new byte[] {1, 2, 3}))
        .isInstanceOf(NoteException.class)
        .hasMessage("the private key is not a PKCS#8 Ed25519 key");
  }

  @Test
  void refusesAPrivateKeyOfAnotherAlgorithm() throws Exception {
    var ed448 = KeyPairGenerator.getInstance("Ed448").generateKeyPair().getPrivate();

    assertThatThrownBy(() -> NoteSigner.of(signer.verifierKey(), ed448))
        .isInstanceOf(NoteException.class)
        .hasMessage("the private key is not an Ed25519 key");
  }

  @Test
  void refusesTextANoteCannotCarry() {
    assertThatThrownBy(() -> signer.sign("no newline at the end"))
        .isInstanceOf(NoteException.class)
        .hasMessage("the note text does not end with a newline");
    assertThatThrownBy(() -> signer.sign(""))
        .isInstanceOf(NoteException.class)
        .hasMessage("the note text does not end with a newline");
    assertThatThrownBy(() -> signer.sign("tab\there\n"))
        .isInstanceOf(NoteException.class)
        .hasMessage("the note text contains a control character (U+0009)");
  }

  @Test
  void refusesKeyNamesWithSpacesOrPlusSigns() {
    assertThatThrownBy(() -> NoteSigner.generate("two words"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> NoteSigner.generate("a+b"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> NoteSigner.generate("")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aKeyFromTheSameRandomBytesIsTheSameKey() {
    NoteSigner first = NoteSigner.generate("k", seededSecureRandom());
    NoteSigner second = NoteSigner.generate("k", seededSecureRandom());

    assertThat(first.verifierKey()).as("seed %d", SEED).isEqualTo(second.verifierKey());
    assertThat(first.verifierKey()).as("seed %d", SEED).isNotEqualTo(signer.verifierKey());
  }

  @Test
  void randomTextsRoundTripAndAnyChangedCharacterIsRefused() {
    NoteVerifier verifier = signer.verifier();
    for (int trial = 0; trial < 200; trial++) {
      String text = randomText();
      String note = signer.sign(text);
      assertThat(verifier.verify(note)).as("seed %d, text %s", SEED, text).isEqualTo(text);

      int at = random.nextInt(note.length());
      char replacement = randomCharacter();
      if (replacement == note.charAt(at)) {
        continue;
      }
      String changed = note.substring(0, at) + replacement + note.substring(at + 1);
      assertThatThrownBy(() -> verifier.verify(changed))
          .as("seed %d, note %s changed at %d", SEED, note, at)
          .isInstanceOf(NoteException.class);
    }
  }

  /** One to five lines of letters, digits, punctuation, Cyrillic and spaces, maybe empty lines. */
  private String randomText() {
    StringBuilder text = new StringBuilder();
    int lines = 1 + random.nextInt(5);
    for (int line = 0; line < lines; line++) {
      int length = line == 0 ? 1 + random.nextInt(40) : random.nextInt(40);
      for (int i = 0; i < length; i++) {
        text.append(randomCharacter());
      }
      text.append('\n');
    }
    return text.toString();
  }

  private char randomCharacter() {
    String alphabet = "abcXYZ0189 +/=.-—\nқазақшаҚ";
    return alphabet.charAt(random.nextInt(alphabet.length()));
  }

  private SecureRandom seededSecureRandom() {
    RandomGenerator source = RandomGeneratorFactory.of("L64X128MixRandom").create(SEED);
    return new SecureRandom() {
      @Override
      public void nextBytes(byte[] bytes) {
        source.nextBytes(bytes);
      }
    };
  }
}
