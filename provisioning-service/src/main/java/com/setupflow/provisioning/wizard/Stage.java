package com.setupflow.provisioning.wizard;

/** Where the setup behind a link stands, which decides what the link opens. */
public enum Stage {

	/** Not installed: the wizard starts again from its first step. */
	DRAFT,

	/** Installed, and the person setting up has a new org login without a password. */
	PASSWORD,

	/** Installed: service setup and deployment. */
	SERVICES,

	/** Deployed: the link shows the result. */
	DEPLOYED

}
