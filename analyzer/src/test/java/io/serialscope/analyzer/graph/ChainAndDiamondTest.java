package io.serialscope.analyzer.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.serialscope.analyzer.Analysis;
import io.serialscope.analyzer.model.SegmentGraph;
import org.junit.jupiter.api.Test;

class ChainAndDiamondTest {

  @Test
  void chainIsAllSpanAndAllSerial() {
    SegmentGraph chain = TestGraphs.chain(10, 20, 30);
    AsapSchedule asap = AsapSchedule.of(chain);
    // T1 = T∞ = 10 + 20 + 30 = 60
    assertThat(asap.workNanos()).isEqualTo(60);
    assertThat(CriticalPath.of(chain).spanNanos()).isEqualTo(60);
    assertThat(CriticalPath.of(chain).segments()).containsExactly(0, 1, 2);
    // one segment runs at every instant of [0, 60): s = 60 / 60 = 1
    assertThat(asap.serialFraction()).isEqualTo(1.0);
    // a finish that coincides with the next start is no step in the profile
    assertThat(asap.profile().timesNanos()).containsExactly(0, 60);
    assertThat(asap.profile().levels()).containsExactly(1, 0);
    // S(p) = T1 / T_p = 60 / 60 = 1 for every p
    for (int p = 1; p <= 16; p++) {
      assertThat(GreedySchedule.makespanNanos(chain, p)).isEqualTo(60);
      assertThat(Amdahl.speedup(asap.serialFraction(), p)).isCloseTo(1.0, within(1e-12));
    }
  }

  @Test
  void diamondFollowsTheLongerBranch() {
    // A=10, B=20, C=30, D=5: the longer branch is C (index 2), not the lower index B
    SegmentGraph diamond = TestGraphs.diamond(10, 20, 30, 5);
    AsapSchedule asap = AsapSchedule.of(diamond);
    // T1 = 10 + 20 + 30 + 5 = 65
    assertThat(asap.workNanos()).isEqualTo(65);
    // T∞ = A + C + D = 10 + 30 + 5 = 45
    CriticalPath path = CriticalPath.of(diamond);
    assertThat(path.spanNanos()).isEqualTo(45);
    assertThat(path.segments()).containsExactly(0, 2, 3);
    // ASAP: A [0,10), B [10,30), C [10,40), D [40,45)
    assertThat(asap.earliestStartsNanos()).containsExactly(0, 10, 10, 40);
    assertThat(asap.earliestFinishesNanos()).containsExactly(10, 30, 40, 45);
    // levels: 1 on [0,10), 2 on [10,30), 1 on [30,45) (C then D), 0 from 45
    Analysis.ParallelismProfile profile = asap.profile();
    assertThat(profile.timesNanos()).containsExactly(0, 10, 30, 45);
    assertThat(profile.levels()).containsExactly(1, 2, 1, 0);
    // serial work = 10 + (45 - 30) = 25; s = 25 / 65
    assertThat(asap.serialWorkNanos()).isEqualTo(25);
    assertThat(asap.serialFraction()).isCloseTo(25.0 / 65, within(1e-12));
    // p=1: 65 (all work); p=2: B and C side by side, so the span 45; parallelism 65/45
    assertThat(GreedySchedule.makespanNanos(diamond, 1)).isEqualTo(65);
    assertThat(GreedySchedule.makespanNanos(diamond, 2)).isEqualTo(45);
    assertThat(GreedySchedule.makespanNanos(diamond, 3)).isEqualTo(45);
  }

  @Test
  void diamondWithEqualBranchesPicksTheLowestIndex() {
    // A=10, B=C=20, D=5: both branches give 35; B (index 1) wins the tie
    CriticalPath path = CriticalPath.of(TestGraphs.diamond(10, 20, 20, 5));
    assertThat(path.spanNanos()).isEqualTo(35);
    assertThat(path.segments()).containsExactly(0, 1, 3);
  }

  @Test
  void emptyGraphHasNoWorkAndAFlatProfile() {
    SegmentGraph empty = SegmentGraph.builder().build();
    AsapSchedule asap = AsapSchedule.of(empty);
    assertThat(asap.workNanos()).isZero();
    assertThat(asap.serialFraction()).isZero();
    assertThat(asap.profile().timesNanos()).containsExactly(0);
    assertThat(asap.profile().levels()).containsExactly(0);
    assertThat(CriticalPath.of(empty).spanNanos()).isZero();
    assertThat(CriticalPath.of(empty).segments()).isEmpty();
    assertThat(GreedySchedule.makespanNanos(empty, 4)).isZero();
  }

  @Test
  void zeroDurationSegmentsStillOrderTheirSuccessors() {
    // 10 -> 0 -> 7: the free middle segment passes the dependency on; span = 17
    SegmentGraph chain = TestGraphs.chain(10, 0, 7);
    assertThat(CriticalPath.of(chain).spanNanos()).isEqualTo(17);
    assertThat(CriticalPath.of(chain).segments()).containsExactly(0, 1, 2);
    assertThat(GreedySchedule.makespanNanos(chain, 1)).isEqualTo(17);
    assertThat(GreedySchedule.makespanNanos(chain, 5)).isEqualTo(17);
    assertThat(AsapSchedule.of(chain).serialFraction()).isEqualTo(1.0);
  }
}
