package com.setupflow.provisioning.input;

import java.util.List;

/**
 * What is wrong with one field, said once for pages and the API.
 *
 * @param field the field's path, e.g. {@code partnerOrg.name}
 * @param rule the rule it breaks, e.g. {@code required}
 * @param code the message key explaining it
 * @param arguments the message's arguments
 */
public record FieldIssue(String field, String rule, String code, List<Object> arguments) {

	public FieldIssue {
		arguments = List.copyOf(arguments);
	}

}
