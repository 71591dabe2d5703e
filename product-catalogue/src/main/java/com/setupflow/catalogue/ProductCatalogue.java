package com.setupflow.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The products setupflow sells, read once at start from JSON. The default file ships in
 * this module; a deployment may point a service at its own file.
 */
public final class ProductCatalogue {

	private static final String DEFAULT_RESOURCE = "/product-catalogue.json";

	private static final JsonMapper MAPPER = JsonMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private final Map<String, Product> bySku;

	private ProductCatalogue(Collection<Product> products) {
		Map<String, Product> index = new LinkedHashMap<>();
		for (Product product : products) {
			if (index.putIfAbsent(product.sku(), product) != null) {
				throw new IllegalArgumentException("Duplicate SKU in catalogue: " + product.sku());
			}
		}
		if (index.isEmpty()) {
			throw new IllegalArgumentException("The product catalogue is empty");
		}
		this.bySku = Map.copyOf(index);
	}

	/** The catalogue shipped with setupflow. */
	public static ProductCatalogue loadDefault() {
		try (InputStream in = ProductCatalogue.class.getResourceAsStream(DEFAULT_RESOURCE)) {
			return load(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A catalogue from JSON of the form {@code {"products": [...]}}. */
	public static ProductCatalogue load(InputStream json) {
		return new ProductCatalogue(MAPPER.readValue(json, CatalogueFile.class).products());
	}

	public Optional<Product> find(String sku) {
		return Optional.ofNullable(this.bySku.get(sku));
	}

	public boolean contains(String sku) {
		return sku != null && this.bySku.containsKey(sku);
	}

	/** Every product, sorted by SKU. */
	public List<Product> all() {
		return this.bySku.values().stream().sorted((a, b) -> a.sku().compareTo(b.sku())).toList();
	}

	private record CatalogueFile(List<Product> products) {
	}

}
