package kz.ecase.procedure.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import kz.ecase.procedure.BrokerProperties;
import kz.ecase.procedure.BrokerRoute;
import kz.ecase.procedure.OutboxQueue;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.AmqpConnectException;
import org.springframework.amqp.rabbit.connection.Connection;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** While the broker cannot be reached the relay claims no row and backs off (1 s, 2 s, 4 s …). */
class OutboxRelayTest {

  static final Instant T0 = Instant.parse("2026-12-08T09:00:00Z");

  final ConnectionFactory connections = mock(ConnectionFactory.class);
  final RelayedRows rows = mock(RelayedRows.class);
  final TransactionTemplate transactions = mock(TransactionTemplate.class);
  final BrokerRoute route =
      new BrokerRoute(
          "sms",
          new OutboxQueue("sms_outbox", "id", "attempts", "status = 'PENDING'", null),
          true,
          keys -> {});
  final BrokerProperties properties =
      new BrokerProperties(
          "amqp://localhost",
          "ecase.outbox.",
          Duration.ofMillis(200),
          128,
          Duration.ofSeconds(5),
          Duration.ofMinutes(10),
          Duration.ofSeconds(1),
          Duration.ofSeconds(30),
          2);
  final OutboxRelay relay =
      new OutboxRelay(
          List.of(route), properties, connections, mock(RabbitTemplate.class), transactions, rows);

  @Test
  void aBrokerDownIsTriedAgainWithBackOffAndNoRowIsClaimed() {
    when(connections.createConnection())
        .thenThrow(new AmqpConnectException(new java.net.ConnectException("refused")));

    assertThat(relay.relay(T0)).isZero();
    assertThat(relay.brokerDown()).isTrue();
    relay.relay(T0.plusMillis(900)); // before the first back-off ends: not even a try
    verify(connections, times(1)).createConnection();
    relay.relay(T0.plusSeconds(1)); // second failure: next after 2 s
    relay.relay(T0.plusMillis(2900));
    verify(connections, times(2)).createConnection();
    relay.relay(T0.plusSeconds(3));
    verify(connections, times(3)).createConnection();

    verify(transactions, never()).execute(any());
    verify(rows, never()).due(any(), any(), any(), org.mockito.ArgumentMatchers.anyInt());
  }

  @Test
  void whenTheBrokerIsBackTheRelayClaimsAgainAtOnce() {
    when(connections.createConnection())
        .thenThrow(new AmqpConnectException(new java.net.ConnectException("refused")))
        .thenReturn(mock(Connection.class));
    when(transactions.execute(any())).thenReturn(0);

    relay.relay(T0);
    relay.relay(T0.plusSeconds(1));

    assertThat(relay.brokerDown()).isFalse();
    verify(transactions, times(1)).execute(any());
    relay.relay(T0.plusMillis(1200)); // no back-off any more
    verify(transactions, times(2)).execute(any());
  }
}
