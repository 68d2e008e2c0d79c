package kz.ecase.cases.court.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import kz.ecase.cases.court.CourtFiles;
import kz.ecase.documents.StoredDocument;
import kz.ecase.identity.CurrentUsers;
import kz.ecase.identity.RecordRead;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The court file of a case, as the court accepted it, for the case's team. */
@RestController
@Validated
@Tag(name = "Criminal cases")
class CourtFileController {

  private final CourtFiles files;
  private final CurrentUsers currentUsers;

  CourtFileController(CourtFiles files, CurrentUsers currentUsers) {
    this.files = files;
    this.currentUsers = currentUsers;
  }

  @GetMapping("/api/cases/{id}/court-file")
  @Operation(
      summary = "The case file the court accepted (a ZIP), to check offline (the read is audited)",
      description =
          "manifest.json, every document's PDF and signature (.p7s), media, bundle.json (the"
              + " case's ledger entries with inclusion proofs and a signed checkpoint) and"
              + " consistency.json (from the court's last known checkpoint). Check it with"
              + " `java -jar ecase-verifier.jar check-court-file <file.zip> --key <verifier key>`"
              + " and each PDF with `openssl cms -verify`. 404 until the court has accepted a file.")
  ResponseEntity<byte[]> courtFile(
      @PathVariable String id,
      @RequestParam(defaultValue = "court file") @Size(min = 1, max = RecordRead.MAX_PURPOSE)
          String purpose) {
    StoredDocument file = files.latest(currentUsers.current(), id, purpose);
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType("application/zip"))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename("court-file-" + file.sha256().substring(0, 12) + ".zip")
                .build()
                .toString())
        .body(file.bytes());
  }
}
