package com.setupflow.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Picks free TCP ports for servers that must know their port before they bind it. */
final class FreePorts {

	private FreePorts() {
	}

	/**
	 * Returns {@code port}, or a port free right now on the loopback address when it is
	 * 0. Another process could take it before the server binds it; on one developer
	 * machine that race is rare enough.
	 */
	static int resolve(int port) {
		if (port != 0) {
			return port;
		}
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			socket.setReuseAddress(true);
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("No free port on the loopback address", ex);
		}
	}

}
