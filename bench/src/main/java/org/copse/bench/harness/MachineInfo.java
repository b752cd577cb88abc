package org.copse.bench.harness;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The machine and JVM a run was measured on.
 *
 * @param cpu the processor model, from {@code /proc/cpuinfo} where there is one
 * @param cores processors the JVM sees
 * @param memoryGb physical memory
 * @param os operating system name and version
 * @param java Java runtime version and vendor
 * @param jvmArguments the JVM's options (heap, collector)
 * @param loadAverage the 1-minute load average when the run started
 */
public record MachineInfo(String cpu, int cores, double memoryGb, String os, String java, String jvmArguments,
    double loadAverage) {

  public static MachineInfo describe() {
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    return new MachineInfo(
        cpuModel(),
        Runtime.getRuntime().availableProcessors(),
        Math.round(os.getTotalMemorySize() / 1e8) / 10.0,
        System.getProperty("os.name") + " " + System.getProperty("os.version"),
        System.getProperty("java.runtime.version") + " (" + System.getProperty("java.vendor") + ")",
        String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()),
        os.getSystemLoadAverage());
  }

  private static String cpuModel() {
    Path cpuinfo = Path.of("/proc/cpuinfo");
    if (!Files.isReadable(cpuinfo)) {
      return System.getProperty("os.arch");
    }
    try {
      List<String> lines = Files.readAllLines(cpuinfo);
      return lines.stream()
          .filter(l -> l.toLowerCase(Locale.ROOT).startsWith("model name"))
          .map(l -> l.substring(l.indexOf(':') + 1).strip())
          .findFirst()
          .orElse(System.getProperty("os.arch"));
    } catch (IOException e) {
      return System.getProperty("os.arch") + " (cpuinfo unreadable: " + e.getMessage() + ")";
    }
  }
}
