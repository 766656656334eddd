package io.serialscope.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The attach options: command and reply are taken out, the rest are agent options. */
class AttachRequestTest {
  @Test
  void commandAndReplyAreSeparatedFromTheAgentOptions() {
    AttachRequest r =
        AttachRequest.parse("command=stop,output=/tmp/r.jfr,reply=/tmp/answer,include=a.B.*");

    assertThat(r.command()).isEqualTo(AttachRequest.Command.STOP);
    assertThat(r.reply()).isEqualTo(Path.of("/tmp/answer"));
    assertThat(r.agentOptionText()).isEqualTo("output=/tmp/r.jfr,include=a.B.*");
    assertThat(r.problem()).isNull();
  }

  @Test
  void withoutACommandItStarts() {
    assertThat(AttachRequest.parse(null).command()).isEqualTo(AttachRequest.Command.START);
    assertThat(AttachRequest.parse("output=x.jfr").command())
        .isEqualTo(AttachRequest.Command.START);
  }

  @Test
  void anUnknownCommandIsAProblemNotAnException() {
    AttachRequest r = AttachRequest.parse("command=pause,reply=/tmp/answer");

    assertThat(r.problem()).contains("unknown command 'pause'");
    assertThat(r.reply()).isEqualTo(Path.of("/tmp/answer"));
  }
}
