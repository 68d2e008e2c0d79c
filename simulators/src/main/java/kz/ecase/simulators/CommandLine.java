package kz.ecase.simulators;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The command line's options: {@code --port N} (default 8090; 0 picks a free port), {@code --host
 * H} (default the loopback interface; {@code 0.0.0.0} for every interface) and {@code --today
 * YYYY-MM-DD} (fixes the date the synthetic data is computed for). {@link #parse} refuses anything
 * else with an {@link IllegalArgumentException}.
 */
record CommandLine(String host, int port, Optional<LocalDate> today, boolean help) {

  static final String USAGE =
      """
      ecase registry simulators

      usage: java -jar ecase-simulators.jar [--port N] [--host H] [--today YYYY-MM-DD]
        --port N             port to listen on (default 8090, 0 picks a free one)
        --host H             interface to listen on (default 127.0.0.1, 0.0.0.0 for all)
        --today YYYY-MM-DD   compute the synthetic data for this day instead of today
        --help               this text
      """;

  static CommandLine parse(String... args) {
    String host = "127.0.0.1";
    int port = RegistrySimulators.DEFAULT_PORT;
    Optional<LocalDate> today = Optional.empty();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--help", "-h" -> {
          return new CommandLine(host, port, today, true);
        }
        case "--port" -> port = port(valueAfter(args, i++));
        case "--host" -> host = valueAfter(args, i++);
        case "--today" -> today = Optional.of(day(valueAfter(args, i++)));
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    return new CommandLine(host, port, today, false);
  }

  private static String valueAfter(String[] args, int i) {
    if (i + 1 >= args.length) {
      throw new IllegalArgumentException(args[i] + " needs a value");
    }
    return args[i + 1];
  }

  private static int port(String value) {
    try {
      int port = Integer.parseInt(value);
      if (port >= 0 && port <= 65_535) {
        return port;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw new IllegalArgumentException("--port takes a number from 0 to 65535, not " + value);
  }

  private static LocalDate day(String value) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("--today takes a date YYYY-MM-DD, not " + value);
    }
  }
}
