package org.copse.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkerLaunchTest {

  @TempDir Path dir;

  @Test
  void aPlainClassPathStartsTheWorkerDirectly() {
    WorkerLaunch launch = WorkerLaunch.forClassPath("java", "a.jar" + java.io.File.pathSeparator + "classes");
    assertThat(launch.mainClass()).isEqualTo(ExtractionWorker.class.getName());
    assertThat(launch.jvmOptions()).isEmpty();
  }

  @Test
  void aSpringBootJarStartsTheWorkerThroughItsLauncher() throws IOException {
    Path jar = jarWithManifest("boot.jar", "org.copse.web.CopseApplication");
    WorkerLaunch launch = WorkerLaunch.forClassPath("java", jar.toString());
    assertThat(launch.mainClass()).isEqualTo(WorkerLaunch.BOOT_PROPERTIES_LAUNCHER);
    assertThat(launch.jvmOptions()).containsExactly("-Dloader.main=" + ExtractionWorker.class.getName());
    assertThat(launch.withMoreJvmOptions(java.util.List.of("-Dx=1")).jvmOptions()).hasSize(2);
  }

  @Test
  void anOrdinaryJarIsNotMistakenForABootJar() throws IOException {
    Path jar = jarWithManifest("plain.jar", null);
    assertThat(WorkerLaunch.forClassPath("java", jar.toString()).mainClass())
        .isEqualTo(ExtractionWorker.class.getName());
  }

  private Path jarWithManifest(String name, String startClass) throws IOException {
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    if (startClass != null) {
      manifest.getMainAttributes().putValue("Start-Class", startClass);
    }
    Path jar = dir.resolve(name);
    try (OutputStream out = Files.newOutputStream(jar); JarOutputStream ignored = new JarOutputStream(out, manifest)) {
      return jar;
    }
  }
}
