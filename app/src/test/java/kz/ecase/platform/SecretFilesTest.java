package kz.ecase.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretFilesTest {

  @TempDir Path temporary;

  @Test
  void newSecretIsOwnerOnlyInAnOwnerOnlyDirectoryAndNothingElseIsLeft() throws Exception {
    Path file = temporary.resolve("data/signing/ca-key.pem");

    SecretFiles.write(file, "secret");

    assertThat(Files.readString(file)).isEqualTo("secret");
    assertThat(permissions(file)).isEqualTo("rw-------");
    assertThat(permissions(file.getParent())).isEqualTo("rwx------");
    try (var files = Files.list(file.getParent())) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void existingSecretReadableByOthersIsRestrictedWhenRead() throws Exception {
    Path directory = Files.createDirectories(temporary.resolve("ledger"));
    Path file = Files.writeString(directory.resolve("checkpoint-key.pem"), "secret");
    Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

    assertThat(SecretFiles.readString(file)).isEqualTo("secret");

    assertThat(permissions(file)).isEqualTo("rw-------");
    assertThat(permissions(directory)).isEqualTo("rwx------");
  }

  @Test
  void secretAlreadyMoreRestrictedStaysAsItIs() throws Exception {
    Path file = Files.writeString(temporary.resolve("token-secret"), "secret");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--------"));

    SecretFiles.protect(file);

    assertThat(permissions(file)).isEqualTo("r--------");
  }

  private static String permissions(Path path) throws Exception {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
  }
}
