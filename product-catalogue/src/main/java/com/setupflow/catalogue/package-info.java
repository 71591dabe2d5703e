/**
 * The product catalogue: products are data, not code.
 */
package com.setupflow.catalogue;
