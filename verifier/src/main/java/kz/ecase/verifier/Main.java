package kz.ecase.verifier;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import kz.ecase.merkle.NoteVerifier;
import kz.ecase.verifier.Arguments.UsageException;

/**
 * The command line of the verifier: audits a ledger database or an export of it, exports a ledger
 * for offline audit, checks a record's bundle and a criminal case's court file. Exit code 0 means
 * verified, 1 that tampering was found, 2 a usage or I/O error.
 */
public final class Main {

  static final int VERIFIED = 0;
  static final int TAMPERED = 1;
  static final int ERROR = 2;

  private static final String USAGE =
      """
      ecase ledger verifier

      usage:
        check-db --url <jdbc url> --user <user> [--password <password>] [--schema <schema>]
                 --key <verifier key or file> [--checkpoint <saved checkpoint file>]...
            audit the ledger tables of a database
        check-export <ledger.export> --key <verifier key or file> [--checkpoint <file>]...
                     [--reference]
            audit an export file offline (format 2, or format 1 JSON lines of earlier versions).
            A format-2 file is checked first by the fast path, which checks everything the
            reference audit checks, on every core; if it finds anything, the reference audit
            runs and its report stands. --reference: the reference audit alone.
        check-export-hashes <ledger.export> ...
            the earlier name of check-export's fast path; now the same as check-export
        export-db --url <jdbc url> --user <user> [--password <password>] [--schema <schema>]
                  --out <ledger.export>
            export the ledger tables for check-export (format 2, binary)
        check-bundle <bundle.json> --key <verifier key or file> [--documents <directory>]
            check a record's bundle offline, and its documents if given
        check-court-file <court-file.zip> --key <verifier key or file> [--checkpoint <file>]
            check a criminal case's court file offline: its ledger bundle, every file in it
            against the sealed manifest, nothing missing or extra, and the consistency proof
            (from the court's saved checkpoint, if given)

      The key is the ledger's published verifier key (GET /api/ledger/verifying-key), obtained
      independently of the database being audited. Exit code: 0 verified, 1 tampering found,
      2 usage or I/O error.
      """;

  private static final Set<String> OPTIONS =
      Set.of("url", "user", "password", "schema", "key", "checkpoint", "out", "documents");
  private static final Set<String> FLAGS = Set.of("reference");

  private final PrintStream out;
  private final PrintStream err;

  Main(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  public static void main(String[] args) {
    System.exit(run(System.out, System.err, args));
  }

  /** Runs one command with its output and progress going to the given streams; the exit code. */
  public static int run(PrintStream out, PrintStream err, String... args) {
    return new Main(out, err).run(args);
  }

  /** Runs one command and returns its exit code. */
  int run(String[] args) {
    if (args.length == 0 || Set.of("help", "--help", "-h").contains(args[0])) {
      out.print(USAGE);
      return args.length == 0 ? ERROR : VERIFIED;
    }
    try {
      Arguments arguments = Arguments.parse(args, OPTIONS, FLAGS);
      return switch (arguments.command()) {
        case "check-db" -> checkDatabase(arguments);
        case "check-export" -> checkExport(arguments);
        case "check-export-hashes" -> checkExport(arguments);
        case "export-db" -> exportDatabase(arguments);
        case "check-bundle" -> checkBundle(arguments);
        case "check-court-file" -> checkCourtFile(arguments);
        default -> throw new UsageException("unknown command " + arguments.command());
      };
    } catch (UsageException e) {
      err.println("error: " + e.getMessage());
      err.print(USAGE);
      return ERROR;
    } catch (IllegalArgumentException e) {
      err.println("error: " + e.getMessage());
      return ERROR;
    } catch (IOException e) {
      err.println("error: " + e.getMessage());
      return ERROR;
    }
  }

  private int checkDatabase(Arguments arguments) throws UsageException, IOException {
    NoteVerifier key = arguments.trustedKey();
    List<String> saved = arguments.savedCheckpoints();
    try (DatabaseSource source = openDatabase(arguments)) {
      return audit(source, key, saved);
    }
  }

  /**
   * Audits an export file: a format-2 file by the fast path first ({@link FastAudit}), whose "OK"
   * is the reference's own report of a verified ledger; whenever the fast path finds anything, and
   * for a file of format 1 or with {@code --reference}, by the reference ({@link LedgerAudit}),
   * whose report and exit code stand.
   */
  private int checkExport(Arguments arguments) throws UsageException, IOException {
    Path file = onePath(arguments, "an export file");
    NoteVerifier key = arguments.trustedKey();
    List<String> saved = arguments.savedCheckpoints();
    if (!arguments.flag("reference") && FastAudit.applies(file)) {
      FastAudit.Result fast = FastAudit.run(file, key, saved, Progress.to(err, "checked"));
      if (fast.shown()) {
        out.println(fast.report().summary());
        err.println("checked by the fast path; --reference runs the reference audit");
        return VERIFIED;
      }
      err.println(
          "the fast path found something ("
              + fast.reason()
              + "): the reference audit runs and reports");
    }
    try (ExportFile source = ExportFile.open(file)) {
      return audit(source, key, saved);
    }
  }

  private int audit(EntrySource source, NoteVerifier key, List<String> saved) throws IOException {
    Report report = LedgerAudit.run(source, key, saved, Progress.to(err, "checked"));
    out.println(report.summary());
    for (Finding finding : report.findings()) {
      out.println("  " + finding.message());
    }
    if (report.omittedFindings() > 0) {
      out.println("  ... and " + report.omittedFindings() + " more findings of the same kinds");
    }
    return report.verified() ? VERIFIED : TAMPERED;
  }

  private int exportDatabase(Arguments arguments) throws UsageException, IOException {
    Path target = Path.of(arguments.required("out"));
    try (DatabaseSource source = openDatabase(arguments);
        OutputStream file = Files.newOutputStream(target)) {
      long count = ExportFile.write(source, file, Progress.to(err, "exported"));
      out.println("exported " + count + " entries to " + target);
      return VERIFIED;
    }
  }

  private int checkBundle(Arguments arguments) throws UsageException, IOException {
    Path file = onePath(arguments, "a bundle file");
    NoteVerifier key = arguments.trustedKey();
    String documents = arguments.optional("documents");
    if (documents != null && !Files.isDirectory(Path.of(documents))) {
      throw new UsageException("--documents " + documents + " is not a directory");
    }
    List<String> problems =
        BundleCheck.check(
            Files.readString(file), key, documents == null ? null : Path.of(documents));
    if (problems.isEmpty()) {
      out.println("OK: the bundle " + file + " verifies with the trusted key");
      return VERIFIED;
    }
    out.println("TAMPERED: " + problems.get(0));
    problems.stream().skip(1).forEach(problem -> out.println("  " + problem));
    return TAMPERED;
  }

  private int checkCourtFile(Arguments arguments) throws UsageException, IOException {
    Path file = onePath(arguments, "a court file");
    NoteVerifier key = arguments.trustedKey();
    List<String> saved = arguments.savedCheckpoints();
    if (saved.size() > 1) {
      throw new UsageException("check-court-file takes at most one --checkpoint: the court's");
    }
    CourtFileCheck.Result result =
        CourtFileCheck.check(file, key, saved.isEmpty() ? null : saved.get(0));
    if (result.verified()) {
      out.println(
          "OK: the court file " + file + " verifies with the trusted key: " + result.summary());
      return VERIFIED;
    }
    out.println("TAMPERED: " + result.problems().get(0));
    result.problems().stream().skip(1).forEach(problem -> out.println("  " + problem));
    return TAMPERED;
  }

  private static DatabaseSource openDatabase(Arguments arguments)
      throws UsageException, IOException {
    return DatabaseSource.open(
        arguments.required("url"),
        arguments.required("user"),
        arguments.optional("password"),
        arguments.optional("schema"));
  }

  private static Path onePath(Arguments arguments, String what) throws UsageException {
    if (arguments.positional().size() != 1) {
      throw new UsageException(arguments.command() + " takes " + what);
    }
    return Path.of(arguments.positional().get(0));
  }
}
