package io.serialscope.agent.bootstrap;

import java.lang.reflect.Field;

/**
 * Names a task for people: the class of the code it runs, looking through the JDK's wrappers
 * (FutureTask's callable, Executors' runnable adapter, CompletableFuture's function). The JDK
 * fields are read reflectively; the installer opens java.util.concurrent to the agent.
 */
public final class TaskLabels {
  private static final String[] WRAPPED_FIELDS = {"callable", "task", "fn", "runnable"};

  private static final ClassValue<Field> WRAPPED =
      new ClassValue<>() {
        @Override
        protected Field computeValue(Class<?> type) {
          if (!type.getName().startsWith("java.util.concurrent.")) {
            return null;
          }
          for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (String name : WRAPPED_FIELDS) {
              try {
                Field f = c.getDeclaredField(name);
                f.setAccessible(true);
                return f;
              } catch (ReflectiveOperationException | RuntimeException e) {
                // not this field, or not opened to us: try the next one
              }
            }
          }
          return null;
        }
      };

  private TaskLabels() {}

  /** A short name for the code {@code task} runs, e.g. {@code "Trainer.lambda"}. */
  public static String describe(Object task) {
    Object inner = task;
    for (int i = 0; i < 3 && inner != null; i++) {
      Field f = WRAPPED.get(inner.getClass());
      if (f == null) {
        break;
      }
      try {
        Object next = f.get(inner);
        if (next == null) {
          break;
        }
        inner = next;
      } catch (ReflectiveOperationException | RuntimeException e) {
        break;
      }
    }
    return inner == null ? "task" : shortName(inner.getClass().getName());
  }

  /** {@code com.acme.Trainer$$Lambda$14/0x0000000800c0b000} becomes {@code Trainer.lambda}. */
  public static String shortName(String className) {
    String name = className;
    int lambda = name.indexOf("$$Lambda");
    if (lambda >= 0) {
      name = name.substring(0, lambda) + ".lambda";
    }
    int slash = name.indexOf('/');
    if (slash >= 0) {
      name = name.substring(0, slash);
    }
    int dot =
        name.lastIndexOf('.', lambda >= 0 ? name.length() - ".lambda".length() - 1 : name.length());
    return dot >= 0 ? name.substring(dot + 1) : name;
  }
}
