package kz.ecase.platform;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import kz.ecase.EcaseApplication;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * The prod profile refuses to start with demo data, default secrets, a generated or unusable
 * key-encryption key, or the embedded database.
 */
class ProductionProfileIT {

  static final String STRONG_SECRET = "0123456789abcdef0123456789abcdef-prod";

  @Test
  void refusesDemoData() {
    assertRefused(
        start("--ecase.demo-data.enabled=true", "--ecase.security.token.secret=" + STRONG_SECRET),
        "demo");
  }

  @Test
  void refusesAMissingTokenSecret() {
    assertRefused(
        start("--ecase.demo-data.enabled=false", "--ecase.security.token.secret="),
        "ECASE_TOKEN_SECRET");
  }

  @Test
  void refusesTheSimulatedPaymentProviderAndAMissingCallbackSecret() {
    assertRefused(
        start("--ecase.demo-data.enabled=false", "--ecase.security.token.secret=" + STRONG_SECRET),
        "ECASE_PAYMENTS_URL");
    assertRefused(
        start("--ecase.demo-data.enabled=false", "--ecase.security.token.secret=" + STRONG_SECRET),
        "ECASE_PAYMENTS_SECRET");
  }

  @Test
  void refusesAShortTokenSecret() {
    assertRefused(
        start("--ecase.demo-data.enabled=false", "--ecase.security.token.secret=secret"),
        "32 bytes");
  }

  @Test
  void refusesAGeneratedSigningCa() {
    assertRefused(
        start("--ecase.demo-data.enabled=false", "--ecase.security.token.secret=" + STRONG_SECRET),
        "ECASE_SIGNING_CA_KEY");
  }

  @Test
  void refusesAGeneratedKeyEncryptionKey() {
    assertRefused(
        start("--ecase.demo-data.enabled=false", "--ecase.security.token.secret=" + STRONG_SECRET),
        "ECASE_SIGNING_KEK_FILE");
  }

  @Test
  void refusesAKeyEncryptionKeyFileThatIsMissingShortOrOpenToOthers(@TempDir Path directory)
      throws Exception {
    Path open = directory.resolve("open-kek");
    Files.write(open, new byte[32]);
    Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rw-r--r--"));
    Path shortKek = directory.resolve("short-kek");
    Files.write(shortKek, new byte[31]);
    Files.setPosixFilePermissions(shortKek, PosixFilePermissions.fromString("rw-------"));

    assertRefused(kekStart(directory.resolve("absent")), "no such file");
    assertRefused(kekStart(open), "group or others may access it (rw-r--r--)");
    assertRefused(kekStart(shortKek), "holds 31 bytes, not 32");
  }

  private static ThrowingCallable kekStart(Path kek) {
    return start(
        "--ecase.demo-data.enabled=false",
        "--ecase.security.token.secret=" + STRONG_SECRET,
        "--ecase.signing.kek-file=" + kek);
  }

  @Test
  void refusesTheSimulatedAisBep() {
    assertRefused(
        start("--ecase.demo-data.enabled=false", "--ecase.security.token.secret=" + STRONG_SECRET),
        "ECASE_ENFORCEMENT_URL");
  }

  @Test
  void refusesTheSimulatedCourt() {
    assertRefused(
        start("--ecase.demo-data.enabled=false", "--ecase.security.token.secret=" + STRONG_SECRET),
        "ECASE_COURT_URL");
  }

  @Test
  void refusesSimulatedRegistries() {
    assertRefused(
        start("--ecase.demo-data.enabled=false", "--ecase.security.token.secret=" + STRONG_SECRET),
        "ECASE_REGISTRIES_URL");
  }

  @Test
  void refusesTheSimulatedSmsGateway() {
    assertRefused(
        start("--ecase.demo-data.enabled=false", "--ecase.security.token.secret=" + STRONG_SECRET),
        "ECASE_SMS_URL");
  }

  private static ThrowingCallable start(String... args) {
    return () ->
        new SpringApplicationBuilder(EcaseApplication.class)
            .profiles("test", "prod")
            .run(concat(args, "--server.port=0"))
            .close();
  }

  private static String[] concat(String[] args, String extra) {
    String[] all = java.util.Arrays.copyOf(args, args.length + 1);
    all[args.length] = extra;
    return all;
  }

  private static void assertRefused(ThrowingCallable start, String reason) {
    assertThatThrownBy(start)
        .satisfies(
            failure -> {
              Throwable cause = failure;
              while (cause != null && !(cause instanceof StartupRefusedException)) {
                cause = cause.getCause();
              }
              org.assertj.core.api.Assertions.assertThat(cause)
                  .as("refused because of a StartupRefusedException")
                  .isNotNull();
              org.assertj.core.api.Assertions.assertThat(cause.getMessage()).contains(reason);
            });
  }
}
