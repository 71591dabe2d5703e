package com.setupflow.notification.delivery;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;

import javax.net.SocketFactory;

/**
 * SMTP sockets without Nagle's algorithm. JavaMail writes the end of a message
 * ({@code CRLF.CRLF}) as a separate small packet; with Nagle on, that packet waits for
 * the server's delayed acknowledgement of the body, about 40 ms, on every email. Set
 * through {@code mail.smtp.socketFactory.class}, which JavaMail reads by name and calls
 * {@link #getDefault()} on.
 */
public class NoDelaySocketFactory extends SocketFactory {

	private static final NoDelaySocketFactory INSTANCE = new NoDelaySocketFactory();

	public static SocketFactory getDefault() {
		return INSTANCE;
	}

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
