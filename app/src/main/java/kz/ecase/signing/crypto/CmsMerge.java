package kz.ecase.signing.crypto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerId;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationStore;
import org.bouncycastle.util.CollectionStore;

/** Adds the signers of one detached signature over a document to another over the same one. */
public final class CmsMerge {

  private CmsMerge() {}

  /** {@code existing} with the SignerInfos and certificates of {@code added}: DER. */
  public static byte[] merge(byte[] existing, byte[] added) {
    try {
      CMSSignedData base = new CMSSignedData(existing);
      CMSSignedData extra = new CMSSignedData(added);
      Set<SignerId> present = new HashSet<>();
      List<SignerInformation> signers = new ArrayList<>(base.getSignerInfos().getSigners());
      signers.forEach(s -> present.add(s.getSID()));
      for (SignerInformation signer : extra.getSignerInfos().getSigners()) {
        if (!present.add(signer.getSID())) {
          throw new IllegalArgumentException("A signer of this signature has signed already");
        }
        signers.add(signer);
      }
      Set<X509CertificateHolder> certificates = new java.util.LinkedHashSet<>();
      certificates.addAll(base.getCertificates().getMatches(null));
      certificates.addAll(extra.getCertificates().getMatches(null));
      CMSSignedData merged =
          CMSSignedData.replaceSigners(base, new SignerInformationStore(signers));
      merged =
          CMSSignedData.replaceCertificatesAndCRLs(
              merged, new CollectionStore<>(certificates), base.getCRLs(), null);
      return merged.getEncoded(ASN1Encoding.DER);
    } catch (CMSException e) {
      throw new IllegalArgumentException("Not CMS", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The certificate of the first signer of a signature. */
  public static X509Certificate firstSignerCertificate(byte[] cms) {
    try {
      CMSSignedData signed = new CMSSignedData(cms);
      SignerInformation signer = signed.getSignerInfos().getSigners().iterator().next();
      @SuppressWarnings("unchecked")
      Collection<X509CertificateHolder> matches =
          signed.getCertificates().getMatches(signer.getSID());
      return new JcaX509CertificateConverter().getCertificate(matches.iterator().next());
    } catch (CMSException | java.security.cert.CertificateException e) {
      throw new IllegalArgumentException("No signer certificate", e);
    }
  }
}
