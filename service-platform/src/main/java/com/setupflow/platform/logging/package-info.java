/**
 * What every log line says about the order or subscription it concerns.
 */
package com.setupflow.platform.logging;
