package kz.ecase.simulators;

import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the registry simulators on their own until the process is stopped: {@code java -jar
 * ecase-simulators.jar [--port N] [--host H] [--today YYYY-MM-DD]}. It prints the address it
 * listens on as its first line; exit code 2 means the options were wrong.
 */
public final class Main {

  private Main() {}

  public static void main(String[] args) throws InterruptedException {
    CommandLine options;
    try {
      options = CommandLine.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.print(CommandLine.USAGE);
      System.exit(2);
      return;
    }
    if (options.help()) {
      System.out.print(CommandLine.USAGE);
      return;
    }
    Clock clock =
        options
            .today()
            .map(
                day ->
                    Clock.fixed(
                        day.atStartOfDay(RegistrySimulators.KAZAKHSTAN).toInstant(),
                        RegistrySimulators.KAZAKHSTAN))
            .orElse(Clock.system(RegistrySimulators.KAZAKHSTAN));
    RegistrySimulators simulators =
        RegistrySimulators.start(new InetSocketAddress(options.host(), options.port()), clock);
    Runtime.getRuntime().addShutdownHook(new Thread(simulators::close));
    System.out.println("ecase registry simulators listening on " + simulators.baseUrl());
    System.out.println("admin: " + simulators.baseUrl() + "/admin/registries");
    new CountDownLatch(1).await();
  }
}
