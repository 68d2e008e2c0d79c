package kz.ecase.simulators;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.json.JsonMapper;

/**
 * Running simulators of Kazakhstan's state registries: one HTTP server answering for every {@link
 * Registry} under {@code /<id>/…}, with the admin API under {@code /admin/} and {@code /health}.
 * Each request runs on its own thread from an unbounded pool, so injected latency and hangs never
 * make other requests queue. Start it with {@link #start(int)} (port 0 picks a free port), change a
 * registry's {@link Behaviour} with {@link #configure}, and close it when done.
 */
public final class RegistrySimulators implements AutoCloseable {

  /** The port the command line listens on unless told otherwise. */
  public static final int DEFAULT_PORT = 8090;

  /** Kazakhstan's time zone, which says what day it is for the synthetic data. */
  public static final ZoneId KAZAKHSTAN = ZoneId.of("Asia/Almaty");

  private static final int BACKLOG = 512;

  /**
   * The JDK's server writes a response's headers and body separately; with Nagle's algorithm on
   * (its default) the body then waits for the client's delayed ACK, adding about 40 ms to every
   * answer on a reused connection. Latency must be only what is configured, so unless the JVM was
   * told otherwise, the simulators turn it off for the JDK's HTTP servers of this JVM.
   */
  private static final String NO_DELAY = "sun.net.httpserver.nodelay";

  static {
    if (System.getProperty(NO_DELAY) == null) {
      System.setProperty(NO_DELAY, "true");
    }
  }

  private static final Map<String, String> UP = Map.of("status", "UP");

  private final HttpServer server;
  private final ExecutorService threads;
  private final Behaviours behaviours;
  private final SmsGateway sms;
  private AisBep enforcement;
  private Court court;
  private final PaymentProvider paymentProvider;

  private RegistrySimulators(
      HttpServer server,
      ExecutorService threads,
      Behaviours behaviours,
      SmsGateway sms,
      PaymentProvider paymentProvider) {
    this.server = server;
    this.threads = threads;
    this.behaviours = behaviours;
    this.sms = sms;
    this.paymentProvider = paymentProvider;
  }

  /** Starts the simulators on the loopback interface; port 0 picks a free port. */
  public static RegistrySimulators start(int port) {
    return start(port, Clock.system(KAZAKHSTAN));
  }

  /** Starts the simulators on the loopback interface, with today's date read from {@code clock}. */
  public static RegistrySimulators start(int port, Clock clock) {
    return start(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), clock);
  }

  /** Starts the simulators on this address, with today's date read from {@code clock}. */
  public static RegistrySimulators start(InetSocketAddress address, Clock clock) {
    ExecutorService threads = Executors.newCachedThreadPool(daemonThreads());
    try {
      HttpServer server = HttpServer.create(address, BACKLOG);
      Behaviours behaviours = new Behaviours();
      JsonMapper mapper = JsonMapper.builder().build();
      AnswerWriter writer = new AnswerWriter(mapper);
      Map<Registry, RegistryLookup> lookups = SyntheticRegistries.over(new Population(clock));
      lookups.forEach(
          (registry, lookup) ->
              server.createContext(
                  "/" + registry.id() + "/",
                  new RegistryEndpoint(registry, lookup, behaviours, writer)));
      SmsGateway sms = new SmsGateway(mapper, writer);
      server.createContext("/sms/", sms);
      server.createContext(SmsGateway.ADMIN_PATH, sms.admin());
      AisBep enforcement = new AisBep(mapper, writer, clock);
      server.createContext("/enforcement/", enforcement);
      server.createContext(AisBep.ADMIN_PATH, enforcement.admin());
      Court court = new Court(mapper, writer, clock);
      server.createContext("/court/", court);
      server.createContext(Court.ADMIN_PATH, court.admin());
      PaymentProvider paymentProvider = new PaymentProvider(mapper, writer, clock);
      server.createContext(PaymentProvider.PATH + "/", paymentProvider);
      server.createContext(
          PaymentProvider.ADMIN_PATH, new PaymentProviderAdmin(paymentProvider, mapper, writer));
      server.createContext("/admin/", new AdminEndpoint(behaviours, mapper, writer));
      server.createContext("/health", exchange -> reply(writer, exchange, Answer.ok(UP)));
      server.createContext("/", exchange -> reply(writer, exchange, Answer.UNKNOWN_PATH));
      server.setExecutor(threads);
      server.start();
      RegistrySimulators simulators =
          new RegistrySimulators(server, threads, behaviours, sms, paymentProvider);
      simulators.enforcement = enforcement;
      simulators.court = court;
      return simulators;
    } catch (IOException e) {
      threads.shutdownNow();
      throw new UncheckedIOException("cannot listen on " + address, e);
    }
  }

  private static void reply(AnswerWriter writer, HttpExchange exchange, Answer answer)
      throws IOException {
    try {
      writer.send(exchange, answer);
    } finally {
      exchange.close();
    }
  }

  private static ThreadFactory daemonThreads() {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, "registry-simulator-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  /** The port the simulators listen on. */
  public int port() {
    return server.getAddress().getPort();
  }

  /** Where the simulators answer, e.g. {@code http://127.0.0.1:8090}, without a trailing slash. */
  public String baseUrl() {
    InetAddress address = server.getAddress().getAddress();
    String host = address.isAnyLocalAddress() ? "127.0.0.1" : address.getHostAddress();
    return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port();
  }

  /** Where one registry answers, e.g. {@code http://127.0.0.1:8090/population}. */
  public String baseUrl(Registry registry) {
    return baseUrl() + "/" + registry.id();
  }

  /** The registry's current behaviour. */
  public Behaviour behaviour(Registry registry) {
    return behaviours.of(registry);
  }

  /** Makes the registry behave so from the next request on. */
  public void configure(Registry registry, Behaviour behaviour) {
    behaviours.set(registry, behaviour);
  }

  /** Every registry back to {@link Behaviour#DEFAULT}. */
  public void reset() {
    behaviours.reset();
  }

  /** Where the SMS gateway answers, e.g. {@code http://127.0.0.1:8090/sms}. */
  public String smsBaseUrl() {
    return baseUrl() + "/sms";
  }

  /** The SMS gateway's current behaviour. */
  public Behaviour smsBehaviour() {
    return sms.behaviour();
  }

  /** Makes the SMS gateway behave so from the next request on (e.g. an outage). */
  public void configureSms(Behaviour behaviour) {
    sms.configure(behaviour);
  }

  /** The texts of the SMS messages the gateway accepted for this phone, in no particular order. */
  public java.util.List<String> smsSentTo(String phone) {
    return sms.sentTo(phone).stream().map(SmsMessage::text).toList();
  }

  /** The message accepted with this client reference, if any. */
  public java.util.Optional<SmsMessage> smsWithClientRef(String clientRef) {
    return java.util.Optional.ofNullable(sms.withClientRef(clientRef));
  }

  /** Which accepted messages the gateway reports as not delivered. */
  public SmsDelivery smsDelivery() {
    return sms.delivery();
  }

  /** Makes the gateway report so for the messages it accepts from now on. */
  public void configureSmsDelivery(SmsDelivery delivery) {
    sms.configure(delivery);
  }

  /** The simulated AIS BEP (enforcement), under {@code /enforcement}: its cases and controls. */
  public AisBep enforcement() {
    return enforcement;
  }

  /** The simulated court system, under {@code /court}: its cases, files and controls. */
  public Court court() {
    return court;
  }

  /** The simulated payment provider, answering under {@code /payment-provider}. */
  public PaymentProvider paymentProvider() {
    return paymentProvider;
  }

  /** Where the payment provider answers, e.g. {@code http://127.0.0.1:8090/payment-provider}. */
  public String paymentProviderUrl() {
    return baseUrl() + PaymentProvider.PATH;
  }

  /** Stops listening and drops the requests still waiting (hanging ones included). */
  @Override
  public void close() {
    paymentProvider.close();
    server.stop(0);
    threads.shutdownNow();
  }
}
