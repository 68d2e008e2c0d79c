package kz.ecase.offences.domain;

/**
 * One value of a catalogue row as an administrator enters it: the text and whether it is confirmed
 * against the law. Written to the catalogue file as the text, {@code ?} appended when not confirmed
 * (an empty unconfirmed value: unknown; an empty confirmed one: none).
 */
public record CatalogueCell(String value, boolean confirmed) {

  public CatalogueCell {
    value = value == null ? "" : value.strip();
  }

  String cell() {
    return confirmed ? value : value + "?";
  }

  boolean isEmpty() {
    return value.isEmpty();
  }
}
