package kz.ecase.signing;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import kz.ecase.signing.authority.KeyEncryptionKeys;
import kz.ecase.signing.authority.SigningAuthority;
import kz.ecase.signing.crypto.KeyEncryptionKey;
import kz.ecase.signing.crypto.Pem;
import kz.ecase.signing.crypto.Pkcs12Keys;
import kz.ecase.signing.domain.SigningPin;
import kz.ecase.signing.persistence.SigningKeyStore.StoredKey;
import kz.ecase.signing.persistence.SigningKeyStore.Wrapped;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.springframework.stereotype.Component;

/**
 * Opens and writes users' keys as stored: wrapped under the current key-encryption key with a
 * verifier of the PIN; or, written before keys were wrapped, in a PKCS#12 under the PIN (one
 * PBKDF2) or wrapped under a previous KEK of a rotation. The PIN is checked against the verifier
 * before anything is unwrapped.
 */
@Component
class WrappedKeys {

  /** A key the PIN opened; {@code stale} when it should be written again under the current KEK. */
  record Opened(Pkcs12Keys.Opened key, boolean stale) {}

  private final KeyEncryptionKeys keks;
  private final SigningAuthority authority;

  /**
   * The certificate chains stored beside wrapped keys, parsed once (public data, keyed by their PEM
   * text): parsing them for every act was a fortieth of a protocol's registration.
   */
  private final LoadingCache<String, List<X509Certificate>> chains =
      Caffeine.newBuilder()
          .maximumSize(10_000)
          .build(pem -> List.copyOf(Pem.certificates(pem.getBytes(StandardCharsets.ISO_8859_1))));

  WrappedKeys(KeyEncryptionKeys keks, SigningAuthority authority) {
    this.keks = keks;
    this.authority = authority;
  }

  /** The key and chain wrapped under the current KEK, with the verifier of the PIN. */
  Wrapped wrap(
      String username, String serial, PrivateKey key, List<X509Certificate> chain, SigningPin pin) {
    KeyEncryptionKey kek = keks.current();
    char[] digits = pin.password();
    byte[] pkcs8 = key.getEncoded();
    try {
      return new Wrapped(
          kek.id(),
          kek.wrap(pkcs8, username, serial),
          kek.pinVerifier(username, serial, digits),
          pem(chain));
    } finally {
      Arrays.fill(digits, '\0');
      Arrays.fill(pkcs8, (byte) 0);
    }
  }

  /** The stored key opened by the PIN; empty when the PIN is wrong. */
  Optional<Opened> open(StoredKey stored, SigningPin pin) {
    char[] digits = pin.password();
    try {
      return stored.isWrapped() ? unwrap(stored, digits) : fromPkcs12(stored, digits);
    } finally {
      Arrays.fill(digits, '\0');
    }
  }

  private Optional<Opened> unwrap(StoredKey stored, char[] pin) {
    Wrapped wrapped = stored.wrapped();
    KeyEncryptionKey kek =
        keks.byId(wrapped.kekId())
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "The signing key of "
                            + stored.username()
                            + " is wrapped under the key-encryption key "
                            + wrapped.kekId()
                            + ", which is not loaded (ECASE_SIGNING_PREVIOUS_KEK_FILES)"));
    if (!kek.pinMatches(wrapped.pinVerifier(), stored.username(), stored.serial(), pin)) {
      return Optional.empty();
    }
    byte[] pkcs8;
    try {
      pkcs8 = kek.unwrap(wrapped.key(), stored.username(), stored.serial());
    } catch (KeyEncryptionKey.UnwrapException e) {
      throw new IllegalStateException(
          "The signing key of " + stored.username() + " does not unwrap: " + e.getMessage(), e);
    }
    try {
      PrivateKey key = privateKey(pkcs8);
      List<X509Certificate> chain =
          chains.get(new String(wrapped.chain(), StandardCharsets.ISO_8859_1));
      return Optional.of(new Opened(new Pkcs12Keys.Opened(key, chain), kek != keks.current()));
    } finally {
      Arrays.fill(pkcs8, (byte) 0);
    }
  }

  private static Optional<Opened> fromPkcs12(StoredKey stored, char[] pin) {
    try {
      return Optional.of(new Opened(Pkcs12Keys.open(stored.pkcs12(), pin), true));
    } catch (Pkcs12Keys.WrongPasswordException e) {
      return Optional.empty();
    }
  }

  private PrivateKey privateKey(byte[] pkcs8) {
    try {
      return new JcaPEMKeyConverter()
          .setProvider(authority.algorithm().provider())
          .getPrivateKey(PrivateKeyInfo.getInstance(pkcs8));
    } catch (IOException e) {
      throw new UncheckedIOException("A wrapped signing key is not PKCS#8", e);
    }
  }

  private static byte[] pem(List<X509Certificate> chain) {
    StringBuilder text = new StringBuilder();
    chain.forEach(certificate -> text.append(Pem.write(certificate)));
    return text.toString().getBytes(StandardCharsets.US_ASCII);
  }
}
