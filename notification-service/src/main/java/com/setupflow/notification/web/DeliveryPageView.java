package com.setupflow.notification.web;

import java.util.List;

import com.setupflow.notification.delivery.DeliveryQueries.DeliveryPage;

/**
 * One page of {@code GET /api/v1/notifications}.
 *
 * @param items the emails on this page, newest first
 * @param page zero-based page number
 * @param size page size
 * @param totalItems emails matching the filter
 * @param totalPages pages at this size
 */
public record DeliveryPageView(List<DeliveryView> items, int page, int size, long totalItems, long totalPages) {

	static DeliveryPageView of(DeliveryPage page) {
		long totalPages = (page.total() + page.size() - 1) / page.size();
		return new DeliveryPageView(page.deliveries().stream().map(DeliveryView::of).toList(), page.page(), page.size(),
				page.total(), totalPages);
	}

}
