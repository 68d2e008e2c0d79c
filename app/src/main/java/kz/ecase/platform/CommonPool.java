package kz.ecase.platform;

/**
 * Sizes the JVM's common fork-join pool before anything uses it. The JDK sizes it at one thread
 * fewer than the cores, so on a 2-core server it has one thread, and then {@code CompletableFuture}
 * starts a <em>new thread for every asynchronous step</em> instead of using the pool. The JDK's
 * HTTP client completes every {@code sendAsync} answer through that executor: nine new threads per
 * person look-up, measured as a tenth of the application's CPU (docs/BENCHMARKS.md).
 */
public final class CommonPool {

  static final String PARALLELISM = "java.util.concurrent.ForkJoinPool.common.parallelism";

  private CommonPool() {}

  /**
   * Gives the common pool at least two threads unless the operator set its size; call first thing
   * in {@code main}, before the pool exists (afterwards this has no effect).
   */
  public static void atLeastTwoThreads() {
    if (System.getProperty(PARALLELISM) == null) {
      int cores = Runtime.getRuntime().availableProcessors();
      System.setProperty(PARALLELISM, Integer.toString(Math.max(2, cores - 1)));
    }
  }
}
