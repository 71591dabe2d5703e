/**
 * Wiring that is about the running service rather than orders: topics, API documentation.
 */
package com.setupflow.order.system;
