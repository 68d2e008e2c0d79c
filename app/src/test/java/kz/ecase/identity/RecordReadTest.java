package kz.ecase.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RecordReadTest {

  @Test
  void aPurposeIsClippedToTheLongestAccepted() {
    assertThat(RecordRead.clipped("search by name \"ким\"")).isEqualTo("search by name \"ким\"");
    assertThat(RecordRead.clipped("x".repeat(RecordRead.MAX_PURPOSE)))
        .hasSize(RecordRead.MAX_PURPOSE);
    assertThat(RecordRead.clipped("y".repeat(RecordRead.MAX_PURPOSE + 7)))
        .isEqualTo("y".repeat(RecordRead.MAX_PURPOSE));
  }
}
