package kz.ecase.ledger.tree;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TakePositionTest {

  private static final int FULL = 256;

  private long now = 1_000_000_000L;
  private final TakePosition position = new TakePosition(Duration.ofSeconds(1), () -> now);

  @Test
  void theFirstTakeIsFromTheHead() {
    assertThat(position.next()).isEqualTo(TakePosition.HEAD);
  }

  @Test
  void fullBatchesAreTakenAfterTheHighestIdTakenLast() {
    position.committed(TakePosition.HEAD, FULL, FULL, 300);
    assertThat(position.next()).isEqualTo(300);
    position.committed(300, FULL, FULL, 560);
    assertThat(position.next()).isEqualTo(560);
  }

  @Test
  void aBatchThatWasNotFullIsFollowedByATakeFromTheHead() {
    position.committed(TakePosition.HEAD, FULL, FULL, 300);
    position.committed(300, 10, FULL, 310);
    assertThat(position.next()).as("an entry below 310 may have committed since").isEqualTo(0);
    position.committed(TakePosition.HEAD, 1, FULL, 305);
    assertThat(position.next()).as("the head taken: after the last id again").isEqualTo(305);
  }

  @Test
  void anEmptyTakeAfterThePositionIsFollowedByATakeFromTheHead() {
    position.committed(TakePosition.HEAD, FULL, FULL, 300);
    position.committed(300, 0, FULL, 0);
    assertThat(position.next()).isEqualTo(TakePosition.HEAD);
    position.committed(TakePosition.HEAD, 0, FULL, 0);
    assertThat(position.next()).as("nothing taken: the position stays").isEqualTo(300);
  }

  @Test
  void whileFullBatchesKeepComingTheHeadIsTakenEveryInterval() {
    position.committed(TakePosition.HEAD, FULL, FULL, 300);
    now += Duration.ofMillis(999).toNanos();
    assertThat(position.next()).isEqualTo(300);
    now += Duration.ofMillis(1).toNanos();
    assertThat(position.next()).isEqualTo(TakePosition.HEAD);
    position.committed(TakePosition.HEAD, FULL, FULL, 280);
    assertThat(position.next()).as("the interval starts again").isEqualTo(280);
  }

  @Test
  void aLostPositionStartsFromTheHead() {
    position.committed(TakePosition.HEAD, FULL, FULL, 300);
    position.lost();
    assertThat(position.next()).isEqualTo(TakePosition.HEAD);
  }
}
