package com.setupflow.platform.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Web limits shared by the services.
 *
 * @param maxBodySize largest request body accepted; larger ones get 413
 */
@ConfigurationProperties("setupflow.web")
public record WebProperties(@DefaultValue("64KB") DataSize maxBodySize) {

}
