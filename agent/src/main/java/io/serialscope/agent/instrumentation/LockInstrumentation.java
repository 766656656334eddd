package io.serialscope.agent.instrumentation;

import static net.bytebuddy.matcher.ElementMatchers.namedOneOf;
import static net.bytebuddy.matcher.ElementMatchers.returns;

import io.serialscope.agent.bootstrap.Hooks;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.dynamic.DynamicType;
import net.bytebuddy.matcher.ElementMatcher;

/**
 * ReentrantLock and Semaphore: every acquisition depends on the latest release by another task,
 * whether or not it had to wait (mutual exclusion orders critical sections either way).
 */
public final class LockInstrumentation implements TypeInstrumentation {
  @Override
  public ElementMatcher<? super TypeDescription> types() {
    return namedOneOf("java.util.concurrent.locks.ReentrantLock", "java.util.concurrent.Semaphore");
  }

  @Override
  public DynamicType.Builder<?> apply(DynamicType.Builder<?> builder) {
    return builder
        .visit(
            Advices.to(AcquiredAdvice.class)
                .on(
                    namedOneOf("lock", "lockInterruptibly", "acquire", "acquireUninterruptibly")
                        .and(returns(void.class))))
        .visit(
            Advices.to(TriedAdvice.class)
                .on(namedOneOf("tryLock", "tryAcquire").and(returns(boolean.class))))
        .visit(Advices.to(ReleaseAdvice.class).on(namedOneOf("unlock", "release")));
  }

  /** Shared with the read-write lock: a void acquisition that returned normally holds the lock. */
  static final class AcquiredAdvice {
    @Advice.OnMethodExit(suppress = Throwable.class, onThrowable = Throwable.class)
    static void exit(@Advice.This Object self, @Advice.Thrown Throwable thrown) {
      if (thrown == null) {
        Hooks.lockAcquired(self);
      }
    }
  }

  static final class TriedAdvice {
    @Advice.OnMethodExit(suppress = Throwable.class)
    static void exit(@Advice.This Object self, @Advice.Return boolean acquired) {
      if (acquired) {
        Hooks.lockAcquired(self);
      }
    }
  }

  static final class ReleaseAdvice {
    @Advice.OnMethodEnter(suppress = Throwable.class)
    static void enter(@Advice.This Object self) {
      Hooks.lockReleasing(self);
    }
  }
}
