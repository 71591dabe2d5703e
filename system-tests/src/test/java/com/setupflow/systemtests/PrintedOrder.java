package com.setupflow.systemtests;

/**
 * The order the banner's curl places: its URL, API key and body.
 *
 * @param url the order API's address
 * @param apiKey the local API key
 * @param body a first order starting today
 */
record PrintedOrder(String url, String apiKey, String body) {

}
