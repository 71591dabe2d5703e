package com.setupflow.order.order.web;

import java.util.List;

import com.setupflow.order.order.OrderQueries.OrderPage;

/**
 * One page of {@code GET /api/v1/orders}.
 *
 * @param items the orders on this page, newest first
 * @param page zero-based page number
 * @param size page size
 * @param totalItems orders matching the filter
 * @param totalPages pages at this size
 */
public record OrderPageView(List<OrderView> items, int page, int size, long totalItems, long totalPages) {

	static OrderPageView of(OrderPage page) {
		long totalPages = (page.totalOrders() + page.size() - 1) / page.size();
		return new OrderPageView(page.orders().stream().map(OrderView::of).toList(), page.page(), page.size(),
				page.totalOrders(), totalPages);
	}

}
