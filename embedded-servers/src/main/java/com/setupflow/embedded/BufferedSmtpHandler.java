package com.setupflow.embedded;

import java.net.Socket;
import java.net.SocketTimeoutException;

import com.icegreen.greenmail.smtp.SmtpHandler;
import com.icegreen.greenmail.smtp.SmtpManager;
import com.icegreen.greenmail.smtp.SmtpState;
import com.icegreen.greenmail.smtp.commands.SmtpCommandRegistry;

/**
 * GreenMail's SMTP session over a {@link BufferedSmtpConnection}. {@link #run()} is
 * GreenMail 2.1's, but for the connection it opens: GreenMail creates its own there, with
 * no way to choose another.
 */
final class BufferedSmtpHandler extends SmtpHandler {

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
