package kz.ecase.procedure;

import java.util.Optional;
import java.util.function.Function;

/**
 * One value of a catalogue or of the law with its confirmation status. In the data files a trailing
 * {@code ?} marks a value that could not be confirmed against the law's text; a lone {@code ?} an
 * unknown one; an empty cell "none". An unconfirmed value is shown as such, never as settled law.
 *
 * @param value the value, or {@code null} for none or unknown
 * @param confirmed whether the value was confirmed against its source
 */
public record Sourced<T>(T value, boolean confirmed) {

  public static <T> Sourced<T> confirmed(T value) {
    return new Sourced<>(value, true);
  }

  public static <T> Sourced<T> unconfirmed(T value) {
    return new Sourced<>(value, false);
  }

  public static <T> Sourced<T> none() {
    return new Sourced<>(null, true);
  }

  public static <T> Sourced<T> unknown() {
    return new Sourced<>(null, false);
  }

  /** Reads a cell: empty = none, {@code ?} = unknown, {@code x?} = unconfirmed x, else x. */
  public static <T> Sourced<T> parse(String cell, Function<String, T> parser) {
    String text = cell == null ? "" : cell.strip();
    if (text.isEmpty()) {
      return none();
    }
    if (text.equals("?")) {
      return unknown();
    }
    if (text.endsWith("?")) {
      return unconfirmed(parser.apply(text.substring(0, text.length() - 1).strip()));
    }
    return confirmed(parser.apply(text));
  }

  public Optional<T> asOptional() {
    return Optional.ofNullable(value);
  }

  public boolean isUnknown() {
    return value == null && !confirmed;
  }

  public <R> Sourced<R> map(Function<T, R> mapper) {
    return new Sourced<>(value == null ? null : mapper.apply(value), confirmed);
  }

  /** The cell form: the value, {@code ?} appended when unconfirmed. */
  @Override
  public String toString() {
    String text = value == null ? "" : value.toString();
    return confirmed ? text : text + "?";
  }
}
