package io.serialscope.agent.instrumentation;

import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.dynamic.DynamicType;
import net.bytebuddy.matcher.ElementMatcher;

/** One target type (or family): which types, and the advice woven into their methods. */
public interface TypeInstrumentation {
  ElementMatcher<? super TypeDescription> types();

  DynamicType.Builder<?> apply(DynamicType.Builder<?> builder);
}
