package kz.ecase.ledger.persistence;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import kz.ecase.merkle.Hash;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Hashes of complete subtrees: leaves (level 0) from {@code ledger_leaves}, interior nodes from
 * {@code ledger_nodes}; neither is ever detached, so proofs of archived entries work as others.
 * Reads many nodes in one query, so that a proof costs one round trip, and keeps the upper levels
 * in memory: a complete subtree never changes, and levels from {@value #CACHED_FROM_LEVEL} up are
 * few (one node per 2^10 entries and above) yet half of every proof.
 */
@Repository
public class TreeNodes {

  /** Address of a complete subtree. */
  public record Address(int level, long index) {}

  static final int CACHED_FROM_LEVEL = 10;
  private static final int CACHE_LIMIT = 1_000_000;

  private final JdbcClient jdbc;
  private final Map<Address, Hash> upperLevels = new ConcurrentHashMap<>();

  TreeNodes(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The hashes at the given addresses; addresses that are not stored are missing from the map. */
  public Map<Address, Hash> read(Set<Address> addresses) {
    return read(jdbc, addresses);
  }

  /**
   * The same, read through {@code source} (the read replica's client for proofs served to
   * verifiers: complete subtrees never change, so any server that has them answers alike).
   */
  public Map<Address, Hash> read(JdbcClient source, Set<Address> addresses) {
    Map<Address, Hash> hashes = new HashMap<>();
    Set<Address> missing = new HashSet<>();
    for (Address address : addresses) {
      Hash cached = upperLevels.get(address);
      if (cached != null) {
        hashes.put(address, cached);
      } else {
        missing.add(address);
      }
    }
    if (!missing.isEmpty()) {
      readStored(source, missing, hashes);
    }
    return hashes;
  }

  private void readStored(JdbcClient source, Set<Address> addresses, Map<Address, Hash> hashes) {
    Long[] leaves =
        addresses.stream().filter(a -> a.level() == 0).map(Address::index).toArray(Long[]::new);
    List<Address> interior = addresses.stream().filter(a -> a.level() > 0).toList();
    source
        .sql(
            """
            select 0 as level, idx, leaf_hash as hash from ledger_leaves where idx = any(:leaves)
            union all
            select n.level, n.idx, n.hash from ledger_nodes n
            join unnest(:levels, :indexes) as wanted(level, idx)
              on n.level = wanted.level and n.idx = wanted.idx
            """)
        .param("leaves", leaves)
        .param("levels", interior.stream().map(a -> (short) a.level()).toArray(Short[]::new))
        .param("indexes", interior.stream().map(Address::index).toArray(Long[]::new))
        .query(
            (RowCallbackHandler)
                rs -> {
                  Address address = new Address(rs.getInt(1), rs.getLong(2));
                  Hash hash = new Hash(rs.getBytes(3));
                  hashes.put(address, hash);
                  if (address.level() >= CACHED_FROM_LEVEL && upperLevels.size() < CACHE_LIMIT) {
                    upperLevels.put(address, hash);
                  }
                });
  }
}
