package com.setupflow.embedded;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import com.icegreen.greenmail.smtp.SmtpConnection;
import com.icegreen.greenmail.smtp.SmtpHandler;

/**
 * GreenMail's SMTP connection, reading the client's lines and message data with the same
 * results but without two monitors per byte: GreenMail reads one byte at a time from a
 * {@code BufferedInputStream} into a {@code ByteArrayOutputStream}, both synchronized,
 * which was three quarters of the SMTP threads' time in a burst of emails (JFR, 30,000
 * emails of 8 KB). This reads the socket into a plain buffer and scans it.
 *
 * <p>
 * {@link #readLine()} and {@link #dotLimitedInputStream(byte[])} behave exactly as
 * GreenMail 2.1's (a test compares them byte for byte), quirks included: a line ends at
 * CR LF only, and the data ends at CR LF "." CR LF, the last CR LF not included.
 */
final class BufferedSmtpConnection extends SmtpConnection {

	/** The last bytes read: CR LF "." CR, and CR LF ".". */
	private static final int CR_LF_DOT_CR = 0x0D0A2E0D;

	private static final int CR_LF_DOT = 0x0D0A2E;

	private final InputStream input;

	private final byte[] buffer = new byte[16 * 1024];

	private int position;

	private int limit;

	BufferedSmtpConnection(SmtpHandler handler, Socket socket) throws IOException {
		// GreenMail's constructor wraps the socket's stream too; that wrapper is never
		// read from, so every byte comes through this one.
		super(handler, socket);
		this.input = socket.getInputStream();
	}

	@Override
	public String readLine() throws IOException {
		Bytes line = new Bytes(256);
		while (true) {
			int c = read();
			if (c < 0) {
				return (line.size() > 0) ? line.toAscii() : null;
			}
			if (c == '\r') {
				c = read();
				if (c == '\n') {
					return line.toAscii();
				}
				line.write('\r');
			}
			// As GreenMail: end of stream right after a CR is written as -1 (0xFF).
			line.write(c);
		}
	}

	@Override
	public InputStream dotLimitedInputStream(byte[] beginning) {
		Bytes data = new Bytes(Math.max(1024, beginning.length + 8 * 1024));
		data.write(beginning, 0, beginning.length);
		int last = 0;
		try {
			while (true) {
				if (this.position == this.limit && !fill()) {
					throw new IllegalStateException(
							"Unexpected end of stream, read " + data.size() + " bytes: " + data.toAscii());
				}
				// The common case, a run of bytes that ends nothing and unstuffs nothing,
				// is copied in one go.
				int start = this.position;
				while (this.position < this.limit) {
					int c = this.buffer[this.position] & 0xFF;
					if (last == CR_LF_DOT_CR && c == '\n') {
						data.write(this.buffer, start, this.position - start);
						this.position++;
						return new ByteArrayInputStream(data.array(), 0, Math.min(data.size(), data.size() - 4));
					}
					if ((last & 0xFFFFFF) == CR_LF_DOT && c == '.') {
						// A dot-stuffed line: its first dot is dropped.
						data.write(this.buffer, start, this.position - start);
						start = this.position + 1;
					}
					last = (last << 8) | c;
					this.position++;
				}
				data.write(this.buffer, start, this.position - start);
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException("Can not read line, read " + data.size() + " bytes: " + data.toAscii(), ex);
		}
	}

	private int read() throws IOException {
		if (this.position == this.limit && !fill()) {
			return -1;
		}
		return this.buffer[this.position++] & 0xFF;
	}

	private boolean fill() throws IOException {
		int read = this.input.read(this.buffer, 0, this.buffer.length);
		if (read <= 0) {
			return false;
		}
		this.position = 0;
		this.limit = read;
		return true;
	}

	/** A growable byte array without the synchronization of ByteArrayOutputStream. */
	private static final class Bytes {

		private byte[] bytes;

		private int size;

		Bytes(int capacity) {
			this.bytes = new byte[capacity];
		}

		void write(int b) {
			ensure(1);
			this.bytes[this.size++] = (byte) b;
		}

		void write(byte[] source, int offset, int length) {
			ensure(length);
			System.arraycopy(source, offset, this.bytes, this.size, length);
			this.size += length;
		}

		int size() {
			return this.size;
		}

		byte[] array() {
			return this.bytes;
		}

		String toAscii() {
			return new String(this.bytes, 0, this.size, StandardCharsets.US_ASCII);
		}

		private void ensure(int more) {
			if (this.size + more > this.bytes.length) {
				this.bytes = Arrays.copyOf(this.bytes, Math.max(this.bytes.length * 2, this.size + more));
			}
		}

	}

}
