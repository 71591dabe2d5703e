package com.setupflow.catalogue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProductCatalogueTests {

	private final ProductCatalogue catalogue = ProductCatalogue.loadDefault();

	@Test
	void shipsTheFourProductsWeSell() {
		assertThat(this.catalogue.all()).extracting(Product::sku)
			.containsExactly("A-SPK", "A-WX", "SIG-GWS", "SIG-M365");
	}

	@Test
	void flexOffersCloseAfterSevenDaysOthersAfterThirty() {
		assertThat(this.catalogue.find("A-WX")).get().satisfies((p) -> {
			assertThat(p.offer()).isEqualTo(Offer.FLEX);
			assertThat(p.openWindowDays()).isEqualTo(7);
		});
		assertThat(this.catalogue.find("A-SPK")).get().extracting(Product::openWindowDays).isEqualTo(30);
	}

	@Test
	void onlyTheMicrosoftProductOffersExchangeOnPremises() {
		assertThat(this.catalogue.find("SIG-M365").orElseThrow().connectionOptions())
			.contains(ConnectionOption.EXCHANGE_ON_PREMISES);
		assertThat(this.catalogue.find("SIG-GWS").orElseThrow().connectionOptions())
			.doesNotContain(ConnectionOption.EXCHANGE_ON_PREMISES);
	}

	@Test
	void signatureProductsNameTheSpfIncludeTheirCustomersPublish() {
		assertThat(this.catalogue.find("SIG-M365").orElseThrow().spfInclude()).endsWith(".setupflow.example");
		assertThat(this.catalogue.find("SIG-GWS").orElseThrow().spfInclude()).endsWith(".setupflow.example");
		assertThat(this.catalogue.find("A-WX").orElseThrow().spfInclude()).isNull();
	}

	@Test
	void refusesAProductWithoutRoomForAUser() {
		String json = """
				{"products": [{"sku": "X", "name": "One", "offer": "FLEX", "openWindowDays": 7, "trialDays": 0}]}
				""";

		assertThatThrownBy(() -> ProductCatalogue.load(stream(json))).hasMessageContaining("maxUsers");
	}

	@Test
	void knowsWhichSkusExist() {
		assertThat(this.catalogue.contains("A-WX")).isTrue();
		assertThat(this.catalogue.contains("a-wx")).isFalse();
		assertThat(this.catalogue.contains(null)).isFalse();
	}

	@Test
	void refusesACatalogueWithADuplicateSku() {
		String json = """
				{"products": [
				 {"sku": "X", "name": "One", "offer": "FLEX", "openWindowDays": 7, "trialDays": 0, "maxUsers": 10},
				 {"sku": "X", "name": "Two", "offer": "FLEX", "openWindowDays": 7, "trialDays": 0, "maxUsers": 10}]}
				""";

		assertThatThrownBy(() -> ProductCatalogue.load(stream(json))).hasMessageContaining("Duplicate SKU");
	}

	@Test
	void refusesAProductWithoutAnOpenWindow() {
		String json = """
				{"products": [{"sku": "X", "name": "One", "offer": "FLEX", "openWindowDays": 0, "trialDays": 0, "maxUsers": 10}]}
				""";

		assertThatThrownBy(() -> ProductCatalogue.load(stream(json))).hasMessageContaining("openWindowDays");
	}

	private static ByteArrayInputStream stream(String json) {
		return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
	}

}
