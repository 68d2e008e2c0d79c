package kz.ecase.verifier;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.ecase.merkle.NoteException;
import kz.ecase.merkle.NoteVerifier;

/**
 * A command line: the command, its positional arguments, its {@code --name value} options, some of
 * which may repeat, and its {@code --name} flags. Reads the trusted key and saved checkpoints the
 * options point at.
 */
final class Arguments {

  /** A command line that cannot be carried out as given. */
  static final class UsageException extends Exception {
    UsageException(String message) {
      super(message);
    }
  }

  private final String command;
  private final List<String> positional = new ArrayList<>();
  private final Map<String, List<String>> options = new HashMap<>();
  private final Set<String> flags = new HashSet<>();

  private Arguments(String command) {
    this.command = command;
  }

  static Arguments parse(String[] args, Set<String> known) throws UsageException {
    return parse(args, known, Set.of());
  }

  /** Parses the command line; {@code knownFlags} are options that take no value. */
  static Arguments parse(String[] args, Set<String> known, Set<String> knownFlags)
      throws UsageException {
    if (args.length == 0) {
      throw new UsageException("no command given");
    }
    Arguments parsed = new Arguments(args[0]);
    for (int i = 1; i < args.length; i++) {
      String arg = args[i];
      if (arg.startsWith("--")) {
        String name = arg.substring(2);
        if (knownFlags.contains(name)) {
          parsed.flags.add(name);
          continue;
        }
        if (!known.contains(name)) {
          throw new UsageException("unknown option " + arg);
        }
        if (i + 1 >= args.length) {
          throw new UsageException("option " + arg + " needs a value");
        }
        parsed.options.computeIfAbsent(name, n -> new ArrayList<>()).add(args[++i]);
      } else {
        parsed.positional.add(arg);
      }
    }
    return parsed;
  }

  String command() {
    return command;
  }

  List<String> positional() {
    return positional;
  }

  /** Whether the flag {@code --name} was given. */
  boolean flag(String name) {
    return flags.contains(name);
  }

  String optional(String name) {
    List<String> values = options.getOrDefault(name, List.of());
    return values.isEmpty() ? null : values.get(values.size() - 1);
  }

  String required(String name) throws UsageException {
    String value = optional(name);
    if (value == null) {
      throw new UsageException("--" + name + " is required");
    }
    return value;
  }

  List<String> all(String name) {
    return options.getOrDefault(name, List.of());
  }

  /** The key given by {@code --key}: a verifier key string, or a file holding one. */
  NoteVerifier trustedKey() throws UsageException {
    String key = required("key");
    Path file = Path.of(key.contains("+") ? "." : key);
    try {
      if (!key.contains("+") && Files.isRegularFile(file)) {
        key = Files.readString(file).trim();
      } else if (!key.contains("+")) {
        throw new UsageException("--key " + key + " is neither a verifier key nor a file");
      }
      return NoteVerifier.fromVerifierKey(key);
    } catch (IOException e) {
      throw new UsageException("cannot read the key file " + file + ": " + e.getMessage());
    } catch (NoteException e) {
      throw new UsageException("--key is not a verifier key: " + e.getMessage());
    }
  }

  /** The signed checkpoints in the files given by {@code --checkpoint}. */
  List<String> savedCheckpoints() throws UsageException {
    List<String> notes = new ArrayList<>();
    for (String file : all("checkpoint")) {
      try {
        notes.add(Files.readString(Path.of(file)));
      } catch (IOException e) {
        throw new UsageException("cannot read the checkpoint file " + file + ": " + e.getMessage());
      }
    }
    return notes;
  }
}
