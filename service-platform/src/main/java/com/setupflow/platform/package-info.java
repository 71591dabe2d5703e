/**
 * What every setupflow service needs the same way: outbox, idempotent consumers, Kafka
 * settings, problem details. Auto-configured by {@link PlatformAutoConfiguration}.
 */
package com.setupflow.platform;
