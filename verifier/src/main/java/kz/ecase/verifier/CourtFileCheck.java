package kz.ecase.verifier;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import kz.ecase.merkle.Checkpoint;
import kz.ecase.merkle.ConsistencyProof;
import kz.ecase.merkle.Hash;
import kz.ecase.merkle.NoteException;
import kz.ecase.merkle.NoteVerifier;
import kz.ecase.merkle.ProofException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks a court file (the ZIP ecase sends the court with a criminal case) fully offline, against
 * the ledger's trusted verifier key only:
 *
 * <ul>
 *   <li>{@code bundle.json} is the case's ledger bundle and holds ({@link BundleCheck}): a
 *       checkpoint signed by the trusted key, every entry with its inclusion proof, the record's
 *       complete chain; it names the trusted key and the case of the manifest;
 *   <li>{@code manifest.json} is the manifest a {@value #SEALED} entry of that bundle names by its
 *       SHA-256, so nothing in it can have changed since ecase sealed the file;
 *   <li>every file the manifest names is in the ZIP with the SHA-256 it names, and nothing else is;
 *       every document's PDF and media file is one the case's ledger entries recorded;
 *   <li>{@code consistency.json} proves that the bundle's checkpoint extends the court's last known
 *       one (RFC 9162 consistency proof), and, given the checkpoint the court saved, that it is
 *       that one.
 * </ul>
 *
 * The two JSON files not covered by a hash, {@code bundle.json} and {@code consistency.json}, must
 * have exactly their fields, in the one form ecase writes them, so that no byte of them can change
 * unseen either.
 */
public final class CourtFileCheck {

  static final String SEALED = "cases.CourtFileSealed";
  static final String MANIFEST_ATTACHMENT = "court-file-manifest.json";
  static final String MANIFEST = "manifest.json";
  static final String BUNDLE = "bundle.json";
  static final String CONSISTENCY = "consistency.json";

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final int MAX_JSON_BYTES = 64 * 1024 * 1024;
  private static final Set<String> BUNDLE_FIELDS =
      Set.of("format", "record", "verifierKey", "checkpoint", "entries");
  private static final Set<String> ENTRY_FIELDS =
      Set.of("index", "entry", "leafHash", "inclusionProof");
  private static final Set<String> CONSISTENCY_FIELDS =
      Set.of("format", "fromSize", "fromRoot", "toSize", "toRoot", "path");

  /** What a check found: the problems (none: it holds) and what the file is. */
  public record Result(List<String> problems, String summary) {

    public boolean verified() {
      return problems.isEmpty();
    }
  }

  private final NoteVerifier trustedKey;
  private final String courtCheckpoint;
  private final List<String> problems = new ArrayList<>();
  private final Map<String, String> digests = new LinkedHashMap<>();
  private final Map<String, byte[]> json = new HashMap<>();

  private CourtFileCheck(NoteVerifier trustedKey, String courtCheckpoint) {
    this.trustedKey = trustedKey;
    this.courtCheckpoint = courtCheckpoint;
  }

  /**
   * Checks the court file.
   *
   * @param courtCheckpoint the signed checkpoint the court saved (the one its last file carried),
   *     to check the consistency proof starts there; or null
   * @throws IOException when the file cannot be read
   */
  public static Result check(Path zip, NoteVerifier trustedKey, String courtCheckpoint)
      throws IOException {
    try (InputStream in = Files.newInputStream(zip)) {
      return check(in, trustedKey, courtCheckpoint);
    }
  }

  /** Checks the court file read from {@code zip}. */
  public static Result check(InputStream zip, NoteVerifier trustedKey, String courtCheckpoint)
      throws IOException {
    CourtFileCheck check = new CourtFileCheck(trustedKey, courtCheckpoint);
    String summary = check.run(zip);
    return new Result(List.copyOf(check.problems), summary);
  }

  private String run(InputStream zip) throws IOException {
    if (!read(zip)) {
      return "";
    }
    for (String required : List.of(MANIFEST, BUNDLE, CONSISTENCY)) {
      if (!json.containsKey(required)) {
        problems.add("the court file has no " + required);
      }
    }
    if (!problems.isEmpty()) {
      return "";
    }
    JsonNode manifest = parse(MANIFEST, json.get(MANIFEST));
    JsonNode bundle = canonical(BUNDLE, BUNDLE_FIELDS);
    JsonNode consistency = canonical(CONSISTENCY, CONSISTENCY_FIELDS);
    if (manifest == null || bundle == null || consistency == null) {
      return "";
    }
    checkBase64(bundle, consistency);
    Checkpoint checkpoint = checkBundle(bundle, manifest);
    List<JsonNode> entries = entries(bundle);
    checkSeal(entries, manifest);
    checkFiles(manifest);
    checkRecorded(entries, manifest);
    if (checkpoint != null) {
      checkConsistency(consistency, checkpoint);
    }
    return "case "
        + manifest.path("case").path("erdrNumber").asString("?")
        + " (reference "
        + manifest.path("reference").asString("?")
        + "): "
        + manifest.path("documents").size()
        + " document versions, "
        + digests.size()
        + " files, "
        + entries.size()
        + " ledger entries to the checkpoint of "
        + (checkpoint == null ? "?" : checkpoint.size())
        + " entries, consistent with the court's of "
        + consistency.path("fromSize").asLong(-1);
  }

  /** Reads every entry, hashing it; false when the ZIP itself is broken. */
  private boolean read(InputStream file) throws IOException {
    try (ZipInputStream zip = new ZipInputStream(file)) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        String name = entry.getName();
        if (entry.isDirectory()) {
          problems.add(
              "the court file holds a directory entry " + name + ", which ecase never writes");
          continue;
        }
        MessageDigest digest = sha256();
        boolean keep = name.equals(MANIFEST) || name.equals(BUNDLE) || name.equals(CONSISTENCY);
        java.io.ByteArrayOutputStream kept = new java.io.ByteArrayOutputStream();
        byte[] buffer = new byte[1 << 16];
        long size = 0;
        for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
          digest.update(buffer, 0, n);
          size += n;
          if (keep) {
            if (size > MAX_JSON_BYTES) {
              throw new IOException(name + " is larger than " + MAX_JSON_BYTES + " bytes");
            }
            kept.write(buffer, 0, n);
          }
        }
        if (digests.put(name, HexFormat.of().formatHex(digest.digest())) != null) {
          problems.add("the court file holds " + name + " twice");
        }
        if (keep) {
          json.put(name, kept.toByteArray());
        }
      }
    } catch (ZipException e) {
      problems.add("the court file is not a sound ZIP: " + e.getMessage());
      return false;
    }
    if (digests.isEmpty()) {
      problems.add("the court file is not a ZIP, or an empty one");
      return false;
    }
    return true;
  }

  private Checkpoint checkBundle(JsonNode bundle, JsonNode manifest) throws IOException {
    for (String problem :
        BundleCheck.check(
            new String(json.get(BUNDLE), java.nio.charset.StandardCharsets.UTF_8),
            trustedKey,
            null)) {
      problems.add(BUNDLE + ": " + problem);
    }
    if (!bundle.path("verifierKey").asString("").equals(trustedKey.verifierKey())) {
      problems.add(BUNDLE + ": it names another verifier key than the trusted one");
    }
    for (JsonNode entry : bundle.path("entries")) {
      if (!fieldsAre(entry, ENTRY_FIELDS)) {
        problems.add(
            BUNDLE + ": entry " + entry.path("index") + " has other fields than " + ENTRY_FIELDS);
      }
    }
    String record = "case/" + manifest.path("case").path("id").asString("");
    if (!bundle.path("record").asString("").equals(record)) {
      problems.add(
          BUNDLE
              + ": it is the bundle of "
              + bundle.path("record").asString("")
              + ", the manifest's case is "
              + record);
    }
    try {
      return trustedKey.verifyCheckpoint(bundle.path("checkpoint").asString(""));
    } catch (NoteException e) {
      return null;
    }
  }

  /**
   * Base64 can spell the same bytes more than one way (the unused bits of its last character), so
   * every base64 value must be spelled the one way ecase writes it, the checkpoint's signatures
   * included (they are not covered by what they sign).
   */
  private void checkBase64(JsonNode bundle, JsonNode consistency) {
    List<String> values = new ArrayList<>();
    for (JsonNode entry : bundle.path("entries")) {
      values.add(entry.path("entry").asString(""));
      values.add(entry.path("leafHash").asString(""));
      entry.path("inclusionProof").forEach(hash -> values.add(hash.asString("")));
    }
    String[] note = bundle.path("checkpoint").asString("").split("\n\n", 2);
    if (note.length == 2) {
      for (String line : note[1].split("\n")) {
        String[] parts = line.split(" ");
        if (parts.length == 3 && parts[0].equals("\u2014")) {
          values.add(parts[2]);
        }
      }
    }
    values.add(consistency.path("fromRoot").asString(""));
    values.add(consistency.path("toRoot").asString(""));
    consistency.path("path").forEach(hash -> values.add(hash.asString("")));
    for (String value : values) {
      byte[] decoded = base64(value);
      if (decoded != null && !Base64.getEncoder().encodeToString(decoded).equals(value)) {
        problems.add("the base64 value " + value + " is not spelled as ecase writes it (changed)");
      }
    }
  }

  private static byte[] base64(String value) {
    try {
      return Base64.getDecoder().decode(value);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** The bundle's entries as parsed JSON (those that are). */
  private static List<JsonNode> entries(JsonNode bundle) {
    List<JsonNode> parsed = new ArrayList<>();
    for (JsonNode bundled : bundle.path("entries")) {
      try {
        byte[] bytes = Base64.getDecoder().decode(bundled.path("entry").asString(""));
        JsonNode entry = JSON.readTree(bytes);
        if (entry != null && entry.isObject()) {
          parsed.add(entry);
        }
      } catch (IllegalArgumentException | JacksonException e) {
        // BundleCheck names it
      }
    }
    return parsed;
  }

  private void checkSeal(List<JsonNode> entries, JsonNode manifest) {
    String sha = digests.get(MANIFEST);
    String reference = manifest.path("reference").asString("");
    for (JsonNode entry : entries) {
      if (entry.path("type").asString("").equals(SEALED)
          && attaches(entry, MANIFEST_ATTACHMENT, sha)
          && entry.path("payload").path("reference").asString("").equals(reference)) {
        return;
      }
    }
    problems.add(
        MANIFEST
            + " (SHA-256 "
            + sha
            + ") is not the manifest of reference "
            + reference
            + " that a "
            + SEALED
            + " entry of the case's ledger names: it was changed since ecase sealed it, or it is"
            + " another case's");
  }

  private void checkFiles(JsonNode manifest) {
    Set<String> named = new HashSet<>(List.of(MANIFEST, BUNDLE, CONSISTENCY));
    for (JsonNode file : manifest.path("files")) {
      String name = file.path("name").asString("");
      String expected = file.path("sha256").asString("");
      named.add(name);
      String actual = digests.get(name);
      if (actual == null) {
        problems.add("the file " + name + " the manifest names is missing");
      } else if (!actual.equals(expected)) {
        problems.add(
            "the file " + name + " has SHA-256 " + actual + ", but the manifest names " + expected);
      }
    }
    for (String name : digests.keySet()) {
      if (!named.contains(name)) {
        problems.add("the file " + name + " is not in the manifest");
      }
    }
  }

  /** Every document's PDF and media file must be one the case's ledger entries recorded. */
  private void checkRecorded(List<JsonNode> entries, JsonNode manifest) {
    Set<String> recorded = new HashSet<>();
    for (JsonNode entry : entries) {
      for (JsonNode attachment : entry.path("attachments")) {
        recorded.add(attachment.path("sha256").asString(""));
      }
    }
    for (JsonNode document : manifest.path("documents")) {
      String label =
          "document "
              + document.path("kind").asString("")
              + " v"
              + document.path("version").asInt();
      List<String> hashes = new ArrayList<>();
      hashes.add(document.path("pdfSha256").asString(""));
      document.path("media").forEach(m -> hashes.add(m.path("sha256").asString("")));
      for (String hash : hashes) {
        if (!recorded.contains(hash)) {
          problems.add(label + ": its file " + hash + " is in none of the case's ledger entries");
        }
      }
    }
  }

  private void checkConsistency(JsonNode consistency, Checkpoint checkpoint) {
    long fromSize = consistency.path("fromSize").asLong(-1);
    long toSize = consistency.path("toSize").asLong(-1);
    byte[] fromRoot = BundleCheck.base64(consistency.path("fromRoot"));
    byte[] toRoot = BundleCheck.base64(consistency.path("toRoot"));
    List<Hash> path = new ArrayList<>();
    for (JsonNode hash : consistency.path("path")) {
      byte[] bytes = BundleCheck.base64(hash);
      if (bytes == null || bytes.length != Hash.SIZE) {
        problems.add(CONSISTENCY + ": its path holds something other than hashes");
        return;
      }
      path.add(new Hash(bytes));
    }
    if (consistency.path("format").asInt() != 1
        || toSize != checkpoint.size()
        || toRoot == null
        || !Arrays.equals(toRoot, checkpoint.rootHash().bytes())) {
      problems.add(
          CONSISTENCY
              + ": it does not lead to the bundle's checkpoint of "
              + checkpoint.size()
              + " entries");
      return;
    }
    if (fromRoot == null || fromRoot.length != Hash.SIZE) {
      problems.add(CONSISTENCY + ": the court's root is not a hash");
      return;
    }
    try {
      new ConsistencyProof(fromSize, toSize, path)
          .verify(new Hash(fromRoot), checkpoint.rootHash());
    } catch (ProofException e) {
      problems.add(
          CONSISTENCY
              + ": the bundle's checkpoint is not shown to extend the court's of "
              + fromSize
              + " entries ("
              + e.getMessage()
              + ")");
      return;
    }
    if (courtCheckpoint != null) {
      checkCourtCheckpoint(fromSize, fromRoot);
    }
  }

  private void checkCourtCheckpoint(long fromSize, byte[] fromRoot) {
    Checkpoint saved;
    try {
      saved = trustedKey.verifyCheckpoint(courtCheckpoint);
    } catch (NoteException e) {
      problems.add(
          "the court's saved checkpoint is not signed by the trusted key: " + e.getMessage());
      return;
    }
    if (saved.size() != fromSize || !Arrays.equals(saved.rootHash().bytes(), fromRoot)) {
      problems.add(
          CONSISTENCY
              + ": it starts from a checkpoint of "
              + fromSize
              + " entries, not from the court's saved one of "
              + saved.size());
    }
  }

  /** The file parsed; it must be in the one form ecase writes and have exactly its fields. */
  private JsonNode canonical(String name, Set<String> fields) {
    byte[] bytes = json.get(name);
    JsonNode node = parse(name, bytes);
    if (node == null) {
      return null;
    }
    if (!Arrays.equals(JSON.writeValueAsBytes(node), bytes)) {
      problems.add(name + ": it is not in the form ecase writes it (changed bytes)");
    }
    if (!fieldsAre(node, fields)) {
      problems.add(name + ": it has other fields than " + fields);
    }
    return node;
  }

  private JsonNode parse(String name, byte[] bytes) {
    try {
      JsonNode node = JSON.readTree(bytes);
      if (node == null || !node.isObject() || node.path("format").asInt() != 1) {
        problems.add(name + ": it is not a format-1 JSON object");
        return null;
      }
      return node;
    } catch (JacksonException e) {
      problems.add(name + ": it is not JSON (" + e.getOriginalMessage() + ")");
      return null;
    }
  }

  private static boolean fieldsAre(JsonNode node, Set<String> fields) {
    return node.isObject() && Set.copyOf(node.propertyNames()).equals(fields);
  }

  private static boolean attaches(JsonNode entry, String name, String sha256) {
    for (JsonNode attachment : entry.path("attachments")) {
      if (attachment.path("name").asString("").equals(name)
          && attachment.path("sha256").asString("").equals(sha256)) {
        return true;
      }
    }
    return false;
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
