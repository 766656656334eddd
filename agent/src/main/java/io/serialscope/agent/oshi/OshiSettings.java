package io.serialscope.agent.oshi;

import oshi.util.GlobalConfig;

/** OSHI's global settings, which live in our class loader only and so touch no host copy. */
final class OshiSettings {
  private static boolean applied;

  private OshiSettings() {}

  /**
   * OSHI caches tick and frequency readings for 300 ms by default, longer than our default sample
   * period (500 ms) or a shorter chosen one: samples would repeat the last one. Must run before
   * OSHI's first use.
   */
  static synchronized void apply() {
    if (!applied) {
      GlobalConfig.set("oshi.util.memoizer.expiration", 20);
      applied = true;
    }
  }
}
