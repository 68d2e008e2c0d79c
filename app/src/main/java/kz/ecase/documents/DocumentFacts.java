package kz.ecase.documents;

/**
 * What anyone who checks an issued document may learn about it, besides its unit and date: its
 * kind, as the paper titles it in Kazakh and Russian, and its number. Never a name, an IIN, a plate
 * or the document's text.
 *
 * @param number the document's number, or the number of the record it belongs to (a protocol's
 *     number for its acts, a case's for its documents); null when it has none
 */
public record DocumentFacts(String kindKk, String kindRu, String number) {

  public DocumentFacts {
    if (kindKk == null || kindKk.isBlank() || kindRu == null || kindRu.isBlank()) {
      throw new IllegalArgumentException("A document's kind is titled in Kazakh and Russian");
    }
    if (number != null && number.isBlank()) {
      number = null;
    }
  }

  /** The kind in the reader's language: Kazakh for {@code kk}, otherwise Russian (as printed). */
  public String kind(String language) {
    return "kk".equals(language) ? kindKk : kindRu;
  }
}
