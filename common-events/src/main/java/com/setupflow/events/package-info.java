/**
 * Event contracts shared by all services: the envelope, the payload records, topic names
 * and the one JSON form. Services meet only through these.
 */
package com.setupflow.events;
