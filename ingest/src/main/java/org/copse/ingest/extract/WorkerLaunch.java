package org.copse.ingest.extract;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * How to start a worker JVM.
 *
 * @param javaCommand the {@code java} executable
 * @param classPath a class path holding this module and Tika
 * @param mainClass the worker's main class; {@link ExtractionWorker} unless the application is
 *     packaged so that a launcher must start it (a Spring Boot jar: its {@code PropertiesLauncher}
 *     with {@code -Dloader.main=org.copse.ingest.extract.ExtractionWorker} in {@code jvmOptions})
 * @param jvmOptions further JVM options for the worker
 */
public record WorkerLaunch(String javaCommand, String classPath, String mainClass, List<String> jvmOptions) {
  public WorkerLaunch {
    Objects.requireNonNull(javaCommand, "javaCommand");
    Objects.requireNonNull(classPath, "classPath");
    Objects.requireNonNull(mainClass, "mainClass");
    jvmOptions = List.copyOf(jvmOptions);
  }

  /** The JVM and class path of the running process. */
  public static WorkerLaunch fromCurrentJvm() {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return forClassPath(java, System.getProperty("java.class.path"));
  }

  /**
   * How to start the worker on a class path: directly, or, when the class path is a single Spring
   * Boot executable jar (whose nested jars the JVM cannot load by itself), through Boot's
   * {@code PropertiesLauncher} with the worker as {@code loader.main}.
   */
  public static WorkerLaunch forClassPath(String javaCommand, String classPath) {
    if (isBootJar(classPath)) {
      return new WorkerLaunch(javaCommand, classPath, BOOT_PROPERTIES_LAUNCHER,
          List.of("-Dloader.main=" + ExtractionWorker.class.getName()));
    }
    return new WorkerLaunch(javaCommand, classPath, ExtractionWorker.class.getName(), List.of());
  }

  /** The same launch with more JVM options after its own. */
  public WorkerLaunch withMoreJvmOptions(List<String> more) {
    var all = new java.util.ArrayList<>(jvmOptions);
    all.addAll(more);
    return new WorkerLaunch(javaCommand, classPath, mainClass, all);
  }

  static final String BOOT_PROPERTIES_LAUNCHER = "org.springframework.boot.loader.launch.PropertiesLauncher";

  private static boolean isBootJar(String classPath) {
    if (classPath.contains(java.io.File.pathSeparator) || !classPath.endsWith(".jar")) {
      return false;
    }
    try (var jar = new java.util.jar.JarFile(classPath)) {
      var manifest = jar.getManifest();
      return manifest != null && manifest.getMainAttributes().getValue("Start-Class") != null;
    } catch (java.io.IOException e) {
      // not a readable jar: the worker is started directly and fails loudly if it cannot load
      return false;
    }
  }
}
