package kz.ecase.signing.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.List;
import kz.ecase.signing.SignatureAlgorithms;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.SignedData;
import org.bouncycastle.asn1.cms.SignerInfo;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.operator.ContentSigner;
import org.junit.jupiter.api.Test;

/**
 * The ECDSA P-256 signer over the shared curve: it signs the keys ecase opens (Bouncy Castle's,
 * from their PKCS#8 bytes, as a wrapped key is opened) and the JDK's, what it makes is plain ECDSA
 * with SHA-256 that an independent implementation (the JDK's SunEC) accepts, and any other key or
 * algorithm is left to the JCA.
 */
class Es256ContentSignersTest {

  static final byte[] DOCUMENT =
      "%PDF-1.7\nПротокол / Хаттама ӘәҒғҚқҢңӨөҰұҮүҺһІі\n".getBytes(StandardCharsets.UTF_8);

  @Test
  void aKeyOpenedFromItsPkcs8BytesSignsWhatTheJdkVerifies() throws Exception {
    KeyPair pair = SignatureAlgorithms.ECDSA_P256.generateKeyPair();
    for (PrivateKey opened :
        List.of(
            KeyFactory.getInstance("EC", SignatureAlgorithms.BOUNCY_CASTLE)
                .generatePrivate(new PKCS8EncodedKeySpec(pair.getPrivate().getEncoded())),
            KeyFactory.getInstance("EC")
                .generatePrivate(new PKCS8EncodedKeySpec(pair.getPrivate().getEncoded())))) {
      ContentSigner signer =
          Es256ContentSigners.of(SignatureAlgorithms.ECDSA_P256, opened).orElseThrow();
      assertThat(signer.getAlgorithmIdentifier().getAlgorithm())
          .isEqualTo(X9ObjectIdentifiers.ecdsa_with_SHA256);
      signer.getOutputStream().write(DOCUMENT);
      byte[] signature = signer.getSignature();

      Signature jdk = Signature.getInstance("SHA256withECDSA");
      jdk.initVerify(pair.getPublic());
      jdk.update(DOCUMENT);
      assertThat(jdk.verify(signature)).as("SunEC accepts it").isTrue();
      jdk.initVerify(pair.getPublic());
      byte[] changed = DOCUMENT.clone();
      changed[3] ^= 1;
      jdk.update(changed);
      assertThat(jdk.verify(signature)).as("a changed byte").isFalse();
    }
  }

  @Test
  void aCmsSignatureOfAnOpenedKeyVerifiesWithTheSignerInfoOfEcdsaWithSha256() throws Exception {
    TestPki pki = new TestPki();
    TestPki.User user = pki.user("Author", SignatureAlgorithms.ECDSA_P256);
    PrivateKey opened =
        KeyFactory.getInstance("EC", SignatureAlgorithms.BOUNCY_CASTLE)
            .generatePrivate(new PKCS8EncodedKeySpec(user.pair().getPrivate().getEncoded()));

    byte[] cms =
        CmsSigner.sign(
            DOCUMENT,
            SignatureAlgorithms.ECDSA_P256,
            opened,
            List.of(user.certificate()),
            TestPki.NOW);

    assertThat(pki.verifier().verify(DOCUMENT, cms, TestPki.NOW).allProblems()).isEmpty();
    SignerInfo info =
        SignerInfo.getInstance(
            SignedData.getInstance(ContentInfo.getInstance(cms).getContent())
                .getSignerInfos()
                .getObjectAt(0));
    assertThat(info.getDigestEncryptionAlgorithm().getAlgorithm())
        .isEqualTo(X9ObjectIdentifiers.ecdsa_with_SHA256);
    assertThat(info.getDigestEncryptionAlgorithm().getParameters()).as("absent, RFC 5758").isNull();
  }

  @Test
  void otherCurvesKeysAndAlgorithmsAreLeftToTheJca() throws Exception {
    KeyPairGenerator p384 = KeyPairGenerator.getInstance("EC", SignatureAlgorithms.BOUNCY_CASTLE);
    p384.initialize(new ECGenParameterSpec("secp384r1"));
    PrivateKey onP384 = p384.generateKeyPair().getPrivate();
    PrivateKey rsa = SignatureAlgorithms.rsa(2048).generateKeyPair().getPrivate();
    PrivateKey onP256 = SignatureAlgorithms.ECDSA_P256.generateKeyPair().getPrivate();

    assertThat(Es256ContentSigners.of(SignatureAlgorithms.ECDSA_P256, onP384)).isEmpty();
    assertThat(Es256ContentSigners.of(SignatureAlgorithms.ECDSA_P256, rsa)).isEmpty();
    assertThat(Es256ContentSigners.of(SignatureAlgorithms.rsa(2048), onP256)).isEmpty();
    assertThat(Es256ContentSigners.of(SignatureAlgorithms.ECDSA_P256, onP256)).isPresent();
  }
}
