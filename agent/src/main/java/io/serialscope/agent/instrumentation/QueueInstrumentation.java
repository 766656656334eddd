package io.serialscope.agent.instrumentation;

import static net.bytebuddy.matcher.ElementMatchers.namedOneOf;
import static net.bytebuddy.matcher.ElementMatchers.returns;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

import io.serialscope.agent.bootstrap.Hooks;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.dynamic.DynamicType;
import net.bytebuddy.matcher.ElementMatcher;

/**
 * The JDK's concurrent queues: an element's put is an edge to whoever takes that element, also when
 * the taker did not block. Elements are matched by identity.
 */
public final class QueueInstrumentation implements TypeInstrumentation {
  private static final String JUC = "java.util.concurrent.";

  @Override
  public ElementMatcher<? super TypeDescription> types() {
    return namedOneOf(
        JUC + "ArrayBlockingQueue",
        JUC + "LinkedBlockingQueue",
        JUC + "LinkedBlockingDeque",
        JUC + "PriorityBlockingQueue",
        JUC + "DelayQueue",
        JUC + "SynchronousQueue",
        JUC + "LinkedTransferQueue",
        JUC + "ConcurrentLinkedQueue",
        JUC + "ConcurrentLinkedDeque");
  }

  @Override
  public DynamicType.Builder<?> apply(DynamicType.Builder<?> builder) {
    return builder
        .visit(
            Advices.to(PutAdvice.class)
                .on(
                    namedOneOf(
                            "offer",
                            "put",
                            "add",
                            "transfer",
                            "tryTransfer",
                            "offerFirst",
                            "offerLast",
                            "putFirst",
                            "putLast",
                            "addFirst",
                            "addLast",
                            "push")
                        .and(m -> m.getParameters().size() >= 1)))
        .visit(
            Advices.to(TakeAdvice.class)
                .on(
                    namedOneOf(
                            "take",
                            "poll",
                            "pollFirst",
                            "pollLast",
                            "takeFirst",
                            "takeLast",
                            "remove",
                            "removeFirst",
                            "removeLast",
                            "pop")
                        .and(returns(Object.class))
                        .and(takesArguments(0).or(takesArguments(2)))));
  }

  static final class PutAdvice {
    @Advice.OnMethodEnter(suppress = Throwable.class)
    static void enter(@Advice.Argument(0) Object element) {
      Hooks.put(element);
    }
  }

  static final class TakeAdvice {
    @Advice.OnMethodExit(suppress = Throwable.class, onThrowable = Throwable.class)
    static void exit(@Advice.Return Object element) {
      Hooks.take(element);
    }
  }
}
