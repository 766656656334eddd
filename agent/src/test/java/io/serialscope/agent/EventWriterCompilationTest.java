package io.serialscope.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The directives that keep JFR's event writers out of C2 are accepted by this JVM (17 and 25 in CI)
 * and added once, whatever the number of calls.
 */
class EventWriterCompilationTest {
  private static final String EVENTS = "io/serialscope/agent/bootstrap/events/*.*";
  private static final String HANDLERS = "jdk/jfr/internal/handlers/*.*";

  @Test
  void theJvmTakesTheDirectivesOnce() throws Exception {
    assertThat(EventWriterCompilation.apply()).as("why the JVM refused").isNull();
    assertThat(EventWriterCompilation.apply()).as("a second call").isNull();

    // HotSpot prints each directive as "Directive:", " matching: PATTERNS", then its c1 and c2
    // parts
    List<String> directives =
        List.of(DiagnosticCommands.run("compilerDirectivesPrint").split("Directive:"));
    List<String> ours =
        directives.stream().filter(d -> d.contains(EVENTS) && d.contains(HANDLERS)).toList();
    assertThat(ours).as("the agent's directives, once each").hasSize(2);
    String c1Only = ours.stream().filter(d -> !d.contains("matching: *.*")).findFirst().orElse("");
    String everyMethod =
        ours.stream().filter(d -> d.contains("matching: *.*")).findFirst().orElse("");
    // the event writers: C2 excluded (HotSpot then compiles them with C1)
    assertThat(c2Part(c1Only)).contains("Exclude:true");
    // every other method: inlines none of them, with either compiler
    assertThat(c2Part(everyMethod)).contains("inline: -" + EVENTS + ", -" + HANDLERS);
    assertThat(everyMethod.substring(0, everyMethod.indexOf("c2 directives")))
        .contains("inline: -" + EVENTS + ", -" + HANDLERS);
    assertThat(c2Part(everyMethod)).contains("Exclude:false");
  }

  private static String c2Part(String directive) {
    return directive.substring(directive.indexOf("c2 directives"));
  }
}
