package kz.ecase.ledger.tree;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import kz.ecase.ledger.persistence.TreeNodes;
import kz.ecase.ledger.persistence.TreeNodes.Address;
import kz.ecase.merkle.Hash;
import kz.ecase.merkle.MerkleTree;
import kz.ecase.merkle.NodeStore;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Roots and proofs over the stored tree in one database round trip: which subtrees a proof needs
 * depends only on the sizes and indexes, so a first pass over a recording store collects their
 * addresses, one query reads them, and a second pass computes the answer.
 */
final class StoredTree {

  private static final Hash PLACEHOLDER = new Hash(new byte[32]);

  private StoredTree() {}

  static <T> T compute(TreeNodes stored, long size, Function<MerkleTree, T> question) {
    return compute(stored, null, size, question);
  }

  /** The same over the subtrees as {@code source} has them (null: the primary). */
  static <T> T compute(
      TreeNodes stored, JdbcClient source, long size, Function<MerkleTree, T> question) {
    Set<Address> wanted = new LinkedHashSet<>();
    question.apply(
        new MerkleTree(
            new SizedStore(
                size,
                address -> {
                  wanted.add(address);
                  return PLACEHOLDER;
                })));
    Map<Address, Hash> hashes = source == null ? stored.read(wanted) : stored.read(source, wanted);
    return question.apply(
        new MerkleTree(
            new SizedStore(
                size,
                address -> {
                  Hash hash = hashes.get(address);
                  if (hash == null) {
                    throw new IllegalStateException("The ledger lacks the subtree " + address);
                  }
                  return hash;
                })));
  }

  /** A tree of a fixed size whose subtrees some function supplies. */
  private record SizedStore(long size, Function<Address, Hash> subtrees) implements NodeStore {

    @Override
    public Hash subtree(int level, long index) {
      return subtrees.apply(new Address(level, index));
    }
  }
}
