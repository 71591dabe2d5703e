/**
 * The HTTP view of provisioning cases under {@code /api/v1/provisioning}.
 */
package com.setupflow.provisioning.casefile.web;
