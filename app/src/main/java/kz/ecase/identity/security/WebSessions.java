package kz.ecase.identity.security;

import kz.ecase.platform.database.ReplicaReads;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The web UI's sessions live in PostgreSQL (Spring Session JDBC, tables {@code spring_session} and
 * {@code spring_session_attributes} of the identity migrations), so that any node behind the load
 * balancer serves a signed-in user and a session outlives the node that created it
 * (docs/scaling.md, Running N nodes). What a session holds: the signed-in account (its security
 * context), the CSRF token (Spring Security's session repository: a token issued by one node is
 * accepted by another), the request saved before sign-in. Timeout and cookie as configured under
 * {@code server.servlet.session}; the expired sessions are deleted every minute by each node (one
 * {@code delete ... where expiry_time < now}: harmless when two nodes run it at once).
 *
 * <p>Spring Session's reads and writes run in transactions of their own, named {@link
 * ReplicaReads#SESSION_TRANSACTION} so that {@code platform/database/OwnWrites} does not take a
 * session's last-access update for the user's own write (which would send all their reads to the
 * primary).
 */
@Configuration(proxyBeanMethods = false)
class WebSessions {

  /**
   * Found by Spring Session by its bean name; not a default candidate, so that everything else that
   * asks for a {@code TransactionTemplate} keeps Spring Boot's.
   */
  @Bean(defaultCandidate = false)
  TransactionOperations springSessionTransactionOperations(
      PlatformTransactionManager transactions) {
    TransactionTemplate template = new TransactionTemplate(transactions);
    template.setName(ReplicaReads.SESSION_TRANSACTION);
    template.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    return template;
  }
}
