package com.setupflow.provisioning.portal.web;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * One form as a page shows it: what was typed (or saved) and the message of each field
 * that breaks a rule. The setup layout's {@code text} fragment reads it.
 *
 * @param errors the message of each field, by the field's name
 * @param values what each field shows
 */
record PortalForm(Map<String, String> errors, Map<String, Object> values) {

	static PortalForm empty() {
		return new PortalForm(Map.of(), Map.of());
	}

	/**
	 * A form showing values, given as name and value pairs (null values are left out).
	 */
	static PortalForm of(Map<String, String> errors, Object... pairs) {
		Map<String, Object> values = new HashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			if (pairs[i + 1] != null) {
				values.put((String) pairs[i], pairs[i + 1]);
			}
		}
		return new PortalForm(errors, values);
	}

	public String error(String field) {
		return this.errors.get(field);
	}

	public boolean hasError(String field) {
		return this.errors.containsKey(field);
	}

	public Object value(String field) {
		return this.values.get(field);
	}

	/** Whether a checkbox or radio button shows as chosen. */
	public boolean chosen(String field, Object option) {
		Object value = this.values.get(field);
		if (value instanceof Collection<?> collection) {
			return collection.contains(option);
		}
		return value != null && value.equals(option);
	}

}
