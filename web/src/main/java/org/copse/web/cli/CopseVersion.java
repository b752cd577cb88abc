package org.copse.web.cli;

import picocli.CommandLine.IVersionProvider;

/** The version printed by {@code copse --version}, from the jar's manifest. */
final class CopseVersion implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = CopseVersion.class.getPackage().getImplementationVersion();
    return new String[] {"copse " + (version == null ? "(development build)" : version)};
  }
}
