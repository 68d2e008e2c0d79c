package kz.ecase.documents.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import kz.ecase.documents.Documents;
import kz.ecase.documents.StoredDocument;
import kz.ecase.identity.Authorization;
import kz.ecase.identity.RecordRead;
import kz.ecase.platform.NotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Stored documents, by SHA-256, for users who may see their records. */
@RestController
@RequestMapping("/api/documents")
@Tag(name = "Documents")
@SecurityRequirement(name = "bearer")
@org.springframework.validation.annotation.Validated
class DocumentController {

  private final Documents documents;
  private final Authorization authorization;

  DocumentController(Documents documents, Authorization authorization) {
    this.documents = documents;
    this.authorization = authorization;
  }

  @GetMapping("/{sha256}")
  @Operation(
      summary = "A document's bytes (PDF), for users who may see records of its unit",
      description = "The SHA-256 of the answer is the one in the address.")
  @Transactional
  ResponseEntity<byte[]> document(
      @PathVariable String sha256,
      @RequestParam(defaultValue = "document") @Size(min = 1, max = RecordRead.MAX_PURPOSE)
          String purpose) {
    return bytesOf(documents, authorization, sha256, purpose);
  }

  /** The document's bytes, its read recorded: for the API and for pages alike. */
  static ResponseEntity<byte[]> bytesOf(
      Documents documents, Authorization authorization, String sha256, String purpose) {
    StoredDocument document =
        documents.find(sha256).orElseThrow(() -> new NotFoundException("No such document"));
    authorization.requireRead("document/" + document.sha256(), document.scope(), purpose);
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(document.mediaType()))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.inline().filename(document.fileName()).build().toString())
        .header(HttpHeaders.ETAG, "\"" + document.sha256() + "\"")
        .body(document.bytes());
  }
}
