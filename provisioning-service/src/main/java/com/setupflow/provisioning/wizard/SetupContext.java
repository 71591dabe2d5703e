package com.setupflow.provisioning.wizard;

import com.setupflow.provisioning.casefile.ProvisioningCase;
import com.setupflow.provisioning.org.Org;

/**
 * What a live setup link opened, inside the step's transaction with the case locked.
 *
 * @param setupCase the order's provisioning case
 * @param recipientEmail who the link was sent to: the person setting up
 * @param partnerOrg the ordering partner's org when it exists already, else {@code null}
 */
public record SetupContext(ProvisioningCase setupCase, String recipientEmail, Org partnerOrg) {

}
