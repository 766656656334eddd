package io.serialscope.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class AgentOptionsTest {
  @Test
  void hardwareSamplesEvery100MillisByDefault() {
    assertThat(AgentOptions.parse("", 1).hwSampleMillis()).isEqualTo(500);
  }

  @Test
  void hardwareSamplePeriodAndOff() {
    assertThat(AgentOptions.parse("hwSampleMillis=250", 1).hwSampleMillis()).isEqualTo(250);
    assertThat(AgentOptions.parse("verbose=true,hwSampleMillis=0", 1).hwSampleMillis()).isZero();
  }

  @Test
  void badHardwareSamplePeriodIsRefused() {
    assertThatThrownBy(() -> AgentOptions.parse("hwSampleMillis=-5", 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("hwSampleMillis");
    assertThatThrownBy(() -> AgentOptions.parse("hwSampleMillis=fast", 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'fast'");
  }

  @Test
  void disabledGroupsAreSemicolonSeparatedAndLeaveTheirInstrumentationsOut() {
    AgentOptions options = AgentOptions.parse("disable=forkjoin;locks,verbose=true", 1);

    assertThat(options.disabled()).containsExactly("forkjoin", "locks");
    assertThat(AgentInstaller.instrumentations(options))
        .extracting(i -> i.getClass().getSimpleName())
        .doesNotContain(
            "ForkJoinTaskInstrumentation",
            "ForkJoinPoolInstrumentation",
            "CountedCompleterInstrumentation",
            "LockInstrumentation",
            "ReadWriteLockInstrumentation",
            "StampedLockInstrumentation")
        .contains("ThreadInstrumentation", "QueueInstrumentation");
    assertThat(AgentInstaller.instrumentations(AgentOptions.parse("", 1)))
        .extracting(i -> i.getClass().getSimpleName())
        .contains("ForkJoinPoolInstrumentation", "LockInstrumentation");
  }

  @Test
  void unknownGroupsAreOneLineNotAnError() {
    AgentOptions options = AgentOptions.parse("disable=locks;fork-join;gpus", 1);

    assertThat(InstrumentationGroups.unknown(options.disabled()))
        .containsExactly("fork-join", "gpus");
    assertThat(InstrumentationGroups.warning(options.disabled()))
        .startsWith("serialscope: disable=fork-join;gpus are not instrumentation groups (known: ")
        .contains("forkjoin", "locks")
        .doesNotContain("\n");
    assertThat(InstrumentationGroups.warning(List.of("locks", "park"))).isNull();
  }

  @Test
  void maxSizeTakesBytesWithAUnit() {
    assertThat(AgentOptions.parse("", 1).maxSizeBytes()).isZero();
    assertThat(AgentOptions.parse("maxSize=64k", 1).maxSizeBytes()).isEqualTo(65536);
    assertThat(AgentOptions.parse("maxSize=512M", 1).maxSizeBytes()).isEqualTo(512L << 20);
    assertThat(AgentOptions.parse("maxSize=1000", 1).maxSizeBytes()).isEqualTo(1000);
    assertThatThrownBy(() -> AgentOptions.parse("maxSize=lots", 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'lots'");
  }

  @Test
  void eventCompilationIsC1WhereItHelpsAndAsChosenOtherwise() {
    // measured: it helps on JDK 17 (generated JFR handlers), it costs on JDK 25
    boolean jdk17 = Runtime.version().feature() == 17;
    assertThat(EventWriterCompilation.helpsOnThisJvm()).isEqualTo(jdk17);
    assertThat(AgentOptions.parse("", 1).c1EventWriters()).isEqualTo(jdk17);
    assertThat(AgentOptions.parse("eventCompilation=c1", 1).c1EventWriters()).isTrue();
    assertThat(AgentOptions.parse("eventCompilation=default", 1).c1EventWriters()).isFalse();
    assertThatThrownBy(() -> AgentOptions.parse("eventCompilation=c2", 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("eventCompilation must be c1 or default, not 'c2'");
  }

  @Test
  void startupCodeIsC1ByDefaultOnEveryJdk() {
    assertThat(AgentOptions.parse("", 1).c1StartupCode()).isTrue();
    assertThat(AgentOptions.parse("startupCompilation=default", 1).c1StartupCode()).isFalse();
    assertThat(AgentOptions.parse("startupCompilation=c1", 1).c1StartupCode()).isTrue();
    assertThatThrownBy(() -> AgentOptions.parse("startupCompilation=C2", 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("startupCompilation must be c1 or default, not 'C2'");
  }
}
