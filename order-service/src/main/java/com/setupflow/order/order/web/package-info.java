/**
 * The commerce system's order API under {@code /api/v1/orders}.
 */
package com.setupflow.order.order.web;
