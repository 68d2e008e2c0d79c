package kz.ecase.simulators;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the simulated court reads from a court file (a ZIP): from {@code manifest.json} the ERDR
 * number, the reference and the kind of the document that sent the case; from {@code bundle.json}
 * the checkpoint of ecase's ledger it carries. It checks nothing cryptographic: that is the
 * verifier's work ({@code check-court-file}), as a real court would run it.
 */
record CourtFileSummary(
    String erdrNumber, String reference, String procedure, Optional<CourtCheckpoint> checkpoint) {

  private static final int MAX_JSON_BYTES = 16 * 1024 * 1024;

  /**
   * @throws IllegalArgumentException when the bytes are not a ZIP with a manifest naming the case
   */
  static CourtFileSummary of(byte[] zip, JsonMapper mapper) {
    JsonNode manifest = null;
    JsonNode bundle = null;
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        if (entry.getName().equals("manifest.json")) {
          manifest = json(in.readNBytes(MAX_JSON_BYTES), mapper);
        } else if (entry.getName().equals("bundle.json")) {
          bundle = json(in.readNBytes(MAX_JSON_BYTES), mapper);
        }
      }
    } catch (IOException e) {
      throw new IllegalArgumentException("the court file is not a ZIP: " + e.getMessage());
    }
    if (manifest == null) {
      throw new IllegalArgumentException("the court file has no manifest.json");
    }
    String erdr = Requests.text(manifest.path("case"), "erdrNumber");
    if (erdr == null || erdr.isBlank()) {
      throw new IllegalArgumentException("the manifest names no case.erdrNumber");
    }
    return new CourtFileSummary(
        erdr,
        Requests.text(manifest, "reference"),
        Requests.text(manifest.path("sentBy"), "kind"),
        bundle == null
            ? Optional.empty()
            : CourtCheckpoint.of(Requests.text(bundle, "checkpoint")));
  }

  private static JsonNode json(byte[] bytes, JsonMapper mapper) {
    try {
      return mapper.readTree(bytes);
    } catch (JacksonException e) {
      throw new IllegalArgumentException("the court file holds a JSON file that is not JSON");
    }
  }
}
