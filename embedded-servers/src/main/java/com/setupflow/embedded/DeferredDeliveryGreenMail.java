package com.setupflow.embedded;

import java.net.Socket;
import java.util.Map;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.imap.ImapHandler;
import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.server.ProtocolHandler;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * GreenMail whose IMAP server files the queued messages (see {@link MailboxDelivery})
 * before each IMAP session starts, and whose SMTP server reads through a
 * {@link BufferedSmtpConnection}.
 */
final class DeferredDeliveryGreenMail extends GreenMail {

	/** Set after GreenMail's constructor, which already creates the servers. */
	private MailboxDelivery delivery;

	DeferredDeliveryGreenMail(ServerSetup[] setups, MailboxDelivery delivery) {
		super(setups);
		this.delivery = delivery;
	}

	@Override
	protected Map<String, AbstractServer> createServices(ServerSetup[] config, Managers managers) {
		Map<String, AbstractServer> services = super.createServices(config, managers);
		for (ServerSetup setup : config) {
			if (ServerSetup.PROTOCOL_IMAP.equals(setup.getProtocol())) {
				services.put(setup.getProtocol(), new ImapServer(setup, managers));
			}
			if (ServerSetup.PROTOCOL_SMTP.equals(setup.getProtocol())) {
				services.put(setup.getProtocol(), new SmtpServer(setup, managers));
			}
		}
		return services;
	}

	private final class ImapServer extends AbstractServer {

		ImapServer(ServerSetup setup, Managers managers) {
			super(setup, managers);
		}

		@Override
		protected ProtocolHandler createProtocolHandler(Socket socket) {
			DeferredDeliveryGreenMail.this.delivery.deliverAll();
			return new ImapHandler(this.managers.getUserManager(), this.managers.getImapHostManager(), socket);
		}

	}

	private static final class SmtpServer extends AbstractServer {

		SmtpServer(ServerSetup setup, Managers managers) {
			super(setup, managers);
		}

		@Override
		protected ProtocolHandler createProtocolHandler(Socket socket) {
			return new BufferedSmtpHandler(this.managers.getSmtpManager(), socket);
		}

	}

}
