package kz.ecase.platform;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A record that does not exist, or that the user may not know exists: both answer 404 so that
 * records of another unit do not leak. The API answers it as a problem; a page, with the error
 * page's 404 (the status below).
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotFoundException extends RuntimeException {

  public NotFoundException(String message) {
    super(message);
  }
}
