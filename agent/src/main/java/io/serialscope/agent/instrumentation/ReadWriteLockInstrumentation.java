package io.serialscope.agent.instrumentation;

import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.namedOneOf;
import static net.bytebuddy.matcher.ElementMatchers.returns;

import io.serialscope.agent.bootstrap.Hooks;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.dynamic.DynamicType;
import net.bytebuddy.matcher.ElementMatcher;

/**
 * ReentrantReadWriteLock: readers depend on the latest write release; a writer depends on the
 * latest write release and on the latest read release. Both sides share the lock's {@code sync}
 * object; the read side is a synthetic key of it.
 */
public final class ReadWriteLockInstrumentation implements TypeInstrumentation {
  private static final String RRWL = "java.util.concurrent.locks.ReentrantReadWriteLock";
  static final int READ_SIDE = 1;

  @Override
  public ElementMatcher<? super TypeDescription> types() {
    return namedOneOf(RRWL + "$ReadLock", RRWL + "$WriteLock");
  }

  @Override
  public DynamicType.Builder<?> apply(DynamicType.Builder<?> builder) {
    return builder
        .visit(
            Advices.to(AcquiredAdvice.class)
                .on(namedOneOf("lock", "lockInterruptibly").and(returns(void.class))))
        .visit(Advices.to(TriedAdvice.class).on(named("tryLock").and(returns(boolean.class))))
        .visit(Advices.to(ReleaseAdvice.class).on(named("unlock")));
  }

  static final class AcquiredAdvice {
    @Advice.OnMethodExit(suppress = Throwable.class, onThrowable = Throwable.class)
    static void exit(
        @Advice.This Object self,
        @Advice.FieldValue("sync") Object sync,
        @Advice.Thrown Throwable thrown) {
      if (thrown == null) {
        Hooks.readWriteLockAcquired(self, sync);
      }
    }
  }

  static final class TriedAdvice {
    @Advice.OnMethodExit(suppress = Throwable.class)
    static void exit(
        @Advice.This Object self,
        @Advice.FieldValue("sync") Object sync,
        @Advice.Return boolean acquired) {
      if (acquired) {
        Hooks.readWriteLockAcquired(self, sync);
      }
    }
  }

  static final class ReleaseAdvice {
    @Advice.OnMethodEnter(suppress = Throwable.class)
    static void enter(@Advice.This Object self, @Advice.FieldValue("sync") Object sync) {
      Hooks.readWriteLockReleasing(self, sync);
    }
  }
}
