package kz.ecase.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ProgressTest {

  long now;
  ByteArrayOutputStream text = new ByteArrayOutputStream();
  Progress progress = new Progress(new PrintStream(text, true), () -> now, "checked");

  @Test
  void reportsDoneTotalPercentAndThroughputAtMostOnceASecond() {
    progress.start(OptionalLong.of(1024));
    now = 500_000_000L;
    progress.update(256, 1_000_000);
    now = 2_000_000_000L;
    progress.update(512, 4_000_000);
    now = 2_500_000_000L;
    progress.update(768, 6_000_000);

    assertThat(text.toString().lines())
        .containsExactly("checked 512 / 1024 entries (50.0%), 2.0 MB/s");
  }
}
