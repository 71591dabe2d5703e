package com.setupflow.order.order;

/**
 * One ordered product and its quantity.
 *
 * @param sku catalogue SKU
 * @param quantity number of licences, 1 to 100,000
 */
public record OrderItem(String sku, int quantity) {

}
