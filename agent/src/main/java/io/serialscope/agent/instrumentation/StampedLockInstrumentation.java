package io.serialscope.agent.instrumentation;

import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.namedOneOf;
import static net.bytebuddy.matcher.ElementMatchers.returns;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

import io.serialscope.agent.bootstrap.Hooks;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.dynamic.DynamicType;
import net.bytebuddy.matcher.ElementMatcher;

/**
 * StampedLock, with the read-write rules of {@link ReadWriteLockInstrumentation}: a non-zero stamp
 * from a lock method is an acquisition; unlock methods release. Optimistic reads take nothing.
 */
public final class StampedLockInstrumentation implements TypeInstrumentation {
  @Override
  public ElementMatcher<? super TypeDescription> types() {
    return named("java.util.concurrent.locks.StampedLock");
  }

  @Override
  public DynamicType.Builder<?> apply(DynamicType.Builder<?> builder) {
    return builder
        .visit(
            Advices.to(WriteAcquiredAdvice.class)
                .on(
                    namedOneOf("writeLock", "tryWriteLock", "writeLockInterruptibly")
                        .and(returns(long.class))))
        .visit(
            Advices.to(ReadAcquiredAdvice.class)
                .on(
                    namedOneOf("readLock", "tryReadLock", "readLockInterruptibly")
                        .and(returns(long.class))))
        .visit(
            Advices.to(WriteReleaseAdvice.class)
                .on(named("unlockWrite").and(takesArguments(long.class))))
        .visit(
            Advices.to(ReadReleaseAdvice.class)
                .on(named("unlockRead").and(takesArguments(long.class))))
        .visit(Advices.to(ReleaseAdvice.class).on(named("unlock").and(takesArguments(long.class))));
  }

  static final class WriteAcquiredAdvice {
    @Advice.OnMethodExit(suppress = Throwable.class, onThrowable = Throwable.class)
    static void exit(@Advice.This Object self, @Advice.Return long stamp) {
      if (stamp != 0) {
        Hooks.stampedLockAcquired(self, true);
      }
    }
  }

  static final class ReadAcquiredAdvice {
    @Advice.OnMethodExit(suppress = Throwable.class, onThrowable = Throwable.class)
    static void exit(@Advice.This Object self, @Advice.Return long stamp) {
      if (stamp != 0) {
        Hooks.stampedLockAcquired(self, false);
      }
    }
  }

  static final class WriteReleaseAdvice {
    @Advice.OnMethodEnter(suppress = Throwable.class)
    static void enter(@Advice.This Object self) {
      Hooks.stampedLockReleasing(self, true);
    }
  }

  static final class ReadReleaseAdvice {
    @Advice.OnMethodEnter(suppress = Throwable.class)
    static void enter(@Advice.This Object self) {
      Hooks.stampedLockReleasing(self, false);
    }
  }

  static final class ReleaseAdvice {
    @Advice.OnMethodEnter(suppress = Throwable.class)
    static void enter(@Advice.This Object self, @Advice.Argument(0) long stamp) {
      Hooks.stampedLockReleasing(
          self, java.util.concurrent.locks.StampedLock.isWriteLockStamp(stamp));
    }
  }
}
