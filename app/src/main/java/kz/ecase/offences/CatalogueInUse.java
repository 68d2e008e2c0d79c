package kz.ecase.offences;

import java.util.ArrayList;
import java.util.List;
import kz.ecase.offences.domain.CatalogueFiles;
import kz.ecase.offences.domain.CatalogueVersion;
import kz.ecase.offences.domain.OffenceCatalogue;
import kz.ecase.offences.persistence.CatalogueVersionStore;

/**
 * The catalogue in use: the shipped versions followed by those administrators made (stored in the
 * database). A version made on this node is in use at once ({@link #reload} after saving); one made
 * on another node is picked up by the next call after {@link #RECHECK_NANOS}, which asks only for
 * the highest stored number and reads the versions again when it changed. So every node uses a new
 * version within 20 seconds without a restart.
 */
public class CatalogueInUse {

  /** How long a node trusts its copy before it asks the database for a newer version. */
  static final long RECHECK_NANOS = 20_000_000_000L;

  private record Loaded(OffenceCatalogue catalogue, int highestStored, long checkedAt) {}

  private final OffenceCatalogue shipped;
  private final CatalogueVersionStore store;
  private volatile Loaded loaded;

  CatalogueInUse(OffenceCatalogue shipped, CatalogueVersionStore store) {
    this.shipped = shipped;
    this.store = store;
  }

  /** The catalogue with every version known now. */
  public OffenceCatalogue current() {
    Loaded now = loaded;
    if (now == null) {
      return reload();
    }
    if (System.nanoTime() - now.checkedAt() > RECHECK_NANOS) {
      synchronized (this) {
        now = loaded;
        if (System.nanoTime() - now.checkedAt() > RECHECK_NANOS) {
          if (store.highestVersion() != now.highestStored()) {
            return reload();
          }
          loaded = new Loaded(now.catalogue(), now.highestStored(), System.nanoTime());
        }
      }
    }
    return now.catalogue();
  }

  /** Reads the stored versions again and uses them from now on. */
  public synchronized OffenceCatalogue reload() {
    List<CatalogueVersion> versions = new ArrayList<>(shipped.versions());
    int highest = 0;
    for (CatalogueVersionStore.StoredVersion stored : store.all()) {
      versions.add(
          CatalogueFiles.version(stored.version(), stored.effectiveFrom(), stored.rowsCsv()));
      highest = Math.max(highest, stored.version());
    }
    OffenceCatalogue catalogue = new OffenceCatalogue(versions);
    loaded = new Loaded(catalogue, highest, System.nanoTime());
    return catalogue;
  }
}
