package kz.ecase.signing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the real {@code openssl} binary, as someone who does not trust ecase would: {@code openssl
 * cms -verify -binary -inform DER -in doc.p7s -content doc.pdf -CAfile ca.pem}.
 */
public final class Openssl {

  /** Exit status and everything openssl said. */
  public record Result(int exitCode, String output) {
    public boolean succeeded() {
      return exitCode == 0;
    }
  }

  private Openssl() {}

  /** Writes the three files into {@code directory} and runs the verification command there. */
  public static Result verify(
      Path directory, byte[] document, byte[] signature, String caPem, String... options) {
    try {
      Files.write(directory.resolve("doc.pdf"), document);
      Files.write(directory.resolve("doc.p7s"), signature);
      Files.writeString(directory.resolve("ca.pem"), caPem, StandardCharsets.US_ASCII);
      List<String> command =
          new ArrayList<>(
              List.of(
                  "openssl",
                  "cms",
                  "-verify",
                  "-binary",
                  "-inform",
                  "DER",
                  "-in",
                  "doc.p7s",
                  "-content",
                  "doc.pdf",
                  "-CAfile",
                  "ca.pem"));
      command.addAll(List.of(options));
      command.addAll(List.of("-out", "verified.out"));
      return run(directory, command.toArray(String[]::new));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Result run(Path directory, String... command) {
    try {
      Process process =
          new ProcessBuilder(new ArrayList<>(List.of(command)))
              .directory(directory.toFile())
              .redirectErrorStream(true)
              .start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException("openssl did not finish");
      }
      return new Result(process.exitValue(), output);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot run openssl (is it installed?)", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
