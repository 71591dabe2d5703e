package com.setupflow.platform.web;

import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;

/**
 * Request bodies are read as sent, never guessed at. A wrong type is refused rather than
 * converted ({@code "250"} is not a number, {@code 250} not a text, {@code "yes"} not
 * true), and a field given twice in one object is refused rather than the last one
 * silently winning: a proxy or a log that read the first one would not see what was used.
 * Both answer 400 problems naming the field (see {@link ProblemDetailsAdvice}).
 */
public class StrictJsonInput implements JsonMapperBuilderCustomizer {

	@Override
	public void customize(JsonMapper.Builder builder) {
		builder.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
			.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
			// Jackson still turns numbers and booleans into text unless told not to.
			.withCoercionConfig(LogicalType.Textual,
					(text) -> text.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
	}

}
