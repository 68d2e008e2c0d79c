package kz.ecase.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UnitCodeTest {

  @Test
  void regionCoversItsDepartmentsAndNotOthers() {
    UnitCode astana = UnitCode.of("71");

    assertThat(astana.covers(UnitCode.of("710001"))).isTrue();
    assertThat(astana.covers(astana)).isTrue();
    assertThat(astana.covers(UnitCode.of("750001"))).isFalse();
  }

  @Test
  void departmentCoversOnlyItself() {
    UnitCode department = UnitCode.of("710001");

    assertThat(department.covers(department)).isTrue();
    assertThat(department.covers(UnitCode.of("710002"))).isFalse();
    assertThat(department.covers(UnitCode.of("71"))).isFalse();
    assertThat(department.region()).isEqualTo(UnitCode.of("71"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "7", "711", "7100011", "71000a", " 71"})
  void onlyTwoOrSixDigitsAreUnitCodes(String value) {
    assertThatThrownBy(() -> UnitCode.of(value)).isInstanceOf(IllegalArgumentException.class);
  }
}
