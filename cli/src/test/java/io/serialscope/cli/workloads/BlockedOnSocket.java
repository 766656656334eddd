package io.serialscope.cli.workloads;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;

/**
 * A loader that waits for the network: the main thread connects to a local server thread, reads one
 * byte, which the server sends only after sleeping {@value #SERVER_DELAY_MS} ms, then works {@value
 * #WORK_MS} ms on it. The main thread's path: about 300 ms blocked in a socket read, then 200 ms of
 * CPU work, so the span is about 500 ms of which about 60 % is waiting for I/O, which no number of
 * cores and no faster core shortens.
 */
public final class BlockedOnSocket {
  static final int SERVER_DELAY_MS = 300;
  static final int WORK_MS = 200;

  private BlockedOnSocket() {}

  public static void main(String[] args) throws Exception {
    try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      Thread sender =
          new Thread(
              () -> {
                try (Socket peer = server.accept();
                    OutputStream out = peer.getOutputStream()) {
                  Thread.sleep(SERVER_DELAY_MS);
                  out.write(42);
                  out.flush();
                } catch (Exception e) {
                  throw new IllegalStateException(e);
                }
              },
              "sender");
      sender.start();
      try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort());
          InputStream in = socket.getInputStream()) {
        if (in.read() != 42) {
          throw new AssertionError("unexpected byte");
        }
      }
      Spin.millis(WORK_MS);
      sender.join();
    }
  }
}
