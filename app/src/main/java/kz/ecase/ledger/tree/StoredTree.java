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

/**
 * Roots and proofs over the stored tree in one database round trip: which subtrees a proof needs
 * depends only on the sizes and indexes, so a first pass over a recording store collects their
 * addresses, one query reads them, and a second pass computes the answer.
 */
final class StoredTree {

  private static final Hash PLACEHOLDER = new Hash(new byte[32]);

  private StoredTree() {}

  static <T> T compute(TreeNodes stored, long size, Function<MerkleTree, T> question) {
    Set<Address> wanted = new LinkedHashSet<>();
    question.apply(
        new MerkleTree(
            new NodeStore() {
              @Override
              public long size() {
                return size;
              }

              @Override
              public Hash subtree(int level, long index) {
                wanted.add(new Address(level, index));
                return PLACEHOLDER;
              }
            }));
    Map<Address, Hash> hashes = stored.read(wanted);
    return question.apply(
        new MerkleTree(
            new NodeStore() {
              @Override
              public long size() {
                return size;
              }

              @Override
              public Hash subtree(int level, long index) {
                Hash hash = hashes.get(new Address(level, index));
                if (hash == null) {
                  throw new IllegalStateException(
                      "The ledger lacks the subtree at level " + level + ", index " + index);
                }
                return hash;
              }
            }));
  }
}
