package kz.ecase.ledger.tree;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import kz.ecase.merkle.NoteSigner;
import kz.ecase.merkle.NoteVerifier;

/**
 * A checkpoint key kept in a file: a PKCS#8 PEM private key, or a PKCS#12 key store ({@code .p12}
 * or {@code .pfx}) whose only private key entry (or the one named by its alias) is the Ed25519 key,
 * opened with its password. The configured verifier key must be the key's pair; a key store may go
 * without one, as its certificate carries the public key (named by the log's origin).
 */
final class CheckpointKeyFile {

  private static final String PEM_BEGIN = "-----BEGIN PRIVATE KEY-----";
  private static final String PEM_END = "-----END PRIVATE KEY-----";

  private CheckpointKeyFile() {}

  /** The signer for the verifier key (or, from a key store, the origin) and the key in a file. */
  static NoteSigner signer(
      Path file, String password, String alias, String verifierKey, String origin) {
    if (!isPkcs12(file)) {
      return NoteSigner.fromPkcs8(verifierKey, readPem(file));
    }
    KeyStore.PrivateKeyEntry entry = fromPkcs12(file, password, alias);
    String vkey =
        verifierKey.isBlank()
            ? NoteVerifier.of(origin, entry.getCertificate().getPublicKey()).verifierKey()
            : verifierKey;
    return NoteSigner.of(vkey, entry.getPrivateKey());
  }

  static boolean isPkcs12(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".p12") || name.endsWith(".pfx");
  }

  private static KeyStore.PrivateKeyEntry fromPkcs12(Path file, String password, String alias) {
    char[] secret = password.toCharArray();
    try (InputStream in = Files.newInputStream(file)) {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(in, secret);
      String name = alias.isBlank() ? onlyKeyEntry(store, file) : alias;
      if (!(store.getEntry(name, new KeyStore.PasswordProtection(secret))
          instanceof KeyStore.PrivateKeyEntry entry)) {
        throw new IllegalStateException(file + " holds no private key named " + name);
      }
      return entry;
    } catch (IOException e) {
      throw new IllegalStateException(
          "Cannot open the checkpoint key store " + file + " (wrong password?)", e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Cannot read the checkpoint key store " + file, e);
    }
  }

  private static String onlyKeyEntry(KeyStore store, Path file) throws GeneralSecurityException {
    List<String> keys =
        Collections.list(store.aliases()).stream().filter(a -> isKey(store, a)).toList();
    if (keys.size() != 1) {
      throw new IllegalStateException(
          file
              + " holds "
              + keys.size()
              + " private keys; name the checkpoint key with ECASE_LEDGER_KEY_ALIAS");
    }
    return keys.get(0);
  }

  private static boolean isKey(KeyStore store, String alias) {
    try {
      return store.isKeyEntry(alias);
    } catch (GeneralSecurityException e) {
      return false;
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
