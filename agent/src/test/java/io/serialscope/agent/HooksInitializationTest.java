package io.serialscope.agent;

import static org.assertj.core.api.Assertions.assertThat;

import io.serialscope.agent.bootstrap.Hooks;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import net.bytebuddy.jar.asm.ClassReader;
import net.bytebuddy.jar.asm.ClassVisitor;
import net.bytebuddy.jar.asm.Handle;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;
import org.junit.jupiter.api.Test;

/**
 * A start-up deadlock seen once in a hundred runs: JFR's periodic thread loaded a method-handle
 * class, the class-rewriting listener touched {@link Hooks} (waiting for its initialization), while
 * premain initialized Hooks, whose {@code withInitial(lambda)} linked an {@code invokedynamic} that
 * waited for that very method-handle class. The agent now initializes Hooks before any thread or
 * transformer of its own exists; these checks keep the two other links of that cycle out.
 */
class HooksInitializationTest {
  @Test
  void hooksInitializationLinksNoInvokedynamic() throws IOException {
    assertThat(invocations(Hooks.class, "<clinit>"))
        .as("calls in Hooks' static initializer")
        .noneMatch(call -> call.startsWith("indy "));
  }

  @Test
  void theListenerChecksTheClassNameBeforeItTouchesHooks() throws IOException {
    List<String> calls = invocations(AgentWorkListener.class, "onDiscovery");
    assertThat(calls).as("calls in onDiscovery").isNotEmpty();
    assertThat(calls.get(0)).isEqualTo("AgentWorkListener.unmeasured");
    assertThat(calls).contains("Hooks.isEnabled");
  }

  /** The method and dynamic calls in {@code method} of {@code type}, in bytecode order. */
  private static List<String> invocations(Class<?> type, String method) throws IOException {
    List<String> calls = new ArrayList<>();
    try (InputStream in =
        type.getResourceAsStream("/" + type.getName().replace('.', '/') + ".class")) {
      new ClassReader(in)
          .accept(
              new ClassVisitor(Opcodes.ASM9) {
                @Override
                public MethodVisitor visitMethod(
                    int access, String name, String descriptor, String signature, String[] ex) {
                  if (!name.equals(method)) {
                    return null;
                  }
                  return new MethodVisitor(Opcodes.ASM9) {
                    @Override
                    public void visitMethodInsn(
                        int opcode, String owner, String name, String descriptor, boolean itf) {
                      calls.add(owner.substring(owner.lastIndexOf('/') + 1) + "." + name);
                    }

                    @Override
                    public void visitInvokeDynamicInsn(
                        String name, String descriptor, Handle bootstrap, Object... arguments) {
                      calls.add("indy " + name);
                    }
                  };
                }
              },
              ClassReader.SKIP_DEBUG);
    }
    return calls;
  }
}
