package kz.ecase.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.TransactionExecution;

/**
 * A user's own write sends their reads to the primary until the replica has it; the web session's
 * own transactions (Spring Session updating the last access time on every signed-in request) do
 * not.
 */
class OwnWritesTest {

  JdbcClient primary = mock(JdbcClient.class, RETURNS_DEEP_STUBS);
  OwnWrites ownWrites = new OwnWrites(primary);

  @BeforeEach
  void signedIn() {
    when(primary.sql("select pg_current_wal_lsn()::text").query(String.class).single())
        .thenReturn("0/16B3748");
    SecurityContextHolder.getContext()
        .setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated(
                "officer", null, AuthorityUtils.createAuthorityList("ROLE_OFFICER")));
  }

  @AfterEach
  void signedOut() {
    SecurityContextHolder.clearContext();
  }

  @Test
  void aReadWriteTransactionOfTheUserIsTheirOwnWrite() {
    ownWrites.afterCommit(transaction("kz.ecase.offences.Registrations.register"), null);

    assertThat(ownWrites.lastWriteOfCurrentUser()).isEqualTo(Lsn.parse("0/16B3748"));
  }

  @Test
  void theWebSessionsTransactionsAreNot() {
    ownWrites.afterCommit(transaction(ReplicaReads.SESSION_TRANSACTION), null);

    assertThat(ownWrites.lastWriteOfCurrentUser()).isEqualTo(-1);
  }

  @Test
  void norAreReadOnlyOrFailedOnes() {
    ownWrites.afterCommit(transaction("read", true), null);
    ownWrites.afterCommit(transaction("failed"), new IllegalStateException("rolled back"));

    assertThat(ownWrites.lastWriteOfCurrentUser()).isEqualTo(-1);
  }

  private static TransactionExecution transaction(String name) {
    return transaction(name, false);
  }

  private static TransactionExecution transaction(String name, boolean readOnly) {
    return new TransactionExecution() {
      @Override
      public String getTransactionName() {
        return name;
      }

      @Override
      public boolean isNewTransaction() {
        return true;
      }

      @Override
      public boolean isReadOnly() {
        return readOnly;
      }

      @Override
      public void setRollbackOnly() {}

      @Override
      public boolean isRollbackOnly() {
        return false;
      }

      @Override
      public boolean isCompleted() {
        return true;
      }
    };
  }
}
