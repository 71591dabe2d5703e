/**
 * The order timeline's timers: a due-timer table swept every second by a clustered Quartz
 * job, claiming due rows in batches.
 */
package com.setupflow.order.timer;
