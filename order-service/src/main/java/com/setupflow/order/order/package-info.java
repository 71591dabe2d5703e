/**
 * Orders: the aggregate, its rules, and the intake that places them exactly once.
 */
package com.setupflow.order.order;
