package org.yikatong.simulator;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jpos.iso.ISOException;
import org.jpos.iso.ISOMsg;
import org.yikatong.cardadapter.protocol.IsoCodec;
import org.yikatong.cardadapter.protocol.MalformedMessageException;
import org.yikatong.cardadapter.protocol.MessageAuthenticator;
import org.yikatong.cardadapter.protocol.TerminalKeys;

/**
 * The card adapter's side in virtual time: each request written is answered when the policy says,
 * with the code it says, MACed under the terminal's keys as the adapter would. Sign-on and sign-off
 * (0800) are answered 00 at once unless the policy says otherwise. Counts what each connection has
 * in flight, to check the driver's limit.
 */
final class FakePeer implements OpenLoopDriver.Connector {

  /** When and how to answer a request. */
  record Answer(long at, String code) {}

  /** Decides the answer to a request written at {@code writtenAt}; null for never. */
  interface Policy {
    Answer answer(ISOMsg request, long writtenAt);
  }

  private final FakeTicker ticker;
  private final Map<String, TerminalKeys> keys = new HashMap<>();
  private final Policy policy;
  private final IsoCodec codec = new IsoCodec();
  private final MessageAuthenticator authenticator = new MessageAuthenticator(codec);
  private final List<Connection> connections = new ArrayList<>();
  final List<ISOMsg> payments = new ArrayList<>();

  FakePeer(FakeTicker ticker, Map<String, byte[]> secrets, Policy policy) {
    this.ticker = ticker;
    secrets.forEach((terminal, secret) -> keys.put(terminal, TerminalKeys.derive(secret)));
    this.policy = policy;
  }

  @Override
  public OpenLoopDriver.Transport open(int index, OpenLoopDriver.Answers answers) {
    Connection connection = new Connection(answers);
    connections.add(connection);
    return connection;
  }

  /** The most requests any connection had unanswered at once. */
  int maxInFlight() {
    return connections.stream().mapToInt(c -> c.maxInFlight).max().orElse(0);
  }

  /** Ends connection {@code index} at that time, as a server closing it would. */
  void endAt(int index, long at) {
    ticker.at(at, () -> connections.get(index).end());
  }

  private final class Connection implements OpenLoopDriver.Transport {
    private final OpenLoopDriver.Answers answers;
    private int inFlight;
    private int maxInFlight;
    private boolean ended;

    Connection(OpenLoopDriver.Answers answers) {
      this.answers = answers;
    }

    @Override
    public void write(byte[] message) throws IOException {
      if (ended) {
        throw new IOException("connection reset");
      }
      ISOMsg request;
      try {
        request = codec.unpack(message);
      } catch (MalformedMessageException e) {
        throw new AssertionError("the driver wrote a malformed frame", e);
      }
      String mti = mti(request);
      long now = ticker.nanos();
      Answer answer = policy.answer(request, now);
      if (mti.equals("0800") && answer == null) {
        answer = new Answer(now, "00");
      }
      if (mti.equals("0200")) {
        payments.add(request);
      }
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      if (answer != null) {
        String code = answer.code();
        ticker.at(
            answer.at(),
            () -> {
              if (!ended) {
                inFlight--;
                answers.answer(response(request, code), ticker.nanos());
              }
            });
      }
    }

    void end() {
      ended = true;
      answers.ended(new IOException("connection reset"));
    }

    @Override
    public void close() {
      ended = true;
    }
  }

  private byte[] response(ISOMsg request, String code) {
    ISOMsg response = (ISOMsg) request.clone();
    try {
      response.setMTI("%04d".formatted(Integer.parseInt(mti(request)) + 10));
    } catch (ISOException e) {
      throw new IllegalStateException(e);
    }
    response.unset(new int[] {52, 64, 128});
    response.set(39, code);
    if (code.equals("00") && mti(request).equals("0200")) {
      response.set(38, request.getString(11));
    }
    authenticator.sign(response, keys.get(request.getString(41)));
    return codec.pack(response);
  }

  static String mti(ISOMsg message) {
    try {
      return message.getMTI();
    } catch (ISOException e) {
      throw new IllegalStateException(e);
    }
  }
}
