package com.setupflow.order.dashboard.web;

import java.security.Principal;
import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.setupflow.order.dashboard.AccountRepUser;
import com.setupflow.order.dashboard.RepOrders;
import com.setupflow.order.order.Order;
import com.setupflow.order.order.OrderQueries.OrderPage;

/**
 * The rep's pages: their stalled orders (and above them, orders whose partner
 * organisation was not recognised), and one of their orders with its timeline.
 */
@Controller
@RequestMapping("/dashboard")
class DashboardController {

	static final int PAGE_SIZE = 50;

	private final RepOrders orders;

	private final OrderRows rows;

	DashboardController(RepOrders orders, OrderRows rows) {
		this.orders = orders;
		this.rows = rows;
	}

	/** Who is signed in, for the page header. */
	@ModelAttribute("rep")
	AccountRepUser rep(@AuthenticationPrincipal AccountRepUser rep) {
		return rep;
	}

	@GetMapping
	String stalledOrders(@RequestParam(defaultValue = "0") int page, Principal rep, Model model) {
		int current = Math.max(0, Math.min(page, 100_000));
		OrderPage stalled = this.orders.stalled(rep.getName(), current, PAGE_SIZE);
		model.addAttribute("orders", this.rows.of(stalled.orders()));
		model.addAttribute("total", stalled.totalOrders());
		model.addAttribute("page", current);
		model.addAttribute("hasNext", (long) (current + 1) * PAGE_SIZE < stalled.totalOrders());
		// Few by nature (each is a person's report): the longest waiting, on every page.
		OrderPage disputed = this.orders.disputed(rep.getName(), PAGE_SIZE);
		model.addAttribute("disputed", this.rows.of(disputed.orders()));
		model.addAttribute("disputedTotal", disputed.totalOrders());
		return "dashboard/stalled";
	}

	@GetMapping("/orders/{id}")
	String order(@PathVariable UUID id, Principal rep, Model model) {
		Order order = this.orders.find(rep.getName(), id);
		model.addAttribute("order", this.rows.of(order));
		model.addAttribute("timeline", this.rows.timeline(order));
		return "dashboard/order";
	}

}
