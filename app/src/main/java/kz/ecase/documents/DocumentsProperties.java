package kz.ecase.documents;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param publicUrl ecase's public address (ECASE_PUBLIC_URL), printed in every document's QR code
 *     as {@code <publicUrl>/check/<token>}: the page where anyone checks the paper
 * @param checksPerSecond how many public checks of documents (page, upload and API together) ecase
 *     answers per second; more are refused with 429 (ECASE_DOCUMENT_CHECKS_PER_SECOND)
 */
@ConfigurationProperties("ecase.documents")
public record DocumentsProperties(
    @DefaultValue("http://localhost:8080") URI publicUrl, @DefaultValue("50") int checksPerSecond) {

  public DocumentsProperties {
    if (checksPerSecond < 1) {
      throw new IllegalArgumentException("ecase.documents.checks-per-second is at least 1");
    }
  }

  /** The address of the check page of a document. */
  public String checkUrl(CheckToken token) {
    String base = publicUrl.toString();
    return (base.endsWith("/") ? base : base + "/") + "check/" + token.value();
  }
}
