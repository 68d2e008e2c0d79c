package kz.ecase.signing.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import kz.ecase.signing.SignatureAlgorithms;
import org.junit.jupiter.api.Test;

class KeyEncryptionKeyTest {

  static final KeyEncryptionKey KEK = KeyEncryptionKey.of(KeyEncryptionKey.generateBytes());
  static final byte[] PKCS8 =
      SignatureAlgorithms.ECDSA_P256.generateKeyPair().getPrivate().getEncoded();

  @Test
  void aWrappedKeyUnwrapsForItsOwnerAndSerial() throws Exception {
    byte[] wrapped = KEK.wrap(PKCS8, "officer", "1a2b");

    assertThat(KEK.unwrap(wrapped, "officer", "1a2b")).isEqualTo(PKCS8);
    assertThat(wrapped).hasSize(12 + PKCS8.length + 16);
    assertThat(indexOf(wrapped, PKCS8)).as("no clear text in the wrapped bytes").isEqualTo(-1);
  }

  @Test
  void eachWrapUsesAFreshNonce() {
    assertThat(KEK.wrap(PKCS8, "officer", "1a2b")).isNotEqualTo(KEK.wrap(PKCS8, "officer", "1a2b"));
  }

  @Test
  void anotherKekDoesNotUnwrap() {
    byte[] wrapped = KEK.wrap(PKCS8, "officer", "1a2b");
    KeyEncryptionKey other = KeyEncryptionKey.of(KeyEncryptionKey.generateBytes());

    assertThat(other.id()).isNotEqualTo(KEK.id());
    assertThatThrownBy(() -> other.unwrap(wrapped, "officer", "1a2b"))
        .isInstanceOf(KeyEncryptionKey.UnwrapException.class);
  }

  @Test
  void anotherOwnerOrSerialDoesNotUnwrap() {
    byte[] wrapped = KEK.wrap(PKCS8, "officer", "1a2b");

    assertThatThrownBy(() -> KEK.unwrap(wrapped, "head", "1a2b"))
        .isInstanceOf(KeyEncryptionKey.UnwrapException.class);
    assertThatThrownBy(() -> KEK.unwrap(wrapped, "officer", "1a2c"))
        .isInstanceOf(KeyEncryptionKey.UnwrapException.class);
    assertThatThrownBy(() -> KEK.unwrap(wrapped, "officer1", "a2b"))
        .as("the fields are length-prefixed: moving a character between them changes the data")
        .isInstanceOf(KeyEncryptionKey.UnwrapException.class);
  }

  @Test
  void anyChangedByteIsRefused() {
    byte[] wrapped = KEK.wrap(PKCS8, "officer", "1a2b");
    for (int i = 0; i < wrapped.length; i++) {
      byte[] tampered = wrapped.clone();
      tampered[i] ^= 0x01;
      int at = i;
      assertThatThrownBy(() -> KEK.unwrap(tampered, "officer", "1a2b"))
          .as("byte %d changed", at)
          .isInstanceOf(KeyEncryptionKey.UnwrapException.class);
    }
    assertThatThrownBy(() -> KEK.unwrap(java.util.Arrays.copyOf(wrapped, 20), "officer", "1a2b"))
        .isInstanceOf(KeyEncryptionKey.UnwrapException.class);
  }

  @Test
  void theSameKekBytesGiveTheSameIdAndVerifiers() throws Exception {
    byte[] bytes = KeyEncryptionKey.generateBytes();
    KeyEncryptionKey one = KeyEncryptionKey.of(bytes);
    KeyEncryptionKey again = KeyEncryptionKey.of(bytes);

    assertThat(again.id()).isEqualTo(one.id()).hasSize(16);
    assertThat(again.pinVerifier("officer", "1a2b", "246810".toCharArray()))
        .isEqualTo(one.pinVerifier("officer", "1a2b", "246810".toCharArray()));
    assertThat(again.unwrap(one.wrap(PKCS8, "officer", "1a2b"), "officer", "1a2b"))
        .isEqualTo(PKCS8);
  }

  @Test
  void theVerifierMatchesOnlyTheSamePinUserSerialAndKek() {
    byte[] verifier = KEK.pinVerifier("officer", "1a2b", "246810".toCharArray());

    assertThat(verifier).hasSize(32);
    assertThat(KEK.pinMatches(verifier, "officer", "1a2b", "246810".toCharArray())).isTrue();
    assertThat(KEK.pinMatches(verifier, "officer", "1a2b", "246811".toCharArray())).isFalse();
    assertThat(KEK.pinMatches(verifier, "head", "1a2b", "246810".toCharArray())).isFalse();
    assertThat(KEK.pinMatches(verifier, "officer", "1a2c", "246810".toCharArray())).isFalse();
    KeyEncryptionKey other = KeyEncryptionKey.of(KeyEncryptionKey.generateBytes());
    assertThat(other.pinMatches(verifier, "officer", "1a2b", "246810".toCharArray()))
        .as("without the KEK the verifier cannot be tested")
        .isFalse();
  }

  @Test
  void aKekHasExactly32Bytes() {
    assertThatThrownBy(() -> KeyEncryptionKey.of(new byte[16]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("32 bytes");
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
