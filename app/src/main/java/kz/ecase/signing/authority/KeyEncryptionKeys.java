package kz.ecase.signing.authority;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kz.ecase.platform.EcaseProperties;
import kz.ecase.platform.ProductionCheck;
import kz.ecase.platform.SecretFiles;
import kz.ecase.platform.StartupRefusedException;
import kz.ecase.signing.SigningProperties;
import kz.ecase.signing.crypto.KeyEncryptionKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The key-encryption keys of users' signing keys: the current one, which wraps every key written,
 * from the file {@code ECASE_SIGNING_KEK_FILE} (32 raw bytes, readable by its owner only), or
 * generated on first start as {@code <data-directory>/signing/kek} (refused in production); and the
 * previous ones of a rotation ({@code ECASE_SIGNING_PREVIOUS_KEK_FILES}), which only open rows not
 * yet rewrapped. A configured file that is missing, unreadable, not 32 bytes or open to group or
 * others stops the start, whatever the profile.
 */
@Component
public class KeyEncryptionKeys implements ProductionCheck {

  private static final Logger log = LoggerFactory.getLogger(KeyEncryptionKeys.class);

  private static final Set<PosixFilePermission> OWNER_ONLY =
      PosixFilePermissions.fromString("rw-------");

  private final KeyEncryptionKey current;
  private final Map<String, KeyEncryptionKey> byId = new LinkedHashMap<>();
  private final boolean configured;

  KeyEncryptionKeys(SigningProperties properties, EcaseProperties ecase) {
    this.configured = !properties.kekFile().isBlank();
    this.current =
        configured
            ? configured(Path.of(properties.kekFile()), "ECASE_SIGNING_KEK_FILE")
            : generatedIn(ecase.dataDirectory().resolve("signing"));
    byId.put(current.id(), current);
    Arrays.stream(properties.previousKekFiles().split(","))
        .map(String::trim)
        .filter(name -> !name.isEmpty())
        .map(name -> configured(Path.of(name), "ECASE_SIGNING_PREVIOUS_KEK_FILES"))
        .forEach(previous -> byId.putIfAbsent(previous.id(), previous));
    log.info(
        "Signing keys are wrapped under the KEK {}{}",
        current.id(),
        byId.size() > 1
            ? "; keys under " + List.copyOf(byId.keySet()).subList(1, byId.size()) + " still open"
            : "");
  }

  /** The KEK that wraps every key written now. */
  public KeyEncryptionKey current() {
    return current;
  }

  /** The loaded KEK of this id: the current one or a previous one. */
  public Optional<KeyEncryptionKey> byId(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  @Override
  public List<String> problems() {
    return configured
        ? List.of()
        : List.of(
            "no key-encryption key for users' signing keys: set ECASE_SIGNING_KEK_FILE (32 random"
                + " bytes, mode 0600)");
  }

  /** The KEK of a configured file, or a refusal to start naming what is wrong with it. */
  static KeyEncryptionKey configured(Path file, String setting) {
    if (!Files.isRegularFile(file)) {
      throw refused(setting, file, "no such file");
    }
    if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      try {
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
        if (!OWNER_ONLY.containsAll(permissions)) {
          throw refused(
              setting,
              file,
              "group or others may access it ("
                  + PosixFilePermissions.toString(permissions)
                  + "): chmod 600 (or 400)");
        }
      } catch (IOException e) {
        throw refused(setting, file, "its permissions cannot be read: " + e.getMessage());
      }
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw refused(setting, file, "it cannot be read: " + e.getMessage());
    }
    if (bytes.length != KeyEncryptionKey.SIZE) {
      throw refused(
          setting,
          file,
          "it holds "
              + bytes.length
              + " bytes, not "
              + KeyEncryptionKey.SIZE
              + " (make one with: openssl rand -out <file> 32)");
    }
    try {
      return KeyEncryptionKey.of(bytes);
    } finally {
      Arrays.fill(bytes, (byte) 0);
    }
  }

  private static KeyEncryptionKey generatedIn(Path directory) {
    Path file = directory.resolve("kek");
    if (!Files.exists(file)) {
      SecretFiles.write(file, KeyEncryptionKey.generateBytes());
    }
    SecretFiles.protect(file);
    return configured(file, "the generated key-encryption key");
  }

  private static StartupRefusedException refused(String setting, Path file, String reason) {
    return new StartupRefusedException(
        "The key-encryption key " + file + " (" + setting + ") is not usable: " + reason);
  }
}
