package io.serialscope.agent.bootstrap;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;

/**
 * The source futures of a CompletableFuture dependent stage: its {@code src} and, for two-source
 * stages, {@code snd} fields (package-private JDK fields, read reflectively; the installer opens
 * java.util.concurrent to the agent).
 */
final class StageSources {
  private static final Object[] NONE = new Object[0];

  private static final ClassValue<Field[]> FIELDS =
      new ClassValue<>() {
        @Override
        protected Field[] computeValue(Class<?> type) {
          List<Field> found = new ArrayList<>(2);
          for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (String name : new String[] {"src", "snd"}) {
              try {
                Field f = c.getDeclaredField(name);
                f.setAccessible(true);
                found.add(f);
              } catch (ReflectiveOperationException | RuntimeException e) {
                // not declared here
              }
            }
          }
          return found.toArray(new Field[0]);
        }
      };

  private StageSources() {}

  static Object[] of(Object completion) {
    Field[] fields = FIELDS.get(completion.getClass());
    if (fields.length == 0) {
      return NONE;
    }
    Object[] sources = new Object[fields.length];
    for (int i = 0; i < fields.length; i++) {
      try {
        sources[i] = fields[i].get(completion);
      } catch (ReflectiveOperationException | RuntimeException e) {
        sources[i] = null;
      }
    }
    return sources;
  }
}
