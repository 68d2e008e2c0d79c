package kz.ecase.simulators;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A response to send: its HTTP status and the body to write as JSON. Errors have the body {@code
 * {"error": "<code>"}}, with a {@code message} where a person must read what went wrong.
 */
record Answer(int status, Object body) {

  static final Answer NOT_FOUND = error(404, "not-found");
  static final Answer INVALID_IIN = error(400, "invalid-iin");
  static final Answer INVALID_PLATE = error(400, "invalid-plate");
  static final Answer UNAVAILABLE = error(503, "unavailable");
  static final Answer UNAUTHORIZED = error(401, "unauthorized");
  static final Answer UNKNOWN_PATH = error(404, "unknown-path");
  static final Answer METHOD_NOT_ALLOWED = error(405, "method-not-allowed");
  static final Answer INTERNAL_ERROR = error(500, "internal-error");
  static final Answer INVALID_JSON = error(400, "invalid-json", "the body is not JSON");

  /** A body sent as its bytes, not as JSON (a file the simulator keeps). */
  record Raw(String contentType, byte[] bytes) {}

  static Answer file(String contentType, byte[] bytes) {
    return new Answer(200, new Raw(contentType, bytes));
  }

  static Answer ok(Object body) {
    return new Answer(200, body);
  }

  static Answer error(int status, String code) {
    return new Answer(status, Map.of("error", code));
  }

  static Answer error(int status, String code, String message) {
    Map<String, String> body = new LinkedHashMap<>();
    body.put("error", code);
    body.put("message", message);
    return new Answer(status, body);
  }
}
