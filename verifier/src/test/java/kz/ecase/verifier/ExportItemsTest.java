package kz.ecase.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import kz.ecase.merkle.Hash;
import org.junit.jupiter.api.Test;

/**
 * Nodes and checkpoints read ahead of the audit are shown as a file read in step would show them:
 * only once the audit has as many entries as lay before them, the last copy of a node by then.
 */
class ExportItemsTest {

  ExportItems items = new ExportItems();

  static byte[] hash(int b) {
    byte[] hash = new byte[Hash.SIZE];
    hash[0] = (byte) b;
    return hash;
  }

  @Test
  void aNodeLyingBeyondTheEntriesItCoversIsNotShownWhenAskedAndStaysStray() {
    items.entriesBefore(5);
    items.addNode(1, 1, hash(1));

    assertThat(items.storedNode(1, 1)).isEmpty();
    assertThat(items.strayNodes())
        .singleElement()
        .extracting(StoredNode::level, StoredNode::index)
        .containsExactly(1, 1L);
  }

  @Test
  void theLastCopyShownByThenIsTheNodeAndLaterCopiesStayStray() {
    items.entriesBefore(2);
    items.addNode(1, 1, hash(1));
    items.entriesBefore(3);
    items.addNode(1, 1, hash(2));
    items.entriesBefore(9);
    items.addNode(1, 1, hash(3));
    items.addNode(1, 1, hash(4));

    assertThat(items.storedNode(1, 1)).hasValue(new Hash(hash(2)));
    assertThat(items.strayNodes()).singleElement().extracting(StoredNode::hash).isEqualTo(hash(4));
  }

  @Test
  void checkpointsAreDueOnceShownAndOfTheirSizeSmallestFirst() {
    TestLedger ledger = new TestLedger().withEntries(6);
    String six = ledger.checkpoint(6);
    String two = ledger.checkpoint(2);
    items.entriesBefore(1);
    items.addCheckpoint(StoredCheckpoint.ofNote(six));
    items.entriesBefore(4);
    items.addCheckpoint(StoredCheckpoint.ofNote(two));

    assertThat(items.checkpointsUpTo(2)).isEmpty();
    assertThat(items.checkpointsUpTo(4))
        .extracting(StoredCheckpoint::signedNote)
        .containsExactly(two);
    assertThat(items.checkpointsUpTo(Long.MAX_VALUE))
        .extracting(StoredCheckpoint::signedNote)
        .containsExactly(six);
  }
}
