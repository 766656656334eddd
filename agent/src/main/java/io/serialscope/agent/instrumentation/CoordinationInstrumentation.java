package io.serialscope.agent.instrumentation;

import static net.bytebuddy.matcher.ElementMatchers.isDeclaredBy;
import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.namedOneOf;

import io.serialscope.agent.bootstrap.Hooks;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.dynamic.DynamicType;
import net.bytebuddy.matcher.ElementMatcher;

/**
 * Latches, barriers, phasers and exchangers. Whoever passes a latch depends on every countDown;
 * every party leaving a barrier generation or a phaser phase depends on every arrival at it; an
 * exchange hands each side's element to the other.
 */
public final class CoordinationInstrumentation implements TypeInstrumentation {
  private static final String JUC = "java.util.concurrent.";

  @Override
  public ElementMatcher<? super TypeDescription> types() {
    return namedOneOf(
        JUC + "CountDownLatch", JUC + "CyclicBarrier", JUC + "Phaser", JUC + "Exchanger");
  }

  @Override
  public DynamicType.Builder<?> apply(DynamicType.Builder<?> builder) {
    return builder
        .visit(
            Advices.to(CountDownAdvice.class)
                .on(named("countDown").and(isDeclaredBy(named(JUC + "CountDownLatch")))))
        .visit(
            Advices.to(LatchAwaitAdvice.class)
                .on(named("await").and(isDeclaredBy(named(JUC + "CountDownLatch")))))
        .visit(
            Advices.to(BarrierAwaitAdvice.class)
                .on(named("await").and(isDeclaredBy(named(JUC + "CyclicBarrier")))))
        .visit(
            Advices.to(PhaserArriveAndAwaitAdvice.class)
                .on(named("arriveAndAwaitAdvance").and(isDeclaredBy(named(JUC + "Phaser")))))
        .visit(
            Advices.to(PhaserArriveAdvice.class)
                .on(
                    namedOneOf("arrive", "arriveAndDeregister")
                        .and(isDeclaredBy(named(JUC + "Phaser")))))
        .visit(
            Advices.to(PhaserAwaitAdvice.class)
                .on(
                    namedOneOf("awaitAdvance", "awaitAdvanceInterruptibly")
                        .and(isDeclaredBy(named(JUC + "Phaser")))))
        .visit(
            Advices.to(ExchangeAdvice.class)
                .on(named("exchange").and(isDeclaredBy(named(JUC + "Exchanger")))));
  }

  static final class CountDownAdvice {
    @Advice.OnMethodEnter(suppress = Throwable.class)
    static void enter(@Advice.This Object self) {
      Hooks.signal(self);
    }
  }

  static final class LatchAwaitAdvice {
    @Advice.OnMethodExit(suppress = Throwable.class, onThrowable = Throwable.class)
    static void exit(@Advice.This Object self) {
      Hooks.latchPassed(self);
    }
  }

  /** Each barrier generation is its own object: arrivals signal it, departures await it. */
  static final class BarrierAwaitAdvice {
    @Advice.OnMethodEnter(suppress = Throwable.class)
    static Object enter(@Advice.FieldValue("generation") Object generation) {
      Hooks.signal(generation);
      return generation;
    }

    @Advice.OnMethodExit(suppress = Throwable.class, onThrowable = Throwable.class)
    static void exit(@Advice.Enter Object generation, @Advice.Thrown Throwable thrown) {
      if (thrown == null) {
        Hooks.await(generation);
      }
    }
  }

  static final class PhaserArriveAndAwaitAdvice {
    @Advice.OnMethodEnter(suppress = Throwable.class)
    static long enter(@Advice.This java.util.concurrent.Phaser self) {
      long key = Hooks.key(self, self.getPhase());
      Hooks.signalKey(key);
      return key;
    }

    @Advice.OnMethodExit(suppress = Throwable.class, onThrowable = Throwable.class)
    static void exit(@Advice.Enter long key) {
      Hooks.awaitKey(key);
    }
  }

  static final class PhaserArriveAdvice {
    @Advice.OnMethodEnter(suppress = Throwable.class)
    static void enter(@Advice.This java.util.concurrent.Phaser self) {
      Hooks.signalKey(Hooks.key(self, self.getPhase()));
    }
  }

  static final class PhaserAwaitAdvice {
    @Advice.OnMethodExit(suppress = Throwable.class, onThrowable = Throwable.class)
    static void exit(@Advice.This Object self, @Advice.Argument(0) int phase) {
      Hooks.awaitKey(Hooks.key(self, phase));
    }
  }

  static final class ExchangeAdvice {
    @Advice.OnMethodEnter(suppress = Throwable.class)
    static void enter(@Advice.Argument(0) Object given) {
      Hooks.put(given);
    }

    @Advice.OnMethodExit(suppress = Throwable.class, onThrowable = Throwable.class)
    static void exit(@Advice.Return Object received) {
      Hooks.take(received);
    }
  }
}
