package io.newsflow.localstack.kafka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/**
 * Free TCP ports on the loopback interface.
 *
 * <p>A port is free when asked; another process may take it before it is bound again. Callers
 * that pick ports this way retry with a fresh one when the later bind fails (see
 * {@link EmbeddedKafka}).
 */
public final class FreePorts {

    private FreePorts() {
    }

    /** A port nobody listens on right now, chosen by the operating system. */
    public static int pick() {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free TCP port on the loopback interface", e);
        }
    }

    /** {@code port} itself, or a free port when it is 0. */
    public static int orFree(int port) {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("Port must be between 0 (any free port) and 65535, was " + port);
        }
        return port == 0 ? pick() : port;
    }
}
