package com.setupflow.embedded;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.icegreen.greenmail.smtp.SmtpConnection;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link BufferedSmtpConnection} reads what GreenMail's own connection reads, byte for
 * byte: the command lines, the message data after DATA (dot-stuffing undone, ended by a
 * lone dot) and the line after it, whatever sizes the socket delivers the bytes in.
 */
class BufferedSmtpConnectionTest {

	private static final String BEGINNING = "Return-Path: <no-reply@setupflow.example>\r\n";

	static Stream<Arguments> conversations() {
		StringBuilder large = new StringBuilder("DATA\r\nSubject: large\r\n\r\n");
		for (int i = 0; i < 3_000; i++) {
			large.append((i % 7 == 0) ? ".." : "").append("line ").append(i).append(" é\r\n");
		}
		large.append(".\r\nQUIT\r\n");
		return Stream.of(Arguments.of("plain", "DATA\r\nSubject: a\r\n\r\nhello\r\n.\r\nQUIT\r\n"),
				Arguments.of("dot-stuffed lines", "DATA\r\nline\r\n..starts with a dot\r\n...\r\n.\r\nQUIT\r\n"),
				Arguments.of("a first line starting with a dot", "DATA\r\n.hidden\r\nx\r\n.\r\nQUIT\r\n"),
				Arguments.of("lone CR and LF", "HELO a\rb\nc\r\nDATA\r\na\nb\rc\r\n.\r\nQUIT\r\n"),
				Arguments.of("no line after the data", "DATA\r\nx\r\n.\r\n"),
				Arguments.of("an empty message", "DATA\r\n.\r\nQUIT\r\n"), Arguments.of("large", large.toString()));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("conversations")
	void readsWhatGreenMailReads(String name, String conversation) throws IOException {
		byte[] wire = conversation.getBytes(StandardCharsets.UTF_8);
		for (int chunk : new int[] { 1, 3, 7, 1500, 1 << 20 }) {
			List<Object> greenMail = read(new SmtpConnection(null, new FakeSocket(wire, chunk)));
			List<Object> buffered = read(new BufferedSmtpConnection(null, new FakeSocket(wire, chunk)));

			assertThat(buffered).as("delivered %d bytes at a time", chunk).isEqualTo(greenMail);
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("conversations")
	void failsAsGreenMailDoesWhenTheStreamEndsInTheData(String name, String conversation) throws IOException {
		String cut = conversation.substring(0, conversation.indexOf("DATA\r\n") + "DATA\r\n".length() + 3);
		byte[] wire = cut.getBytes(StandardCharsets.UTF_8);

		List<Object> greenMail = read(new SmtpConnection(null, new FakeSocket(wire, 2)));
		List<Object> buffered = read(new BufferedSmtpConnection(null, new FakeSocket(wire, 2)));

		assertThat(buffered).isEqualTo(greenMail);
		assertThat(buffered.get(buffered.size() - 1).toString()).startsWith("Unexpected end of stream");
	}

	/** Lines until DATA, the data, then what is left, line by line. */
	private static List<Object> read(SmtpConnection connection) throws IOException {
		List<Object> read = new ArrayList<>();
		String line;
		while ((line = connection.readLine()) != null) {
			read.add(line);
			if (line.equals("DATA")) {
				try (InputStream data = connection
					.dotLimitedInputStream(BEGINNING.getBytes(StandardCharsets.US_ASCII))) {
					read.add(new String(data.readAllBytes(), StandardCharsets.ISO_8859_1));
				}
				catch (IllegalStateException ex) {
					read.add(ex.getMessage());
					return read;
				}
			}
		}
		return read;
	}

	/** A client's bytes, handed over a few at a time as a network would. */
	private static final class FakeSocket extends Socket {

		private final byte[] wire;

		private final int chunk;

		FakeSocket(byte[] wire, int chunk) {
			this.wire = wire;
			this.chunk = chunk;
		}

		@Override
		public InetAddress getInetAddress() {
			return InetAddress.getLoopbackAddress();
		}

		@Override
		public InputStream getInputStream() {
			return new ByteArrayInputStream(this.wire) {
				@Override
				public synchronized int read(byte[] b, int off, int len) {
					return super.read(b, off, Math.min(len, FakeSocket.this.chunk));
				}
			};
		}

		@Override
		public OutputStream getOutputStream() {
			return new ByteArrayOutputStream();
		}

	}

}
