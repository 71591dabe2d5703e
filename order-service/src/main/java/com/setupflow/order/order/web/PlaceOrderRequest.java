package com.setupflow.order.order.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.setupflow.order.order.NewOrder;
import com.setupflow.order.order.OrderItem;

/**
 * The body of {@code POST /api/v1/orders}. Unknown fields are refused (see
 * application.yaml), so a typo never silently drops data.
 *
 * @param orderNumber the commerce system's order number, the idempotency key
 * @param partner the ordering partner
 * @param customer the end customer (optional)
 * @param items ordered products, each SKU once
 * @param requestedStartDate the day service starts, not before today in the order's zone
 * and at most ten years away
 * @param timeZone IANA zone of the order (optional, default UTC)
 * @param deploymentContactEmail who receives "Configure now"
 * @param accountRepEmail who hears when setup stalls
 * @param locale language of the order's emails, {@code en} or {@code fr} (optional: the
 * partner's language from its latest order that named one, else {@code en})
 */
@StartNotInPast
public record PlaceOrderRequest(
		@NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._-]*",
				message = "may contain only letters, digits, '-', '_' and '.'") String orderNumber,
		@NotNull @Valid PartnerRequest partner, @Valid CustomerRequest customer,
		@NotEmpty @Size(max = 50) @EachSkuOnce List<@NotNull @Valid ItemRequest> items,
		@NotNull @StartWithinReach LocalDate requestedStartDate, @TimeZoneId String timeZone,
		@NotBlank @Size(max = 254) @Email(regexp = EMAIL,
				message = "must be an email address like name@example.com") String deploymentContactEmail,
		@NotBlank @Size(max = 254) @Email(regexp = EMAIL,
				message = "must be an email address like name@example.com") String accountRepEmail,
		@Pattern(regexp = "en|fr", message = "must be en or fr") String locale) {

	/**
	 * Bean Validation's own check accepts "a@b"; a deliverable address has a dot in its
	 * domain, and no control or invisible formatting characters (that check accepts a
	 * right-to-left override, which makes an address read as another). Public: the rep
	 * dashboard's contact form applies the same rule.
	 */
	public static final String EMAIL = "[^@\\s\\p{Cc}\\p{Cf}]+@[^@\\s\\p{Cc}\\p{Cf}]+\\.[^@\\s\\p{Cc}\\p{Cf}]+";

	static final String DEFAULT_TIME_ZONE = "UTC";

	String timeZoneOrDefault() {
		return (this.timeZone != null) ? this.timeZone : DEFAULT_TIME_ZONE;
	}

	NewOrder toNewOrder() {
		return new NewOrder(this.orderNumber, this.partner.id(), this.partner.name(),
				(this.customer != null) ? this.customer.name() : null,
				this.items.stream().map((item) -> new OrderItem(item.sku(), item.quantity())).toList(),
				this.requestedStartDate, timeZoneOrDefault(), this.deploymentContactEmail, this.accountRepEmail,
				this.locale);
	}

	/**
	 * @param id the commerce system's partner id
	 * @param name the partner's name
	 */
	public record PartnerRequest(@NotBlank @Size(max = 64) @NoControlCharacters String id,
			@NotBlank @Size(max = 200) @NoControlCharacters String name) {
	}

	/**
	 * @param name the customer's company name
	 */
	public record CustomerRequest(@NotBlank @Size(max = 200) @NoControlCharacters String name) {
	}

	/**
	 * @param sku a SKU of the product catalogue
	 * @param quantity licences, 1 to 100,000
	 */
	public record ItemRequest(@NotBlank @KnownSku String sku, @NotNull @Min(1) @Max(100_000) Integer quantity) {
	}

}
