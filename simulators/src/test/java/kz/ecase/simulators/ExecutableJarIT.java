package kz.ecase.simulators;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/** The shaded jar runs on its own with {@code java -jar}: run after {@code package}. */
class ExecutableJarIT {

  static final Path JAR = Path.of("target", "ecase-simulators.jar");

  @Test
  void theJarNamesItsMainClass() throws Exception {
    try (JarFile jar = new JarFile(JAR.toFile())) {
      assertThat(jar.getManifest().getMainAttributes().getValue("Main-Class"))
          .isEqualTo(Main.class.getName());
      assertThat(jar.getEntry("tools/jackson/databind/json/JsonMapper.class")).isNotNull();
    }
  }

  @Test
  void javaDashJarStartsTheSimulatorsOnTheGivenPort() throws Exception {
    assertThat(Files.isRegularFile(JAR)).isTrue();
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process =
        new ProcessBuilder(java, "-jar", JAR.toString(), "--port", "0", "--today", "2026-06-15")
            .redirectErrorStream(true)
            .start();
    try {
      BufferedReader out =
          new BufferedReader(
              new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
      String first = out.readLine();
      assertThat(first).startsWith("ecase registry simulators listening on http://127.0.0.1:");
      String baseUrl = first.substring(first.indexOf("http://"));

      HttpClient client = HttpClient.newHttpClient();
      HttpResponse<String> health =
          client.send(
              HttpRequest.newBuilder(URI.create(baseUrl + "/health")).build(),
              HttpResponse.BodyHandlers.ofString());
      HttpResponse<String> person =
          client.send(
              HttpRequest.newBuilder(URI.create(baseUrl + "/population/persons/850315401231"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());

      assertThat(health.statusCode()).isEqualTo(200);
      assertThat(person.statusCode()).isEqualTo(200);
      assertThat(person.body()).contains("\"birthDate\":\"1985-03-15\"", "\"sex\":\"FEMALE\"");
    } finally {
      process.destroy();
      assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
    }
  }

  @Test
  void wrongOptionsExitWithCode2AndTheUsage() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process =
        new ProcessBuilder(java, "-jar", JAR.toString(), "--port", "nope")
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).isEqualTo(2);
    assertThat(output).contains("--port takes a number", "usage:");
  }
}
