package com.setupflow.embedded;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A single-node Apache Kafka server in KRaft mode (combined broker and controller),
 * running inside this JVM on a data directory that survives restarts.
 *
 * <p>
 * The client listener keeps its port across restarts, so clients reconnect by themselves.
 * The controller listener is internal and takes a free port at each start: with a static
 * voter set ({@code controller.quorum.voters}) the voter's address is read from the
 * configuration, not from the metadata log, so it may change.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(EmbeddedKafkaBroker.class);

	private static final int NODE_ID = 1;

	private static final String CONTROLLER_LISTENER = "CONTROLLER";

	private final Path dataDir;

	private final int port;

	private final boolean temporary;

	private KafkaRaftServer server;

	private EmbeddedKafkaBroker(Path dataDir, int port, boolean temporary) {
		this.dataDir = dataDir;
		this.port = port;
		this.temporary = temporary;
	}

	/**
	 * Starts a broker keeping its logs in {@code dataDir} (formatted on first use, reused
	 * afterwards) and serving clients on {@code localhost:port}.
	 * @param dataDir where topics and metadata live; created when missing
	 * @param port client port, or 0 for a free one
	 * @return the running broker
	 */
	public static EmbeddedKafkaBroker start(Path dataDir, int port) {
		EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker(dataDir.toAbsolutePath(), FreePorts.resolve(port), false);
		broker.startServer();
		return broker;
	}

	/**
	 * Starts a broker on a free port and a temporary directory deleted by
	 * {@link #close()}.
	 * @return the running broker
	 */
	public static EmbeddedKafkaBroker startTemporary() {
		try {
			EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker(Files.createTempDirectory("setupflow-kafka-"),
					FreePorts.resolve(0), true);
			broker.startServer();
			return broker;
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot create a temporary directory for Kafka", ex);
		}
	}

	public String bootstrapServers() {
		return "localhost:" + this.port;
	}

	public int port() {
		return this.port;
	}

	public Path dataDir() {
		return this.dataDir;
	}

	public synchronized boolean isRunning() {
		return this.server != null;
	}

	/** Stops the broker (controlled shutdown), keeping its data for a later restart. */
	public synchronized void stop() {
		if (this.server == null) {
			return;
		}
		this.server.shutdown();
		this.server.awaitShutdown();
		this.server = null;
		logger.info("Kafka broker on {} stopped", bootstrapServers());
	}

	/** Stops the broker if it runs and starts it again on the same directory and port. */
	public synchronized void restart() {
		stop();
		startServer();
	}

	/** Stops the broker; a temporary broker also deletes its data. */
	@Override
	public synchronized void close() {
		stop();
		if (this.temporary) {
			Directories.deleteRecursively(this.dataDir);
		}
	}

	private synchronized void startServer() {
		if (this.server != null) {
			return;
		}
		QuietLogging.apply();
		long started = System.nanoTime();
		int controllerPort = FreePorts.resolve(0);
		try {
			Files.createDirectories(this.dataDir);
			if (!Files.exists(this.dataDir.resolve("meta.properties"))) {
				format();
			}
		}
		catch (Exception ex) {
			throw new IllegalStateException("Cannot format the Kafka log directory " + this.dataDir, ex);
		}
		// doLog=false: the full configuration dump would be hundreds of lines per start.
		KafkaConfig config = new KafkaConfig(properties(controllerPort), false);
		KafkaRaftServer raftServer = new KafkaRaftServer(config, Time.SYSTEM);
		raftServer.startup();
		this.server = raftServer;
		logger.info("Kafka broker started on {} in {} ms (data: {})", bootstrapServers(),
				(System.nanoTime() - started) / 1_000_000, this.dataDir);
	}

	/** The equivalent of {@code kafka-storage.sh format} for a single combined node. */
	private void format() throws Exception {
		Formatter formatter = new Formatter();
		formatter.setPrintStream(new PrintStream(OutputStream.nullOutputStream()));
		formatter.setNodeId(NODE_ID);
		formatter.setClusterId(Uuid.randomUuid().toString());
		formatter.setDirectories(List.of(this.dataDir.toString()));
		formatter.setMetadataLogDirectory(this.dataDir.toString());
		formatter.setControllerListenerName(CONTROLLER_LISTENER);
		formatter.setReleaseVersion(MetadataVersion.LATEST_PRODUCTION);
		formatter.run();
	}

	private Map<String, Object> properties(int controllerPort) {
		Map<String, Object> props = new HashMap<>();
		props.put("process.roles", "broker,controller");
		props.put("node.id", String.valueOf(NODE_ID));
		props.put("controller.quorum.voters", NODE_ID + "@localhost:" + controllerPort);
		props.put("controller.listener.names", CONTROLLER_LISTENER);
		props.put("listeners",
				"PLAINTEXT://localhost:" + this.port + "," + CONTROLLER_LISTENER + "://localhost:" + controllerPort);
		props.put("advertised.listeners", "PLAINTEXT://localhost:" + this.port);
		props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
		props.put("inter.broker.listener.name", "PLAINTEXT");
		props.put("log.dirs", this.dataDir.toString());
		props.put("metadata.log.dir", this.dataDir.toString());
		// One node: every internal topic has one replica, and one partition is plenty.
		props.put("offsets.topic.replication.factor", "1");
		props.put("offsets.topic.num.partitions", "1");
		props.put("transaction.state.log.replication.factor", "1");
		props.put("transaction.state.log.min.isr", "1");
		props.put("transaction.state.log.num.partitions", "1");
		props.put("share.coordinator.state.topic.replication.factor", "1");
		props.put("share.coordinator.state.topic.min.isr", "1");
		props.put("default.replication.factor", "1");
		props.put("min.insync.replicas", "1");
		props.put("num.partitions", "1");
		// Services declare their topics; a typo must not silently create a new one.
		props.put("auto.create.topics.enable", "false");
		// Consumers join at once instead of waiting 3 s for more members.
		props.put("group.initial.rebalance.delay.ms", "0");
		// Small files: a developer machine and a CI run keep many brokers' worth of data.
		props.put("log.segment.bytes", String.valueOf(16 * 1024 * 1024));
		props.put("log.retention.hours", "168");
		props.put("log.cleaner.dedupe.buffer.size", String.valueOf(2 * 1024 * 1024));
		props.put("num.network.threads", "2");
		props.put("num.io.threads", "2");
		props.put("num.recovery.threads.per.data.dir", "1");
		props.put("background.threads", "2");
		return props;
	}

}
