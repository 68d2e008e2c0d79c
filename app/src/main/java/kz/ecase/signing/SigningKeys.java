package kz.ecase.signing;

import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import kz.ecase.identity.CurrentUser;
import kz.ecase.platform.NotFoundException;
import kz.ecase.signing.authority.SigningAuthority;
import kz.ecase.signing.crypto.CertificateAuthority;
import kz.ecase.signing.crypto.Names;
import kz.ecase.signing.crypto.Pem;
import kz.ecase.signing.crypto.Pkcs12Keys;
import kz.ecase.signing.domain.PinAttempts;
import kz.ecase.signing.domain.SigningPin;
import kz.ecase.signing.persistence.IssuedCertificates;
import kz.ecase.signing.persistence.SigningKeyStore;
import kz.ecase.signing.persistence.SigningKeyStore.StoredKey;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Users' signing keys: the first signing PIN makes a key and has ecase's CA issue its certificate;
 * the key is kept wrapped under the key-encryption key, which lives outside the database, and the
 * PIN is checked against a verifier keyed from it ({@link WrappedKeys}). A key kept in a PKCS#12
 * under the PIN by earlier versions is wrapped the first time its PIN opens it. Wrong PINs are
 * counted in their own transaction (they stay counted whatever the caller's transaction does); the
 * limit'th in a row locks the key until an administrator resets it.
 */
@Service
public class SigningKeys {

  /** The outcome of setting a PIN: a new certificate, or the same one under a new PIN. */
  public record PinSet(IssuedCertificate certificate, boolean issued) {}

  private final SigningKeyStore keys;
  private final WrappedKeys wrapping;
  private final IssuedCertificates certificates;
  private final SigningAuthority authority;
  private final SigningProperties properties;
  private final Clock clock;
  private final TransactionTemplate ownTransaction;

  SigningKeys(
      SigningKeyStore keys,
      WrappedKeys wrapping,
      IssuedCertificates certificates,
      SigningAuthority authority,
      SigningProperties properties,
      Clock clock,
      PlatformTransactionManager transactions) {
    this.keys = keys;
    this.wrapping = wrapping;
    this.certificates = certificates;
    this.authority = authority;
    this.properties = properties;
    this.clock = clock;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /**
   * Sets the user's signing PIN. Without a key, makes one and issues its certificate; with one,
   * {@code currentPin} must open it (a wrong one counts) and the same key is protected by the new
   * PIN.
   */
  @Transactional
  public PinSet setPin(CurrentUser user, String newPin, String currentPin) {
    if (!SigningPin.isWellFormed(newPin)) {
      throw new InvalidPinException();
    }
    SigningPin pin = SigningPin.of(newPin);
    Instant now = clock.instant();
    if (keys.find(user.username()).isEmpty()) {
      return new PinSet(issue(user, pin, now), true);
    }
    if (currentPin == null || currentPin.isBlank()) {
      throw new SigningConflictException(
          "You have a signing key: give the current PIN to change it");
    }
    Pkcs12Keys.Opened opened = open(user.username(), currentPin);
    String serial = opened.certificate().getSerialNumber().toString(16);
    keys.replace(
        user.username(),
        wrapping.wrap(user.username(), serial, opened.key(), opened.chain(), pin),
        now);
    return new PinSet(new IssuedCertificate(opened.certificate()), false);
  }

  /** The user's current signing certificate, if they have a key. */
  public Optional<IssuedCertificate> certificateOf(String username) {
    return keys.find(username)
        .flatMap(key -> certificates.certificate(key.serial()))
        .map(der -> new IssuedCertificate(Pem.certificate(der)));
  }

  /**
   * Revokes the user's certificate and removes their key (an administrator, e.g. after a lock-out
   * or a lost PIN); the user then sets a new PIN and gets a new certificate.
   */
  @Transactional
  public void reset(String username, String reason) {
    keys.takeTurn(username);
    StoredKey key = keys.find(username).orElseThrow(() -> new NotFoundException("No signing key"));
    certificates.revoke(key.serial(), reason, clock.instant());
    keys.remove(username);
  }

  /** When ecase revoked one of its certificates, if it did. */
  Optional<Instant> revokedAt(X509Certificate certificate) {
    if (!certificate
        .getIssuerX500Principal()
        .equals(authority.ca().certificate().getSubjectX500Principal())) {
      return Optional.empty();
    }
    return certificates.revokedAt(certificate.getSerialNumber().toString(16));
  }

  /** Opens the user's key with the PIN, counting a wrong PIN in its own transaction. */
  Pkcs12Keys.Opened open(String username, String pin) {
    if (!SigningPin.isWellFormed(pin)) {
      throw new WrongPinException(attemptsLeftOf(username));
    }
    Opening opening = ownTransaction.execute(status -> tryOpen(username, SigningPin.of(pin)));
    if (opening instanceof Opening.Opened opened) {
      return opened.key();
    }
    if (opening instanceof Opening.Wrong wrong && !wrong.attempts().isLocked()) {
      throw new WrongPinException(wrong.attempts().attemptsLeft(properties.pinAttempts()));
    }
    if (opening instanceof Opening.NoKey) {
      throw new NoSigningKeyException();
    }
    throw new PinLockedException();
  }

  private sealed interface Opening {
    record Opened(Pkcs12Keys.Opened key) implements Opening {}

    record Wrong(PinAttempts attempts) implements Opening {}

    record Locked() implements Opening {}

    record NoKey() implements Opening {}
  }

  /**
   * One PIN check, in turn with the other checks of the same key ({@link
   * SigningKeyStore#takeTurn}): the key is read after the checks ahead have counted their wrong
   * PINs, so parallel guesses count one by one and none is tried past the lock-out. Only a wrong
   * PIN, the first right one after wrong ones, or a key still under its PIN's PKCS#12 writes; the
   * right PIN otherwise reads only.
   */
  private Opening tryOpen(String username, SigningPin pin) {
    keys.takeTurn(username);
    Optional<StoredKey> found = keys.find(username);
    if (found.isEmpty()) {
      return new Opening.NoKey();
    }
    StoredKey key = found.get();
    if (key.attempts().isLocked()) {
      return new Opening.Locked();
    }
    Instant now = clock.instant();
    Optional<WrappedKeys.Opened> opened = wrapping.open(key, pin);
    if (opened.isEmpty()) {
      PinAttempts after = key.attempts().afterFailure(now, properties.pinAttempts());
      keys.saveAttempts(username, after, now);
      return new Opening.Wrong(after);
    }
    Pkcs12Keys.Opened open = opened.get().key();
    if (opened.get().stale()) {
      keys.replace(
          username, wrapping.wrap(username, key.serial(), open.key(), open.chain(), pin), now);
    } else if (key.attempts().failures() > 0) {
      keys.saveAttempts(username, PinAttempts.CLEAR, now);
    }
    return new Opening.Opened(open);
  }

  private int attemptsLeftOf(String username) {
    PinAttempts attempts =
        keys.find(username).map(StoredKey::attempts).orElseThrow(NoSigningKeyException::new);
    if (attempts.isLocked()) {
      throw new PinLockedException();
    }
    return attempts.attemptsLeft(properties.pinAttempts());
  }

  private IssuedCertificate issue(CurrentUser user, SigningPin pin, Instant now) {
    CertificateAuthority ca = authority.ca();
    KeyPair pair = authority.algorithm().generateKeyPair();
    X509Certificate certificate =
        ca.issue(
            new CertificateAuthority.Subject(
                user.displayName(),
                user.username(),
                user.iin() == null ? null : user.iin().value(),
                user.unit() == null ? null : user.unit().value()),
            pair.getPublic(),
            now,
            properties.certificateValidity());
    IssuedCertificate issued = new IssuedCertificate(certificate);
    try {
      certificates.add(
          issued.serial(),
          user.username(),
          Names.of(certificate.getSubjectX500Principal()),
          certificate.getEncoded(),
          issued.notBefore(),
          issued.notAfter(),
          now);
    } catch (java.security.cert.CertificateEncodingException e) {
      throw new IllegalStateException(e);
    }
    keys.add(
        user.username(),
        issued.serial(),
        wrapping.wrap(
            user.username(),
            issued.serial(),
            pair.getPrivate(),
            List.of(certificate, ca.certificate()),
            pin),
        now);
    return issued;
  }
}
