package com.setupflow.order.order;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.relational.core.sql.LockMode;
import org.springframework.data.relational.repository.Lock;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Orders by id and by the commerce system's number. Declared queries get no transaction
 * from Spring Data, and an order's items are read by a second query: without one, that
 * query would take a second pooled connection while the first is still open, and a busy
 * pool would wait on itself.
 */
public interface OrderRepository extends ListCrudRepository<Order, UUID> {

	@Transactional(readOnly = true)
	Optional<Order> findByOrderNumber(String orderNumber);

	/**
	 * The order, locked until the transaction ends: API changes and timers that touch the
	 * same order take turns instead of failing on a stale version.
	 */
	@Lock(LockMode.PESSIMISTIC_WRITE)
	@Transactional
	Optional<Order> findLockedById(UUID id);

}
