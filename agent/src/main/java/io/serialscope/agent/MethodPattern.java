package io.serialscope.agent;

import static net.bytebuddy.matcher.ElementMatchers.any;
import static net.bytebuddy.matcher.ElementMatchers.nameStartsWith;
import static net.bytebuddy.matcher.ElementMatchers.named;

import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.matcher.ElementMatcher;

/**
 * A pattern of methods to label: {@code com.acme.*} (every class in the package and below), {@code
 * com.acme.Trainer} (one class), {@code com.acme.Trainer#step} (one method name).
 */
public record MethodPattern(String typePrefix, boolean wholePackage, String methodName) {

  public static MethodPattern parse(String text) {
    String type = text;
    String method = null;
    int hash = text.indexOf('#');
    if (hash >= 0) {
      type = text.substring(0, hash);
      method = text.substring(hash + 1);
    }
    boolean pkg = type.endsWith(".*");
    if (pkg) {
      type = type.substring(0, type.length() - 1);
    }
    if (type.isEmpty() || (method != null && method.isEmpty())) {
      throw new IllegalArgumentException("include pattern '" + text + "' is empty");
    }
    return new MethodPattern(type, pkg, method);
  }

  public ElementMatcher.Junction<TypeDescription> types() {
    return wholePackage ? nameStartsWith(typePrefix) : named(typePrefix);
  }

  public ElementMatcher.Junction<MethodDescription> methods() {
    return methodName == null ? any() : named(methodName);
  }
}
