package com.setupflow.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The command line: {@code --name=value} options, each with its default. Unknown names
 * are refused, so a misspelt option never silently measures the default.
 */
final class Options {

	/** The phases, in the order a run does them. */
	static final List<String> PHASES = List.of("startup", "intake", "latency", "burst");

	private static final Set<String> NAMES = Set.of("phases", "orders", "baseline-orders", "clients", "burst-timeout",
			"baseline-timeout", "intake-seconds", "warmup-seconds", "latency-rates", "latency-seconds",
			"settle-seconds", "keep-data");

	private final Map<String, String> values;

	private Options(Map<String, String> values) {
		this.values = values;
	}

	static Options parse(String[] args) {
		Map<String, String> values = new HashMap<>();
		for (String arg : args) {
			int equals = arg.indexOf('=');
			if (!arg.startsWith("--") || equals < 0) {
				throw new IllegalArgumentException("Options look like --orders=100000, not " + arg);
			}
			String name = arg.substring(2, equals);
			if (!NAMES.contains(name)) {
				throw new IllegalArgumentException("Unknown option --" + name + "; known: " + NAMES);
			}
			values.put(name, arg.substring(equals + 1));
		}
		Options options = new Options(values);
		options.phases();
		return options;
	}

	/** The phases asked for, in run order whatever order they were named in. */
	Set<String> phases() {
		List<String> asked = Arrays.asList(this.values.getOrDefault("phases", String.join(",", PHASES)).split(","));
		for (String phase : asked) {
			if (!PHASES.contains(phase.trim())) {
				throw new IllegalArgumentException("Unknown phase " + phase + "; known: " + PHASES);
			}
		}
		Set<String> phases = new LinkedHashSet<>();
		PHASES.stream().filter((phase) -> asked.stream().anyMatch((a) -> a.trim().equals(phase))).forEach(phases::add);
		return phases;
	}

	int integer(String name, int defaultValue) {
		return Integer.parseInt(this.values.getOrDefault(name, String.valueOf(defaultValue)));
	}

	Duration seconds(String name, long defaultValue) {
		return Duration.ofSeconds(Long.parseLong(this.values.getOrDefault(name, String.valueOf(defaultValue))));
	}

	boolean flag(String name) {
		return Boolean.parseBoolean(this.values.getOrDefault(name, "false"));
	}

	List<Integer> integers(String name, String defaultValue) {
		List<Integer> list = new ArrayList<>();
		for (String value : this.values.getOrDefault(name, defaultValue).split(",")) {
			list.add(Integer.parseInt(value.trim()));
		}
		return list;
	}

	/** The options as given, for the report. */
	String commandLine() {
		StringBuilder line = new StringBuilder("java -jar benchmark/target/benchmark.jar");
		this.values.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.forEach((entry) -> line.append(" --").append(entry.getKey()).append('=').append(entry.getValue()));
		return line.toString();
	}

}
