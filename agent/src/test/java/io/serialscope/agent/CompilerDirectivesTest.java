package io.serialscope.agent;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The directive file for each choice of parts: the C1-only block names exactly the chosen code, and
 * only the event writers add the block that keeps every method from inlining them (HotSpot takes
 * the first directive that matches, so that block comes last). That HotSpot accepts each file is
 * checked in forked JVMs (cli's EventCompilationTest) and by EventWriterCompilationTest.
 */
class CompilerDirectivesTest {
  private static final String EVENTS = "\"io/serialscope/agent/bootstrap/events/*.*\"";
  private static final String BYTE_BUDDY = "\"io/serialscope/shaded/*.*\"";
  private static final String ASM = "\"jdk/internal/org/objectweb/asm/*.*\"";
  private static final String CLASS_FILE = "\"jdk/internal/classfile/*.*\"";
  private static final String JFR_METADATA = "\"jdk/jfr/internal/MetadataWriter.*\"";

  @Test
  void nothingChosenAddsNothing() {
    assertThat(CompilerDirectives.json(false, false)).isNull();
    assertThat(new CompilerDirectives.Parts().jsonToAdd(false, false)).isNull();
  }

  /**
   * An attach session with other options after the first: a part already added is not added again,
   * and a new part comes with all the earlier ones, so that the newest entry of the stack (which
   * matches first) keeps every C1-only block.
   */
  @Test
  void aLaterRequestForMorePartsAddsThemAllAgain() {
    CompilerDirectives.Parts parts = new CompilerDirectives.Parts();

    assertThat(parts.jsonToAdd(false, true)).isEqualTo(CompilerDirectives.json(false, true));
    assertThat(parts.jsonToAdd(false, true)).as("the same again").isNull();
    assertThat(parts.jsonToAdd(false, false)).as("less").isNull();
    assertThat(parts.jsonToAdd(true, false))
        .as("the event writers besides")
        .isEqualTo(CompilerDirectives.json(true, true));
    assertThat(parts.jsonToAdd(true, true)).isNull();
  }

  @Test
  void startupCodeAloneIsOneC1OnlyBlock() {
    String json = CompilerDirectives.json(false, true);

    assertThat(json)
        .contains(ASM, CLASS_FILE, JFR_METADATA, BYTE_BUDDY, "c2: { Exclude: true }")
        .doesNotContain(EVENTS, "match: [\"*.*\"]", "inline");
  }

  @Test
  void eventWritersAddTheInliningBlockLast() {
    String json = CompilerDirectives.json(true, true);

    int c1Only = json.indexOf("c2: { Exclude: true }");
    int everyMethod = json.indexOf("match: [\"*.*\"]");
    assertThat(c1Only).isPositive();
    assertThat(everyMethod).isGreaterThan(c1Only);
    assertThat(json.substring(0, c1Only)).contains(EVENTS, BYTE_BUDDY, ASM);
    assertThat(json.substring(everyMethod))
        .contains("inline: [\"-io/serialscope/agent/bootstrap/events/*.*\"")
        .doesNotContain("-io/serialscope/shaded");
  }
}
