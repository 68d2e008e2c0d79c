package kz.ecase.signing.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import kz.ecase.documents.Documents;
import kz.ecase.documents.StoredDocument;
import kz.ecase.identity.Authorization;
import kz.ecase.identity.RecordRead;
import kz.ecase.platform.NotFoundException;
import kz.ecase.signing.Signature;
import kz.ecase.signing.Signatures;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A document's signature as a file, next to the document's own address: {@code
 * /api/documents/{sha256}/signatures}. Served by the signing module, which owns signatures.
 */
@RestController
@Tag(name = "Documents")
@SecurityRequirement(name = "bearer")
@org.springframework.validation.annotation.Validated
class DocumentSignaturesController {

  private final Documents documents;
  private final Signatures signatures;
  private final Authorization authorization;

  DocumentSignaturesController(
      Documents documents, Signatures signatures, Authorization authorization) {
    this.documents = documents;
    this.signatures = signatures;
    this.authorization = authorization;
  }

  @GetMapping("/api/documents/{sha256}/signatures")
  @Operation(
      summary = "The document's detached CMS signature, DER (.p7s), with every signer so far",
      description =
          "Check it without ecase: `openssl cms -verify -binary -inform DER -in doc.p7s"
              + " -content doc.pdf -CAfile ca.pem` (ca.pem from GET /api/signing/ca).")
  @Transactional
  ResponseEntity<byte[]> signatures(
      @PathVariable String sha256,
      @RequestParam(defaultValue = "document signatures")
          @Size(min = 1, max = RecordRead.MAX_PURPOSE)
          String purpose) {
    StoredDocument document =
        documents.find(sha256).orElseThrow(() -> new NotFoundException("No such document"));
    authorization.requireRead("document/" + document.sha256(), document.scope(), purpose);
    Signature signature =
        signatures
            .latest(sha256)
            .orElseThrow(() -> new NotFoundException("The document is not signed"));
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(SigningController.PKCS7))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(sha256 + ".p7s").build().toString())
        .header(HttpHeaders.ETAG, "\"" + signature.sha256() + "\"")
        .body(signature.cms());
  }
}
