package com.setupflow.provisioning.wizard.web.api;

import java.time.LocalDate;

/**
 * "Deploy and start billing" ran.
 *
 * @param deployed whether this call deployed; {@code false} when the order was deployed
 * already (billing was not started again)
 * @param billingPeriodStart the first day billed, in the order's time zone
 */
record DeploymentResponse(boolean deployed, LocalDate billingPeriodStart) {

}
