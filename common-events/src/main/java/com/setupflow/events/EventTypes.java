package com.setupflow.events;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.setupflow.events.billing.BillingStarted;
import com.setupflow.events.notification.NotificationFailed;
import com.setupflow.events.notification.NotificationSent;
import com.setupflow.events.order.DeploymentContactChanged;
import com.setupflow.events.order.OrderCancelled;
import com.setupflow.events.order.OrderClosed;
import com.setupflow.events.order.OrderPlaced;
import com.setupflow.events.order.OrderStalled;
import com.setupflow.events.order.RequestedStartDateChanged;
import com.setupflow.events.order.SetupDue;
import com.setupflow.events.order.SetupResendRequested;
import com.setupflow.events.org.OrgUserInvited;
import com.setupflow.events.provisioning.CustomerOrgCreated;
import com.setupflow.events.provisioning.OrderInstalled;
import com.setupflow.events.provisioning.PartnerOrgCreated;
import com.setupflow.events.provisioning.PartnerOrgDisputed;
import com.setupflow.events.provisioning.ProvisioningStarted;
import com.setupflow.events.provisioning.ServicesDeployed;
import com.setupflow.events.provisioning.SetupDelegated;
import com.setupflow.events.provisioning.SetupLinkIssued;
import com.setupflow.events.provisioning.SetupLinksRevoked;
import com.setupflow.events.subscription.CustomerSubscriptionCreated;
import com.setupflow.events.subscription.SubscriptionCancelled;
import com.setupflow.events.subscription.TrialEndingSoon;
import com.setupflow.events.subscription.TrialExpired;
import com.setupflow.events.subscription.TrialStarted;
import com.setupflow.events.subscription.UsersAdded;

/**
 * Every event type this build can read and write. A new event is registered here once.
 */
public final class EventTypes {

	private static final Map<String, EventType> BY_NAME = Stream.of(new EventType("OrderPlaced", 1, OrderPlaced.class),
			new EventType("OrderCancelled", 1, OrderCancelled.class),
			new EventType("DeploymentContactChanged", 1, DeploymentContactChanged.class),
			new EventType("RequestedStartDateChanged", 1, RequestedStartDateChanged.class),
			new EventType("SetupDue", 1, SetupDue.class),
			new EventType("SetupResendRequested", 1, SetupResendRequested.class),
			new EventType("OrderStalled", 1, OrderStalled.class), new EventType("OrderClosed", 1, OrderClosed.class),
			new EventType("SetupLinkIssued", 1, SetupLinkIssued.class),
			new EventType("ProvisioningStarted", 1, ProvisioningStarted.class),
			new EventType("SetupLinksRevoked", 1, SetupLinksRevoked.class),
			new EventType("SetupDelegated", 1, SetupDelegated.class),
			new EventType("PartnerOrgDisputed", 1, PartnerOrgDisputed.class),
			new EventType("PartnerOrgCreated", 1, PartnerOrgCreated.class),
			new EventType("CustomerOrgCreated", 1, CustomerOrgCreated.class),
			new EventType("OrderInstalled", 1, OrderInstalled.class),
			new EventType("ServicesDeployed", 1, ServicesDeployed.class),
			new EventType("BillingStarted", 1, BillingStarted.class),
			new EventType("NotificationSent", 1, NotificationSent.class),
			new EventType("NotificationFailed", 1, NotificationFailed.class),
			new EventType("CustomerSubscriptionCreated", 1, CustomerSubscriptionCreated.class),
			new EventType("TrialStarted", 1, TrialStarted.class),
			new EventType("TrialEndingSoon", 1, TrialEndingSoon.class),
			new EventType("TrialExpired", 1, TrialExpired.class), new EventType("UsersAdded", 1, UsersAdded.class),
			new EventType("SubscriptionCancelled", 1, SubscriptionCancelled.class),
			new EventType("OrgUserInvited", 1, OrgUserInvited.class))
		.collect(Collectors.toUnmodifiableMap(EventType::name, Function.identity()));

	private static final Map<Class<?>, EventType> BY_CLASS = BY_NAME.values()
		.stream()
		.collect(Collectors.toUnmodifiableMap(EventType::payloadClass, Function.identity()));

	private EventTypes() {
	}

	public static Optional<EventType> byName(String name) {
		return Optional.ofNullable(BY_NAME.get(name));
	}

	/** Every registered type, by name. */
	public static java.util.Collection<EventType> all() {
		return BY_NAME.values();
	}

	public static EventType of(DomainEvent payload) {
		EventType type = BY_CLASS.get(payload.getClass());
		if (type == null) {
			throw new IllegalArgumentException("Unregistered event class " + payload.getClass().getName());
		}
		return type;
	}

}
