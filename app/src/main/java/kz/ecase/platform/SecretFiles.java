package kz.ecase.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way ecase keeps a secret it generated for itself (the token secret, the signing CA's key,
 * the checkpoint key) in the data directory: readable by the owner only from its first byte. A new
 * file is written to a temporary file created with mode 0600 in a directory of mode 0700 and moved
 * into place atomically (never written first and restricted afterwards); an existing secret or its
 * directory that others may read is restricted when it is read, with a warning.
 *
 * <p>On a file system without POSIX permissions (Windows) the files are written as they are.
 */
public final class SecretFiles {

  private static final Logger log = LoggerFactory.getLogger(SecretFiles.class);

  static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
  static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");

  private SecretFiles() {}

  /** Writes a new secret (replacing any file of that name atomically). */
  public static void write(Path file, String content) {
    write(file, content.getBytes(StandardCharsets.UTF_8));
  }

  /** Writes a new secret (replacing any file of that name atomically). */
  public static void write(Path file, byte[] content) {
    Path directory = file.toAbsolutePath().getParent();
    try {
      if (posix()) {
        Files.createDirectories(directory, attribute(DIRECTORY));
        restrict(directory, DIRECTORY);
      } else {
        Files.createDirectories(directory);
      }
      Path temporary =
          posix()
              ? Files.createTempFile(directory, ".secret-", ".tmp", attribute(FILE))
              : Files.createTempFile(directory, ".secret-", ".tmp");
      try {
        Files.write(temporary, content);
        Files.move(
            temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } finally {
        Files.deleteIfExists(temporary);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot keep a secret in " + file, e);
    }
  }

  /** Reads a secret, first restricting it (and its directory) if others may read it. */
  public static String readString(Path file) {
    protect(file);
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the secret " + file, e);
    }
  }

  /** Restricts an existing secret and its directory to the owner, warning when they were open. */
  public static void protect(Path file) {
    if (!posix() || !Files.exists(file)) {
      return;
    }
    try {
      restrict(file.toAbsolutePath().getParent(), DIRECTORY);
      restrict(file, FILE);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot restrict the secret " + file, e);
    }
  }

  private static void restrict(Path path, Set<PosixFilePermission> allowed) throws IOException {
    Set<PosixFilePermission> current = Files.getPosixFilePermissions(path);
    if (!allowed.containsAll(current)) {
      log.warn(
          "{} was readable by others ({}); restricted to its owner ({})",
          path,
          PosixFilePermissions.toString(current),
          PosixFilePermissions.toString(allowed));
      Files.setPosixFilePermissions(path, allowed);
    }
  }

  private static FileAttribute<Set<PosixFilePermission>> attribute(
      Set<PosixFilePermission> permissions) {
    return PosixFilePermissions.asFileAttribute(permissions);
  }

  private static boolean posix() {
    return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
  }
}
