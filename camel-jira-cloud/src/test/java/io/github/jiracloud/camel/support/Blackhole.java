package io.github.jiracloud.camel.support;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.List;

/**
 * A port on 127.0.0.1 where a connection is never established: it listens but never accepts, and once its accept
 * queue is full the kernel drops every new handshake (Linux drops the SYN), so a client waits until its own connect
 * timeout gives up, as with a firewall that swallows packets.
 */
public final class Blackhole implements AutoCloseable {

    private final ServerSocket listener;
    private final List<Socket> queued = new ArrayList<>();

    public Blackhole() throws IOException {
        listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(), listener.getLocalPort());
        // Fill the queue until a handshake no longer completes; a few are enough (the backlog is 1).
        for (int attempt = 0; attempt < 50; attempt++) {
            Socket socket = new Socket();
            try {
                socket.connect(address, 500);
                queued.add(socket);
            } catch (SocketTimeoutException full) {
                socket.close();
                return;
            }
        }
        close();
        throw new IllegalStateException("The accept queue never filled: connections to it do not hang here");
    }

    public int port() {
        return listener.getLocalPort();
    }

    @Override
    public void close() throws IOException {
        for (Socket socket : queued) {
            socket.close();
        }
        listener.close();
    }
}
