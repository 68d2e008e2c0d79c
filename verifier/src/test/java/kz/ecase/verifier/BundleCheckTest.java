package kz.ecase.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.ecase.merkle.Hash;
import kz.ecase.merkle.MerkleTree;
import kz.ecase.merkle.NoteSigner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

class BundleCheckTest {

  static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir Path documents;
  TestLedger ledger = new TestLedger().withEntries(20);
  String checkpoint = ledger.checkpoint(20);

  /** The bundle of record r1 (entries 1, 4, 7, ..., 19), as the application exports it. */
  List<Map<String, Object>> entries() {
    MerkleTree tree = new MerkleTree(ledger.tree());
    List<Map<String, Object>> entries = new ArrayList<>();
    for (int i = 1; i < 20; i += 3) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("index", i);
      entry.put("entry", base64(ledger.entries.get(i).entry()));
      entry.put("leafHash", base64(ledger.entries.get(i).leafHash()));
      entry.put(
          "inclusionProof", tree.inclusionProof(i, 20).path().stream().map(Hash::base64).toList());
      entries.add(entry);
    }
    return entries;
  }

  String bundle(List<Map<String, Object>> entries, String note) {
    Map<String, Object> bundle = new LinkedHashMap<>();
    bundle.put("format", 1);
    bundle.put("record", "registration/r1");
    bundle.put("verifierKey", ledger.key.verifierKey());
    bundle.put("checkpoint", note);
    bundle.put("entries", entries);
    return JSON.writeValueAsString(bundle);
  }

  List<String> check(String bundle) throws IOException {
    return BundleCheck.check(bundle, ledger.key.verifier(), null);
  }

  @Test
  void aGoodBundleVerifies() throws IOException {
    assertThat(check(bundle(entries(), checkpoint))).isEmpty();
  }

  @Test
  void aFlippedByteInAnEntryIsFound() throws IOException {
    List<Map<String, Object>> entries = entries();
    byte[] bytes = ledger.entries.get(7).entry();
    bytes[ledger.text(7).indexOf("event 7")] ^= 1;
    entries.get(2).put("entry", base64(bytes));

    assertThat(check(bundle(entries, checkpoint)))
        .containsExactly(
            "entry 7: its bytes do not match its leaf hash",
            "entry 7: its inclusion proof does not lead to the root of the checkpoint of size 20"
                + " (inclusion proof does not lead to the checkpoint's root)");
  }

  @Test
  void aWrongProofIsFound() throws IOException {
    List<Map<String, Object>> entries = entries();
    entries.get(3).put("inclusionProof", entries.get(4).get("inclusionProof"));

    assertThat(check(bundle(entries, checkpoint)))
        .singleElement()
        .asString()
        .startsWith(
            "entry 10: its inclusion proof does not lead to the root of the checkpoint of size 20");
  }

  @Test
  void aCheckpointByAForeignKeyIsRefusedEvenIfTheBundleCarriesThatKey() throws IOException {
    NoteSigner foreign = NoteSigner.generate(TestLedger.ORIGIN);
    String forged = ledger.checkpoint(20, foreign);

    assertThat(check(bundle(entries(), forged)))
        .singleElement()
        .asString()
        .startsWith("the bundle's checkpoint is not signed by the trusted key");
  }

  @Test
  void aMissingMiddleEntryIsFound() throws IOException {
    List<Map<String, Object>> entries = entries();
    entries.remove(3); // index 10

    assertThat(check(bundle(entries, checkpoint)))
        .containsExactly(
            "entry 13: previous should be 7 but is 10: an entry of the record between them is"
                + " missing from the bundle");
  }

  @Test
  void documentsAreCheckedAgainstTheirRecordedHashes() throws IOException {
    Files.writeString(
        documents.resolve("protocol.pdf"), "not the protocol", StandardCharsets.UTF_8);

    List<String> problems =
        BundleCheck.check(bundle(entries(), checkpoint), ledger.key.verifier(), documents);

    assertThat(problems).hasSize(7);
    assertThat(problems.get(0))
        .startsWith("entry 1: the document protocol.pdf has SHA-256 ")
        .endsWith("but the entry recorded " + "ab".repeat(32));
  }

  static String base64(byte[] bytes) {
    return Base64.getEncoder().encodeToString(bytes);
  }
}
