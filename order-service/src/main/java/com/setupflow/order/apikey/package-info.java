/**
 * API keys of machine clients: stored as hashes, checked on every API request.
 */
package com.setupflow.order.apikey;
