package com.setupflow.platform.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of a JSON API as an RFC 9457 problem that names the field and the rule, so
 * the caller knows what to fix.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

	/**
	 * How Jackson, reading with strict duplicate detection, starts its message about a
	 * field given twice in one object.
	 */
	private static final String DUPLICATE = "Duplicate Object property \"";

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldProblem> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(ProblemDetailsAdvice::toFieldProblem)
			.sorted(Comparator.comparing(FieldProblem::field).thenComparing(FieldProblem::rule))
			.toList();
		return problem(ProblemTypes.VALIDATION, HttpStatus.BAD_REQUEST, "Invalid request",
				"The request breaks " + errors.size() + " rule(s); see errors.", errors);
	}

	/** Constraints on request parameters, such as {@code page} or {@code size}. */
	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldProblem> errors = ex.getParameterValidationResults()
			.stream()
			.flatMap((result) -> result.getResolvableErrors()
				.stream()
				.map((error) -> new FieldProblem(result.getMethodParameter().getParameterName(), ruleOf(error),
						error.getDefaultMessage())))
			.toList();
		return problem(ProblemTypes.VALIDATION, HttpStatus.BAD_REQUEST, "Invalid request",
				"The request breaks " + errors.size() + " rule(s); see errors.", errors);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		if (ex.getMostSpecificCause() instanceof RequestBodyTooLargeException tooLarge) {
			return tooLarge(tooLarge);
		}
		FieldProblem error = describeUnreadable(ex);
		return problem(ProblemTypes.VALIDATION, HttpStatus.BAD_REQUEST, "Unreadable request body", error.message(),
				List.of(error));
	}

	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String name = (ex instanceof MethodArgumentTypeMismatchException mismatch) ? mismatch.getName()
				: ex.getPropertyName();
		String expected = (ex.getRequiredType() != null) ? ex.getRequiredType().getSimpleName() : "another type";
		FieldProblem error = new FieldProblem(name, "type", "'" + ex.getValue() + "' is not a valid " + expected + ".");
		return problem(ProblemTypes.VALIDATION, HttpStatus.BAD_REQUEST, "Invalid parameter", error.message(),
				List.of(error));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		FieldProblem error = new FieldProblem("Content-Type", "supported media type",
				"Send the body as " + ex.getSupportedMediaTypes() + ", not " + ex.getContentType() + ".");
		return problem(ProblemTypes.UNSUPPORTED_MEDIA_TYPE, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type",
				error.message(), List.of(error));
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<Object> handleNotFound(NotFoundException ex) {
		return problem(ProblemTypes.NOT_FOUND, HttpStatus.NOT_FOUND, "Not found", ex.getMessage(), List.of());
	}

	private static ResponseEntity<Object> tooLarge(RequestBodyTooLargeException ex) {
		FieldProblem error = new FieldProblem("body", "max size", ex.getMessage());
		return problem(ProblemTypes.PAYLOAD_TOO_LARGE, HttpStatus.CONTENT_TOO_LARGE, "Request body too large",
				ex.getMessage(), List.of(error));
	}

	/** A body problem with field errors, for services' own handlers too. */
	public static ResponseEntity<Object> problem(java.net.URI type, HttpStatus status, String title, String detail,
			List<FieldProblem> errors) {
		ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
		body.setType(type);
		body.setTitle(title);
		if (!errors.isEmpty()) {
			body.setProperty("errors", errors);
		}
		return ResponseEntity.status(status)
			.contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
			.body(body);
	}

	private static FieldProblem toFieldProblem(FieldError error) {
		return new FieldProblem(error.getField(), ruleOf(error), error.getDefaultMessage());
	}

	/**
	 * The constraint's name, e.g. {@code NotBlank}: the last, most general message code.
	 */
	private static String ruleOf(MessageSourceResolvable error) {
		String[] codes = error.getCodes();
		return (codes != null && codes.length > 0) ? codes[codes.length - 1] : "invalid";
	}

	/**
	 * The outermost Jackson error: it knows the JSON path. The innermost cause may be,
	 * say, a DateTimeParseException that knows nothing of fields.
	 */
	private static Throwable jacksonCause(HttpMessageNotReadableException ex) {
		for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
			if (cause instanceof JacksonException) {
				return cause;
			}
		}
		return ex.getMostSpecificCause();
	}

	/**
	 * A field given twice, named by its path: the parser's message names the field, the
	 * exception's path leads to the object holding it (and may end at the field itself).
	 */
	private static FieldProblem duplicate(StreamReadException ex) {
		String message = ex.getOriginalMessage();
		int end = message.indexOf('"', DUPLICATE.length());
		String name = message.substring(DUPLICATE.length(), (end > 0) ? end : message.length());
		List<JacksonException.Reference> path = new ArrayList<>(ex.getPath());
		if (!path.isEmpty() && name.equals(path.get(path.size() - 1).getPropertyName())) {
			path.remove(path.size() - 1);
		}
		String holder = JsonPaths.of(path);
		String field = "body".equals(holder) ? name : holder + "." + name;
		return new FieldProblem(field, "duplicate field", "'" + name + "' is given more than once; send it once.");
	}

	private static FieldProblem describeUnreadable(HttpMessageNotReadableException ex) {
		Throwable cause = jacksonCause(ex);
		if (cause instanceof StreamReadException read && read.getOriginalMessage() != null
				&& read.getOriginalMessage().startsWith(DUPLICATE)) {
			return duplicate(read);
		}
		if (cause instanceof UnrecognizedPropertyException unknown) {
			return new FieldProblem(JsonPaths.of(unknown.getPath()), "unknown field",
					"'" + unknown.getPropertyName() + "' is not a field of this request; remove it.");
		}
		if (cause instanceof MismatchedInputException mismatch && mismatch.getPath().isEmpty()) {
			return new FieldProblem("body", "type", "The body must be a JSON object.");
		}
		if (cause instanceof MismatchedInputException mismatch) {
			String type = (mismatch.getTargetType() != null) ? mismatch.getTargetType().getSimpleName() : "value";
			return new FieldProblem(JsonPaths.of(mismatch.getPath()), "type", "Expected a " + type + " here.");
		}
		if (cause instanceof JacksonException json && !json.getPath().isEmpty()) {
			return new FieldProblem(JsonPaths.of(json.getPath()), "format", json.getOriginalMessage());
		}
		if (cause instanceof JacksonException) {
			return new FieldProblem("body", "valid JSON", "The body is not valid JSON.");
		}
		return new FieldProblem("body", "required", "A JSON body is required.");
	}

}
