package kz.ecase.procedure;

import java.util.List;
import kz.ecase.ledger.Attachment;

/**
 * An act rendered to PDF and signed by its author: the document's SHA-256 and the ledger
 * attachments naming the PDF and its signature.
 */
public record SignedAct(String documentSha256, List<Attachment> attachments) {

  public SignedAct {
    attachments = List.copyOf(attachments);
  }
}
