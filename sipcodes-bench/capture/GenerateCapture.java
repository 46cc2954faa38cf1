import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a pcap capture (Ethernet, IPv4, microseconds) of SIP traffic for trace-vs-tshark.sh: calls between phones
 * and a provider's server with a realistic mix of outcomes (answered calls with ACK and BYE; busy with a Q.850 Reason;
 * 503 with Retry-After and Warning; 480 with Reason; 407 then an answered call; CANCEL with Reason SIP;cause=200 and
 * its 487), registrations answered 401 then 200, OPTIONS keep-alives, a little RTP, and every tenth call over TCP.
 *
 * <p>Run with the JDK's source launcher: {@code java GenerateCapture.java OUT.pcap PACKETS}. Prints the number of
 * packets written. Deterministic: the same arguments give the same file.
 */
public final class GenerateCapture {

  private static final int SERVER = 0xC6336414; // 198.51.100.20
  private static final int PORT = 5060;

  private final OutputStream out;
  private long packets;
  private long micros = 1_700_000_000_000_000L;
  private final ByteBuffer header = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
  /** The next TCP sequence number per phone, each way: one connection per phone. */
  private final int[] tcpSequenceOut = new int[256];
  private final int[] tcpSequenceIn = new int[256];

  private GenerateCapture(OutputStream out) {
    this.out = out;
  }

  public static void main(String[] args) throws IOException {
    long wanted = Long.parseLong(args[1]);
    try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(Path.of(args[0])), 1 << 20)) {
      GenerateCapture capture = new GenerateCapture(file);
      capture.fileHeader();
      for (int call = 0; capture.packets < wanted; call++) {
        capture.call(call);
      }
      System.out.println(capture.packets);
    }
  }

  private void fileHeader() throws IOException {
    ByteBuffer b = ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN);
    b.putInt(0xA1B2C3D4).putShort((short) 2).putShort((short) 4).putInt(0).putInt(0).putInt(65535).putInt(1);
    out.write(b.array());
  }

  private void call(int n) throws IOException {
    int phone = 0xC0000200 | (n % 200 + 10); // 192.0.2.10 - 192.0.2.209
    boolean tcp = n % 10 == 9;
    String id = "c" + n + "@gen.example";
    switch (n % 20) {
      case 0 -> {
        String branch = "z9hG4bK-r" + n;
        send(phone, true, tcp, request("REGISTER", id, 1, branch, ""));
        send(phone, false, tcp, response(401, "Unauthorized", id, 1, "REGISTER", branch,
            "WWW-Authenticate: Digest realm=\"gen.example\", nonce=\"" + n + "\"\r\n"));
        send(phone, true, tcp, request("REGISTER", id, 2, branch + "b", "Authorization: Digest username=\"u\"\r\n"));
        send(phone, false, tcp, response(200, "OK", id, 2, "REGISTER", branch + "b", "Expires: 3600\r\n"));
        return;
      }
      case 1 -> {
        String branch = "z9hG4bK-o" + n;
        send(phone, false, tcp, request("OPTIONS", id, 1, branch, ""));
        send(phone, true, tcp, response(200, "OK", id, 1, "OPTIONS", branch, ""));
        return;
      }
      default -> { }
    }
    String branch = "z9hG4bK-i" + n;
    send(phone, true, tcp, invite(id, 1, branch));
    send(phone, false, tcp, response(100, "Trying", id, 1, "INVITE", branch, ""));
    int kind = n % 20;
    if (kind == 2) {
      send(phone, false, tcp, response(407, "Proxy Authentication Required", id, 1, "INVITE", branch,
          "Proxy-Authenticate: Digest realm=\"gen.example\", nonce=\"p" + n + "\"\r\n"));
      send(phone, true, tcp, request("ACK", id, 1, branch, ""));
      branch = branch + "b";
      send(phone, true, tcp, invite(id, 2, branch));
      send(phone, false, tcp, response(100, "Trying", id, 2, "INVITE", branch, ""));
      answered(phone, tcp, id, 2, branch);
      return;
    }
    send(phone, false, tcp, response(180, "Ringing", id, 1, "INVITE", branch, ""));
    if (!tcp && n % 7 == 0) {
      send(phone, false, false, response(180, "Ringing", id, 1, "INVITE", branch, "")); // resent
    }
    switch (kind) {
      case 3, 4 -> failed(phone, tcp, id, branch, response(486, "Busy Here", id, 1, "INVITE", branch,
          "Reason: Q.850;cause=17;text=\"User busy\"\r\nRetry-After: 300\r\n"));
      case 5 -> failed(phone, tcp, id, branch, response(503, "Service Unavailable", id, 1, "INVITE", branch,
          "Retry-After: 30\r\nWarning: 399 sbc.gen.example \"Trunk group full\"\r\n"
              + "Reason: Q.850;cause=34\r\n"));
      case 6 -> failed(phone, tcp, id, branch, response(480, "Temporarily Unavailable", id, 1, "INVITE", branch,
          "Reason: Q.850;cause=19;text=\"No answer from user\"\r\n"));
      case 7 -> failed(phone, tcp, id, branch, response(404, "Not Found", id, 1, "INVITE", branch, ""));
      case 8 -> {
        send(phone, true, tcp, request("CANCEL", id, 1, branch,
            "Reason: SIP;cause=200;text=\"Call completed elsewhere\"\r\n"));
        send(phone, false, tcp, response(200, "OK", id, 1, "CANCEL", branch, ""));
        failed(phone, tcp, id, branch, response(487, "Request Terminated", id, 1, "INVITE", branch, ""));
      }
      case 9 -> failed(phone, tcp, id, branch, response(488, "Not Acceptable Here", id, 1, "INVITE", branch,
          "Warning: 305 sbc.gen.example \"Incompatible media format\"\r\n"));
      default -> answered(phone, tcp, id, 1, branch);
    }
  }

  private void failed(int phone, boolean tcp, String id, String branch, String response) throws IOException {
    send(phone, false, tcp, response);
    send(phone, true, tcp, request("ACK", id, 1, branch, ""));
  }

  private void answered(int phone, boolean tcp, String id, int cseq, String branch) throws IOException {
    send(phone, false, tcp, response(200, "OK", id, cseq, "INVITE", branch,
        "Contact: <sip:server@198.51.100.20>\r\nContent-Type: application/sdp\r\n"));
    send(phone, true, tcp, request("ACK", id, cseq, branch + "a", ""));
    for (int i = 0; i < 3; i++) {
      rtp(phone, i);
    }
    send(phone, true, tcp, request("BYE", id, cseq + 1, branch + "y", ""));
    send(phone, false, tcp, response(200, "OK", id, cseq + 1, "BYE", branch + "y", ""));
  }

  private static String invite(String id, int cseq, String branch) {
    String sdp = "v=0\r\no=- 1 1 IN IP4 192.0.2.10\r\ns=-\r\nc=IN IP4 192.0.2.10\r\nt=0 0\r\n"
        + "m=audio 49170 RTP/AVP 0 8 101\r\na=rtpmap:101 telephone-event/8000\r\n";
    return "INVITE sip:+4930123456@gen.example SIP/2.0\r\n" + common(id, cseq, "INVITE", branch, false)
        + "Contact: <sip:alice@192.0.2.10>\r\nContent-Type: application/sdp\r\nContent-Length: " + sdp.length()
        + "\r\n\r\n" + sdp;
  }

  private static String request(String method, String id, int cseq, String branch, String extra) {
    return method + " sip:gen.example SIP/2.0\r\n" + common(id, cseq, method, branch, false) + extra
        + "Content-Length: 0\r\n\r\n";
  }

  private static String response(int code, String phrase, String id, int cseq, String method, String branch,
      String extra) {
    return "SIP/2.0 " + code + " " + phrase + "\r\n" + common(id, cseq, method, branch, code > 100) + extra
        + "Server: gen-sbc/1.0\r\nContent-Length: 0\r\n\r\n";
  }

  private static String common(String id, int cseq, String method, String branch, boolean toTag) {
    return "Via: SIP/2.0/UDP 192.0.2.10:5060;branch=" + branch + ";rport\r\nMax-Forwards: 70\r\n"
        + "From: \"Alice\" <sip:alice@gen.example>;tag=f" + id.hashCode() + "\r\n"
        + "To: <sip:+4930123456@gen.example>" + (toTag ? ";tag=t" + id.hashCode() : "") + "\r\n"
        + "Call-ID: " + id + "\r\nCSeq: " + cseq + " " + method + "\r\nUser-Agent: gen-phone/2.1\r\n";
  }

  private void rtp(int phone, int i) throws IOException {
    byte[] payload = new byte[172];
    payload[0] = (byte) 0x80;
    payload[3] = (byte) i;
    packet(ipv4(phone, SERVER, 17, udp(40000, 20000, payload)));
  }

  private void send(int phone, boolean fromPhone, boolean tcp, String message) throws IOException {
    byte[] sip = message.getBytes(StandardCharsets.UTF_8);
    int src = fromPhone ? phone : SERVER;
    int dst = fromPhone ? SERVER : phone;
    if (!tcp) {
      packet(ipv4(src, dst, 17, udp(PORT, PORT, sip)));
      return;
    }
    int[] sequences = fromPhone ? tcpSequenceOut : tcpSequenceIn;
    int connection = phone & 0xFF;
    packet(ipv4(src, dst, 6, tcpSegment(fromPhone ? 40001 : PORT, fromPhone ? PORT : 40001,
        sequences[connection] + 1, sip)));
    sequences[connection] += sip.length;
  }

  private static byte[] udp(int srcPort, int dstPort, byte[] payload) {
    ByteBuffer b = ByteBuffer.allocate(8 + payload.length);
    b.putShort((short) srcPort).putShort((short) dstPort).putShort((short) (8 + payload.length)).putShort((short) 0);
    return b.put(payload).array();
  }

  private static byte[] tcpSegment(int srcPort, int dstPort, int sequence, byte[] payload) {
    ByteBuffer b = ByteBuffer.allocate(20 + payload.length);
    b.putShort((short) srcPort).putShort((short) dstPort).putInt(sequence).putInt(1);
    b.put((byte) 0x50).put((byte) 0x18).putShort((short) 65535).putShort((short) 0).putShort((short) 0);
    return b.put(payload).array();
  }

  private static byte[] ipv4(int src, int dst, int protocol, byte[] payload) {
    ByteBuffer b = ByteBuffer.allocate(20 + payload.length);
    b.put((byte) 0x45).put((byte) 0).putShort((short) (20 + payload.length)).putShort((short) 0)
        .putShort((short) 0x4000).put((byte) 64).put((byte) protocol).putShort((short) 0).putInt(src).putInt(dst);
    byte[] ip = b.put(payload).array();
    int sum = 0;
    for (int i = 0; i < 20; i += 2) {
      sum += ((ip[i] & 0xFF) << 8) | (ip[i + 1] & 0xFF);
    }
    sum = (sum & 0xFFFF) + (sum >>> 16);
    sum = (sum & 0xFFFF) + (sum >>> 16);
    ip[10] = (byte) (~sum >> 8);
    ip[11] = (byte) ~sum;
    return ip;
  }

  private void packet(byte[] ip) throws IOException {
    byte[] frame = new byte[14 + ip.length];
    frame[0] = 0x02;
    frame[6] = 0x02;
    frame[11] = 1;
    frame[12] = 0x08;
    System.arraycopy(ip, 0, frame, 14, ip.length);
    micros += 2_000;
    header.clear();
    header.putInt((int) (micros / 1_000_000)).putInt((int) (micros % 1_000_000)).putInt(frame.length)
        .putInt(frame.length);
    out.write(header.array());
    out.write(frame);
    packets++;
  }
}
