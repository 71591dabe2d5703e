package com.setupflow.catalogue;

/**
 * Commercial kind of a product; it decides how long an unprovisioned order stays open.
 */
public enum Offer {

	/** Pay-as-you-go offers: a short open window. */
	FLEX,

	/** Term offers. */
	STANDARD

}
