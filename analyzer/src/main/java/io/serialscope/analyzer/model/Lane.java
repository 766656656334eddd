package io.serialscope.analyzer.model;

/**
 * Where tasks ran, for display: an OS thread (or a GPU stream).
 *
 * @param name the thread name as recorded
 * @param javaThreadId the JVM's thread id, or -1 when not a Java thread
 */
public record Lane(String name, long javaThreadId) {}
