package kz.ecase.simulators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CommandLineTest {

  @Test
  void withoutOptionsItListensOnTheLoopbackOnPort8090() {
    assertThat(CommandLine.parse())
        .isEqualTo(new CommandLine("127.0.0.1", 8090, Optional.empty(), false));
  }

  @Test
  void optionsSetPortHostAndDay() {
    assertThat(CommandLine.parse("--port", "0", "--host", "0.0.0.0", "--today", "2026-01-31"))
        .isEqualTo(new CommandLine("0.0.0.0", 0, Optional.of(LocalDate.of(2026, 1, 31)), false));
  }

  @Test
  void helpIsAskedFor() {
    assertThat(CommandLine.parse("--help").help()).isTrue();
    assertThat(CommandLine.USAGE).contains("--port N");
  }

  @Test
  void wrongOptionsAreRefusedWithAReason() {
    assertThatThrownBy(() -> CommandLine.parse("--prot", "1")).hasMessage("unknown option --prot");
    assertThatThrownBy(() -> CommandLine.parse("--port")).hasMessage("--port needs a value");
    assertThatThrownBy(() -> CommandLine.parse("--port", "70000"))
        .hasMessageContaining("0 to 65535");
    assertThatThrownBy(() -> CommandLine.parse("--port", "x")).hasMessageContaining("not x");
    assertThatThrownBy(() -> CommandLine.parse("--today", "31.01.2026"))
        .hasMessageContaining("YYYY-MM-DD");
  }
}
