package com.setupflow.catalogue;

/**
 * How a signature product connects to the customer's mail system.
 */
public enum ConnectionOption {

	SERVER_SIDE, CLIENT_SIDE, EXCHANGE_ON_PREMISES

}
