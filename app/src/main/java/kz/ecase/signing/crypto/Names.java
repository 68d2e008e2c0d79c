package kz.ecase.signing.crypto;

import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;

/** Distinguished names as people read them: {@code C=KZ,O=ecase,…,SERIALNUMBER=IIN…,CN=…}. */
public final class Names {

  private Names() {}

  public static String of(X500Principal principal) {
    return X500Name.getInstance(BCStyle.INSTANCE, principal.getEncoded()).toString();
  }
}
