package kz.ecase.signing;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The signing module's settings.
 *
 * @param algorithm users' key algorithm: {@code ECDSA-P256}, {@code RSA-2048} (or more bits), or
 *     the name of a plug-in {@link SignatureAlgorithm} bean (ECASE_SIGNING_ALGORITHM)
 * @param caKey the CA's private key, PEM (ECASE_SIGNING_CA_KEY), with {@code caCertificate}
 * @param caCertificate the CA's certificate, PEM (ECASE_SIGNING_CA_CERT)
 * @param caPkcs12 or: the CA's key and certificate in a PKCS#12 file (ECASE_SIGNING_CA_P12)
 * @param caPkcs12Password its password (ECASE_SIGNING_CA_P12_PASSWORD)
 * @param caName the CN of a generated CA certificate
 * @param trustAnchors further trusted CA certificates for signatures made outside ecase: PEM files,
 *     comma-separated (ECASE_SIGNING_TRUST_ANCHORS)
 * @param crls CRL files (PEM or DER), comma-separated, checked for every chain (ECASE_SIGNING_CRLS)
 * @param certificateValidity how long a user's certificate is valid
 * @param pinAttempts wrong PINs in a row that lock a signing key
 * @param kekFile the key-encryption key that wraps users' signing keys: a file of 32 random bytes
 *     readable by ecase's user only (ECASE_SIGNING_KEK_FILE); empty: generated in the data
 *     directory (refused in production)
 * @param previousKekFiles the KEKs of a rotation still being read: files as {@code kekFile},
 *     comma-separated (ECASE_SIGNING_PREVIOUS_KEK_FILES); a key under one is rewrapped under the
 *     current KEK the next time its PIN opens it
 */
@ConfigurationProperties("ecase.signing")
public record SigningProperties(
    @DefaultValue("ECDSA-P256") String algorithm,
    @DefaultValue("") String caKey,
    @DefaultValue("") String caCertificate,
    @DefaultValue("") String caPkcs12,
    @DefaultValue("") String caPkcs12Password,
    @DefaultValue("ecase signing CA") String caName,
    @DefaultValue("") String trustAnchors,
    @DefaultValue("") String crls,
    @DefaultValue("365d") Duration certificateValidity,
    @DefaultValue("5") int pinAttempts,
    @DefaultValue("") String kekFile,
    @DefaultValue("") String previousKekFiles) {}
