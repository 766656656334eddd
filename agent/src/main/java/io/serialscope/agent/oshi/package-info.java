/**
 * The OSHI bridge: compiled against OSHI, loaded only by {@code IsolatedOshi}'s class loader (never
 * by the bootstrap loader that runs the rest of the agent), and answering in plain JDK types so
 * that no OSHI or JNA type crosses into the agent or the application.
 */
package io.serialscope.agent.oshi;
