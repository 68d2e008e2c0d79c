import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import kz.ecase.signing.SignatureAlgorithms;
import kz.ecase.signing.crypto.CertificateAuthority;
import kz.ecase.signing.crypto.KeyEncryptionKey;
import kz.ecase.signing.crypto.Pem;
import kz.ecase.signing.crypto.Pkcs12Keys;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;

/**
 * The CPU cost of opening a user's signing key with the PIN, one thread, before and after keys
 * were wrapped (docs/BENCHMARKS.md, "Opening a signing key"): a PKCS#12 under the PIN (the JDK's
 * defaults: PBKDF2-HMAC-SHA256 for the MAC and for the key) against the verifier check, the AES-GCM
 * unwrap, the PKCS#8 decoding and the chain's parsing, as {@code signing.WrappedKeys} does them.
 * A throw-away loop, not JMH: a warm-up, then timed rounds.
 *
 * <pre>
 * rm -rf app/target/unpacked &amp;&amp; unzip -q app/target/ecase.jar -d app/target/unpacked
 * java -cp 'app/target/unpacked/BOOT-INF/classes:app/target/unpacked/BOOT-INF/lib/*' \
 *   bench/KeyOpeningCost.java [ROUNDS]
 * </pre>
 */
public class KeyOpeningCost {

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    CertificateAuthority ca =
        CertificateAuthority.generate(
            SignatureAlgorithms.ECDSA_P256, "bench CA", Instant.now(), Duration.ofDays(30));
    KeyPair pair = SignatureAlgorithms.ECDSA_P256.generateKeyPair();
    X509Certificate certificate =
        ca.issue(
            new CertificateAuthority.Subject("Bench", "bench", null, "710001"),
            pair.getPublic(),
            Instant.now(),
            Duration.ofDays(30));
    List<X509Certificate> chain = List.of(certificate, ca.certificate());
    char[] pin = "135790".toCharArray();
    String serial = certificate.getSerialNumber().toString(16);

    byte[] pkcs12 = Pkcs12Keys.write(pair.getPrivate(), chain, pin);
    KeyEncryptionKey kek = KeyEncryptionKey.of(KeyEncryptionKey.generateBytes());
    byte[] wrapped = kek.wrap(pair.getPrivate().getEncoded(), "bench", serial);
    byte[] verifier = kek.pinVerifier("bench", serial, pin);
    StringBuilder pem = new StringBuilder();
    chain.forEach(c -> pem.append(Pem.write(c)));
    byte[] chainPem = pem.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    Runnable before =
        () -> {
          try {
            Pkcs12Keys.open(pkcs12, pin);
          } catch (Pkcs12Keys.WrongPasswordException e) {
            throw new IllegalStateException(e);
          }
        };
    Runnable after =
        () -> {
          try {
            if (!kek.pinMatches(verifier, "bench", serial, pin)) {
              throw new IllegalStateException("verifier");
            }
            PrivateKey key =
                new JcaPEMKeyConverter()
                    .setProvider(SignatureAlgorithms.BOUNCY_CASTLE)
                    .getPrivateKey(
                        PrivateKeyInfo.getInstance(kek.unwrap(wrapped, "bench", serial)));
            if (Pem.certificates(chainPem).size() != 2 || key == null) {
              throw new IllegalStateException("chain");
            }
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        };
    Runnable verifierOnly = () -> kek.pinMatches(verifier, "bench", serial, pin);

    measure("before: PKCS#12 under the PIN (PBKDF2)", before, 200, rounds);
    measure("after: verifier + AES-GCM unwrap + PKCS#8 + chain", after, 20_000, rounds);
    measure("after, the PIN verifier alone (HMAC-SHA256)", verifierOnly, 200_000, rounds);
  }

  static void measure(String what, Runnable open, int perRound, int rounds) {
    for (int i = 0; i < perRound; i++) {
      open.run(); // warm-up
    }
    double best = Double.MAX_VALUE;
    for (int r = 0; r < rounds; r++) {
      long started = System.nanoTime();
      for (int i = 0; i < perRound; i++) {
        open.run();
      }
      best = Math.min(best, (System.nanoTime() - started) / 1e3 / perRound);
    }
    System.out.printf("BENCH %s: %.1f µs per opening (best of %d rounds of %d)%n", what, best, rounds, perRound);
  }
}
