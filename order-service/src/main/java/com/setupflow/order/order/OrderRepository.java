package com.setupflow.order.order;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.relational.core.sql.LockMode;
import org.springframework.data.relational.repository.Lock;
import org.springframework.data.repository.ListCrudRepository;

/**
 * Orders by id and by the commerce system's number.
 */
public interface OrderRepository extends ListCrudRepository<Order, UUID> {

	Optional<Order> findByOrderNumber(String orderNumber);

	/**
	 * The order, locked until the transaction ends: API changes and timers that touch the
	 * same order take turns instead of failing on a stale version.
	 */
	@Lock(LockMode.PESSIMISTIC_WRITE)
	Optional<Order> findLockedById(UUID id);

	/** Several orders, locked until the transaction ends. */
	@Lock(LockMode.PESSIMISTIC_WRITE)
	List<Order> findLockedByIdIn(Collection<UUID> ids);

}
