package kz.ecase.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import kz.ecase.EcaseIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The secrets ecase generates on the embedded default are its owner's alone. */
@EcaseIntegrationTest
class SecretFilesIT {

  @Autowired EcaseProperties ecase;

  @Test
  void generatedSecretsUnderTheDataDirectoryAreOwnerOnly() throws Exception {
    Path data = ecase.dataDirectory();
    for (String secret :
        new String[] {"token-secret", "signing/ca-key.pem", "ledger/checkpoint-key.pem"}) {
      Path file = data.resolve(secret);
      assertThat(file).as(secret).exists();
      assertThat(permissions(file)).as(secret).isEqualTo("rw-------");
      assertThat(permissions(file.getParent())).as(secret + "'s directory").isEqualTo("rwx------");
    }
  }

  private static String permissions(Path path) throws Exception {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
  }
}
