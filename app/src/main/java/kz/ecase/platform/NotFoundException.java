package kz.ecase.platform;

/**
 * A record that does not exist, or that the user may not know exists: both answer 404 so that
 * records of another unit do not leak.
 */
public class NotFoundException extends RuntimeException {

  public NotFoundException(String message) {
    super(message);
  }
}
