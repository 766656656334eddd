package io.serialscope.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;

class SampleCatalogTest {
  @Test
  void findsTheTrainingLoop() {
    SampleCatalog.Sample sample = SampleCatalog.find("training-loop").orElseThrow();
    assertThat(sample.mainClass()).isEqualTo(MlpTraining.class.getName());
    assertThat(sample.description()).isNotBlank().doesNotContain("\n");
  }

  @Test
  void listsEverySampleOnceAndFindsNothingElse() throws Exception {
    assertThat(SampleCatalog.all()).extracting(SampleCatalog.Sample::name).doesNotHaveDuplicates();
    assertThat(SampleCatalog.find("no-such-sample")).isEmpty();
    for (SampleCatalog.Sample sample : SampleCatalog.all()) {
      assertThat(Class.forName(sample.mainClass()).getMethod("main", String[].class)).isNotNull();
    }
  }

  @Test
  void everyIncludePatternNamesAnExistingClassAndMethod() throws Exception {
    for (SampleCatalog.Sample sample : SampleCatalog.all()) {
      for (String pattern : sample.includePattern().split(";")) {
        String[] typeAndMethod = pattern.split("#", 2);
        assertThat(typeAndMethod).as(pattern).hasSize(2);
        Class<?> type = Class.forName(typeAndMethod[0]);
        assertThat(type.getDeclaredMethods())
            .as(pattern)
            .extracting(Method::getName)
            .contains(typeAndMethod[1]);
      }
    }
  }
}
