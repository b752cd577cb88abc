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
    return new WorkerLaunch(java, System.getProperty("java.class.path"), ExtractionWorker.class.getName(), List.of());
  }
}
