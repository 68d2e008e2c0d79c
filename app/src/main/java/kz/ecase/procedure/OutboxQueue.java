package kz.ecase.procedure;

/**
 * An outbox table as the kernel's claims see it: its key column, the counter of attempts (or of
 * report polls), which rows wait to be worked on, and an optional column that records when a row
 * was last claimed. Every row has {@code next_attempt_at}, when it is due (null: nothing more to
 * do). The names are the owning module's constants, written into the statement (never user input);
 * partial indexes on the literal condition keep a claim an index range scan.
 *
 * @param table the outbox table
 * @param key its primary key column
 * @param counter the column counted up by each claim (e.g. {@code attempts})
 * @param waiting which rows may be claimed, e.g. {@code status = 'PENDING'} ({@code true}: all)
 * @param claimedAt a column set to the moment of the claim, or null
 */
public record OutboxQueue(
    String table, String key, String counter, String waiting, String claimedAt) {

  public OutboxQueue {
    for (String name : new String[] {table, key, counter}) {
      if (name == null || !name.matches("[a-z_]+")) {
        throw new IllegalArgumentException("not a column or table name: " + name);
      }
    }
    if (claimedAt != null && !claimedAt.matches("[a-z_]+")) {
      throw new IllegalArgumentException("not a column name: " + claimedAt);
    }
  }
}
