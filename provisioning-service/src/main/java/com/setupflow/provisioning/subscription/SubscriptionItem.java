package com.setupflow.provisioning.subscription;

import org.springframework.data.relational.core.mapping.Table;

/**
 * One purchased service of a subscription.
 *
 * @param sku catalogue SKU
 * @param quantity number of licences
 */
@Table("subscription_item")
public record SubscriptionItem(String sku, int quantity) {

}
