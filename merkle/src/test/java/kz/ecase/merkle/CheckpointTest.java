package kz.ecase.merkle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CheckpointTest {

  /** The example of c2sp.org/tlog-checkpoint. */
  private static final String EXAMPLE =
      "example.com/behind-the-sofa\n20852163\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n";

  private static final Hash ROOT = MerkleTreeTest.ROOTS.get(7);

  @Test
  void readsTheSpecExample() {
    Checkpoint checkpoint = Checkpoint.parse(EXAMPLE);

    assertThat(checkpoint.origin()).isEqualTo("example.com/behind-the-sofa");
    assertThat(checkpoint.size()).isEqualTo(20852163);
    assertThat(checkpoint.rootHash().base64())
        .isEqualTo("CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=");
    assertThat(checkpoint.extensions()).isEmpty();
    assertThat(checkpoint.format()).isEqualTo(EXAMPLE);
  }

  @Test
  void writesOriginSizeRootAndExtensionsOnePerLine() {
    Checkpoint checkpoint =
        new Checkpoint("ecase.example/registry", 8, ROOT, List.of("ext one", "ext two"));

    assertThat(checkpoint.format())
        .isEqualTo(
            "ecase.example/registry\n8\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=\n"
                + "ext one\next two\n");
    assertThat(Checkpoint.parse(checkpoint.format())).isEqualTo(checkpoint);
  }

  @Test
  void anEmptyTreeHasSizeZero() {
    Checkpoint empty = new Checkpoint("o", 0, Hash.emptyTree());

    assertThat(Checkpoint.parse(empty.format())).isEqualTo(empty);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "o\n8\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=",
        "o\n8\n",
        "o\n8\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=\n\n",
        "o\n8\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=\n\next\n",
        "\n8\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=\n",
        "o\n08\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=\n",
        "o\n00\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=\n",
        "o\n-8\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=\n",
        "o\n+8\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=\n",
        "o\n 8\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=\n",
        "o\n8.0\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=\n",
        "o\n0x8\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=\n",
        "o\n٨\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=\n",
        "o\n9223372036854775808\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=\n",
        "o\n8\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQ=\n",
        "o\n8\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg\n",
        "o\n8\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyh=\n",
        "o\n8\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz-Nw7_RgQyg=\n",
        "o\n8\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=AA\n",
        "o\r\n8\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=\n",
      })
  void refusesMalformedCheckpoints(String text) {
    assertThatThrownBy(() -> Checkpoint.parse(text)).isInstanceOf(NoteException.class);
  }

  @Test
  void saysWhatIsWrong() {
    assertThatThrownBy(() -> Checkpoint.parse("o\n012\n" + ROOT.base64() + "\n"))
        .hasMessage(
            "the checkpoint's tree size \"012\" is not a decimal number without leading zeros");
    assertThatThrownBy(() -> Checkpoint.parse("o\n12\nAAAA\n"))
        .hasMessage("the checkpoint's root hash is not base64 of 32 bytes");
    assertThatThrownBy(() -> Checkpoint.parse("o\n12\n"))
        .hasMessage("the checkpoint has fewer than three lines");
  }

  @Test
  void refusesFieldsThatWouldBreakTheFormat() {
    assertThatThrownBy(() -> new Checkpoint("", 1, ROOT))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Checkpoint("a\nb", 1, ROOT))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Checkpoint("o", -1, ROOT))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Checkpoint("o", 1, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Checkpoint("o", 1, ROOT, List.of("")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
