package com.agora.customercommunication.control;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import javax.net.SocketFactory;

/**
 * SMTP sockets that send each write at once (TCP_NODELAY). Jakarta Mail writes a message's content and then, in a
 * write of its own, the line that ends it, and only then waits for the server's answer; with Nagle's algorithm on,
 * that last small write waits for the acknowledgement of the one before it, which the server delays because it is
 * still waiting for the end of the message. Measured with a script against the mail catcher: 44 ms a message
 * with the end line written apart, 0.3 ms with this option.
 */
final class NoDelaySockets extends SocketFactory {

    @Override
    public Socket createSocket() throws IOException {
        return noDelay(new Socket());
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return noDelay(new Socket(host, port));
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        return noDelay(new Socket(host, port, localHost, localPort));
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return noDelay(new Socket(host, port));
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
            throws IOException {
        return noDelay(new Socket(address, port, localAddress, localPort));
    }

    private static Socket noDelay(Socket socket) throws IOException {
        socket.setTcpNoDelay(true);
        return socket;
    }
}
