package kz.ecase.signing.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import kz.ecase.documents.DocumentHash;
import kz.ecase.documents.IssuedDocument;
import kz.ecase.identity.Directory;
import kz.ecase.ledger.Inclusions.Inclusion;
import kz.ecase.platform.InvalidInputException;
import kz.ecase.signing.DocumentCheck;
import kz.ecase.signing.DocumentChecks;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public check of a document by its SHA-256, for anyone holding the file (no sign-in): the same
 * check as the page its QR code opens.
 */
@RestController
@Tag(name = "Documents")
class DocumentCheckController {

  /**
   * A check's answer: no personal data.
   *
   * @param verdict GENUINE, PENDING (signed, ledger entry not yet checkpointed), NOT_GENUINE or
   *     UNKNOWN (ecase issued no document with this hash, or it carries no signature)
   * @param signature VALID, INVALID or UNSIGNED; null when unknown
   * @param ledger INCLUDED, NOT_INCLUDED or BROKEN; null when unknown or unsigned
   */
  record CheckResponse(
      String sha256,
      String verdict,
      Kind kind,
      String number,
      Instant issuedAt,
      Unit unit,
      String signature,
      String ledger,
      Long ledgerIndex,
      Long checkpointTreeSize) {}

  /** The document's kind as its paper titles it. */
  record Kind(String kk, String ru) {}

  /** The issuing unit: its code and names. */
  record Unit(String code, String kk, String ru, String en) {}

  private final DocumentChecks checks;

  DocumentCheckController(DocumentChecks checks) {
    this.checks = checks;
  }

  @GetMapping("/api/public/documents/{sha256}/check")
  @Operation(
      summary = "Is this document genuine? Public, by the SHA-256 of the file (no sign-in)",
      description =
          "Whether ecase issued a document with exactly these bytes, its signature verifies against"
              + " the trust anchors and its ledger entry is proven in the latest signed checkpoint;"
              + " with its kind, number, date and issuing unit, and no personal data."
              + " Rate-limited: 429 when too many checks are asked at once.")
  CheckResponse check(@PathVariable String sha256) {
    if (!DocumentHash.isValid(sha256)) {
      throw new InvalidInputException("sha256", "A SHA-256 is 64 lower-case hex digits");
    }
    return response(checks.bySha256(sha256));
  }

  private static CheckResponse response(DocumentCheck check) {
    IssuedDocument issued = check.issued();
    Directory.Unit unit = check.unit();
    Inclusion ledger = check.ledger();
    return new CheckResponse(
        check.sha256(),
        check.verdict().name(),
        issued == null ? null : new Kind(issued.facts().kindKk(), issued.facts().kindRu()),
        issued == null ? null : issued.facts().number(),
        issued == null ? null : issued.issuedAt(),
        issued == null
            ? null
            : new Unit(
                issued.unit().value(),
                unit == null ? null : unit.nameKk(),
                unit == null ? null : unit.nameRu(),
                unit == null ? null : unit.nameEn()),
        check.signature() == null ? null : check.signature().name(),
        ledger == null ? null : ledger.status().name(),
        ledger == null ? null : ledger.index(),
        ledger == null ? null : ledger.treeSize());
  }
}
