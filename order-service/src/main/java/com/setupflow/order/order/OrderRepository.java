package com.setupflow.order.order;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

/**
 * Orders by id and by the commerce system's number.
 */
public interface OrderRepository extends ListCrudRepository<Order, UUID> {

	Optional<Order> findByOrderNumber(String orderNumber);

}
