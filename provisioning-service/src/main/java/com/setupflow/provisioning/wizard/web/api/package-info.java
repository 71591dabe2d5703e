/**
 * The setup wizard as a JSON API under {@code /api/v1/setup/{token}}: the same steps as
 * the pages, authenticated by the setup link's token in the path, errors as RFC 9457
 * problems.
 */
package com.setupflow.provisioning.wizard.web.api;
