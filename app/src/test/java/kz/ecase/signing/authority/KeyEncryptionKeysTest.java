package kz.ecase.signing.authority;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.ZoneId;
import kz.ecase.platform.EcaseProperties;
import kz.ecase.platform.StartupRefusedException;
import kz.ecase.signing.SigningProperties;
import kz.ecase.signing.crypto.KeyEncryptionKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyEncryptionKeysTest {

  @TempDir Path data;

  @Test
  void withoutAFileOneIsGeneratedOwnerOnlyKeptAcrossStartsAndProductionRefusesIt()
      throws Exception {
    KeyEncryptionKeys first = keys("", "");
    Path file = data.resolve("signing/kek");

    assertThat(Files.size(file)).isEqualTo(32);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    assertThat(keys("", "").current().id()).isEqualTo(first.current().id());
    assertThat(first.problems()).singleElement().asString().contains("ECASE_SIGNING_KEK_FILE");
  }

  @Test
  void aConfiguredFileIsUsedAndSatisfiesProduction() throws Exception {
    Path file = kekFile("kek", "rw-------", 32);

    KeyEncryptionKeys keys = keys(file.toString(), "");

    assertThat(keys.current().id()).isEqualTo(KeyEncryptionKey.of(Files.readAllBytes(file)).id());
    assertThat(keys.problems()).isEmpty();
    assertThat(data.resolve("signing/kek")).doesNotExist();
  }

  @Test
  void aMissingShortLongOrOpenFileStopsTheStart() throws Exception {
    assertRefused(data.resolve("absent").toString(), "no such file");
    assertRefused(kekFile("short", "rw-------", 16).toString(), "holds 16 bytes");
    assertRefused(kekFile("long", "rw-------", 44).toString(), "holds 44 bytes");
    assertRefused(kekFile("group", "rw-r-----", 32).toString(), "group or others");
    assertRefused(kekFile("others", "rw----r--", 32).toString(), "group or others");
    assertRefused(kekFile("writable", "rw--w----", 32).toString(), "group or others");
  }

  @Test
  void previousKeksOpenOldRowsButTheCurrentOneWraps() throws Exception {
    Path current = kekFile("current", "rw-------", 32);
    Path previous = kekFile("previous", "r--------", 32);

    KeyEncryptionKeys keys = keys(current.toString(), " " + previous + " ,");

    String previousId = KeyEncryptionKey.of(Files.readAllBytes(previous)).id();
    assertThat(keys.byId(previousId)).isPresent();
    assertThat(keys.current().id()).isNotEqualTo(previousId);
    assertThat(keys.byId(keys.current().id())).containsSame(keys.current());
    assertThat(keys.byId("0000000000000000")).isEmpty();
    assertThatThrownBy(() -> keys(current.toString(), kekFile("open", "rw-rw-rw-", 32).toString()))
        .isInstanceOf(StartupRefusedException.class)
        .hasMessageContaining("ECASE_SIGNING_PREVIOUS_KEK_FILES");
  }

  private void assertRefused(String file, String reason) {
    assertThatThrownBy(() -> keys(file, ""))
        .isInstanceOf(StartupRefusedException.class)
        .hasMessageContaining("ECASE_SIGNING_KEK_FILE")
        .hasMessageContaining(reason);
  }

  private Path kekFile(String name, String permissions, int size) throws Exception {
    Path file = data.resolve(name);
    Files.write(file, java.util.Arrays.copyOf(KeyEncryptionKey.generateBytes(), size));
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(permissions));
    return file;
  }

  private KeyEncryptionKeys keys(String kekFile, String previous) {
    return new KeyEncryptionKeys(
        new SigningProperties(
            "ECDSA-P256",
            "",
            "",
            "",
            "",
            "ecase signing CA",
            "",
            "",
            Duration.ofDays(365),
            5,
            kekFile,
            previous),
        new EcaseProperties(data, ZoneId.of("Asia/Almaty")));
  }
}
