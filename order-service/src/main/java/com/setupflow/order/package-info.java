/**
 * The order service: the commerce system's intake API and the order timeline.
 */
package com.setupflow.order;
