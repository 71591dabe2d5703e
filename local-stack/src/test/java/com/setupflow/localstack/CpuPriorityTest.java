package com.setupflow.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class CpuPriorityTest {

	/** Linux's scheduling policies, as /proc shows them. */
	private static final int SCHED_OTHER = 0;

	private static final int SCHED_IDLE = 5;

	@BeforeEach
	void onLinuxWithChrt() {
		// Debian's util-linux, on every machine we run on.
		assumeTrue(Files.isExecutable(Path.of("/usr/bin/chrt")), "chrt");
	}

	@Test
	void onlyTheNotificationServiceStartsUnderTheIdlePolicy() {
		assertThat(CpuPriority.commandPrefix(Service.ORDER)).isEmpty();
		assertThat(CpuPriority.commandPrefix(Service.PROVISIONING)).isEmpty();
		assertThat(CpuPriority.commandPrefix(Service.NOTIFICATION)).containsExactly("/usr/bin/chrt", "--idle", "0");
	}

	@Test
	void theNotificationServicesDatabaseServerAndWhatItStartsGiveWayToo() throws Exception {
		// Stand-ins for two database servers' main processes: a shell that starts a child
		// when asked (not the last command, so that it is forked, not exec'd).
		Process notificationDatabase = new ProcessBuilder("sh", "-c", "read line; sleep 60; true").start();
		Process orderDatabase = new ProcessBuilder("sleep", "60").start();
		try {
			CpuPriority.apply(Service.NOTIFICATION, notificationDatabase.pid());
			CpuPriority.apply(Service.ORDER, orderDatabase.pid());
			notificationDatabase.getOutputStream().write('\n');
			notificationDatabase.getOutputStream().flush();

			assertThat(schedulingPolicy(notificationDatabase.pid())).isEqualTo(SCHED_IDLE);
			assertThat(schedulingPolicy(orderDatabase.pid())).isEqualTo(SCHED_OTHER);
			ProcessHandle child = await().atMost(Duration.ofSeconds(10))
				.until(() -> notificationDatabase.toHandle().children().findFirst(), Optional::isPresent)
				.orElseThrow();
			assertThat(schedulingPolicy(child.pid())).as("a process it started later").isEqualTo(SCHED_IDLE);
		}
		finally {
			notificationDatabase.toHandle().descendants().forEach(ProcessHandle::destroy);
			notificationDatabase.destroy();
			orderDatabase.destroy();
		}
	}

	/** Field 41 of /proc/PID/stat, counted from the first; the 39th after the name. */
	private static int schedulingPolicy(long pid) throws IOException {
		String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
		return Integer.parseInt(stat.substring(stat.lastIndexOf(')') + 2).split(" ")[38]);
	}

}
