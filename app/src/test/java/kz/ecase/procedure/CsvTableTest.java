package kz.ecase.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Data files are read by their column names, with quotes and comments honoured. */
class CsvTableTest {

  @Test
  void cellsHonourQuotesAndCommentsAreSkipped() {
    List<Map<String, String>> rows =
        CsvTable.parse("# a comment line\na,b,c,d\nx,\"b, c\",\"say \"\"hi\"\"\",\n", "test");

    assertThat(rows).hasSize(1);
    assertThat(rows.get(0))
        .containsEntry("a", "x")
        .containsEntry("b", "b, c")
        .containsEntry("c", "say \"hi\"")
        .containsEntry("d", "");
  }

  @Test
  void aRowWithMoreCellsThanTheHeaderIsRefused() {
    assertThatThrownBy(() -> CsvTable.parse("a,b\n1,2,3\n", "shifted"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("shifted");
  }
}
