package com.setupflow.provisioning.link;

import java.util.List;

import org.springframework.stereotype.Component;

import com.setupflow.catalogue.Product;
import com.setupflow.catalogue.ProductCatalogue;
import com.setupflow.provisioning.casefile.CaseItem;

/**
 * Display names of ordered products, from the catalogue. A SKU the catalogue does not
 * list (a newer order service's product) shows as itself rather than failing an email or
 * a page.
 */
@Component
public class ProductNames {

	private final ProductCatalogue catalogue;

	ProductNames(ProductCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	public String nameOf(String sku) {
		return this.catalogue.find(sku).map(Product::name).orElse(sku);
	}

	List<String> namesOf(List<CaseItem> items) {
		return items.stream().map((item) -> nameOf(item.sku())).toList();
	}

}
