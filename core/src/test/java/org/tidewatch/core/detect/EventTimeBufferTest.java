package org.tidewatch.core.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tidewatch.core.track.Position;

class EventTimeBufferTest {

  @Test
  void releasesInOrder_afterLateness_andDropsLateReports() {
    EventTimeBuffer b = new EventTimeBuffer(Duration.ofMinutes(10));
    List<Object> out = new ArrayList<>();
    Position p1 = Reports.pos(1, 600, 0, 0, 0);
    Position p0 = Reports.pos(1, 0, 0, 0, 0);
    Position p2 = Reports.pos(1, 1300, 0, 0, 0);
    b.add(p1);
    b.add(p0);
    b.drain(out::add);
    assertThat(out).containsExactly(p0); // 0 <= 600 - 600
    assertThat(b.add(p2)).isTrue();
    b.drain(out::add);
    assertThat(out).containsExactly(p0, p1);
    assertThat(b.add(Reports.pos(1, 100, 0, 0, 0))).isFalse();
    assertThat(b.late()).isEqualTo(1);
    b.flush(out::add);
    assertThat(out).containsExactly(p0, p1, p2);
  }
}
