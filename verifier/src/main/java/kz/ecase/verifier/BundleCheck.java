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
import java.util.HexFormat;
import java.util.List;
import kz.ecase.merkle.Checkpoint;
import kz.ecase.merkle.Hash;
import kz.ecase.merkle.InclusionProof;
import kz.ecase.merkle.NoteException;
import kz.ecase.merkle.NoteVerifier;
import kz.ecase.merkle.ProofException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks a record's bundle fully offline: the checkpoint is signed by the trusted key, every entry
 * hashes to its leaf hash and its inclusion proof leads to the checkpoint's root, the entries are
 * the record's complete chain up to the checkpoint, and, given the documents, every attachment has
 * the SHA-256 its entry recorded. The key inside the bundle is never trusted.
 */
public final class BundleCheck {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final NoteVerifier trustedKey;
  private final Path documents;
  private final List<String> problems = new ArrayList<>();

  private BundleCheck(NoteVerifier trustedKey, Path documents) {
    this.trustedKey = trustedKey;
    this.documents = documents;
  }

  /**
   * Checks the bundle and returns what is wrong with it, nothing if it holds.
   *
   * @param documents the directory holding the record's attachments by name, or null
   * @throws IOException if the bundle is not a bundle or a document cannot be read
   */
  public static List<String> check(String bundleJson, NoteVerifier trustedKey, Path documents)
      throws IOException {
    JsonNode bundle;
    try {
      bundle = JSON.readTree(bundleJson);
    } catch (JacksonException e) {
      throw new IOException("the bundle is not JSON: " + e.getOriginalMessage(), e);
    }
    if (bundle == null || !bundle.isObject() || bundle.path("format").asInt() != 1) {
      throw new IOException("the bundle is not a format-1 ledger bundle");
    }
    BundleCheck check = new BundleCheck(trustedKey, documents);
    check.run(bundle);
    return List.copyOf(check.problems);
  }

  private void run(JsonNode bundle) throws IOException {
    String record = bundle.path("record").asString("");
    Checkpoint checkpoint;
    try {
      checkpoint = trustedKey.verifyCheckpoint(bundle.path("checkpoint").asString(""));
    } catch (NoteException e) {
      problems.add("the bundle's checkpoint is not signed by the trusted key: " + e.getMessage());
      return;
    }
    JsonNode entries = bundle.path("entries");
    if (!entries.isArray() || entries.isEmpty()) {
      problems.add("the bundle holds no entries of " + record);
      return;
    }
    Long previousIndex = null;
    for (JsonNode bundled : entries) {
      long index = bundled.path("index").asLong(-1);
      byte[] bytes = base64(bundled.path("entry"));
      byte[] leafHash = base64(bundled.path("leafHash"));
      if (bytes == null) {
        problems.add("entry " + index + ": its bytes are not base64");
        continue;
      }
      Hash leaf = Hash.leaf(bytes);
      if (leafHash == null || !Arrays.equals(leaf.bytes(), leafHash)) {
        problems.add("entry " + index + ": its bytes do not match its leaf hash");
      }
      checkInclusion(index, leaf, bundled.path("inclusionProof"), checkpoint);
      JsonNode entry = parse(bytes);
      if (entry == null) {
        problems.add("entry " + index + ": it is not a format-1 entry");
        previousIndex = index;
        continue;
      }
      String entryRecord =
          entry.path("record").path("type").asString("")
              + "/"
              + entry.path("record").path("id").asString("");
      if (!entryRecord.equals(record)) {
        problems.add("entry " + index + ": it is about " + entryRecord + ", not " + record);
      }
      JsonNode previous = entry.path("previous");
      Long actual = previous.isIntegralNumber() ? previous.asLong() : null;
      if (previousIndex == null ? actual != null : !previousIndex.equals(actual)) {
        problems.add(
            "entry "
                + index
                + ": previous should be "
                + (previousIndex == null ? "null (the record's first entry)" : previousIndex)
                + " but is "
                + actual
                + (previousIndex == null
                    ? ": the record's earlier entries are missing from the bundle"
                    : ": an entry of the record between them is missing from the bundle"));
      }
      previousIndex = index;
      if (documents != null) {
        checkAttachments(index, entry.path("attachments"));
      }
    }
  }

  private void checkInclusion(long index, Hash leaf, JsonNode path, Checkpoint checkpoint) {
    List<Hash> hashes = new ArrayList<>();
    for (JsonNode hash : path) {
      byte[] bytes = base64(hash);
      if (bytes == null || bytes.length != Hash.SIZE) {
        problems.add("entry " + index + ": its inclusion proof holds something other than hashes");
        return;
      }
      hashes.add(new Hash(bytes));
    }
    try {
      new InclusionProof(index, checkpoint.size(), hashes).verify(leaf, checkpoint);
    } catch (ProofException e) {
      problems.add(
          "entry "
              + index
              + ": its inclusion proof does not lead to the root of the checkpoint of size "
              + checkpoint.size()
              + " ("
              + e.getMessage()
              + ")");
    }
  }

  private void checkAttachments(long index, JsonNode attachments) throws IOException {
    for (JsonNode attachment : attachments) {
      String name = attachment.path("name").asString("");
      String expected = attachment.path("sha256").asString("");
      Path file = documents.resolve(name).normalize();
      if (name.isEmpty() || !file.startsWith(documents.normalize()) || !Files.isRegularFile(file)) {
        problems.add("entry " + index + ": its attachment " + name + " is not in " + documents);
        continue;
      }
      String actual = sha256(file);
      if (!actual.equalsIgnoreCase(expected)) {
        problems.add(
            "entry "
                + index
                + ": the document "
                + name
                + " has SHA-256 "
                + actual
                + ", but the entry recorded "
                + expected);
      }
    }
  }

  private static String sha256(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[1 << 16];
      for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
        digest.update(buffer, 0, n);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  private static JsonNode parse(byte[] bytes) {
    try {
      JsonNode entry = JSON.readTree(bytes);
      return entry != null && entry.isObject() && entry.path("format").asInt() == 1 ? entry : null;
    } catch (JacksonException e) {
      return null;
    }
  }

  static byte[] base64(JsonNode node) {
    if (node == null || !node.isString()) {
      return null;
    }
    try {
      return Base64.getDecoder().decode(node.asString());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
