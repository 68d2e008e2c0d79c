package kz.ecase.documents.web;

import jakarta.validation.constraints.Size;
import kz.ecase.documents.Documents;
import kz.ecase.identity.Authorization;
import kz.ecase.identity.RecordRead;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** A document opened from a page (signed in with the web session), its read audited. */
@Controller
@Validated
class DocumentPages {

  private final Documents documents;
  private final Authorization authorization;

  DocumentPages(Documents documents, Authorization authorization) {
    this.documents = documents;
    this.authorization = authorization;
  }

  @GetMapping("/documents/{sha256}")
  @Transactional
  ResponseEntity<byte[]> document(
      @PathVariable String sha256,
      @RequestParam(defaultValue = "document") @Size(min = 1, max = RecordRead.MAX_PURPOSE)
          String purpose) {
    return DocumentController.bytesOf(documents, authorization, sha256, purpose);
  }
}
