package com.setupflow.embedded;

import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;

import com.icegreen.greenmail.smtp.SmtpHandler;
import com.icegreen.greenmail.smtp.SmtpManager;
import com.icegreen.greenmail.smtp.SmtpState;
import com.icegreen.greenmail.smtp.commands.SmtpCommandRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * GreenMail's SMTP session over a {@link BufferedSmtpConnection}. {@link #run()} is
 * GreenMail 2.1's, but for the connection it opens (GreenMail creates its own there, with
 * no way to choose another) and for a client that resets its connection.
 */
final class BufferedSmtpHandler extends SmtpHandler {

	private static final Logger logger = LoggerFactory.getLogger(BufferedSmtpHandler.class);

	BufferedSmtpHandler(SmtpManager manager, Socket socket) {
		super(new SmtpCommandRegistry(), manager, socket);
	}

	@Override
	public void run() {
		try {
			this.conn = new BufferedSmtpConnection(this, this.socket);
			this.state = new SmtpState();
			sendGreetings();
			while (!isQuitting()) {
				handleCommand();
			}
		}
		catch (SocketTimeoutException ex) {
			this.conn.send("421 Service shutting down and closing transmission channel (socket timeout, SO_TIMEOUT: "
					+ getSoTimeout() + "ms)");
			this.conn.quit();
		}
		catch (SocketException ex) {
			// The client went away mid-session (a sender killed with unread data resets
			// its connection): its message, if any, was never accepted. GreenMail would
			// throw here, and a test awaiting anything on any thread would take that
			// uncaught exception for its own failure (Awaitility's default).
			logger.debug("SMTP client gone: {}", ex.toString());
		}
		catch (Exception ex) {
			if (!isQuitting()) {
				throw new IllegalStateException("Unexpected error handling connection", ex);
			}
		}
		finally {
			if (this.state != null) {
				this.state.clearMessage();
			}
			close();
		}
	}

}
