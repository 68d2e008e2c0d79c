package kz.ecase.signing.crypto;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;

/**
 * A private key and its certificate chain in a PKCS#12 file protected by a password: a configured
 * CA's password, or a user's signing PIN in a key written before users' keys were wrapped under the
 * key-encryption key (read once, to convert it). Written with the JDK's PKCS#12 defaults (PBES2
 * with PBKDF2-HMAC-SHA256 and AES-256, HMAC-SHA256 integrity).
 */
public final class Pkcs12Keys {

  private static final String ALIAS = "signing";

  /** The key and its chain, the end-entity certificate first. */
  public record Opened(PrivateKey key, List<X509Certificate> chain) {
    public X509Certificate certificate() {
      return chain.get(0);
    }
  }

  /** The password does not open the PKCS#12. */
  public static final class WrongPasswordException extends Exception {
    WrongPasswordException() {
      super("The password does not open the key");
    }
  }

  private Pkcs12Keys() {}

  public static byte[] write(PrivateKey key, List<X509Certificate> chain, char[] password) {
    try {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(null, null);
      store.setKeyEntry(ALIAS, key, password, chain.toArray(Certificate[]::new));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      store.store(out, password);
      return out.toByteArray();
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalStateException("Cannot write a PKCS#12", e);
    }
  }

  /** Opens a PKCS#12 with one key entry (any alias). */
  public static Opened open(byte[] pkcs12, char[] password) throws WrongPasswordException {
    try {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(new ByteArrayInputStream(pkcs12), password);
      for (String alias : java.util.Collections.list(store.aliases())) {
        if (store.isKeyEntry(alias)) {
          PrivateKey key = (PrivateKey) store.getKey(alias, password);
          List<X509Certificate> chain =
              Arrays.stream(store.getCertificateChain(alias))
                  .map(X509Certificate.class::cast)
                  .toList();
          return new Opened(key, chain);
        }
      }
      throw new IllegalArgumentException("The PKCS#12 holds no private key");
    } catch (IOException e) {
      if (e.getCause() instanceof UnrecoverableKeyException
          || String.valueOf(e.getMessage()).contains("password")) {
        throw new WrongPasswordException();
      }
      throw new IllegalArgumentException("Not a readable PKCS#12: " + e.getMessage(), e);
    } catch (UnrecoverableKeyException e) {
      throw new WrongPasswordException();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Cannot read a PKCS#12", e);
    }
  }
}
