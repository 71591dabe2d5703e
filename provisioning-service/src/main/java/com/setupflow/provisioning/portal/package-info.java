/**
 * The partner portal: a partner admin's customer subscriptions, whichever flow made them;
 * new subscriptions with a trial; launch, manage, cancel and the archive; the partner's
 * admins. A customer admin sees its own org's subscriptions and never billing. Anything a
 * user may not reach answers 404, as if it did not exist.
 */
package com.setupflow.provisioning.portal;
