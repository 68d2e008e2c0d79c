package kz.ecase.verifier;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** The answer of work handed to another thread, with its failure rethrown as it was thrown. */
final class Answers {

  private Answers() {}

  /**
   * Waits for {@code work} and returns its answer; a runtime exception or error of the work is
   * rethrown as it is, an interruption of the wait becomes {@link InterruptedIOException}.
   */
  static <T> T of(Future<T> work) throws InterruptedIOException {
    try {
      return work.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("the check was interrupted");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException failure) {
        throw failure;
      } else if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new UncheckedIOException(new IOException(e.getCause()));
    }
  }
}
