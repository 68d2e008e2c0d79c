package kz.ecase.documents;

import java.time.Instant;
import kz.ecase.identity.RecordScope;

/**
 * A document as stored: its bytes never change, so its SHA-256 names it.
 *
 * @param sha256 64 lower-case hex digits of the SHA-256 of {@code bytes}
 * @param scope who may read it: the unit that owns it and the person it is about, if any
 */
public record StoredDocument(
    String sha256, String mediaType, byte[] bytes, RecordScope scope, Instant createdAt) {

  public static final String PDF = "application/pdf";

  /** The file name to give the document, e.g. {@code 3a7b…e1.pdf}. */
  public String fileName() {
    return sha256 + (PDF.equals(mediaType) ? ".pdf" : ".bin");
  }
}
