package io.github.sipcodes.interop;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.text.ParseException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Queue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sip.ClientTransaction;
import javax.sip.DialogTerminatedEvent;
import javax.sip.IOExceptionEvent;
import javax.sip.InvalidArgumentException;
import javax.sip.ListeningPoint;
import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;
import javax.sip.ServerTransaction;
import javax.sip.SipException;
import javax.sip.SipFactory;
import javax.sip.SipListener;
import javax.sip.SipProvider;
import javax.sip.SipStack;
import javax.sip.TimeoutEvent;
import javax.sip.TransactionTerminatedEvent;
import javax.sip.address.Address;
import javax.sip.address.AddressFactory;
import javax.sip.address.SipURI;
import javax.sip.header.CSeqHeader;
import javax.sip.header.CallIdHeader;
import javax.sip.header.HeaderFactory;
import javax.sip.header.ToHeader;
import javax.sip.header.ViaHeader;
import javax.sip.message.MessageFactory;
import javax.sip.message.Request;
import javax.sip.message.Response;

/**
 * A JAIN-SIP stack bound to 127.0.0.1 on a free UDP port, acting as a UAC (sends requests and queues the responses)
 * or as a UAS (answers every INVITE and REGISTER with the {@link WireCase} named by the user part of its {@code To}
 * URI).
 *
 * <p>Transactions are stateful, so JAIN-SIP retransmits over UDP (RFC 3261 §17.1.1.2 Timer A, §17.1.2.2 Timer E) and
 * acknowledges non-2xx final responses to INVITE itself (§17.1.1.3): a request sent before the peer's socket is
 * ready still arrives, and no test needs to sleep. Errors in JAIN-SIP's threads are collected and reported by
 * {@link #assertNoFailures()} instead of being lost.
 */
final class JainSipPeer implements SipListener, AutoCloseable {

  /** The only address the tests use. */
  static final String LOOPBACK = "127.0.0.1";

  private static final AtomicInteger STACKS = new AtomicInteger();
  private static final String UAS_TAG = "sipcodes-uas";

  private final boolean answering;
  private final SipStack stack;
  private final ListeningPoint listeningPoint;
  private final SipProvider provider;
  private final AddressFactory addresses;
  private final HeaderFactory headers;
  private final MessageFactory messages;
  private final Map<String, BlockingQueue<Response>> responsesByCallId = new ConcurrentHashMap<>();
  private final Queue<String> failures = new ConcurrentLinkedQueue<>();

  private JainSipPeer(boolean answering) throws Exception {
    this.answering = answering;
    SipFactory factory = SipFactory.getInstance();
    factory.setPathName("gov.nist");
    Properties properties = new Properties();
    // Stack names must be unique: SipFactory keeps every stack it created under its name.
    properties.setProperty(
        "javax.sip.STACK_NAME", (answering ? "sipcodes-uas-" : "sipcodes-uac-") + STACKS.incrementAndGet());
    properties.setProperty("javax.sip.AUTOMATIC_DIALOG_SUPPORT", "off");
    // By default each UDP datagram is processed on a thread of its own, so a 180 and a final response sent
    // back to back can reach the listener in either order, and a 180 arriving after the final response is dropped
    // by the completed transaction. One thread keeps the order of the wire.
    properties.setProperty("gov.nist.javax.sip.THREAD_POOL_SIZE", "1");
    // The default logger needs log4j 1.x, which is not on the test classpath (see JainSipLogger).
    properties.setProperty("gov.nist.javax.sip.STACK_LOGGER", JainSipLogger.class.getName());
    properties.setProperty("gov.nist.javax.sip.TRACE_LEVEL", "ERROR");
    this.stack = factory.createSipStack(properties);
    this.addresses = factory.createAddressFactory();
    this.headers = factory.createHeaderFactory();
    this.messages = factory.createMessageFactory();
    this.listeningPoint = bindFreeUdpPort(stack);
    this.provider = stack.createSipProvider(listeningPoint);
    provider.addSipListener(this);
    stack.start();
  }

  /** Starts a peer that sends requests. */
  static JainSipPeer uac() throws Exception {
    return new JainSipPeer(false);
  }

  /** Starts a peer that answers requests as {@link WireCase} says. */
  static JainSipPeer uas() throws Exception {
    return new JainSipPeer(true);
  }

  /** The UDP port this peer listens on. */
  int port() {
    return listeningPoint.getPort();
  }

  /**
   * Finds a free UDP port by binding port 0 and closing the socket, then binds JAIN-SIP to it. Another process can
   * take the port in between, so a failed bind is retried on a new port.
   */
  private static ListeningPoint bindFreeUdpPort(SipStack stack) throws Exception {
    for (int attempt = 1; ; attempt++) {
      try {
        return stack.createListeningPoint(LOOPBACK, freeUdpPort(), ListeningPoint.UDP);
      } catch (InvalidArgumentException portTaken) {
        if (attempt == 5) {
          throw portTaken;
        }
      }
    }
  }

  /** A UDP port that was free a moment ago on 127.0.0.1. */
  static int freeUdpPort() throws IOException {
    try (DatagramSocket socket = new DatagramSocket(0, InetAddress.getByAddress(new byte[] {127, 0, 0, 1}))) {
      return socket.getLocalPort();
    }
  }

  /**
   * Sends a request to a UAS on 127.0.0.1 and returns the queue that receives its responses.
   *
   * @param method {@code INVITE} or {@code REGISTER}
   * @param uasPort the UAS's UDP port
   * @param user the user part of the address of record ({@code To}); for INVITE also of the Request-URI
   */
  Exchange send(String method, int uasPort, String user) throws ParseException, SipException {
    SipURI target = addresses.createSipURI(user, LOOPBACK);
    target.setPort(uasPort);
    SipURI requestUri = (SipURI) target.clone();
    if (method.equals(Request.REGISTER)) {
      requestUri.setUser(null); // RFC 3261 §10.2: a REGISTER's Request-URI names the domain, no user
    }
    SipURI self = addresses.createSipURI("uac", LOOPBACK);
    self.setPort(port());
    Address to = addresses.createAddress(target);
    Address from = method.equals(Request.REGISTER) ? to : addresses.createAddress(self);
    CallIdHeader callId = provider.getNewCallId();
    try {
      ViaHeader via = headers.createViaHeader(LOOPBACK, port(), ListeningPoint.UDP, null);
      CSeqHeader cseq = headers.createCSeqHeader(1L, method);
      Request request =
          messages.createRequest(
              requestUri,
              method,
              callId,
              cseq,
              headers.createFromHeader(from, "sipcodes-uac"),
              headers.createToHeader(to, null),
              List.of(via),
              headers.createMaxForwardsHeader(70));
      request.addHeader(headers.createContactHeader(addresses.createAddress(self)));
      if (method.equals(Request.REGISTER)) {
        request.addHeader(headers.createExpiresHeader(3600));
      }
      BlockingQueue<Response> responses = new LinkedBlockingQueue<>();
      responsesByCallId.put(callId.getCallId(), responses);
      ClientTransaction transaction = provider.getNewClientTransaction(request);
      transaction.sendRequest();
      return new Exchange(method, responses);
    } catch (InvalidArgumentException e) {
      throw new IllegalStateException("JAIN-SIP refused a fixed header value", e);
    }
  }

  /** The responses to one request, in the order they arrived. */
  final class Exchange {
    private final String method;
    private final BlockingQueue<Response> responses;

    private Exchange(String method, BlockingQueue<Response> responses) {
      this.method = method;
      this.responses = responses;
    }

    /** Waits at most {@code timeout} for the next response, failing the test if none comes. */
    Response next(Duration timeout) throws InterruptedException {
      Response response = responses.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
      if (response == null) {
        return fail("No response to " + method + " within " + timeout + "; stack errors: " + failures);
      }
      return response;
    }
  }

  /** Fails the test if JAIN-SIP reported an error in one of its threads (a timeout, an I/O error, a bad request). */
  void assertNoFailures() {
    if (!failures.isEmpty()) {
      fail("JAIN-SIP reported: " + failures);
    }
  }

  @Override
  public void processRequest(RequestEvent event) {
    Request request = event.getRequest();
    if (!answering || request.getMethod().equals(Request.ACK)) {
      return; // the ACK for a non-2xx final response is absorbed by the server transaction anyway
    }
    try {
      ServerTransaction transaction = event.getServerTransaction();
      if (transaction == null) {
        transaction = provider.getNewServerTransaction(request);
      }
      ToHeader to = (ToHeader) request.getHeader(ToHeader.NAME);
      WireCase answer = WireCase.forUser(((SipURI) to.getAddress().getURI()).getUser());
      if (request.getMethod().equals(Request.INVITE)) {
        transaction.sendResponse(response(request, Response.RINGING, "Ringing"));
      }
      Response last = response(request, answer.code(), answer.reasonPhrase());
      for (String line : answer.headerLines()) {
        int colon = line.indexOf(':');
        last.addHeader(headers.createHeader(line.substring(0, colon), line.substring(colon + 1).strip()));
      }
      transaction.sendResponse(last);
    } catch (Exception e) {
      failures.add("UAS could not answer " + request.getMethod() + ": " + e);
    }
  }

  private Response response(Request request, int code, String reasonPhrase) throws ParseException {
    Response response = messages.createResponse(code, request);
    response.setReasonPhrase(reasonPhrase);
    ((ToHeader) response.getHeader(ToHeader.NAME)).setTag(UAS_TAG);
    return response;
  }

  @Override
  public void processResponse(ResponseEvent event) {
    Response response = event.getResponse();
    CallIdHeader callId = (CallIdHeader) response.getHeader(CallIdHeader.NAME);
    BlockingQueue<Response> responses = responsesByCallId.get(callId.getCallId());
    if (responses == null) {
      failures.add("Response to an unknown request: " + response.getStatusCode());
    } else {
      responses.add(response);
    }
  }

  @Override
  public void processTimeout(TimeoutEvent event) {
    failures.add("Transaction timed out: " + event.getTimeout());
  }

  @Override
  public void processIOException(IOExceptionEvent event) {
    failures.add("I/O error with " + event.getHost() + ":" + event.getPort());
  }

  @Override
  public void processTransactionTerminated(TransactionTerminatedEvent event) {
    // Normal end of a transaction: nothing to record.
  }

  @Override
  public void processDialogTerminated(DialogTerminatedEvent event) {
    // No dialogs are created (AUTOMATIC_DIALOG_SUPPORT is off).
  }

  /** Stops the stack and frees its port and threads. */
  @Override
  public void close() {
    stack.stop();
  }
}
