package io.serialscope.agent.oshi;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import oshi.SystemInfo;
import oshi.hardware.CentralProcessor;
import oshi.hardware.GraphicsCard;
import oshi.hardware.HardwareAbstractionLayer;

/**
 * What OSHI knows about the machine, once. Keys: {@code cpuModel}, {@code os} (String); {@code
 * physicalCores}, {@code logicalCores}, {@code sockets}, {@code numaNodes} (Integer); {@code
 * baseFrequencyHz}, {@code maxFrequencyHz}, {@code memoryBytes} (Long, -1 unknown); {@code gpus}
 * (List of "name TAB vendor TAB vramBytes").
 */
public final class OshiFacts implements Supplier<Map<String, Object>> {
  @Override
  public Map<String, Object> get() {
    OshiSettings.apply();
    SystemInfo system = new SystemInfo();
    HardwareAbstractionLayer hardware = system.getHardware();
    CentralProcessor cpu = hardware.getProcessor();
    Map<String, Object> facts = new HashMap<>();
    facts.put("cpuModel", cpu.getProcessorIdentifier().getName().trim());
    facts.put("physicalCores", cpu.getPhysicalProcessorCount());
    facts.put("logicalCores", cpu.getLogicalProcessorCount());
    facts.put("sockets", cpu.getPhysicalPackageCount());
    Set<Integer> nodes = new HashSet<>();
    for (CentralProcessor.LogicalProcessor p : cpu.getLogicalProcessors()) {
      nodes.add(p.getNumaNode());
    }
    facts.put("numaNodes", nodes.size());
    facts.put("baseFrequencyHz", cpu.getProcessorIdentifier().getVendorFreq());
    facts.put("maxFrequencyHz", cpu.getMaxFreq());
    facts.put("memoryBytes", hardware.getMemory().getTotal());
    facts.put("os", system.getOperatingSystem().toString());
    List<String> gpus = new ArrayList<>();
    for (GraphicsCard card : hardware.getGraphicsCards()) {
      if (isPlaceholder(card)) {
        continue;
      }
      gpus.add(card.getName() + "\t" + card.getVendor() + "\t" + card.getVRam());
    }
    facts.put("gpus", gpus);
    return facts;
  }

  /** Without lspci and lshw OSHI reports one card that is all "unknown": no card at all. */
  private static boolean isPlaceholder(GraphicsCard card) {
    return "unknown".equalsIgnoreCase(card.getName())
        && "unknown".equalsIgnoreCase(card.getVendor())
        && card.getVRam() <= 0;
  }
}
