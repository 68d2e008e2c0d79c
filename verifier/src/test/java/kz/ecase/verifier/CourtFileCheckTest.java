package kz.ecase.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import kz.ecase.merkle.Checkpoint;
import kz.ecase.merkle.Hash;
import kz.ecase.merkle.InMemoryTree;
import kz.ecase.merkle.MerkleTree;
import kz.ecase.merkle.NoteSigner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * A court file as ecase builds it (a case's documents, its sealed manifest, the bundle of the case
 * record with the seal among its entries, a consistency proof from the court's checkpoint), and
 * what the check finds when any of it changes.
 */
class CourtFileCheckTest {

  static final JsonMapper JSON = JsonMapper.builder().build();
  static final String ORIGIN = "ecase.test/ledger";
  static final String CASE = "7f3c2a10-0000-4000-8000-000000000001";
  static final String REFERENCE = "267100131000042-5";

  @TempDir Path dir;

  final NoteSigner key = NoteSigner.generate(ORIGIN);
  final InMemoryTree tree = new InMemoryTree();
  final List<byte[]> entries = new ArrayList<>();
  final List<Long> caseEntries = new ArrayList<>();
  final Map<String, byte[]> files = new LinkedHashMap<>();
  byte[] manifest;
  String courtCheckpoint;

  CourtFileCheckTest() {
    files.put("documents/002-interrogation_protocol-v1.pdf", bytes("%PDF-1.7 допрос"));
    files.put("documents/002-interrogation_protocol-v1.p7s", bytes("CMS of the protocol"));
    files.put("media/002-dopros.mp3", new byte[] {1, 2, 3, 4});
    files.put("documents/003-order_protocol-v1.pdf", bytes("%PDF-1.7 протокол"));
    files.put("documents/003-order_protocol-v1.p7s", bytes("CMS with both signers"));
    noise("before the court's checkpoint");
    step(
        "SIGN_DOCUMENT",
        attachment(
            "case-1-2-interrogation_protocol.pdf", "documents/002-interrogation_protocol-v1.pdf"),
        attachment(
            "case-1-2-interrogation_protocol.p7s", "documents/002-interrogation_protocol-v1.p7s"),
        attachment("dopros.mp3", "media/002-dopros.mp3"));
    courtCheckpoint =
        key.sign(new Checkpoint(ORIGIN, tree.size(), new MerkleTree(tree).rootHash()));
    noise("another case");
    step(
        "SIGN_DOCUMENT",
        attachment("case-1-3-order_protocol.pdf", "documents/003-order_protocol-v1.pdf"));
    manifest = manifest();
    append(
        entry(
            "cases.CourtFileSealed",
            Map.of("reference", REFERENCE, "documents", 2, "files", files.size()),
            List.of(Map.of("name", "court-file-manifest.json", "sha256", sha256(manifest)))),
        true);
    step("APPROVE_DOCUMENT");
  }

  @Test
  void theCourtFileAsBuiltVerifies() throws IOException {
    CourtFileCheck.Result result = check(zip(contents()), courtCheckpoint);

    assertThat(result.problems()).isEmpty();
    assertThat(result.summary())
        .contains(
            "267100131000042", REFERENCE, "2 document versions", "8 files", "4 ledger entries");
  }

  @Test
  void everyByteOfEveryFileIsCovered() throws IOException {
    Map<String, byte[]> good = contents();
    for (Map.Entry<String, byte[]> file : good.entrySet()) {
      for (int i = 0; i < file.getValue().length; i++) {
        Map<String, byte[]> changed = new LinkedHashMap<>(good);
        byte[] bytes = file.getValue().clone();
        bytes[i] ^= 1;
        changed.put(file.getKey(), bytes);

        assertThat(check(zip(changed), null).problems())
            .as("byte %d of %s flipped", i, file.getKey())
            .isNotEmpty();
      }
    }
  }

  @Test
  void anyOtherValueOfAByteIsFoundToo() throws IOException {
    long seed = System.nanoTime();
    RandomGenerator random = RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
    Map<String, byte[]> good = contents();
    List<String> names = new ArrayList<>(good.keySet());
    for (int round = 0; round < 500; round++) {
      String name = names.get(random.nextInt(names.size()));
      byte[] bytes = good.get(name).clone();
      int at = random.nextInt(bytes.length);
      bytes[at] = (byte) (bytes[at] + 1 + random.nextInt(255));
      Map<String, byte[]> changed = new LinkedHashMap<>(good);
      changed.put(name, bytes);

      assertThat(check(zip(changed), null).problems())
          .as("seed %d: byte %d of %s changed", seed, at, name)
          .isNotEmpty();
    }
  }

  @Test
  void aMissingAnExtraOrARepeatedFileIsNamed() throws IOException {
    Map<String, byte[]> missing = contents();
    missing.remove("media/002-dopros.mp3");
    Map<String, byte[]> extra = contents();
    extra.put("documents/004-note.pdf", bytes("%PDF"));

    assertThat(check(zip(missing), null).problems())
        .containsExactly("the file media/002-dopros.mp3 the manifest names is missing");
    assertThat(check(zip(extra), null).problems())
        .containsExactly("the file documents/004-note.pdf is not in the manifest");
    assertThat(check(zipTwice(contents(), "documents/003-order_protocol-v1.pdf"), null).problems())
        .contains("the court file holds documents/003-order_protocol-v1.pdf twice");
  }

  @Test
  void aFileWhoseManifestIsReplacedConsistentlyIsStillFound() throws IOException {
    Map<String, byte[]> forged = contents();
    forged.put("documents/003-order_protocol-v1.pdf", bytes("%PDF-1.7 другой протокол"));
    files.put("documents/003-order_protocol-v1.pdf", bytes("%PDF-1.7 другой протокол"));
    forged.put("manifest.json", manifest());

    assertThat(check(zip(forged), null).problems())
        .anyMatch(p -> p.startsWith("manifest.json (SHA-256 "))
        .anyMatch(p -> p.contains("is in none of the case's ledger entries"));
  }

  @Test
  void anotherKeyOrAnotherCourtCheckpointFails() throws IOException {
    NoteSigner other = NoteSigner.generate(ORIGIN);
    String otherCheckpoint = key.sign(new Checkpoint(ORIGIN, 1, new MerkleTree(tree).rootHash(1)));

    assertThat(
            CourtFileCheck.check(new ByteArrayInputStream(zip(contents())), other.verifier(), null)
                .problems())
        .anyMatch(p -> p.contains("not signed by the trusted key"))
        .anyMatch(p -> p.contains("names another verifier key"));
    assertThat(check(zip(contents()), otherCheckpoint).problems())
        .containsExactly(
            "consistency.json: it starts from a checkpoint of 2 entries, not from the court's saved"
                + " one of 1");
  }

  @Test
  void notAZipIsNamed() throws IOException {
    assertThat(check(bytes("this is no court file"), null).problems())
        .containsExactly("the court file is not a ZIP, or an empty one");
  }

  @Test
  void theCommandLineNamesTheProblemAndExitsNonZero() throws IOException {
    Path good = dir.resolve("court-file.zip");
    Files.write(good, zip(contents()));
    Path keyFile = dir.resolve("ecase.vkey");
    Files.writeString(keyFile, key.verifierKey() + "\n");
    Path saved = dir.resolve("court.checkpoint");
    Files.writeString(saved, courtCheckpoint);
    Map<String, byte[]> changed = contents();
    changed.get("documents/002-interrogation_protocol-v1.pdf")[3] ^= 1;
    Path bad = dir.resolve("changed.zip");
    Files.write(bad, zip(changed));

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int ok =
        Main.run(
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(new ByteArrayOutputStream()),
            "check-court-file",
            good.toString(),
            "--key",
            keyFile.toString(),
            "--checkpoint",
            saved.toString());
    String okOutput = out.toString(StandardCharsets.UTF_8);
    out.reset();
    int tampered =
        Main.run(
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(new ByteArrayOutputStream()),
            "check-court-file",
            bad.toString(),
            "--key",
            keyFile.toString());

    assertThat(ok).as(okOutput).isZero();
    assertThat(okOutput).startsWith("OK: the court file ");
    assertThat(tampered).isEqualTo(1);
    assertThat(out.toString(StandardCharsets.UTF_8))
        .startsWith("TAMPERED: the file documents/002-interrogation_protocol-v1.pdf has SHA-256 ");
  }

  private CourtFileCheck.Result check(byte[] zip, String saved) throws IOException {
    return CourtFileCheck.check(new ByteArrayInputStream(zip), key.verifier(), saved);
  }

  /** Every file of the court file by name: the manifest, the files, the bundle, the proof. */
  private Map<String, byte[]> contents() {
    Map<String, byte[]> contents = new LinkedHashMap<>();
    contents.put("manifest.json", manifest);
    files.forEach((name, bytes) -> contents.put(name, bytes.clone()));
    long size = tree.size();
    MerkleTree merkle = new MerkleTree(tree);
    Hash root = merkle.rootHash(size);
    String checkpoint = key.sign(new Checkpoint(ORIGIN, size, root));
    List<Map<String, Object>> bundled = new ArrayList<>();
    for (long index : caseEntries) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("index", index);
      entry.put("entry", base64(entries.get((int) index)));
      entry.put("leafHash", Hash.leaf(entries.get((int) index)).base64());
      entry.put(
          "inclusionProof",
          merkle.inclusionProof(index, size).path().stream().map(Hash::base64).toList());
      bundled.add(entry);
    }
    Map<String, Object> bundle = new LinkedHashMap<>();
    bundle.put("format", 1);
    bundle.put("record", "case/" + CASE);
    bundle.put("verifierKey", key.verifierKey());
    bundle.put("checkpoint", checkpoint);
    bundle.put("entries", bundled);
    contents.put("bundle.json", JSON.writeValueAsBytes(bundle));
    Map<String, Object> consistency = new LinkedHashMap<>();
    consistency.put("format", 1);
    consistency.put("fromSize", 2);
    consistency.put("fromRoot", merkle.rootHash(2).base64());
    consistency.put("toSize", size);
    consistency.put("toRoot", root.base64());
    consistency.put(
        "path", merkle.consistencyProof(2, size).path().stream().map(Hash::base64).toList());
    contents.put("consistency.json", JSON.writeValueAsBytes(consistency));
    return contents;
  }

  private byte[] manifest() {
    Map<String, Object> manifest = new LinkedHashMap<>();
    manifest.put("format", 1);
    manifest.put("reference", REFERENCE);
    manifest.put("case", Map.of("id", CASE, "erdrNumber", "267100131000042"));
    manifest.put(
        "documents",
        List.of(
            Map.of(
                "kind",
                "INTERROGATION_PROTOCOL",
                "version",
                1,
                "pdfSha256",
                sha256(files.get("documents/002-interrogation_protocol-v1.pdf")),
                "media",
                List.of(Map.of("sha256", sha256(files.get("media/002-dopros.mp3"))))),
            Map.of(
                "kind",
                "ORDER_PROTOCOL",
                "version",
                1,
                "pdfSha256",
                sha256(files.get("documents/003-order_protocol-v1.pdf")),
                "media",
                List.of())));
    List<Map<String, String>> named = new ArrayList<>();
    files.forEach((name, bytes) -> named.add(Map.of("name", name, "sha256", sha256(bytes))));
    manifest.put("files", named);
    return JSON.writeValueAsBytes(manifest);
  }

  @SafeVarargs
  private void step(String step, Map<String, String>... attachments) {
    append(entry("cases.CaseStepTaken", Map.of("transition", step), List.of(attachments)), true);
  }

  private void noise(String what) {
    append(
        ("{\"format\":1,\"type\":\"test.Noted\",\"record\":{\"type\":\"note\",\"id\":\""
                + what.replace(' ', '-')
                + "\"},\"previous\":null}")
            .getBytes(StandardCharsets.UTF_8),
        false);
  }

  private byte[] entry(
      String type, Map<String, Object> payload, List<Map<String, String>> attached) {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("actor", "investigator");
    entry.put("attachments", attached);
    entry.put("format", 1);
    entry.put("payload", payload);
    entry.put("previous", caseEntries.isEmpty() ? null : caseEntries.get(caseEntries.size() - 1));
    entry.put("record", Map.of("id", CASE, "type", "case"));
    entry.put("type", type);
    entry.put("unit", "710001");
    return JSON.writeValueAsBytes(entry);
  }

  private void append(byte[] entry, boolean ofTheCase) {
    if (ofTheCase) {
      caseEntries.add((long) entries.size());
    }
    entries.add(entry);
    tree.appendLeafHash(Hash.leaf(entry));
  }

  private Map<String, String> attachment(String name, String file) {
    return Map.of("name", name, "sha256", sha256(files.get(file)));
  }

  private static byte[] zip(Map<String, byte[]> contents) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, byte[]> file : contents.entrySet()) {
        zip.putNextEntry(new ZipEntry(file.getKey()));
        zip.write(file.getValue());
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  /** A ZIP with one file twice (the second copy under a name the writer is told apart from). */
  private static byte[] zipTwice(Map<String, byte[]> contents, String twice) throws IOException {
    Map<String, byte[]> renamed = new LinkedHashMap<>(contents);
    String stand = twice.replace(".pdf", ".pdX");
    renamed.put(stand, contents.get(twice));
    byte[] zip = zip(renamed);
    byte[] from = stand.getBytes(StandardCharsets.UTF_8);
    byte[] to = twice.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i + from.length <= zip.length; i++) {
      if (java.util.Arrays.equals(zip, i, i + from.length, from, 0, from.length)) {
        System.arraycopy(to, 0, zip, i, to.length);
      }
    }
    return zip;
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static String base64(byte[] bytes) {
    return Base64.getEncoder().encodeToString(bytes);
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
