package kz.ecase.offences.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProtocolSearchRowsTest {

  @Test
  void thePrefixRangeEndsAtTheLastLettersNext() {
    assertThat(ProtocolSearchRows.afterPrefix("абдир")).isEqualTo("абдис");
    assertThat(ProtocolSearchRows.afterPrefix("кая")).isEqualTo("ка\u0450");
    assertThat(ProtocolSearchRows.afterPrefix("smith")).isEqualTo("smiti");
  }
}
