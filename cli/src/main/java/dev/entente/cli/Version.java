package dev.entente.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** What {@code entente --version} prints: the version this jar was built as. */
final class Version implements IVersionProvider {

  private static final String RESOURCE = "version.properties";

  @Override
  public String[] getVersion() {
    return new String[] {"entente " + version()};
  }

  /** The project version the build wrote into {@value #RESOURCE}. */
  static String version() {
    Properties properties = new Properties();
    try (InputStream in = Version.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "dev/entente/cli/" + RESOURCE + " is missing from the class path");
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read dev/entente/cli/" + RESOURCE, e);
    }
    String version = properties.getProperty("version");
    if (version == null || version.isBlank() || version.startsWith("${")) {
      throw new IllegalStateException(
          "dev/entente/cli/" + RESOURCE + " holds no built version: " + version);
    }
    return version;
  }
}
