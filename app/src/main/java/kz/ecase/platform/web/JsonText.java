package kz.ecase.platform.web;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import kz.ecase.platform.TextPolicy;
import kz.ecase.platform.web.Problems.FieldProblem;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * The check of a JSON body's text before any handler reads it: the bytes must be UTF-8 in its
 * strict form (no overlong sequences, no encoded surrogates, nothing truncated), and every string
 * and property name must pass {@link TextPolicy} — also those written as {@code \}{@code u0000}
 * escapes, which only a JSON parser sees. Bodies that are not JSON at all are left to the handler
 * to refuse.
 */
final class JsonText {

  private final JsonMapper json;

  JsonText(JsonMapper json) {
    this.json = json;
  }

  /** The field at fault, or empty when the body's text may be stored. */
  Optional<FieldProblem> check(byte[] body) {
    String text;
    try {
      text = strictUtf8(body);
    } catch (CharacterCodingException e) {
      return Optional.of(
          new FieldProblem(
              "body", "Is not well-formed UTF-8 (overlong, surrogate or truncated sequence)"));
    }
    try (JsonParser parser = json.createParser(text)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        String value =
            switch (token) {
              case PROPERTY_NAME -> parser.currentName();
              case VALUE_STRING -> parser.getString();
              default -> null;
            };
        Optional<String> refusal = TextPolicy.refusal(value);
        if (refusal.isPresent()) {
          return Optional.of(new FieldProblem(path(parser.streamReadContext()), refusal.get()));
        }
      }
    } catch (JacksonException notJson) {
      // not JSON (or too deep, too long): the handler's reader refuses it; raw characters still
      // count
      return TextPolicy.refusal(text).map(refusal -> new FieldProblem("body", refusal));
    }
    return Optional.empty();
  }

  /** {@code body} decoded as UTF-8, refusing what a lenient decoder would let through. */
  static String strictUtf8(byte[] bytes) throws CharacterCodingException {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    return decoder.decode(ByteBuffer.wrap(bytes)).toString();
  }

  /** The path of the parser's position as a field name: {@code items[0].name}, or "body". */
  static String path(TokenStreamContext context) {
    Deque<String> segments = new ArrayDeque<>();
    for (TokenStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
      if (at.inArray()) {
        segments.push("[" + Math.max(0, at.getCurrentIndex()) + "]");
      } else if (at.currentName() != null) {
        segments.push("." + at.currentName());
      }
    }
    return joined(List.copyOf(segments));
  }

  /** The path of a Jackson exception as a field name, as {@link #path(TokenStreamContext)}. */
  static String path(JacksonException e) {
    Deque<String> segments = new ArrayDeque<>();
    for (JacksonException.Reference reference : e.getPath()) {
      if (reference.getPropertyName() != null) {
        segments.add("." + reference.getPropertyName());
      } else if (reference.getIndex() >= 0) {
        segments.add("[" + reference.getIndex() + "]");
      }
    }
    return joined(List.copyOf(segments));
  }

  private static String joined(List<String> segments) {
    if (segments.isEmpty()) {
      return "body";
    }
    String path = String.join("", segments);
    return path.startsWith(".") ? path.substring(1) : path;
  }
}
