package kz.ecase.cases.web;

import kz.ecase.documents.StoredDocument;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A stored file of a case answered for the browser to show (inline), under its own name. */
final class InlineFile {

  private InlineFile() {}

  static ResponseEntity<byte[]> of(StoredDocument file) {
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(file.mediaType()))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.inline().filename(file.fileName()).build().toString())
        .body(file.bytes());
  }
}
