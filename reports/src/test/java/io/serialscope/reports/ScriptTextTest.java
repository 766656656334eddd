package io.serialscope.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScriptTextTest {
  @Test
  void jsonEscapesWhatCouldEndTheScriptAndStillParsesToTheSameValue() throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    String value = "</script><!-- a & b > c \u2028 d \u2029 e";
    String json = mapper.writeValueAsString(Map.of("label", value));

    String escaped = ScriptText.json(json);

    assertThat(escaped)
        .doesNotContain("<")
        .doesNotContain(">")
        .doesNotContain("&")
        .doesNotContain("\u2028")
        .doesNotContain("\u2029")
        .contains("\\u003c/script\\u003e");
    assertThat(mapper.readTree(escaped).get("label").asText()).isEqualTo(value);
  }

  @Test
  void javaScriptNeverContainsAnEndTagOrCommentOpener() {
    String escaped = ScriptText.javaScript("var a = '</SCRIPT>', b = \"<!--\", c = 1 < 2;");

    assertThat(escaped).isEqualTo("var a = '<\\/SCRIPT>', b = \"<\\!--\", c = 1 < 2;");
  }
}
